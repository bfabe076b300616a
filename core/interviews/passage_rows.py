"""Where each marked passage stands now, worked out from its record (``core.interviews.coding``) and its answer's
current text, into ``passages``, ``passage_themes`` and ``quote_marks`` (each quote's passages in one row: what
lists, counts and exports read), in the same transaction as every change of a passage or of an answer that has
passages.

A passage's row: its range where its text still stands (``core.model.anchor.locate``: its own range, or the one
place its marked text occurs after a merge brought another laptop's edit), with status "review" when it is not
found (or was flagged); ``citable`` when the coordinator left it citable and the interview's consent answer is
"ja". A passage is never removed here: only ``passages.unmark`` removes one.

``follow_edit`` is called by ``repository.record_change`` when an answer with passages is edited here: each
passage the edit did not touch is moved with it (a change of its start and end, so that every laptop
receives the same), each passage the edit touched is flagged for review (a change of its status)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from core.interviews.coding import THEME_PREFIX, change, records
from core.model import anchor, ilog
from core.model.ilog import Key

if TYPE_CHECKING:
    from core.storage.store import Store

CONSENT_FIELD, CONSENT_YES = "consent", "ja"
CONSENT = (CONSENT_FIELD, "")
INSERT = ("INSERT INTO passages (passage_id, interview_id, field, scheme, start_pos, end_pos, text, status, citable)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _texts(conn, interview_ids: list[str], fields: set[str]) -> dict[str, dict[tuple[str, str], str]]:
    """Per interview, its current answers to these fields that are text, by (field, scheme): only what
    passages are found in (and the consent answer), picked out by SQLite from the stored answers
    (``ilog.encode_answers``) instead of decoding every answer. Each comes as JSON and is decoded here: text
    SQLite would hand over as it is may hold what is not UTF-8 (a lone surrogate, escaped in the JSON)."""
    found: dict[str, dict[tuple[str, str], str]] = {}
    for interview_id, field, scheme, text in conn.execute(f"""
            SELECT l.interview_id, f.value, l.answers ->> ('$.s[' || f.key || ']'),
                   l.answers -> ('$.v[' || f.key || ']')
            FROM interview_logs l, json_each(l.answers, '$.f') f
            WHERE l.interview_id IN ({",".join("?" * len(interview_ids))}) AND f.value IN
                  ({",".join("?" * len(fields))})
                  AND json_type(l.answers, '$.v[' || f.key || ']') = 'text'""", [*interview_ids, *fields]):
        found.setdefault(interview_id, {})[(field, scheme)] = ilog.value_of(text)
    return found


def _answers(conn, found: list, told: dict[str, tuple[Collection[Key], dict[Key, str]]]) -> dict[str, dict]:
    """The text answers the passages ``found`` are in, and the consent, per interview: from ``told`` where it
    tells of them (``derive``), the others read (``_texts``)."""
    asked = {r.interview_id for r in found
             if not ((given := told.get(r.interview_id)) and CONSENT in given[0]
                     and (r.values.get("field"), r.values.get("scheme") or "") in given[0])}
    texts = {i: told[i][1] for i in {r.interview_id for r in found} - asked}
    if asked:
        texts.update(_texts(conn, sorted(asked), {CONSENT_FIELD, *(r.values.get("field") for r in found
                                                                   if r.interview_id in asked)} - {None}))
    return texts


def row_of(passage_id: str, interview_id: str, values: dict[str, Any], answers: dict) -> tuple | None:
    """The passage's row in ``passages`` (None when removed)."""
    if values.get(ilog.DELETED) or values.get("text") is None:
        return None
    scheme = values.get("scheme") or ""
    start, end, marked = values["start"], values["end"], values["text"]
    found = anchor.locate(answers.get((values["field"], scheme)), start, end, marked)
    status = values.get("status") or "ok"
    if found is None:
        status = "review"
    else:
        start, end = found
    citable = values.get("citable", True) is not False and answers.get((CONSENT_FIELD, "")) == CONSENT_YES
    return (passage_id, interview_id, values["field"], scheme, start, end, marked, status, int(citable))


