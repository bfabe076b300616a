"""Merging field packages: the union of the change logs, answer by answer.

Identity is the record's UUID. Each interview's change log (``core.model.ilog``) is append-only and each change names
its parent (the change it replaced on its laptop), so merging is the union of an interview's logs by change
id, then working out again the current value of every answer the new changes touch:

- a *head* is a change no other change of the same answer names as parent;
- one head: that is the value (changes on different answers of one interview both survive);
- several heads: two laptops changed the answer since they last shared data. Every value is kept in the log;
  the provisional winner is the head with the latest clock stamp (the stamp ends with the device id, the
  tie-break), and the answer is listed as a conflict (``conflicts``).

The result depends only on the set of changes, never on the order of imports: merging is idempotent,
commutative and associative. Deletions and restores are changes of the field ``_deleted`` and merge the same
way; a change made elsewhere after an interview was deleted is reported, not lost. The fieldwork's records
(the sample, assignments, contact attempts, appointments) merge the same way (``core.sync.fieldwork``). Scheme catalogue rows
merge by their last update. A package of another study or registry is refused (``PackageError``); a laptop
that has no interviews yet joins the package's study.

Safety: a dated backup of the database before the first package is merged; each package is one transaction,
which holds the write lock from its start (``BEGIN IMMEDIATE``) and is undone if its new rows refer to
something this laptop does not have.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from core.base.atomic import work_folder
from core.base.driver import Key, derive_key, sqlite3, study_salt
from core.base.gcpause import no_cycle_collection
from core.fieldwork import records as fieldwork_records
from core.interviews import coding as coding_records
from core.privacy.purge import purge
from core.reference import study
from core.storage import stamps
from core.sync.ahead import LogsAhead
from core.sync.checks import check_interview_rows, check_references, check_study
from core.sync.coding import merge_coding
from core.sync.conflicts import conflicts, duplicates
from core.sync.erasures import receive as receive_erasures
from core.sync.fieldwork import merge_fieldwork
from core.sync.package import Manifest, PackageError, package_salt, read_package
from core.sync.report import MergeReport
from core.sync.unite import unite_and_write

if TYPE_CHECKING:
    from concurrent.futures import Future

    from core.storage.store import Store

log = logging.getLogger(__name__)


def _join(store: "Store", manifest: Manifest) -> None:
    """A laptop without interviews takes the package's study: id, name, registry and rural definition."""
    conn = store.conn
    now = store.now()
    for key in ("study_id", "study_name", "registry_version", "rural_definition"):
        row = conn.execute("SELECT value FROM pkg.settings WHERE key = ?", [key]).fetchone()
        if row:
            conn.execute("UPDATE settings SET value = ?, updated_at = ? WHERE key = ?", [row[0], now, key])
    local = conn.execute("SELECT value FROM settings WHERE key = 'coordinator_name'").fetchone()
    if not local or not local[0].strip():
        conn.execute("UPDATE settings SET value = ?, updated_at = ? WHERE key = 'coordinator_name'",
                     [manifest.coordinator, now])


