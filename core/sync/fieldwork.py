"""Merging the fieldwork a package brings (``core.fieldwork``: the sample, assignments, contact attempts and
appointments) as interviews are merged: each record's change log united with this laptop's by change id, the
current values worked out again, two laptops' changes of one field since they last shared data a conflict
(``fieldwork_conflicts``), an attempt removed on one laptop and changed on another without knowing a conflict
too. Every record and value is checked as if typed here first; a package that fails is refused whole."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core.base.driver import sqlite3
from core.fieldwork.fields import DELETED, KINDS, fault, missing
from core.fieldwork.records import SAMPLE_ID, STORE, municipality_id
from core.interviews.logs import deletion_disputed, next_log_seq
from core.model import hlc, ilog
from core.sync.checks import clock_ahead
from core.sync.package import PackageError, has_table

if TYPE_CHECKING:
    from core.storage.store import Store

MAX_ID = 80  # a record id: a UUID, "utvalg" or "kommune:2024:1826"
STOP_EVERY = 500


@dataclass
class FieldworkMerged:
    """What merging a package's fieldwork changed here."""
    rows: list[tuple] = field(default_factory=list)  # (record id, kind, municipality, answers, log) to store
    conflicts_on: list[tuple[str, str]] = field(default_factory=list)  # (record id, field)
    conflicts_off: list[tuple[str, str]] = field(default_factory=list)
    added: int = 0  # changes new here
    updated: int = 0  # fields whose value changed
    latest: tuple[int, int] | None = None


def _damaged(path: Path, text: str) -> PackageError:
    return PackageError(path, "damaged", text)


def _registry(conn) -> tuple[int, set[str]]:
    version = int(conn.execute("SELECT value FROM settings WHERE key = 'registry_version'").fetchone()[0])
    return version, {n for (n,) in conn.execute("SELECT number FROM municipalities WHERE registry = ?", [version])}


def _check_row(path: Path, row: tuple, version: int, known: set[str]) -> None:
    """A record row as Feltkart writes it: its kind, an id that fits the kind, a municipality of the registry."""
    record_id, kind, municipality, text = row
    if type(record_id) is not str or not record_id or len(record_id) > MAX_ID or kind not in KINDS \
            or type(text) is not str or (municipality is not None and type(municipality) is not str):
        raise _damaged(path, f"fieldwork record {str(record_id)[:MAX_ID]!r}: its row holds what Feltkart does not "
                             "write")
    if kind == "sample":
        fits = record_id == SAMPLE_ID and municipality is None
    elif kind == "municipality":
        fits = municipality in known and record_id == municipality_id(version, municipality)
    else:
        fits = municipality in known and record_id != SAMPLE_ID and not record_id.startswith("kommune:")
    if not fits:
        raise PackageError(path, "invalid", f"fieldwork record {record_id}: not a {kind} of this study's registry",
                           interview=record_id, field="municipality", scheme="", fault="not_in_registry")


def _check_log(path: Path, record_id: str, kind: str, municipality: str | None, log: ilog.Log,
               passed: set) -> None:
    """Every value the record's log holds passes the checks a typed one does."""
    for fld, scheme, text in zip(log.field, log.scheme, log.value):
        # a record's own municipality is checked for every record; a value seen once is not checked again
        key = (kind, fld, scheme, text, municipality if fld == "municipality" else None)
        if key in passed:
            continue
        value = ilog.value_of(text)
        problem = "not_allowed" if scheme else fault(kind, fld, value)
        if problem is None and fld == "municipality" and value is not None and value != municipality:
            problem = "not_its_municipality"
        if problem:
            shown = text if len(text) <= 40 else f"{text[:40]}… ({len(text)} characters)"
            raise PackageError(path, "invalid", f"fieldwork record {record_id}, {fld}: {problem}: {shown}",
                               interview=record_id, field=fld, scheme=scheme, fault=problem)
        passed.add(key)


