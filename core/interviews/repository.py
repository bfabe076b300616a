"""Interviews and their answers, stored as a log of changes with the current values beside it.

Every change to an answer is kept in the interview's log, one row of ``interview_logs`` per interview
(``core.model.ilog``: its own UUID, the change it replaced as ``parent``, a hybrid-logical-clock stamp, device and
coordinator). Beside the log in the same row, ``answers`` holds the current answers for reading, and
``interviews`` the values the list needs; both are worked out from the log in the same transaction as every
change. Status and deletion are changes too (fields ``_status`` and ``_deleted``).

Each public function that writes is one transaction: a crash leaves either the whole change or none of it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Iterable

from core.base.clock import iso_from_ms
from core.base.errors import FeltkartError, NotFoundError, ValidationError
from core.interviews.logs import (
    COMPLETE,
    DELETED_FIELD,
    DRAFT,
    STATUS_FIELD,
    STORE_LOG,
    SUMMARY_FIELDS,
    append_value,
    current_answers,
    deletion_disputed,
    load_log,
    next_log_seq,
    read_log,
)
from core.interviews.passage_rows import after_answer
from core.interviews.quotes import FACT_FIELDS, facts_row, refresh_facts, write_facts
from core.interviews.statsrows import STATS_FIELDS, stats_row, write_stats
from core.interviews.textindex import index_text
from core.model import hlc, ilog
from core.model.guide import Guide, check_value, problems
from core.reference import guide_library, study
from core.reference import schemes as scheme_catalogue

if TYPE_CHECKING:
    from core.storage.store import Store


class IncompleteError(FeltkartError):
    """Completing was refused: ``problems`` maps (question, scheme or '') to an error code."""

    def __init__(self, found: dict[tuple[str, str], str]):
        self.problems = found
        super().__init__(f"{len(found)} problems")


class ReasonRequiredError(FeltkartError):
    """Reopening a complete interview needs a reason."""


class InterviewCompleteError(FeltkartError):
    """A complete interview is read-only until it is reopened (with a reason)."""


@dataclass(frozen=True)
class InterviewSummary:
    id: str
    interview_date: str | None
    municipality: str | None
    municipality_name: str | None
    county_number: str | None
    county_name: str | None
    centrality_class: int | None
    coordinator: str
    status: str
    deleted: bool
    updated_at: str


@dataclass(frozen=True)
class Interview:
    summary: InterviewSummary
    guide_id: str
    guide_version: int
    answers: dict[tuple[str, str], Any]

    @property
    def id(self) -> str:
        return self.summary.id

    def value(self, name: str, scheme: str = "") -> Any:
        return self.answers.get((name, scheme))


@dataclass(frozen=True)
class HistoryEntry:
    field: str
    scheme: str
    old: Any
    new: Any
    at: str  # ISO time (UTC) from the change's clock stamp
    device_id: str
    coordinator: str
    reason: str | None


def _registry(store: "Store") -> int:
    return int(store.conn.execute("SELECT value FROM settings WHERE key = 'registry_version'").fetchone()[0])


def guide_of(store: "Store", interview_id: str) -> Guide:
    row = store.conn.execute("SELECT guide_id, guide_version FROM interviews WHERE id = ?", [interview_id]).fetchone()
    if row is None:
        raise NotFoundError("interview", interview_id)
    return guide_library.get(store, row[0], row[1])


# -- writing ----------------------------------------------------------------------------------

def record_change(store: "Store", interview_id: str, field: str, scheme: str, value: Any, reason: str | None = None,
                  force: bool = False) -> bool:
    """Append one change to the interview's log and update the current values. Call inside a transaction.
    False if nothing changed (``force``: record it even so, as when a conflict is settled with the value
    already shown)."""
    conn = store.conn
    log, current = load_log(conn, interview_id)
    before = current.get((field, scheme))
    made = append_value(store, log, current, (field, scheme), value, study.coordinator(store), reason, force)
    if made is None:
        return False
    if made[1]:
        conn.execute("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
                     [interview_id, field, scheme])
    if field == DELETED_FIELD:  # deleting or restoring here settles "deleted on one laptop, edited on another"
        conn.execute("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ''",
                     [interview_id, field])
    elif deletion_disputed(log, current):  # the same rule as a merge applies (see there)
        conn.execute("INSERT OR IGNORE INTO open_conflicts VALUES (?, ?, '')", [interview_id, DELETED_FIELD])
    conn.execute(STORE_LOG, [interview_id, ilog.encode_answers(current), log.dumps(), next_log_seq(conn)])
    if field in FACT_FIELDS:
        write_facts(conn, [facts_row(interview_id, current)])
    after_answer(store, interview_id, field, scheme, ilog.value_of(before[0]) if before else None, value)
    if field in STATS_FIELDS:
        conn.execute("DELETE FROM interview_stats WHERE interview_id = ?", [interview_id])
        write_stats(conn, [stats_row(interview_id, current)])
    # «last changed»: the latest change in the log (this one, unless a merged change is stamped later), as a
    # merge sets it, so that every laptop holds the same
    sets, params = ["updated_at = ?"], [iso_from_ms(max(log.wall))]
    if field in SUMMARY_FIELDS:
        sets.append(f"{SUMMARY_FIELDS[field]} = ?")
        params.append(value)
    elif field == STATUS_FIELD:
        sets.append("status = ?")
        params.append(value)
    elif field == DELETED_FIELD:
        sets.append("deleted = ?")
        params.append(int(bool(value)))
    conn.execute(f"UPDATE interviews SET {', '.join(sets)} WHERE id = ?", [*params, interview_id])
    return True


def create(store: "Store", municipality: str, interview_date: str, guide: Guide | None = None) -> str:
    """A new draft interview of ``municipality`` on ``interview_date`` (ISO). Returns its id."""
    guide = guide or guide_library.current(store)
    registry = _registry(store)
    for name, value in (("municipality", municipality), ("interview_date", interview_date)):
        code = check_value(guide.question(name), value)
        if code:
            raise ValidationError({name: code})
    known = store.conn.execute(
        "SELECT 1 FROM municipalities WHERE registry = ? AND number = ?", [registry, municipality]
    ).fetchone()
    if not known:
        raise ValidationError({"municipality": "not_in_registry"})
    interview_id = str(uuid.uuid4())
    now = store.now()
    with store.write():
        store.conn.execute(
            "INSERT INTO interviews (id, guide_id, guide_version, registry, municipality, interview_date, status,"
            " deleted, coordinator, device_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'draft', 0, ?, ?, ?, ?)",
            [interview_id, guide.id, guide.version, registry, municipality, interview_date, study.coordinator(store),
             store.device_id, now, now],
        )
        record_change(store, interview_id, STATUS_FIELD, "", DRAFT)
        record_change(store, interview_id, "municipality", "", municipality)
        record_change(store, interview_id, "interview_date", "", interview_date)
        refresh_facts(store.conn, [interview_id])  # a row from the start, as a merge writes one
    return interview_id


def checked_answer(store: "Store", interview_id: str, guide: Guide, field: str, scheme: str, value: Any):
    """(question, value) after every check an answer must pass; raises ValidationError naming the field."""
    try:
        question = guide.question(field)
    except KeyError:
        raise ValidationError({field: "unknown_question"}) from None
    if bool(scheme) != question.per_scheme:
        raise ValidationError({field: "scheme_mismatch"})
    if scheme:
        row = store.conn.execute("SELECT deleted FROM schemes WHERE code = ?", [scheme]).fetchone()
        if row is None or row[0]:
            raise ValidationError({field: "unknown_scheme"})
    if value == "" or value == []:
        value = None
    code = check_value(question, value)
    if code:
        raise ValidationError({field: code})
    if field == "municipality" and value is not None:
        registry = store.conn.execute("SELECT registry FROM interviews WHERE id = ?", [interview_id]).fetchone()[0]
        if not store.conn.execute(
            "SELECT 1 FROM municipalities WHERE registry = ? AND number = ?", [registry, value]
        ).fetchone():
            raise ValidationError({field: "not_in_registry"})
    return question, value


def _editable_guide(store: "Store", interview_id: str) -> Guide:
    row = store.conn.execute("SELECT status FROM interviews WHERE id = ?", [interview_id]).fetchone()
    if row is None:
        raise NotFoundError("interview", interview_id)
    if row[0] == COMPLETE:
        raise InterviewCompleteError(interview_id)
    return guide_of(store, interview_id)


def set_answer(store: "Store", interview_id: str, field: str, value: Any, scheme: str = "") -> bool:
    """Save one answer now (the autosave path). Validates type and constraints; returns False if unchanged.

    An empty answer (None, "" or []) is stored as None: clearing is a change too. A complete interview is
    read-only (InterviewCompleteError) until reopened.
    """
    guide = _editable_guide(store, interview_id)
    question, value = checked_answer(store, interview_id, guide, field, scheme, value)
    with store.write():
        changed = record_change(store, interview_id, field, scheme, value)
        if changed and question.searchable:
            index_text(store, interview_id, field, scheme, value)
    return changed


def set_answers(store: "Store", interview_id: str, values: Iterable[tuple[str, str, Any]]) -> int:
    """Save several answers (field, scheme, value) in one transaction; returns how many changed."""
    guide = _editable_guide(store, interview_id)
    checked = [(checked_answer(store, interview_id, guide, field, scheme, value), scheme) for field, scheme, value in values]
    n = 0
    with store.write():
        for (question, value), scheme in checked:
            if record_change(store, interview_id, question.name, scheme, value):
                n += 1
                if question.searchable:
                    index_text(store, interview_id, question.name, scheme, value)
    return n


def schemes_for(store: "Store", interview_id: str | None = None) -> list[str]:
    """The schemes the per-scheme block asks about: every active scheme, plus inactive ones this interview answered."""
    codes = [s.code for s in scheme_catalogue.list_schemes(store, include_inactive=False)]
    if interview_id:
        answered = {scheme for _f, scheme in current_answers(store.conn, interview_id) if scheme}
        order = [s.code for s in scheme_catalogue.list_schemes(store)]
        codes = [c for c in order if c in set(codes) | answered]
    return codes


def complete(store: "Store", interview_id: str) -> None:
    """Mark complete, or raise IncompleteError listing every required answer missing and every broken constraint."""
    interview = get(store, interview_id)
    guide = guide_library.get(store, interview.guide_id, interview.guide_version)
    active = [s.code for s in scheme_catalogue.list_schemes(store, include_inactive=False)]
    found = problems(guide, interview.answers, active)
    if found:
        raise IncompleteError(found)
    with store.write():
        record_change(store, interview_id, STATUS_FIELD, "", COMPLETE)


def reopen(store: "Store", interview_id: str, reason: str) -> None:
    """Back to draft. A complete interview is reopened only with a reason, which the history keeps."""
    if not reason or not reason.strip():
        raise ReasonRequiredError("a reason is required")
    with store.write():
        record_change(store, interview_id, STATUS_FIELD, "", DRAFT, reason=reason.strip())


def delete(store: "Store", interview_id: str) -> None:
    """Move to the trash (a change, so it can be restored and merged)."""
    get(store, interview_id)
    with store.write():
        record_change(store, interview_id, DELETED_FIELD, "", True)


def restore(store: "Store", interview_id: str) -> None:
    get(store, interview_id)
    with store.write():
        record_change(store, interview_id, DELETED_FIELD, "", False)


# -- reading ----------------------------------------------------------------------------------

_SUMMARY_SQL = """
SELECT i.id, i.interview_date, i.municipality, m.name, m.county, c.name, m.centrality_class,
       i.coordinator, i.status, i.deleted, i.updated_at
