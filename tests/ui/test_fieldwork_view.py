"""The Feltarbeid view: the sample with its statuses, filters, recording attempts and appointments from the
keyboard, the checks on their dates, assigning, changing the sample, the agenda, the response rates and the
calendar export."""

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from core.fieldwork import contacts, records, sample
from tests.helpers import make_interview
from ui.dialogs.contact_dialogs import AppointmentDialog, AttemptDialog
from ui.dialogs.sample_dialog import AssignDialog, ChangeSampleDialog, SampleDialog
from ui.main_window import MainWindow, View


@pytest.fixture
def sampled(configured_store):
    s = configured_store
    sample.make(s, "imported", ["1826", "1832", "1804", "0301", "5601"])
    sample.assign(s, ["1826", "1832"], "Kari Nordmann")  # this laptop's coordinator
    sample.assign(s, ["0301"], "Ola Hansen")
    make_interview(s, "1826", "2026-02-20", [("applied", "digifin", "ja")])
    contacts.add_attempt(s, "0301", "2026-03-01T09:00", "telefon", "refused", final=True)
    contacts.add_attempt(s, "1804", "2026-03-01T10:00", "epost", "no_answer", next_step="Ring igjen",
                         next_due="2026-02-27")
    contacts.add_appointment(s, "1832", "2026-03-02T13:00", place="Rådhuset")
    return s


@pytest.fixture
def view(app, qtbot, sampled):
    window = MainWindow(sampled, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.show_view(View.FIELDWORK)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.fieldwork)
    return window.fieldwork


def shown(view) -> dict[str, str]:
    """The rows on screen: number -> status as shown."""
    m = view.model
    return {m.index(r, 0).data(): m.index(r, 2).data() for r in range(m.rowCount())}


def test_the_sample_is_listed_with_its_statuses_own_municipalities_first(view):
    assert shown(view) == {"1826": "Interviewed", "1832": "Appointment", "1804": "Contacted", "0301": "Refused",
                           "5601": "Not contacted"}
    order = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert set(order[:2]) == {"1826", "1832"}  # Kari Nordmann's
    assert order[2] == "0301" and set(order[3:]) == {"1804", "5601"}  # another's, then the unassigned
    assert "Showing 5 of 5 municipalities in the sample" in view.summary.text()
    assert "Imported list" in view.summary.text()


@pytest.mark.parametrize("combo,value,numbers", [
    ("status", "refused", {"0301"}), ("status", "open", {"1832", "1804", "5601"}),
    ("coordinator", "\x00mine", {"1826", "1832"}), ("coordinator", "\x00nobody", {"1804", "5601"}),
    ("coordinator", "Ola Hansen", {"0301"}), ("county", "18", {"1826", "1832", "1804"}), ("rural", False, {"1804", "0301", "5601"}),
])
def test_filters(view, combo, value, numbers):
    widget = getattr(view, combo)
    widget.setCurrentIndex(widget.findData(value))
    assert set(shown(view)) == numbers


def test_search_by_name_or_number(view, qtbot):
    qtbot.keyClicks(view.search, "bod")
    assert set(shown(view)) == {"1804"}
    view.search.setText("18")
    assert set(shown(view)) == {"1826", "1832", "1804"}


def test_the_detail_shows_the_whole_contact_history_and_the_interviews(view):
    view.select_municipality("1826")
    assert view.detail.interviews.count() == 1
    view.select_municipality("1804")
    history = view.detail.history
    assert history.topLevelItemCount() == 1
    item = history.topLevelItem(0)
    assert item.text(0) == "01.03.2026 10:00" and item.text(2) == "No answer"
    assert "next: Ring igjen (27.02.2026)" in item.text(3)