def merge_fieldwork(store: "Store", path: Path, stop: Callable[[], None]) -> FieldworkMerged:
    """Unite the package's (attached as ``pkg``) fieldwork records with this laptop's and write the result, in the
    caller's transaction. PackageError (the caller undoes the package) for a record or value Feltkart would
    not have written, or a change stamped far ahead of this laptop's clock."""
    conn = store.conn
    out = FieldworkMerged()
    if not has_table(conn, "fieldwork_logs"):
        return out  # made by a Feltkart before the fieldwork
    try:
        theirs = conn.execute("SELECT record_id, kind, municipality, log FROM pkg.fieldwork_logs").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            raise
        raise _damaged(path, f"the fieldwork cannot be read ({exc})") from None
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, f"the fieldwork cannot be read ({exc})") from None
    if not theirs:
        return out
    version, known = _registry(conn)
    local = {i: (k, m, t) for i, k, m, t in conn.execute(
        "SELECT record_id, kind, municipality, log FROM fieldwork_logs")}
    now, passed, seen = store.clock(), set(), set()
    for n, row in enumerate(theirs):
        if n % STOP_EVERY == 0:
            stop()
        _check_row(path, row, version, known)
        record_id, kind, municipality, text = row
        if record_id in seen:
            raise _damaged(path, f"fieldwork record {record_id} is in the package twice")
        seen.add(record_id)
        mine_row = local.get(record_id)
        if mine_row is not None and mine_row[:2] != (kind, municipality):
            raise _damaged(path, f"fieldwork record {record_id} is another record here")
        if mine_row is not None and mine_row[2] == text:
            continue  # the very log this laptop has
        try:
            log = ilog.Log.parse(text)
        except ilog.LogError as exc:
            raise _damaged(path, f"the change log of fieldwork record {record_id} cannot be read ({exc})") from None
        if len(log.ids()) != len(log):
            raise _damaged(path, f"fieldwork record {record_id}: a change is in its log twice")
        mine = ilog.Log.parse(mine_row[2], check=False) if mine_row else ilog.Log()
        if log.ids() <= mine.ids():
            continue  # every change is here already (and was checked when it came)
        _check_log(path, record_id, kind, municipality, log, passed)
        _unite(out, path, row, log, mine, now)
    _write(store, out)
    return out


def _unite(out: FieldworkMerged, path: Path, row: tuple, theirs: ilog.Log, mine: ilog.Log, now: int) -> None:
    """Their new changes added to ``mine`` (``merge_fieldwork`` has checked that there are some)."""
    record_id, kind, municipality, _text = row
    before = mine.answers()[0]
    added = mine.union(theirs)
    current, conflicted = mine.answers()
    if missing(kind, {f: ilog.value_of(v) for (f, _s), (v, _id) in current.items()}):
        raise PackageError(path, "invalid", f"fieldwork record {record_id}: a required field is empty",
                           interview=record_id, field="", scheme="", fault="required")
    for key in mine.keys(added):
        (out.conflicts_on if key in conflicted else out.conflicts_off).append((record_id, key[0]))
    if (DELETED, "") in current and deletion_disputed(mine, current):
        out.conflicts_on.append((record_id, DELETED))
    out.updated += sum(1 for key in mine.keys(added) if current.get(key) != before.get(key))
    out.added += len(added)
    latest = mine.latest(added)
    if latest[0] > now + hlc.MAX_AHEAD_MS:
        clock_ahead(path, mine, added, now)
    if out.latest is None or latest > out.latest:
        out.latest = latest
    out.rows.append((record_id, kind, municipality, ilog.encode_answers(current), mine.dumps()))


def _write(store: "Store", out: FieldworkMerged) -> None:
    conn = store.conn
    if not out.rows:
        return
    seq = next_log_seq(conn)
    conn.executemany(STORE, [(*row, seq) for row in out.rows])
    conn.executemany("DELETE FROM fieldwork_conflicts WHERE record_id = ? AND field = ?", out.conflicts_off)
    conn.executemany("INSERT OR IGNORE INTO fieldwork_conflicts VALUES (?, ?)", out.conflicts_on)
