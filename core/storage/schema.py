"""Feltkart's schema, as an ordered set of ``sqlite_utils.Migrations``.

Rules: a migration is never edited after release; a change of schema is a new migration appended
at the end. ``store.open_store`` backs the file up before it applies pending migrations and refuses
a database that has migrations this build does not know (written by a newer Feltkart).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from core.base.clock import now_iso
from core.base.resources import resource_path

if TYPE_CHECKING:  # sqlite_utils is imported only when migrations must run (see migration_set)
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "feltkart"
# A migration that changes interview_stats sets this meta key; store.open_store then works the table out again
# from the answers, in one transaction, and removes the key (a crash before that leaves the key: the next
# start does it).
REBUILD_STATS = "rebuild_interview_stats"

# (name, function) in order. Never edit or reorder a released entry; append new ones.
MIGRATIONS: list[tuple[str, Callable[["Database"], None]]] = []


def migration(name: str):
    def register(fn):
        if any(n == name for n, _ in MIGRATIONS):
            raise ValueError(f"migration {name} registered twice")
        MIGRATIONS.append((name, fn))
        return fn

    return register


def _run(db: "Database", statements: list[str]) -> None:
    # One statement at a time: executescript() would COMMIT the migration's transaction.
    for sql in statements:
        db.execute(sql)


@migration("m001_initial")
def m001_initial(db: "Database") -> None:
    _run(
        db,
        [
            # Facts about this database file: device id, study id, which Feltkart wrote it.
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            # Study settings, one row per key; updated_at and device_id let packages merge them.
            """CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                device_id TEXT NOT NULL)""",
            # SSB's municipality structures, bundled in resources/registry, synced on open.
            """CREATE TABLE registries (
                version INTEGER PRIMARY KEY,
                structure TEXT NOT NULL,
                structure_en TEXT NOT NULL,
                valid_from TEXT NOT NULL,
                valid_to TEXT,
                population_year INTEGER NOT NULL,
                centrality_version TEXT NOT NULL,
                attribution TEXT NOT NULL,
                attribution_en TEXT NOT NULL,
                license TEXT NOT NULL,
                has_points INTEGER NOT NULL,
                checksum TEXT NOT NULL)""",
            """CREATE TABLE counties (
                registry INTEGER NOT NULL REFERENCES registries(version),
                number TEXT NOT NULL,
                name TEXT NOT NULL,
                PRIMARY KEY (registry, number))""",
            """CREATE TABLE municipalities (
                registry INTEGER NOT NULL REFERENCES registries(version),
                number TEXT NOT NULL CHECK (length(number) = 4),
                name TEXT NOT NULL,
                county TEXT NOT NULL,
                centrality_class INTEGER NOT NULL CHECK (centrality_class BETWEEN 1 AND 6),
                population INTEGER NOT NULL,
                latitude REAL,
                longitude REAL,
                PRIMARY KEY (registry, number),
                FOREIGN KEY (registry, county) REFERENCES counties(registry, number))""",
            # The national schemes; keyed by a stable code that interviews refer to.
            """CREATE TABLE schemes (
                code TEXT PRIMARY KEY,
                name_nb TEXT NOT NULL,
                name_en TEXT NOT NULL,
                owner TEXT NOT NULL,
                start_year INTEGER,
                description_nb TEXT NOT NULL DEFAULT '',
                description_en TEXT NOT NULL DEFAULT '',
                active INTEGER NOT NULL DEFAULT 1,
                builtin INTEGER NOT NULL DEFAULT 0,
                deleted INTEGER NOT NULL DEFAULT 0,
                sort_order INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                device_id TEXT NOT NULL)""",
        ],
    )
    import uuid  # here, not at the top: the module is on the start-up path and uuid costs ~8 ms to import

    device_id = str(uuid.uuid4())
    now = now_iso()
    db["meta"].insert_all(
        [
            {"key": "device_id", "value": device_id},
            {"key": "created_at", "value": now},
        ]
    )
    defaults = {
        "study_id": str(uuid.uuid4()),
        "study_name": "",
        "coordinator_name": "",
        "registry_version": "2024",
        "rural_definition": "5-6",
        "configured": "0",
    }
    db["settings"].insert_all(
        [{"key": k, "value": v, "updated_at": now, "device_id": device_id} for k, v in defaults.items()]
    )


@migration("m002_seed_schemes")
def m002_seed_schemes(db: "Database") -> None:
    catalogue = json.loads(resource_path("schemes.json").read_text(encoding="utf-8"))
    device_id = db.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0]
    now = now_iso()
    db["schemes"].insert_all(
        [
            {
                **{k: s[k] for k in ("code", "name_nb", "name_en", "owner", "start_year")},
                "description_nb": s["description_nb"],
                "description_en": s["description_en"],
                "active": 1,
                "builtin": 1,
                "deleted": 0,
                "sort_order": i,
                "created_at": now,
                "updated_at": now,
                "device_id": device_id,
            }
            for i, s in enumerate(catalogue["schemes"], start=1)
        ]
    )


@migration("m003_interviews")
def m003_interviews(db: "Database") -> None:
    _run(
        db,
        [
            # Guide versions, stored once loaded: an interview is always shown with the guide it was recorded with.
            """CREATE TABLE guides (
                id TEXT NOT NULL,
                version INTEGER NOT NULL,
                source TEXT NOT NULL,
                origin TEXT NOT NULL,
                loaded_at TEXT NOT NULL,
                PRIMARY KEY (id, version))""",
            # One row per interview: the current values the list needs, kept in step with the change log.
            """CREATE TABLE interviews (
                id TEXT PRIMARY KEY,
                guide_id TEXT NOT NULL,
                guide_version INTEGER NOT NULL,
                registry INTEGER NOT NULL REFERENCES registries(version),
                municipality TEXT,
                interview_date TEXT,
                status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'complete')),
                deleted INTEGER NOT NULL DEFAULT 0,
                coordinator TEXT NOT NULL,
                device_id TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                FOREIGN KEY (guide_id, guide_version) REFERENCES guides(id, version),
                FOREIGN KEY (registry, municipality) REFERENCES municipalities(registry, number))""",
            "CREATE INDEX interviews_municipality_date ON interviews (municipality, interview_date)",
            # The log: every change to an answer (or to status/deleted, fields '_status', '_deleted'), never
            # updated or deleted. parent = the change it replaced. Merging is the union of logs by id.
            """CREATE TABLE changes (
                id TEXT PRIMARY KEY,
                interview_id TEXT NOT NULL REFERENCES interviews(id),
                field TEXT NOT NULL,
                scheme TEXT REFERENCES schemes(code),
                value TEXT NOT NULL,
                parent TEXT,
                hlc TEXT NOT NULL,
                device_id TEXT NOT NULL,
                coordinator TEXT NOT NULL,
                reason TEXT)""",
            "CREATE INDEX changes_interview ON changes (interview_id, hlc)",
            # Current value of each answer (the head of its chain in the log); rebuildable from the log.
            """CREATE TABLE answers (
                interview_id TEXT NOT NULL REFERENCES interviews(id),
                field TEXT NOT NULL,
                scheme TEXT NOT NULL DEFAULT '',
                value TEXT NOT NULL,
                change_id TEXT NOT NULL REFERENCES changes(id),
                PRIMARY KEY (interview_id, field, scheme)) WITHOUT ROWID""",
            # The per-scheme answers the statistics count, as small codes, one row per interview and scheme
            # (kept in step by interviews._record; replaced by interview_stats in m008). Rebuildable from answers.
            """CREATE TABLE scheme_answers (
                interview_id TEXT NOT NULL REFERENCES interviews(id),
                scheme TEXT NOT NULL,
                aware INTEGER,
                applied INTEGER,
                took_part INTEGER,
                benefit INTEGER,
                PRIMARY KEY (interview_id, scheme)) WITHOUT ROWID""",
            # Full-text search over the searchable text answers (notes, quotes, comments). answer_text_rows
            # finds an answer's row in the index by key (FTS5 cannot index its UNINDEXED columns).
            """CREATE VIRTUAL TABLE answer_text USING fts5(
                body, interview_id UNINDEXED, field UNINDEXED, scheme UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2')""",
            """CREATE TABLE answer_text_rows (
                interview_id TEXT NOT NULL,
                field TEXT NOT NULL,
                scheme TEXT NOT NULL,
                fts_rowid INTEGER NOT NULL,
                PRIMARY KEY (interview_id, field, scheme)) WITHOUT ROWID""",
        ],
    )