FROM interviews i
LEFT JOIN municipalities m ON m.registry = i.registry AND m.number = i.municipality
LEFT JOIN counties c ON c.registry = m.registry AND c.number = m.county
"""


def _summary(row) -> InterviewSummary:
    return InterviewSummary(*row[:9], bool(row[9]), row[10])


def list_interviews(store: "Store", trash: bool = False, municipality: str | None = None) -> list[InterviewSummary]:
    """Interviews not deleted (or, with ``trash``, the deleted ones), of one municipality when it is given,
    newest date first."""
    where, params = " WHERE i.deleted = ?", [int(trash)]
    if municipality is not None:
        where, params = where + " AND i.municipality = ?", [*params, municipality]
    rows = store.conn.execute(
        _SUMMARY_SQL + where + " ORDER BY i.interview_date DESC, i.updated_at DESC", params).fetchall()
    return [_summary(r) for r in rows]


def get(store: "Store", interview_id: str) -> Interview:
    row = store.conn.execute(_SUMMARY_SQL + " WHERE i.id = ?", [interview_id]).fetchone()
    if row is None:
        raise NotFoundError("interview", interview_id)
    guide_row = store.conn.execute(
        "SELECT guide_id, guide_version FROM interviews WHERE id = ?", [interview_id]
    ).fetchone()
    answers = {key: value for key, value in current_answers(store.conn, interview_id).items()
               if not key[0].startswith("_")}
    answers = {k: v for k, v in answers.items() if v is not None}
    return Interview(_summary(row), guide_row[0], guide_row[1], answers)


def same_municipality_and_date(store: "Store", municipality: str, interview_date: str, exclude: str | None = None) -> list[InterviewSummary]:
    """Interviews (not deleted) of the same municipality on the same date: the duplicate guard."""
    rows = store.conn.execute(
        _SUMMARY_SQL + " WHERE i.municipality = ? AND i.interview_date = ? AND i.deleted = 0 AND i.id != ?",
        [municipality, interview_date, exclude or ""],
    ).fetchall()
    return [_summary(r) for r in rows]


def history(store: "Store", interview_id: str) -> list[HistoryEntry]:
    """Every change of the interview, oldest first, with the value it replaced."""
    changes = read_log(store.conn, interview_id).changes()
    values = {c.id: c.value for c in changes}
    out = []
    for c in sorted(changes, key=lambda c: c.stamp):
        old = values.get(c.parent) if c.parent else None
        at = datetime.fromtimestamp(hlc.wall_time_ms(c.stamp) / 1000, timezone.utc).isoformat(timespec="seconds")
        out.append(HistoryEntry(c.field, c.scheme, json.loads(old) if old else None, json.loads(c.value), at,
                                c.device_id, c.coordinator, c.reason))
    return out


def coordinators(store: "Store") -> list[str]:
    from core.base.collation import sort_key

    return sorted({r[0] for r in store.conn.execute("SELECT DISTINCT coordinator FROM interviews")}, key=sort_key)
