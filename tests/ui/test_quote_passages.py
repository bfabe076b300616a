"""The Sitater view beside a quote: its marked passages (themes, citable, review), changing themes, citable and
consent, removing a marking, settling a passage flagged for review; the filters of scheme, type, dates and
review; the theme editor and chart from the view; the interview opened at the answer; Alt letters."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from core import interviews as iv
from core.base.errors import NotFoundError
from core.interviews import passages, themes
from tests.helpers import make_interview
from tests.ui.modal import answer, click
from ui.main_window import MainWindow, View
from ui.support import i18n
from ui.views.quotes_view import QuotesView

TEXT = "Vi har ikke folk til å søke 🙏, og fristene er for korte for en liten kommune."
COMMENT = "Nyttig, men mye rapportering for en liten kommune"
SECOND = (TEXT.index(", og"), TEXT.index(" for en"))  # after the emoji


@pytest.fixture
def coded(configured_store):
    s = configured_store
    a = make_interview(s, "1826", "2026-03-02", [("quotes", "", TEXT), ("scheme_comment", "digifin", COMMENT)],
                       status="draft")
    b = make_interview(s, "0301", "2026-04-10", [("notes", "", "Oslo har egne folk til søknader"),
                                                 ("consent", "", "nei")])
    capacity, deadlines = themes.create_theme(s, "Kapasitet"), themes.create_theme(s, "Frister")
    first = passages.mark(s, a, "quotes", "", 0, 11, [capacity])
    second = passages.mark(s, a, "quotes", "", *SECOND, [deadlines])
    passages.mark(s, b, "notes", "", 0, 4, [capacity])
    return s, a, b, capacity, deadlines, first, second


@pytest.fixture
def view(app, qtbot, coded):
    v = QuotesView(coded[0])
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    v.select((coded[1], "quotes", ""))
    yield v
    v.shutdown()  # a read under way ends before the store is closed


def rows(view) -> list[list[str]]:
    lst = view.pane.list
    return [[lst.topLevelItem(n).text(c) for c in range(4)] for n in range(lst.topLevelItemCount())]


def keys(view) -> set:
    return {view.model.quote(r).key for r in range(view.model.rowCount())}


def underlined(view) -> list[str]:
    return [m.cursor.selectedText() for m in view.detail.extraSelections() if m.format.fontUnderline()]


def test_the_passages_of_the_chosen_text_are_listed_and_the_chosen_one_underlined(view, coded):
    assert rows(view) == [["«Vi har ikke»", "Kapasitet", "Yes", "OK"],
                          ["«, og fristene er for korte»", "Frister", "Yes", "OK"]]
    assert len(view.detail.extraSelections()) == 2 and underlined(view) == ["Vi har ikke"]
    view.pane.list.setCurrentItem(view.pane.list.topLevelItem(1))
    assert underlined(view) == [", og fristene er for korte"]
    cursor = view.detail.textCursor()
    cursor.setPosition(3)  # a click in the first passage chooses it
    view.detail.setTextCursor(cursor)
    assert view.pane.current().id == coded[5] and underlined(view) == ["Vi har ikke"]


def test_enter_in_the_list_changes_the_themes(view, qtbot, coded):
    store, *_, capacity, deadlines, first, _second = coded

    def choose(dialog):
        assert dialog.windowTitle() == "Themes of the passage" and dialog.theme_ids() == [capacity]
        for n in range(dialog.list.count()):
            item = dialog.list.item(n)
            item.setCheckState(Qt.CheckState.Checked if item.text() == "Frister" else Qt.CheckState.Unchecked)
        dialog.accept()

    answer([choose])
    view.pane.list.setFocus()
    with qtbot.waitSignal(view.sig_coding_changed):
        qtbot.keyClick(view.pane.list, Qt.Key.Key_Return)
    assert passages.get_passage(store, first).theme_ids == (deadlines,)
    assert rows(view)[0][1] == "Frister" and view.pane.current().id == first


def test_space_toggles_citable_and_consent_governs(view, qtbot, coded):
    store, a, b, *_ , first, _second = coded
    view.pane.list.setFocus()
    qtbot.keyClick(view.pane.list, Qt.Key.Key_Space)
    assert not passages.get_passage(store, first).citable and rows(view)[0][2] == "No"
    assert view.pane.citable.isEnabled() and not view.pane.citable.isChecked()
    view.pane.citable.click()
    assert passages.get_passage(store, first).citable
    view.select((b, "notes", ""))
    assert rows(view)[0][2] == "No: no consent"
    assert not view.pane.citable.isEnabled() and "no consent" in view.pane.note.text()
    assert "never be cited" in view.pane.citable.toolTip()


def test_removing_a_marking_asks_first(view, qtbot, coded):
    store, a, *_rest = coded
    first = coded[5]
    answer([click("Cancel")])
    view.pane.list.setFocus()
    qtbot.keyClick(view.pane.list, Qt.Key.Key_Delete)
    assert passages.get_passage(store, first)
    texts = []
    answer([lambda box: (texts.append(box.text()), click("Remove")(box))])
    view.pane.remove_button.click()
    with pytest.raises(NotFoundError):
        passages.get_passage(store, first)
    assert texts[0].startswith("Remove the marking of «Vi har ikke»?")
    assert len(rows(view)) == 1 and view.current().passages == 1


def test_a_passage_flagged_for_review_is_settled_where_it_stands_or_to_the_selection(view, qtbot, coded):
    store, a, *_rest = coded
    first = coded[5]
    iv.set_answer(store, a, "quotes", TEXT.replace("ikke", "ikkje"))  # an edit inside the first passage
    with qtbot.waitSignal(view.sig_loaded):
        view.refresh()
    assert rows(view)[0][3] == "Review" and view.pane.settle_button.isEnabled()
    view.review.setChecked(True)
    assert keys(view) == {(a, "quotes", "")}
    seen = []
    answer([lambda box: (seen.append(box.text()), click("Keep it where it stands")(box))])
    view.pane.settle_button.click()
    assert "Stands now: «Vi har ikkj»" in seen[0] and "select the words" in seen[0]
    assert passages.get_passage(store, first).status == "ok"
    assert keys(view) == set()  # nothing waits for review now
    view.review.setChecked(False)
    view.select((a, "quotes", ""))

    iv.set_answer(store, a, "quotes", TEXT.replace("ikke", "ikke nå"))
    with qtbot.waitSignal(view.sig_loaded):
        view.refresh()
    assert view.pane.current().status == "review"
    cursor = view.detail.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("Vi har ikke nå"), QTextCursor.MoveMode.KeepAnchor)
    view.detail.setTextCursor(cursor)
    answer([click("Use the selected text")])
    view.pane.settle_button.click()
    settled = passages.get_passage(store, first)
    assert (settled.start, settled.end, settled.status, settled.text) == (0, 14, "ok", "Vi har ikke nå")


def test_the_filters_of_scheme_type_dates_and_review(view, coded):
    store, a, b, *_rest = coded
    everything = keys(view)
    assert everything == {(a, "quotes", ""), (a, "scheme_comment", "digifin"), (b, "notes", "")}
    view.scheme.setCurrentIndex(view.scheme.findData("digifin"))
    assert keys(view) == {(a, "scheme_comment", "digifin")}
    view.scheme.setCurrentIndex(view.scheme.findData(""))
    assert keys(view) == {(a, "quotes", ""), (b, "notes", "")}
    view.kind.setCurrentIndex(view.kind.findData("quote"))
    assert keys(view) == {(a, "quotes", "")}
    view.kind.setCurrentIndex(view.kind.findData("note"))
    view.scheme.setCurrentIndex(0)
    assert keys(view) == {(a, "scheme_comment", "digifin"), (b, "notes", "")}
    view.kind.setCurrentIndex(0)
    view.date_from.setText("1.4.2026")
    view.date_from.editingFinished.emit()
    assert keys(view) == {(b, "notes", "")}
    view.date_to.setText("31.02.2026")
    view.date_to.editingFinished.emit()
    assert keys(view) == {(b, "notes", "")} and "is not a date" in view.filter_message.text()
    assert "dd.mm.yyyy" in view.date_to.toolTip()
    view.date_to.setText("01.03.2026")
    view.date_to.editingFinished.emit()
    assert keys(view) == set() and "is before" in view.filter_message.text()
    view.date_from.clear()
    view.date_to.setText("02.03.2026")
    view.date_to.editingFinished.emit()
    assert keys(view) == {(a, "quotes", ""), (a, "scheme_comment", "digifin")} and not view.filter_message.text()
    view.date_to.clear()
    view.date_to.editingFinished.emit()
    view.review.setChecked(True)
    assert keys(view) == set()


def test_the_theme_editor_and_the_chart_from_the_view(view, qtbot, coded):
    store = coded[0]

    def add(dialog):
        dialog.starting_button.click()
        dialog.reject()

    answer([add])
    with qtbot.waitSignal(view.sig_coding_changed):
        view.themes_button.click()
    names = [view.theme.itemText(n).strip() for n in range(view.theme.count())]
    assert "Barriers" in names and len(names) == 2 + len(themes.list_themes(store))
    with qtbot.waitSignal(view.sig_show_chart) as blocker:
        view.chart_button.click()
    assert blocker.args == ["themes"]


def test_the_interview_opens_at_the_answer_with_the_cursor_in_its_text(app, qtbot, coded):
    store, a, b, *_rest = coded
    window = MainWindow(store, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.show_view(View.QUOTES)
    view = window.quotes
    view.select((a, "quotes", ""))
    view.pane.list.setCurrentItem(view.pane.list.topLevelItem(1))  # «, og fristene …» after the emoji
    view.open_current()
    form = window.interview_windows[a].form
    edit = form.editors[("quotes", "")].edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    assert edit.textCursor().position() == SECOND[0] + 1  # in UTF-16 units the emoji before it is two
    viewport = form.scroll.viewport()
    assert viewport.rect().contains(edit.mapTo(viewport, edit.rect().center()))
    view.select((a, "scheme_comment", "digifin"))
    view.detail.selectAll()
    view.open_current()  # the window already open: the answer comes forward
    cell = form.editors[("scheme_comment", "digifin")].edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cell)
    assert cell.cursorPosition() == 0
    window.interview_windows[a].close()
    view.select((b, "notes", ""))
    view.open_current()  # a complete interview takes no input: the answer in view, the focus in its sections
    other = window.interview_windows[b].form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other.section_list)
    notes = other.editors[("notes", "")]
    assert other.scroll.viewport().rect().contains(notes.mapTo(other.scroll.viewport(), notes.rect().center()))
    window.interview_windows[b].close()


def letters(window) -> list[str]:
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [w.text() for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel)
              if w.isVisibleTo(window)]
    return [m.group(1).casefold() for t in texts if (m := re.search(r"(?<!&)&([^&\s])", t.replace("&&", "")))]


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_every_alt_letter_of_the_view_is_its_own(app, qtbot, coded, lang):
    i18n.install(app, lang)
    window = MainWindow(coded[0], remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.show_view(View.QUOTES)
    window.quotes.select((coded[1], "quotes", ""))
    found = letters(window)
    assert len(found) >= 20 and sorted({x for x in found if found.count(x) > 1}) == [], found
    window.close()


def test_a_text_deleted_under_its_passages_is_listed_and_its_markings_can_be_removed(view, qtbot, coded):
    store, a, *_rest = coded
    iv.set_answer(store, a, "quotes", "")  # the quote deleted: both passages wait for review
    with qtbot.waitSignal(view.sig_loaded):
        view.refresh()
    view.review.setChecked(True)
    assert keys(view) == {(a, "quotes", "")}
    view.select((a, "quotes", ""))
    assert view.model.display(view.current(), 0) == "(text deleted: its marked passages need review)"
    assert [r[3] for r in rows(view)] == ["Review", "Review"]
    for _ in range(2):
        answer([click("Remove")])
        view.pane.remove_button.click()
    assert keys(view) == set() and passages.passages_of(store, a, "quotes", "") == []
