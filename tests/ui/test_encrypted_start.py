"""An encrypted study started with its passphrase given (file or environment): the window is shown, disabled,
while the key is worked out, and gets its database, title and start view when the key is there; an encrypted
database not yet made a study goes to the welcome instead."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from core.base.driver import KeyInBackground
from core.reference import study
from core.storage import crypt
from core.workspace import open_workspace
from tests.clocks import FakeClock
from tests.helpers import make_interview
from ui import app as ui_app
from ui.main_window import MainWindow

PASS = "korrekt hest batteri stift"


def windows_made(monkeypatch) -> list[MainWindow]:
    """The main windows made from now on (not those of earlier tests)."""
    made, real = [], MainWindow.__init__

    def init(self, *args, **kwargs):
        real(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(MainWindow, "__init__", init)
    return made


def held_key(path, gate: threading.Event) -> KeyInBackground:
    """The key worked out in the background, held back until ``gate`` is set."""

    class Held(KeyInBackground):
        def result(self):
            assert gate.wait(30)
            return super().result()

    return Held(PASS, path)


def test_the_window_is_shown_while_the_key_is_worked_out_and_filled_when_it_is_there(app, qtbot, tmp_path,
                                                                                    isolated_user_folders,
                                                                                    monkeypatch):
    path = tmp_path / "feltkart.sqlite"
    store = open_workspace(path, clock=FakeClock())
    study.save(store, study.load(store).with_changes(study_name="Distriktsstudien", coordinator_name="Kari"))
    make_interview(store, "5612", "2026-03-02", [("notes", "", "Et notat")])
    store.close()
    crypt.encrypt(path, PASS)
    gate, seen, after = threading.Event(), [], []
    made = windows_made(monkeypatch)

    def while_waiting() -> None:
        window = made[0]
        qtbot.waitUntil(lambda: window._painted)  # painted before the database is open
        seen.append((window.isVisible(), window.isEnabled(), window.windowTitle(), window.study_label.text(),
                     dict(window._built)))
        gate.set()

    def at_exec(*_args) -> int:
        window = made[0]
        checked = []  # the guide files and the clock looked at once the start view is built, as in a plain start
        monkeypatch.setattr(ui_app, "report_guide_problems", lambda *a: checked.append("guides"))
        qtbot.waitUntil(lambda: checked == ["guides"])
        after.append((len(made), window.isEnabled(), window.windowTitle(), window.interviews.model.rowCount()))
        window.deleteLater()
        return 0

    QTimer.singleShot(0, while_waiting)
    monkeypatch.setattr(ui_app.QApplication, "exec", at_exec)
    assert ui_app.run_gui(path, "en", None, None, held_key(path, gate)) == 0
    assert seen == [(True, False, "Feltkart", "Opening the encrypted database…", {})]
    assert after == [(1, True, "Distriktsstudien – Feltkart", 1)]


def test_an_encrypted_database_not_yet_a_study_goes_to_the_welcome(app, qtbot, tmp_path, isolated_user_folders,
                                                                   monkeypatch):
    from ui.dialogs.welcome_dialog import WelcomeDialog

    path = tmp_path / "feltkart.sqlite"
    open_workspace(path, clock=FakeClock()).close()
    crypt.encrypt(path, PASS)
    welcomed, made = [], windows_made(monkeypatch)

    def decline(dialog) -> int:
        welcomed.append([w.isVisible() for w in made])
        return 0

    monkeypatch.setattr(WelcomeDialog, "exec", decline)
    gate = threading.Event()
    gate.set()
    assert ui_app.run_gui(path, "en", None, None, held_key(path, gate)) == 0
    assert welcomed == [[False]]  # the waiting window closed before the welcome


def test_the_window_closed_while_the_key_is_worked_out_opens_nothing(app, qtbot, tmp_path, isolated_user_folders,
                                                                      monkeypatch):
    from core.base import lock

    path = tmp_path / "feltkart.sqlite"
    store = open_workspace(path, clock=FakeClock())
    study.save(store, study.load(store).with_changes(study_name="Distriktsstudien", coordinator_name="Kari"))
    store.close()
    crypt.encrypt(path, PASS)
    gate, made, ran = threading.Event(), windows_made(monkeypatch), []

    def close_it() -> None:
        qtbot.waitUntil(lambda: made and made[0]._painted)
        made[0].close()  # the title bar's X while the window waits
        gate.set()

    QTimer.singleShot(0, close_it)
    monkeypatch.setattr(ui_app.QApplication, "exec", lambda *a: ran.append(1) or 0)
    assert ui_app.run_gui(path, "en", None, None, held_key(path, gate)) == 0
    assert ran == [] and not made[0].isVisible()
    lock.acquire(path).unlock()  # nothing holds the database


def test_a_wrong_passphrase_given_by_file_or_environment_is_said_and_the_file_is_untouched(
        app, qtbot, tmp_path, isolated_user_folders, monkeypatch):
    import hashlib

    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "feltkart.sqlite"
    open_workspace(path, clock=FakeClock()).close()
    crypt.encrypt(path, PASS)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown, ran = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(ui_app.QApplication, "exec", lambda *a: ran.append(1) or 0)
    assert ui_app.run_gui(path, "en", None, None, KeyInBackground("ikke denne passfrasen", path)) == 1
    assert ran == [] and len(shown) == 1 and shown[0][0] == "Feltkart cannot open the database"
    assert "passphrase" in shown[0][1] and "Traceback" not in shown[0][1]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