def test_an_attempt_takes_a_few_keystrokes(view, qtbot, sampled):
    view.select_municipality("5601")

    seen = []

    def type_it():
        dialog = QApplication.activeModalWidget()
        try:
            seen.append((type(dialog).__name__, dialog.focusWidget() is dialog.channel))  # where typing begins
            qtbot.keyClick(dialog.focusWidget(), "t")  # Telefon
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            seen.append(dialog.focusWidget() is dialog.outcome)
            qtbot.keyClick(dialog.focusWidget(), "r")  # Reached
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # a failed step must not leave the dialog waiting
                dialog.reject()

    QTimer.singleShot(0, type_it)
    view.new_attempt()  # what Ctrl+K does (the shortcut itself: test_the_keys_of_the_view)
    assert seen == [("AttemptDialog", True), True]
    (attempt,) = contacts.attempts(sampled, "5601")
    assert (attempt.get("channel"), attempt.get("outcome"), attempt.get("final")) == ("telefon", "reached", False)
    assert attempt.get("at") == "2026-03-02T" + attempt.get("at")[11:]  # today, by the store's clock
    assert shown(view)["5601"] == "Contacted"


def test_an_attempt_dated_in_the_future_is_saved_only_when_confirmed(app, qtbot, sampled, monkeypatch):
    dialog = AttemptDialog(sampled, "5601")
    qtbot.addWidget(dialog)
    dialog.date.setText("09.03.2026")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    dialog.accept()
    assert "later than now" in asked[0] and contacts.attempts(sampled, "5601") == []
    assert dialog.isVisible() or dialog.result() == 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.accept()
    assert [a.get("at")[:10] for a in contacts.attempts(sampled, "5601")] == ["2026-03-09"]


def test_an_attempt_before_the_fieldwork_began_asks_too(app, qtbot, sampled, monkeypatch):
    dialog = AttemptDialog(sampled, "5601")
    qtbot.addWidget(dialog)
    dialog.date.setText("01.12.2025")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    dialog.accept()
    assert "before the fieldwork began" in asked[0] and contacts.attempts(sampled, "5601") == []


@pytest.mark.parametrize("date,time,words", [("31.02.2026", "09:00", "Write the date as dd.mm.yyyy"),
                                             ("02.03.2026", "25:00", "Write the date as dd.mm.yyyy"),
                                             ("", "09:00", "Write the date")])
def test_a_date_or_time_that_does_not_exist_is_refused_in_the_dialog(app, qtbot, sampled, date, time, words):
    dialog = AttemptDialog(sampled, "5601")
    qtbot.addWidget(dialog)
    dialog.date.setText(date)
    dialog.time.setText(time)
    dialog.accept()
    assert words in dialog.error.text() and contacts.attempts(sampled, "5601") == []


def test_a_refusal_is_final_unless_unticked_and_an_attempt_can_be_changed(app, qtbot, sampled):
    dialog = AttemptDialog(sampled, "5601")
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("refused"))
    assert dialog.final.isChecked()
    dialog.name.setText("Per Rådmann")
    dialog.accept()
    (attempt,) = contacts.attempts(sampled, "5601")
    assert attempt.get("final") and attempt.get("name") == "Per Rådmann"
    again = AttemptDialog(sampled, "5601", attempt)
    qtbot.addWidget(again)
    assert again.outcome.currentData() == "refused" and again.name.text() == "Per Rådmann"
    again.outcome.setCurrentIndex(again.outcome.findData("postponed"))
    again.accept()
    assert records.get(sampled, attempt.id).get("outcome") == "postponed"


def test_an_appointment_and_the_agenda(view, qtbot, sampled):
    dialog = AppointmentDialog(sampled, "5601")
    qtbot.addWidget(dialog)
    dialog.date.setText("04.03.2026")
    dialog.place.setText("Teams")
    dialog.accept()
    view.refresh()
    agenda = view.agenda
    today, week, overdue = (agenda.topLevelItem(n) for n in range(3))
    assert today.text(0) == "Today (1)" and today.child(0).text(1).startswith("Hemnes")
    assert week.child(0).text(2) == "Teams"
    assert overdue.child(0).text(2) == "Ring igjen"
    agenda.itemActivated.emit(overdue.child(0), 0)
    assert view.tabs.currentIndex() == 0 and view.current_number() == "1804"


def test_assigning_several_at_once(view, qtbot, sampled, monkeypatch):
    view.coordinator.setCurrentIndex(view.coordinator.findData("\x00nobody"))
    view.table.selectAll()
    assert sorted(view.selected_numbers()) == ["1804", "5601"]
    dialog = AssignDialog(sampled, view.selected_numbers(), view)
    qtbot.addWidget(dialog)
    dialog.coordinator.setCurrentText("Siv Åsheim")
    dialog.accept()
    view.refresh()
    view.coordinator.setCurrentIndex(view.coordinator.findData("Siv Åsheim"))
    assert set(shown(view)) == {"1804", "5601"}


