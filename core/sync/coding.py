"""Merging the themes and marked passages a package brings (``core.interviews.coding``) as the fieldwork is
merged: each record's change log united with this laptop's by change id, the current values worked out again,
two laptops' changes of one field since they last shared data a conflict (``coding_conflicts``), a theme
removed on one laptop and renamed on another without knowing a conflict too. Two laptops that gave one passage
different themes changed different fields (``theme:<id>``): both themes are kept. Every record and value is
checked as if typed here first; a package that fails is refused whole. The passages of the interviews whose
passages changed are worked out again (``passage_rows.derive``) against their answers as merged."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.base.driver import sqlite3
from core.interviews.coding import DELETED, KINDS, STORE, fault, required_missing
from core.interviews.logs import deletion_disputed, next_log_seq
from core.interviews.passage_rows import derive
from core.model import hlc, ilog
from core.model.ilog import Key
from core.sync.checks import clock_ahead
from core.sync.package import PackageError, has_table

if TYPE_CHECKING:
    from core.storage.store import Store

MAX_ID = 40
STOP_EVERY = 500


@dataclass
class CodingMerged:
    rows: list[tuple] = field(default_factory=list)
    conflicts_on: list[tuple[str, str]] = field(default_factory=list)
    conflicts_off: list[tuple[str, str]] = field(default_factory=list)
    added: int = 0
    latest: tuple[int, int] | None = None


def _damaged(path: Path, text: str) -> PackageError:
    return PackageError(path, "damaged", text)


def _check_row(here: set[str], path: Path, row: tuple) -> None:
    """``here``: the ids of this laptop's interviews (the package's are merged before its themes)."""
    record_id, kind, interview_id, text = row
    if type(record_id) is not str or not record_id or len(record_id) > MAX_ID or kind not in KINDS \
            or type(text) is not str or (interview_id is not None and type(interview_id) is not str) \
            or (kind == "theme") != (interview_id is None):
        raise _damaged(path, f"theme or passage {str(record_id)[:MAX_ID]!r}: its row holds what Feltkart does not "
                             "write")
    if kind == "passage" and interview_id not in here:
        raise PackageError(path, "invalid", f"passage {record_id}: its interview {interview_id} is not here",
                           interview=interview_id, field="", scheme="", fault="unknown_interview")


def _check_log(path: Path, record_id: str, kind: str, log: ilog.Log, passed: set[tuple]) -> list:
    """Every value of the log as if typed here (PackageError); returns them decoded (``Log.values``).
    ``passed``: the (kind, field, scheme, value as JSON) that passed before (most values repeat)."""
    values = log.values()
    for fld, scheme, value, text in zip(log.field, log.scheme, values, log.value):
        seen = (kind, fld, scheme, text)
        if seen in passed:
            continue
        problem = "not_allowed" if scheme else fault(kind, fld, value)
        if problem == "required":  # a field cleared: only the current value must be there (required_missing)
            problem = None
        if problem:
            shown = text if len(text) <= 40 else f"{text[:40]}… ({len(text)} characters)"
            raise PackageError(path, "invalid", f"{kind} {record_id}, {fld}: {problem}: {shown}",
                               interview=record_id, field=fld, scheme=scheme, fault=problem)
        passed.add(seen)
    return values


def _theirs(conn, path: Path) -> list[tuple]:
    if not has_table(conn, "coding_logs"):
        return []  # made by a Feltkart before the themes
    try:
        return conn.execute("SELECT record_id, kind, interview_id, log FROM pkg.coding_logs").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            raise
        raise _damaged(path, f"the themes cannot be read ({exc})") from None
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, f"the themes cannot be read ({exc})") from None


def merge_coding(store: "Store", path: Path, stop: Callable[[], None],
                 answers: dict[str, tuple[Collection[Key], dict[Key, str]]] | None = None) -> CodingMerged:
    """Unite the package's (attached as ``pkg``) themes and passages with this laptop's and write the result,
    in the caller's transaction, after the interviews are merged (``answers``: what their merge tells of
    their answers, for ``derive``). PackageError for a record or value Feltkart would not have written, or a
    change stamped far ahead of this laptop's clock."""
    conn = store.conn
    out = CodingMerged()
    theirs = _theirs(conn, path)
    if not theirs:
        return out
    local = {i: (k, n, t) for i, k, n, t in conn.execute("SELECT record_id, kind, interview_id, log FROM coding_logs")}
    now, seen, interviews, passed = store.clock(), set(), set(), set()
    united: dict[str, dict[str, Any]] = {}  # the current values of the passages merged, for derive
    here = {i for (i,) in conn.execute("SELECT id FROM interviews")}
    for n, row in enumerate(theirs):
        if n % STOP_EVERY == 0:
            stop()
        _check_row(here, path, row)
        record_id, kind, interview_id, text = row
        if record_id in seen:
            raise _damaged(path, f"theme or passage {record_id} is in the package twice")
        seen.add(record_id)
        mine_row = local.get(record_id)
        if mine_row is not None and mine_row[:2] != (kind, interview_id):
            raise _damaged(path, f"theme or passage {record_id} is another record here")
        if mine_row is not None and mine_row[2] == text:
            continue
        try:
            log = ilog.Log.parse(text)
        except ilog.LogError as exc:
            raise _damaged(path, f"the change log of {kind} {record_id} cannot be read ({exc})") from None
        if len(log.ids()) != len(log):
            raise _damaged(path, f"{kind} {record_id}: a change is in its log twice")
        mine = ilog.Log.parse(mine_row[2], check=False) if mine_row else None
        if mine is not None and log.ids() <= mine.ids():
            continue
        values = _unite(out, path, row, log, _check_log(path, record_id, kind, log, passed), mine, now)
        if interview_id:
            interviews.add(interview_id)
            united[record_id] = values
    try:
        _write(store, out)
        derive(conn, interviews, united, answers)
    except (UnicodeEncodeError, OverflowError, sqlite3.ProgrammingError, sqlite3.InterfaceError) as exc:
        # a value SQLite cannot take (text that is not Unicode, a number too large): a damaged package
        raise _damaged(path, f"a theme's or passage's value cannot be stored ({exc})") from None
    return out


