"""Field packages that are not packages, damaged, a newer Feltkart's, another program's, another study's, from a
laptop whose clock is years ahead, or holding values Feltkart would refuse if they were typed: each is refused
by ``main.py merge`` with its reason, exit status 1, and the receiving database left exactly as it was."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from core.base.driver import sqlite3
from tests.faults.conftest import digest, garbage_pages, settle

START_MS = 1_772_438_400_000  # tests/clocks.START


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> tuple[Path, Path]:
    """A laptop's whole package of its study (two interviews), and another laptop of the same study that has
    merged it before (the receiver)."""
    from core import interviews as iv
    from core.reference import study
    from core.sync import merge
    from core.sync.package import make_package
    from core.workspace import open_workspace
    from tests.clocks import FakeClock

    folder = tmp_path_factory.mktemp("packages")
    clock = FakeClock()
    sender = open_workspace(folder / "sender.sqlite", clock=clock)
    study.save(sender, study.load(sender).with_changes(study_name="Felles", coordinator_name="Kari"))
    first = iv.create(sender, "1826", "2026-03-02")
    iv.set_answer(sender, first, "notes", "Et notat")
    iv.set_answer(sender, first, "capacity", 3)
    iv.create(sender, "0301", "2026-03-03")
    make_package(sender, folder / "good.feltkart")
    receiver = open_workspace(folder / "receiver.sqlite", clock=clock)
    assert merge.merge(receiver, [folder / "good.feltkart"]).merged
    for store in (sender, receiver):
        store.close()
    for backup in folder.glob("receiver.before-*"):
        backup.unlink()
    settle(folder / "receiver.sqlite")
    return folder / "good.feltkart", folder / "receiver.sqlite"


def repack(source: Path, target: Path, manifest=None, data: bytes | None = None, edit=None) -> Path:
    """A copy of the package with its manifest changed (``manifest(dict) -> dict or bytes``), its data replaced,
    or its database edited (``edit(conn)``; the checksum made to match, as a tool would)."""
    with zipfile.ZipFile(source) as z:
        raw = json.loads(z.read("manifest.json"))
        content = z.read("data.sqlite")
    if edit is not None:
        work = target.with_suffix(".edit.sqlite")
        work.write_bytes(content)
        conn = sqlite3.connect(work)
        edit(conn)
        conn.commit()
        conn.close()
        content = work.read_bytes()
        work.unlink()
    if data is not None:
        content = data
    raw["sha256"] = hashlib.sha256(content).hexdigest()
    text = manifest(raw) if manifest else raw
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", text if isinstance(text, bytes) else json.dumps(text))
        z.writestr("data.sqlite", content)
    return target


def _set_log(conn, interview_field: str, value_json: str) -> None:
    """Give the first interview's change to ``interview_field`` the value ``value_json`` (JSON text)."""
    interview, text = conn.execute("SELECT interview_id, log FROM interview_logs ORDER BY rowid").fetchone()
    log = json.loads(text)
    n = log["f"].index(interview_field)
    log["v"][n] = value_json
    conn.execute("UPDATE interview_logs SET log = ? WHERE interview_id = ?", [json.dumps(log), interview])


def _add_change(conn, field: str, value_json: str, scheme: str = "", wall: int | None = None) -> None:
    interview, text = conn.execute("SELECT interview_id, log FROM interview_logs ORDER BY rowid").fetchone()
    log = json.loads(text)
    for column, value in (("id", "0190a1b2-0000-7000-8000-000000000001"), ("f", field), ("s", scheme),
                          ("v", value_json), ("p", None), ("w", wall or max(log["w"]) + 1), ("n", 0), ("dv", 0),
                          ("co", 0)):
        log[column].append(value)
    conn.execute("UPDATE interview_logs SET log = ? WHERE interview_id = ?", [json.dumps(log), interview])