def derive(conn, interview_ids: list[str] | set[str], known: dict[str, dict[str, Any]] | None = None,
           answers: dict[str, tuple[Collection[Key], dict[Key, str]]] | None = None) -> None:
    """Work out the passages of these interviews again (call inside the transaction that changed them). At
    hand (a merge's), not read again: ``known``, the current values of some of their passages by id;
    ``answers``, per interview, the answers it tells of and, among them, those that are text (one it tells of
    and lacks is none, or not text)."""
    interview_ids = sorted(set(interview_ids))
    for n in range(0, len(interview_ids), 500):
        chunk = interview_ids[n:n + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM passage_themes WHERE interview_id IN ({marks})", chunk)
        conn.execute(f"DELETE FROM passages WHERE interview_id IN ({marks})", chunk)
        conn.execute(f"DELETE FROM quote_marks WHERE interview_id IN ({marks})", chunk)
        found = records(conn, "passage", chunk, known)
        if not found:
            continue
        texts = _answers(conn, found, answers or {})
        rows, themes = [], []
        for r in found:
            row = row_of(r.id, r.interview_id, r.values, texts.get(r.interview_id, {}))
            if row is None:
                continue
            rows.append(row)
            themes += [(r.id, f[len(THEME_PREFIX):], *row[1:4]) for f, v in r.values.items()
                       if f.startswith(THEME_PREFIX) and v is True]
        conn.executemany(INSERT, rows)
        conn.executemany("INSERT INTO passage_themes (passage_id, theme_id, interview_id, field, scheme)"
                         " VALUES (?, ?, ?, ?, ?)", themes)
        conn.executemany("INSERT INTO quote_marks (interview_id, field, scheme, themes, passages, review)"
                         " VALUES (?, ?, ?, ?, ?, ?)", _marks(rows, themes))


def _marks(rows: list[tuple], themes: list[tuple]) -> list[tuple]:
    """Each quote's row of ``quote_marks`` from its passages' rows and themes, as ``schema.MARKS_SELECT`` works
    it out from the tables: the distinct theme ids in order, joined by commas; how many passages; how many to
    review."""
    found: dict[tuple, list] = {}
    for row in rows:
        mark = found.setdefault(row[1:4], [set(), 0, 0])
        mark[1] += 1
        mark[2] += row[7] == "review"
    for theme in themes:
        found[theme[2:]][0].add(theme[1])
    return [(*key, ",".join(sorted(ids)), n, review) for key, (ids, n, review) in found.items()]


def has_passages(conn, interview_id: str) -> bool:
    return conn.execute("SELECT 1 FROM coding_logs WHERE interview_id = ? LIMIT 1", [interview_id]).fetchone() \
        is not None


def after_answer(store: "Store", interview_id: str, field: str, scheme: str, old: Any, new: Any) -> None:
    """What an answer's change here means for the interview's passages (``repository.record_change``): the
    passages of that answer follow its edit; a changed consent answer changes what may be cited."""
    if not has_passages(store.conn, interview_id):
        return
    if field == CONSENT_FIELD and not scheme:
        derive(store.conn, [interview_id])
    elif isinstance(old, str) or isinstance(new, str):
        follow_edit(store, interview_id, field, scheme, old, new)


def follow_edit(store: "Store", interview_id: str, field: str, scheme: str, old: Any, new: Any) -> None:
    """After the answer (field, scheme) changed from ``old`` to ``new`` here: move or flag its passages (see
    the module), then work out the interview's passages again. Inside the caller's transaction."""
    conn = store.conn
    placed = conn.execute("SELECT passage_id, start_pos, end_pos, status FROM passages WHERE interview_id = ?"
                          " AND field = ? AND scheme = ?", [interview_id, field, scheme]).fetchall()
    texts = isinstance(old, str) and isinstance(new, str)
    span = anchor.edit_span(old, new) if texts and placed and old != new else None  # once for all its passages
    for passage_id, start, end, status in placed:
        moved = anchor.follow(old, new, start, end, span) if texts else None
        if moved is None:
            if status == "ok":
                change(store, passage_id, "passage", interview_id, {"status": "review"}, reason="teksten endret")
        else:
            change(store, passage_id, "passage", interview_id, {"start": moved[0], "end": moved[1]})
    derive(conn, [interview_id])
