"""What several test modules share: interviews made the way a coordinator makes them, a database from a newer
Feltkart, and the state of a database as a coordinator sees it."""

from __future__ import annotations

from core import interviews as iv
from core.storage.schema import FACTS_SELECT, MARKS_SELECT, MIGRATION_SET
from core.workspace import open_workspace
from tests import logs

DANGEROUS_TEXTS = ["=1+1", "+47 99 88 77 66", "-2+3", "@SUM(A1)", "\tinnrykk", "\rlinje"]
NAME = "Ingeborg Testesen"
CONTACT = "ingeborg@example.no"


def fill_required(store, interview_id, schemes):
    iv.set_answers(store, interview_id, [
        ("form", "", "fysisk"),
        ("informants", "", [{"role": "kommunedirektor", "name": "", "contact": ""}]),
        ("consent", "", "ja"),
        ("strategy", "", "nei"),
        ("network", "", "nei"),
        ("capacity", "", 2),
        *[(q, s, v) for s in schemes for q, v in (("aware", "kjenner_til"), ("applied", "nei"))],
    ])


def make_interview(store, number, when, answers, status="complete", deleted=False):
    """A complete (or draft, or deleted) interview with the required answers and ``answers``."""
    i = iv.create(store, number, when)
    fill_required(store, i, iv.schemes_for(store, i))
    iv.set_answers(store, i, answers)
    if status == "complete":
        iv.complete(store, i)
    if deleted:
        iv.delete(store, i)
    return i


def make_newer(path):
    s = open_workspace(path)
    s.db["_sqlite_migrations"].insert(
        {"migration_set": MIGRATION_SET, "name": "m500_from_the_future", "applied_at": "2030-01-01"}
    )
    s.db["meta"].upsert({"key": "app_version", "value": "9.0.0"}, pk="key")
    s.close()


def state(store) -> dict:
    """Everything a coordinator sees: the interviews' current rows, every current answer, and what is kept
    from them for the statistics, the text search and the Konflikter view; the fieldwork's records, their
    current values and conflicts."""
    def rows(sql):
        return store.conn.execute(sql).fetchall()

    return {
        "interviews": rows("SELECT id, municipality, interview_date, status, deleted FROM interviews ORDER BY id"),
        "answers": logs.answers(store.conn),
        "interview_stats": rows("SELECT * FROM interview_stats ORDER BY 1"),
        "text": rows("SELECT t.interview_id, t.field, t.scheme, t.body FROM answer_text t JOIN answer_text_rows r"
                     " ON r.fts_rowid = t.rowid ORDER BY 1, 2, 3"),
        "conflicts": rows("SELECT * FROM open_conflicts ORDER BY 1, 2, 3"),
        "fieldwork": logs.answers(store.conn, "fieldwork_logs"),
        "fieldwork_records": rows("SELECT record_id, kind, municipality FROM fieldwork_logs ORDER BY 1"),
        "fieldwork_conflicts": rows("SELECT * FROM fieldwork_conflicts ORDER BY 1, 2"),
        "coding": logs.answers(store.conn, "coding_logs"),
        "coding_conflicts": rows("SELECT * FROM coding_conflicts ORDER BY 1, 2"),
        "passages": rows("SELECT * FROM passages ORDER BY 1"),
        "passage_themes": rows("SELECT * FROM passage_themes ORDER BY 1, 2"),
        "quote_marks": rows("SELECT * FROM quote_marks ORDER BY 1, 2, 3"),
        "interview_facts": rows("SELECT * FROM interview_facts ORDER BY 1"),
    }


def check_kept_rows(store) -> None:
    """The rows kept in step as answers and passages change (``passages``, ``passage_themes``, ``quote_marks``,
    ``interview_facts``) are what their definitions give when worked out again from scratch: the passages
    from their records and answers as stored, the rest by their definitions in SQL."""
    from core.interviews.passage_rows import derive

    conn = store.conn
    tables = ("passages", "passage_themes", "quote_marks")
    kept = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall() for t in tables}
    conn.execute("SAVEPOINT from_scratch")
    try:
        derive(conn, [i for (i,) in conn.execute("SELECT DISTINCT interview_id FROM coding_logs"
                                                 " WHERE interview_id IS NOT NULL")])
        assert kept == {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall() for t in tables}
    finally:
        conn.execute("ROLLBACK TO from_scratch")
        conn.execute("RELEASE from_scratch")
    assert kept["quote_marks"] == conn.execute(f"{MARKS_SELECT} ORDER BY 1, 2, 3").fetchall()
    assert conn.execute("SELECT * FROM interview_facts ORDER BY 1").fetchall() == conn.execute(
        f"{FACTS_SELECT} ORDER BY 1").fetchall()
