"""Each sampled municipality's status, worked out from its contact attempts, appointments and interviews (never
typed), its AAPOR disposition, and the agenda (appointments ahead, next steps overdue).

The status, in this order of precedence:

- ``interviewed``: a complete interview (not in the trash) of the municipality;
- ``not_eligible``, then ``refused``: a *final* attempt with that outcome (a refusal after an interview was
  begun is a break-off, which AAPOR counts as a refusal);
- ``partly_interviewed``: only drafts;
- ``not_reached``: a final attempt with any other outcome;
- ``appointment``: an appointment that is not cancelled;
- ``contacted``: any attempt;
- ``not_contacted``.

The dispositions of AAPOR's Standard Definitions for a census of known units (every sampled municipality is
eligible unless marked not eligible; there is no unknown eligibility): I interviewed, P partly interviewed,
R refused, NE not eligible (left out of every rate); a municipality not reached in the end is O when somebody
there was reached (or an appointment booked) and NC otherwise. One still open counts as the fieldwork stands:
R or NE when its latest attempt says so (not marked final), O when somebody was reached or an appointment
booked, NC when nobody answered or nobody was tried.

Attempts of the same minute are ordered by their ids (the same on every laptop), so that every laptop holding
the same records shows the same status, latest contact and next step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from core.base import dates
from core.fieldwork import records
from core.reference import registry, study

if TYPE_CHECKING:
    from core.storage.store import Store

STATUSES = ("not_contacted", "contacted", "appointment", "interviewed", "partly_interviewed", "refused",
            "not_reached", "not_eligible")
CLOSED = ("interviewed", "refused", "not_eligible", "not_reached")  # the fieldwork is over for these
DISPOSITIONS = ("I", "P", "R", "NC", "O", "NE")
REACHED = {"reached", "appointment", "postponed", "refused", "not_eligible", "other"}  # somebody answered


@dataclass(frozen=True)
class Row:
    """One sampled municipality, as the Feltarbeid view and the sheet ``utvalg`` show it."""
    number: str
    name: str
    county: str
    county_name: str
    centrality_class: int
    population: int
    rural: bool
    coordinator: str | None
    status: str
    disposition: str
    attempts: int
    last_contact: str | None  # local date and time of the latest attempt
    last_outcome: str | None
    next_step: str | None  # of the latest attempt
    next_due: str | None
    appointment: str | None  # the next appointment from today, else the latest one
    complete: int  # complete interviews
    drafts: int
    first_complete: str | None = None  # the date of its first complete interview (ISO)
    last_attempt: str | None = None  # the id of the latest attempt


def in_order(found: list[records.Record]) -> list[records.Record]:
    """Attempts or appointments in time order, those of the same minute by id: the same order on every laptop."""
    return sorted(found, key=lambda r: (r.get("at", ""), r.id))


def status_of(complete: int, drafts: int, attempts: list[records.Record], appointments: list[records.Record]) -> str:
    """The status (the module's docstring); ``attempts`` and ``appointments`` not removed."""
    if complete:
        return "interviewed"
    finals = {a.get("outcome") for a in attempts if a.get("final")}
    for outcome in ("not_eligible", "refused"):
        if outcome in finals:
            return outcome
    if drafts:
        return "partly_interviewed"
    if finals:
        return "not_reached"
    if appointments:
        return "appointment"
    return "contacted" if attempts else "not_contacted"


def disposition_of(status: str, attempts: list[records.Record], appointments: list[records.Record]) -> str:
    """The AAPOR disposition of a status (the module's docstring)."""
    fixed = {"interviewed": "I", "partly_interviewed": "P", "refused": "R", "not_eligible": "NE",
             "not_contacted": "NC"}
    if status in fixed:
        return fixed[status]
    if status == "contacted" and attempts:
        latest = in_order(attempts)[-1].get("outcome")
        if latest in ("refused", "not_eligible"):
            return {"refused": "R", "not_eligible": "NE"}[latest]
    reached = appointments or any(a.get("outcome") in REACHED for a in attempts)
    return "O" if reached else "NC"


def rows(store: "Store", today: date | None = None) -> list[Row]:
    """Every municipality in the sample, with its status, in number order (one snapshot of the database)."""
    with store.snapshot():
        return _rows(store, today or today_of(store))


def local_now(store: "Store") -> datetime:
    """Now by this laptop's clock (the store's, which tests set), as a local date and time without a zone."""
    return dates.local(store.now())


def today_of(store: "Store") -> date:
    """Today by this laptop's clock (the store's), in local time."""
    return local_now(store).date()


def _rows(store: "Store", today: date) -> list[Row]:
    settings = study.load(store)
    version, definition = settings.registry_version, settings.rural_definition
    places = {m.number: m for m in registry.municipalities(store, version)}
    sampled = [r for r in records.records(store, "municipality") if r.get("in_sample") and r.municipality in places]
    attempts: dict[str, list[records.Record]] = {}
    appointments: dict[str, list[records.Record]] = {}
    for r in records.records(store):
        if r.kind in ("attempt", "appointment") and not r.deleted:
            (attempts if r.kind == "attempt" else appointments).setdefault(r.municipality, []).append(r)
    interviews = {m: (c, d, first) for m, c, d, first in store.conn.execute(
        "SELECT municipality, sum(status = 'complete'), sum(status = 'draft'),"
        " min(CASE WHEN status = 'complete' THEN interview_date END) FROM interviews"
        " WHERE deleted = 0 AND registry = ? GROUP BY municipality", [version])}
    found = []
    for record in sorted(sampled, key=lambda r: r.municipality):
        m = places[record.municipality]
        tried = in_order(attempts.get(m.number, []))
        booked = in_order(appointments.get(m.number, []))
        complete, drafts, first = interviews.get(m.number, (0, 0, None))
        status = status_of(complete, drafts, tried, booked)
        ahead = [a for a in booked if a.get("at", "") >= today.isoformat()]
        latest = tried[-1] if tried else None
        found.append(Row(m.number, m.name, m.county_number, m.county_name, m.centrality_class, m.population,
                         definition.is_rural(m.centrality_class), record.get("coordinator"), status,
                         disposition_of(status, tried, booked), len(tried), latest.get("at") if latest else None,
                         latest.get("outcome") if latest else None, latest.get("next_step") if latest else None,
                         latest.get("next_due") if latest else None,
                         (ahead[0] if ahead else booked[-1]).get("at") if booked else None, complete, drafts,
                         first, latest.id if latest else None))
    return found


@dataclass(frozen=True)
class AgendaItem:
    record_id: str
    municipality: str
    name: str
    when: str  # the appointment's time, or the next step's due date
    what: str  # the place or the next step
    who: str | None  # the appointment's people, or the municipality's coordinator


@dataclass(frozen=True)
class Agenda:
    today: list[AgendaItem]
    week: list[AgendaItem]  # the six days after today
    overdue: list[AgendaItem]  # next steps due before today, of municipalities still open


def agenda(store: "Store", today: date | None = None, sampled: list[Row] | None = None) -> Agenda:
    """Today's appointments, those of the six days after, and the next steps overdue of municipalities still
    open; ``sampled``: the rows of ``rows`` when the caller has them."""
    today = today or today_of(store)
    sampled = rows(store, today) if sampled is None else sampled
    open_rows = {r.number: r for r in sampled if r.status not in CLOSED}
    names = {r.number: r.name for r in sampled}
    week_end = (today + timedelta(days=7)).isoformat()
    day, week = [], []
    for a in records.records(store, "appointment"):
        if a.deleted or a.municipality not in names:
            continue
        when = a.get("at", "")
        item = AgendaItem(a.id, a.municipality, names[a.municipality], when, a.get("place") or "", a.get("with"))
        if when[:10] == today.isoformat():
            day.append(item)
        elif today.isoformat() < when[:10] < week_end:
            week.append(item)
    overdue = [AgendaItem(row.last_attempt, number, row.name, row.next_due, row.next_step, row.coordinator)
               for number, row in open_rows.items()
               if row.next_due and row.next_due < today.isoformat() and row.next_step]
    return Agenda(*(sorted(items, key=lambda i: (i.when, i.record_id or "")) for items in (day, week, overdue)))
