"""What the interview form says beside its fields: a value refused in the scheme grid, a complete interview that
is read-only, the main barrier among those ticked, and the history's laptops and reasons."""

import pytest
from PySide6.QtGui import QPalette

from core import interviews as iv
from tests.helpers import fill_required
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
    editor.combo.setCurrentIndex(editor.combo.findData(value))


def test_a_value_refused_in_the_scheme_grid_is_named_under_the_grid(qtbot, form, configured_store):
    pick(form.editors[("applied", "digifin")], "ja")
    year = form.editors[("applied_year", "digifin")]
    year.edit.setFocus()
    qtbot.keyClicks(year.edit, "1990")
    year.edit.editingFinished.emit()
    assert form.grid_error.isVisibleTo(form)
    assert "Year applied: Must be 2000 or more." in form.grid_error.text()
    assert iv.get(configured_store, form.interview_id).value("applied_year", "digifin") is None
    year.edit.selectAll()
    qtbot.keyClicks(year.edit, "2021")
    year.edit.editingFinished.emit()
    assert not form.grid_error.isVisibleTo(form)


def test_missing_grid_answers_are_listed_by_scheme_and_question(qtbot, form):
    form.complete()
    lines = form.grid_error.text().splitlines()
    assert lines[0].endswith("Awareness: Required.")
    assert lines[-1].startswith("… and ") and len(lines) == 9


def test_a_complete_interview_shows_it_is_read_only_with_the_way_to_reopen(qtbot, form, configured_store):
    assert not form.lock_banner.isVisibleTo(form)
    fill_required(configured_store, form.interview_id, [s.code for s in form.schemes])
    form.complete()
    assert iv.get(configured_store, form.interview_id).summary.status == iv.COMPLETE
    assert form.lock_banner.isVisibleTo(form) and form.lock_banner.isAncestorOf(form.reopen_button)
    assert form.header.lock_label.text().startswith("Complete – reopen it to change answers")
    assert not form.content.isEnabled()
    palette = form.content.palette()
    ground = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base)
    assert ground != palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)  # not a white field to type in
    assert palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) == palette.color(
        QPalette.ColorGroup.Active, QPalette.ColorRole.Text)  # as readable as before


def test_the_main_barrier_offers_only_those_ticked(qtbot, form, configured_store):
    main = form.editors[("barrier_main", "")]
    assert [main.combo.itemData(i) for i in range(main.combo.count())] == [None]
    boxes = dict(form.editors[("barriers", "")].boxes)
    boxes["frister"].setChecked(True)
    boxes["kapasitet"].setChecked(True)
    assert [main.combo.itemData(i) for i in range(main.combo.count())] == [None, "kapasitet", "frister"]
    pick(main, "frister")
    assert iv.get(configured_store, form.interview_id).value("barrier_main") == "frister"
    boxes["frister"].setChecked(False)  # the main barrier unticked: kept, and said to be wrong beside it
    assert main.combo.currentData() == "frister"
    error = form.errors[("barrier_main", "")]
    assert error.isVisibleTo(form) and error.text().startswith("Choose one of those ticked in «What keeps")
    fill_required(configured_store, form.interview_id, [s.code for s in form.schemes])
    form.complete()
    assert iv.get(configured_store, form.interview_id).summary.status == iv.DRAFT
    assert form.banner.text().startswith("Not complete: 1 answers")
    boxes["frister"].setChecked(True)
    assert not error.isVisibleTo(form)


def test_history_names_the_coordinator_and_the_laptop_and_wraps_the_reason(qtbot, form, configured_store):
    from ui.interview.history_dialog import LAPTOP, HistoryDialog

    fill_required(configured_store, form.interview_id, [s.code for s in form.schemes])
    iv.complete(configured_store, form.interview_id)
    reason = "Kommunedirektøren ringte og rettet antall årsverk; " * 6
    iv.reopen(configured_store, form.interview_id, reason)
    dialog = HistoryDialog(configured_store, form.interview_id)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[5:] == ["Coordinator", "Laptop", "Reason"]
    assert table.item(0, 5).text() == "Kari Nordmann"
    device = configured_store.device_id
    assert table.item(0, LAPTOP).text() == f"{device[:8]} (this one)" and table.item(0, LAPTOP).toolTip() == device
    assert table.item(0, 7).text() == reason.strip()
    qtbot.waitExposed(dialog)
    assert table.wordWrap()
    qtbot.waitUntil(lambda: table.rowHeight(0) > 2 * table.fontMetrics().height())  # on several lines, not cut off
