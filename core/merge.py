"""Merging field packages: the union of the change logs, answer by answer.

Identity is the record's UUID. Each interview's change log (``core.ilog``) is append-only and each change names
its parent (the change it replaced on its laptop), so merging is the union of an interview's logs by change
id, then working out again the current value of every answer the new changes touch:

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

import gc
import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core import dates, guide_library, hlc, ilog, study
from core.atomic import work_folder
from core.clock import iso_from_ms
from core.errors import FeltkartError
from core.guide import check_value
from core.interviews import (COMPLETE, DELETED_FIELD, DRAFT, STATS_FIELDS, STATUS_FIELD, STORE_LOG, SUMMARY_FIELDS, current_answers,
                             deletion_disputed, heads, index_texts, load_log, next_log_seq, stats_row,
                             write_stats)
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
    refused: list[PackageError] = field(default_factory=list)  # each names its file and why
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
        out += [f"refused: {exc.path}: {exc.text}" for exc in self.refused]
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
    log, current = load_log(store.conn, interview_id)
    deletion = log.by_id(current[(DELETED_FIELD, "")][1])
    edits = [log.change(n) for n in log.unaware_edits(deletion.id)]
    edit = max(edits, key=lambda c: c.stamp) if edits else deletion
    return Conflict(interview_id, DELETED_FIELD, "", [(True, deletion.stamp, deletion.device_id, deletion.coordinator),
                                                     (False, edit.stamp, edit.device_id, edit.coordinator)])


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
    with store.write():
        # forced: picking the value already shown must still record a change that replaces the other heads
        _record(store, interview_id, fld, scheme, value, reason="konflikt løst", force=True)
        store.conn.execute("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
                           [interview_id, fld, scheme])


@dataclass
class _Merged:
    """What merging one package's logs changes, gathered before anything is written."""
    logs: list[tuple[str, str, str]] = field(default_factory=list)  # (interview id, answers, log) to store
    stats: list[tuple] = field(default_factory=list)  # (interview id, its new row of interview_stats or None)
    new_stats: list[tuple] = field(default_factory=list)  # rows for interviews new here (interviews.stats_row)
    conflicts_on: list[tuple[str, str, str]] = field(default_factory=list)
    conflicts_off: list[tuple[str, str, str]] = field(default_factory=list)
    unindex: list[tuple[str, str, str]] = field(default_factory=list)  # answers whose text index row goes
    texts: list[tuple[str, str, str, str]] = field(default_factory=list)  # (body, interview id, field, scheme)
    summary: list[tuple[str, str, object]] = field(default_factory=list)  # (column, interview id, value)
    touched: list[str] = field(default_factory=list)  # interviews with new changes
    disputed: list[str] = field(default_factory=list)  # deleted here, edited elsewhere after the deletion
    added: int = 0
    updated: int = 0
    latest: tuple[int, int] | None = None  # the latest stamp's (wall ms, counter) among the new changes


SUMMARY_COLUMNS = {**SUMMARY_FIELDS, STATUS_FIELD: "status", DELETED_FIELD: "deleted"}
STOP_EVERY = 200  # interviews between two looks at whether the user stopped the merge


BATCH = 500  # interviews per batch worked out, then written


@dataclass
class _Inputs:
    """What uniting a package's logs with this laptop's needs, read from both databases before it starts:
    ``_unite`` itself touches no database."""
    path: Path
    logs: list[tuple[str, str | None, ilog.Log | None]]  # the package's: (interview id, as stored, or as read)
    local: dict[str, str]  # this laptop's logs of the interviews the package has and it had before, as stored
    new_here: set[str]  # interviews the package brought
    rows: dict[str, tuple]  # interview id: guide id, guide version and the summary columns (SUMMARY_COLUMNS)
    schemes: set[str]  # scheme codes this laptop has, and "" (a question asked once)
    now: int  # this laptop's clock (ms): no change may be stamped more than hlc.MAX_AHEAD_MS after it
    searchable: dict[tuple[str, int], set[tuple[str, str]]]  # per guide, the answers the text index holds
    values: "_ValueCheck"  # every received value passes the checks a typed one does