@migration("m004_merge")
def m004_merge(db: "Database") -> None:
    _run(
        db,
        [
            # Finding an answer's heads (changes no other change replaced) asks "who has this parent?".
            "CREATE INDEX changes_parent ON changes (parent)",
            # Further parents of a change that settled a conflict: a change made while an answer had several
            # heads replaces all of them (its own parent column names the one that was shown).
            """CREATE TABLE change_parents (
                change_id TEXT NOT NULL REFERENCES changes(id),
                parent TEXT NOT NULL,
                PRIMARY KEY (change_id, parent)) WITHOUT ROWID""",
            "CREATE INDEX change_parents_parent ON change_parents (parent)",
            # Answers with more than one head, kept in step by the merge and by every change, so that the
            # Konflikter view and its badge need no scan of the whole log.
            """CREATE TABLE open_conflicts (
                interview_id TEXT NOT NULL,
                field TEXT NOT NULL,
                scheme TEXT NOT NULL,
                PRIMARY KEY (interview_id, field, scheme)) WITHOUT ROWID""",
        ],
    )


@migration("m005_text_index_searchable_only")
def m005_text_index_searchable_only(db: "Database") -> None:
    """The text index holds the searchable questions of each interview's guide only, as typing has always
    kept it. Merges before this version indexed every text answer they brought (a search for "ja" found
    every merged interview); those rows go. The answers themselves are not touched. A guide this build
    cannot read keeps its rows."""
    from core.base.errors import FeltkartError
    from core.model.guide import parse_guide

    conn = db.conn
    for guide_id, version, source in conn.execute("SELECT id, version, source FROM guides").fetchall():
        try:
            searchable = sorted(parse_guide(source, f"{guide_id} v{version}").searchable())
        except (FeltkartError, ValueError):
            continue
        marks = ", ".join("?" for _ in searchable)  # empty: "NOT IN ()" holds for every row
        stray = conn.execute(
            f"""SELECT r.fts_rowid, r.interview_id, r.field, r.scheme FROM answer_text_rows r
                JOIN interviews i ON i.id = r.interview_id
                WHERE i.guide_id = ? AND i.guide_version = ? AND r.field NOT IN ({marks})""",
            [guide_id, version, *searchable]).fetchall()
        conn.executemany("DELETE FROM answer_text WHERE rowid = ?", [row[:1] for row in stray])
        conn.executemany("DELETE FROM answer_text_rows WHERE interview_id = ? AND field = ? AND scheme = ?",
                         [row[1:] for row in stray])


