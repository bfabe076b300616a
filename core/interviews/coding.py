"""Themes and marked passages stored as the fieldwork's records are: one row of ``coding_logs`` per theme or
passage, its change log (``core.model.ilog``) and the current values worked out from it in the same
transaction as every change. Two laptops' changes to one field since they last shared data are a conflict
(``coding_conflicts``), and so is a theme removed on one laptop and changed (renamed, recoloured) on another
without knowing: both are settled by a choice that is itself a change (``resolve``).

What a record holds, field by field (every value checked by ``fault``, typed here or merged from a package):

- ``theme``: ``name`` (1-80 characters), ``description`` (up to 2000), ``colour`` (``#rrggbb``), ``parent``
  (another theme's id, or None: one level of sub-themes), ``_deleted``;
- ``passage`` (its row names its interview): ``field`` and ``scheme`` of the answer ("" for none), ``start``
  and ``end`` (code points, ``core.model.anchor``), ``text`` (the marked text as it was), ``citable``
  (bool: the coordinator's choice; the interview's consent answer governs it too), ``status`` ("ok" or
  "review"), ``theme:<theme id>`` (True while the passage carries that theme: two laptops giving one
  passage two themes change two fields, so both are kept), ``_deleted``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.base.errors import ValidationError
from core.interviews.logs import append_value, is_deleted, next_log_seq
from core.model import ilog
from core.reference import study

if TYPE_CHECKING:
    from core.storage.store import Store

KINDS = ("theme", "passage")
DELETED = ilog.DELETED
THEME_PREFIX = "theme:"
STATUSES = ("ok", "review")
SETTLED = "konflikt løst"
MAX_NAME, MAX_DESCRIPTION = 80, 2000
MAX_PASSAGE = 200_000  # as long as an answer may be (guide.MAX_TEXT)
STORE = ("INSERT INTO coding_logs (record_id, kind, interview_id, answers, log, seq) VALUES (?, ?, ?, ?, ?, ?)"
         " ON CONFLICT (record_id) DO UPDATE SET answers = excluded.answers, log = excluded.log,"
         " seq = excluded.seq")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _text(limit: int, empty: bool = True):
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "not_text"
        if not empty and not value.strip():
            return "empty"
        return "too_long" if len(value) > limit else None
    return check


def _int(value: Any) -> str | None:
    return None if type(value) is int and 0 <= value <= MAX_PASSAGE else "not_a_position"


def _flag(value: Any) -> str | None:
    return None if type(value) is bool else "not_a_choice"


FIELDS = {
    "theme": {"name": _text(MAX_NAME, empty=False), "description": _text(MAX_DESCRIPTION),
              "colour": lambda v: None if isinstance(v, str) and _COLOUR.match(v) else "not_a_colour",
              "parent": lambda v: None if isinstance(v, str) and _ID.match(v) else "not_an_id", DELETED: _flag},
    "passage": {"field": _text(80, empty=False), "scheme": _text(40), "start": _int, "end": _int,
                "text": _text(MAX_PASSAGE, empty=False), "citable": _flag,
                "status": lambda v: None if v in STATUSES else "not_a_choice", DELETED: _flag},
}


def fault(kind: str, field: str, value: Any) -> str | None:
    """Why ``value`` cannot be the field's (an error code), or None. None clears a field (but a name)."""
    if kind == "passage" and field.startswith(THEME_PREFIX):
        return None if _ID.match(field[len(THEME_PREFIX):]) and type(value) is bool else "not_a_theme"
    check = FIELDS.get(kind, {}).get(field)
    if check is None:
        return "unknown_field"
    if value is None:
        return "required" if field in ("name", "field", "start", "end", "text") else None
    return check(value)


def required_missing(kind: str, values: dict[str, Any]) -> bool:
    """True when a record lacks a field it must have (a theme's name; a passage's place and text)."""
    needed = ("name",) if kind == "theme" else ("field", "start", "end", "text")
    return any(values.get(f) is None for f in needed)


