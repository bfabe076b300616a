"""The window and an encrypted study: the passphrase asked at start (again after a wrong one, with the reason),
a plain file where this computer knew an encrypted study refused, encrypting, re-keying and undoing from the
settings with the window going on with the same study, and a package's one-off passphrase asked before a
merge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from core.base.errors import EncryptedDatabaseError, NotEncryptedError
from core.storage import crypt
from core.storage.store import is_encrypted
from core.workspace import open_workspace
from tests.clocks import FakeClock
from tests.helpers import make_interview
from tests.ui.modal import answer

PASS = "korrekt hest batteri stift"
NOTE = "Hemmelig notat om ordførerens planer"


@pytest.fixture
def study_db(tmp_path):
    path = tmp_path / "feltkart.sqlite"
    store = open_workspace(path, clock=FakeClock())
    make_interview(store, "5612", "2026-03-02", [("notes", "", NOTE)])
    store.close()
    return path


def test_the_passphrase_dialog_says_a_wrong_passphrase_and_waits_for_another_try(qtbot, study_db):
    from ui.dialogs.passphrase_dialog import AskPassphraseDialog

    key, _ = crypt.encrypt(study_db, PASS)
    dialog = AskPassphraseDialog(f"Databasen {study_db} er kryptert.", lambda typed: crypt.key_of(study_db, typed))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("feil passfrase")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and "does not open" in dialog.error.text()
    dialog.passphrase.setText(PASS)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.opened.same(key)
    assert dialog.passphrase.text() == ""  # not kept in the dialog


def test_the_window_opens_an_encrypted_study_with_the_passphrase_typed(qtbot, study_db):
    from ui.app import open_database

    crypt.encrypt(study_db, PASS)
    with pytest.raises(EncryptedDatabaseError):
        open_database(study_db, ask=False)

    def wrong_then_right(dialog):
        dialog.passphrase.setText("ikke denne")
        dialog.accept()
        assert dialog.error.isVisible()
        dialog.passphrase.setText(PASS)
        dialog.accept()

    answer([wrong_then_right])
    store, held = open_database(study_db)
    assert store.encrypted and store.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1
    store.close()
    held.unlock()


def test_a_plain_file_in_the_place_of_an_encrypted_study_is_refused(qtbot, study_db, tmp_path):
    from ui.app import open_database

    plain = tmp_path / "plain-copy.sqlite"
    plain.write_bytes(study_db.read_bytes())
    crypt.encrypt(study_db, PASS)
    store, held = open_database(study_db, PASS)  # this computer now knows the study is encrypted
    store.close()
    held.unlock()
    study_db.unlink()
    plain.rename(study_db)
    before = study_db.read_bytes()
    with pytest.raises(NotEncryptedError):
        open_database(study_db)
    assert study_db.read_bytes() == before


def test_encrypting_from_the_settings_goes_on_with_the_same_study(qtbot, study_db, monkeypatch):
    from ui.dialogs.encryption_dialog import EncryptionDialog

    store = open_workspace(study_db)
    quiet = []
    dialog = EncryptionDialog(store, None, lambda: quiet.append(True))
    qtbot.addWidget(dialog)
    assert dialog.encrypt_button.isVisibleTo(dialog) and not dialog.rekey_button.isVisibleTo(dialog)

    def new_passphrase(d):
        d.first.setText(PASS)
        d.again.setText(PASS + "x")
        d.accept()
        assert d.isVisible() and "differ" in d.error.text()
        d.again.setText(PASS)
        d.accept()
        assert d.isVisible() and "Tick the box" in d.error.text()  # the warning must be acknowledged
        d.understood.setChecked(True)
        d.accept()

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: told.append(text))
    answer([new_passphrase])
    dialog.encrypt()
    assert len(told) == 1 and "is encrypted" in told[0]
    assert quiet and store.encrypted and is_encrypted(study_db)
    assert NOTE.encode() not in study_db.read_bytes()
    assert store.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1  # the window goes on
    assert dialog.rekey_button.isVisibleTo(dialog) and not dialog.encrypt_button.isVisibleTo(dialog)
    store.close()
    with pytest.raises(EncryptedDatabaseError):
        open_workspace(study_db)
    open_workspace(study_db, passphrase=PASS).close()


def test_removing_the_encryption_asks_and_confirms_the_passphrase(qtbot, study_db, monkeypatch):
    from ui.dialogs.encryption_dialog import EncryptionDialog

    key, _ = crypt.encrypt(study_db, PASS)
    store = open_workspace(study_db, key=key)
    dialog = EncryptionDialog(store)
    qtbot.addWidget(dialog)

    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))

    def current(d):
        d.passphrase.setText(PASS)
        d.accept()

    answer([current])
    dialog.decrypt()
    assert "unencrypted" in asked[0] and "unencrypted" in told[0]
    assert not store.encrypted and not is_encrypted(study_db)
    assert store.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1
    store.close()


def test_a_one_off_package_asks_its_passphrase_before_merging(qtbot, study_db, tmp_path):
    from core.sync.package import make_package
    from ui.packages import _package_passphrases

    key, _ = crypt.encrypt(study_db, PASS)
    store = open_workspace(study_db, key=key)
    package = tmp_path / "engang.feltkart"
    make_package(store, package, passphrase="abcd-efgh-jkmn-pqrs")
    plain_package = tmp_path / "studie.feltkart"
    make_package(store, plain_package)

    def typed(d):
        d.passphrase.setText("feil-feil-feil")
        d.accept()
        assert d.isVisible() and d.error.isVisible()
        d.passphrase.setText("abcd-efgh-jkmn-pqrs")
        d.accept()

    answer([typed])
    given = _package_passphrases(None, store, [plain_package, package])
    assert given == {str(package): "abcd-efgh-jkmn-pqrs"}  # the study's own package needs none
    answer([lambda d: d.reject()])
    assert _package_passphrases(None, store, [package]) is None
    store.close()


def test_the_passphrase_of_a_studys_packages_is_asked_once_for_them_all(qtbot, study_db, tmp_path, monkeypatch):
    """A laptop encrypted before it joined (a key of its own) merging two packages of the study asks the
    study's passphrase once; a one-off package beside them is still asked for its own."""
    from core.sync.package import make_package
    from ui.dialogs import passphrase_dialog
    from ui.packages import _package_passphrases

    key, _ = crypt.encrypt(study_db, PASS)
    a = open_workspace(study_db, key=key)
    packages = [tmp_path / "1.feltkart", tmp_path / "2.feltkart", tmp_path / "engang.feltkart"]
    make_package(a, packages[0])
    make_interview(a, "0301", "2026-03-03", [])
    make_package(a, packages[1])
    make_package(a, packages[2], passphrase="abcd-efgh-jkmn-pqrs")
    a.close()
    open_workspace(tmp_path / "b.sqlite", clock=FakeClock()).close()
    key_b, _ = crypt.encrypt(tmp_path / "b.sqlite", "en annen frase for b")
    b = open_workspace(tmp_path / "b.sqlite", key=key_b)
    asked = []

    class Typed:  # the dialog, answered with the passphrase each package was made with
        def __init__(self, text, opens, parent, button):
            asked.append(text)
            self.opened = opens("abcd-efgh-jkmn-pqrs" if "engang" in text else PASS)

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(passphrase_dialog, "AskPassphraseDialog", Typed)
    given = _package_passphrases(None, b, packages)
    assert given == {str(packages[0]): PASS, str(packages[1]): PASS, str(packages[2]): "abcd-efgh-jkmn-pqrs"}
    assert len(asked) == 2 and "1.feltkart" in asked[0] and "engang.feltkart" in asked[1]
    b.close()


