"""The text index: the searchable answers (notes, quotes, comments) in an FTS5 table, each found again through
``answer_text_rows``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.storage.store import Store


def index_texts(conn, rows: list[tuple[str, str, str, str]]) -> None:
    """Add (body, interview id, field, scheme) rows to the text index in one go (the demo and the merge), each
    with its row in answer_text_rows. The answers must have no index row yet."""
    first = conn.execute("SELECT coalesce(max(rowid), 0) FROM answer_text").fetchone()[0] + 1
    conn.executemany("INSERT INTO answer_text (rowid, body, interview_id, field, scheme) VALUES (?, ?, ?, ?, ?)",
                     [(first + n, *row) for n, row in enumerate(rows)])
    conn.executemany("INSERT INTO answer_text_rows (interview_id, field, scheme, fts_rowid) VALUES (?, ?, ?, ?)",
                     [(i, f, s, first + n) for n, (_body, i, f, s) in enumerate(rows)])


def index_text(store: "Store", interview_id: str, field: str, scheme: str, value: Any) -> None:
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


def fts_query(text: str) -> str | None:
    terms = [t for t in "".join(ch if ch.isalnum() else " " for ch in text).split() if t]
    if not terms:
        return None
    return " ".join(f'"{t}"*' for t in terms)


def search(store: "Store", text: str) -> set[str]:
    """Ids of interviews whose notes, quotes or comments contain every word of ``text`` (prefix match, accents ignored)."""
    query = fts_query(text)
    if query is None:
        return set()
    rows = store.conn.execute(
        "SELECT DISTINCT interview_id FROM answer_text WHERE answer_text MATCH ?", [query]
    ).fetchall()
    return {r[0] for r in rows}