def test_changing_the_sample_needs_a_reason(app, qtbot, sampled):
    dialog = ChangeSampleDialog(sampled, None)
    qtbot.addWidget(dialog)
    dialog.municipality.setText("Alstahaug (1820)")
    dialog.accept()
    assert "reason" in dialog.error.text() and "1820" not in sample.members(sampled)
    dialog.reason.setText("Erstatter Oslo")
    dialog.accept()
    assert "1820" in sample.members(sampled)
    drop = ChangeSampleDialog(sampled, "0301")
    qtbot.addWidget(drop)
    drop.reason.setText("Takket nei")
    drop.accept()
    assert "0301" not in sample.members(sampled)


def test_the_changes_of_the_sample_are_shown_with_their_reasons(view, sampled):
    sample.set_member(sampled, "1820", True, "Erstatter Oslo")
    view.refresh()
    assert "1 later change(s)" in view.summary.text()
    assert "Alstahaug added by Kari Nordmann: Erstatter Oslo" in view.summary.toolTip()


def test_the_sample_dialog_draws_and_imports_with_a_report(app, qtbot, configured_store, tmp_path):
    s = configured_store
    dialog = SampleDialog(s)
    qtbot.addWidget(dialog)
    dialog.draw.setChecked(True)
    dialog.sizes[6].setValue(4)
    dialog.sizes[1].setValue(2)
    dialog.seed.setValue(11)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.text() == "&Draw 6 municipalities"
    dialog.by_county.setText("6/03:1")
    dialog.accept()
    assert "stratum 6/03: 1 asked, only 0 there" in dialog.error.text() and sample.members(s) == []
    dialog.by_county.clear()
    dialog.accept()
    assert len(sample.members(s)) == 6 and sample.design(s).seed == 11
    listing = tmp_path / "liste.csv"
    listing.write_bytes("kommunenr;navn\n1826;x\n9999;y\n301;Oslo\n".encode("cp1252"))
    again = SampleDialog(s)
    qtbot.addWidget(again)
    again.imported.setChecked(True)
    again.read(listing)
    assert again.report_table.rowCount() == 2  # the unknown number and the one read with its leading zero
    assert again.report_table.item(0, 3).text() == "not in the study's registry"
    ok = again.buttons.button(again.buttons.StandardButton.Ok)
    assert ok.text() == "Im&port 2 valid rows" and ok.isEnabled()
    again.accept()
    assert sample.members(s) == ["0301", "1826"] and sample.design(s).source == "liste.csv"


def test_a_list_that_cannot_be_read_is_named_and_nothing_taken(app, qtbot, configured_store, tmp_path):
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    dialog = SampleDialog(configured_store)
    qtbot.addWidget(dialog)
    dialog.imported.setChecked(True)
    dialog.read(path)
    assert "tom.csv: it holds no rows" in dialog.file_label.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_the_response_rates_by_grouping(view):
    rates = view.rates
    view.tabs.setCurrentWidget(rates)
    table = rates.rates
    last = table.rowCount() - 1
    assert table.item(last, 0).text() == "All" and table.item(last, 1).text() == "5"
    assert table.item(last, 8).text() == "20 %"  # Hattfjelldal of five
    rates.grouping.setCurrentIndex(rates.grouping.findData("coordinator"))
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Kari Nordmann", "Ola Hansen",
                                                                          "(unassigned)", "All"]
    assert "AAPOR" in rates.rule.text()


def test_the_response_rate_chart_is_one_click_away(view, qtbot):
    window = view.window()
    view.rates.sig_show_chart.emit("response")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.charts)
    assert window.charts.kind == "response"


