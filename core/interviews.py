"""Interviews and their answers, stored as a log of changes with the current values beside it.

Every change to an answer is kept in the interview's log, one row of ``interview_logs`` per interview
(``core.ilog``: its own UUID, the change it replaced as ``parent``, a hybrid-logical-clock stamp, device and
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

from core import guide_library, hlc, ilog
from core import schemes as scheme_catalogue
from core.errors import FeltkartError, NotFoundError, ValidationError
from core.guide import Guide, check_value, problems

if TYPE_CHECKING:
    from core.store import Store

STATUS_FIELD = "_status"
DELETED_FIELD = ilog.DELETED
DRAFT, COMPLETE = "draft", "complete"
SUMMARY_FIELDS = {"municipality": "municipality", "interview_date": "interview_date"}
# What the statistics count, kept per interview in interview_stats (see refresh_stats): which schemes the
# municipality knows of, applied to and took part in (took part only where it also applied, as the guide asks
# it only then), the benefit of each scheme it took part in, and the barriers and measures it names.
AWARE_VALUES = ("kjenner_til", "kjenner_godt")
YES = "ja"
BENEFIT_VALUES = (1, 2, 3, 4, 5, "vet_ikke")
STATS_FIELDS = frozenset({"aware", "applied", "took_part", "benefit", "barriers", "barrier_main", "measures"})


_dumps = ilog.dumps  # an answer as JSON text, as the log stores it


def stats_row(interview_id: str, current: dict[tuple[str, str], tuple[str, str]]) -> tuple | None:
    """The interview's row in interview_stats from its current answers ((value as JSON, change id) per
    (field, scheme)): scheme codes separated by spaces, in code order (a scheme code has none, see
    schemes.CODE_PATTERN); benefits as "scheme=value" with the value as stored (JSON); the barrier and
    measure lists as stored (JSON); the most important barrier as plain text. None when the interview has
    none of these answers. "Took part" counts only where the municipality also applied (the guide asks it
    only then), and a benefit only where it took part."""
    def encoded(fld: str, scheme: str = "") -> str:
        found = current.get((fld, scheme))
        return found[0] if found else ""

    counted = False
    aware, applied, took_part, benefit = [], [], [], []
    for (fld, scheme), (text, _id) in current.items():
        if fld not in STATS_FIELDS:
            continue
        counted = True
        if not scheme:
            continue
        if fld == "aware":
            if text in _AWARE:
                aware.append(scheme)
        elif fld == "applied":
            if text == _YES:
                applied.append(scheme)
        elif fld == "took_part":
            if text == _YES and encoded("applied", scheme) == _YES:
                took_part.append(scheme)
        elif fld == "benefit":
            if text in _BENEFITS and encoded("applied", scheme) == _YES and encoded("took_part", scheme) == _YES:
                benefit.append((scheme, text))
    if not counted:
        return None
    benefit.sort()
    # the answers are stored as compact JSON (json.dumps): a list starts with "[", a text with '"'
    barriers, main, measures = encoded("barriers"), encoded("barrier_main"), encoded("measures")
    return (interview_id, " ".join(sorted(aware)) or None, " ".join(sorted(applied)) or None,
            " ".join(sorted(took_part)) or None, " ".join(f"{s}={v}" for s, v in benefit) or None,
            barriers if barriers[:1] == "[" else None,
            json.loads(main) if main[:1] == '"' else None,
            measures if measures[:1] == "[" else None)


# the answers as stored (JSON text), compared as text
_YES = _dumps(YES)
_AWARE = frozenset(_dumps(v) for v in AWARE_VALUES)
_BENEFITS = frozenset(_dumps(v) for v in BENEFIT_VALUES)


def write_stats(conn, rows: list[tuple | None]) -> None:
    """Add these rows to interview_stats (``stats_row``; None: the interview has no such answers). The
    interviews' old rows must be gone."""
    conn.executemany("INSERT INTO interview_stats (interview_id, aware, applied, took_part, benefit, barriers,"
                     " barrier_main, measures) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [row for row in rows if row is not None])


def refresh_stats(conn) -> None:
    """Work out interview_stats again for every interview, from its current answers (once after a migration
    that asks for it: schema.REBUILD_STATS)."""
    conn.execute("DELETE FROM interview_stats")
    write_stats(conn, [stats_row(i, ilog.Log.parse(text, check=False).answers()[0]) for i, text in conn.execute(
        "SELECT interview_id, log FROM interview_logs")])


def read_log(conn, interview_id: str) -> ilog.Log:
    """The interview's change log (empty for an interview with no changes yet)."""
    row = conn.execute("SELECT log FROM interview_logs WHERE interview_id = ?", [interview_id]).fetchone()
    return ilog.Log.parse(row[0], check=False) if row else ilog.Log()


def load_log(conn, interview_id: str) -> tuple[ilog.Log, dict[tuple[str, str], tuple[str, str]]]:
    """The interview's change log and its current answers worked out from it, (value as JSON text, change
    id) per (field, scheme)."""
    log = read_log(conn, interview_id)
    return log, log.answers()[0]


def current_answers(conn, interview_id: str) -> dict[tuple[str, str], Any]:
    """The interview's current answers as stored for reading: the value per (field, scheme)."""
    row = conn.execute("SELECT answers FROM interview_logs WHERE interview_id = ?", [interview_id]).fetchone()
    return ilog.decode_answers(row[0]) if row else {}


# writing an interview's log and current answers, new or again: (interview id, answers, log, seq), where seq
# (next_log_seq) orders the writes on this laptop, so that a package can take the logs written since the
# last one to its recipient
STORE_LOG = ("INSERT INTO interview_logs (interview_id, answers, log, seq) VALUES (?, ?, ?, ?)"
             " ON CONFLICT (interview_id) DO UPDATE SET answers = excluded.answers, log = excluded.log,"
             " seq = excluded.seq")
LOG_SEQ = "log_seq"


def next_log_seq(conn) -> int:
    """The number of the next write of interview logs on this laptop (in meta); call inside the transaction
    that writes them. The logs written by one transaction may share it."""
    return int(conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = ? RETURNING value",
                            [LOG_SEQ]).fetchone()[0])


