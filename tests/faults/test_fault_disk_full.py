"""A full disk, made by a limit on the size of the files a process may write (a write past it fails as on a
full disk): every command says the disk is full and where, exits 1, and leaves nothing half-written; the
database is as it was."""

from __future__ import annotations

import sys

import pytest

from core.base.driver import sqlite3
from tests.faults.conftest import digest, run_process

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a file-size limit (RLIMIT_FSIZE)")


def _content(db) -> list:
    """What the database holds, row by row (its write-ahead log may keep frames of a commit that failed, which
    SQLite ignores)."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(t, sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)) for t in tables
                if not conn.execute("SELECT sql LIKE 'CREATE VIRTUAL%' FROM sqlite_master WHERE name = ?",
                                    [t]).fetchone()[0]]
    finally:
        conn.close()


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# every limit leaves room for the database's shared-memory file (32 KB), so that the command gets as far as
# the file it writes; the report (about 140 KB) meets the full disk early, halfway and near its end
@pytest.mark.parametrize("fmt,name,limit", [("pdf", "rapport.pdf", 60_000), ("pdf", "rapport.pdf", 90_000),
                                             ("pdf", "rapport.pdf", 120_000), ("xlsx", "data.xlsx", 40_000)])
def test_an_export_onto_a_full_disk_leaves_no_file(demo_db, copy_of, tmp_path, fmt, name, limit):
    db = copy_of(demo_db)
    out = tmp_path / "ut"
    out.mkdir()
    result = run_process("export", "--db", db, "--format", fmt, "--out", out / name, home=tmp_path / "home",
                         file_limit=limit)
    assert result.code == 1, result.err
    assert f"export: the disk is full: could not write {out / name}" in result.err and "Traceback" not in result.err
    assert list(out.iterdir()) == []  # neither the file nor a temporary one


def test_stats_onto_a_full_disk_leaves_no_half_file(demo_db, copy_of, tmp_path):
    db = copy_of(demo_db)
    out = tmp_path / "ut"
    result = run_process("stats", "--db", db, "--out", out, home=tmp_path / "home", file_limit=40_000)
    assert result.code == 1 and "stats: the disk is full: could not write" in result.err
    assert "Traceback" not in result.err and _leftovers(out) == []


def test_a_package_onto_a_full_disk_is_not_written(demo_db, copy_of, tmp_path):
    db = copy_of(demo_db)
    before = digest(db)
    result = run_process("package", "--db", db, "--out", tmp_path / "p.feltkart", home=tmp_path / "home",
                         file_limit=100_000)
    assert result.code == 1 and "package: the disk is full" in result.err and "Traceback" not in result.err
    assert not (tmp_path / "p.feltkart").exists() and _leftovers(tmp_path) == []
    assert digest(db) == before
    assert list((tmp_path / "home" / "tmp").iterdir()) == []  # the work folder went too


@pytest.fixture
def package_and_receiver(demo_db, copy_of, tmp_path):
    """Another demo laptop's package (demo studies are one study), and a copy of the demo database to take it."""
    from core import demo
    from core.sync.package import make_package
    from core.workspace import open_workspace

    sender = open_workspace(tmp_path / "sender.sqlite")
    demo.make_demo(sender, interviews=40, seed=9)
    make_package(sender, tmp_path / "demo.feltkart")
    sender.close()
    return tmp_path / "demo.feltkart", copy_of(demo_db, "receiver.sqlite")


def _unpacked_size(package) -> int:
    import zipfile

    with zipfile.ZipFile(package) as z:
        return z.getinfo("data.sqlite").file_size


def test_a_merge_whose_backup_does_not_fit_changes_nothing(package_and_receiver, tmp_path):
    package, db = package_and_receiver
    limit = _unpacked_size(package) + 10_000
    assert limit < db.stat().st_size  # the package unpacks; its backup of the database does not fit
    before = digest(db)
    result = run_process("merge", "--db", db, package, home=tmp_path / "home", file_limit=limit)
    assert result.code == 1 and "merge: the disk is full: could not write" in result.err, result.err
    assert "before-merge" in result.err and "Traceback" not in result.err
    assert digest(db) == before and not list(tmp_path.glob("receiver.before-merge-*"))


def test_a_package_that_does_not_fit_where_it_is_unpacked_is_refused(package_and_receiver, tmp_path):
    package, db = package_and_receiver
    before = digest(db)
    result = run_process("merge", "--db", db, package, home=tmp_path / "home",
                         file_limit=_unpacked_size(package) // 2)
    assert result.code == 1 and f"refused {package}: disk_full (the disk is full: could not unpack" in result.err
    assert digest(db) == before and list((tmp_path / "home" / "tmp").iterdir()) == []


def test_a_merge_that_fills_the_disk_at_commit_changes_nothing(tmp_path):
    from core import demo
    from core.reference import study
    from core.sync.package import make_package
    from core.workspace import open_workspace

    sender = open_workspace(tmp_path / "sender.sqlite")
    demo.make_demo(sender, interviews=300, seed=9)
    package = tmp_path / "demo.feltkart"
    make_package(sender, package)
    sender.close()
    db = tmp_path / "receiver.sqlite"  # a new laptop: far smaller than what it takes in
    receiver = open_workspace(db)
    study.save(receiver, study.load(receiver).with_changes(study_name="Ny", coordinator_name="Ola"))
    receiver.close()
    before = _content(db)
    # the package unpacks and the backup fits; the write-ahead log of the merge does not
    limit = max(_unpacked_size(package), db.stat().st_size) + 50_000
    result = run_process("merge", "--db", db, package, home=tmp_path / "home", file_limit=limit)
    assert result.code == 1 and "merge: the disk is full: could not write" in result.err, result.err
    assert "Traceback" not in result.err
    assert _content(db) == before
    assert list((tmp_path / "home" / "tmp").iterdir()) == []  # the unpacked package went too


def test_demo_onto_a_full_disk_leaves_a_database_without_half_a_demo(tmp_path):
    db = tmp_path / "demo.sqlite"
    result = run_process("demo", "--db", db, "--interviews", "300", home=tmp_path / "home", file_limit=600_000)
    assert result.code == 1 and "demo: the disk is full" in result.err and "Traceback" not in result.err
    if db.exists():  # the schema was made; the demo's one transaction was not
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 0
        conn.close()


def test_a_new_database_on_a_full_disk_is_not_called_damaged(tmp_path):
    result = run_process("--self-test", "--lang", "en", "--db", tmp_path / "ny.sqlite", home=tmp_path / "home",
                         file_limit=40_000)
    assert result.code == 1 and "The disk is full" in result.err
    assert "not a Feltkart database" not in result.err and "Traceback" not in result.err
