"""The fieldwork's records, stored as interviews are: one row of ``fieldwork_logs`` per record, its change log
(``core.model.ilog``) and the current values worked out from it, in the same transaction as every change. Two
laptops' changes to one field since they last shared data are a conflict (``fieldwork_conflicts``), settled by
a choice that is itself a change. A municipality's record has a fixed id (``municipality_id``), so the same
municipality sampled on two laptops is one record after a merge; attempts and appointments have UUIDs."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.base.errors import NotFoundError, ValidationError
from core.fieldwork.fields import DELETED, KINDS, fault
from core.interviews.logs import append_value, is_deleted, next_log_seq
from core.model import ilog
from core.reference import study

if TYPE_CHECKING:
    from core.storage.store import Store

SAMPLE_ID = "utvalg"  # the one record of how the sample was made
SETTLED = "konflikt løst"  # the reason of a change that settles a conflict
STORE = ("INSERT INTO fieldwork_logs (record_id, kind, municipality, answers, log, seq) VALUES (?, ?, ?, ?, ?, ?)"
         " ON CONFLICT (record_id) DO UPDATE SET municipality = excluded.municipality,"
         " answers = excluded.answers, log = excluded.log, seq = excluded.seq")


def municipality_id(registry: int, number: str) -> str:
    return f"kommune:{registry}:{number}"


@dataclass(frozen=True)
class Record:
    id: str
    kind: str
    municipality: str | None
    values: dict[str, Any]

    def get(self, field: str, default: Any = None) -> Any:
        value = self.values.get(field)
        return default if value is None else value

    @property
    def deleted(self) -> bool:
        return bool(self.values.get(DELETED))


def values_of(answers_text: str) -> dict[str, Any]:
    """The stored current values of a record (fields only: fieldwork records have no schemes)."""
    return {f: v for (f, _s), v in ilog.decode_answers(answers_text).items()}


def read(conn, record_id: str) -> tuple[str, str | None, ilog.Log] | None:
    """(kind, municipality, log) of a record, or None."""
    row = conn.execute("SELECT kind, municipality, log FROM fieldwork_logs WHERE record_id = ?",
                       [record_id]).fetchone()
    return (row[0], row[1], ilog.Log.parse(row[2], check=False)) if row else None


def get(store: "Store", record_id: str) -> Record:
    row = store.conn.execute("SELECT kind, municipality, answers FROM fieldwork_logs WHERE record_id = ?",
                             [record_id]).fetchone()
    if row is None:
        raise NotFoundError("fieldwork record", record_id)
    return Record(record_id, row[0], row[1], values_of(row[2]))


def records(store: "Store", kind: str | None = None, municipality: str | None = None) -> list[Record]:
    """The records of one kind (and municipality), in the order they were made here."""
    clauses, params = [], []
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    if municipality:
        clauses.append("municipality = ?")
        params.append(municipality)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return [Record(i, k, m, values_of(a)) for i, k, m, a in store.conn.execute(
        f"SELECT record_id, kind, municipality, answers FROM fieldwork_logs{where} ORDER BY rowid", params)]


def checked(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with empty texts as None, after the checks (ValidationError naming each field at fault)."""
    cleaned = {f: (None if v == "" else v) for f, v in values.items()}
    errors = {f: code for f, v in cleaned.items() if (code := fault(kind, f, v))}
    if errors:
        raise ValidationError(errors)
    return cleaned


def change(store: "Store", record_id: str, kind: str, municipality: str | None, values: dict[str, Any],
           reason: str | None = None, force: bool = False) -> bool:
    """Record the changed ``values`` of a record (made when new), checked, in the caller's transaction or one
    of its own. False when nothing changed."""
    if kind not in KINDS:
        raise ValueError(kind)
    values = checked(kind, values)
    with store.write():
        found = read(store.conn, record_id)
        if found is not None and found[0] != kind:
            raise ValidationError({"record": "kind_mismatch"})
        log = found[2] if found else ilog.Log()
        current = log.answers()[0]
        coordinator, changed = study.coordinator(store), False
        for field, value in values.items():
            made = append_value(store, log, current, (field, ""), value, coordinator, reason, force)
            if made is None:
                continue
            changed = True
            if made[1] or field == DELETED:  # it replaced several heads, or removed or restored the record
                # knowing of every change: the conflict on that field is settled
                store.conn.execute("DELETE FROM fieldwork_conflicts WHERE record_id = ? AND field = ?",
                                   [record_id, field])
        if not changed:
            return False
        store.conn.execute(STORE, [record_id, kind, municipality, ilog.encode_answers(current), log.dumps(),
                                   next_log_seq(store.conn)])
    return True


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class FieldConflict:
    record_id: str
    kind: str
    municipality: str | None
    field: str
    values: list[tuple[Any, str, str, str]]  # (value, stamp, device id, coordinator), the one in use first


def conflicts(store: "Store") -> list[FieldConflict]:
    """Every field of a fieldwork record that two laptops changed to different values since they last shared
    data, with each value, who and when."""
    found = []
    for record_id, field in store.conn.execute("SELECT record_id, field FROM fieldwork_conflicts ORDER BY 1, 2"
                                               ).fetchall():
        kind, municipality, log = read(store.conn, record_id)
        heads = log.heads([(field, "")]).get((field, ""), [])
        if field == DELETED and len({c.value for c in heads}) < 2:  # removed on one laptop, changed on another
            found += _removed_but_changed(record_id, kind, municipality, log)  # without knowing
            continue
        if len({c.value for c in heads}) > 1:
            found.append(FieldConflict(record_id, kind, municipality, field,
                                       [(json.loads(c.value), c.stamp, c.device_id, c.coordinator) for c in heads]))
    return found


def _removed_but_changed(record_id: str, kind: str, municipality: str | None, log: ilog.Log) -> list[FieldConflict]:
    """The choice between the removal (in use) and keeping the record with the other laptop's changes."""
    current = log.answers()[0]
    if not is_deleted(current):
        return []
    removal = log.by_id(current[(DELETED, "")][1])
    edits = [log.change(n) for n in log.unaware_edits(removal.id)]
    if not edits:
        return []
    edit = max(edits, key=lambda c: c.stamp)
    return [FieldConflict(record_id, kind, municipality, DELETED,
                          [(True, removal.stamp, removal.device_id, removal.coordinator),
                           (False, edit.stamp, edit.device_id, edit.coordinator)])]


def resolve(store: "Store", record_id: str, field: str, value: Any) -> None:
    """Settle a conflict with the value the user picked: a change that replaces every head ("konflikt løst")."""
    if not store.conn.execute("SELECT 1 FROM fieldwork_conflicts WHERE record_id = ? AND field = ?",
                              [record_id, field]).fetchone():
        raise ValueError("no conflict on this field")
    kind, municipality, _log = read(store.conn, record_id)
    with store.write():
        change(store, record_id, kind, municipality, {field: value}, reason=SETTLED, force=True)
        store.conn.execute("DELETE FROM fieldwork_conflicts WHERE record_id = ? AND field = ?", [record_id, field])