def _read_inputs(store: "Store", path: Path, first_interview: int) -> _Inputs:
    """Everything ``_unite`` needs: the package's logs (a package from a Feltkart before interview_logs holds
    a row per change; those are read into logs as the migration does) and this laptop's."""
    conn = store.conn
    try:
        if conn.execute("SELECT 1 FROM pkg.sqlite_master WHERE type = 'table' AND name = 'interview_logs'").fetchone():
            logs = [(i, text, None) for i, text in conn.execute(
                "SELECT interview_id, log FROM pkg.interview_logs").fetchall()]
        else:
            rows = conn.execute("SELECT id, interview_id, field, scheme, value, parent, hlc, device_id, coordinator,"
                                " reason FROM pkg.changes ORDER BY interview_id, rowid").fetchall()
            parents = ilog.parents_of(conn.execute("SELECT change_id, parent FROM pkg.change_parents").fetchall())
            logs = [(i, None, log_) for i, log_ in ilog.from_rows(rows, parents).items()]
            for _i, _text, log_ in logs:
                log_.check()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):  # the user pressed Stop (merge._interruptible): not the package's fault
            raise
        raise PackageError(path, "damaged", f"a change log cannot be read ({exc})") from None
    except (sqlite3.DatabaseError, TypeError, ValueError, AttributeError) as exc:  # LogError is a ValueError
        raise PackageError(path, "damaged", f"a change log cannot be read ({exc})") from None
    if len({i for i, _t, _l in logs}) != len(logs):
        raise PackageError(path, "damaged", "an interview's change log is in the package twice")
    new_here = {i for (i,) in conn.execute("SELECT id FROM interviews WHERE rowid >= ?", [first_interview])}
    theirs = [i for i, _t, _l in logs if i not in new_here]
    local = {}
    for start in range(0, len(theirs), 500):  # SQLite takes a limited number of parameters
        chunk = theirs[start:start + 500]
        local.update(conn.execute(f"SELECT interview_id, log FROM interview_logs WHERE interview_id IN"
                                  f" ({', '.join('?' for _ in chunk)})", chunk))
    rows = {row[0]: row[1:] for row in conn.execute(
        f"SELECT id, guide_id, guide_version, {', '.join(SUMMARY_COLUMNS.values())} FROM interviews")}
    schemes = {"", *(code for (code,) in conn.execute("SELECT code FROM schemes"))}
    guides = {guide: _guide(store, *guide) for guide in {row[:2] for row in rows.values()}}
    searchable = {key: {(fld, scheme) for fld in (guide.searchable() if guide else ()) for scheme in schemes}
                  for key, guide in guides.items()}
    municipalities = {n for (n,) in conn.execute(
        "SELECT m.number FROM municipalities m JOIN settings s ON s.key = 'registry_version'"
        " AND m.registry = CAST(s.value AS INTEGER)")}
    return _Inputs(path, logs, local, new_here, rows, schemes, store.clock(), searchable,
                   _ValueCheck(path, guides, municipalities))


