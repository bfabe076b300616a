"""The Intervjuer list: filters, text search, trash, the new-interview dialog and its duplicate guard."""

import pytest
from PySide6.QtWidgets import QMessageBox

from core import demo
from core import interviews as iv
from core.reference import study
from ui.models.interview_model import InterviewFilterProxy, InterviewTableModel
from ui.views.interviews_view import InterviewsView


@pytest.fixture
def demo_store(configured_store):
    demo.make_demo(configured_store, interviews=120, seed=5)
    return configured_store


def visible_ids(view):
    return {view.model.interview(view.proxy.mapToSource(view.proxy.index(r, 0)).row()).id
            for r in range(view.proxy.rowCount())}


def test_model_and_filters_against_the_store(app, demo_store):
    rows = iv.list_interviews(demo_store)
    model = InterviewTableModel()
    model.set_rows(rows)
    proxy = InterviewFilterProxy(study.load(demo_store).rural_definition.classes)
    proxy.setSourceModel(model)
    assert proxy.rowCount() == len(rows)
    proxy.set_filter(status="draft")
    assert proxy.rowCount() == sum(r.status == "draft" for r in rows)
    proxy.set_filter(status=None, county="18", rural=True)
    assert proxy.rowCount() == sum(r.county_number == "18" and r.centrality_class in (5, 6) for r in rows)
    proxy.set_filter(rural_classes=frozenset({4, 5, 6}))  # the study changes its definition (KDD's)
    assert proxy.rowCount() == sum(r.county_number == "18" and r.centrality_class in (4, 5, 6) for r in rows)
    proxy.set_filter(county=None, rural=None, coordinator="Aslak Somby", centrality_class=6)
    assert proxy.rowCount() == sum(r.coordinator == "Aslak Somby" and r.centrality_class == 6 for r in rows)


def test_view_search_and_combos(app, qtbot, demo_store):
    view = InterviewsView(demo_store)
    qtbot.addWidget(view)
    total = view.proxy.rowCount()
    assert view.count_label.text() == f"Showing {total} of {total} interviews"
    view.status.setCurrentIndex(view.status.findData("draft"))
    assert all(view.model.interview(view.proxy.mapToSource(view.proxy.index(r, 0)).row()).status == "draft"
               for r in range(view.proxy.rowCount()))
    view.status.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "kaffekoppen")
    expected = iv.search(demo_store, "kaffekoppen") - {s.id for s in iv.list_interviews(demo_store, trash=True)}
    assert expected
    qtbot.waitUntil(lambda: visible_ids(view) == expected)
    view.search.clear()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == total)


def test_delete_to_trash_and_restore(app, qtbot, demo_store):
    view = InterviewsView(demo_store)
    qtbot.addWidget(view)
    view.select(view.model.interview(0).id)
    victim = view.current_id()
    view.delete_button.click()
    assert victim not in visible_ids(view)
    view.trash.setChecked(True)
    assert victim in visible_ids(view)
    view.select(victim)
    view.restore_button.click()
    view.trash.setChecked(False)
    assert victim in visible_ids(view)


def test_new_interview_dialog_creates_and_guards_duplicates(app, qtbot, configured_store, monkeypatch):
    from ui.dialogs.new_interview_dialog import NewInterviewDialog

    dialog = NewInterviewDialog(configured_store)
    qtbot.addWidget(dialog)
    dialog.municipality.edit.setText("Bodø")
    dialog.date.edit.setText("05.05.2026")
    dialog.accept()
    first = dialog.created_id
    assert iv.get(configured_store, first).summary.municipality == "1804"

    again = NewInterviewDialog(configured_store)
    qtbot.addWidget(again)
    again.municipality.edit.setText("1804")
    again.date.edit.setText("5.5.2026")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: next(b for b in box.buttons() if b.text() == "Open the existing one").click())
    again.accept()
    assert again.created_id is None and again.open_existing_id == first
    assert len(iv.list_interviews(configured_store)) == 1

    bad = NewInterviewDialog(configured_store)
    qtbot.addWidget(bad)
    bad.municipality.edit.setText("Atlantis")
    bad.accept()
    assert bad.created_id is None and "Not a municipality" in bad.error.text()
    bad.municipality.edit.setText("Bodø (1804)")
    bad.date.edit.setText("30.02.2026")
    bad.accept()
    assert bad.created_id is None and bad.error.text() == "A date that exists, written dd.mm.yyyy."


def test_main_window_opens_an_interview_from_the_list(app, qtbot, demo_store):
    from ui.main_window import MainWindow

    window = MainWindow(demo_store, remember_state=False)
    qtbot.addWidget(window)
    view = window.interviews
    view.select(view.model.interview(3).id)
    view.open_button.click()
    interview_id = view.current_id()
    assert interview_id in window.interview_windows
    form = window.interview_windows[interview_id].form
    assert form.title.text().startswith(view.model.interview(3).municipality_name)
    # an autosave in the form updates the list row
    if form._status == "complete":
        iv.reopen(demo_store, interview_id, "test")
        form._update_header(iv.get(demo_store, interview_id).summary)
    form.editors[("notes", "")].edit.setPlainText("oppdatert")
    form.flush()
    row = view.model.row_of(interview_id)
    assert view.model.interview(row).status == "draft"
    window.close()
    assert window.interview_windows == {}
