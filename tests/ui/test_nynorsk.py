"""Nynorsk as the third language, and Qt's own words (file dialogs, standard buttons) in Norwegian: the Nynorsk
catalogue is complete, compiled and Nynorsk; --lang nn, the settings dialog and the locale; Alt letters."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from core.base.resources import resource_path
from core.fieldwork import contacts, sample
from tests.helpers import make_interview
from ui.support import i18n

ROOT = Path(__file__).resolve().parents[2]
NN = resource_path("i18n", "feltkart_nn.ts")
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402

# bokmål forms that have no place in a Nynorsk text (as whole words)
BOKMAL = ["ikke", "jeg", "hva", "hvem", "hvordan", "hvorfor", "hvis", "hver", "fra", "bare", "noen", "noe", "ennå",
          "allerede", "kommuner", "intervjuer", "ordninger", "innstillinger", "åpne", "åpner", "ble", "mye",
          "mer", "navn", "tall", "utvalg", "hvilken", "fylker", "sikkerhetskopi", "deltakelse", "utbytte"]


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    return [(ctx.find("name").text, m.find("source").text, m.find("translation"))
            for ctx in ET.parse(ts).getroot().iter("context") for m in ctx.iter("message")]


def test_every_string_has_a_nynorsk_translation():
    found = messages(NN)
    assert len(found) > 500
    missing = [source for _, source, tr in found if tr.get("type") or not tr.text]
    assert missing == []


def test_placeholders_line_breaks_and_alt_letters_survive_translation():
    def alt(text):
        return len(re.findall(r"(?<!&)&(?!&)", text))

    for context, source, tr in messages(NN):
        assert sorted(re.findall(r"{\w+}", source)) == sorted(re.findall(r"{\w+}", tr.text)), (context, source)
        assert source.count("\n") == tr.text.count("\n"), (context, source)
        assert alt(source) == alt(tr.text), (context, source)


def test_the_translations_are_nynorsk_not_bokmal():
    pattern = re.compile(r"\b(" + "|".join(BOKMAL) + r")\b", re.IGNORECASE)
    found = [(context, tr.text) for context, _, tr in messages(NN) if pattern.search(re.sub(r"<[^>]+>", "", tr.text))]
    assert found == []


def test_nynorsk_ts_lists_every_string_in_the_code(tmp_path):
    copy = tmp_path / "check_nn.ts"
    copy.write_bytes(NN.read_bytes())
    result = subprocess.run(
        [translations.tool("lupdate"), "-no-obsolete", "-locations", "none", *translations.sources(), "-ts", str(copy)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    assert "0 new" in result.stdout, result.stdout


def test_every_compiled_catalogue_is_up_to_date(tmp_path):
    fresh = translations.release(tmp_path)
    assert [qm.name for qm in fresh] == ["feltkart_nb.qm", "feltkart_nn.qm", "feltkart_qt_nb.qm", "feltkart_qt_nn.qm"]
    for qm in fresh:
        assert qm.read_bytes() == resource_path("i18n", qm.name).read_bytes(), (
            f"{qm.name}: run uv run python scripts/translations.py --release")


def test_the_language_is_chosen_on_the_command_line_and_in_the_settings(app, qtbot, configured_store):
    from cli import parser
    from ui.dialogs.settings_dialog import SettingsDialog

    assert parser.build().parse_args(["--lang", "nn"]).lang == "nn"
    assert parser.build().parse_args(["stats", "--db", "d", "--out", "o", "--lang", "nn"]).lang == "nn"
    dialog = SettingsDialog(configured_store)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["nb", "nn", "en"]
    assert dialog.language.itemText(1) == "Norsk nynorsk"
    dialog.language.setCurrentIndex(dialog.language.findData("nn"))
    dialog.accept()
    assert i18n.saved_language() == "nn" and dialog.language_changed


def test_the_window_in_nynorsk_with_norwegian_dates_and_numbers(app, qtbot, configured_store):
    from ui.main_window import MainWindow

    assert i18n.install(app, "nn") == "nn" and i18n.current_language() == "nn"
    window = MainWindow(configured_store, remember_state=False)
    qtbot.addWidget(window)
    assert [window.nav.item(i).text() for i in range(7)] == [
        "Intervju", "Sitat", "Kommunar", "Feltarbeid", "Ordningar", "Diagram", "Konfliktar"]
    assert window.municipalities.count_label.text() == "Viser 357 av 357 kommunar"
    assert [a.text() for a in window.menuBar().actions()] == ["&Fil", "&Vis", "&Hjelp"]
    locale = i18n.locale()
    assert locale.name() == "nn_NO" and QLocale().name() == "nn_NO"
    assert locale.toString(101509) == "101\u00a0509" and locale.toString(2.5, "f", 1) == "2,5"
    assert locale.dateFormat(QLocale.FormatType.ShortFormat) == "dd.MM.yyyy"


def test_a_string_not_yet_in_nynorsk_shows_in_bokmal(app, tmp_path, monkeypatch):
    for qm in resource_path("i18n").glob("*.qm"):
        shutil.copy(qm, tmp_path)
    text = NN.read_text(encoding="utf-8").replace("<translation>Kommunar</translation>",
                                                  '<translation type="unfinished"></translation>', 1)
    (tmp_path / "nn.ts").write_text(text, encoding="utf-8")
    subprocess.run([translations.tool("lrelease"), "-silent", str(tmp_path / "nn.ts"), "-qm",
                    str(tmp_path / "feltkart_nn.qm")], check=True)
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path.joinpath(*parts[1:]))
    i18n.install(app, "nn")
    assert QCoreApplication.translate("MainWindow", "Municipalities") == "Kommuner"  # bokmål, not English
    assert QCoreApplication.translate("MainWindow", "Interviews") == "Intervju"


@pytest.mark.parametrize("lang, cancel, yes, labels", [
    ("nb", "Avbryt", "&Ja", {"&Se i:", "Fil&navn:", "Fil&type:"}),
    ("nn", "Avbryt", "&Ja", {"L&eit i:", "Fil&namn:", "Filer av &typen:"}),
    ("en", "Cancel", "&Yes", {"&Look in:", "File &name:", "Files of &type:"}),
])
def test_qt_own_dialogs_and_buttons_speak_the_language(app, qtbot, tmp_path, lang, cancel, yes, labels):
    i18n.install(app, lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    question = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(question)
    assert question.button(QMessageBox.StandardButton.Yes).text() == yes
    dialog = QFileDialog(None, "x", str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    shown = {label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)}
    assert labels <= shown, shown
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == {"nb": "&Lagre", "nn": "&Lagra", "en": "&Save"}[lang]


# Alt letters: no window or dialog has a clash in Nynorsk that it has not in bokmål (which has none where English
# has a few).

@pytest.fixture
def sampled(configured_store):
    s = configured_store
    sample.make(s, "imported", ["1826", "1832", "1804"])
    sample.assign(s, ["1826"], "Kari Nordmann")
    make_interview(s, "1826", "2026-02-20", [("applied", "digifin", "ja")])
    contacts.add_attempt(s, "1804", "2026-03-01T10:00", "epost", "no_answer")
    return s


def clashes(window) -> set[str]:
    """The Alt letters used twice among what the window shows now: menu bar, labels, buttons, boxes and tabs."""
    from PySide6.QtWidgets import QAbstractButton, QTabBar

    texts = [a.text() for a in window.menuBar().actions()] if hasattr(window, "menuBar") else []
    texts += [w.text() for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel)
              if w.isVisibleTo(window)]
    for bar in window.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            texts += [bar.tabText(n) for n in range(bar.count())]
    letters = [m.group(1).casefold() for t in texts if (m := re.search(r"&([^&\s])", t.replace("&&", "")))]
    return {x for x in letters if letters.count(x) > 1}


def window_clashes(app, qtbot, store, lang: str) -> dict[str, set[str]]:
    from ui.main_window import MainWindow, View

    i18n.install(app, lang)
    window = MainWindow(store, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    found = {}
    for view in View:
        window.show_view(view)
        page = window.stack.currentWidget()
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(tab)
            found[f"{view.name} {tab}"] = clashes(window)
    for menu in (a.menu() for a in window.menuBar().actions()):
        letters = [m.group(1).casefold() for a in menu.actions() if (m := re.search(r"&([^&\s])", a.text()))]
        found[menu.title()] = {x for x in letters if letters.count(x) > 1}
    window.close()
    return found


def test_the_alt_letters_of_the_main_window_in_nynorsk(app, qtbot, sampled):
    bokmal = window_clashes(app, qtbot, sampled, "nb")
    nynorsk = window_clashes(app, qtbot, sampled, "nn")
    assert len(nynorsk) == len(bokmal) > 8
    for (where, nb), nn in zip(bokmal.items(), nynorsk.values()):
        assert nn <= nb, (where, nn)


def dialogs():
    from ui.dialogs.contact_dialogs import AppointmentDialog, AttemptDialog
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.new_interview_dialog import NewInterviewDialog
    from ui.dialogs.sample_dialog import AssignDialog, ChangeSampleDialog, SampleDialog
    from ui.dialogs.scheme_dialog import SchemeDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.welcome_dialog import WelcomeDialog

    return [SettingsDialog, ExportDialog, NewInterviewDialog, SchemeDialog, WelcomeDialog, SampleDialog,
            lambda s: AttemptDialog(s, "1826"), lambda s: AppointmentDialog(s, "1826"),
            lambda s: ChangeSampleDialog(s, None), lambda s: AssignDialog(s, ["1826"])]


@pytest.mark.parametrize("n", range(10))
def test_the_alt_letters_of_each_dialog_in_nynorsk(app, qtbot, sampled, n):
    found = {}
    for lang in ("en", "nb", "nn"):
        i18n.install(app, lang)
        dialog = dialogs()[n](sampled)
        qtbot.addWidget(dialog)
        dialog.show()
        found[lang] = clashes(dialog)
        dialog.close()
    assert found == {"en": set(), "nb": set(), "nn": set()}


def test_a_number_in_an_answer_has_a_decimal_comma_in_nynorsk_too(app, monkeypatch):
    from ui.interview import question_widgets
    from ui.support import i18n

    for lang, shown in (("nb", "2,5"), ("nn", "2,5"), ("en", "2.5")):
        monkeypatch.setattr(i18n, "current_language", lambda lang=lang: lang)
        assert question_widgets.decimal_text(2.5) == shown
