"""The export dialog: privacy note, a worker-thread export with progress, errors and cancel."""

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from core import export as ex
from core.export import syntax
from core.render.outputs import OutputRequest
from tests.helpers import NAME
from ui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def dialog(app, qtbot, export_db):  # noqa: F811
    store, *_ = export_db
    d = ExportDialog(store)
    qtbot.addWidget(d)
    d.show()
    return d


def choose(dialog, fmt):
    dialog.format_buttons.button(("xlsx", "csv-excel", "csv", "pdf", "qdpx").index(fmt)).setChecked(True)


def test_privacy_note_follows_the_choice(dialog):
    assert "no names" in dialog.privacy.text() and not dialog.encrypt.isChecked()
    dialog.names.setChecked(True)  # names and contacts: encrypted unless unticked
    assert dialog.encrypt.isChecked() and "AES-256 encrypted zip" in dialog.privacy.text()
    dialog.encrypt.setChecked(False)
    assert "WILL HOLD PERSONAL DATA in plain, unencrypted files" in dialog.privacy.text()
    choose(dialog, "pdf")
    assert not dialog.names.isEnabled() and not dialog.encrypt.isEnabled() and "numbers only" in dialog.privacy.text()


def test_the_quotes_and_themes_as_a_qdpx_project_for_the_filter_with_no_names(qtbot, dialog, tmp_path, monkeypatch,
                                                                               export_db):
    import zipfile

    store, a, b, *_ = export_db
    dialog.names.setChecked(True)
    choose(dialog, "qdpx")
    assert not dialog.names.isEnabled() and not dialog.encrypt.isEnabled()
    assert "no names or contact details" in dialog.privacy.text()
    target = tmp_path / "prosjekt.qdpx"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append(a[3]), (str(target.with_suffix("")), ""))[1])
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    dialog.status.setCurrentIndex(dialog.status.findData(None))  # drafts too
    dialog.choose_and_export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30000)
    assert dialog.written == str(target) and asked == ["REFI-QDA project (*.qdpx)"]
    with zipfile.ZipFile(target) as z:
        sources = {n for n in z.namelist() if n.startswith("Sources/")}
        everything = "".join(z.read(n).decode("utf-8") for n in z.namelist())
    assert sources == {f"Sources/{a}.txt", f"Sources/{b}.txt"} and NAME not in everything


def test_xlsx_export_in_the_background(qtbot, dialog, tmp_path, monkeypatch):
    target = tmp_path / "out" / "data.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target.with_suffix("")), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    choose(dialog, "xlsx")
    dialog.names.setChecked(True)
    dialog.encrypt.setChecked(False)  # plain personal data, unticked in so many words
    dialog.choose_and_export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30000)
    assert dialog.written == str(target) and shown == [f"Written: {target}"]
    people = list(openpyxl.load_workbook(target)["informanter"].iter_rows(values_only=True))
    assert any(NAME in row for row in people)


def test_pdf_and_csv_exports(qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    choose(dialog, "csv")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "csv"))
    dialog.choose_and_export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30000)
    # every table, SPSS's copy of each data table, and the SPSS and Stata syntax that label them
    data = [s for s in ex.SHEETS if s not in syntax.NOT_DATA]
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(
        [f"{s}.csv" for s in ex.SHEETS] + [syntax.spss_data_file(s) for s in data]
        + [syntax.SPSS_FILE, syntax.STATA_FILE])


def test_an_encrypted_zip_and_its_passphrase_shown_once_with_a_copy_button(qtbot, dialog, tmp_path, monkeypatch):
    import pyzipper
    from PySide6.QtGui import QGuiApplication

    target = tmp_path / "out" / "til NSD.zip"
    target.parent.mkdir()
    asked = []

    def save_as(parent, title, suggested, filters):
        asked.append((suggested, filters))
        return str(target.with_suffix("")), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: pytest.fail("the passphrase dialog, not this"))
    choose(dialog, "csv")
    dialog.names.setChecked(True)
    dialog.choose_and_export()
    assert asked[0][0].endswith(".zip") and "*.zip" in asked[0][1]  # a file, not a folder, for the CSV files
    qtbot.waitUntil(lambda: dialog.shown_passphrase is not None and dialog.shown_passphrase.isVisible(),
                    timeout=30000)
    shown = dialog.shown_passphrase
    passphrase = shown.passphrase.text()
    assert len(passphrase.replace("-", "")) >= 16 and shown.passphrase.isReadOnly()
    assert any(str(target) in w.text() and "7-Zip" in w.text() for w in shown.findChildren(QLabel))
    assert "another channel" in shown.findChild(QLabel, "passphraseAdvice").text()
    assert passphrase not in dialog.privacy.text() + dialog.error.text()  # only in its own dialog
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == passphrase)
    with pyzipper.AESZipFile(target) as z:
        z.setpassword(passphrase.encode())
        assert NAME in z.read("til NSD/informanter.csv").decode()
    assert dialog.isVisible()  # the export dialog stays until the passphrase is closed
    shown.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted and sorted(p.name for p in target.parent.iterdir()) == [
        "til NSD.zip"]


def test_a_folder_that_is_gone_is_reported(qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "gone" / "d.xlsx"), ""))
    dialog.choose_and_export()
    qtbot.waitUntil(lambda: "Nothing was written" in dialog.error.text(), timeout=30000)
    assert "does not exist" in dialog.error.text() and dialog.export_button.isEnabled()


def test_bad_dates_are_refused_before_anything_runs(dialog, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no file dialog"))
    dialog.date_from.setText("31.02.2026")
    dialog.choose_and_export()
    assert "dd.mm.yyyy" in dialog.error.text() and not dialog.running


def test_cancel_writes_nothing(qtbot, dialog, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dialog.start(OutputRequest("xlsx", out / "d.xlsx"))
    assert dialog.running and not dialog.export_button.isEnabled()
    dialog.cancel_or_close()  # Cancel while running stops the export (checked again before the file is renamed)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert dialog.error.text() == "Cancelled: nothing was written." and dialog.written is None
    assert list(out.iterdir()) == [] and dialog.isVisible()


def test_complete_only_by_default_as_the_charts_and_the_charts_filter_on_request(app, qtbot, export_db):
    from core.analysis.stats import StatsFilter

    store, *_ = export_db
    plain = ExportDialog(store)
    qtbot.addWidget(plain)
    assert plain.status.currentData() == "complete" and not plain.use_charts.isVisibleTo(plain)
    shown = StatsFilter(county="18", date_from="2026-02-01", date_to="2026-03-31", include_drafts=True)
    d = ExportDialog(store, charts_filter=shown)
    qtbot.addWidget(d)
    assert d.use_charts.isVisibleTo(d)
    d.use_charts.click()
    assert d.county.currentData() == "18" and d.status.currentData() is None  # with drafts, as the charts
    assert (d.date_from.text(), d.date_to.text()) == ("01.02.2026", "31.03.2026")


def test_every_alt_letter_of_the_dialog_is_its_own(app, qtbot, export_db):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    store, *_ = export_db
    d = ExportDialog(store, charts_filter=None)
    qtbot.addWidget(d)
    texts = [w.text() for w in d.findChildren(QAbstractButton) + d.findChildren(QLabel) if "&" in w.text()]
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(letters) == len(set(letters)), texts