def _zip_bomb(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(source) as z:
        manifest = z.read("manifest.json")
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", manifest)
        with z.open("data.sqlite", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(200):  # 200 MB of zeros: 200 KB in the zip
                member.write(block)
    return target


def _other_program(tmp: Path) -> bytes:
    path = tmp / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunder (navn TEXT)")
    conn.commit()
    conn.close()
    return path.read_bytes()


def _garbage_inside(tmp: Path, source: Path) -> bytes:
    with zipfile.ZipFile(source) as z:
        (tmp / "inner.sqlite").write_bytes(z.read("data.sqlite"))
    garbage_pages(tmp / "inner.sqlite", first=3, count=3)
    return (tmp / "inner.sqlite").read_bytes()


CASES = {
    # name: (make(good, target, tmp) -> path, reason, words in the message)
    "text file": (lambda g, t, tmp: (t.write_text("ikke en pakke"), t)[1], "not_a_package", ""),
    "empty file": (lambda g, t, tmp: (t.write_bytes(b""), t)[1], "not_a_package", ""),
    "truncated zip": (lambda g, t, tmp: (t.write_bytes(g.read_bytes()[:3000]), t)[1], None, ""),
    "no manifest": (lambda g, t, tmp: _zip({"data.sqlite": b"x"}, t), "not_a_package", "no manifest"),
    "no data": (lambda g, t, tmp: _zip({"manifest.json": b"{}"}, t), "not_a_package", "no manifest or no data"),
    "manifest not JSON": (lambda g, t, tmp: repack(g, t, manifest=lambda m: b"{nei"), "damaged", "manifest"),
    "manifest a list": (lambda g, t, tmp: repack(g, t, manifest=lambda m: b"[1, 2]"), "damaged", "manifest"),
    "format text": (lambda g, t, tmp: repack(g, t, manifest=lambda m: {**m, "format": "x"}), "damaged", "format"),
    "schema null": (lambda g, t, tmp: repack(g, t, manifest=lambda m: {**m, "schema": None}), "damaged", "schema"),
    "no checksum": (lambda g, t, tmp: repack(g, t, manifest=lambda m: {k: v for k, v in m.items() if k != "sha256"}),
                    "damaged", "sha256"),
    "newer format": (lambda g, t, tmp: repack(g, t, manifest=lambda m: {**m, "format": 2}), "newer", ""),
    "newer, extra key": (lambda g, t, tmp: repack(g, t, manifest=lambda m: {**m, "encrypted": True,
                                                                           "feltkart_version": "0.9.0"}),
                         "newer", "0.9.0"),
    "extra key, same version": (lambda g, t, tmp: repack(g, t, manifest=lambda m: {**m, "x": 1}), "damaged", "'x'"),
    "newer schema": (lambda g, t, tmp: repack(g, t, manifest=lambda m: {**m, "schema": m["schema"] + ["m999"]}),
                     "newer", ""),
    "checksum": (lambda g, t, tmp: repack(g, t, manifest=lambda m: {**m, "sha256": "0" * 64}), "checksum", ""),
    "data not SQLite": (lambda g, t, tmp: repack(g, t, data=b"nei" * 1000), "damaged", ""),
    "another program's database": (lambda g, t, tmp: repack(g, t, data=_other_program(tmp)), "foreign", ""),
    "damaged database inside": (lambda g, t, tmp: repack(g, t, data=_garbage_inside(tmp, g)), "damaged", ""),
    "zip bomb": (lambda g, t, tmp: _zip_bomb(g, t), "too_large", "unpack"),
    "status outside the set (row)": (
        lambda g, t, tmp: repack(g, t, edit=lambda c: (c.execute("PRAGMA ignore_check_constraints = ON"),
                                                       c.execute("UPDATE interviews SET status = 'ferdig'"))),
        "invalid", "its row"),
    "status outside the set (log)": (lambda g, t, tmp: repack(g, t, edit=lambda c: _set_log(c, "_status", '"ferdig"')),
                                     "invalid", "_status"),
    "a date that is not a date (row)": (
        lambda g, t, tmp: repack(g, t, edit=lambda c: c.execute("UPDATE interviews SET interview_date = 'ikke en dato'")),
        "invalid", "its row"),
    "a date that is not a date (log)": (
        lambda g, t, tmp: repack(g, t, edit=lambda c: _set_log(c, "interview_date", '"ikke en dato"')),
        "invalid", "not_a_date"),
    "a 5 000 000 character note": (
        lambda g, t, tmp: repack(g, t, edit=lambda c: _set_log(c, "notes", json.dumps("x" * 5_000_000))),
        "invalid", "too_long"),
    "an object where a number belongs": (
        lambda g, t, tmp: repack(g, t, edit=lambda c: _set_log(c, "capacity", '{"a":1}')), "invalid", "capacity"),
    "a municipality outside the registry": (
        lambda g, t, tmp: repack(g, t, edit=lambda c: _set_log(c, "municipality", '"9999"')),
        "invalid", "not_in_registry"),
    "a question the guide does not have": (
        lambda g, t, tmp: repack(g, t, edit=lambda c: _add_change(c, "no_such_question", '"x"')),
        "invalid", "unknown_question"),
    "deleted that is not true or false": (
        lambda g, t, tmp: repack(g, t, edit=lambda c: _add_change(c, "_deleted", '"ja"')), "invalid", "_deleted"),
    "a change stamped in 2286": (
        lambda g, t, tmp: repack(g, t, edit=lambda c: _add_change(c, "notes", '"fra framtiden"',
                                                                 wall=9_800_000_000_000)),
        "clock_ahead", "2280"),
}


def _zip(members: dict[str, bytes], target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as z:
        for name, content in members.items():
            z.writestr(name, content)
    return target


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_package_is_refused_and_the_database_is_as_it_was(feltkart, good, copy_of, tmp_path, case):
    make, reason, words = CASES[case]
    package, receiver = good
    db = copy_of(receiver)
    bad = make(package, tmp_path / "bad.feltkart", tmp_path)
    package_before = bad.read_bytes()
    before = digest(db)
    result = feltkart("merge", "--db", db, bad)
    assert result.code == 1
    assert f"merge: refused {bad}: " in result.err
    if reason:
        assert f"refused {bad}: {reason}" in result.err, result.err
    else:
        assert "damaged" in result.err or "not_a_package" in result.err
    assert words in result.err
    assert "merged: nothing" in result.out and "backup before merging" not in result.out
    assert digest(db) == before and bad.read_bytes() == package_before
    assert not list(tmp_path.glob("feltkart.before-merge-*"))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(good, tmp_path, monkeypatch):
    from core.sync.package import PackageError, read_package

    bomb = _zip_bomb(good[0], tmp_path / "bomb.feltkart")
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(PackageError) as info:
        read_package(bomb, work)
    assert info.value.reason == "too_large"
    assert list(work.iterdir()) == []  # nothing was written


@pytest.mark.parametrize("what", ["missing", "folder"])
def test_a_package_that_is_not_there_is_named_so(feltkart, good, copy_of, tmp_path, what):
    db = copy_of(good[1])
    path = tmp_path / "borte.feltkart"
    if what == "folder":
        path.mkdir()
    before = digest(db)
    result = feltkart("merge", "--db", db, path)
    assert result.code == 1 and f"refused {path}: not_found" in result.err and digest(db) == before


def test_a_package_of_another_study_is_refused(feltkart, good, copy_of, tmp_path):
    from core import interviews as iv
    from core.reference import study
    from core.sync.package import make_package
    from core.workspace import open_workspace

    other = open_workspace(tmp_path / "other.sqlite")
    study.save(other, study.load(other).with_changes(study_name="Annen studie", coordinator_name="Per"))
    iv.create(other, "0301", "2026-01-01")
    make_package(other, tmp_path / "other.feltkart")
    other.close()
    db = copy_of(good[1])
    before = digest(db)
    result = feltkart("merge", "--db", db, tmp_path / "other.feltkart")
    assert result.code == 1 and "other_study ('Annen studie', not 'Felles')" in result.err
    assert digest(db) == before


def test_the_next_package_merges_after_a_refused_one(feltkart, good, copy_of, tmp_path):
    db = copy_of(good[1])
    bad = repack(good[0], tmp_path / "bad.feltkart", edit=lambda c: _set_log(c, "_status", '"ferdig"'))
    result = feltkart("merge", "--db", db, bad, good[0])
    assert result.code == 1 and f"merged: {good[0]}" in result.out and "invalid" in result.err
