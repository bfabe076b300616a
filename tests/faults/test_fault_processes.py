"""Two processes at once, and processes killed halfway: a command never writes into a database another
Feltkart has open, waits for another writer's commit instead of failing, says so when the database stays
locked, and what a killed process left half-written is removed at the next start."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading

import pytest

from core.base.driver import sqlite3
from tests.faults.conftest import ROOT, digest, run_process


@pytest.mark.parametrize("argv", [
    lambda db, tmp: ["merge", "--db", db, tmp / "x.feltkart"],
    lambda db, tmp: ["package", "--db", db, "--out", tmp / "x.feltkart"],
    lambda db, tmp: ["demo", "--db", db],
], ids=["merge", "package", "demo"])
def test_a_command_that_writes_is_refused_while_a_window_has_the_database(feltkart, demo_db, copy_of, tmp_path,
                                                                        argv):
    from core.base import lock

    db = copy_of(demo_db)
    before = digest(db)
    window = lock.acquire(db)  # as the window holds it
    try:
        result = feltkart(*argv(db, tmp_path))
    finally:
        window.release()
    assert result.code == 1 and f"is open in another Feltkart (process {os.getpid()}" in result.err
    assert digest(db) == before and not (tmp_path / "x.feltkart").exists()


def test_a_command_that_reads_may_run_while_a_window_has_the_database(feltkart, demo_db, copy_of, tmp_path):
    from core.base import lock

    db = copy_of(demo_db)
    with lock.acquire(db):
        result = feltkart("stats", "--db", db, "--out", tmp_path / "ut")
    assert result.code == 0, result.err


def test_the_window_is_refused_while_a_command_has_the_database(demo_db, copy_of, tmp_path):
    from core.base import lock

    db = copy_of(demo_db)
    with lock.acquire(db):  # as `main.py merge` holds it
        result = run_process("--self-test", "--lang", "en", "--db", db, home=tmp_path / "home")
    assert result.code == 1 and f"already open in another Feltkart (process {os.getpid()}" in result.err


def test_a_merge_is_refused_with_a_message_when_another_program_keeps_the_database_locked(demo_db, copy_of,
                                                                                          tmp_path):
    from core import demo
    from core.sync.package import make_package
    from core.workspace import open_workspace

    sender = open_workspace(tmp_path / "sender.sqlite")
    demo.make_demo(sender, interviews=5, seed=2)
    make_package(sender, tmp_path / "p.feltkart")
    sender.close()
    db = copy_of(demo_db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing, for longer than Feltkart waits
    holder.execute("UPDATE meta SET value = value WHERE key = 'created_at'")
    try:
        result = run_process("merge", "--db", db, tmp_path / "p.feltkart", home=tmp_path / "home")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.code == 1 and f"{db} is busy: another program kept it locked" in result.err
    assert "Traceback" not in result.err and not list(tmp_path.glob("feltkart.before-merge-*"))
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 40  # nothing merged
    conn.close()


def test_a_save_begins_as_a_writer_so_that_it_waits_for_another_commit(store):
    """A transaction that reads and then writes cannot wait for another connection's commit (SQLite refuses a
    reader that wants to write, at once): every save begins as a writer (BEGIN IMMEDIATE), which waits."""
    from core import interviews as iv
    from core.reference import study

    study.save(store, study.load(store).with_changes(study_name="S", coordinator_name="K"))
    interview = iv.create(store, "1826", "2026-03-02")
    statements = []
    store.conn.set_trace_callback(statements.append)
    iv.set_answer(store, interview, "notes", "et notat")
    iv.delete(store, interview)
    store.conn.set_trace_callback(None)
    begins = [s for s in statements if s.startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE", "BEGIN IMMEDIATE"]


def test_a_save_waits_for_a_commit_on_another_connection(store, tmp_path):
    from core import interviews as iv
    from core.reference import study

    study.save(store, study.load(store).with_changes(study_name="S", coordinator_name="K"))
    interview = iv.create(store, "1826", "2026-03-02")
    other = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE meta SET value = value WHERE key = 'created_at'")
    released = threading.Event()

    def commit_once_the_save_waits():
        # the save is waiting when its connection cannot take the write lock: commit then
        released.wait(timeout=60)
        other.execute("COMMIT")

    thread = threading.Thread(target=commit_once_the_save_waits)
    thread.start()
    store.conn.set_trace_callback(lambda sql: released.set() if sql == "BEGIN IMMEDIATE" else None)
    try:
        assert iv.set_answer(store, interview, "notes", "lagret etter den andres commit")
    finally:
        store.conn.set_trace_callback(None)
        thread.join()
        other.close()
    assert iv.get(store, interview).answers[("notes", "")] == "lagret etter den andres commit"


KILLED = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from core.base import atomic
with atomic.atomic_file(Path({target!r})) as tmp:
    tmp.write_bytes(b"halvveis")
    with atomic.work_folder("feltkart-merge-") as work:
        (work / "data.sqlite").write_bytes(b"x" * 100000)
        print(tmp, work, flush=True)
        time.sleep(600)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_what_a_killed_process_left_half_written_is_removed_at_the_next_start(tmp_path):
    home = tmp_path / "home"
    env = dict(os.environ, XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CONFIG_HOME=str(home / "config"), TMPDIR=str(home / "tmp"))
    (home / "tmp").mkdir(parents=True)
    target = tmp_path / "eksport.xlsx"
    child = subprocess.Popen([sys.executable, "-c", KILLED.format(root=str(ROOT), target=str(target))],
                             stdout=subprocess.PIPE, text=True, env=env)
    temp, work = child.stdout.readline().split()
    # while it runs, a start leaves its files alone
    assert run_process("demo", "--db", tmp_path / "a.sqlite", "--interviews", "1", home=home).code == 0
    assert os.path.exists(temp) and os.path.isdir(work)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert os.path.exists(temp) and os.path.isdir(work)  # killed: its leftovers are there
    assert run_process("demo", "--db", tmp_path / "b.sqlite", "--interviews", "1", home=home).code == 0
    assert not os.path.exists(temp) and not os.path.exists(work) and not target.exists()
    assert list((home / "data" / "Feltkart" / "pending").iterdir()) == []


def test_exported_files_get_the_same_permissions_whatever_their_format(feltkart, demo_db, copy_of, tmp_path):
    db = copy_of(demo_db)
    assert feltkart("export", "--db", db, "--format", "xlsx", "--out", tmp_path / "d.xlsx").code == 0
    assert feltkart("export", "--db", db, "--format", "pdf", "--out", tmp_path / "r.pdf").code == 0
    assert feltkart("export", "--db", db, "--format", "csv", "--out", tmp_path / "csv").code == 0
    assert feltkart("package", "--db", db, "--out", tmp_path / "p.feltkart").code == 0
    files = [tmp_path / "d.xlsx", tmp_path / "r.pdf", tmp_path / "p.feltkart", *(tmp_path / "csv").iterdir()]
    umask = os.umask(0)
    os.umask(umask)
    assert {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o666 & ~umask}
