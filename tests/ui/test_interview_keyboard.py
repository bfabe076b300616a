"""The interview window from the keyboard: completing from any field, Tab through the informants, where the focus
starts, the section list following, drop-downs stepped through, closing with Ctrl+W or Esc."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core import interviews as iv
from tests.helpers import fill_required
from ui.interview.interview_window import InterviewWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def open_window(qtbot, store, interview_id):
    window = InterviewWindow(store, interview_id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def focus():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focus(), key, modifier)


@pytest.fixture
def ready(app, configured_store):
    """A draft with every required answer: Ctrl+Enter completes it."""
    interview_id = iv.create(configured_store, "1826", "2026-03-02")
    fill_required(configured_store, interview_id, iv.schemes_for(configured_store, interview_id))
    iv.set_answer(configured_store, interview_id, "applied", "ja", scheme="digifin")
    return configured_store, interview_id


@pytest.mark.parametrize("field,scheme,typed,stored", [
    ("scheme_comment", "digifin", "Nyttig", "Nyttig"),
    ("applied_year", "digifin", "2021", 2021),
    ("notes", "", "Kort notat", "Kort notat"),
    ("network_name", "", "", None),  # hidden (network is no): the focus is elsewhere, nothing typed
])
def test_ctrl_enter_in_a_text_field_saves_it_and_completes_without_an_error(qtbot, ready, field, scheme, typed, stored):
    store, interview_id = ready
    window = open_window(qtbot, store, interview_id)
    editor = window.form.editors[(field, scheme)]
    if typed:
        editor.focus_widget().setFocus()
        qtbot.keyClicks(focus(), typed)
        assert window.form.has_pending()  # not yet saved: Ctrl+Enter saves it first
    press(qtbot, Qt.Key.Key_Return, CTRL)
    got = iv.get(store, interview_id)
    assert got.summary.status == iv.COMPLETE, window.form.banner.text()
    assert got.value(field, scheme) == stored
    assert not window.form.banner.isVisibleTo(window) and window.form.lock_banner.isVisibleTo(window)
    assert not window.form.content.isAncestorOf(focus())  # the focus left the locked fields
    qtbot.wait(0)  # the field left as the form locked: nothing to save, nothing raised


def test_tab_leaves_the_informants_table_both_ways(qtbot, app, configured_store):
    interview_id = iv.create(configured_store, "1826", "2026-03-02")
    iv.set_answer(configured_store, interview_id, "informants", [
        {"role": "ordforer", "name": "Áile", "contact": ""}, {"role": "kommunedirektor", "name": "", "contact": ""}])
    window = open_window(qtbot, configured_store, interview_id)
    e = window.form.editors
    table = e[("informants", "")].table
    cells = [table.cellWidget(r, c) for r in range(2) for c in range(3)]
    e[("form", "")].combo.setFocus()
    for expected in cells:  # Tab from the question before: the cells in reading order
        press(qtbot, Qt.Key.Key_Tab)
        assert focus() is expected
    press(qtbot, Qt.Key.Key_Tab)  # out of the last cell
    assert not table.isAncestorOf(focus())
    for _ in range(4):
        if focus() is e[("consent", "")].combo:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focus() is e[("consent", "")].combo  # Samtykke innhentet is reached
    cells[0].setFocus()
    press(qtbot, Qt.Key.Key_Backtab)  # out of the first cell, backwards
    assert focus() is e[("form", "")].combo


def test_a_new_interview_opens_in_its_first_empty_field(qtbot, app, configured_store):
    interview_id = iv.create(configured_store, "1826", "2026-03-02")
    window = open_window(qtbot, configured_store, interview_id)
    qtbot.waitUntil(lambda: focus() is window.form.editors[("form", "")].combo)
    window.close()
    fill_required(configured_store, interview_id, iv.schemes_for(configured_store, interview_id))
    again = open_window(qtbot, configured_store, interview_id)
    qtbot.waitUntil(lambda: focus() is again.form.editors[("consent_date", "")].edit)  # consent is yes


def test_the_section_list_follows_the_focus_and_the_scrolling(qtbot, app, configured_store):
    interview_id = iv.create(configured_store, "1826", "2026-03-02")
    window = open_window(qtbot, configured_store, interview_id)
    form = window.form
    form.editors[("capacity", "")].combo.setFocus()
    qtbot.waitUntil(lambda: form.section_list.currentRow() == 1)
    press(qtbot, Qt.Key.Key_Tab)  # into the scheme grid
    assert form.section_list.currentRow() == 2 and form.grid.isAncestorOf(focus())
    form.section_list.setFocus()
    bar = form.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert form.section_list.currentRow() >= 4
    bar.setValue(0)
    assert form.section_list.currentRow() == 0


def test_a_drop_down_stepped_through_is_saved_once_when_left(qtbot, app, configured_store):
    interview_id = iv.create(configured_store, "1826", "2026-03-02")
    window = open_window(qtbot, configured_store, interview_id)
    combo = window.form.editors[("capacity", "")].combo
    combo.setFocus()
    before = len(iv.history(configured_store, interview_id))
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Down)
    assert combo.currentData() == 4
    assert len(iv.history(configured_store, interview_id)) == before  # stepping through saves nothing
    press(qtbot, Qt.Key.Key_Tab)
    assert iv.get(configured_store, interview_id).value("capacity") == 4
    changes = iv.history(configured_store, interview_id)[before:]
    assert [(c.field, c.new) for c in changes] == [("capacity", 4)]


def test_a_choice_picked_from_the_open_list_is_saved_at_once(qtbot, app, configured_store):
    interview_id = iv.create(configured_store, "1826", "2026-03-02")
    window = open_window(qtbot, configured_store, interview_id)
    combo = window.form.editors[("strategy", "")].combo
    combo.setFocus()
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    view = combo.view()
    view.setCurrentIndex(view.model().index(combo.findData("nei"), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: iv.get(configured_store, interview_id).value("strategy") == "nei")


@pytest.mark.parametrize("key,modifier", [(Qt.Key.Key_W, CTRL), (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)])
def test_ctrl_w_and_esc_close_the_window_and_keep_what_was_typed(qtbot, app, configured_store, key, modifier):
    interview_id = iv.create(configured_store, "1826", "2026-03-02")
    window = open_window(qtbot, configured_store, interview_id)
    notes = window.form.editors[("notes", "")].edit
    notes.setFocus()
    qtbot.keyClicks(notes, "Skrevet rett før")
    press(qtbot, key, modifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert iv.get(configured_store, interview_id).value("notes") == "Skrevet rett før"