def _unite(inputs: _Inputs, stop: Callable[[], None]) -> Iterator[_Merged]:
    """Each of the package's interview logs united with this laptop's (by change id), and the current
    answers worked out again where new changes came, in batches of ``BATCH`` interviews, ready to write.
    Touches no database; ``stop()`` is called now and then (it raises when the user stopped the merge).
    PackageError when a change refers to an interview or scheme this laptop does not have, or a log is
    damaged."""
    path, rows, schemes = inputs.path, inputs.rows, inputs.schemes
    # the answers the statistics count, as keys: a set intersection per interview finds them among its
    # answers ("" is in schemes, so every field has its plain key)
    counted = {(fld, scheme) for fld in STATS_FIELDS for scheme in schemes}
    out = _Merged()
    for n, (interview_id, text, theirs) in enumerate(inputs.logs):
        if n % STOP_EVERY == 0:
            stop()
        if len(out.touched) >= BATCH:
            yield out
            out = _Merged()
        if text is not None and text == inputs.local.get(interview_id):
            continue  # the very log this laptop has (the same package again): nothing new
        if theirs is None:
            try:
                theirs = ilog.Log.parse(text)
            except ilog.LogError as exc:
                raise PackageError(path, "damaged", f"the change log of interview {interview_id} cannot be read"
                                                    f" ({exc})") from None
        if not len(theirs):
            continue  # nothing to merge
        if interview_id not in rows:
            raise PackageError(path, "damaged", f"interview {interview_id} refers to what this laptop does not have")
        inputs.values.check(interview_id, rows[interview_id][:2], theirs)
        unknown = set(theirs.scheme) - schemes
        if unknown:
            raise PackageError(path, "damaged", f"a change of interview {interview_id} refers to scheme "
                                                f"{sorted(unknown)[0]!r}, which this laptop does not have")
        if len(theirs.ids()) != len(theirs):
            raise PackageError(path, "damaged", f"interview {interview_id}: a change is in its log twice")
        new = interview_id in inputs.new_here
        if new:  # nothing of it here yet: every answer is new, and no conflict or text row is listed
            mine, added = theirs, range(len(theirs))
            current, conflicted = mine.answers()
            changed = current.keys()
            out.conflicts_on += [(interview_id, *key) for key in conflicted]
        else:
            stored = inputs.local.get(interview_id)
            mine = ilog.Log.parse(stored, check=False) if stored else ilog.Log()
            if theirs.ids() <= mine.ids():  # nothing new (the same package again)
                continue
            before = mine.answers()[0]
            added = mine.union(theirs)
            text = None
            current, conflicted = mine.answers()
            touched = mine.keys(added)
            for key in touched:
                (out.conflicts_on if key in conflicted else out.conflicts_off).append((interview_id, *key))
            changed = {key for key in touched if current.get(key) != before.get(key)}
            out.unindex += [(interview_id, *key) for key in changed]
        row = rows[interview_id]
        for (fld, column), shown in zip(SUMMARY_COLUMNS.items(), row[2:]):
            if (fld, "") in changed:  # the interview row as it came with the package may show it already
                value = ilog.value_of(current[(fld, "")][0])
                value = int(bool(value)) if fld == DELETED_FIELD else value
                if value != shown or type(value) is not type(shown):
                    out.summary.append((column, interview_id, value))
        if not counted.isdisjoint(changed):
            if new:
                out.new_stats.append(stats_row(interview_id, current))
            else:
                out.stats.append((interview_id, stats_row(interview_id, current)))
        for key in inputs.searchable[row[:2]].intersection(changed):
            value = ilog.value_of(current[key][0])
            if isinstance(value, str) and value.strip():
                out.texts.append((value, interview_id, *key))
        if (DELETED_FIELD, "") in current and deletion_disputed(mine, current):
            out.disputed.append(interview_id)
        out.logs.append((interview_id, ilog.encode_answers(current), text or mine.dumps()))
        out.touched.append(interview_id)
        out.added += len(added)
        out.updated += len(changed)
        latest = max(zip(mine.wall, mine.counter)) if new else mine.latest(added)
        if latest[0] > inputs.now + hlc.MAX_AHEAD_MS:
            _clock_ahead(path, mine, added, inputs.now)
        if out.latest is None or latest > out.latest:
            out.latest = latest
    yield out


