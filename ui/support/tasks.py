"""The one way Feltkart runs work off the GUI thread (as Anki's ``QueryOp``/``CollectionOp``): a ``Task`` runs
``work(task)`` in a thread of its own, and what it ends with comes back on the GUI thread as a signal: the
result, the error, or that it was cancelled; and, while it runs, its progress.

The work reports progress with ``task.progress(done, total)``, looks at ``task.cancelled`` now and then, and
lets a long SQLite statement be stopped by running it inside ``task.interruptible(conn)`` (``task.on_reader(store, fn)``:
on a read-only connection of its own, interruptible). A work that stops
because it was cancelled may raise anything: it counts as cancelled; one that returns has its result. Work that needs the database opens its own
connection in the thread (SQLite connections stay in their thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
CHECK_EVERY = 10_000  # SQLite's steps between two looks at whether the task was cancelled


def safe_emit(signal, *values) -> None:
    """Emit from a worker thread; when the receiving window is already gone (closed meanwhile), nobody waits for
    the result and it is dropped."""
    try:
        signal.emit(*values)
    except RuntimeError:  # the signal's QObject was deleted with its window
        pass


class Task(QObject):
    sig_progress = Signal(int, int)  # done, total
    sig_done = Signal(object)  # the work's result
    sig_failed = Signal(object)  # the exception (the log has its traceback)
    sig_cancelled = Signal()
    sig_finished = Signal()  # after any of the three

    def __init__(self, work: Callable[["Task"], Any], parent: QObject | None = None, name: str = "feltkart-task",
                 after: Callable[[], None] | None = None):
        """``after``: housekeeping in the same thread once the result is on its way (nothing waits for it)."""
        super().__init__(parent)
        self._work, self._after = work, after
        self._cancel = threading.Event()
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> "Task":
        self.thread.start()
        return self

    @property
    def running(self) -> bool:
        return self.thread.is_alive()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop (it stops at its next look, or its SQLite statement is interrupted)."""
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end (a window that closes); True when it has."""
        if self.thread.is_alive():
            self.thread.join(timeout)
        return not self.thread.is_alive()

    # -- for the work ------------------------------------------------------------------------
    def progress(self, done: int, total: int) -> None:
        safe_emit(self.sig_progress, done, total)

    @contextmanager
    def interruptible(self, conn) -> Iterator[None]:
        """While the block runs (in the work's thread), a cancel stops ``conn``'s statement within a few
        thousand of SQLite's steps: it fails with "interrupted". SQLite's progress handler asks, so a cancel
        before the statement starts stops it too (an interrupt from another thread would be lost then)."""
        conn.set_progress_handler(lambda: 1 if self._cancel.is_set() else 0, CHECK_EVERY)
        try:
            yield
        finally:
            conn.set_progress_handler(None, 0)

    def on_reader(self, store, fn: Callable[[Any], Any], interruptible: bool = True) -> Any:
        """``fn(reader)`` on a read-only connection of the work's own to ``store``'s database (``Store.reader``),
        closed afterwards; with ``interruptible``, a cancel stops its statements."""
        reader = store.reader()
        try:
            if not interruptible:
                return fn(reader)
            with self.interruptible(reader.conn):
                return fn(reader)
        finally:
            reader.close()

    def _run(self) -> None:
        try:
            result = self._work(self)
        except Exception as exc:
            if self.cancelled:
                safe_emit(self.sig_cancelled)
            else:
                log.error("%s failed", self.thread.name, exc_info=exc)
                safe_emit(self.sig_failed, exc)
            safe_emit(self.sig_finished)
            return
        safe_emit(self.sig_done, result)  # a work that returns has its result, cancelled or not (a merge's Stop)
        safe_emit(self.sig_finished)
        if self._after:
            try:
                self._after()
            except Exception:  # nothing the user waits for; the log has it
                log.exception("work after %s failed", self.thread.name)