@dataclass(frozen=True)
class Record:
    id: str
    kind: str
    interview_id: str | None
    values: dict[str, Any]

    @property
    def deleted(self) -> bool:
        return bool(self.values.get(DELETED))


def values_of(answers_text: str) -> dict[str, Any]:
    return {f: v for (f, _s), v in ilog.decode_answers(answers_text).items()}


def read(conn, record_id: str) -> tuple[str, str | None, ilog.Log] | None:
    """(kind, interview id, log) of a record, or None."""
    row = conn.execute("SELECT kind, interview_id, log FROM coding_logs WHERE record_id = ?",
                       [record_id]).fetchone()
    return (row[0], row[1], ilog.Log.parse(row[2], check=False)) if row else None


def get(conn, record_id: str) -> Record | None:
    row = conn.execute("SELECT kind, interview_id, answers FROM coding_logs WHERE record_id = ?",
                       [record_id]).fetchone()
    return Record(record_id, row[0], row[1], values_of(row[2])) if row else None


def record(store: "Store", record_id: str) -> Record | None:
    """A theme or passage as it stands here, also when removed (its last values): what a conflict is about."""
    return get(store.conn, record_id)


def records(conn, kind: str, interview_ids: list[str] | None = None,
            known: dict[str, dict[str, Any]] | None = None) -> list[Record]:
    """The records of one kind (of the interviews named), in the order they were made here. ``known``: the
    current values of some records by id, at hand (a merge's), not decoded again."""
    sql, params = "SELECT record_id, interview_id, answers FROM coding_logs WHERE kind = ?", [kind]
    if interview_ids is not None:
        marks = ",".join("?" * len(interview_ids))
        sql, params = f"{sql} AND interview_id IN ({marks})", [kind, *interview_ids]
    known = known or {}
    return [Record(i, kind, n, known[i] if i in known else values_of(a))
            for i, n, a in conn.execute(f"{sql} ORDER BY rowid", params)]


def change(store: "Store", record_id: str, kind: str, interview_id: str | None, values: dict[str, Any],
           reason: str | None = None, force: bool = False) -> bool:
    """Record the changed ``values`` of a record (made when new), checked (ValidationError naming each field at
    fault), in the caller's transaction or one of its own. False when nothing changed."""
    errors = {f: code for f, v in values.items() if (code := fault(kind, f, v))}
    if errors:
        raise ValidationError(errors)
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
            if made[1] or field == DELETED:  # knowing of every change: the conflict on that field is settled
                store.conn.execute("DELETE FROM coding_conflicts WHERE record_id = ? AND field = ?",
                                   [record_id, field])
        if not changed:
            return False
        store.conn.execute(STORE, [record_id, kind, interview_id, ilog.encode_answers(current), log.dumps(),
                                   next_log_seq(store.conn)])
    return True


@dataclass(frozen=True)
class CodingConflict:
    """A theme's or passage's field that two laptops changed to different values (``field`` "_deleted": removed
    on one, changed on the other without knowing; its values are True (removed, in use) and False (kept))."""
    record_id: str
    kind: str
    interview_id: str | None
    field: str
    values: list[tuple[Any, str, str, str]]  # (value, stamp, device id, coordinator), the one in use first


def conflicts(store: "Store") -> list[CodingConflict]:
    """Every open conflict of the themes and passages, for Konflikter and the merge report."""
    found = []
    for record_id, field in store.conn.execute("SELECT record_id, field FROM coding_conflicts ORDER BY 1, 2"
                                               ).fetchall():
        kind, interview_id, log = read(store.conn, record_id)
        heads = log.heads([(field, "")]).get((field, ""), [])
        if field == DELETED and len({c.value for c in heads}) < 2:
            found += _removed_but_changed(record_id, kind, interview_id, log)
        elif len({c.value for c in heads}) > 1:
            found.append(CodingConflict(record_id, kind, interview_id, field,
                                        [(json.loads(c.value), c.stamp, c.device_id, c.coordinator) for c in heads]))
    covered = {(c.record_id, c.field) for c in found}
    for theme_id, carriers in orphaned(store.conn).items():
        if (theme_id, DELETED) not in covered:
            found += _removed_but_used(store.conn, theme_id, carriers)
    return found


