"""The export with names and contacts as an AES-256 encrypted zip (WinZip AE-2): it opens with its generated
passphrase in pyzipper and in 7-Zip, and with no other; no name is readable in its bytes; the command line prints
the passphrase alone on stdout and refuses plain personal data unless asked for in so many words; a missing or
write-protected folder and a full disk leave nothing behind."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile

import pytest
import pyzipper

from core.base import passphrases
from core.base.atomic import WriteError
from core.export import SHEETS, syntax
from core.render.outputs import OutputRequest, write
from tests.helpers import CONTACT, NAME

SEVEN_ZIP = shutil.which("7z") or shutil.which("7zz")
SHAPE = re.compile(r"[a-z2-9]{4}(-[a-z2-9]{4}){4}")


def _read(path, passphrase) -> dict[str, bytes]:
    with pyzipper.AESZipFile(path) as z:
        z.setpassword(passphrase.encode())
        return {name: z.read(name) for name in z.namelist()}


def _aes_fields(path) -> list[tuple[int, int, int]]:
    """Each entry's method and its WinZip AES extra field: (compress type, AE version, strength)."""
    found = []
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            at = info.extra.find(b"\x01\x99")
            version, vendor, strength = struct.unpack("<H2sB", info.extra[at + 4:at + 9])
            assert vendor == b"AE" and info.flag_bits & 1  # the entry says it is encrypted
            found.append((info.compress_type, version, strength))
    return found


@pytest.fixture
def zipped(export_db, tmp_path):
    store, *_ = export_db
    target = tmp_path / "ut" / "til NSD.zip"
    target.parent.mkdir()
    written = write(store, OutputRequest("xlsx", target, include_names=True, encrypt=True))
    return target, written


def test_the_passphrase_is_long_grouped_and_without_look_alikes():
    drawn = [passphrases.generate() for _ in range(2000)]
    assert all(SHAPE.fullmatch(p) for p in drawn)
    letters = "".join(drawn).replace("-", "")
    assert not set(letters) & set("0o1liI") and set(letters) == set(passphrases.ALPHABET)
    assert len(set(drawn)) == len(drawn) and min(len(p.replace("-", "")) for p in drawn) >= 16
    assert len(passphrases.generate(4).replace("-", "")) == 16
    with pytest.raises(ValueError):
        passphrases.generate(3)


def test_the_zip_opens_with_its_passphrase_and_hides_the_names(zipped, tmp_path):
    import openpyxl

    target, written = zipped
    assert written.paths == [target] and written.personal_data and SHAPE.fullmatch(written.passphrase)
    entries = _read(target, written.passphrase)
    assert list(entries) == ["til NSD.xlsx"]
    (tmp_path / "inne.xlsx").write_bytes(entries["til NSD.xlsx"])
    people = list(openpyxl.load_workbook(tmp_path / "inne.xlsx")["informanter"].iter_rows(values_only=True))
    assert any(NAME in row and CONTACT in row for row in people)
    raw = target.read_bytes()
    assert NAME.encode() not in raw and CONTACT.encode() not in raw and b"informanter" not in raw
    assert _aes_fields(target) == [(99, 2, 3)]  # AES (method 99), AE-2, 256 bits
    with zipfile.ZipFile(target) as z, pytest.raises((RuntimeError, NotImplementedError)):
        z.read("til NSD.xlsx")  # no plain reading
    assert sorted(p.name for p in target.parent.iterdir()) == ["til NSD.zip"]  # nothing else beside it


def test_a_wrong_passphrase_opens_nothing(zipped):
    target, written = zipped
    for wrong in (passphrases.generate(), written.passphrase.replace("-", ""), written.passphrase.upper()):
        with pytest.raises(RuntimeError, match="Bad password"):
            _read(target, wrong)


@pytest.mark.parametrize("fmt", ["csv", "csv-excel"])
def test_csv_files_go_in_a_folder_of_the_zips_name(export_db, tmp_path, fmt):
    store, *_ = export_db
    out = tmp_path / "ut"
    out.mkdir()
    written = write(store, OutputRequest(fmt, out / "data.zip", include_names=True, encrypt=True))
    entries = _read(out / "data.zip", written.passphrase)
    names = [f"{s}.csv" for s in SHEETS]
    if fmt == "csv":
        names += [syntax.spss_data_file(s) for s in SHEETS if s not in syntax.NOT_DATA]
        names += [syntax.SPSS_FILE, syntax.STATA_FILE]
        assert "CD 'data'" in entries[f"data/{syntax.SPSS_FILE}"].decode("utf-8-sig")  # not the work folder
        assert str(tmp_path) not in entries[f"data/{syntax.STATA_FILE}"].decode()
    assert sorted(entries) == sorted(f"data/{n}" for n in names)
    assert NAME in entries["data/informanter.csv"].decode("utf-8-sig")
    assert NAME.encode() not in (out / "data.zip").read_bytes()
    assert sorted(p.name for p in out.iterdir()) == ["data.zip"]


