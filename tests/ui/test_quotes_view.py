"""The Sitater view: the demo's quotes listed, search and filters, marking a selected part (positions in code
points, also with emoji), and opening the interview at the answer."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from core import demo
from core.interviews import passages, quotes, themes
from core.workspace import open_workspace
from ui.models.quote_model import COL_COUNTY, code_points
from ui.views.quotes_view import QuotesView


@pytest.fixture
def store(tmp_path):
    s = open_workspace(tmp_path / "quotes.sqlite")
    demo.make_demo(s, interviews=30, seed=1)
    yield s
    s.close()


@pytest.fixture
def view(app, qtbot, store):
    v = QuotesView(store)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    yield v
    v.shutdown()  # a read under way ends before the store is closed


def shown(view) -> list:
    return [view.model.quote(r) for r in range(view.model.rowCount())]


def utf16(text: str, n: int) -> int:
    return len(text[:n].encode("utf-16-le")) // 2


def test_code_points_of_utf16_positions():
    text = "a😅bČ🙏"
    assert [code_points(text, u) for u in (0, 1, 3, 4, 5, 7)] == [0, 1, 2, 3, 4, 5]
    assert code_points(text, 2) == 2  # inside the pair: after the emoji
    assert code_points("", 0) == 0
    for n in range(len(text) + 1):
        assert code_points(text, utf16(text, n)) == n


def test_the_view_lists_the_demo_quotes(view, store):
    expected = quotes.list_quotes(store)
    assert expected
    assert view.model.rowCount() == view.model.total_count() == len(expected)
    assert {q.key for q in shown(view)} == {q.key for q in expected}
    assert view.current() is not None
    assert view.detail.toPlainText() == view.current().text


def test_search_filters_to_the_matching_quotes(view, qtbot, store):
    word = next(w for w in quotes.list_quotes(store)[0].text.split() if len(w) > 6 and w.isalpha())
    found = quotes.search(store, word)
    assert found
    view.search.setText(word)
    qtbot.waitUntil(lambda: view.model.rowCount() == len(found))
    assert {q.key for q in shown(view)} == found
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == view.model.total_count())


def test_a_county_filter_filters(view, store):
    county = next(q.county for q in quotes.list_quotes(store) if q.county)
    view.county.setCurrentIndex(view.county.findData(county))
    rows = shown(view)
    assert rows and len(rows) < view.model.total_count()
    assert all(q.county == county for q in rows)
    name = rows[0].county_name
    assert all(view.model.index(r, COL_COUNTY).data() == name for r in range(view.model.rowCount()))



def test_a_municipality_filter_shows_its_texts_only_and_the_list_is_in_norwegian_order(view, store):
    from core.base.collation import sort_key

    listed = quotes.list_quotes(store)
    number = max({q.municipality for q in listed}, key=lambda m: sum(q.municipality == m for q in listed))
    names = [view.municipality.itemText(i) for i in range(1, view.municipality.count())]
    assert len(names) == 357 and names == sorted(names, key=sort_key)
    view.municipality.setCurrentIndex(view.municipality.findData(number))
    rows = shown(view)
    assert len(rows) == sum(q.municipality == number for q in listed) > 0
    assert all(q.municipality == number for q in rows)
    view.municipality.setCurrentIndex(0)
    assert len(shown(view)) == view.model.total_count()

def test_marking_a_selection_with_an_emoji_stores_its_code_points(view, qtbot, store):
    q = next(q for q in quotes.list_quotes(store) if any(ord(c) > 0xFFFF for c in q.text))
    view.select(q.key)
    qtbot.waitUntil(lambda: view.detail.toPlainText() == q.text)
    emoji = next(n for n, c in enumerate(q.text) if ord(c) > 0xFFFF)
    start, end = max(0, emoji - 5), emoji + 1
    cursor = view.detail.textCursor()
    cursor.setPosition(utf16(q.text, start))
    cursor.setPosition(utf16(q.text, end), QTextCursor.MoveMode.KeepAnchor)
    view.detail.setTextCursor(cursor)
    assert view.mark_button.isEnabled()
    theme = themes.create_theme(store, "Egenandel 🙏")
    passage_id = view.mark_selection([theme])
    assert passage_id
    stored = passages.get_passage(store, passage_id)
    assert (stored.start, stored.end) == (start, end)
    found = [p for p in passages.passages_of(store, q.interview_id, q.field, q.scheme) if p.id == passage_id]
    assert found[0].text == q.text[start:end] == cursor.selectedText()
    assert theme in view.current().theme_ids and view.current().key == q.key


def test_enter_and_the_button_open_the_interview_at_the_answer(view, qtbot):
    q = next(q for q in shown(view) if q.passages)
    view.select(q.key)
    p = view.pane.current()
    with qtbot.waitSignal(view.sig_open_answer) as blocker:
        view.open_button.click()
    assert blocker.args == [q.interview_id, q.field, q.scheme, p.start]  # at the passage chosen
    view.table.setFocus()
    with qtbot.waitSignal(view.sig_open_answer) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [q.interview_id, q.field, q.scheme, p.start]


def test_saves_elsewhere_are_read_at_once_when_shown_and_only_when_shown_again_when_hidden(view, qtbot, store):
    from core import interviews as iv
    from tests.helpers import make_interview

    before = view.model.total_count()
    make_interview(store, "1826", "2026-03-02", [("notes", "", "Et nytt notat fra Hattfjelldal")])
    view.data_changed()  # shown: read again once the saves pause
    qtbot.waitUntil(lambda: view.model.total_count() == before + 1, timeout=5000)
    view.hide()
    other = make_interview(store, "1804", "2026-03-03", [("notes", "", "Et notat fra Bodø")])
    view.data_changed()  # hidden: nothing is read until it is shown
    qtbot.waitUntil(lambda: view._stale, timeout=5000)
    assert view.model.total_count() == before + 1
    with qtbot.waitSignal(view.sig_loaded, timeout=5000):
        view.show()  # read again in the background, the rows shown meanwhile
    assert view.model.total_count() == before + 2 and not view._stale
    assert iv.get(store, other).value("notes") == "Et notat fra Bodø"
