"""Marked passages: a part of a quote or note (``core.interviews.quotes``) given one or more themes.

A passage is a change-logged record (``core.interviews.coding``) that travels in field packages; where it
stands now is worked out into ``passages`` (``core.interviews.passage_rows``): it follows later edits of its
answer, and an edit that touches its text flags it for review (``status`` "review"), never removes it.
Positions are code points (``core.model.anchor``); ``end`` is exclusive.

For the window::

    mark(store, interview_id, field, scheme, start, end, theme_ids, citable=True) -> passage id
    passages_of(store, interview_id, field=None, scheme=None) -> [Passage]     # by position
    get_passage(store, passage_id) -> Passage
    set_themes(store, passage_id, theme_ids)       # the whole set (at least one)
    add_theme / remove_theme(store, passage_id, theme_id)
    set_citable(store, passage_id, citable)
    settle(store, passage_id, start, end)          # reviewed: the passage is now this range of the text
    unmark(store, passage_id)
    by_theme(store, theme_ids, citable_only=False) -> [Passage]   # the passages of some themes, by interview
    settle_conflict(store, record_id, field, value)  # a theme's or passage's conflict (Konflikter)

Marking the same range again adds the themes to the passage already there. Two laptops that mark the same
range of the same text make one passage (its id is drawn from the range and text), with both laptops' themes.
Marking is allowed on a complete interview: it does not change what was answered. Refused with
``ValidationError``: ``{"passage": "no_text" | "outside_text" | "empty" | "not_a_quote"}``, ``{"themes": "none"
| "unknown_theme"}``; an unknown interview or passage is ``NotFoundError``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from core.base.errors import NotFoundError, ValidationError
from core.interviews.coding import DELETED, THEME_PREFIX, carrying, change, get, resolve
from core.interviews.passage_rows import derive
from core.interviews.themes import list_themes
from core.model import ilog
from core.reference import guide_library

if TYPE_CHECKING:
    from core.storage.store import Store

NAMESPACE = uuid.UUID("4f2b8c1e-93d7-4a5e-b0c6-7e1d2f3a9b40")


@dataclass(frozen=True)
class Passage:
    id: str
    interview_id: str
    field: str
    scheme: str
    start: int
    end: int
    text: str  # as it was marked
    status: str  # "ok" or "review"
    citable: bool  # marked citable and the interview's consent is "ja"
    theme_ids: tuple[str, ...]


_COLUMNS = ("SELECT p.passage_id, p.interview_id, p.field, p.scheme, p.start_pos, p.end_pos, p.text, p.status,"
            " p.citable, (SELECT group_concat(theme_id, ' ') FROM passage_themes t WHERE t.passage_id ="
            " p.passage_id) FROM passages p")


def _passage(row) -> Passage:
    return Passage(*row[:8], bool(row[8]), tuple(sorted(row[9].split())) if row[9] else ())


def passages_of(store: "Store", interview_id: str, field: str | None = None, scheme: str | None = None
                ) -> list[Passage]:
    sql, params = f"{_COLUMNS} WHERE p.interview_id = ?", [interview_id]
    if field is not None:
        sql, params = f"{sql} AND p.field = ? AND p.scheme = ?", [*params, field, scheme or ""]
    return [_passage(r) for r in store.conn.execute(f"{sql} ORDER BY p.field, p.scheme, p.start_pos, p.end_pos",
                                                     params)]


def needing_review(store: "Store", interview_id: str, answers: list[tuple[str, str]]) -> int:
    """How many passages of these answers (field, scheme) of the interview wait for review."""
    return sum(store.conn.execute(
        "SELECT count(*) FROM passages WHERE interview_id = ? AND field = ? AND scheme = ? AND status = 'review'",
        [interview_id, field, scheme]).fetchone()[0] for field, scheme in answers)


def get_passage(store: "Store", passage_id: str) -> Passage:
    row = store.conn.execute(f"{_COLUMNS} WHERE p.passage_id = ?", [passage_id]).fetchone()
    if row is None:
        raise NotFoundError("passage", passage_id)
    return _passage(row)


def by_theme(store: "Store", theme_ids: Iterable[str], citable_only: bool = False) -> list[Passage]:
    """The passages that carry any of ``theme_ids`` (of interviews not in the trash), by interview date. A
    passage with ``status`` "review" holds the words as they were marked, which its answer may no longer have."""
    ids = sorted(set(theme_ids))
    marks = ",".join("?" * len(ids))
    sql = (f"{_COLUMNS} JOIN interviews i ON i.id = p.interview_id WHERE i.deleted = 0 AND p.passage_id IN"
           f" (SELECT passage_id FROM passage_themes WHERE theme_id IN ({marks}))"
           f"{' AND p.citable = 1' if citable_only else ''} ORDER BY i.interview_date, i.id, p.field, p.start_pos")
    return [_passage(r) for r in store.conn.execute(sql, ids)]


def _checked_themes(store: "Store", theme_ids: Iterable[str]) -> list[str]:
    ids = sorted(set(theme_ids))
    if not ids:
        raise ValidationError({"themes": "none"})
    live = {t.id for t in list_themes(store)}
    if not live.issuperset(ids):
        raise ValidationError({"themes": "unknown_theme"})
    return ids


def _answer_text(store: "Store", interview_id: str, field: str, scheme: str) -> str:
    row = store.conn.execute("SELECT i.guide_id, i.guide_version, l.answers FROM interviews i JOIN interview_logs l"
                             " ON l.interview_id = i.id WHERE i.id = ?", [interview_id]).fetchone()
    if row is None:
        raise NotFoundError("interview", interview_id)
    if field not in guide_library.get(store, row[0], row[1]).searchable():
        raise ValidationError({"passage": "not_a_quote"})
    text = ilog.decode_answers(row[2]).get((field, scheme))
    if not isinstance(text, str) or not text:
        raise ValidationError({"passage": "no_text"})
    return text


def mark(store: "Store", interview_id: str, field: str, scheme: str, start: int, end: int,
         theme_ids: Iterable[str], citable: bool = True) -> str:
    """Mark ``text[start:end]`` of the answer (field, scheme) with the themes; returns the passage's id."""
    scheme = scheme or ""
    with store.write():
        text = _answer_text(store, interview_id, field, scheme)
        if type(start) is not int or type(end) is not int or not 0 <= start < end <= len(text):
            raise ValidationError({"passage": "outside_text"})
        if not text[start:end].strip():
            raise ValidationError({"passage": "empty"})
        themes = _checked_themes(store, theme_ids)
        same = store.conn.execute("SELECT passage_id FROM passages WHERE interview_id = ? AND field = ? AND scheme = ?"
                                  " AND start_pos = ? AND end_pos = ?", [interview_id, field, scheme, start, end]
                                  ).fetchone()
        if same:
            passage_id, values = same[0], {}
        else:
            passage_id = str(uuid.uuid5(NAMESPACE, "\x1f".join((interview_id, field, scheme, str(start), str(end),
                                                                 text[start:end]))))
            if get(store.conn, passage_id) is not None:  # marked before, removed or moved since
                passage_id = str(uuid.uuid4())
            values = {"field": field, "scheme": scheme, "start": start, "end": end, "text": text[start:end],
                      "citable": bool(citable), "status": "ok"}
        values.update({THEME_PREFIX + t: True for t in themes})
        change(store, passage_id, "passage", interview_id, values)
        derive(store.conn, [interview_id])
    return passage_id


