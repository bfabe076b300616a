"""The interview form driven as a coordinator would, read back from the database."""

import pytest
from PySide6.QtCore import Qt

from core import interviews as iv
from ui.interview.interview_form import InterviewForm


@pytest.fixture
def form(app, qtbot, configured_store):
    interview_id = iv.create(configured_store, "1826", "2026-03-02")
    f = InterviewForm(configured_store, interview_id)
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    return f


def pick(editor, value):
    combo = editor.combo
    combo.setCurrentIndex(combo.findData(value))


def type_into(qtbot, editor, text):
    """Type as a user would; letters QTest cannot type as keys (Sami, emoji) arrive as a paste does."""
    target = editor.edit
    target.setFocus()
    if hasattr(target, "selectAll"):
        target.selectAll()
    if text.isascii():
        qtbot.keyClicks(target, text)
    elif hasattr(target, "insert"):
        target.insert(text)
    else:
        target.insertPlainText(text)
    if hasattr(target, "editingFinished"):
        target.editingFinished.emit()


def test_a_complete_interview_filled_through_the_form(qtbot, form, configured_store):
    e = form.editors
    pick(e[("form", "")], "video")
    informants = e[("informants", "")]
    qtbot.mouseClick(informants.add_button, Qt.MouseButton.LeftButton)
    informants.table.cellWidget(0, 0).setCurrentIndex(informants.table.cellWidget(0, 0).findData("ordforer"))
    informants.table.cellWidget(0, 1).insert("Áile Ŋuolla")
    informants.table.cellWidget(0, 1).editingFinished.emit()
    pick(e[("consent", "")], "ja")
    type_into(qtbot, e[("consent_date", "")], "1.3.2026")
    pick(e[("strategy", "")], "vet_ikke")
    type_into(qtbot, e[("dev_fte", "")], "2,5")
    pick(e[("network", "")], "ja")
    type_into(qtbot, e[("network_name", "")], "DigiNord 🏔️")
    pick(e[("capacity", "")], 4)
    for scheme in form.schemes:
        pick(e[("aware", scheme.code)], "kjenner_til")
        pick(e[("applied", scheme.code)], "ja" if scheme.code == "digifin" else "nei")
    type_into(qtbot, e[("applied_year", "digifin")], "2019")
    pick(e[("took_part", "digifin")], "ja")
    pick(e[("benefit", "digifin")], 5)
    e[("barriers", "")].boxes[0][1].setChecked(True)
    e[("barriers", "")].boxes[-1][1].setChecked(True)
    type_into(qtbot, e[("barrier_other", "")], "Lang reisevei")
    type_into(qtbot, e[("notes", "")], "Rådmannen: «for få hender».")
    form.flush()
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    got = iv.get(configured_store, form.interview_id)
    assert got.summary.status == "complete", form.banner.text()
    assert got.value("form") == "video"
    assert got.value("informants") == [{"role": "ordforer", "name": "Áile Ŋuolla", "contact": ""}]
    assert got.value("consent_date") == "2026-03-01"
    assert got.value("dev_fte") == 2.5
    assert got.value("network_name") == "DigiNord 🏔️"
    assert got.value("capacity") == 4
    assert got.value("applied_year", "digifin") == 2019
    assert got.value("benefit", "digifin") == 5
    assert got.value("barriers") == ["kapasitet", "annet"]
    assert got.value("notes") == "Rådmannen: «for få hender»."
    assert not form.content.isEnabled() and form.reopen_button.isVisible()


def test_relevance_shows_and_hides_questions(qtbot, form):
    label, _holder = form.rows["consent_date"]
    assert not label.isVisibleTo(form)
    pick(form.editors[("consent", "")], "ja")
    assert label.isVisibleTo(form)
    pick(form.editors[("consent", "")], "nei")
    assert not label.isVisibleTo(form)
    year = form.editors[("applied_year", "stimulab")]
    assert not year.isEnabled()
    pick(form.editors[("applied", "stimulab")], "ja")
    assert year.isEnabled()
    assert not form.editors[("benefit", "stimulab")].isEnabled()
    pick(form.editors[("took_part", "stimulab")], "ja")
    assert form.editors[("benefit", "stimulab")].isEnabled()


