"""Conflicts after a merge, and settling them: an answer whose heads disagree (changed on two laptops since
they last shared data), an interview deleted on one laptop and edited on another without either knowing of
the other, and possible duplicates (one municipality and date from two laptops). A choice is recorded as a
change, so it travels like any other and settles the conflict on every laptop."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.fieldwork import records as fieldwork_records
from core.interviews import DELETED_FIELD, checked_answer, current_answers, guide_of, heads_of, load_log, record_change
from core.interviews import coding as coding_records
from core.interviews.coding import CodingConflict

if TYPE_CHECKING:
    from core.storage.store import Store


@dataclass(frozen=True)
class Conflict:
    interview_id: str
    field: str
    scheme: str
    values: list[tuple[object, str, str, str]]  # (value, stamp, device id, coordinator), the winner first


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
        values = heads_of(store.conn, i, f, s)
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
    """How many answers, fieldwork fields, themes and passages, and possible duplicates wait for a choice (the
    navigation's badge)."""
    count = len(duplicates(store))
    if store.conn.execute("SELECT 1 FROM open_conflicts LIMIT 1").fetchone():
        count += len(conflicts(store))
    if store.conn.execute("SELECT 1 FROM fieldwork_conflicts LIMIT 1").fetchone():
        count += len(fieldwork_records.conflicts(store))
    count += len(theme_conflicts(store))  # also a removed theme still carried by a passage (coding.orphaned)
    return count


def theme_conflicts(store: "Store") -> list[CodingConflict]:
    """The themes' and marked passages' conflicts (``core.interviews.coding``), for Konflikter beside the answers'
    and the fieldwork's: a theme renamed on one laptop and removed on another (``field`` "_deleted"), renamed to
    two names, a passage's citable choice changed on both; settled by ``passages.settle_conflict``."""
    return coding_records.conflicts(store)


def resolve(store: "Store", interview_id: str, fld: str, scheme: str, value: object) -> None:
    """Settle a conflict with the value the user picked (one of the heads' values, or another). Recorded as a
    change that replaces every head, with the reason "konflikt løst", also on a complete interview: picking
    between recorded values is not editing the interview. It travels like any other change."""
    open_row = store.conn.execute(
        "SELECT 1 FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
        [interview_id, fld, scheme]).fetchone()
    if not open_row:
        raise ValueError("no conflict on this answer")
    if not fld.startswith("_"):  # an answer: the same checks as when it is typed (ValidationError)
        _question, value = checked_answer(store, interview_id, guide_of(store, interview_id), fld, scheme, value)
    with store.write():
        # forced: picking the value already shown must still record a change that replaces the other heads
        record_change(store, interview_id, fld, scheme, value, reason="konflikt løst", force=True)
        store.conn.execute("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
                           [interview_id, fld, scheme])


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
    with store.write():
        for this, other in ((first, second), (second, first)):
            ids = sorted(set(current_answers(store.conn, this).get((DISTINCT_FIELD, "")) or []) | {other})
            record_change(store, this, DISTINCT_FIELD, "", ids)


def mark_duplicate(store: "Store", duplicate: str, kept: str) -> None:
    """The user says ``duplicate`` repeats ``kept``: it goes to the trash with that reason (it can be restored)."""
    with store.write():
        record_change(store, duplicate, DELETED_FIELD, "", True, reason=f"duplikat av {kept}")
