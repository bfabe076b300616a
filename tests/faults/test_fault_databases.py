"""Database files that are missing, empty, another program's, a newer Feltkart's or damaged, met by every
command: each is refused with a sentence that says what is wrong and what to do, exit status 1, and the file
(and the folder) left exactly as it was."""

from __future__ import annotations

import pytest

from core.base.driver import sqlite3
from tests.faults.conftest import digest, garbage_pages, run_process, truncate_with_page_count

READERS = [
    ("stats", lambda db, tmp: ["stats", "--db", db, "--out", tmp / "ut"]),
    ("export", lambda db, tmp: ["export", "--db", db, "--format", "xlsx", "--out", tmp / "ut.xlsx"]),
    ("export-pdf", lambda db, tmp: ["export", "--db", db, "--format", "pdf", "--out", tmp / "ut.pdf"]),
    ("package", lambda db, tmp: ["package", "--db", db, "--out", tmp / "ut.feltkart"]),
    ("merge", lambda db, tmp: ["merge", "--db", db, tmp / "nothing.feltkart"]),
]
NAMES = [name for name, _ in READERS]


def _outputs(tmp) -> set[str]:
    return {p.name for p in tmp.iterdir()} - {"feltkart.sqlite", "home"}


@pytest.mark.parametrize("command", NAMES)
def test_a_missing_database_is_refused_and_not_made(feltkart, tmp_path, command):
    db = tmp_path / "skrivfeil.sqlite"
    args = dict(READERS)[command](db, tmp_path)
    result = feltkart(*args)
    assert result.code == 1
    assert f"there is no database at {db}" in result.err and "check the path" in result.err
    assert _outputs(tmp_path) == set()  # no database, no lock file, no output


@pytest.mark.parametrize("command", NAMES)
def test_an_empty_file_is_named_for_what_it_is(feltkart, tmp_path, command):
    db = tmp_path / "feltkart.sqlite"
    db.touch()
    result = feltkart(*dict(READERS)[command](db, tmp_path))
    assert result.code == 1
    assert "is empty (0 bytes): not a Feltkart database" in result.err and "The file has not been changed." in result.err
    assert db.read_bytes() == b"" and _outputs(tmp_path) <= {"feltkart.sqlite.lock"}


@pytest.mark.parametrize("damage", [garbage_pages, truncate_with_page_count], ids=["garbage", "truncated"])
@pytest.mark.parametrize("command", NAMES)
def test_a_damaged_database_is_refused_before_anything_writes(feltkart, demo_db, copy_of, tmp_path, command,
                                                               damage):
    db = copy_of(demo_db)
    backup = copy_of(demo_db, "feltkart.before-merge-20260301-120000.sqlite")
    damage(db)
    before = digest(db)
    result = feltkart(*dict(READERS)[command](db, tmp_path))
    assert result.code == 1
    assert f"{db} is damaged" in result.err and "nothing was written into it" in result.err
    assert str(backup) in result.err  # the backup to restore is named
    assert digest(db) == before
    assert _outputs(tmp_path) <= {"feltkart.sqlite.lock", backup.name}  # no half-written output either


@pytest.mark.parametrize("make,words", [
    (lambda p: p.write_text("Notater fra Ørland\n", encoding="utf-8"), "is not a Feltkart database"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(), "made by another program"),
])
@pytest.mark.parametrize("command", ["stats", "merge"])
def test_a_file_that_is_not_a_feltkart_database_is_refused_unchanged(feltkart, tmp_path, command, make, words):
    db = tmp_path / "feltkart.sqlite"
    make(db)
    before = digest(db)
    result = feltkart(*dict(READERS)[command](db, tmp_path))
    assert result.code == 1 and words in result.err and "The file has not been changed." in result.err
    assert digest(db) == before


@pytest.mark.parametrize("command", ["export", "merge"])
def test_a_newer_feltkarts_database_is_refused_unchanged(feltkart, demo_db, copy_of, tmp_path, command):
    db = copy_of(demo_db)
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('feltkart', 'm900_x', '')")
    conn.execute("UPDATE meta SET value = '9.1.0' WHERE key = 'app_version'")
    conn.commit()
    conn.close()
    before = digest(db)
    result = feltkart(*dict(READERS)[command](db, tmp_path))
    assert result.code == 1 and "written by a newer Feltkart (version 9.1.0)" in result.err
    assert digest(db) == before


def test_a_folder_is_refused(feltkart, tmp_path):
    result = feltkart("stats", "--db", tmp_path, "--out", tmp_path / "ut")
    assert result.code == 1 and f"{tmp_path} is a folder" in result.err
    assert _outputs(tmp_path) == set()


def test_a_write_protected_database_is_refused_unchanged(feltkart, demo_db, copy_of, tmp_path):
    db = copy_of(demo_db)
    db.chmod(0o444)
    before = digest(db)
    try:
        result = feltkart("merge", "--db", db, tmp_path / "x.feltkart")
    finally:
        db.chmod(0o644)
    assert result.code == 1 and "write-protected" in result.err and digest(db) == before


def test_the_self_test_of_a_damaged_database_ends_at_once_with_its_backups(demo_db, copy_of, tmp_path):
    db = copy_of(demo_db)
    backup = copy_of(demo_db, "feltkart.before-migration-20260301-120000.sqlite")
    garbage_pages(db)
    before = digest(db)
    result = run_process("--self-test", "--lang", "en", "--db", db, home=tmp_path / "home", timeout=30)
    assert result.code == 1
    assert "is damaged" in result.err and str(backup) in result.err and "Traceback" not in result.err
    assert digest(db) == before


def test_the_window_refuses_an_empty_file_with_its_words(demo_db, tmp_path):
    db = tmp_path / "feltkart.sqlite"
    db.touch()
    result = run_process("--self-test", "--lang", "en", "--db", db, home=tmp_path / "home")
    assert result.code == 1 and "is empty (0 bytes)" in result.err and db.read_bytes() == b""