def _clock_ahead(path: Path, log_: ilog.Log, added, now: int) -> None:
    """Refuse a package with a change stamped more than hlc.MAX_AHEAD_MS after this laptop's clock, naming the
    laptop (its coordinator and the start of its id) that stamped it and when."""
    n = max(added, key=log_.order)
    change = log_.change(n)
    stamped = hlc.iso(change.stamp)
    raise PackageError(path, "clock_ahead",
                       f"changes by {change.coordinator or '?'} (laptop {change.device_id[:8]}) are dated "
                       f"{dates.format_timestamp(stamped)}, more than {hlc.MAX_AHEAD_MS // 3_600_000} hours after "
                       f"this computer's clock ({dates.format_timestamp(iso_from_ms(now))}): one of the two clocks "
                       f"is wrong", coordinator=change.coordinator, device=change.device_id, stamped=stamped,
                       now=iso_from_ms(now), hours=hlc.MAX_AHEAD_MS // 3_600_000)


def _unite_and_write(store: "Store", path: Path, first_interview: int, stop: Callable[[], None]) -> _Merged:
    """Unite the package's logs with this laptop's (``_unite``) and write each batch as it comes, so that a
    big package is never all in memory at once. Returns the totals (the counts, the interviews in dispute,
    the latest stamp)."""
    inputs = _read_inputs(store, path, first_interview)
    total = _Merged()
    for batch in _unite(inputs, stop):
        try:
            _write_merged(store, batch)
        except (UnicodeEncodeError, sqlite3.ProgrammingError, sqlite3.InterfaceError) as exc:
            # values SQLite cannot take (text that is not Unicode, a list where a date goes): only a damaged
            # package brings them, as every log was checked and this laptop writes none
            raise PackageError(path, "damaged", f"a value cannot be stored ({exc})") from None
        total.added += batch.added
        total.updated += batch.updated
        total.disputed += batch.disputed
        if batch.latest and (total.latest is None or batch.latest > total.latest):
            total.latest = batch.latest
    return total


def _guide(store: "Store", guide_id: str, version: int):
    """The guide of an interview; None for one this build cannot read (its answers are then neither checked nor
    indexed, as they could not have been typed here either)."""
    try:
        return guide_library.get(store, guide_id, version)
    except (FeltkartError, KeyError) as exc:
        log.warning("guide %s v%s not readable (%s)", guide_id, version, exc)
        return None


# The values Feltkart's own fields take: status, deleted, and the interviews said not to be duplicates.
INTERNAL_VALUES = {
    STATUS_FIELD: lambda v: v in (DRAFT, COMPLETE),
    DELETED_FIELD: lambda v: type(v) is bool,
    "_distinct_from": lambda v: type(v) is list and all(type(x) is str for x in v),
}


class _ValueCheck:
    """Every value a package brings passes the checks the same value passes when it is typed (the question's
    type, choices, limits and length; a municipality of the study's registry; Feltkart's own fields their own
    values), or the package is refused naming the interview, the question and the fault ("invalid"). A value
    seen once is not checked again: most answers repeat."""

    def __init__(self, path: Path, guides: dict, municipalities: set[str]):
        self.path, self.guides, self.municipalities = path, guides, municipalities
        self.passed: set[tuple] = set()

    def check(self, interview_id: str, guide_key: tuple[str, int], log_: ilog.Log) -> None:
        passed, guide = self.passed, self.guides.get(guide_key)
        for field, scheme, text in zip(log_.field, log_.scheme, log_.value):
            key = (guide_key, field, scheme == "", text)
            if key in passed:
                continue
            fault = self._fault(guide, field, scheme, text)
            if fault:
                shown = text if len(text) <= 40 else f"{text[:40]}… ({len(text)} characters)"
                raise PackageError(self.path, "invalid", f"interview {interview_id}, {field}"
                                   f"{f' [{scheme}]' if scheme else ''}: {fault}: {shown}",
                                   interview=interview_id, field=field, scheme=scheme, fault=fault)
            passed.add(key)

    def _fault(self, guide, field: str, scheme: str, text: str) -> str | None:
        value = ilog.value_of(text)
        if field.startswith("_"):
            allowed = INTERNAL_VALUES.get(field)
            if allowed is None:
                return "unknown_question"
            return None if allowed(value) and not scheme else "not_allowed"
        if guide is None:
            return None
        if not guide.has(field):
            return "unknown_question"
        question = guide.question(field)
        if bool(scheme) != question.per_scheme:
            return "scheme_mismatch"
        fault = check_value(question, value)
        if not fault and question.type == "municipality" and value is not None and value not in self.municipalities:
            return "not_in_registry"
        return fault


def _write_merged(store: "Store", merged: _Merged) -> None:
    """Write a batch ``_unite`` made: the logs and current answers, the statistics' rows, the open
    conflicts, the text index and the interview rows."""
    conn = store.conn
    seq = next_log_seq(conn)
    conn.executemany(STORE_LOG, [(*row, seq) for row in merged.logs])
    conn.executemany("DELETE FROM interview_stats WHERE interview_id = ?", [(i,) for i, _row in merged.stats])
    write_stats(conn, [row for _i, row in merged.stats] + merged.new_stats)
    conn.executemany("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
                     merged.conflicts_off)
    conn.executemany("INSERT OR IGNORE INTO open_conflicts VALUES (?, ?, ?)", merged.conflicts_on)
    conn.executemany("INSERT OR IGNORE INTO open_conflicts VALUES (?, ?, '')",
                     [(i, DELETED_FIELD) for i in merged.disputed])
    conn.executemany("""DELETE FROM answer_text WHERE rowid IN (SELECT fts_rowid FROM answer_text_rows
                        WHERE interview_id = ? AND field = ? AND scheme = ?)""", merged.unindex)
    conn.executemany("DELETE FROM answer_text_rows WHERE interview_id = ? AND field = ? AND scheme = ?",
                     merged.unindex)
    index_texts(conn, sorted(merged.texts, key=lambda row: row[1:]))
    for column in set(SUMMARY_COLUMNS.values()):
        conn.executemany(f"UPDATE interviews SET {column} = ? WHERE id = ?",
                         [(value, i) for c, i, value in merged.summary if c == column])
    now = store.now()
    conn.executemany("UPDATE interviews SET updated_at = ? WHERE id = ?", [(now, i) for i in merged.touched])


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
               stop: Callable[[], None]) -> None:
    """Merge one checked package, attached as ``pkg``, in one transaction; ``step()`` when the logs are
    united and when they are written; ``stop()`` now and then, which raises when the user stopped the merge.
    PackageError (the transaction is undone) when the new rows refer to an interview, municipality, guide or
    scheme this laptop does not have."""
    conn = store.conn
    if manifest.study_id != study.load(store).study_id:
        _join(store, manifest)
    else:  # the study's name and rural definition: the later setting wins (the coordinator is per laptop)
        for key in ("study_name", "rural_definition"):
            conn.execute(
                """UPDATE settings SET value = p.value, updated_at = p.updated_at FROM pkg.settings p
                   WHERE settings.key = ? AND p.key = settings.key AND p.updated_at > settings.updated_at""",
                [key])
    conn.execute("INSERT OR IGNORE INTO guides SELECT * FROM pkg.guides")
    _check_interview_rows(conn, path)
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
    _check_references(conn, path, first_interview)
    merged = _unite_and_write(store, path, first_interview, stop)
    step()
    if merged.added:
        hlc.observe(conn, *merged.latest)
    step()
    # counted only now: a stop or a refusal before this point undoes the package
    report.updated_answers += merged.updated
    report.changed_after_delete += merged.disputed
    report.added_interviews += added_interviews
    report.added_changes += merged.added