def is_deleted(current: dict[tuple[str, str], tuple[str, str]]) -> bool:
    found = current.get((DELETED_FIELD, ""))
    return bool(found and json.loads(found[0]))


def deletion_disputed(log: ilog.Log, current: dict[tuple[str, str], tuple[str, str]]) -> bool:
    """True when the interview is deleted and another laptop edited it without knowing of the deletion, while
    the deletion had not seen that edit: the conflict «deleted on one laptop, edited on another»
    (merge.conflicts). A function of the log alone (``ilog.Log.unaware_edits``: what each laptop had received,
    not its clock), so every laptop that holds the same changes agrees; an edit the deleting laptop had
    received before it deleted is part of what was deleted."""
    if not is_deleted(current):
        return False
    return bool(log.unaware_edits(current[(DELETED_FIELD, "")][1]))


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
    """Append one change to the interview's log and update the current values. Call inside a transaction.
    False if nothing changed (``force``: record it even so, as when a conflict is settled with the value
    already shown)."""
    conn = store.conn
    encoded = _dumps(value)
    key = (field, scheme)
    log, current = load_log(conn, interview_id)
    head = current.get(key)
    if head is not None and head[0] == encoded and not force:
        return False
    if head is None and value is None:
        return False
    stamp = hlc.next_stamp(conn, store.device_id, store.clock())
    change_id = hlc.change_id(stamp)  # sorts by the stamp: see hlc.change_id
    # After a merge an answer may have several heads (a conflict); this change, made with the winner on
    # screen, replaces all of them and so settles the conflict everywhere it travels.
    others = tuple(c.id for c in log.heads([key]).get(key, []) if head is None or c.id != head[1])
    known, seen = log.context(field)  # what this laptop knows of deletions (ilog.Log.unaware_edits)
    log.add(ilog.Change(change_id, field, scheme, encoded, head[1] if head else None, stamp, store.device_id,
                        _coordinator(store), reason, others, known, seen))
    current[key] = (encoded, change_id)
    if others:
        conn.execute("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
                     [interview_id, field, scheme])
    if field == DELETED_FIELD:  # deleting or restoring here settles "deleted on one laptop, edited on another"
        conn.execute("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ''",
                     [interview_id, field])
    elif deletion_disputed(log, current):  # the same rule as a merge applies (see there)
        conn.execute("INSERT OR IGNORE INTO open_conflicts VALUES (?, ?, '')", [interview_id, DELETED_FIELD])
    conn.execute(STORE_LOG, [interview_id, ilog.encode_answers(current), log.dumps(), next_log_seq(conn)])
    if field in STATS_FIELDS:
        conn.execute("DELETE FROM interview_stats WHERE interview_id = ?", [interview_id])
        write_stats(conn, [stats_row(interview_id, current)])
    sets, params = ["updated_at = ?"], [store.now()]
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
    found = read_log(conn, interview_id).heads([(field, scheme)]).get((field, scheme), [])
    return [(c.id, c.value, c.stamp, c.device_id, c.coordinator) for c in found]


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
    now = store.now()
    with store.write():
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


def set_answer(store: "Store", interview_id: str, field: str, value: Any, scheme: str = "") -> bool:
    """Save one answer now (the autosave path). Validates type and constraints; returns False if unchanged.

    An empty answer (None, "" or []) is stored as None: clearing is a change too. A complete interview is
    read-only (InterviewCompleteError) until reopened.
    """
    guide = _editable_guide(store, interview_id)
    question, value = _checked(store, interview_id, guide, field, scheme, value)
    with store.write():
        changed = _record(store, interview_id, field, scheme, value)
        if changed and question.searchable:
            _index_text(store, interview_id, field, scheme, value)
    return changed


def set_answers(store: "Store", interview_id: str, values: Iterable[tuple[str, str, Any]]) -> int:
    """Save several answers (field, scheme, value) in one transaction; returns how many changed."""
    guide = _editable_guide(store, interview_id)
    checked = [(_checked(store, interview_id, guide, field, scheme, value), scheme) for field, scheme, value in values]
    n = 0
    with store.write():
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
        _record(store, interview_id, STATUS_FIELD, "", COMPLETE)


def reopen(store: "Store", interview_id: str, reason: str) -> None:
    """Back to draft. A complete interview is reopened only with a reason, which the history keeps."""
    if not reason or not reason.strip():
        raise ReasonRequiredError("a reason is required")
    with store.write():
        _record(store, interview_id, STATUS_FIELD, "", DRAFT, reason=reason.strip())


def delete(store: "Store", interview_id: str) -> None:
    """Move to the trash (a change, so it can be restored and merged)."""
    get(store, interview_id)
    with store.write():
        _record(store, interview_id, DELETED_FIELD, "", True)


def restore(store: "Store", interview_id: str) -> None:
    get(store, interview_id)
    with store.write():
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