@pytest.mark.skipif(SEVEN_ZIP is None, reason="7-Zip is not installed (Debian: apt-get install 7zip); CI has it")
def test_7zip_opens_it_with_the_passphrase_and_not_without(zipped, tmp_path):
    target, written = zipped

    def seven(*args):
        return subprocess.run([SEVEN_ZIP, *args, str(target)], capture_output=True, text=True, timeout=60,
                              stdin=subprocess.DEVNULL)

    listed = seven("l", "-slt")
    assert listed.returncode == 0 and "Method = AES-256 Deflate" in listed.stdout
    assert seven("t", "-pwrong-pass-word-xxxx").returncode != 0
    out = tmp_path / "utpakket"
    done = seven("x", f"-p{written.passphrase}", f"-o{out}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (out / "til NSD.xlsx").read_bytes() == _read(target, written.passphrase)["til NSD.xlsx"]


def test_the_command_line_prints_the_passphrase_alone(export_db, tmp_path):
    from tests.faults.conftest import run_process

    store, *_ = export_db
    db = store.path
    store.close()
    result = run_process("export", "--db", db, "--format", "xlsx", "--include-names", "--encrypt-zip", "--out",
                         tmp_path / "ut.zip", home=tmp_path / "home")
    assert result.code == 0, result.err
    assert SHAPE.fullmatch(result.out.removesuffix("\n")) and result.out.count("\n") == 1
    assert "AES-256 encrypted zip" in result.err and "another channel" in result.err
    assert "holds personal data" in result.err and result.out.strip() not in result.err
    inside = _read(tmp_path / "ut.zip", result.out.strip())
    assert list(inside) == ["ut.xlsx"] and inside["ut.xlsx"].startswith(b"PK")  # the workbook, itself a zip
    assert list((tmp_path / "home" / "tmp").iterdir()) == []  # the plain work files are gone


@pytest.fixture
def feltkart(capsys):
    import cli
    from cli import parser

    def run(*argv):
        capsys.readouterr()
        code = cli.run(parser.parse([str(a) for a in argv]))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_plain_personal_data_only_when_asked_for_in_so_many_words(export_db, tmp_path, feltkart):
    store, *_ = export_db
    db = store.path
    code, out, err = feltkart("export", "--db", db, "--format", "xlsx", "--include-names", "--out", tmp_path / "a.xlsx")
    assert code == 2 and out == "" and "--encrypt-zip" in err and "--plain-personal-data" in err
    code, out, err = feltkart("export", "--db", db, "--format", "csv", "--encrypt-zip", "--out", tmp_path / "a")
    assert code == 2 and "ending in .zip" in err
    code, out, err = feltkart("export", "--db", db, "--format", "pdf", "--encrypt-zip", "--out", tmp_path / "r.zip")
    assert code == 2 and "holds no names or contacts" in err
    assert list(tmp_path.glob("a*")) == [] and not (tmp_path / "r.zip").exists()
    code, out, err = feltkart("export", "--db", db, "--format", "xlsx", "--include-names", "--plain-personal-data",
                              "--out", tmp_path / "a.xlsx")
    assert code == 0 and "holds personal data" in out and "PLAIN, UNENCRYPTED" in out
    code, out, err = feltkart("export", "--db", db, "--format", "xlsx", "--encrypt-zip", "--out", tmp_path / "b.zip")
    assert code == 0 and SHAPE.fullmatch(out.strip()) and "holds no names or contacts" in err  # encrypted by choice


def test_a_missing_folder_writes_nothing(export_db, tmp_path):
    store, *_ = export_db
    with pytest.raises(WriteError) as caught:
        write(store, OutputRequest("xlsx", tmp_path / "gone" / "d.zip", include_names=True, encrypt=True))
    assert caught.value.reason == WriteError.NO_FOLDER and not (tmp_path / "gone").exists()


def test_a_write_protected_folder_writes_nothing(export_db, tmp_path):
    store, *_ = export_db
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user (root) writes into a write-protected folder")
        with pytest.raises(WriteError):
            write(store, OutputRequest("csv", folder / "d.zip", include_names=True, encrypt=True))
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_cancel_leaves_nothing(export_db, tmp_path):
    from core.export import ExportCancelled

    store, *_ = export_db
    out = tmp_path / "ut"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        write(store, OutputRequest("csv", out / "d.zip", include_names=True, encrypt=True), cancelled=lambda: True)
    assert list(out.iterdir()) == []


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """50 demo interviews (about 170 KB as an encrypted workbook, 120 KB as encrypted CSV files)."""
    from core import demo
    from core.workspace import open_workspace
    from tests.clocks import FakeClock

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = open_workspace(path, clock=FakeClock())
    demo.make_demo(store, interviews=50, seed=1)
    store.close()
    return path


# every limit leaves room for the database's shared-memory file (32 KB); the workbook meets the full disk in the
# work folder, the CSV files there (50 KB) or, each file fitting, in the zip beside the target (100 KB)
@pytest.mark.skipif(sys.platform == "win32", reason="a file-size limit (RLIMIT_FSIZE)")
@pytest.mark.parametrize("fmt,limit", [("xlsx", 100_000), ("csv", 50_000), ("csv", 100_000)])
def test_a_full_disk_leaves_neither_zip_nor_plain_files(demo_db, tmp_path, fmt, limit):
    from tests.faults.conftest import run_process

    out = tmp_path / "ut"
    out.mkdir()
    home = tmp_path / "home"
    result = run_process("export", "--db", demo_db, "--format", fmt, "--include-names", "--encrypt-zip", "--out",
                         out / "d.zip", home=home, file_limit=limit)
    assert result.code == 1, result.err
    assert f"export: the disk is full: could not write {out / 'd.zip'}" in result.err and "Traceback" not in result.err
    assert result.out == "" and list(out.iterdir()) == [] and list((home / "tmp").iterdir()) == []
