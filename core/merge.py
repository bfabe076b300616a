"""Merging field packages: the union of the change logs, answer by answer.

Identity is the record's UUID. The change log is append-only and each change names its parent (the change it
replaced on its laptop), so merging is ``INSERT OR IGNORE`` of changes by id, then recomputing the current value
of every answer the new changes touch:

- a *head* is a change no other change of the same answer names as parent;
- one head: that is the value (changes on different answers of one interview both survive);
- several heads: two laptops changed the answer since they last shared data. Every value is kept in the log;
  the provisional winner is the head with the latest clock stamp (the stamp ends with the device id, the
  tie-break), and the answer is listed as a conflict (``conflicts``).

The result depends only on the set of changes, never on the order of imports: merging is idempotent,
commutative and associative. Deletions and restores are changes of the field ``_deleted`` and merge the same
way; a change made elsewhere after an interview was deleted is reported, not lost. Scheme catalogue rows
merge by their last update. A package of another study or registry is refused (``PackageError``); a laptop
that has no interviews yet joins the package's study.

Safety: a dated backup of the database before the first package is merged; each package is one transaction,
which holds the write lock from its start (``BEGIN IMMEDIATE``) and is undone if its new rows refer to
something this laptop does not have.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core import dates, guide_library, hlc, study
from core.clock import now_iso
from core.errors import FeltkartError
from core.interviews import (DELETED_FIELD, STATS_FIELDS, STATUS_FIELD, SUMMARY_FIELDS,
                             edited_after_deletion, heads, index_texts, refresh_stats)
from core.package import Manifest, PackageError, read_package

if TYPE_CHECKING:
    from core.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Conflict:
    interview_id: str
    field: str
    scheme: str
    values: list[tuple[object, str, str, str]]  # (value, stamp, device id, coordinator), the winner first


@dataclass
class MergeReport:
    merged: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    added_interviews: int = 0
    added_changes: int = 0
    updated_answers: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    changed_after_delete: list[str] = field(default_factory=list)  # interview ids
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # interview id pairs
    backup: Path | None = None
    stopped: list[str] = field(default_factory=list)  # not merged: the user stopped the merge before or during them

    def lines(self) -> list[str]:
        out = [f"merged: {', '.join(self.merged) or 'nothing'}"]
        out += [f"refused: {name}: {reason}" for name, reason in self.refused]
        if self.stopped:
            out.append(f"stopped by the user; not merged (nothing taken from them): {', '.join(self.stopped)}")
        out.append(f"added interviews: {self.added_interviews}; added changes: {self.added_changes}; "
                   f"answers updated: {self.updated_answers}")
        out.append(f"conflicts: {len(self.conflicts)}; changed after deletion: {len(self.changed_after_delete)}; "
                   f"possible duplicates: {len(self.duplicates)}")
        for c in self.conflicts:
            label = c.field + (f" [{c.scheme}]" if c.scheme else "")
            if c.field == DELETED_FIELD:  # the deletion, and the edit made after it without knowing
                (_d, deleted, _dd, deleter), (_e, edited, _de, editor) = c.values
                shown = f"deleted ({deleter}, {_when(deleted)}) | edited after that ({editor}, {_when(edited)})"
            else:
                shown = " | ".join(f"{json.dumps(v, ensure_ascii=False)} ({who}, {_when(stamp)})"
                                   for v, stamp, _d, who in c.values)
            out.append(f"  conflict {c.interview_id} {label}: {shown}")
        out += [f"  changed after deletion: {i}" for i in self.changed_after_delete]
        out += [f"  possible duplicate: {a} and {b}" for a, b in self.duplicates]
        if self.backup:
            out.append(f"backup before merging: {self.backup}")
        return out


def _when(stamp: str) -> str:
    """A change's time from its stamp, in this computer's time zone: dd.mm.åååå tt:mm."""
    return dates.format_timestamp(hlc.iso(stamp))


def conflicts(store: "Store", interview_id: str | None = None) -> list[Conflict]:
    """Every answer with more than one head (for the Konflikter view and the merge report), from the
    ``open_conflicts`` table the merge and every change keep in step."""
    where = " WHERE interview_id = ?" if interview_id else ""
    keys = store.conn.execute(f"SELECT interview_id, field, scheme FROM open_conflicts{where} ORDER BY 1, 2, 3",
                              [interview_id] if interview_id else []).fetchall()
    found = []
    for i, f, s in keys:
        if f == DELETED_FIELD:  # deleted on one laptop, edited on another without knowing
            found.append(_deleted_but_edited(store, i))
            continue
        values = heads(store.conn, i, f, s)
        if len({v for _id, v, *_rest in values}) > 1:
            found.append(Conflict(i, f, s, [(json.loads(v), stamp, dev, who) for _id, v, stamp, dev, who in values]))
    return found


def _deleted_but_edited(store: "Store", interview_id: str) -> Conflict:
    """The choice between the deletion (in use) and keeping the interview with the other laptop's edits."""
    conn = store.conn
    deletion = conn.execute(
        """SELECT c.hlc, c.device_id, c.coordinator FROM answers a JOIN changes c ON c.id = a.change_id
           WHERE a.interview_id = ? AND a.field = ? AND a.scheme = ''""", [interview_id, DELETED_FIELD]).fetchone()
    edit = conn.execute(
        """SELECT hlc, device_id, coordinator FROM changes WHERE interview_id = ? AND field != ? AND device_id != ?
           ORDER BY hlc DESC LIMIT 1""", [interview_id, DELETED_FIELD, deletion[1]]).fetchone()
    return Conflict(interview_id, DELETED_FIELD, "", [(True, *deletion), (False, *(edit or deletion))])


