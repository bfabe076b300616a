"""The store: pragmas, identity, migrations with a backup first, and refusal of files it must not touch."""

import hashlib

import pytest

import core.storage.schema
from core import __version__
from core.base import errors
from core.base.driver import sqlite3
from core.workspace import open_workspace
from tests.helpers import make_newer


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_pragmas_schema_and_identity(tmp_path):
    store = open_workspace(tmp_path / "a.sqlite")
    db = store.db
    assert store.is_new
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    applied = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == core.storage.schema.known_migration_names()
    assert len(store.device_id) == 36
    assert db.execute("SELECT value FROM meta WHERE key='app_version'").fetchone()[0] == __version__
    store.close()


def test_device_id_is_created_once(tmp_path):
    path = tmp_path / "a.sqlite"
    first = open_workspace(path)
    device = first.device_id
    first.close()
    again = open_workspace(path)
    assert again.device_id == device
    assert not again.is_new
    assert again.backup_path is None  # nothing pending, nothing to back up
    again.close()


def test_default_path_is_in_the_user_data_folder(isolated_user_folders):
    from core.base import paths

    assert paths.default_db_path().name == "feltkart.sqlite"
    assert str(paths.default_db_path()).startswith(str(isolated_user_folders))


def test_pending_migration_is_applied_after_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "a.sqlite"
    s = open_workspace(path)
    s.db["schemes"].update("digifin", {"owner": "edited before upgrade"})
    s.close()

    def m999(db):
        db["schemes"].add_column("test_column", str)

    monkeypatch.setattr(core.storage.schema, "MIGRATIONS", [*core.storage.schema.MIGRATIONS, ("m999_test_column", m999)])
    upgraded = open_workspace(path)
    assert upgraded.backup_path is not None and upgraded.backup_path.exists()
    assert upgraded.backup_path.parent == path.parent
    assert "test_column" in upgraded.db["schemes"].columns_dict
    upgraded.close()
    with sqlite3.connect(upgraded.backup_path) as backup:
        names = [r[0] for r in backup.execute("SELECT name FROM _sqlite_migrations")]
        owner = backup.execute("SELECT owner FROM schemes WHERE code='digifin'").fetchone()[0]
        columns = [r[1] for r in backup.execute("PRAGMA table_info(schemes)")]
    assert "m999_test_column" not in names
    assert owner == "edited before upgrade"
    assert "test_column" not in columns


def test_newer_database_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "newer.sqlite"
    make_newer(path)
    before = digest(path)
    with pytest.raises(errors.NewerDatabaseError) as info:
        open_workspace(path)
    assert info.value.written_by == "9.0.0"
    assert info.value.unknown_migrations == ["m500_from_the_future"]
    assert digest(path) == before


def test_text_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Intervjunotater, ikke en database\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(errors.NotADatabaseError):
        open_workspace(path)
    assert digest(path) == before


def test_damaged_database_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "damaged.sqlite"
    s = open_workspace(path)
    s.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # header kept, schema page destroyed
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(errors.DamagedDatabaseError):
        open_workspace(path)
    assert digest(path) == before


def test_folder_is_refused(tmp_path):
    with pytest.raises(errors.DatabaseIsFolderError):
        open_workspace(tmp_path)


def test_missing_folder_is_refused_and_not_created(tmp_path):
    target = tmp_path / "no-such-folder" / "a.sqlite"
    with pytest.raises(errors.FolderMissingError):
        open_workspace(target)
    assert not target.parent.exists()


def test_write_protected_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "ro.sqlite"
    open_workspace(path).close()
    before = digest(path)
    path.chmod(0o444)
    try:
        with pytest.raises(errors.ReadOnlyLocationError):
            open_workspace(path)
        assert digest(path) == before
    finally:
        path.chmod(0o644)