def _unite(out: CodingMerged, path: Path, row: tuple, theirs: ilog.Log, decoded: list, mine: ilog.Log | None,
           now: int) -> dict[str, Any]:
    """The package's log of a record united with this laptop's (``mine``; None for a record new here, whose log
    is the package's), its row and conflicts added to ``out``; returns its current values. ``decoded``: the
    package's values (``_check_log``)."""
    record_id, kind, interview_id, text = row
    new = mine is None
    if new:
        mine, added = theirs, range(len(theirs))
    else:
        added = mine.union(theirs)
        decoded = mine.values()
    best, conflicted = mine.current()
    values = {f: decoded[n] for (f, _s), n in best.items()}
    if required_missing(kind, values):
        raise PackageError(path, "invalid", f"{kind} {record_id}: a required field is empty",
                           interview=record_id, field="", scheme="", fault="required")
    current = mine.answers(best, conflicted)[0]
    if new:  # no conflict of it to settle here
        out.conflicts_on += [(record_id, fld) for fld, _s in conflicted]
    else:
        for key in mine.keys(added):
            (out.conflicts_on if key in conflicted else out.conflicts_off).append((record_id, key[0]))
    if (DELETED, "") in current and deletion_disputed(mine, current):
        out.conflicts_on.append((record_id, DELETED))
    out.added += len(added)
    latest = mine.latest(None if new else added)
    if latest[0] > now + hlc.MAX_AHEAD_MS:
        clock_ahead(path, mine, added, now)
    if out.latest is None or latest > out.latest:
        out.latest = latest
    # a new record's log stored as it came, unless it holds more than Feltkart writes
    stored = text if new and theirs.as_written else mine.dumps()
    out.rows.append((record_id, kind, interview_id, ilog.encode_answers(current), stored))
    return values


def _write(store: "Store", out: CodingMerged) -> None:
    conn = store.conn
    if not out.rows:
        return
    seq = next_log_seq(conn)
    conn.executemany(STORE, [(*row, seq) for row in out.rows])
    conn.executemany("DELETE FROM coding_conflicts WHERE record_id = ? AND field = ?", out.conflicts_off)
    conn.executemany("INSERT OR IGNORE INTO coding_conflicts VALUES (?, ?)", out.conflicts_on)