def _check_interview_rows(conn, path: Path) -> None:
    """The package's interview rows hold what Feltkart writes there (the log's values are checked as they are
    united): PackageError "invalid" otherwise."""
    bad = conn.execute(
        """SELECT id FROM pkg.interviews WHERE typeof(id) != 'text' OR status NOT IN ('draft', 'complete')
           OR deleted NOT IN (0, 1) OR typeof(coordinator) != 'text' OR typeof(device_id) != 'text'
           OR (municipality IS NOT NULL AND typeof(municipality) != 'text')
           OR (interview_date IS NOT NULL AND (typeof(interview_date) != 'text'
                                               OR date(interview_date) IS NOT interview_date))
           LIMIT 1""").fetchone()
    if bad:
        raise PackageError(path, "invalid", f"interview {bad[0]}: its row holds a value Feltkart does not write",
                           interview=str(bad[0]))


def _check_references(conn, path: Path, first_interview: int) -> None:
    """What foreign keys would check, for the interviews this package added only (``_bulk`` turns them off;
    the changes' references are checked as their logs are read)."""
    dangling = conn.execute(
        """SELECT 'interview ' || i.id FROM interviews i WHERE i.rowid >= :interview AND (
               NOT EXISTS (SELECT 1 FROM municipalities m WHERE m.registry = i.registry AND m.number = i.municipality)
               OR NOT EXISTS (SELECT 1 FROM guides g WHERE g.id = i.guide_id AND g.version = i.guide_version))
           LIMIT 1""", {"interview": first_interview}).fetchone()
    if dangling:
        raise PackageError(path, "damaged", f"{dangling[0]} refers to what this laptop does not have")


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
    for interview_id in {i for pair in rows for i in pair}:
        kept[interview_id] = set(current_answers(store.conn, interview_id).get((DISTINCT_FIELD, "")) or [])
    return [(a, b) for a, b in rows if b not in kept.get(a, set()) and a not in kept.get(b, set())]


def keep_both(store: "Store", first: str, second: str) -> None:
    """The user says the two are different interviews: recorded on both (a change that travels)."""
    from core.interviews import _record

    with store.write():
        for this, other in ((first, second), (second, first)):
            ids = sorted(set(current_answers(store.conn, this).get((DISTINCT_FIELD, "")) or []) | {other})
            _record(store, this, DISTINCT_FIELD, "", ids)


def mark_duplicate(store: "Store", duplicate: str, kept: str) -> None:
    """The user says ``duplicate`` repeats ``kept``: it goes to the trash with that reason (it can be restored)."""
    from core.interviews import DELETED_FIELD as deleted, _record

    with store.write():
        _record(store, duplicate, deleted, "", True, reason=f"duplikat av {kept}")