def orphaned(conn) -> dict[str, list[Record]]:
    """The removed themes that passages still carry, with those passages: a passage marked with a theme on one
    laptop while another laptop removed the theme without knowing of it (removing a theme here takes its
    markings with it, and a removed theme cannot be chosen). Worked out from the current values each time, so
    it is a conflict exactly as long as it lasts; the themes passages carry are read from their index, so a
    study without such a theme pays one small query."""
    found: dict[str, list[Record]] = {}
    for (theme_id,) in conn.execute("SELECT DISTINCT theme_id FROM passage_themes ORDER BY theme_id").fetchall():
        carriers = orphaned_by(conn, theme_id)
        if carriers:
            found[theme_id] = carriers
    return found


def orphaned_by(conn, theme_id: str) -> list[Record]:
    """The passages that still carry ``theme_id`` when it is removed (see ``orphaned``); none when it is live."""
    theme = get(conn, theme_id)
    return carrying(conn, theme_id) if theme is not None and theme.deleted else []


def carrying(conn, theme_id: str) -> list[Record]:
    """The passages (not removed) that carry the theme now."""
    out = []
    for (passage_id,) in conn.execute("SELECT passage_id FROM passage_themes WHERE theme_id = ? ORDER BY passage_id",
                                      [theme_id]).fetchall():
        record = get(conn, passage_id)
        if record is not None and not record.deleted:
            out.append(record)
    return out


def _removed_but_used(conn, theme_id: str, carriers: list[Record]) -> list[CodingConflict]:
    """A removed theme that passages still carry (``orphaned``): removed on one laptop (in use now), kept by
    the marking on another (its latest)."""
    _kind, _interview, log = read(conn, theme_id)
    current = log.answers()[0]
    if not is_deleted(current):
        return []
    removal = log.by_id(current[(DELETED, "")][1])
    marks = []
    for r in carriers:
        passage_log = read(conn, r.id)[2]
        value_id = passage_log.answers()[0].get((THEME_PREFIX + theme_id, ""))
        if value_id is not None:
            marks.append(passage_log.by_id(value_id[1]))
    if not marks:
        return []
    mark = max(marks, key=lambda c: c.stamp)
    return [CodingConflict(theme_id, "theme", None, DELETED,
                           [(True, removal.stamp, removal.device_id, removal.coordinator),
                            (False, mark.stamp, mark.device_id, mark.coordinator)])]


def _removed_but_changed(record_id: str, kind: str, interview_id: str | None,
                         log: ilog.Log) -> list[CodingConflict]:
    current = log.answers()[0]
    if not is_deleted(current):
        return []
    removal = log.by_id(current[(DELETED, "")][1])
    edits = [log.change(n) for n in log.unaware_edits(removal.id)]
    if not edits:
        return []
    edit = max(edits, key=lambda c: c.stamp)
    return [CodingConflict(record_id, kind, interview_id, DELETED,
                           [(True, removal.stamp, removal.device_id, removal.coordinator),
                            (False, edit.stamp, edit.device_id, edit.coordinator)])]


def resolve(store: "Store", record_id: str, field: str, value: Any) -> None:
    """Settle a conflict with the value picked: a change that replaces every head ("konflikt løst"). The caller
    works out what depends on it (``passages.settle_conflict`` does both)."""
    if not store.conn.execute("SELECT 1 FROM coding_conflicts WHERE record_id = ? AND field = ?",
                              [record_id, field]).fetchone() and not (
            field == DELETED and orphaned_by(store.conn, record_id)):
        raise ValueError("no conflict on this field")
    kind, interview_id, _log = read(store.conn, record_id)
    with store.write():
        change(store, record_id, kind, interview_id, {field: value}, reason=SETTLED, force=True)
        store.conn.execute("DELETE FROM coding_conflicts WHERE record_id = ? AND field = ?", [record_id, field])
