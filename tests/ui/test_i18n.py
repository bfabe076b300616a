"""Translations: the bokmål file is complete, compiled, and used by default."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from core.base.resources import resource_path
from ui.support import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("i18n", "feltkart_nb.ts")


def test_every_string_has_a_bokmal_translation():
    tree = ET.parse(TS)
    messages = list(tree.iter("message"))
    assert len(messages) > 100
    missing = [
        m.find("source").text
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete") or not m.find("translation").text
    ]
    assert missing == []


def test_placeholders_survive_translation():
    import re

    for m in ET.parse(TS).iter("message"):
        source, translation = m.find("source").text, m.find("translation").text
        assert sorted(re.findall(r"{\w+}", source)) == sorted(re.findall(r"{\w+}", translation)), source


def test_ts_lists_every_string_in_the_code(tmp_path):
    """lupdate on the current code finds nothing that the committed .ts lacks."""
    copy = tmp_path / "check_nb.ts"
    copy.write_bytes(TS.read_bytes())
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    result = subprocess.run(
        [translations.tool("lupdate"), "-no-obsolete", "-locations", "none", *translations.sources(), "-ts", str(copy)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    assert "0 new" in result.stdout, result.stdout
    assert "0 obsolete" in result.stdout or "obsolete" not in result.stdout


def test_no_string_to_translate_is_inside_an_f_string():
    """lupdate does not look inside an f-string's braces: a ``self.tr(...)`` there is never translated."""
    import re

    inside = re.compile(r"\{(self\.tr|QCoreApplication\.translate)\(")
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "ui").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if inside.search(line)]
    assert found == []


def test_compiled_qm_is_up_to_date(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    import translations

    fresh = translations.release(tmp_path)[0]
    assert fresh.read_bytes() == resource_path("i18n", "feltkart_nb.qm").read_bytes(), (
        "run: uv run python scripts/translations.py --release"
    )


def test_bokmal_is_the_default_and_english_is_available(app, qtbot, configured_store):
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    QSettings().remove(i18n.SETTINGS_KEY)
    assert i18n.install(app, i18n.saved_language()) == "nb"
    window = MainWindow(configured_store, remember_state=False)
    qtbot.addWidget(window)
    assert [window.nav.item(i).text() for i in range(4)] == ["Intervjuer", "Sitater", "Kommuner", "Feltarbeid"]
    assert window.municipalities.count_label.text() == "Viser 357 av 357 kommuner"
    assert window.municipalities.model.headerData(1, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Horizontal) == "Kommune"
    # numbers in Norwegian style
    assert i18n.locale().toString(101509) == "101\u00a0509"
    i18n.install(app, "en")
    english = MainWindow(configured_store, remember_state=False)
    qtbot.addWidget(english)
    assert english.nav.item(2).text() == "Municipalities"