def conflict_count(store: "Store") -> int:
    """How many answers and possible duplicates wait for a choice (the navigation's badge)."""
    count = len(duplicates(store))
    if store.conn.execute("SELECT 1 FROM open_conflicts LIMIT 1").fetchone():
        count += len(conflicts(store))
    return count


def resolve(store: "Store", interview_id: str, fld: str, scheme: str, value: object) -> None:
    """Settle a conflict with the value the user picked (one of the heads' values, or another). Recorded as a
    change that replaces every head, with the reason "konflikt løst", also on a complete interview: picking
    between recorded values is not editing the interview. It travels like any other change."""
    from core.interviews import _checked, _guide_of, _record

    open_row = store.conn.execute(
        "SELECT 1 FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
        [interview_id, fld, scheme]).fetchone()
    if not open_row:
        raise ValueError("no conflict on this answer")
    if not fld.startswith("_"):  # an answer: the same checks as when it is typed (ValidationError)
        _question, value = _checked(store, interview_id, _guide_of(store, interview_id), fld, scheme, value)
    with store.db.atomic():
        # forced: picking the value already shown must still record a change that replaces the other heads
        _record(store, interview_id, fld, scheme, value, reason="konflikt løst", force=True)
        store.conn.execute("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
                           [interview_id, fld, scheme])