def test_a_package_for_a_recipient_outside_the_study_shows_its_one_off_passphrase_once(qtbot, study_db, tmp_path,
                                                                                      monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from core.sync.package import check_passphrase, read_manifest
    from ui import packages
    from ui.dialogs.passphrase_shown import ShownPassphraseDialog

    store = open_workspace(study_db)
    target = tmp_path / "til-analytiker.feltkart"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown = []
    monkeypatch.setattr(ShownPassphraseDialog, "exec", lambda self: shown.append(self.passphrase.text()))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    task = packages.make_package(None, store, recipient=None, one_off=True)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=30000)
    task.wait()
    assert read_manifest(target).encryption == "one-off" and len(shown[0].replace("-", "")) >= 16
    check_passphrase(target, shown[0])  # it opens with the passphrase shown
    assert NOTE.encode() not in target.read_bytes()
    store.close()


@pytest.mark.parametrize("take", [True, False])
def test_a_laptop_encrypted_before_it_joined_takes_the_studys_key_when_it_merges(qtbot, study_db, tmp_path,
                                                                                 monkeypatch, take):
    from PySide6.QtWidgets import QLabel

    from core.base.driver import salt_of
    from core.sync.package import make_package
    from ui.dialogs.merge_report_dialog import MergeReportDialog
    from ui.dialogs.passphrase_dialog import AskPassphraseDialog
    from ui.main_window import MainWindow

    key, _ = crypt.encrypt(study_db, PASS)
    store = open_workspace(study_db, key=key)
    package = tmp_path / "studie.feltkart"
    make_package(store, package)
    store.close()
    laptop = open_workspace(tmp_path / "ny.sqlite", passphrase="egen passfrase for ny")  # a salt of its own
    window = MainWindow(laptop, remember_state=False)
    qtbot.addWidget(window)
    said = []

    def respond():  # the passphrase dialog, then the merge report (the progress dialog between them left alone)
        widget = QApplication.activeModalWidget()
        if isinstance(widget, AskPassphraseDialog) and not getattr(widget, "_answered", False):
            widget._answered = True
            widget.passphrase.setText(PASS)  # the study's passphrase opens the study's package
            widget.accept()
        elif isinstance(widget, MergeReportDialog):
            said.append(widget.findChild(QLabel, "mergeSummary").text())
            widget.accept()
            return
        QTimer.singleShot(10, respond)

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or (
        QMessageBox.StandardButton.Yes if take else QMessageBox.StandardButton.No))
    QTimer.singleShot(0, respond)
    task = window.merge_packages([package])
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    task.wait()
    assert len(asked) == 1 and "passphrase of its own" in asked[0]  # its passphrase would change: asked
    assert window.interviews.model.rowCount() == 1  # the window goes on with the same study
    window.close()
    laptop.close()
    if not take:
        assert "study's key" not in said[0] and salt_of(tmp_path / "ny.sqlite") != salt_of(study_db)
        open_workspace(tmp_path / "ny.sqlite", passphrase="egen passfrase for ny").close()
        return
    assert "now encrypted with the study's key" in said[0] and salt_of(tmp_path / "ny.sqlite") == salt_of(study_db)
    with pytest.raises(Exception):
        open_workspace(tmp_path / "ny.sqlite", passphrase="egen passfrase for ny")
    open_workspace(tmp_path / "ny.sqlite", passphrase=PASS).close()


