"""Heavy modules are not imported when Feltkart starts and shows its main window."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _window_shown(configured_store, tmp_path, then: str) -> str:
    """What a new Python process prints that opens the study and shows its window as the start does, then runs
    ``then``."""
    configured_store.close()
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
import PySide6.QtCore
from ui.app import create_application, open_database
from ui.main_window import MainWindow
app = create_application("nb")
store, lock = open_database(Path({str(configured_store.path)!r}))
window = MainWindow(store, remember_state=False)
window.show()
""" + then
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_start_does_not_import_heavy_modules(configured_store, tmp_path):
    out = _window_shown(configured_store, tmp_path, """
app.processEvents()
assert window.municipalities.model.rowCount() == 357
heavy = sorted({n.split(".")[0] for n in sys.modules} & {"matplotlib", "openpyxl", "numpy", "sqlite_utils"})
print("heavy:", heavy)
""")
    assert "heavy: []" in out


def test_empty_command_line_means_what_argparse_would_give():
    sys.path.insert(0, str(ROOT))
    import main
    from cli import parser

    parsed = vars(parser.parse([]))
    defaults = {name: getattr(main._Defaults, name) for name in parsed}
    assert parsed == defaults


def test_the_window_is_shown_before_the_qt_namespace_and_the_privacy_layer_are_imported(configured_store, tmp_path):
    """Up to the window's first paint: no Qt namespace (some 25-50 ms to make its enums), no erasing of
    personal data, no merging, no guide parsing; the start view, built right after, brings what it needs."""
    out = _window_shown(configured_store, tmp_path, """
early = sorted(n for n in ("core.privacy.erasure", "core.sync.merge", "core.sync.conflicts", "core.model.guide",
                           "ui.dialogs.erase_dialog") if n in sys.modules)
print("Qt namespace:", "Qt" in PySide6.QtCore.__dict__, "early:", early)
from PySide6.QtCore import Qt
print("placeholder centred:", window.stack.widget(1).alignment() == Qt.AlignmentFlag.AlignCenter)
""")
    assert "Qt namespace: False early: []" in out, out
    assert "placeholder centred: True" in out  # by its style sheet
