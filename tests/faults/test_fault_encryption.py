"""The command line on encrypted studies: the passphrase from a file or the environment, never on stdout but
where asked (a one-off package's); a missing, wrong or unreadable passphrase, a plain copy in an encrypted
study's place, a full disk and a crash while encrypting: each a message and an exit status, the file as it was
(or, after the crash, whole: the old or the new)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from core.storage.store import is_encrypted
from core.workspace import open_workspace
from tests.faults.conftest import ROOT, digest, run_process

PASS = "korrekt hest batteri stift"


@pytest.fixture
def plain_demo(tmp_path, feltkart):
    db = tmp_path / "feltkart.sqlite"
    assert feltkart("demo", "--db", db, "--interviews", "12").code == 0
    return db


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text(PASS + "\n", encoding="utf-8")
    return path


def test_encrypt_then_every_command_needs_the_passphrase(tmp_path, plain_demo, secret, feltkart, monkeypatch):
    monkeypatch.delenv("FELTKART_PASSPHRASE", raising=False)
    done = feltkart("encrypt", "--db", plain_demo, "--passphrase-file", secret)
    assert done.code == 0 and "is encrypted" in done.out and is_encrypted(plain_demo)
    before = digest(plain_demo)
    refused = feltkart("stats", "--db", plain_demo, "--out", tmp_path / "st")
    assert refused.code == 1 and "is encrypted (or not a database): give its passphrase" in refused.err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("ikke denne passfrasen", encoding="utf-8")
    refused = feltkart("stats", "--db", plain_demo, "--out", tmp_path / "st", "--passphrase-file", wrong)
    assert refused.code == 1 and "the passphrase does not open" in refused.err
    assert digest(plain_demo) == before
    monkeypatch.setenv("FELTKART_PASSPHRASE", PASS)
    assert feltkart("stats", "--db", plain_demo, "--out", tmp_path / "st").code == 0


def test_a_passphrase_file_that_is_missing_or_empty_is_a_bad_argument(tmp_path, plain_demo, feltkart):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    before = digest(plain_demo)
    for given, says in ((tmp_path / "none.txt", "cannot be read"), (empty, "the first line is empty")):
        result = feltkart("encrypt", "--db", plain_demo, "--passphrase-file", given)
        assert result.code == 2 and says in result.err
    assert digest(plain_demo) == before and not is_encrypted(plain_demo)


def test_a_plain_copy_where_an_encrypted_study_is_expected_is_refused(plain_demo, secret, feltkart, tmp_path):
    before = digest(plain_demo)
    result = feltkart("stats", "--db", plain_demo, "--out", tmp_path / "st", "--passphrase-file", secret)
    assert result.code == 1 and "is not encrypted, but a passphrase was given" in result.err
    assert digest(plain_demo) == before


def test_a_one_off_package_prints_its_passphrase_alone_and_merges_with_it(tmp_path, plain_demo, secret, feltkart):
    assert feltkart("encrypt", "--db", plain_demo, "--passphrase-file", secret).code == 0
    package = tmp_path / "ut.feltkart"
    made = feltkart("package", "--db", plain_demo, "--out", package, "--one-off", "--passphrase-file", secret)
    assert made.code == 0
    lines = made.out.splitlines()
    assert len(lines) == 1 and len(lines[0].replace("-", "")) >= 16 and "one-off passphrase" in made.err
    other = tmp_path / "other.sqlite"  # a new laptop's encrypted database
    open_workspace(other, passphrase=PASS).close()
    before = digest(other)
    refused = feltkart("merge", "--db", other, package, "--passphrase-file", secret)
    assert refused.code == 1 and "wrong_passphrase" in refused.err
    assert digest(other) == before
    one_off = tmp_path / "one-off.txt"
    one_off.write_text(lines[0], encoding="utf-8")
    merged = feltkart("merge", "--db", other, package, "--passphrase-file", secret,
                      "--package-passphrase-file", one_off)
    assert merged.code == 0 and "added interviews: 12" in merged.out



def test_a_new_laptop_encrypted_before_it_joined_takes_the_studys_key_at_its_first_merge(
        tmp_path, plain_demo, secret, feltkart):
    from core.base.driver import salt_of

    assert feltkart("encrypt", "--db", plain_demo, "--passphrase-file", secret).code == 0
    package = tmp_path / "studie.feltkart"
    assert feltkart("package", "--db", plain_demo, "--out", package, "--passphrase-file", secret).code == 0
    other = tmp_path / "ny.sqlite"  # a new laptop, encrypted when it was made: a salt of its own
    open_workspace(other, passphrase=PASS).close()
    assert salt_of(other) != salt_of(plain_demo)
    merged = feltkart("merge", "--db", other, package, "--passphrase-file", secret)
    assert merged.code == 0 and "added interviews: 12" in merged.out
    assert "now encrypted with the study's key" in merged.out and PASS not in merged.out + merged.err
    assert salt_of(other) == salt_of(plain_demo) and is_encrypted(other)
    again = feltkart("merge", "--db", other, package, "--passphrase-file", secret)
    assert again.code == 0 and "study's key" not in again.out

def test_decrypt_writes_a_plain_copy_and_refuses_to_overwrite(tmp_path, plain_demo, secret, feltkart):
    assert feltkart("encrypt", "--db", plain_demo, "--passphrase-file", secret).code == 0
    out = tmp_path / "plain.sqlite"
    assert feltkart("decrypt", "--db", plain_demo, "--out", out, "--passphrase-file", secret).code == 0
    assert out.exists() and not is_encrypted(out) and is_encrypted(plain_demo)
    before = digest(out)
    again = feltkart("decrypt", "--db", plain_demo, "--out", out, "--passphrase-file", secret)
    assert again.code == 2 and "exists" in again.err and digest(out) == before


def test_encrypting_onto_a_full_disk_leaves_the_plain_database_as_it_was(tmp_path, plain_demo, secret):
    before = digest(plain_demo)
    result = run_process("encrypt", "--db", plain_demo, "--passphrase-file", secret, home=tmp_path / "home",
                         file_limit=plain_demo.stat().st_size // 2)
    assert result.code == 1 and "the disk is full" in result.err and "Traceback" not in result.err
    assert digest(plain_demo) == before and not is_encrypted(plain_demo)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".feltkart")) == []


CRASH = """
import os, sys
sys.path.insert(0, {root!r})
from core.storage import crypt
import core.base.atomic as atomic
where = sys.argv[2]
if where == "before-rename":
    crypt._verify = lambda *a: os._exit(9)
else:
    real = atomic.os.replace
    def replace_then_die(a, b):
        real(a, b)
        os._exit(9)
    atomic.os.replace = replace_then_die
crypt.encrypt(sys.argv[1], {passphrase!r})
"""


@pytest.mark.parametrize("where", ["before-rename", "after-rename"])
def test_a_crash_while_encrypting_leaves_the_old_or_the_new_database_whole(tmp_path, plain_demo, feltkart, where):
    before = digest(plain_demo)
    script = CRASH.format(root=str(ROOT), passphrase=PASS)
    done = subprocess.run([sys.executable, "-c", script, str(plain_demo), where], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 9, done.stderr
    if where == "before-rename":
        assert digest(plain_demo) == before and not is_encrypted(plain_demo)
        result = feltkart("stats", "--db", plain_demo, "--out", tmp_path / "st")
    else:
        assert is_encrypted(plain_demo)
        secret = tmp_path / "pass.txt"
        secret.write_text(PASS, encoding="utf-8")
        result = feltkart("stats", "--db", plain_demo, "--out", tmp_path / "st", "--passphrase-file", secret)
    assert result.code == 0 and "from 12 interviews" in result.out