def _merge_one(store: "Store", manifest: Manifest, path: Path, report: MergeReport, step: Callable[[], None],
               stop: Callable[[], None], ahead: LogsAhead | None = None) -> None:
    """Merge one checked package, attached as ``pkg``, in one transaction; ``step()`` when the logs are
    united and when they are written; ``stop()`` now and then, which raises when the user stopped the merge;
    ``ahead``: its logs being parsed ahead (``core.sync.ahead``).
    PackageError (the transaction is undone) when the new rows refer to an interview, municipality, guide or
    scheme this laptop does not have."""
    conn = store.conn
    written_after = int(conn.execute("SELECT value FROM meta WHERE key = 'log_seq'").fetchone()[0])
    if manifest.study_id != study.load(store).study_id:
        _join(store, manifest)
    else:  # the study's name and rural definition: the later setting wins (the coordinator is per laptop)
        for key in ("study_name", "rural_definition", "retention_date"):
            conn.execute(
                """UPDATE settings SET value = p.value, updated_at = p.updated_at FROM pkg.settings p
                   WHERE settings.key = ? AND p.key = settings.key AND p.updated_at > settings.updated_at""",
                [key])
    conn.execute("INSERT OR IGNORE INTO guides SELECT * FROM pkg.guides")
    check_interview_rows(conn, path)
    # the scheme catalogue: new codes come in; a code both have takes the later update
    cols = [r[1] for r in conn.execute("PRAGMA main.table_info(schemes)")]
    conn.execute(f"""INSERT INTO schemes ({', '.join(cols)}) SELECT {', '.join(cols)} FROM pkg.schemes p
                     WHERE true ON CONFLICT (code) DO UPDATE SET
                     {', '.join(f'{c} = excluded.{c}' for c in cols if c != 'code')}
                     WHERE excluded.updated_at > schemes.updated_at""")
    # rows only ever come into this table, so what a merge adds has the rowids after the largest one
    first_interview = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM interviews").fetchone()[0]
    icols = ", ".join(r[1] for r in conn.execute("PRAGMA main.table_info(interviews)"))
    conn.execute(f"INSERT OR IGNORE INTO interviews ({icols}) SELECT {icols} FROM pkg.interviews")
    added_interviews = conn.execute("SELECT count(*) FROM interviews WHERE rowid >= ?",
                                    [first_interview]).fetchone()[0]
    check_references(conn, path, first_interview)
    merged = unite_and_write(store, path, first_interview, stop, ahead)
    fieldwork = merge_fieldwork(store, path, stop)
    coding = merge_coding(store, path, stop, merged.answers)
    erased = receive_erasures(store, path, written_after)  # after the logs: they may bring the old names
    step()
    for latest in (merged.latest if merged.added else None, fieldwork.latest, coding.latest):
        if latest:
            stamps.observe(conn, *latest)
    step()
    # counted only now: a stop or a refusal before this point undoes the package
    report.updated_answers += merged.updated
    report.changed_after_delete += merged.disputed
    report.added_interviews += added_interviews
    report.added_changes += merged.added
    report.fieldwork_changes += fieldwork.added
    report.theme_changes += coding.added
    report.erased_logs += erased


STEPS = 4  # per package, for progress: read and checked, changes added, answers worked out, committed
STOP_CHECK = 20_000  # SQLite asks whether to stop every this many steps of its virtual machine


class _Stopped(Exception):
    """The user stopped the merge: the package being merged is undone."""


@contextmanager
def _interruptible(conn, stop: Callable[[], bool] | None):
    """Let ``stop()`` interrupt the long statements of a package's merge (SQLite's progress handler: the
    statement fails with "interrupted" and the package's transaction is rolled back). Only inside this block,
    so never the COMMIT or the ROLLBACK; yields a list that holds True once it has interrupted."""
    fired: list[bool] = []

    def handler() -> int:
        if not fired and stop():
            fired.append(True)
            return 1
        return 0

    if stop:
        conn.set_progress_handler(handler, STOP_CHECK)
    try:
        yield fired
    finally:
        if stop:
            conn.set_progress_handler(None, 0)


class _Run:
    """One merge's progress, its Stop button and its report, shared by its steps."""

    def __init__(self, paths: list[Path], progress, stop: Callable[[], bool] | None,
                 passphrases: dict[str, str] | None = None):
        self.report = MergeReport()
        self.total, self.done = STEPS * len(paths), 0
        self._progress, self._stop = progress, stop
        self.passphrases = passphrases or {}  # a package's own passphrase, by its path as given
        self.keys: dict[Path, Key | None] = {}  # the key that opens each unpacked package's database
        self._derived: dict[tuple[str, bytes], Key] = {}
        self._deriving = threading.Lock()

    def derive(self, passphrase: str, salt: bytes) -> Key:
        """``derive_key``, once per passphrase and salt in this merge (the packages of one study share both,
        and the key derivation takes a fifth of a second)."""
        with self._deriving:  # the reading thread and this one: the second waits for the first's key
            key = self._derived.get((passphrase, salt))
            if key is None:
                key = self._derived[(passphrase, salt)] = derive_key(passphrase, salt)
        return key

    def step(self, n: int = 1) -> None:
        self.done += n
        if self._progress:
            self._progress(self.done, self.total)

    def stopping(self) -> bool:
        return bool(self._stop and self._stop())

    def check_stop(self) -> None:  # inside a package's transaction
        if self.stopping():
            raise _Stopped()

    def step_or_stop(self) -> None:
        self.step()
        self.check_stop()