@contextmanager
def _bulk(conn):
    """Settings for merging hundreds of thousands of changes at once: a large page cache, no per-row foreign
    key lookups (they doubled the time), no cycle collection by Python while the logs are worked out (a third
    of that time; the merge makes no reference cycles), and no checkpoint at each commit: the merged pages
    stay in the write-ahead log, safe, until the caller copies them into the database file after showing the
    report (``store.checkpoint``; a third of the time of a commit). The rows keep their
    references by construction: a package is a Feltkart database that enforced them, and its guides, schemes
    and interviews are merged before the changes that refer to them (tests check ``foreign_key_check``)."""
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    autocheckpoint = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # the caller checkpoints after the report (store.checkpoint)
    conn.execute("PRAGMA foreign_keys = OFF")  # outside a transaction: inside one, SQLite ignores it
    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived lists: Python's cycle collector would run again and again
    try:
        yield
    finally:
        if collecting:
            gc.enable()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute(f"PRAGMA wal_autocheckpoint = {int(autocheckpoint)}")


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

    def __init__(self, paths: list[Path], progress, stop: Callable[[], bool] | None):
        self.report = MergeReport()
        self.total, self.done = STEPS * len(paths), 0
        self._progress, self._stop = progress, stop

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


def merge(store: "Store", paths: list[Path], progress=None, stop: Callable[[], bool] | None = None) -> MergeReport:
    """Merge packages into the store. Refused files are listed in the report; the others are merged, each in
    one transaction, after one backup of the database (none is kept when nothing was merged). ``progress(done,
    total)`` after each of the ``STEPS`` of every package (a big package takes seconds, so the bar moves within
    it too). When ``stop()`` turns true (the user pressed Stop), the package being merged is undone and the
    rest are not merged; those merged before stay merged (``report.stopped`` lists the others)."""
    from core.store import backup_database, check_intact

    check_intact(store.conn, store.path)  # never merge into a damaged file (DamagedDatabaseError)
    run = _Run(paths, progress, stop)
    report = run.report
    try:
        with work_folder("feltkart-merge-") as work:
            checked = _read_packages(store, paths, work, run)
            if checked:
                report.backup = backup_database(store.conn, store.path, "before-merge")
                with _bulk(store.conn):
                    _merge_packages(store, checked, run, stop)
    finally:
        if report.backup and not report.merged:  # every package refused or stopped, or the merge failed
            report.backup.unlink(missing_ok=True)
            report.backup = None
    report.conflicts = conflicts(store)
    report.changed_after_delete = sorted(set(report.changed_after_delete))
    report.duplicates = duplicates(store)
    return report


def _read_packages(store: "Store", paths: list[Path], work: Path, run: _Run) -> list[tuple[Path, Manifest, Path]]:
    """Each package read and checked (``read_package``) into its own folder of ``work``: (path, manifest,
    database) of those that may be merged; the others are refused in the report."""
    report, checked = run.report, []
    for n, path in enumerate(paths):
        if run.stopping():  # before anything is written: the packages read so far are not merged either
            report.stopped += [str(p) for p, _m, _d in checked] + [str(p) for p in paths[n:]]
            return []
        folder = work / str(n)
        folder.mkdir()
        try:
            manifest, data = read_package(path, folder)
            _check_study(store, manifest, Path(path))
        except PackageError as exc:
            report.refused.append(exc)
            run.step(STEPS)
            continue
        checked.append((path, manifest, data))
        run.step()
    return checked


def _merge_packages(store: "Store", checked: list[tuple[Path, Manifest, Path]], run: _Run, stop) -> None:
    """Merge the checked packages one after the other, each in one transaction."""
    report = run.report
    for k, (path, manifest, data) in enumerate(checked):
        if run.stopping():
            report.stopped += [str(p) for p, _m, _d in checked[k:]]
            return
        try:
            _check_study(store, manifest, Path(path))  # an earlier package may have made this laptop join
        except PackageError as exc:
            report.refused.append(exc)
            run.step(STEPS - 1)
            continue
        # attached outside the transaction: SQLite cannot detach a database inside the one that read it
        store.conn.execute("ATTACH DATABASE ? AS pkg", [f"{data.resolve().as_uri()}?mode=ro"])
        interrupted: list[bool] = []
        try:
            with store.write():  # holds the write lock from its start
                with _interruptible(store.conn, stop) as interrupted:
                    _merge_one(store, manifest, Path(path), report, run.step_or_stop, run.check_stop)
        except PackageError as exc:  # rows that refer to what this laptop does not have: undone
            report.refused.append(exc)
            run.step(STEPS - 1)
            continue
        except (_Stopped, sqlite3.OperationalError) as exc:
            if isinstance(exc, sqlite3.OperationalError) and not interrupted:
                raise
            log.info("merge stopped by the user during %s; that package is undone", path)
            report.stopped += [str(p) for p, _m, _d in checked[k:]]
            return
        finally:
            store.conn.execute("DETACH DATABASE pkg")
        report.merged.append(str(path))
        run.step()