@pytest.mark.parametrize(
    "field,text,message",
    [
        ("dev_fte", "mange", "A number, such as 2,5."),
        ("dev_fte", "-1", "Must be 0 or more."),
        ("consent_date", "31.02.2026", "A date that exists, written dd.mm.yyyy."),
        ("interview_date", "1.1.2018", "Must be 01.01.2019 or more."),
    ],
)
def test_bad_input_is_named_next_to_its_field_and_not_saved(qtbot, form, configured_store, field, text, message):
    pick(form.editors[("consent", "")], "ja")
    before = iv.get(configured_store, form.interview_id).value(field)
    type_into(qtbot, form.editors[(field, "")], text)
    assert form.errors[(field, "")].text() == message
    assert form.errors[(field, "")].isVisibleTo(form)
    assert iv.get(configured_store, form.interview_id).value(field) == before


def test_typing_is_saved_after_a_pause_without_leaving_the_field(qtbot, form, configured_store):
    notes = form.editors[("notes", "")]
    notes.edit.setFocus()
    qtbot.keyClicks(notes.edit, "Første notat")
    assert form.has_pending()
    with qtbot.waitSignal(form.sig_saved, timeout=3000):
        pass
    assert iv.get(configured_store, form.interview_id).value("notes") == "Første notat"
    assert form.saved_label.text().startswith("Saved")


def test_closing_the_window_saves_what_is_pending(app, qtbot, configured_store):
    from ui.interview.interview_window import InterviewWindow

    interview_id = iv.create(configured_store, "5610", "2026-04-01")
    window = InterviewWindow(configured_store, interview_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.form.editors[("quotes", "")].edit, "«Siste ord før lokket ble lukket»")
    assert window.form.has_pending()
    window.close()
    assert iv.get(configured_store, interview_id).value("quotes") == "«Siste ord før lokket ble lukket»"


def test_completing_with_missing_answers_marks_them(qtbot, form, configured_store):
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    assert form.banner.isVisibleTo(form) and form.banner.text().startswith("Not complete:")
    assert form.errors[("form", "")].text() == "Required."
    assert form.editors[("aware", "digifin")].toolTip() == "Required."
    assert form.grid_error.isVisibleTo(form)
    assert iv.get(configured_store, form.interview_id).summary.status == "draft"


def test_a_pasted_100000_character_note_is_kept(qtbot, form, configured_store):
    text = "Sámi čđŋšŧž 🧭 " * 7000
    form.editors[("notes", "")].edit.setPlainText(text[:100_000])
    form.flush()
    assert iv.get(configured_store, form.interview_id).value("notes") == text[:100_000]


def test_reopen_asks_for_a_reason_and_stays_open_without_one(qtbot, form, configured_store):
    from tests.helpers import fill_required

    fill_required(configured_store, form.interview_id, [s.code for s in form.schemes])
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    assert iv.get(configured_store, form.interview_id).summary.status == "complete"
    qtbot.mouseClick(form.reopen_button, Qt.MouseButton.LeftButton)
    dialog = form.reopen_dialog
    qtbot.waitUntil(dialog.isVisible)
    ok, cancel = (dialog.buttons.button(b) for b in (dialog.buttons.StandardButton.Ok, dialog.buttons.StandardButton.Cancel))
    assert (ok.text(), cancel.text()) == ("Reopen", "Cancel")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no reason: the dialog stays, the message beside the field
    assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
    assert dialog.error.text().startswith("Write why it is reopened")
    assert iv.get(configured_store, form.interview_id).summary.status == "complete"
    assert not form.banner.isVisibleTo(form)
    qtbot.keyClicks(dialog.reason, "Feil kommune")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert iv.get(configured_store, form.interview_id).summary.status == "draft"
    assert form.content.isEnabled() and not form.lock_banner.isVisibleTo(form)
    assert iv.history(configured_store, form.interview_id)[-1].reason == "Feil kommune"