@migration("m006_changes_parent_partial")
def m006_changes_parent_partial(db: "Database") -> None:
    # "Who replaced this change?" only ever asks for a parent that exists: most changes have none (an answer
    # given once), so the index leaves them out. Merging writes one index entry less per change.
    _run(db, [
        "DROP INDEX changes_parent",
        "CREATE INDEX changes_parent ON changes (parent) WHERE parent IS NOT NULL",
    ])


@migration("m007_changes_interview_short")
def m007_changes_interview_short(db: "Database") -> None:
    # The changes of one interview are found by its id alone (a few dozen rows, sorted by stamp when asked):
    # without the 57-character stamp in every entry the index is less than half the size.
    _run(db, [
        "DROP INDEX changes_interview",
        "CREATE INDEX changes_interview ON changes (interview_id)",
    ])


@migration("m008_interview_stats")
def m008_interview_stats(db: "Database") -> None:
    """The statistics read one row per interview (interviews.refresh_stats) instead of one per interview and
    scheme plus the barrier answers: a tenth of the rows. scheme_answers, which it replaces, goes. The rows
    are worked out from the answers after the migrations (``REBUILD_STATS``), by the code of the build that
    runs them: a later change to the table's columns cannot break this migration."""
    _run(db, [
        """CREATE TABLE interview_stats (
            interview_id TEXT PRIMARY KEY REFERENCES interviews(id),
            aware TEXT,
            applied TEXT,
            took_part TEXT,
            benefit TEXT,
            barriers TEXT,
            barrier_main TEXT,
            measures TEXT) WITHOUT ROWID""",
        "DROP TABLE scheme_answers",
        f"INSERT INTO meta (key, value) VALUES ('{REBUILD_STATS}', '1') ON CONFLICT (key) DO UPDATE SET value = '1'",
    ])