def _execute_all(conn, script: str, params: dict | None = None) -> None:
    """Run a script's statements one by one, with named parameters (``executescript`` takes none, and would
    commit the open transaction)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement, params or {})
            statement = ""
    if statement.strip():
        conn.execute(statement, params or {})


def _apply_new(store: "Store", first_change: int, first_interview: int) -> int:
    """Recompute every answer the new changes touch, all at once: its heads, the winning head (latest stamp),
    whether it is in conflict, and the current values kept from it (answers, the statistics' rows in
    interview_stats, the text index, the interview row). The new changes are those with a rowid from
    ``first_change`` (the log only grows); interviews from ``first_interview`` on are new here and so have no
    older changes. Returns how many answers changed value."""
    conn = store.conn
    _execute_all(conn, """
        -- answers of interviews known here before: their older changes may be heads too
        CREATE TEMP TABLE merge_touched (interview_id TEXT, field TEXT, scheme TEXT,
            PRIMARY KEY (interview_id, field, scheme)) WITHOUT ROWID;
        INSERT OR IGNORE INTO merge_touched SELECT n.interview_id, n.field, coalesce(n.scheme, '') FROM changes n
            JOIN interviews i ON i.id = n.interview_id WHERE n.rowid >= :change AND i.rowid < :interview;
        -- per answer, its heads: changes no other change replaced (a new change may have been replaced by
        -- one that came earlier in a partial package, so every new change is looked up). The winner is the head
        -- with the latest stamp (SQLite takes the bare columns from the max() row), and heads that disagree on
        -- the value are a conflict.
        CREATE TEMP TABLE merge_winners AS
            SELECT interview_id, field, scheme, id, value, max(hlc) AS hlc, count(DISTINCT value) > 1 AS conflicted
            FROM (SELECT n.interview_id, n.field, coalesce(n.scheme, '') AS scheme, n.id, n.value, n.hlc
                  FROM changes n WHERE n.rowid >= :change
                    AND NOT EXISTS (SELECT 1 FROM changes d WHERE d.parent = n.id)
                    AND NOT EXISTS (SELECT 1 FROM change_parents p WHERE p.parent = n.id)
                  UNION ALL
                  SELECT c.interview_id, c.field, coalesce(c.scheme, ''), c.id, c.value, c.hlc
                  FROM (SELECT DISTINCT interview_id FROM merge_touched) ti CROSS JOIN changes c
                      ON c.interview_id = ti.interview_id
                  WHERE c.rowid < :change
                    AND EXISTS (SELECT 1 FROM merge_touched t WHERE t.interview_id = c.interview_id
                                AND t.field = c.field AND t.scheme = coalesce(c.scheme, ''))
                    AND NOT EXISTS (SELECT 1 FROM changes d WHERE d.parent = c.id)
                    AND NOT EXISTS (SELECT 1 FROM change_parents p WHERE p.parent = c.id))
            GROUP BY interview_id, field, scheme;
        DELETE FROM open_conflicts WHERE (interview_id, field, scheme) IN
            (SELECT interview_id, field, scheme FROM merge_touched);
        INSERT OR IGNORE INTO open_conflicts SELECT interview_id, field, scheme FROM merge_winners WHERE conflicted;
        -- the answers whose winning change is not the one in use here (keyed, for the lookups that follow;
        -- the winners come in key order, so the key costs next to nothing)
        CREATE TEMP TABLE merge_changed (interview_id TEXT, field TEXT, scheme TEXT, id TEXT, value TEXT,
            PRIMARY KEY (interview_id, field, scheme)) WITHOUT ROWID;
        INSERT INTO merge_changed SELECT w.interview_id, w.field, w.scheme, w.id, w.value
            FROM merge_winners w LEFT JOIN answers a
                ON a.interview_id = w.interview_id AND a.field = w.field AND a.scheme = w.scheme
            WHERE a.change_id IS NOT w.id;
        INSERT INTO answers (interview_id, field, scheme, value, change_id)
            SELECT interview_id, field, scheme, value, id FROM merge_changed WHERE true
            ON CONFLICT (interview_id, field, scheme) DO UPDATE SET value = excluded.value, change_id = excluded.change_id
    """, {"change": first_change, "interview": first_interview})
    marks = ", ".join("?" for _ in STATS_FIELDS)
    refresh_stats(conn, f"SELECT DISTINCT interview_id FROM merge_changed WHERE field IN ({marks})",
                  sorted(STATS_FIELDS))
    _reindex_text(store)
    for fld, column in {**SUMMARY_FIELDS, STATUS_FIELD: "status"}.items():
        conn.execute(f"""UPDATE interviews SET {column} = json_extract(c.value, '$') FROM merge_changed c
                         WHERE c.interview_id = interviews.id AND c.field = ?""", [fld])
    conn.execute("""UPDATE interviews SET deleted = coalesce(json_extract(c.value, '$') NOT IN (0, ''), 0)
                    FROM merge_changed c WHERE c.interview_id = interviews.id AND c.field = ?""", [DELETED_FIELD])
    # the interviews with a new change: those known here before are in merge_touched; a new one is looked up
    # in the log's interview index (reading the new changes themselves would read the whole of every row)
    conn.execute("""UPDATE interviews SET updated_at = :now
                    WHERE id IN (SELECT interview_id FROM merge_touched)
                       OR (rowid >= :interview AND EXISTS (SELECT 1 FROM changes c
                           WHERE c.interview_id = interviews.id AND c.rowid >= :change))""",
                 {"now": now_iso(), "interview": first_interview, "change": first_change})
    return conn.execute("SELECT count(*) FROM merge_changed").fetchone()[0]


def _reindex_text(store: "Store") -> None:
    """The full-text index of the changed answers: searchable questions of the interview's guide only, as
    when they are typed (interviews.set_answer)."""
    conn = store.conn
    searchable = {}
    for guide_id, version in conn.execute("SELECT DISTINCT guide_id, guide_version FROM interviews WHERE id IN "
                                          "(SELECT interview_id FROM merge_changed)"):
        try:
            guide = guide_library.get(store, guide_id, version)
        except (FeltkartError, KeyError) as exc:  # a guide this build cannot read: its answers stay unindexed
            log.warning("text index: guide %s v%s not readable (%s)", guide_id, version, exc)
            searchable[(guide_id, version)] = set()
            continue
        searchable[(guide_id, version)] = guide.searchable()
    conn.execute("""DELETE FROM answer_text WHERE rowid IN (SELECT r.fts_rowid FROM answer_text_rows r JOIN
                    merge_changed c ON c.interview_id = r.interview_id AND c.field = r.field AND c.scheme = r.scheme)""")
    conn.execute("""DELETE FROM answer_text_rows WHERE (interview_id, field, scheme) IN
                    (SELECT interview_id, field, scheme FROM merge_changed)""")
    rows = []
    for (guide_id, version), fields in searchable.items():
        if not fields:
            continue
        marks = ", ".join("?" for _ in fields)
        for interview_id, fld, scheme, encoded in conn.execute(
                f"""SELECT c.interview_id, c.field, c.scheme, c.value FROM merge_changed c
                    JOIN interviews i ON i.id = c.interview_id AND i.guide_id = ? AND i.guide_version = ?
                    WHERE c.field IN ({marks}) AND json_type(c.value) = 'text'""", [guide_id, version, *fields]):
            value = json.loads(encoded)
            if value.strip():
                rows.append((value, interview_id, fld, scheme))
    rows.sort(key=lambda row: row[1:])
    index_texts(conn, rows)


def _check_study(store: "Store", manifest: Manifest, path: Path) -> None:
    local = study.load(store)
    has_interviews = store.conn.execute("SELECT 1 FROM interviews LIMIT 1").fetchone() is not None
    if manifest.study_id != local.study_id:
        if has_interviews:
            raise PackageError(path, "other_study", f"{manifest.study_name!r}, not {local.study_name!r}")
        return  # this laptop joins the package's study (see _join)
    if manifest.registry_version != local.registry_version:
        raise PackageError(path, "other_registry",
                           f"registry {manifest.registry_version}, this study uses {local.registry_version}")


def _join(store: "Store", manifest: Manifest) -> None:
    """A laptop without interviews takes the package's study: id, name, registry and rural definition."""
    conn = store.conn
    now = now_iso()
    for key in ("study_id", "study_name", "registry_version", "rural_definition"):
        row = conn.execute("SELECT value FROM pkg.settings WHERE key = ?", [key]).fetchone()
        if row:
            conn.execute("UPDATE settings SET value = ?, updated_at = ? WHERE key = ?", [row[0], now, key])
    local = conn.execute("SELECT value FROM settings WHERE key = 'coordinator_name'").fetchone()
    if not local or not local[0].strip():
        conn.execute("UPDATE settings SET value = ?, updated_at = ? WHERE key = 'coordinator_name'",
                     [manifest.coordinator, now])