def test_reopen_dialog_speaks_bokmal(qtbot, app, form, configured_store):
    from ui.interview.reopen_dialog import ReopenDialog
    from ui.support import i18n

    i18n.install(app, "nb")
    dialog = ReopenDialog(configured_store, form.interview_id)
    qtbot.addWidget(dialog)
    texts = {dialog.buttons.button(b).text() for b in (dialog.buttons.StandardButton.Ok, dialog.buttons.StandardButton.Cancel)}
    assert texts == {"Gjenåpne", "Avbryt"}


def test_keyboard_moves_between_sections(qtbot, form):
    form.activateWindow()
    qtbot.waitUntil(lambda: form.isActiveWindow())
    assert form.section_list.currentRow() == 0
    qtbot.keyClick(form, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.section_list.currentRow() == 1
    assert form.focusWidget() is form.editors[("strategy", "")].combo
    qtbot.keyClick(form, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.focusWidget() is form.editors[("aware", form.schemes[0].code)].combo


def test_history_dialog_lists_changes_newest_first(qtbot, form, configured_store):
    from ui.interview.history_dialog import HistoryDialog

    pick(form.editors[("capacity", "")], 2)
    pick(form.editors[("capacity", "")], 5)
    dialog = HistoryDialog(configured_store, form.interview_id)
    qtbot.addWidget(dialog)
    first = [dialog.table.item(0, c).text() for c in range(5)]
    assert first[1].startswith("Own assessment of capacity") and first[3:5] == ["2", "5"]
    assert dialog.table.rowCount() == len(iv.history(configured_store, form.interview_id))


def test_decimals_are_shown_and_kept_exactly(qtbot, form, configured_store):
    iv.set_answer(configured_store, form.interview_id, "dev_fte", 1234.567)
    again = InterviewForm(configured_store, form.interview_id)
    qtbot.addWidget(again)
    editor = again.editors[("dev_fte", "")]
    assert editor.edit.text() == "1234.567"  # English UI in tests; bokmål shows 1234,567
    before = len(iv.history(configured_store, form.interview_id))
    editor.edit.editingFinished.emit()  # leaving the field
    again.flush()
    assert iv.get(configured_store, form.interview_id).value("dev_fte") == 1234.567
    assert len(iv.history(configured_store, form.interview_id)) == before


def test_input_that_cannot_be_saved_blocks_complete_and_close(qtbot, app, configured_store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tests.helpers import fill_required
    from ui.interview.interview_window import InterviewWindow

    interview_id = iv.create(configured_store, "1826", "2026-03-02")
    fill_required(configured_store, interview_id, iv.schemes_for(configured_store, interview_id))
    window = InterviewWindow(configured_store, interview_id)
    qtbot.addWidget(window)
    window.show()
    type_into(qtbot, window.form.editors[("dev_fte", "")], "3,5 ars")
    assert window.form.unsaved == {("dev_fte", "")}
    window.form.complete()
    assert iv.get(configured_store, interview_id).summary.status == "draft"
    assert "could not be saved" in window.form.banner.text()
    answers = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers.append(box.text()) or box.buttons()[0].click())
    window.close()  # "go back" is the first button
    assert answers and window.isVisible()
    type_into(qtbot, window.form.editors[("dev_fte", "")], "3,5")
    assert window.form.unsaved == set()
    window.close()
    assert not window.isVisible()
    assert iv.get(configured_store, interview_id).value("dev_fte") == 3.5


def test_complete_survives_a_scheme_added_while_the_form_is_open(qtbot, form, configured_store):
    from core.reference import schemes
    from core.reference.schemes import SchemeDraft
    from tests.helpers import fill_required

    fill_required(configured_store, form.interview_id, [s.code for s in form.schemes])
    schemes.add(configured_store, SchemeDraft("nyordning", "Ny", "New", "KDD", 2024))
    form.complete()
    assert "list of schemes has changed" in form.banner.text()
    assert iv.get(configured_store, form.interview_id).summary.status == "draft"


def test_typing_during_a_long_merge_is_kept_and_saved_when_the_database_is_free(qtbot, form, configured_store):
    """A merge in a worker thread holds the write lock: the autosave keeps what was typed, says so, and saves
    it when the lock is gone. Closing meanwhile would ask first (it counts as unsaved)."""
    from core.base.driver import sqlite3

    configured_store.conn.execute("PRAGMA busy_timeout = 50")  # the form's wait; 5 s in the application
    merge = sqlite3.connect(configured_store.path, isolation_level=None)
    merge.execute("BEGIN IMMEDIATE")  # what a merge transaction holds
    try:
        type_into(qtbot, form.editors[("notes", "")], "Skrevet mens pakken ble slått sammen")
        form.flush()
        assert ("notes", "") in form.unsaved and form.has_pending()
        assert "busy" in form.saved_label.text()
        assert iv.get(configured_store, form.interview_id).answers.get(("notes", "")) is None
    finally:
        merge.execute("ROLLBACK")
        merge.close()
    qtbot.waitUntil(lambda: iv.get(configured_store, form.interview_id).answers.get(("notes", ""))
                    == "Skrevet mens pakken ble slått sammen", timeout=10000)
    assert not form.unsaved and not form.has_pending()


def test_a_comment_in_the_scheme_grid_has_room_for_what_is_typed(qtbot, form):
    grid = form.grid
    header = grid.horizontalHeader()
    texts = [col for col, q in enumerate(grid.section.questions) if q.is_text]
    assert texts, "the grid has a comment column"
    assert all(header.sectionSize(col) >= 240 for col in texts)


def test_a_long_section_name_wraps_rather_than_being_cut(qtbot, form):
    from PySide6.QtCore import Qt

    sections = form.section_list
    assert sections.wordWrap() and sections.textElideMode() == Qt.TextElideMode.ElideNone
    sections.setFixedWidth(200)  # the list at its narrowest
    longest = max(range(sections.count()), key=lambda r: len(sections.item(r).text()))
    item = sections.item(longest)
    assert sections.fontMetrics().horizontalAdvance(item.text()) > sections.viewport().width(), item.text()
    sections.doItemsLayout()
    assert sections.visualItemRect(item).height() > sections.fontMetrics().height() * 1.5  # on two lines


def test_an_edit_inside_a_marked_passage_says_it_needs_review_in_sitater(qtbot, app, configured_store):
    from core.interviews import passages, themes

    interview_id = iv.create(configured_store, "1826", "2026-03-02")
    iv.set_answer(configured_store, interview_id, "notes", "Vi mangler folk 😀 og tid til søknader.")
    t = themes.create_theme(configured_store, "Kapasitet")
    passages.mark(configured_store, interview_id, "notes", "", 3, 15, [t])  # «mangler folk»
    form = InterviewForm(configured_store, interview_id)
    qtbot.addWidget(form)
    form.show()
    notes = form.editors[("notes", "")]
    notes.edit.setPlainText("Vi har folk 😀 og tid til søknader.")  # an edit that moves nothing: it touches it
    form.flush()
    assert "1 marked passage of this text needs review in Sitater" in form.saved_label.text()
    notes.edit.setPlainText("Vi har folk 😀 og tid til søknader i år.")  # after it: still one waiting
    form.flush()
    assert "1 marked passage" in form.saved_label.text()
    form.editors[("quotes", "")].edit.setPlainText("«Et sitat»")  # another text, nothing marked in it
    form.flush()
    assert form.saved_label.text().startswith("Saved") and "review" not in form.saved_label.text()