@migration("m009_interview_logs")
def m009_interview_logs(db: "Database") -> None:
    """Each interview's change log and current answers in one row (``core.model.ilog``) instead of a row per change
    (``changes``, ``change_parents``) and per answer (``answers``): a merge writes one row per interview.
    Every change is carried over with its id, parents, stamp, device, coordinator and reason; the current
    answers are worked out from the log, as they always were. The statistics' rows are worked out again
    after the migrations (``REBUILD_STATS``)."""
    from core.model import ilog

    conn = db.conn
    _run(db, ["""CREATE TABLE interview_logs (
        interview_id TEXT PRIMARY KEY REFERENCES interviews(id),
        answers TEXT NOT NULL,
        log TEXT NOT NULL)"""])
    logs = ilog.from_rows(
        conn.execute("SELECT id, interview_id, field, scheme, value, parent, hlc, device_id, coordinator, reason"
                     " FROM changes ORDER BY rowid"),
        ilog.parents_of(conn.execute("SELECT change_id, parent FROM change_parents")))
    conn.executemany(
        "INSERT INTO interview_logs (interview_id, answers, log) VALUES (?, ?, ?)",
        [(interview_id, ilog.encode_answers(log.answers()[0]), log.dumps()) for interview_id, log in logs.items()])
    _run(db, [
        "DROP TABLE answers",
        "DROP TABLE change_parents",
        "DROP TABLE changes",
        f"INSERT INTO meta (key, value) VALUES ('{REBUILD_STATS}', '1') ON CONFLICT (key) DO UPDATE SET value = '1'",
    ])


@migration("m010_interview_logs_seq")
def m010_interview_logs_seq(db: "Database") -> None:
    """Each log row says when this laptop last wrote it (``seq``, from the counter ``log_seq`` in meta), so that
    a package for a recipient takes the whole logs written since the last package to it: changes that came
    from a third laptop travel on too, whatever their stamps. The logs already here count as written before
    any such package."""
    _run(db, [
        "ALTER TABLE interview_logs ADD COLUMN seq INTEGER NOT NULL DEFAULT 0",
        "INSERT INTO meta (key, value) VALUES ('log_seq', '0') ON CONFLICT (key) DO NOTHING",
    ])