def _merge_one(store: "Store", manifest: Manifest, path: Path, report: MergeReport, step: Callable[[], None]) -> None:
    """Merge one checked package, attached as ``pkg``, in one transaction; ``step()`` when the changes are
    in and when the answers are worked out. PackageError (the transaction is undone) when the new rows refer
    to an interview, municipality, guide or scheme this laptop does not have."""
    conn = store.conn
    try:
        if manifest.study_id != study.load(store).study_id:
            _join(store, manifest)
        else:  # the study's name and rural definition: the later setting wins (the coordinator is per laptop)
            for key in ("study_name", "rural_definition"):
                conn.execute(
                    """UPDATE settings SET value = p.value, updated_at = p.updated_at FROM pkg.settings p
                       WHERE settings.key = ? AND p.key = settings.key AND p.updated_at > settings.updated_at""",
                    [key])
        conn.execute("INSERT OR IGNORE INTO guides SELECT * FROM pkg.guides")
        # the scheme catalogue: new codes come in; a code both have takes the later update
        cols = [r[1] for r in conn.execute("PRAGMA main.table_info(schemes)")]
        conn.execute(f"""INSERT INTO schemes ({', '.join(cols)}) SELECT {', '.join(cols)} FROM pkg.schemes p
                         WHERE true ON CONFLICT (code) DO UPDATE SET
                         {', '.join(f'{c} = excluded.{c}' for c in cols if c != 'code')}
                         WHERE excluded.updated_at > schemes.updated_at""")
        # rows only ever come into these tables, so what a merge adds has the rowids after the largest one
        first_interview, first_change = (
            conn.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {table}").fetchone()[0]
            for table in ("interviews", "changes"))
        icols = ", ".join(r[1] for r in conn.execute("PRAGMA main.table_info(interviews)"))
        conn.execute(f"INSERT OR IGNORE INTO interviews ({icols}) SELECT {icols} FROM pkg.interviews")
        ccols = ", ".join(r[1] for r in conn.execute("PRAGMA main.table_info(changes)"))
        conn.execute(f"INSERT OR IGNORE INTO changes ({ccols}) SELECT {ccols} FROM pkg.changes")
        conn.execute("INSERT OR IGNORE INTO change_parents SELECT * FROM pkg.change_parents")
        added_interviews = conn.execute("SELECT count(*) FROM interviews WHERE rowid >= ?",
                                        [first_interview]).fetchone()[0]
        added, latest = conn.execute("SELECT count(*), max(hlc) FROM changes WHERE rowid >= ?",
                                     [first_change]).fetchone()
        _check_references(conn, path, first_interview, first_change)
        step()
        updated, flagged = 0, []
        if added:
            updated = _apply_new(store, first_change, first_interview)
            flagged = _edits_of_deleted(conn, first_change)
            conn.executemany("INSERT OR IGNORE INTO open_conflicts VALUES (?, ?, '')",
                             [(i, DELETED_FIELD) for i in flagged])
            hlc.observe(conn, latest)
        step()
        # counted only now: a stop or a refusal before this point undoes the package
        report.updated_answers += updated
        report.changed_after_delete += flagged
        report.added_interviews += added_interviews
        report.added_changes += added
    finally:
        for table in ("merge_touched", "merge_winners", "merge_changed"):
            conn.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _check_references(conn, path: Path, first_interview: int, first_change: int) -> None:
    """What foreign keys would check, for the rows this package added only (``_bulk`` turns them off)."""
    dangling = conn.execute(
        """SELECT 'interview ' || i.id FROM interviews i WHERE i.rowid >= :interview AND (
               NOT EXISTS (SELECT 1 FROM municipalities m WHERE m.registry = i.registry AND m.number = i.municipality)
               OR NOT EXISTS (SELECT 1 FROM guides g WHERE g.id = i.guide_id AND g.version = i.guide_version))
           UNION ALL
           SELECT 'change ' || c.id FROM changes c WHERE c.rowid >= :change AND (
               NOT EXISTS (SELECT 1 FROM interviews i WHERE i.id = c.interview_id)
               OR (c.scheme IS NOT NULL AND NOT EXISTS (SELECT 1 FROM schemes s WHERE s.code = c.scheme)))
           LIMIT 1""", {"interview": first_interview, "change": first_change}).fetchone()
    if dangling:
        raise PackageError(path, "damaged", f"{dangling[0]} refers to what this laptop does not have")