def test_a_laptop_with_the_studys_passphrase_takes_its_key_without_a_question(qtbot, study_db, tmp_path):
    from core.base.driver import salt_of
    from core.sync.package import make_package
    from ui.dialogs.merge_report_dialog import MergeReportDialog
    from ui.dialogs.passphrase_dialog import AskPassphraseDialog
    from ui.main_window import MainWindow

    key, _ = crypt.encrypt(study_db, PASS)
    store = open_workspace(study_db, key=key)
    make_package(store, tmp_path / "studie.feltkart")
    store.close()
    laptop = open_workspace(tmp_path / "ny.sqlite", passphrase=PASS)  # the study's passphrase, a salt of its own
    window = MainWindow(laptop, remember_state=False)
    qtbot.addWidget(window)
    seen: list = []

    def respond():  # the passphrase dialog, then the merge report; a question box would fail the test (conftest)
        widget = QApplication.activeModalWidget()
        if isinstance(widget, AskPassphraseDialog) and not getattr(widget, "_answered", False):
            widget._answered = True
            widget.passphrase.setText(PASS)
            widget.accept()
        elif isinstance(widget, MergeReportDialog):
            seen.append(widget)
            widget.accept()
            return
        QTimer.singleShot(10, respond)

    QTimer.singleShot(0, respond)
    task = window.merge_packages([tmp_path / "studie.feltkart"])
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    task.wait()
    assert laptop.key.same(key) and salt_of(laptop.path) == salt_of(study_db)
    window.close()
    laptop.close()
