"""``main.py erase-personal`` as a user runs it: the names of a demo database with names gone from the file and
its write-ahead log; an unknown informant, a database a window has open, one another program keeps locked and a
full disk each refused with a message, the database byte for byte as it was."""

from __future__ import annotations

import csv
import os
import sys

import pytest

from core.base.driver import sqlite3
from tests.faults.conftest import digest, run_process, settle


@pytest.fixture(scope="session")
def named_db(tmp_path_factory):
    """A demo database whose informants and contact persons have made-up names (``demo --with-names``)."""
    from core import demo
    from core.workspace import open_workspace
    from tests.clocks import FakeClock

    path = tmp_path_factory.mktemp("named") / "named.sqlite"
    store = open_workspace(path, clock=FakeClock())
    demo.make_demo(store, interviews=30, seed=3, with_names=True)
    store.close()
    settle(path)
    return path


def _names(db) -> list[str]:
    """The informants' names in the current answers (read straight from the file)."""
    conn = sqlite3.connect(db)
    try:
        found = [p["name"] for (text,) in conn.execute("SELECT json_extract(answers, '$.v') FROM interview_logs")
                 for value in __import__("json").loads(text) if isinstance(value, list)
                 for p in value if isinstance(p, dict) and p.get("name")]
    finally:
        conn.close()
    return found


def _raw(db) -> bytes:
    wal = db.with_name(db.name + "-wal")
    return db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_the_names_leave_the_file_and_its_log_and_the_backups_are_named(feltkart, named_db, copy_of, tmp_path):
    db = copy_of(named_db)
    backup = copy_of(named_db, "feltkart.before-merge-20260301-101500.sqlite")
    names = set(_names(db))
    assert len(names) > 5 and all(n.encode() in _raw(db) for n in names)
    result = feltkart("erase-personal", "--db", db)
    assert result.code == 0, result.err
    assert "erased: the names and contacts of every informant and contact person" in result.out
    assert f"this backup still holds the names: {backup}" in result.err and backup.exists()
    assert _names(db) == [] and not any(n.encode() in _raw(db) for n in names)
    result = feltkart("erase-personal", "--db", db, "--remove-backups")
    assert result.code == 0 and f"removed backup: {backup}" in result.out and not backup.exists()
    export = feltkart("export", "--db", db, "--format", "csv", "--out", tmp_path / "ut")
    assert export.code == 0, export.err
    with open(tmp_path / "ut" / "om.csv", encoding="utf-8") as fh:
        about = dict(row[:2] for row in csv.reader(fh))
    assert about["personopplysninger_slettet"].startswith("ja: navn og kontaktinformasjon til alle informanter")


def _only_here(conn, name: str, interview: str) -> bool:
    """The name is in this interview's log and in the fieldwork of its municipality only (made-up names repeat)."""
    logs = [i for (i,) in conn.execute("SELECT interview_id FROM interview_logs WHERE instr(log, ?)", [name])]
    municipality = conn.execute("SELECT municipality FROM interviews WHERE id = ?", [interview]).fetchone()[0]
    places = {m for (m,) in conn.execute("SELECT municipality FROM fieldwork_logs WHERE instr(log, ?)", [name])}
    return logs == [interview] and places <= {municipality}


def test_one_informant_by_the_exports_id(feltkart, named_db, copy_of, tmp_path):
    db = copy_of(named_db)
    assert feltkart("export", "--db", db, "--format", "csv", "--out", tmp_path / "ut", "--include-names",
                    "--plain-personal-data").code == 0
    conn = sqlite3.connect(db)
    with open(tmp_path / "ut" / "informanter.csv", encoding="utf-8") as fh:
        chosen = next(row for row in csv.DictReader(fh)
                      if row["navn"] and _only_here(conn, row["navn"], row["informant_id"].rsplit("-", 1)[0]))
    conn.close()
    name, others = chosen["navn"], [n for n in _names(db) if n != chosen["navn"]]
    result = feltkart("erase-personal", "--db", db, "--informant", chosen["informant_id"])
    assert result.code == 0, result.err
    assert name not in _names(db) and name.encode() not in _raw(db) and _names(db) == others


@pytest.mark.parametrize("informant", ["not-an-id", "00000000-0000-4000-8000-000000000000-1"])
def test_an_unknown_informant_is_a_bad_argument_and_nothing_changes(feltkart, named_db, copy_of, informant):
    db = copy_of(named_db)
    before = digest(db)
    result = feltkart("erase-personal", "--db", db, "--informant", informant)
    assert result.code == 2 and "nothing was erased" in result.err
    assert digest(db) == before


def test_refused_while_a_window_has_the_database(feltkart, named_db, copy_of):
    from core.base import lock

    db = copy_of(named_db)
    before = digest(db)
    with lock.acquire(db):
        result = feltkart("erase-personal", "--db", db)
    assert result.code == 1 and f"is open in another Feltkart (process {os.getpid()}" in result.err
    assert digest(db) == before


def test_refused_while_another_program_keeps_the_database_locked(named_db, copy_of, tmp_path):
    db = copy_of(named_db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE meta SET value = value WHERE key = 'created_at'")
    try:
        result = run_process("erase-personal", "--db", db, home=tmp_path / "home")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.code == 1 and f"{db} is busy: another program kept it locked" in result.err
    assert "Traceback" not in result.err and len(_names(db)) > 5


@pytest.mark.skipif(sys.platform == "win32", reason="a file-size limit (RLIMIT_FSIZE)")
def test_refused_on_a_full_disk_before_anything_is_written(named_db, copy_of, tmp_path):
    db = copy_of(named_db)
    before = digest(db)
    result = run_process("erase-personal", "--db", db, home=tmp_path / "home",
                         file_limit=db.stat().st_size + 64 * 1024)
    assert result.code == 1 and "erase-personal: the disk is full" in result.err and "Traceback" not in result.err
    assert digest(db) == before
