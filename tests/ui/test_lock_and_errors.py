"""One Feltkart per database, and the GUI's message for a database it will not open."""

import hashlib

import pytest
from PySide6.QtWidgets import QMessageBox

from core.base import lock
from ui import app as ui_app


def test_second_lock_on_the_same_database_is_refused(tmp_path):
    db = tmp_path / "a.sqlite"
    first = lock.acquire(db)
    try:
        with pytest.raises(lock.DatabaseInUse) as info:
            lock.acquire(db)
        assert info.value.pid > 0
    finally:
        first.unlock()
    again = lock.acquire(db)  # released: free to take
    again.unlock()


@pytest.mark.parametrize("kind", ["text", "folder", "newer"])
def test_gui_shows_a_message_exits_1_and_leaves_the_file(app, tmp_path, monkeypatch, kind):
    from tests.helpers import make_newer

    path = tmp_path / "target.sqlite"
    if kind == "text":
        path.write_text("ikke en database", encoding="utf-8")
    elif kind == "folder":
        path.mkdir()
    else:
        make_newer(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert ui_app.run_gui(path, "en", None) == 1
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Feltkart cannot open the database"
    assert str(path) in text and "The file has not been changed." in text
    assert "Traceback" not in text
    if before:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_gui_refuses_a_database_open_elsewhere(app, tmp_path, monkeypatch):
    path = tmp_path / "busy.sqlite"
    held = lock.acquire(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:
        assert ui_app.run_gui(path, "en", None) == 1
    finally:
        held.unlock()
    assert "already open in another Feltkart (process" in shown[0]
    assert not path.exists()  # nothing was created behind the other instance's back


def test_welcome_offers_a_separate_demo_database(app, qtbot, tmp_path, monkeypatch):

    from core import demo
    from core import interviews as iv
    from core.reference import study
    from core.workspace import open_workspace
    from ui.dialogs.welcome_dialog import WelcomeDialog
    from ui.main_window import MainWindow

    shown = []

    def choose_demo(dialog):
        from PySide6.QtWidgets import QPushButton

        dialog.findChild(QPushButton, "tryDemo").click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", choose_demo)
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self.windowTitle()))
    monkeypatch.setattr(ui_app.QApplication, "exec", lambda *a: 0)
    real = tmp_path / "feltkart.sqlite"
    assert ui_app.run_gui(real, "en", None) == 0
    assert shown and shown[0].startswith("DEMO DATA – ")
    demo_db = tmp_path / "feltkart-demo.sqlite"
    s = open_workspace(demo_db)
    assert demo.is_demo(s) and len(iv.list_interviews(s)) > 250
    s.close()
    r = open_workspace(real)
    assert not study.load(r).configured and iv.list_interviews(r) == []  # the real database stays untouched
    r.close()


def test_a_faulty_guide_file_is_reported_at_start_and_the_app_goes_on(app, qtbot, configured_store, isolated_user_folders, monkeypatch):
    from core.base.resources import resource_path
    from core.reference import guide_library

    folder = guide_library.user_guides_dir()
    folder.mkdir(parents=True)
    text = resource_path("guides", "distrikt_ordninger_v1.toml").read_text(encoding="utf-8")
    (folder / "ny.toml").write_text(text.replace("version = 1", "version = 2", 1).replace('type = "date"', 'type = "dato"', 1), encoding="utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    problems = ui_app.report_guide_problems(configured_store)
    assert len(problems) == 1 and problems[0].startswith("ny.toml, line ")
    assert "unknown type 'dato'" in warned[0]
    assert guide_library.current(configured_store).version == 1


def test_a_clock_set_back_is_told_at_start_and_a_right_one_is_not(app, configured_store, clock, monkeypatch):
    from core import interviews as iv
    from core.model import hlc

    iv.create(configured_store, "1826", "2026-03-02")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append((title, text)))
    assert ui_app.warn_if_clock_behind(configured_store) is None and warned == []
    clock.advance(-3 * hlc.MAX_AHEAD_MS)  # the computer's date is set back three days
    text = ui_app.warn_if_clock_behind(configured_store)
    assert warned == [("Check this computer's clock", text)]
    assert "27.02.2026" in text and "02.03.2026" in text and "set it right" in text


def test_a_database_damaged_inside_is_told_by_the_check_after_start(app, qtbot, tmp_path, monkeypatch):
    """The window opens a file whose header and schema read; the check of every page after start finds the
    damage and names the backup to restore."""
    from PySide6.QtWidgets import QWidget

    from core import demo
    from core.workspace import open_workspace
    from tests.faults.conftest import garbage_pages, settle

    path = tmp_path / "feltkart.sqlite"
    store = open_workspace(path)
    demo.make_demo(store, interviews=30, seed=2)
    store.close()
    settle(path)
    (tmp_path / "feltkart.before-merge-20260301-120000.sqlite").write_bytes(path.read_bytes())
    garbage_pages(path, first=path.stat().st_size // 4096 - 8, count=3)  # data pages: the file still opens
    store = open_workspace(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    parent = QWidget()
    qtbot.addWidget(parent)
    ui_app.check_integrity(store, parent)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20000)
    title, text = shown[0]
    assert title == "The database is damaged" and "is damaged" in text
    assert "feltkart.before-merge-20260301-120000.sqlite" in text
    from core import interviews as iv
    from core.base.errors import DamagedDatabaseError

    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError):  # nothing more is written into it, as the message says
        iv.create(store, "1826", "2026-03-02")
    assert path.read_bytes() == before
    store.close()
