"""One Feltkart per database, and the GUI's message for a database it will not open."""

import hashlib

import pytest
from PySide6.QtWidgets import QMessageBox

from ui import app as ui_app
from ui import lock


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
    from tests.core.test_store import make_newer

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
    assert "already open in another Feltkart window" in shown[0]
    assert not path.exists()  # nothing was created behind the other instance's back