def merge(store: "Store", paths: list[Path], progress=None, stop: Callable[[], bool] | None = None,
          passphrases: dict[str, str] | None = None) -> MergeReport:
    """Merge packages into the store. Refused files are listed in the report; the others are merged, each in
    one transaction, after one backup of the database (none is kept when nothing was merged, or nothing new). ``progress(done,
    total)`` after each of the ``STEPS`` of every package (a big package takes seconds, so the bar moves within
    it too). When ``stop()`` turns true (the user pressed Stop), the package being merged is undone and the
    rest are not merged; those merged before stay merged (``report.stopped`` lists the others).
    ``passphrases``: the passphrases of packages encrypted with one of their own, by path (``needs_passphrase``)."""
    from core.storage.store import backup_database, check_intact

    run = _Run(paths, progress, stop, passphrases)
    report = run.report
    try:
        with work_folder("feltkart-merge-") as work, _Packages(store, paths, work, run) as packages:
            # never merge into a damaged file (DamagedDatabaseError): checked while the first package is read
            check_intact(store.conn, store.path)
            first = packages.next()
            if first is not None and run.stopping():  # before anything is written: not merged either
                report.stopped += packages.rest(first)
            elif first is not None:
                report.backup = backup_database(store.conn, store.path, "before-merge", store.key)
                written = store.conn.total_changes
                with store.bulk(), no_cycle_collection():
                    _merge_packages(store, first, packages, run, stop)
                if store.conn.total_changes == written:  # the packages held nothing new: the database is as it was
                    report.merged_nothing_new = True
            if report.erased_logs:  # the erased names out of the free pages and the write-ahead log too
                try:
                    report.purged = purge(store)
                except sqlite3.Error as exc:  # merged and erased all the same; the next erasure purges again
                    log.warning("after erasing personal data, the file could not be rebuilt: %s", exc)
    finally:
        # every package refused or stopped, the merge failed, or nothing was new: no backup is needed
        if report.backup and (not report.merged or report.merged_nothing_new):
            report.backup.unlink(missing_ok=True)
            report.backup = None
    report.study_key = _study_key(store, run) if report.merged else None
    report.conflicts = conflicts(store)
    report.fieldwork_conflicts = fieldwork_records.conflicts(store)
    report.theme_conflicts = coding_records.conflicts(store)
    report.changed_after_delete = sorted(set(report.changed_after_delete))
    report.duplicates = duplicates(store)
    return report


def _study_key(store: "Store", run: _Run) -> Key | None:
    """The study's key, when this laptop's database is encrypted with a salt that is not the study's (it was
    encrypted before it joined the study) and a package opened with the study's key (its salt is the study's:
    the passphrase typed for it is the study's)."""
    if store.key is None:
        return None
    salt = study_salt(study.load(store).study_id)
    if store.key.salt == salt:
        return None
    return next((k for k in run.keys.values() if k is not None and k.salt == salt), None)


