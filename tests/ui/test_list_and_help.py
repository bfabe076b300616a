"""The interview list when it is empty and after a deletion (undone with Ctrl+Z), and the Help menu's shortcuts
and short guide."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core import interviews as iv
from ui.views.interviews_view import InterviewsView


def shown_view(qtbot, store):
    view = InterviewsView(store)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def test_an_empty_list_says_how_to_begin(app, qtbot, configured_store):
    view = shown_view(qtbot, configured_store)
    assert view.empty_hint.isVisibleTo(view)
    assert view.empty_hint.text() == "No interviews yet – Ctrl+N makes a new one"
    interview_id = iv.create(configured_store, "1804", "2026-05-05")
    view.refresh(select_id=interview_id)
    assert not view.empty_hint.isVisibleTo(view)
    view.trash.setChecked(True)
    assert view.empty_hint.text() == "The trash is empty."


def test_delete_says_where_the_interview_went_and_ctrl_z_brings_it_back(app, qtbot, configured_store):
    keep = iv.create(configured_store, "1826", "2026-03-02")
    victim = iv.create(configured_store, "1804", "2026-05-05")
    view = shown_view(qtbot, configured_store)
    view.select(victim)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert iv.get(configured_store, victim).summary.deleted
    assert view.notice.isVisibleTo(view) and view.undo_button.isVisibleTo(view)
    assert view.notice_label.text() == "Bodø, 05.05.2026 was moved to the trash."
    assert view.current_id() == keep
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not iv.get(configured_store, victim).summary.deleted
    assert view.current_id() == victim
    assert view.notice_label.text() == "Bodø, 05.05.2026 is back from the trash."
    assert not view.undo_button.isVisibleTo(view)


def test_help_lists_the_shortcuts_and_shows_the_guide(app, qtbot, configured_store):
    from ui.main_window import MainWindow

    window = MainWindow(configured_store, remember_state=False)
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == [
        "Short &guide…", "&Keyboard shortcuts…", "&About Feltkart"]
    shortcuts = window.show_shortcuts()
    qtbot.addWidget(shortcuts)
    keys = {shortcuts.table.item(r, 0).text(): shortcuts.table.item(r, 1).text()
            for r in range(shortcuts.table.rowCount())}
    assert keys["Ctrl+Enter"] == "Complete the interview (from any field)"
    assert "Ctrl+W, Esc" in keys and "Ctrl+Z" in keys and "Ctrl+N" in keys
    guide = window.show_guide()
    qtbot.addWidget(guide)
    assert "The interview form" in guide.browser.toPlainText()


def test_the_guide_speaks_bokmal(app, qtbot):
    from ui.dialogs.help_dialogs import GuideDialog, ShortcutsDialog
    from ui.support import i18n

    i18n.install(app, "nb")
    guide = GuideDialog()
    qtbot.addWidget(guide)
    assert "Intervjuskjemaet" in guide.browser.toPlainText()
    assert guide.windowTitle() == "Kort veiledning til Feltkart"
    shortcuts = ShortcutsDialog()
    qtbot.addWidget(shortcuts)
    assert shortcuts.windowTitle() == "Tastatursnarveier"