@migration("m011_fieldwork")
def m011_fieldwork(db: "Database") -> None:
    """The fieldwork (core.fieldwork): the sample, the assignments, contact attempts and appointments, each a
    record with a change log as an interview has (merged the same way), and the conflicts between them."""
    _run(db, [
        """CREATE TABLE fieldwork_logs (
            record_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('municipality', 'attempt', 'appointment', 'sample')),
            municipality TEXT,
            answers TEXT NOT NULL,
            log TEXT NOT NULL,
            seq INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX fieldwork_logs_municipality ON fieldwork_logs (municipality)",
        """CREATE TABLE fieldwork_conflicts (
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            PRIMARY KEY (record_id, field)) WITHOUT ROWID""",
    ])


@migration("m012_personal_data_erasures")
def m012_personal_data_erasures(db: "Database") -> None:
    """Erasing personal data (core.privacy): a record of each erasure (who, when, what, its stamp), which travels
    in packages so that every laptop erases the same; and the study's retention date (empty: none set)."""
    _run(db, [
        """CREATE TABLE personal_data_erasures (
            id TEXT PRIMARY KEY,
            stamp TEXT NOT NULL,
            scope TEXT NOT NULL CHECK (scope IN ('study', 'informant')),
            interview_id TEXT,
            informant INTEGER,
            municipality TEXT,
            fingerprints TEXT NOT NULL DEFAULT '[]',
            device_id TEXT NOT NULL,
            coordinator TEXT NOT NULL,
            erased_at TEXT NOT NULL)""",
        "INSERT INTO settings (key, value, updated_at, device_id) VALUES ('retention_date', '', '', '')"
        " ON CONFLICT (key) DO NOTHING",
    ])


@migration("m013_themes_and_passages")
def m013_themes_and_passages(db: "Database") -> None:
    """Themes and marked passages (core.interviews.coding): each a record with a change log as a fieldwork record
    has (merged the same way), their conflicts, and what is worked out from them: the passages where they stand
    now in their answer's text (``passages``, ``passage_themes``) and each interview's informant roles and
    consent (``interview_facts``, for the list of quotes), filled here from the answers already stored."""
    _run(db, [
        """CREATE TABLE coding_logs (
            record_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('theme', 'passage')),
            interview_id TEXT,
            answers TEXT NOT NULL,
            log TEXT NOT NULL,
            seq INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX coding_logs_interview ON coding_logs (interview_id)",
        """CREATE TABLE coding_conflicts (
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            PRIMARY KEY (record_id, field)) WITHOUT ROWID""",
        """CREATE TABLE passages (
            passage_id TEXT PRIMARY KEY,
            interview_id TEXT NOT NULL,
            field TEXT NOT NULL,
            scheme TEXT NOT NULL,
            start_pos INTEGER NOT NULL,
            end_pos INTEGER NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL,
            citable INTEGER NOT NULL) WITHOUT ROWID""",
        "CREATE INDEX passages_answer ON passages (interview_id, field, scheme)",
        """CREATE TABLE passage_themes (
            passage_id TEXT NOT NULL,
            theme_id TEXT NOT NULL,
            interview_id TEXT NOT NULL,
            field TEXT NOT NULL,
            scheme TEXT NOT NULL,
            PRIMARY KEY (passage_id, theme_id)) WITHOUT ROWID""",
        "CREATE INDEX passage_themes_theme ON passage_themes (theme_id)",
        "CREATE INDEX passage_themes_interview ON passage_themes (interview_id)",
        """CREATE TABLE interview_facts (
            interview_id TEXT PRIMARY KEY,
            roles TEXT NOT NULL,
            consent TEXT) WITHOUT ROWID""",
        f"INSERT INTO interview_facts {FACTS_SELECT}",
    ])


@migration("m014_quote_marks")
def m014_quote_marks(db: "Database") -> None:
    """Each quote's passages in one row (``quote_marks``: their themes, how many, how many to review), worked out
    with the passages (``passage_rows.derive``) for the list of quotes; filled here from the passages."""
    _run(db, [
        """CREATE TABLE quote_marks (
            interview_id TEXT NOT NULL, field TEXT NOT NULL, scheme TEXT NOT NULL,
            themes TEXT NOT NULL, passages INTEGER NOT NULL, review INTEGER NOT NULL,
            PRIMARY KEY (interview_id, field, scheme)) WITHOUT ROWID""",
        f"INSERT INTO quote_marks {MARKS_SELECT}",
    ])


# A quote's row of quote_marks: the distinct theme ids of its passages in order, joined by commas ('' for none),
# how many passages, how many to review. Used by m014 (``passage_rows.derive`` works out the same from the rows
# it writes).
MARKS_SELECT = """SELECT p.interview_id, p.field, p.scheme,
    coalesce((SELECT group_concat(DISTINCT t.theme_id ORDER BY t.theme_id) FROM passage_themes t
              WHERE t.interview_id = p.interview_id AND t.field = p.field AND t.scheme = p.scheme), ''),
    count(*), sum(p.status = 'review')
    FROM passages p
    GROUP BY p.interview_id, p.field, p.scheme"""

# An interview's informant roles (its distinct roles, joined by commas) and consent answer, from its current
# answers as stored (``ilog.encode_answers``: {"f": fields, "s": schemes, "v": values}); used by m013 and
# ``core.interviews.quotes.refresh_facts`` (``quotes.facts_row`` works out the same from answers in memory).
FACTS_SELECT = """SELECT l.interview_id,
    coalesce((SELECT group_concat(DISTINCT json_extract(r.value, '$.role')) FROM json_each(l.answers, '$.f') f,
              json_each(l.answers, '$.v[' || f.key || ']') r WHERE f.value = 'informants'), ''),
    (SELECT json_extract(l.answers, '$.v[' || f.key || ']') FROM json_each(l.answers, '$.f') f
     WHERE f.value = 'consent')
    FROM interview_logs l"""


def known_migration_names() -> list[str]:
    """Every migration this build knows, in order."""
    return [name for name, _ in MIGRATIONS]


def migration_set() -> "Migrations":
    """The migrations as a ``sqlite_utils.Migrations`` set, ready to ``apply``."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in MIGRATIONS:
        migrations(name=name)(fn)
    return migrations