class _Packages:
    """The packages of a merge, read and checked (``read_package``, ``check_study``) one after the other as the
    merge asks for them (``next``), each into its own folder of ``work``. The next one is read in a thread of
    its own while the one before is merged: unpacking it, its checksum and SQLite's check of its database
    leave the interpreter free, so that another core does them. A package's interview logs are parsed ahead
    (``core.sync.ahead``, ``parsing``) while the merge waits for SQLite: for its reading (the first package's)
    or for the commit of the package before it. A package refused is listed in the report."""

    def __init__(self, store: "Store", paths: list[Path], work: Path, run: _Run):
        from concurrent.futures import ThreadPoolExecutor

        self.store, self.paths, self.work, self.run = store, paths, work, run
        self.given = 0  # the packages read, refused or not
        self.parsing: dict[Path, LogsAhead] = {}  # by the package's database
        self._unpacked: dict[int, tuple[Path, Key | None]] = {}  # the packages unpacked, by their number
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="feltkart-package")
        self._reading = self._read_next(0)

    def __enter__(self) -> "_Packages":
        return self

    def __exit__(self, *exc) -> None:
        for ahead in self.parsing.values():  # each ends before its folder is removed
            ahead.take()
        self._reader.shutdown(wait=True)  # so does a read in the background

    def _read_next(self, n: int) -> tuple[Future, threading.Event] | None:
        """Package ``n`` read in the reading thread; the event is set once it is unpacked or its reading ended."""
        if n >= len(self.paths):
            return None
        event = threading.Event()
        reading = self._reader.submit(self._read, n, event)
        reading.add_done_callback(lambda _done: event.set())
        return reading, event

    def _read(self, n: int, event: threading.Event) -> tuple[Manifest, Path, Key | None]:
        """In the reading thread: touches the package and its folder only (its own connection)."""
        path, folder = self.paths[n], self.work / str(n)
        folder.mkdir()

        def unpacked(data: Path, key: Key | None) -> None:
            self._unpacked[n] = (data, key)
            event.set()

        return read_package(path, folder, self.store.key, self.run.passphrases.get(str(path)), self.run.derive,
                            unpacked)

    def next(self) -> tuple[Path, Manifest, Path] | None:
        """The next package that may be merged, (path, manifest, database), or None when none is left."""
        run = self.run
        while self.given < len(self.paths):
            n, path, (reading, event) = self.given, self.paths[self.given], self._reading
            self.given += 1
            self._reading = self._read_next(self.given)
            passphrase = run.passphrases.get(str(path))
            if passphrase is not None and not reading.done() and (salt := package_salt(path)):
                run.derive(passphrase, salt)  # meanwhile, here: the reading thread finds it worked out
            if not reading.done():  # waiting for it: its logs parsed meanwhile, once it is unpacked
                event.wait()
                if not reading.done() and n in self._unpacked:
                    self._parse(*self._unpacked[n])
            try:
                try:
                    manifest, data, key = reading.result()
                finally:
                    self.pause()
                run.keys[data] = key
                check_study(self.store, manifest, Path(path))  # after the packages before it are merged
            except PackageError as exc:
                if n in self._unpacked and (ahead := self.parsing.pop(self._unpacked[n][0], None)):
                    ahead.take()
                run.report.refused.append(exc)
                run.step(STEPS)
                continue
            run.step()
            return path, manifest, data
        return None

    def parse_ahead(self) -> None:
        """Parse the interview logs of the next package from now on, if it is read and sound by now, until
        ``pause``: while the package before it commits."""
        if self._reading is not None and self._reading[0].done() and self._reading[0].exception() is None:
            _manifest, data, key = self._reading[0].result()
            if data in self.parsing:
                self.parsing[data].resume()
            else:
                self._parse(data, key)

    def _parse(self, data: Path, key: Key | None) -> None:
        if data not in self.parsing:
            try:
                self.parsing[data] = LogsAhead(data, key)
            except RuntimeError as exc:  # no thread to be had: the merge parses them itself
                log.info("logs not parsed ahead: %s", exc)

    def pause(self) -> None:
        for ahead in self.parsing.values():
            ahead.pause()

    def rest(self, current: tuple[Path, Manifest, Path]) -> list[str]:
        """The merge stopped: the package being merged and those not merged yet, as stopped; but the one read
        meanwhile is refused when its reading found it damaged (its reading is waited for, as it would be
        before its folder is removed)."""
        waiting, reading, self._reading = self.paths[self.given:], self._reading, None
        if reading is not None and isinstance(reading[0].exception(), PackageError):
            self.run.report.refused.append(reading[0].exception())
            self.run.step(STEPS)
            waiting = waiting[1:]
        self.given = len(self.paths)
        return [str(current[0]), *(str(p) for p in waiting)]


def _merge_packages(store: "Store", first: tuple[Path, Manifest, Path], packages: _Packages, run: _Run,
                    stop) -> None:
    """Merge the checked packages one after the other, each in one transaction."""
    report, current = run.report, first
    while current is not None:
        path, manifest, data = current
        if run.stopping():
            report.stopped += packages.rest(current)
            return
        # attached outside the transaction: SQLite cannot detach a database inside the one that read it
        opener = run.keys.get(data)
        store.conn.execute("ATTACH DATABASE ? AS pkg KEY ?", [f"{data.resolve().as_uri()}?mode=ro",
                                                               opener.sql if opener else ""])
        interrupted: list[bool] = []
        ahead = packages.parsing.pop(data, None)
        try:
            with store.write():  # holds the write lock from its start
                with _interruptible(store.conn, stop) as interrupted:
                    _merge_one(store, manifest, Path(path), report, run.step_or_stop, run.check_stop, ahead)
                packages.parse_ahead()  # the next package's logs, while this one commits
            packages.pause()
            report.merged.append(str(path))
            run.step()
        except PackageError as exc:  # rows that refer to what this laptop does not have: undone
            report.refused.append(exc)
            run.step(STEPS - 1)
        except (_Stopped, sqlite3.OperationalError) as exc:
            if isinstance(exc, sqlite3.OperationalError) and not interrupted:
                raise
            log.info("merge stopped by the user during %s; that package is undone", path)
            report.stopped += packages.rest(current)
            return
        finally:
            if ahead is not None:  # not taken when the merge failed before its logs
                ahead.take()
            packages.pause()  # the commit failed
            store.conn.execute("DETACH DATABASE pkg")
        current = packages.next()
