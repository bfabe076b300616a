"""Re-writing the open database off the GUI thread: its progress shown, a stop asked for (the Stop button or
Escape) said and waited for, the store opened again with its own key after a stop or a failure, the window's
timers held while the store is closed; encrypting from the settings stopped leaves the file byte for byte."""

from __future__ import annotations

import hashlib
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from core.storage import crypt
from core.storage.store import is_encrypted
from core.workspace import open_workspace
from tests.clocks import FakeClock
from tests.helpers import make_interview
from tests.ui.modal import answer
from ui.support.rewrite import RewriteDialog, rewrite

PASS = "korrekt hest batteri stift"


@pytest.fixture
def store(tmp_path):
    s = open_workspace(tmp_path / "feltkart.sqlite", clock=FakeClock())
    make_interview(s, "5612", "2026-03-02", [("notes", "", "Et notat")])
    yield s
    s.close()


def test_the_progress_is_shown_a_stop_waits_for_the_work_and_the_store_goes_on(qtbot, store):
    window = QWidget()
    qtbot.addWidget(window)
    settings = QDialog(window)  # the re-writing is asked for in a dialog of the window: its timers are held too
    refresh = QTimer(window)  # a view's refresh, started before the store was closed
    refresh.setSingleShot(True)
    refresh.start(60_000)
    gate, seen = threading.Event(), []

    def work(progress, stop):
        progress(1, 4)
        assert gate.wait(30)
        if stop():
            raise crypt.ConversionStopped("stopped")
        return "written"

    def drive(dialog: RewriteDialog) -> None:
        qtbot.waitUntil(lambda: dialog.bar.maximum() == 1000 and dialog.bar.value() == 250)
        seen.append(refresh.isActive())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # asks to stop; the dialog stays until the work ends
        seen.append((dialog.isVisible(), dialog.stop_button.isEnabled(), dialog.label.text()))
        gate.set()

    answer([drive])
    with pytest.raises(crypt.ConversionStopped):
        rewrite(settings, store, work, lambda result: None, "Writing…")
    assert seen == [False, (True, False, "Stopping: the database stays as it was, unless it was already "
                                         "re-written…")]
    assert refresh.isActive()  # started again
    assert store.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1  # open again


def test_a_failed_rewrite_opens_the_store_again_and_says_why(qtbot, store):
    def work(progress, stop):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        rewrite(None, store, work, lambda result: None, "Writing…")
    assert store.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1


def test_encrypting_from_the_settings_stopped_leaves_the_database_as_it_was(qtbot, store, monkeypatch):
    from ui.dialogs.encryption_dialog import EncryptionDialog

    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(store.path.read_bytes()).hexdigest()
    gate = threading.Event()
    verify = crypt._verify

    def held(written, key):  # the new file written, not yet in place
        assert gate.wait(30)
        verify(written, key)

    monkeypatch.setattr(crypt, "_verify", held)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: told.append(text))
    dialog = EncryptionDialog(store)
    qtbot.addWidget(dialog)

    def new_passphrase(d):
        d.first.setText(PASS)
        d.again.setText(PASS)
        d.understood.setChecked(True)
        d.accept()

    def stop(d):
        assert isinstance(d, RewriteDialog) and "Encrypting" in d.label.text()
        d.stop_button.click()
        gate.set()

    answer([new_passphrase, stop])
    dialog.encrypt()
    assert told == ["Stopped: the database is as it was."]
    assert not store.encrypted and not is_encrypted(store.path)
    assert hashlib.sha256(store.path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in store.path.parent.iterdir() if p.is_file() and "-" not in p.name) == [
        "feltkart.sqlite"]  # no half-written file beside it
    assert store.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1
    assert dialog.encrypt_button.isVisibleTo(dialog)
