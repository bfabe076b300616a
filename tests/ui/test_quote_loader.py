"""The Sitater view's rows read without keeping the window waiting: the newest interviews' quotes at once, the
rest in the background; a marking during a read is not undone by the read's older rows; a read that fails
says so; a read stopped (the window closing, the file re-written) shows nothing and is made again when the
store is opened again; a
marking's interview redrawn in place."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from core import demo
from core.base.driver import sqlite3
from core.interviews import quotes, themes
from core.workspace import open_workspace
from ui.models.quote_model import COL_DATE, COL_THEMES, QuoteTableModel
from ui.views import quote_loader
from ui.views.quotes_view import QuotesView

FIRST = 5


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(quote_loader, "FIRST_SCREEN", FIRST)
    s = open_workspace(tmp_path / "quotes.sqlite")
    demo.make_demo(s, interviews=30, seed=3)
    yield s
    s.close()


@pytest.fixture
def gate(monkeypatch):
    """The background read held after it has read its rows, until the test lets it end."""
    read, go = threading.Event(), threading.Event()
    real = quotes.list_quotes

    def held(store, interview_ids=None):
        rows = real(store, interview_ids)
        if interview_ids is None and threading.current_thread() is not threading.main_thread():
            read.set()
            assert go.wait(30)
        return rows

    monkeypatch.setattr(quotes, "list_quotes", held)
    return read, go


@pytest.fixture
def made(qtbot):
    """The views a test makes (``make``), their reads under way stopped before the store is closed."""
    views: list[QuotesView] = []
    yield views
    for view in views:
        view.shutdown()


@pytest.fixture
def make(qtbot, made):
    def make(store) -> QuotesView:
        view = QuotesView(store)
        qtbot.addWidget(view)
        made.append(view)
        view.resize(1200, 700)
        view.show()
        return view
    return make


def shown(view) -> list:
    return [view.model.quote(r) for r in range(view.model.rowCount())]


def test_the_newest_interviews_come_at_once_and_the_rest_in_the_background(app, qtbot, store, make):
    every = quotes.list_quotes(store)
    view = make(store)
    first = shown(view)
    assert {q.interview_id for q in first} == set(quotes.latest_interviews(store, FIRST))
    assert 0 < len(first) < len(every)
    assert "reading the rest" in view.count_label.text()
    view.select(first[2].key)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        pass
    rows = shown(view)
    assert {q.key for q in rows} == {q.key for q in every} and len(rows) == len(every)
    assert rows[:len(first)] == first  # the first screenful is the top of the whole list, in the view's order
    assert view.current().key == first[2].key  # the row chosen meanwhile stays chosen
    assert view.count_label.text() == f"Showing {len(every)} of {len(every)} quotes and notes"


def test_a_passage_marked_while_the_list_is_read_is_not_undone_by_the_older_rows(app, qtbot, store, gate, make):
    read, go = gate
    view = make(store)
    assert read.wait(30)  # the background read has its rows, from before the marking
    q = next(q for q in shown(view) if len(q.text) > 20 and not q.passages)
    view.select(q.key)
    cursor = view.detail.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(10, QTextCursor.MoveMode.KeepAnchor)
    view.detail.setTextCursor(cursor)
    view.mark_selection([themes.list_themes(store)[0].id])
    assert view.current().key == q.key and view.current().passages == 1  # at once
    go.set()
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        pass  # the older rows are not shown: the list is read again
    assert len(shown(view)) == len(quotes.list_quotes(store))
    assert view.current().key == q.key and view.current().passages == 1


def test_a_read_that_fails_says_so_and_keeps_the_rows_shown(app, qtbot, store, monkeypatch, make):
    def damaged(*_args, **_kw):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(type(store), "reader", damaged)
    view = make(store)
    first = shown(view)
    qtbot.waitUntil(lambda: "could not be read" in view.filter_message.text(), timeout=10_000)
    assert "see the log" in view.filter_message.text()
    assert view.count_label.text() == f"Showing {len(first)} of the newest interviews' quotes and notes"
    assert shown(view) == first and not view.loader.complete


def test_a_read_stopped_shows_nothing_and_is_made_again_when_the_store_is_opened_again(app, qtbot, store, gate, make):
    read, go = gate
    view = make(store)
    first = shown(view)
    assert read.wait(30)
    task = view.loader._task
    task.cancel()  # the window closing, or its database about to be re-written
    go.set()
    assert task.wait(30)
    qtbot.waitUntil(lambda: not view.loader.reading, timeout=10_000)
    assert shown(view) == first and not view.loader.complete
    store.close()  # the file re-written (ui.support.rewrite)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        store.reconnect(store.key)
    assert len(shown(view)) == len(quotes.list_quotes(store)) and view.loader.complete


def test_an_interview_read_again_is_redrawn_in_place_unless_a_row_moves_comes_or_goes(app, store):
    rows = quotes.list_quotes(store)
    q = next(q for q in rows if not q.theme_ids)
    marked = [x._replace(passages=1, theme_ids=frozenset({"t"})) if x.key == q.key else x
              for x in rows if x.interview_id == q.interview_id]
    model = QuoteTableModel()
    model.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    model.set_rows(rows)
    resets, redrawn = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last: redrawn.append(first.row()))
    assert model.replace_quotes(q.interview_id, marked, None)
    assert not resets and model.row_of(q.key) in redrawn
    assert model.quote(model.row_of(q.key)).passages == 1 and model.total_count() == len(rows)
    assert not model.replace_quotes(q.interview_id, marked, set())  # now hidden by the filters
    assert not model.replace_quotes(q.interview_id, [x for x in marked if x.key != q.key], None)  # one gone
    model.sort(COL_THEMES, Qt.SortOrder.AscendingOrder)
    assert not model.replace_quotes(q.interview_id, [x._replace(theme_ids=frozenset()) if x.key == q.key else x
                                                     for x in marked], None)  # its place in the order changes
    assert not resets
