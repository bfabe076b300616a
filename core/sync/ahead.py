"""A package's interview logs read and parsed ahead (``Log.parse``, every column checked) in a thread of its own
while the merge waits for SQLite: to read and check the package (the first), or to commit the package before
it. SQLite leaves the interpreter free meanwhile (while it reads, writes and, for an encrypted study, decrypts and
encrypts pages), so another core parses; the merge takes what is parsed when it comes to the logs and parses the
rest itself. Parsing ahead decides nothing: a log that does not parse, a package that cannot be read so, are left
to the merge, which refuses them as it would otherwise.

Paused as soon as the wait is over: beside the merge's own work, which calls SQLite thousands of times, a second
thread that runs Python would make each call wait for the interpreter."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from core.base.driver import Key, connect
from core.model.ilog import Log
from core.sync.package import has_table

log = logging.getLogger(__name__)

Parsed = dict[str, tuple[str, Log]]  # interview id: (its log as the package holds it, parsed)
STEPS = 10_000  # SQLite's steps between two looks, inside a statement, at whether to pause or end


class LogsAhead:
    """Parses the interview logs of the unpacked package database ``data`` (opened with ``key``) from the
    moment it is made, while it is not paused, until ``take()``."""

    def __init__(self, data: Path, key: Key | None):
        self.data = data
        self._parsed: Parsed = {}
        self._running = threading.Event()
        self._running.set()
        self._taken = False
        self._thread = threading.Thread(target=self._run, args=(data, key), name="feltkart-logs-ahead",
                                        daemon=True)
        self._thread.start()

    def _run(self, data: Path, key: Key | None) -> None:
        parsed, running = self._parsed, self._running
        try:
            conn = connect(f"{data.resolve().as_uri()}?mode=ro", key, uri=True)
            try:
                conn.execute("PRAGMA trusted_schema = OFF")  # the package's schema is not trusted to run anything
                # paused, or ended, within a statement too
                conn.set_progress_handler(lambda: running.wait() and self._taken, STEPS)
                if not has_table(conn, "interview_logs", "main"):  # not a view, which no one here could stop
                    return  # a package from before interview_logs: the merge reads its changes
                for interview_id, text in conn.execute("SELECT interview_id, log FROM interview_logs"):
                    running.wait()
                    if self._taken:
                        return
                    try:
                        parsed[interview_id] = (text, Log.parse(text))
                    except Exception:  # whatever a damaged log raises: the merge parses it and says what is wrong
                        continue
            finally:
                conn.close()
        except Exception as exc:  # the merge reads the package itself and refuses it if it must
            log.info("logs not parsed ahead: %s", exc)

    def pause(self) -> None:
        """The wait for SQLite is over: no more parsing (after the log being parsed) until ``resume``."""
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def take(self) -> Parsed:
        """Stop parsing; the logs parsed so far (a log is parsed whole or not at all), handed over: a second
        ``take`` has none."""
        self._taken = True
        self._running.set()
        self._thread.join()
        parsed, self._parsed = self._parsed, {}
        return parsed