def _change(store: "Store", passage_id: str, values: dict) -> bool:
    with store.write():
        record = get(store.conn, passage_id)
        if record is None or record.kind != "passage" or record.deleted:
            raise NotFoundError("passage", passage_id)
        changed = change(store, passage_id, "passage", record.interview_id, values)
        derive(store.conn, [record.interview_id])
    return changed


def set_themes(store: "Store", passage_id: str, theme_ids: Iterable[str]) -> bool:
    themes = _checked_themes(store, theme_ids)
    record = get(store.conn, passage_id)
    old = {f[len(THEME_PREFIX):] for f, v in (record.values if record else {}).items()
           if f.startswith(THEME_PREFIX) and v}
    values = {THEME_PREFIX + t: False for t in old - set(themes)} | {THEME_PREFIX + t: True for t in themes}
    return _change(store, passage_id, values)


def add_theme(store: "Store", passage_id: str, theme_id: str) -> bool:
    _checked_themes(store, [theme_id])
    return _change(store, passage_id, {THEME_PREFIX + theme_id: True})


def remove_theme(store: "Store", passage_id: str, theme_id: str) -> bool:
    """Take a theme off a passage; the last one cannot go (``{"themes": "none"}``: unmark it instead)."""
    if get_passage(store, passage_id).theme_ids == (theme_id,):
        raise ValidationError({"themes": "none"})
    return _change(store, passage_id, {THEME_PREFIX + theme_id: False})


def set_citable(store: "Store", passage_id: str, citable: bool) -> bool:
    return _change(store, passage_id, {"citable": bool(citable)})


def settle(store: "Store", passage_id: str, start: int, end: int) -> None:
    """A passage reviewed: it is now ``[start, end)`` of its answer's current text, status "ok"."""
    p = get_passage(store, passage_id)
    text = _answer_text(store, p.interview_id, p.field, p.scheme)
    if type(start) is not int or type(end) is not int or not 0 <= start < end <= len(text):
        raise ValidationError({"passage": "outside_text"})
    _change(store, passage_id, {"start": start, "end": end, "text": text[start:end], "status": "ok"})


def unmark(store: "Store", passage_id: str) -> None:
    _change(store, passage_id, {ilog.DELETED: True})


def settle_conflict(store: "Store", record_id: str, field: str, value) -> None:
    """Settle a theme's or passage's conflict (``coding.conflicts``) with the value picked. A theme kept stays
    with every marking of it; a theme removed takes the markings that still carry it with it (the passages stay,
    as when a theme is removed here)."""
    with store.write():
        # every passage carrying it now: those a removal kept (``orphaned``) and, when the theme is live here (two
        # laptops settled an earlier conflict differently), those marked with it since
        carriers = carrying(store.conn, record_id) if field == DELETED else []
        resolve(store, record_id, field, value)
        if value is True:
            for r in carriers:
                change(store, r.id, "passage", r.interview_id, {THEME_PREFIX + record_id: False})
        interviews = {r for (r,) in store.conn.execute(
            "SELECT DISTINCT interview_id FROM coding_logs WHERE record_id = ? AND interview_id IS NOT NULL",
            [record_id])}
        derive(store.conn, interviews | {r.interview_id for r in carriers})