def _edits_of_deleted(conn, first_change: int) -> list[str]:
    """Interviews the merge touched that stay deleted although another laptop edited them after the deletion
    (``interviews.edited_after_deletion``). Nothing is lost: the answers stay in the log and come back with a
    restore; the Konflikter view asks whether to keep the deletion."""
    touched = conn.execute(
        """SELECT DISTINCT n.interview_id FROM changes n JOIN interviews i ON i.id = n.interview_id
           WHERE n.rowid >= ? AND i.deleted = 1 ORDER BY 1""", [first_change]).fetchall()
    return [interview_id for (interview_id,) in touched if edited_after_deletion(conn, interview_id)]


DISTINCT_FIELD = "_distinct_from"  # interviews the user said are not duplicates of this one (a list of ids)


def duplicates(store: "Store") -> list[tuple[str, str]]:
    """Interviews of one municipality on one date recorded on different laptops (not in the trash), unless the
    user kept both."""
    rows = store.conn.execute(
        """SELECT a.id, b.id FROM interviews a JOIN interviews b
           ON a.municipality = b.municipality AND a.interview_date = b.interview_date AND a.id < b.id
           AND a.device_id != b.device_id
           WHERE a.deleted = 0 AND b.deleted = 0""").fetchall()
    kept = {}
    for interview_id, value in store.conn.execute(
            "SELECT interview_id, value FROM answers WHERE field = ? AND scheme = ''", [DISTINCT_FIELD]):
        kept[interview_id] = set(json.loads(value) or [])
    return [(a, b) for a, b in rows if b not in kept.get(a, set()) and a not in kept.get(b, set())]


def keep_both(store: "Store", first: str, second: str) -> None:
    """The user says the two are different interviews: recorded on both (a change that travels)."""
    from core.interviews import _record

    with store.db.atomic():
        for this, other in ((first, second), (second, first)):
            row = store.conn.execute("SELECT value FROM answers WHERE interview_id = ? AND field = ? AND scheme = ''",
                                     [this, DISTINCT_FIELD]).fetchone()
            ids = sorted(set(json.loads(row[0]) if row else []) | {other})
            _record(store, this, DISTINCT_FIELD, "", ids)