def test_removing_an_attempt_asks_first(view, sampled, monkeypatch):
    view.select_municipality("1804")
    (attempt,) = contacts.attempts(sampled, "1804")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not view.remove_record("attempt", attempt.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.remove_record("attempt", attempt.id)
    assert contacts.attempts(sampled, "1804") == [] and shown(view)["1804"] == "Not contacted"


def test_a_fieldwork_change_travels_through_the_hub_and_is_read_once(view, qtbot, sampled, monkeypatch):
    window = view.window()
    refreshes = []
    read = view.refresh
    monkeypatch.setattr(view, "refresh", lambda: (refreshes.append(1), read()))
    view.select_municipality("1804")
    (attempt,) = contacts.attempts(sampled, "1804")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.hub.sig_fieldwork_changed, timeout=1000):
        view.remove_record("attempt", attempt.id)
    assert refreshes == [1] and shown(view)["1804"] == "Not contacted"
    window.show_view(View.INTERVIEWS)
    contacts.add_attempt(sampled, "5601", "2026-03-01T11:00", "telefon", "reached")
    window.hub.sig_fieldwork_changed.emit()  # as Konflikter says when a fieldwork conflict is settled there
    assert refreshes == [1]  # not shown: read when shown next
    window.show_view(View.FIELDWORK)
    assert refreshes == [1, 1] and shown(view)["5601"] == "Contacted"


def test_the_appointments_as_a_calendar_file(view, tmp_path, monkeypatch):
    target = tmp_path / "avtaler"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "iCalendar (*.ics)"))
    assert view.export_calendar() == tmp_path / "avtaler.ics"
    assert "LOCATION:Rådhuset" in (tmp_path / "avtaler.ics").read_text(encoding="utf-8")


def test_the_view_follows_interviews_saved_elsewhere(view, qtbot, sampled):
    make_interview(sampled, "5601", "2026-03-02", [("applied", "digifin", "nei")])
    view.window().hub.sig_interviews_changed.emit()
    assert shown(view)["5601"] == "Interviewed"


def test_an_interview_saved_again_and_again_is_read_once_the_saves_pause(view, qtbot, sampled, monkeypatch):
    refreshes = []
    read = view.refresh
    monkeypatch.setattr(view, "refresh", lambda: (refreshes.append(1), read()))
    make_interview(sampled, "5601", "2026-03-02", [("applied", "digifin", "nei")])
    for _ in range(3):  # the autosave of one interview, three pauses in the typing
        view.window().hub.sig_interview_changed.emit("some-interview")
    assert shown(view)["5601"] == "Not contacted" and not refreshes
    qtbot.waitUntil(lambda: shown(view)["5601"] == "Interviewed", timeout=3000)
    qtbot.wait(100)
    assert refreshes == [1]


def test_a_refresh_shows_the_chosen_municipality_and_the_summary_once(view, monkeypatch):
    view.select_municipality("1804")
    calls = []
    show_row, show_summary = view.detail.show_row, view._show_summary
    monkeypatch.setattr(view.detail, "show_row", lambda row: (calls.append(row and row.number), show_row(row)))
    monkeypatch.setattr(view, "_show_summary", lambda: (calls.append("summary"), show_summary()))
    view.refresh()
    assert calls == ["1804", "summary"] and view.current_number() == "1804"


def test_typing_a_filter_reads_the_database_only_for_another_municipality(view, sampled):
    view.select_municipality("0301")
    statements = []
    sampled.conn.set_trace_callback(statements.append)
    try:
        view.search.setText("18")  # 1826 first: its history is read
        assert view.current_number() == "1826" and statements
        statements.clear()
        view.search.setText("182")  # 1826 still first: nothing is read again
        assert view.current_number() == "1826" and statements == []
    finally:
        sampled.conn.set_trace_callback(None)
    assert "Showing 1 of 5" in view.summary.text()


def test_the_keys_of_the_view(view, qtbot, monkeypatch):
    called = []
    monkeypatch.setattr(view, "new_attempt", lambda: called.append("attempt"))
    monkeypatch.setattr(view, "new_appointment", lambda: called.append("appointment"))
    monkeypatch.setattr(view, "assign", lambda: called.append("assign"))
    for shortcut in view.findChildren(__import__("PySide6.QtGui", fromlist=["QShortcut"]).QShortcut):
        if shortcut.key().toString() in ("Ctrl+K", "Ctrl+Shift+K", "Ctrl+T"):
            shortcut.activated.emit()
    assert sorted(called) == ["appointment", "assign", "attempt"]


