"""The one way work runs off the GUI thread (ui.support.tasks.Task): its result, its failure, its cancelling
and its progress come back on the GUI thread."""

import threading

import pytest

from core.base.driver import sqlite3
from ui.support.tasks import Task


def test_the_result_and_the_progress_come_back(qtbot, app):
    progress = []

    def work(task):
        for n in range(3):
            task.progress(n + 1, 3)
        return "ferdig"

    task = Task(work)
    task.sig_progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(task.sig_done, timeout=10000) as done:
        task.start()
    assert done.args == ["ferdig"] and progress == [(1, 3), (2, 3), (3, 3)]


def test_a_failure_comes_back_as_the_exception(qtbot, app):
    task = Task(lambda task: 1 / 0)
    with qtbot.waitSignal(task.sig_failed, timeout=10000) as failed:
        task.start()
    assert isinstance(failed.args[0], ZeroDivisionError)


def test_cancelling_interrupts_a_long_query_and_is_no_failure(qtbot, app):
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    started = threading.Event()
    failures = []

    def work(task):
        with task.interruptible(conn):
            started.set()
            conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")
        return "never"

    task = Task(work)
    task.sig_failed.connect(failures.append)
    with qtbot.waitSignal(task.sig_cancelled, timeout=10000):
        task.start()
        assert started.wait(10)
        task.cancel()
    assert failures == [] and task.wait(10)


def test_a_work_cancelled_before_its_query_starts_is_interrupted_at_once(qtbot, app):
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    go = threading.Event()

    def work(task):
        go.wait(10)
        with task.interruptible(conn):  # already cancelled: the query stops at once
            conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")

    task = Task(work)
    with qtbot.waitSignal(task.sig_cancelled, timeout=10000):
        task.start()
        task.cancel()
        go.set()


@pytest.mark.parametrize("stopped", [True, False])
def test_a_work_that_returns_has_its_result_even_when_stopped(qtbot, app, stopped):
    """A merge that the user stops returns its report (what was merged, what was not): a result."""
    go = threading.Event()

    def work(task):
        go.wait(10)
        return "stoppet" if task.cancelled else "ferdig"

    task = Task(work)
    with qtbot.waitSignal(task.sig_done, timeout=10000) as done:
        task.start()
        if stopped:
            task.cancel()
        go.set()
    assert done.args == ["stoppet" if stopped else "ferdig"]