def mark_duplicate(store: "Store", duplicate: str, kept: str) -> None:
    """The user says ``duplicate`` repeats ``kept``: it goes to the trash with that reason (it can be restored)."""
    from core.interviews import DELETED_FIELD as deleted, _record

    with store.db.atomic():
        _record(store, duplicate, deleted, "", True, reason=f"duplikat av {kept}")


@contextmanager
def _write_transaction(conn):
    """One package's transaction, holding the write lock from its start: a transaction that reads first and
    writes later fails at once when a save from the window holds the lock, instead of waiting the busy timeout."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextmanager
def _bulk(conn):
    """Settings for merging hundreds of thousands of changes at once: a page cache large enough for the
    indexes of the log, and no per-row foreign key lookups (they doubled the time). The rows keep their
    references by construction: a package is a Feltkart database that enforced them, and its guides, schemes
    and interviews are merged before the changes that refer to them (tests check ``foreign_key_check``)."""
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute("PRAGMA foreign_keys = OFF")  # outside a transaction: inside one, SQLite ignores it
    try:
        yield
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


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


def merge(store: "Store", paths: list[Path], progress=None, stop: Callable[[], bool] | None = None) -> MergeReport:
    """Merge packages into the store. Refused files are listed in the report; the others are merged, each in
    one transaction, after one backup of the database. ``progress(done, total)`` after each of the ``STEPS``
    of every package (a big package takes seconds, so the bar moves within it too). When ``stop()`` turns
    true (the user pressed Stop), the package being merged is undone and the rest are not merged; those
    merged before stay merged (``report.stopped`` lists the others)."""
    from core.store import backup_database

    report = MergeReport()
    total, done = STEPS * len(paths), 0

    def step(n: int = 1) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total)

    def stopping() -> bool:
        return bool(stop and stop())

    def step_or_stop() -> None:  # inside a package's transaction
        step()
        if stopping():
            raise _Stopped()

    with tempfile.TemporaryDirectory(prefix="feltkart-merge-") as work:
        checked = []
        for n, path in enumerate(paths):
            if stopping():  # before anything is written: the packages read so far are not merged either
                report.stopped += [str(p) for p, _m, _d in checked] + [str(p) for p in paths[n:]]
                checked = []
                break
            folder = Path(work) / str(n)
            folder.mkdir()
            try:
                manifest, data = read_package(path, folder)
                _check_study(store, manifest, Path(path))
            except PackageError as exc:
                report.refused.append((str(path), f"{exc.reason}" + (f" ({exc.detail})" if exc.detail else "")))
                step(STEPS)
                continue
            checked.append((path, manifest, data))
            step()
        if checked:
            report.backup = backup_database(store.conn, store.path, "before-merge")
            with _bulk(store.conn):
                for k, (path, manifest, data) in enumerate(checked):
                    if stopping():
                        report.stopped += [str(p) for p, _m, _d in checked[k:]]
                        break
                    try:
                        _check_study(store, manifest, Path(path))  # an earlier package may have made this laptop join
                    except PackageError as exc:
                        report.refused.append((str(path), f"{exc.reason} ({exc.detail})"))
                        step(STEPS - 1)
                        continue
                    # attached outside the transaction: SQLite cannot detach a database inside the one that read it
                    store.conn.execute("ATTACH DATABASE ? AS pkg", [f"{data.resolve().as_uri()}?mode=ro"])
                    interrupted: list[bool] = []
                    try:
                        with _write_transaction(store.conn):
                            with _interruptible(store.conn, stop) as interrupted:
                                _merge_one(store, manifest, Path(path), report, step_or_stop)
                    except PackageError as exc:  # rows that refer to what this laptop does not have: undone
                        report.refused.append((str(path), f"{exc.reason} ({exc.detail})"))
                        step(STEPS - 1)
                        continue
                    except (_Stopped, sqlite3.OperationalError) as exc:
                        if isinstance(exc, sqlite3.OperationalError) and not interrupted:
                            raise
                        log.info("merge stopped by the user during %s; that package is undone", path)
                        report.stopped += [str(p) for p, _m, _d in checked[k:]]
                        break
                    finally:
                        store.conn.execute("DETACH DATABASE pkg")
                    report.merged.append(str(path))
                    step()
    report.conflicts = conflicts(store)
    report.changed_after_delete = sorted(set(report.changed_after_delete))
    report.duplicates = duplicates(store)
    return report