def mnemonics(window) -> list[str]:
    """The Alt letters of what the window shows now: menus, labels, buttons, boxes and tabs."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    texts = [a.text() for a in window.menuBar().actions()] if hasattr(window, "menuBar") else []
    for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if w.isVisibleTo(window):
            texts.append(w.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(n) for n in range(bar.count())]
    letters = []
    for text in texts:
        found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
        if found:
            letters.append(found.group(1).casefold())
    return letters


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_every_alt_letter_of_the_view_is_unique_in_each_tab(app, qtbot, sampled, lang):
    from ui.support import i18n

    i18n.install(app, lang)
    window = MainWindow(sampled, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.show_view(View.FIELDWORK)
    view = window.fieldwork
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        letters = mnemonics(window)
        duplicates = sorted({x for x in letters if letters.count(x) > 1})
        assert duplicates == [], (view.tabs.tabText(tab), duplicates)


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize("make", [
    lambda s: AttemptDialog(s, "1826"), lambda s: AppointmentDialog(s, "1826"), lambda s: SampleDialog(s),
    lambda s: ChangeSampleDialog(s, None), lambda s: AssignDialog(s, ["1826"]),
], ids=["attempt", "appointment", "sample", "change", "assign"])
def test_every_alt_letter_of_the_fieldwork_dialogs_is_unique(app, qtbot, sampled, lang, make):
    from ui.support import i18n

    i18n.install(app, lang)
    dialog = make(sampled)
    qtbot.addWidget(dialog)
    dialog.show()
    letters = mnemonics(dialog)
    assert len(letters) >= 3 and sorted({x for x in letters if letters.count(x) > 1}) == []


def test_a_coordinator_name_too_long_is_refused_with_a_message(app, qtbot, sampled, monkeypatch):
    dialog = AssignDialog(sampled, ["1804"])
    qtbot.addWidget(dialog)
    assert dialog.coordinator.lineEdit().maxLength() == 200
    monkeypatch.setattr(sample, "assign", lambda *a: (_ for _ in ()).throw(
        __import__("core.base.errors", fromlist=["ValidationError"]).ValidationError({"coordinator": "too_long"})))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    dialog.accept()
    assert warned == ["Too long."] and dialog.result() == 0


def test_dropping_the_chosen_municipality_keeps_the_filters(view, qtbot, sampled, monkeypatch):
    view.county.setCurrentIndex(view.county.findData("18"))
    view.select_municipality("1832", clear_filters=False)
    dialog_accepts = []

    def drop(self):
        sample.set_member(sampled, "1832", False, "Takket nei")
        dialog_accepts.append(True)
        return True

    monkeypatch.setattr(ChangeSampleDialog, "exec", drop)
    assert view.change_sample(adding=False)
    assert view.county.currentData() == "18" and set(shown(view)) == {"1826", "1804"}


def test_a_conflict_settled_in_feltarbeid_leaves_konflikter(view, qtbot, sampled, tmp_path, monkeypatch, clock):
    from core.sync import merge as mg
    from core.sync.package import make_package
    from core.workspace import open_workspace

    other = open_workspace(tmp_path / "b.sqlite", clock=clock)
    make_package(sampled, tmp_path / "a.feltkart")
    mg.merge(other, [tmp_path / "a.feltkart"])
    sample.assign(other, ["1804"], "Siv")
    sample.assign(sampled, ["1804"], "Kari Nordmann")
    make_package(other, tmp_path / "b.feltkart")
    monkeypatch.setattr(__import__("ui.packages", fromlist=["x"]).MergeReportDialog, "exec", lambda self: 0)
    window = view.window()
    window.merge_packages([tmp_path / "b.feltkart"])
    qtbot.waitUntil(lambda: window.conflict_count == 1, timeout=30000)
    window.show_view(View.CONFLICTS)
    conflicts = window.conflicts
    assert conflicts.list.count() == 1
    window.show_view(View.FIELDWORK)
    view.select_municipality("1804")
    sample.assign(sampled, ["1804"], "Ola Hansen")  # a choice made here replaces both values
    view.sig_changed.emit()
    assert conflicts.list.count() == 0 and window.conflict_count == 0
    conflicts.use_chosen()  # a stale click changes nothing and raises nothing
    other.close()
