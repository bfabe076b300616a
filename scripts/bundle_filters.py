"""What the PyInstaller bundles leave out: shared by build.spec and benchmarks/bare_window.spec, so that the
bare yardstick window is built exactly as lean as Feltkart.

Modules are excluded at analysis; Qt plugins and translations Feltkart does not use are dropped from the
collected files by their path in the bundle.
"""

# unittest stays: pyparsing (matplotlib) imports it.
EXCLUDES = [
    "tkinter", "_tkinter", "pydoc", "test", "tests", "pytest", "pytestqt", "hypothesis", "pypdf",
    "PyInstaller",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput", "PySide6.Qt3DLogic", "PySide6.Qt3DExtras",
    "PySide6.Qt3DAnimation", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtQml", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtDesigner",
    "PySide6.QtHelp", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtUiTools", "PySide6.QtNetwork",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDBus",
    "PySide6.QtPrintSupport", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtBluetooth", "PySide6.QtPositioning",
    "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech", "PySide6.QtWebSockets", "PySide6.QtHttpServer", "PySide6.QtRemoteObjects",
    "PySide6.QtScxml", "PySide6.QtStateMachine", "PySide6.QtNfc",
    "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_tkcairo", "matplotlib.backends._backend_tk",
    "matplotlib.backends.backend_gtk3agg", "matplotlib.backends.backend_gtk4agg", "matplotlib.backends.backend_wxagg",
    "matplotlib.backends.backend_webagg", "matplotlib.backends.backend_nbagg", "matplotlib.backends.backend_macosx",
    "matplotlib.tests", "numpy.tests", "numpy.f2py", "numpy.distutils", "IPython", "jupyter_client",
    # No network, ever: without ssl the bundle also leaves out OpenSSL (hashlib has its own sha256).
    "ssl", "_ssl", "_hashlib", "certifi",
    # East Asian text codecs: every text Feltkart reads or writes is UTF-8
    "_codecs_jp", "_codecs_kr", "_codecs_cn", "_codecs_hk", "_codecs_tw", "_codecs_iso2022",
    # openpyxl uses lxml.etree only; Pillow's AVIF and WebP codecs and its Tk bridge are not needed for charts.
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax", "lxml.builder",
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingtk", "PIL.ImageTk",
    # pycryptodomex serves pyzipper's AES (the encrypted export) only: no public keys, signatures or self-tests
    "Cryptodome.SelfTest", "Cryptodome.PublicKey", "Cryptodome.Math", "Cryptodome.Signature", "Cryptodome.IO",
]

# Files dropped from the bundle (paths as they are inside it, with forward slashes).
DROP = (
    "PySide6/Qt/translations/",  # all but Qt's Nynorsk (KEEP); its bokmål words Feltkart brings itself
    "PySide6/Qt/plugins/designer/", "PySide6/Qt/plugins/qmllint/", "PySide6/Qt/plugins/qmltooling/",
    "PySide6/Qt/plugins/sqldrivers/", "PySide6/Qt/plugins/tls/", "PySide6/Qt/plugins/networkinformation/",
    "PySide6/Qt/plugins/egldeviceintegrations/", "PySide6/Qt/plugins/generic/", "PySide6/Qt/plugins/printsupport/",
    "PySide6/Qt/plugins/vectorimageformats/",
    # Wayland: Qt runs through XWayland (xcb) on a Wayland desktop; leaving Wayland out saves 3 MB
    "PySide6/Qt/plugins/wayland-", "PySide6/Qt/plugins/platforms/libqwayland", "libQt6WaylandClient.so",
    "libQt6WlShellIntegration.so", "libQt6OpenGL.so",
    # image formats: Feltkart shows PNG (built into Qt) and SVG icons only
    "PySide6/Qt/plugins/imageformats/libqgif", "PySide6/Qt/plugins/imageformats/libqjpeg",
    "PySide6/Qt/plugins/imageformats/libqtiff", "PySide6/Qt/plugins/imageformats/libqwebp",
    "PySide6/Qt/plugins/imageformats/libqwbmp", "PySide6/Qt/plugins/imageformats/libqtga",
    "PySide6/Qt/plugins/imageformats/libqicns", "PySide6/Qt/plugins/imageformats/libqpdf",
    "PySide6/Qt/plugins/platforms/libqeglfs", "PySide6/Qt/plugins/platforms/libqlinuxfb",
    "PySide6/Qt/plugins/platforms/libqvnc", "PySide6/Qt/plugins/platforms/libqminimalegl",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay", "PySide6/Qt/plugins/platforms/qdirect2d",
    # Qt libraries nothing in the bundle links to once the plugins above are gone (checked with readelf -d)
    "libQt6Network.so", "libQt6EglFsKmsSupport.so", "libQt6EglFSDeviceIntegration.so",
    "matplotlib/mpl-data/sample_data/", "matplotlib/mpl-data/images/",
    # fonts for math text and serif styles: the charts use DejaVu Sans (and Sans Mono in the report)
    "matplotlib/mpl-data/fonts/ttf/STIX", "matplotlib/mpl-data/fonts/ttf/cm", "matplotlib/mpl-data/fonts/ttf/DejaVuSerif",
    "matplotlib/mpl-data/fonts/ttf/DejaVuSansDisplay",
)


# Files kept although a DROP entry covers them: Qt's own Nynorsk for the file dialogs and standard buttons.
KEEP = ("PySide6/Qt/translations/qtbase_nn.qm",)

# pycryptodomex's hook collects every compiled part (3.7 MB); writing and reading an AES zip with pyzipper loads
# these (seen in /proc/self/maps; _raw_aesni where the processor has AES-NI), the rest is left out. The bundle's
# check (scripts/build_bundle.sh) writes an encrypted export with the frozen program and opens it.
CRYPTODOME_USED = ("Cipher/_raw_aes.", "Cipher/_raw_aesni.", "Cipher/_raw_ctr.", "Cipher/_Salsa20.", "Hash/_SHA1.",
                   "Hash/_SHA256.", "Hash/_BLAKE2s.", "Protocol/_scrypt.", "Util/_cpuid_c.", "Util/_strxor.")


def keep(entry) -> bool:
    dest = str(entry[0]).replace("\\", "/")
    if dest.startswith("Cryptodome/") and not dest.endswith((".py", ".pyi", ".typed")):
        return any(f"Cryptodome/{used}" in dest for used in CRYPTODOME_USED)
    return dest.endswith(KEEP) or not any(part in dest for part in DROP)
