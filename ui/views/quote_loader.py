"""How the *Sitater* view reads its rows without keeping the window waiting: the quotes of the newest
interviews at once (a first screenful, in the view's own order), every quote in the background on a read-only
connection of its own, and one interview's quotes at once after a passage in it was marked or changed.

One read at a time: a change while a read runs (a save, a marking) reads again when it ends, since the read
began before the change and its rows would be older than those shown."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.interviews import quotes
from core.storage.store import Store
from ui.support import messages
from ui.support.tasks import Task

FIRST_SCREEN = 60  # interviews (some 150 quotes and notes in the demo: more than a screenful)


class QuoteLoader(QObject):
    sig_rows = Signal(list)  # every quote and note, read anew
    sig_failed = Signal(str)  # why they could not be read

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._task: Task | None = None
        self._again = False
        self.complete = False  # every quote has been read (not only the first screenful)

    @property
    def reading(self) -> bool:
        return self._task is not None

    def first_screen(self) -> list[quotes.Quote]:
        """The newest interviews' quotes, read now; when they are all the study has, the list is complete."""
        ids = quotes.latest_interviews(self._store, FIRST_SCREEN)
        self.complete = len(ids) < FIRST_SCREEN
        return quotes.list_quotes(self._store, ids)

    def of_interview(self, interview_id: str) -> list[quotes.Quote]:
        """This interview's quotes, read now (a passage in it was marked or changed)."""
        if self._task is not None:
            self._again = True
        return quotes.list_quotes(self._store, [interview_id])

    def read_all(self) -> None:
        """Read every quote in the background; ``sig_rows`` brings them."""
        if self._task is not None:
            self._again = True
            return
        store = self._store
        self._task = Task(lambda task: task.on_reader(store, quotes.list_quotes), self, "feltkart-quotes")
        self._task.sig_done.connect(self._done)
        self._task.sig_failed.connect(self._failed)
        self._task.sig_cancelled.connect(self._ended)
        self._task.start()

    def stop(self) -> None:
        """Stop a read under way and wait for it (the window closing)."""
        if self._task is not None:
            self._task.cancel()
            self._task.wait()

    def _ended(self) -> bool:
        """The read is over; True when its rows are not to be shown: a change came meanwhile (then read again),
        or the read was stopped (the window closing, or its database about to be re-written: read again once
        the store is opened again, ``Store.reopened``)."""
        stopped = self._task is None or self._task.cancelled
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
        again, self._again = self._again, False
        if stopped:
            self.complete = False
            if self._read_again not in self._store.reopened:
                self._store.reopened.append(self._read_again)
        elif again:
            self.read_all()
        return again or stopped

    def _read_again(self) -> None:
        try:
            self.read_all()
        except RuntimeError:  # the view is gone with its window
            pass

    def _done(self, rows: list[quotes.Quote]) -> None:
        if not self._ended():
            self.complete = True
            self.sig_rows.emit(rows)

    def _failed(self, exc: Exception) -> None:
        if not self._ended():
            self.sig_failed.emit(messages.describe_error(exc))
