"""Interviews and their answers, stored as a log of changes with the current values beside it.

Every change to an answer is a row in ``changes`` (its own UUID, the change it replaced as ``parent``, a
hybrid-logical-clock stamp, device and coordinator). ``answers`` holds the head of each chain and
``interviews`` the values the list needs; both are updated in the same transaction as the log and can be
rebuilt from it. Status and deletion are changes too (fields ``_status`` and ``_deleted``).

Each public function that writes is one transaction: a crash leaves either the whole change or none of it.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from core import guide_library, hlc
from core import schemes as scheme_catalogue
from core.clock import now_iso
from core.errors import DatabaseBusyError, FeltkartError, NotFoundError, ValidationError
from core.guide import Guide, check_value, problems

if TYPE_CHECKING:
    from core.store import Store

STATUS_FIELD = "_status"
DELETED_FIELD = "_deleted"
DRAFT, COMPLETE = "draft", "complete"
SUMMARY_FIELDS = {"municipality": "municipality", "interview_date": "interview_date"}
# What the statistics count, kept per interview in interview_stats (see refresh_stats): which schemes the
# municipality knows of, applied to and took part in (took part only where it also applied, as the guide asks
# it only then), the benefit of each scheme it took part in, and the barriers and measures it names.
AWARE_VALUES = ("kjenner_til", "kjenner_godt")
YES = "ja"
BENEFIT_VALUES = (1, 2, 3, 4, 5, "vet_ikke")
STATS_FIELDS = frozenset({"aware", "applied", "took_part", "benefit", "barriers", "barrier_main", "measures"})


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _sql_list(values) -> str:
    """JSON-encoded answers as an SQL list of literals (the values are the fixed codes above)."""
    return ", ".join("'" + _dumps(v).replace("'", "''") + "'" for v in values)


# One row per interview from its current answers: scheme codes separated by spaces (a scheme code has none,
# see schemes.CODE_PATTERN), benefits as "scheme=value" with the value as stored (JSON), the barrier and
# measure lists as stored (JSON), the most important barrier as plain text. Interviews with none of these
# answers get no row. The answers are read in key order (interview, field, scheme), so the grouping needs no
# sort; "took part" and "benefit" look up the same scheme's other answers by key.
_YES = f"'\"{YES}\"'"
_SAME_SCHEME = ("EXISTS (SELECT 1 FROM answers o WHERE o.interview_id = a.interview_id AND o.field = '{field}'"
                " AND o.scheme = a.scheme AND o.value = " + _YES + ")")
_REFRESH_STATS = f"""
    INSERT INTO interview_stats (interview_id, aware, applied, took_part, benefit, barriers, barrier_main, measures)
    SELECT a.interview_id,
        group_concat(CASE WHEN a.field = 'aware' AND a.scheme != '' AND a.value IN ({_sql_list(AWARE_VALUES)})
                          THEN a.scheme END, ' '),
        group_concat(CASE WHEN a.field = 'applied' AND a.scheme != '' AND a.value = {_YES} THEN a.scheme END, ' '),
        group_concat(CASE WHEN a.field = 'took_part' AND a.scheme != '' AND a.value = {_YES}
                          AND {_SAME_SCHEME.format(field="applied")} THEN a.scheme END, ' '),
        group_concat(CASE WHEN a.field = 'benefit' AND a.scheme != '' AND a.value IN ({_sql_list(BENEFIT_VALUES)})
                          AND {_SAME_SCHEME.format(field="applied")} AND {_SAME_SCHEME.format(field="took_part")}
                          THEN a.scheme || '=' || a.value END, ' '),
        max(CASE WHEN a.field = 'barriers' AND a.scheme = '' AND json_type(a.value) = 'array' THEN a.value END),
        max(CASE WHEN a.field = 'barrier_main' AND a.scheme = '' AND json_type(a.value) = 'text'
                 THEN json_extract(a.value, '$') END),
        max(CASE WHEN a.field = 'measures' AND a.scheme = '' AND json_type(a.value) = 'array' THEN a.value END)
    FROM answers a WHERE a.interview_id IN ({{interviews}})
        AND a.field IN ({", ".join(f"'{f}'" for f in sorted(STATS_FIELDS))})
    GROUP BY a.interview_id"""


def refresh_stats(conn, interviews: str = "SELECT id FROM interviews", params=()) -> None:
    """Work out interview_stats again for the interviews the SQL ``interviews`` selects (a list of ids; all by
    default), from their current answers. Called after every change to an answer the statistics count: a
    save, a merge, the demo, and once after a migration that asks for it (schema.REBUILD_STATS)."""
    conn.execute(f"DELETE FROM interview_stats WHERE interview_id IN ({interviews})", params)
    conn.execute(_REFRESH_STATS.format(interviews=interviews), params)


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


def _coordinator(store: "Store") -> str:
    row = store.conn.execute("SELECT value FROM settings WHERE key = 'coordinator_name'").fetchone()
    return row[0] if row else ""


def _registry(store: "Store") -> int:
    return int(store.conn.execute("SELECT value FROM settings WHERE key = 'registry_version'").fetchone()[0])


def _guide_of(store: "Store", interview_id: str) -> Guide:
    row = store.conn.execute("SELECT guide_id, guide_version FROM interviews WHERE id = ?", [interview_id]).fetchone()
    if row is None:
        raise NotFoundError("interview", interview_id)
    return guide_library.get(store, row[0], row[1])


# -- writing ----------------------------------------------------------------------------------

def _record(store: "Store", interview_id: str, field: str, scheme: str, value: Any, reason: str | None = None,
            force: bool = False) -> bool:
    """Append one change and update the current values. Call inside a transaction. False if nothing changed
    (``force``: record it even so, as when a conflict is settled with the value already shown)."""
    conn = store.conn
    encoded = _dumps(value)
    head = conn.execute(
        "SELECT change_id, value FROM answers WHERE interview_id = ? AND field = ? AND scheme = ?",
        [interview_id, field, scheme],
    ).fetchone()
    if head is not None and head[1] == encoded and not force:
        return False
    if head is None and value is None:
        return False
    stamp = hlc.next_stamp(conn, store.device_id)
    change_id = hlc.change_id(stamp)  # sorts by the stamp: see hlc.change_id
    conn.execute(
        "INSERT INTO changes (id, interview_id, field, scheme, value, parent, hlc, device_id, coordinator, reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [change_id, interview_id, field, scheme or None, encoded, head[0] if head else None, stamp,
         store.device_id, _coordinator(store), reason],
    )
    if head is not None:
        # After a merge an answer may have several heads (a conflict); this change, made with the winner on
        # screen, replaces all of them and so settles the conflict everywhere it travels.
        others = [h[0] for h in heads(conn, interview_id, field, scheme) if h[0] not in (head[0], change_id)]
        if others:
            conn.executemany("INSERT INTO change_parents (change_id, parent) VALUES (?, ?)",
                             [(change_id, other) for other in others])
            conn.execute("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
                         [interview_id, field, scheme])
    if field == DELETED_FIELD:  # deleting or restoring here settles "deleted on one laptop, edited on another"
        conn.execute("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ''",
                     [interview_id, field])
    elif edited_after_deletion(conn, interview_id):  # the same rule as a merge applies (see there)
        conn.execute("INSERT OR IGNORE INTO open_conflicts VALUES (?, ?, '')", [interview_id, DELETED_FIELD])
    conn.execute(
        "INSERT INTO answers (interview_id, field, scheme, value, change_id) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (interview_id, field, scheme) DO UPDATE SET value = excluded.value, change_id = excluded.change_id",
        [interview_id, field, scheme, encoded, change_id],
    )
    if field in STATS_FIELDS:
        refresh_stats(conn, "?", [interview_id])
    sets, params = ["updated_at = ?"], [now_iso()]
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


def heads(conn, interview_id: str, field: str, scheme: str) -> list[tuple[str, str, str, str, str]]:
    """The heads of one answer (changes no other change replaced: one, or several after a merge brought
    changes made on two laptops), latest stamp first: (change id, value, stamp, device id, coordinator)."""
    return conn.execute(
        """SELECT c.id, c.value, c.hlc, c.device_id, c.coordinator FROM changes c
           WHERE c.interview_id = ? AND c.field = ? AND coalesce(c.scheme, '') = ?
             AND NOT EXISTS (SELECT 1 FROM changes d WHERE d.parent = c.id)
             AND NOT EXISTS (SELECT 1 FROM change_parents p WHERE p.parent = c.id)
           ORDER BY c.hlc DESC""",
        [interview_id, field, scheme],
    ).fetchall()


def edited_after_deletion(conn, interview_id: str) -> bool:
    """True when the interview is deleted and another laptop edited it after the deletion without having
    restored it since: the conflict «deleted on one laptop, edited on another» (merge.conflicts). A function
    of the log alone (stamps and devices), so every laptop that holds the same changes agrees; an edit stamped
    before the deletion counts as part of what was deleted."""
    row = conn.execute("SELECT deleted FROM interviews WHERE id = ?", [interview_id]).fetchone()
    if not row or not row[0]:
        return False
    return conn.execute(
        """SELECT 1 FROM answers a JOIN changes d ON d.id = a.change_id
           JOIN changes e ON e.interview_id = a.interview_id AND e.field != a.field
                AND e.device_id != d.device_id AND e.hlc > d.hlc
           WHERE a.interview_id = :interview AND a.field = :deleted AND a.scheme = ''
             AND NOT EXISTS (SELECT 1 FROM changes r WHERE r.interview_id = e.interview_id
                             AND r.field = :deleted AND r.device_id = e.device_id AND r.hlc > d.hlc)
           LIMIT 1""", {"interview": interview_id, "deleted": DELETED_FIELD}).fetchone() is not None


def index_texts(conn, rows: list[tuple[str, str, str, str]]) -> None:
    """Add (body, interview id, field, scheme) rows to the text index in one go (the demo and the merge), each
    with its row in answer_text_rows. The answers must have no index row yet."""
    first = conn.execute("SELECT coalesce(max(rowid), 0) FROM answer_text").fetchone()[0] + 1
    conn.executemany("INSERT INTO answer_text (rowid, body, interview_id, field, scheme) VALUES (?, ?, ?, ?, ?)",
                     [(first + n, *row) for n, row in enumerate(rows)])
    conn.executemany("INSERT INTO answer_text_rows (interview_id, field, scheme, fts_rowid) VALUES (?, ?, ?, ?)",
                     [(i, f, s, first + n) for n, (_body, i, f, s) in enumerate(rows)])


def _index_text(store: "Store", interview_id: str, field: str, scheme: str, value: Any) -> None:
    conn = store.conn
    key = [interview_id, field, scheme]
    row = conn.execute(
        "SELECT fts_rowid FROM answer_text_rows WHERE interview_id = ? AND field = ? AND scheme = ?", key
    ).fetchone()
    if row:
        conn.execute("DELETE FROM answer_text WHERE rowid = ?", [row[0]])
        conn.execute("DELETE FROM answer_text_rows WHERE interview_id = ? AND field = ? AND scheme = ?", key)
    if isinstance(value, str) and value.strip():
        cursor = conn.execute(
            "INSERT INTO answer_text (body, interview_id, field, scheme) VALUES (?, ?, ?, ?)", [value, *key]
        )
        conn.execute(
            "INSERT INTO answer_text_rows (interview_id, field, scheme, fts_rowid) VALUES (?, ?, ?, ?)",
            [*key, cursor.lastrowid],
        )


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
    now = now_iso()
    with store.db.atomic():
        store.conn.execute(
            "INSERT INTO interviews (id, guide_id, guide_version, registry, municipality, interview_date, status,"
            " deleted, coordinator, device_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'draft', 0, ?, ?, ?, ?)",
            [interview_id, guide.id, guide.version, registry, municipality, interview_date, _coordinator(store),
             store.device_id, now, now],
        )
        _record(store, interview_id, STATUS_FIELD, "", DRAFT)
        _record(store, interview_id, "municipality", "", municipality)
        _record(store, interview_id, "interview_date", "", interview_date)
    return interview_id


def _checked(store: "Store", interview_id: str, guide: Guide, field: str, scheme: str, value: Any):
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
    return _guide_of(store, interview_id)


@contextmanager
def _saving(store: "Store"):
    """One transaction for a save. When another connection holds the write lock past the busy timeout (a big
    merge in a worker thread), nothing is written and ``DatabaseBusyError`` says so, so the form can keep
    what was typed and try again."""
    try:
        with store.db.atomic():
            yield
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusyError(store.path, str(exc)) from exc
        raise


def set_answer(store: "Store", interview_id: str, field: str, value: Any, scheme: str = "") -> bool:
    """Save one answer now (the autosave path). Validates type and constraints; returns False if unchanged.

    An empty answer (None, "" or []) is stored as None: clearing is a change too. A complete interview is
    read-only (InterviewCompleteError) until reopened.
    """
    guide = _editable_guide(store, interview_id)
    question, value = _checked(store, interview_id, guide, field, scheme, value)
    with _saving(store):
        changed = _record(store, interview_id, field, scheme, value)
        if changed and question.searchable:
            _index_text(store, interview_id, field, scheme, value)
    return changed


def set_answers(store: "Store", interview_id: str, values: Iterable[tuple[str, str, Any]]) -> int:
    """Save several answers (field, scheme, value) in one transaction; returns how many changed."""
    guide = _editable_guide(store, interview_id)
    checked = [(_checked(store, interview_id, guide, field, scheme, value), scheme) for field, scheme, value in values]
    n = 0
    with _saving(store):
        for (question, value), scheme in checked:
            if _record(store, interview_id, question.name, scheme, value):
                n += 1
                if question.searchable:
                    _index_text(store, interview_id, question.name, scheme, value)
    return n


def schemes_for(store: "Store", interview_id: str | None = None) -> list[str]:
    """The schemes the per-scheme block asks about: every active scheme, plus inactive ones this interview answered."""
    codes = [s.code for s in scheme_catalogue.list_schemes(store, include_inactive=False)]
    if interview_id:
        answered = {
            r[0] for r in store.conn.execute(
                "SELECT DISTINCT scheme FROM answers WHERE interview_id = ? AND scheme != ''", [interview_id]
            )
        }
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
    with store.db.atomic():
        _record(store, interview_id, STATUS_FIELD, "", COMPLETE)


def reopen(store: "Store", interview_id: str, reason: str) -> None:
    """Back to draft. A complete interview is reopened only with a reason, which the history keeps."""
    if not reason or not reason.strip():
        raise ReasonRequiredError("a reason is required")
    with store.db.atomic():
        _record(store, interview_id, STATUS_FIELD, "", DRAFT, reason=reason.strip())


def delete(store: "Store", interview_id: str) -> None:
    """Move to the trash (a change, so it can be restored and merged)."""
    get(store, interview_id)
    with store.db.atomic():
        _record(store, interview_id, DELETED_FIELD, "", True)


def restore(store: "Store", interview_id: str) -> None:
    get(store, interview_id)
    with store.db.atomic():
        _record(store, interview_id, DELETED_FIELD, "", False)


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


def list_interviews(store: "Store", trash: bool = False) -> list[InterviewSummary]:
    """Interviews not deleted (or, with ``trash``, the deleted ones), newest date first."""
    rows = store.conn.execute(
        _SUMMARY_SQL + " WHERE i.deleted = ? ORDER BY i.interview_date DESC, i.updated_at DESC", [int(trash)]
    ).fetchall()
    return [_summary(r) for r in rows]


def get(store: "Store", interview_id: str) -> Interview:
    row = store.conn.execute(_SUMMARY_SQL + " WHERE i.id = ?", [interview_id]).fetchone()
    if row is None:
        raise NotFoundError("interview", interview_id)
    guide_row = store.conn.execute(
        "SELECT guide_id, guide_version FROM interviews WHERE id = ?", [interview_id]
    ).fetchone()
    answers = {
        (field, scheme): json.loads(value)
        for field, scheme, value in store.conn.execute(
            "SELECT field, scheme, value FROM answers WHERE interview_id = ? AND field NOT LIKE '\\_%' ESCAPE '\\'",
            [interview_id],
        )
    }
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
    rows = store.conn.execute(
        """SELECT c.field, coalesce(c.scheme, ''), p.value, c.value, c.hlc, c.device_id, c.coordinator, c.reason
           FROM changes c LEFT JOIN changes p ON p.id = c.parent
           WHERE c.interview_id = ? ORDER BY c.hlc""",
        [interview_id],
    ).fetchall()
    from datetime import datetime, timezone

    out = []
    for field, scheme, old, new, stamp, device, coordinator, reason in rows:
        at = datetime.fromtimestamp(hlc.wall_time_ms(stamp) / 1000, timezone.utc).isoformat(timespec="seconds")
        out.append(HistoryEntry(field, scheme, json.loads(old) if old else None, json.loads(new), at, device, coordinator, reason))
    return out


def _fts_query(text: str) -> str | None:
    terms = [t for t in "".join(ch if ch.isalnum() else " " for ch in text).split() if t]
    if not terms:
        return None
    return " ".join(f'"{t}"*' for t in terms)


def search(store: "Store", text: str) -> set[str]:
    """Ids of interviews whose notes, quotes or comments contain every word of ``text`` (prefix match, accents ignored)."""
    query = _fts_query(text)
    if query is None:
        return set()
    rows = store.conn.execute(
        "SELECT DISTINCT interview_id FROM answer_text WHERE answer_text MATCH ?", [query]
    ).fetchall()
    return {r[0] for r in rows}


def coordinators(store: "Store") -> list[str]:
    from core.collation import sort_key

    return sorted({r[0] for r in store.conn.execute("SELECT DISTINCT coordinator FROM interviews")}, key=sort_key)