def test_write_protected_folder_is_refused(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(errors.ReadOnlyLocationError):
            open_workspace(folder / "a.sqlite")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_another_programs_sqlite_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
        conn.execute("INSERT INTO photos (file) VALUES ('a.jpg')")
    conn.close()
    before = digest(path)
    with pytest.raises(errors.ForeignDatabaseError):
        open_workspace(path)
    assert digest(path) == before


def test_an_empty_file_is_refused_for_what_it_is(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    with pytest.raises(errors.EmptyDatabaseError):
        open_workspace(path)
    assert path.read_bytes() == b""


def test_a_command_that_reads_does_not_make_a_database(tmp_path):
    with pytest.raises(errors.MissingDatabaseError):
        open_workspace(tmp_path / "skrivefeil.sqlite", create=False)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_first_migration_leaves_a_file_that_opens_later(tmp_path, monkeypatch):
    path = tmp_path / "a.sqlite"

    def broken(db):
        db.execute("CREATE TABLE half (x)")
        raise RuntimeError("power cut")

    original = list(core.storage.schema.MIGRATIONS)
    monkeypatch.setattr(core.storage.schema, "MIGRATIONS", [("m001_initial", broken)])
    with pytest.raises(RuntimeError):
        open_workspace(path)
    monkeypatch.setattr(core.storage.schema, "MIGRATIONS", original)
    s = open_workspace(path)  # rolled back: no half table, migrations run now
    assert "half" not in s.db.table_names()
    assert [r[0] for r in s.conn.execute("SELECT name FROM _sqlite_migrations")] == core.storage.schema.known_migration_names()
    s.close()


def test_the_text_index_keeps_only_searchable_questions_after_the_upgrade(tmp_path):
    """Databases merged before m005 had every text answer in the search index; the upgrade takes out the
    answers of questions that are not searchable and keeps the rest."""
    from core import interviews as iv
    from core.reference import study

    path = tmp_path / "a.sqlite"
    s = open_workspace(path)
    study.save(s, study.load(s).with_changes(study_name="S", coordinator_name="K"))
    interview = iv.create(s, "1826", "2026-03-02")
    iv.set_answer(s, interview, "notes", "Notat om fysisk oppmøte")
    iv.set_answer(s, interview, "form", "fysisk")
    with s.db.atomic():  # what an old merge wrote: the choice code "fysisk" in the index too
        cursor = s.conn.execute("INSERT INTO answer_text (body, interview_id, field, scheme) VALUES (?, ?, ?, '')",
                                ["fysisk", interview, "form"])
        s.conn.execute("INSERT INTO answer_text_rows VALUES (?, 'form', '', ?)", [interview, cursor.lastrowid])
        s.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_text_index_searchable_only'")
    s.close()
    upgraded = open_workspace(path)
    assert upgraded.backup_path is not None
    fields = [r[0] for r in upgraded.conn.execute("SELECT field FROM answer_text_rows")]
    assert fields == ["notes"]
    assert [r[0] for r in upgraded.conn.execute("SELECT field FROM answer_text")] == ["notes"]
    assert iv.search(upgraded, "Notat") == {interview}
    assert iv.get(upgraded, interview).answers[("form", "")] == "fysisk"  # the answer itself stays
    upgraded.close()


def test_the_upgrade_to_interview_stats_works_them_out_from_the_answers(tmp_path):
    """Databases before m008 kept the statistics' scheme codes in scheme_answers; the upgrade replaces it with
    one row per interview worked out from the answers."""
    from core import interviews as iv
    from core.analysis import stats
    from core.reference import study

    path = tmp_path / "a.sqlite"
    s = open_workspace(path)
    study.save(s, study.load(s).with_changes(study_name="S", coordinator_name="K"))
    interview = iv.create(s, "1826", "2026-03-02")
    iv.set_answers(s, interview, [("aware", "digifin", "kjenner_godt"), ("applied", "digifin", "ja"),
                                  ("took_part", "digifin", "ja"), ("benefit", "digifin", 4),
                                  ("aware", "stimulab", "kjenner_ikke"), ("barriers", "", ["kapasitet", "frister"]),
                                  ("barrier_main", "", "frister")])
    with s.db.atomic():  # the tables as they were before m008
        s.conn.execute("DROP TABLE interview_stats")
        s.conn.execute("""CREATE TABLE scheme_answers (interview_id TEXT NOT NULL REFERENCES interviews(id),
            scheme TEXT NOT NULL, aware INTEGER, applied INTEGER, took_part INTEGER, benefit INTEGER,
            PRIMARY KEY (interview_id, scheme)) WITHOUT ROWID""")
        s.conn.execute("INSERT INTO scheme_answers VALUES (?, 'digifin', 2, 1, 1, 4)", [interview])
        s.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_interview_stats'")
    s.close()
    upgraded = open_workspace(path)
    assert upgraded.backup_path is not None
    tables = {r[0] for r in upgraded.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "scheme_answers" not in tables
    assert upgraded.conn.execute("SELECT 1 FROM meta WHERE key = 'rebuild_interview_stats'").fetchone() is None
    assert upgraded.conn.execute("SELECT * FROM interview_stats").fetchall() == [
        (interview, "digifin", "digifin", "digifin", "digifin=4", '["kapasitet","frister"]', "frister", None)]
    m = stats.compute(upgraded, stats.StatsFilter(include_drafts=True)).municipalities[0]
    assert (m.aware, m.took_part, m.benefit, m.barriers, m.main_barrier) == (
        {"digifin"}, {"digifin"}, {"digifin": 4}, {"kapasitet", "frister"}, "frister")
    upgraded.close()


def test_a_copy_is_refused_rather_than_waiting_for_an_open_transaction(store, tmp_path):
    import threading

    from core.storage.store import copy_database

    store.close()
    outcome = []

    def copy_with_changes_pending():  # in a thread of its own: without the refusal the copy would never return
        conn = sqlite3.connect(store.path, isolation_level=None)
        conn.execute("BEGIN")
        conn.execute("UPDATE settings SET updated_at = updated_at")
        try:
            copy_database(conn, tmp_path / "copy.sqlite")
            outcome.append("copied")
        except RuntimeError as exc:
            outcome.append(str(exc))
        conn.execute("ROLLBACK")
        copy_database(conn, tmp_path / "copy.sqlite")  # committed or rolled back: the copy is made
        outcome.append((tmp_path / "copy.sqlite").stat().st_size > 0)
        conn.close()

    worker = threading.Thread(target=copy_with_changes_pending, daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "the copy waited for the open transaction"
    assert "transaction open" in outcome[0] and outcome[1] is True
