"""Contact attempts and appointments: each a record of its own (``records``), made, changed and removed with a
change each, so that two laptops' attempts both survive a merge and two changes of one field are a conflict."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from core.base.errors import ValidationError
from core.fieldwork import records
from core.fieldwork.fields import DELETED, missing
from core.fieldwork.status import in_order, local_now
from core.reference import study

if TYPE_CHECKING:
    from core.storage.store import Store

FUTURE_SLACK = timedelta(minutes=10)  # an attempt this far ahead of the clock is not "in the future" yet


def _known(store: "Store", number: str) -> None:
    version = study.load(store).registry_version
    if not store.conn.execute("SELECT 1 FROM municipalities WHERE registry = ? AND number = ?",
                              [version, number]).fetchone():
        raise ValidationError({"municipality": "not_in_registry"})


def _new(store: "Store", kind: str, values: dict[str, Any]) -> str:
    gaps = missing(kind, values)
    if gaps:
        raise ValidationError({f: "required" for f in gaps})
    _known(store, values["municipality"])
    record_id = records.new_id()
    records.change(store, record_id, kind, values["municipality"], {k: v for k, v in values.items() if v is not None})
    return record_id


def add_attempt(store: "Store", municipality: str, at: str, channel: str, outcome: str, final: bool = False,
                **more: Any) -> str:
    """A contact attempt (``at``: local date and time, YYYY-MM-DDTHH:MM); ``more``: role, name, contact, note,
    next_step, next_due. Returns its id. ValidationError naming each field at fault."""
    return _new(store, "attempt", {"municipality": municipality, "at": at, "channel": channel,
                                   "outcome": outcome, "final": final, **more})


def add_appointment(store: "Store", municipality: str, at: str, minutes: int = 60, **more: Any) -> str:
    """An appointment (``more``: place, with, note). Returns its id."""
    return _new(store, "appointment", {"municipality": municipality, "at": at, "minutes": minutes, **more})


def edit(store: "Store", record_id: str, **values: Any) -> bool:
    """Change fields of an attempt or appointment (its municipality stays)."""
    record = records.get(store, record_id)
    if record.kind not in ("attempt", "appointment") or "municipality" in values:
        raise ValidationError({"record": "not_editable"})
    after = {**record.values, **values}
    gaps = missing(record.kind, after)
    if gaps:
        raise ValidationError({f: "required" for f in gaps})
    return records.change(store, record_id, record.kind, record.municipality, values)


def remove(store: "Store", record_id: str) -> bool:
    """Remove an attempt or cancel an appointment (a change: it travels, and can be restored)."""
    record = records.get(store, record_id)
    return records.change(store, record_id, record.kind, record.municipality, {DELETED: True})


def restore(store: "Store", record_id: str) -> bool:
    record = records.get(store, record_id)
    return records.change(store, record_id, record.kind, record.municipality, {DELETED: False})


def attempts(store: "Store", municipality: str | None = None) -> list[records.Record]:
    """The attempts (of one municipality), the latest first (those of one minute by id, as on every laptop);
    removed ones left out."""
    return in_order([r for r in records.records(store, "attempt", municipality) if not r.deleted])[::-1]


def appointments(store: "Store", municipality: str | None = None) -> list[records.Record]:
    """The appointments (of one municipality) in time order; cancelled ones left out."""
    return in_order([r for r in records.records(store, "appointment", municipality) if not r.deleted])


def study_start(store: "Store") -> date | None:
    """When the fieldwork began: the day the sample was made, or the day the database was made."""
    from core.fieldwork.sample import design

    made = design(store)
    text = made.made_at if made and made.made_at else None
    if text is None:
        row = store.conn.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()
        text = row[0] if row else None
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:  # not a date: no start to compare with
        return None


def timing_warnings(store: "Store", at: str) -> list[str]:
    """What to ask the user about before an attempt at ``at`` is saved: "future" (later than now) or
    "before_study" (before the fieldwork began)."""
    when = datetime.fromisoformat(at)
    now = local_now(store)
    found = []
    if when > now + FUTURE_SLACK:
        found.append("future")
    start = study_start(store)
    if start and when.date() < start:
        found.append("before_study")
    return found


def municipality_name(store: "Store", number: str) -> str:
    version = study.load(store).registry_version
    row = store.conn.execute("SELECT name FROM municipalities WHERE registry = ? AND number = ?",
                             [version, number]).fetchone()
    return row[0] if row else number
