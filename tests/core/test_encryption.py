"""An encrypted study: no byte of what was typed in the database, its write-ahead log, its backups or its
packages; a missing or wrong passphrase, a plain copy in an encrypted study's place and a truncated file are
refused with the file untouched; encrypting, re-keying and undoing keep every row and leave the old file or the
new one, never a broken one; packages between plain and encrypted studies are refused."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core.base.errors import (
    EncryptedDatabaseError,
    NotADatabaseError,
    NotEncryptedError,
    PassphraseError,
    WrongPassphraseError,
)
from core.reference import study
from core.storage import crypt
from core.storage.store import backup_database, backups_of, is_encrypted
from core.sync import merge as mg
from core.sync.package import make_package, needs_passphrase
from core.workspace import open_workspace
from tests.clocks import FakeClock
from tests.helpers import make_interview, state

PASS = "korrekt hest batteri stift"
NOTE = "Hemmelig notat fra Kautokeino om rådmannens planer"
NAME, CONTACT = "Sigrid Særnavn-Testesen", "sigrid.saernavn@example.no"
SECRETS = [NOTE, NAME, CONTACT, "Guovdageaidnu", "Kautokeino"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _raw_holds(path: Path, texts=SECRETS) -> list[str]:
    """The texts (in UTF-8, and in the UTF-16 SQLite might use) found in the raw bytes of ``path``."""
    data = path.read_bytes()
    return [t for t in texts if t.encode("utf-8") in data or t.encode("utf-16-le") in data]


def _fill(store) -> str:
    study.save(store, study.load(store).with_changes(study_name="Studie", coordinator_name="Kari"))
    return make_interview(store, "5612", "2026-03-02", [
        ("informants", "", [{"role": "kommunedirektor", "name": NAME, "contact": CONTACT}]),
        ("notes", "", NOTE)])


@pytest.fixture
def encrypted(tmp_path):
    store = open_workspace(tmp_path / "feltkart.sqlite", clock=FakeClock())
    _fill(store)
    store.close()
    crypt.encrypt(tmp_path / "feltkart.sqlite", PASS)
    return tmp_path / "feltkart.sqlite"


def test_no_byte_of_a_note_a_name_or_a_municipality_in_the_files_of_an_encrypted_study(tmp_path, encrypted):
    store = open_workspace(encrypted, passphrase=PASS)
    with store.write():  # a change that stays in the write-ahead log while the store is open
        store.conn.execute("UPDATE settings SET value = ? WHERE key = 'study_name'", [f"Studie {NAME}"])
    wal = encrypted.with_name(encrypted.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    backup = backup_database(store.conn, store.path, "before-merge", store.key)
    package = tmp_path / "ut.feltkart"
    make_package(store, package)
    one_off = tmp_path / "engang.feltkart"
    make_package(store, one_off, passphrase="engangs-passfrase-1234")
    for path in (encrypted, wal, backup, package, one_off):
        assert _raw_holds(path) == [], path
    # the same study, plain, holds them all (the search can fail)
    plain = tmp_path / "plain.sqlite"
    crypt.decrypt(encrypted, store.key, plain)
    store.close()
    assert set(_raw_holds(plain)) >= {NOTE, NAME, CONTACT, "Kautokeino"}


def test_the_encrypted_study_opens_with_its_passphrase_and_holds_what_was_typed(encrypted):
    store = open_workspace(encrypted, passphrase=PASS)
    assert store.encrypted and is_encrypted(encrypted)
    notes = store.conn.execute("SELECT count(*) FROM answer_text WHERE answer_text MATCH 'Hemmelig'").fetchone()[0]
    assert notes == 1  # the text index works inside the encrypted file
    reader = store.reader()
    assert reader.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1
    reader.close()
    store.close()


@pytest.mark.parametrize("given", [{}, {"passphrase": "feil passfrase her"}, {"passphrase": PASS.upper()}])
def test_no_or_a_wrong_passphrase_is_refused_and_changes_nothing(encrypted, given):
    before = _digest(encrypted)
    expected = EncryptedDatabaseError if not given else WrongPassphraseError
    with pytest.raises(expected):
        open_workspace(encrypted, **given)
    assert _digest(encrypted) == before
    assert not encrypted.with_name(encrypted.name + "-wal").exists()
    store = open_workspace(encrypted, passphrase=PASS)  # another try with the right one opens it
    store.close()


def test_a_plain_copy_in_an_encrypted_studys_place_is_refused_when_a_passphrase_is_given(tmp_path):
    plain = tmp_path / "feltkart.sqlite"
    store = open_workspace(plain)
    _fill(store)
    store.close()
    before = _digest(plain)
    with pytest.raises(NotEncryptedError):
        open_workspace(plain, passphrase=PASS)
    assert _digest(plain) == before


def test_a_truncated_encrypted_file_is_refused_untouched(encrypted):
    data = encrypted.read_bytes()
    encrypted.write_bytes(data[: len(data) // 2 + 100])  # a copy that did not finish
    before = _digest(encrypted)
    with pytest.raises(NotADatabaseError):
        open_workspace(encrypted, passphrase=PASS)
    with pytest.raises(NotADatabaseError):
        open_workspace(encrypted)
    assert _digest(encrypted) == before


def test_encrypting_rekeying_and_undoing_keep_every_row(tmp_path):
    path = tmp_path / "feltkart.sqlite"
    store = open_workspace(path)
    _fill(store)
    expected = state(store)
    store.close()
    key, _ = crypt.encrypt(path, PASS)
    store = open_workspace(path, key=key)
    assert state(store) == expected
    store.close()
    new, _ = crypt.rekey(path, key, "en ny og lengre passfrase")
    with pytest.raises(WrongPassphraseError):
        open_workspace(path, passphrase=PASS)
    store = open_workspace(path, passphrase="en ny og lengre passfrase")
    assert state(store) == expected
    store.close()
    crypt.decrypt(path, new)
    assert not is_encrypted(path)
    store = open_workspace(path)
    assert state(store) == expected
    store.close()


@pytest.mark.parametrize("choice", ["encrypt", "remove", "keep"])
def test_the_plain_backups_are_encrypted_removed_or_kept_as_chosen(tmp_path, choice):
    path = tmp_path / "feltkart.sqlite"
    store = open_workspace(path)
    _fill(store)
    backup = backup_database(store.conn, path, "before-merge")
    store.close()
    assert _raw_holds(backup)
    _key, outcome = crypt.encrypt(path, PASS, backups=choice)
    if choice == "encrypt":
        assert outcome.rewritten == [backup] and is_encrypted(backup) and _raw_holds(backup) == []
        crypt.key_of(backup, PASS)  # it opens with the study's passphrase
    elif choice == "remove":
        assert outcome.removed == [backup] and not backup.exists() and backups_of(path) == []
    else:
        assert outcome.kept == [backup] and not is_encrypted(backup)


def test_a_weak_or_mistyped_new_passphrase_is_refused_and_nothing_changes(tmp_path):
    path = tmp_path / "feltkart.sqlite"
    open_workspace(path).close()
    before = _digest(path)
    for typed, again in (("kort", None), ("          ", None), ("lang nok passfrase", "lang nok passfrasE")):
        with pytest.raises(PassphraseError):
            crypt.check_new_passphrase(typed, again)
    with pytest.raises(PassphraseError):
        crypt.encrypt(path, "kort")
    assert _digest(path) == before and not is_encrypted(path)


def test_a_conversion_that_fails_halfway_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "feltkart.sqlite"
    store = open_workspace(path)
    _fill(store)
    store.close()
    before = _digest(path)

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(crypt, "_verify", fail)
    with pytest.raises(Exception):
        crypt.encrypt(path, PASS)
    assert _digest(path) == before and not is_encrypted(path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["feltkart.sqlite"]  # no temporary file left


def test_laptops_that_encrypt_one_study_apart_share_its_key(tmp_path):
    a = open_workspace(tmp_path / "a.sqlite", clock=FakeClock())
    _fill(a)
    make_package(a, tmp_path / "a.feltkart")
    b = open_workspace(tmp_path / "b.sqlite", clock=FakeClock())
    mg.merge(b, [tmp_path / "a.feltkart"])
    a.close()
    b.close()
    key_a, _ = crypt.encrypt(tmp_path / "a.sqlite", PASS)
    key_b, _ = crypt.encrypt(tmp_path / "b.sqlite", PASS)
    assert key_a.same(key_b)  # the study's salt: packages between them need no passphrase typed
    a = open_workspace(tmp_path / "a.sqlite", key=key_a)
    make_package(a, tmp_path / "a2.feltkart")
    a.close()
    b = open_workspace(tmp_path / "b.sqlite", key=key_b)
    assert not needs_passphrase(tmp_path / "a2.feltkart", b.key)
    report = mg.merge(b, [tmp_path / "a2.feltkart"])
    assert report.refused == [] and report.merged == [str(tmp_path / "a2.feltkart")]
    b.close()



def _study_a(tmp_path):
    """Laptop A's study, filled and encrypted with PASS: its key and the study open with it."""
    a = open_workspace(tmp_path / "a.sqlite", clock=FakeClock())
    _fill(a)
    a.close()
    key_a, _ = crypt.encrypt(tmp_path / "a.sqlite", PASS)
    return key_a, open_workspace(tmp_path / "a.sqlite", key=key_a)


def _joined_encrypted(tmp_path, passphrase=PASS):
    """Laptop A's encrypted study and its package; laptop B new and encrypted with ``passphrase`` before it joined
    the study (a salt of its own), the package merged with the study's passphrase typed."""
    key_a, a = _study_a(tmp_path)
    make_package(a, tmp_path / "a.feltkart")
    a.close()
    b = open_workspace(tmp_path / "b.sqlite", clock=FakeClock())
    b.close()
    key_b, _ = crypt.encrypt(tmp_path / "b.sqlite", passphrase)
    assert not key_b.same(key_a)
    b = open_workspace(tmp_path / "b.sqlite", key=key_b)
    assert needs_passphrase(tmp_path / "a.feltkart", b.key)
    report = mg.merge(b, [tmp_path / "a.feltkart"], passphrases={str(tmp_path / "a.feltkart"): PASS})
    assert report.refused == [] and report.added_interviews == 1
    return key_a, b, report


@pytest.mark.parametrize("own", [PASS, "en annen frase for b"])
def test_a_laptop_encrypted_before_it_joined_takes_the_studys_key_at_its_first_merge(tmp_path, own):
    key_a, b, report = _joined_encrypted(tmp_path, own)
    assert report.study_key is not None and report.study_key.same(key_a)
    assert report.study_key.secret.hex() not in repr(report) + str(report.__dict__)  # never printed or logged
    backup, rows = report.backup, state(b)
    crypt.take_study_key(b, report.study_key)
    assert b.key.same(key_a) and state(b) == rows
    b.close()
    with pytest.raises(WrongPassphraseError):
        open_workspace(tmp_path / "b.sqlite", passphrase=own if own != PASS else "helt feil passfrase")
    b = open_workspace(tmp_path / "b.sqlite", passphrase=PASS)  # the study's passphrase opens it
    assert b.key.same(key_a) and state(b) == rows
    assert crypt.key_of(backup, PASS).same(key_a)  # the backup of before the merge re-written too
    make_package(b, tmp_path / "b.feltkart")
    b.close()
    a = open_workspace(tmp_path / "a.sqlite", key=key_a)
    assert not needs_passphrase(tmp_path / "b.feltkart", a.key)  # both ways without a passphrase typed
    assert mg.merge(a, [tmp_path / "b.feltkart"]).refused == []
    a.close()


def test_a_laptop_with_the_studys_key_is_not_offered_it_again(tmp_path):
    key_a, b, report = _joined_encrypted(tmp_path)
    crypt.take_study_key(b, report.study_key)
    b.close()
    a = open_workspace(tmp_path / "a.sqlite", key=key_a)
    make_interview(a, "1826", "2026-03-03", [("notes", "", "Mer fra Hattfjelldal")])
    make_package(a, tmp_path / "a2.feltkart")
    a.close()
    b = open_workspace(tmp_path / "b.sqlite", key=key_a)
    report = mg.merge(b, [tmp_path / "a2.feltkart"])
    assert report.refused == [] and report.study_key is None
    b.close()

def test_the_packages_of_one_study_merged_at_once_work_out_its_key_once(tmp_path, monkeypatch):
    """Two packages of one study share its passphrase and salt: the key derivation (a fifth of a second) is
    done once for both, and both are merged with it."""
    key_a, a = _study_a(tmp_path)
    make_package(a, tmp_path / "1.feltkart")
    make_interview(a, "0301", "2026-03-03", [])
    make_package(a, tmp_path / "2.feltkart")
    a.close()
    open_workspace(tmp_path / "b.sqlite", clock=FakeClock()).close()
    key_b, _ = crypt.encrypt(tmp_path / "b.sqlite", PASS)  # before it joined: a salt of its own
    b = open_workspace(tmp_path / "b.sqlite", key=key_b)
    packages = [tmp_path / "1.feltkart", tmp_path / "2.feltkart"]
    assert all(needs_passphrase(p, b.key) for p in packages)
    real, derived = mg.derive_key, []

    def counted(passphrase, salt):
        derived.append(salt)
        return real(passphrase, salt)
    monkeypatch.setattr(mg, "derive_key", counted)
    report = mg.merge(b, packages, passphrases={str(p): PASS for p in packages})
    assert report.refused == [] and len(report.merged) == 2 and report.added_interviews == 2
    assert derived == [key_a.salt]


def _pair(tmp_path, encrypt_sender: bool, encrypt_receiver: bool):
    a = open_workspace(tmp_path / "a.sqlite", clock=FakeClock())
    _fill(a)
    a.close()
    b = open_workspace(tmp_path / "b.sqlite", clock=FakeClock())
    b.close()
    keys = [crypt.encrypt(tmp_path / "a.sqlite", PASS)[0] if encrypt_sender else None,
            crypt.encrypt(tmp_path / "b.sqlite", PASS)[0] if encrypt_receiver else None]
    return keys


@pytest.mark.parametrize("sender,receiver,reason", [(True, False, "encrypted_into_plain"),
                                                    (False, True, "plain_into_encrypted")])
def test_a_package_between_a_plain_and_an_encrypted_study_is_refused_and_changes_nothing(
        tmp_path, sender, receiver, reason):
    key_a, key_b = _pair(tmp_path, sender, receiver)
    a = open_workspace(tmp_path / "a.sqlite", key=key_a)
    make_package(a, tmp_path / "a.feltkart")
    a.close()
    b = open_workspace(tmp_path / "b.sqlite", key=key_b)
    before = state(b)
    report = mg.merge(b, [tmp_path / "a.feltkart"])
    assert [e.reason for e in report.refused] == [reason] and report.merged == [] and report.backup is None
    assert state(b) == before and backups_of(b.path) == []
    b.close()


def test_a_one_off_package_opens_with_its_passphrase_only(tmp_path):
    key_a, key_b = _pair(tmp_path, True, True)
    a = open_workspace(tmp_path / "a.sqlite", key=key_a)
    package = tmp_path / "engang.feltkart"
    make_package(a, package, passphrase="engangs-passfrase-1234")
    a.close()
    b = open_workspace(tmp_path / "b.sqlite", key=key_b)
    assert needs_passphrase(package, b.key)
    before = state(b)
    for given, reason in ((None, "passphrase_needed"), ("en helt annen frase", "wrong_passphrase"),
                          (PASS, "wrong_passphrase")):
        report = mg.merge(b, [package], passphrases={str(package): given} if given else None)
        assert [e.reason for e in report.refused] == [reason]
        assert state(b) == before and backups_of(b.path) == []
    report = mg.merge(b, [package], passphrases={str(package): "engangs-passfrase-1234"})
    assert report.refused == [] and report.added_interviews == 1
    assert report.backup is not None and is_encrypted(report.backup)
    b.close()


@pytest.fixture
def demo_with_backup(tmp_path):
    from core import demo

    path = tmp_path / "feltkart.sqlite"
    store = open_workspace(path, clock=FakeClock())
    demo.make_demo(store, interviews=20, seed=4)
    backup = backup_database(store.conn, path, "before-merge")
    store.close()
    return path, backup


@pytest.mark.parametrize("change", ["encrypt", "rekey", "decrypt"])
def test_a_conversion_tells_its_progress_to_the_end_and_stops_when_asked_leaving_the_files_as_they_were(
        demo_with_backup, change, monkeypatch):
    monkeypatch.setattr(crypt, "CHECK_EVERY", 50)  # a small demo: many looks all the same
    path, backup = demo_with_backup
    key = None
    if change != "encrypt":
        key, _ = crypt.encrypt(path, PASS)
    run = {"encrypt": lambda **kw: crypt.encrypt(path, PASS, **kw),
           "rekey": lambda **kw: crypt.rekey(path, key, PASS + " ny", **kw),
           "decrypt": lambda **kw: crypt.decrypt(path, key, **kw)}[change]
    before = {p: _digest(p) for p in (path, backup)}
    asked = []
    with pytest.raises(crypt.ConversionStopped):
        run(stop=lambda: asked.append(1) or True)
    assert asked and {p: _digest(p) for p in (path, backup)} == before  # byte for byte
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == sorted([path.name, backup.name])  # nothing left
    told = []
    run(progress=lambda done, total: told.append((done, total)))
    assert len(told) > 2 and told[-1][0] == told[-1][1]  # to the end
    assert all(a[0] <= b[0] and a[1] == b[1] for a, b in zip(told, told[1:]))  # forward only, one total


def test_a_stop_asked_once_the_database_is_in_place_finishes_its_backups(demo_with_backup):
    path, backup = demo_with_backup
    size = path.stat().st_size
    late = []

    def stop() -> bool:  # asked only after the database itself was re-written
        return bool(late) and late[-1] >= size

    _key, outcome = crypt.encrypt(path, PASS, progress=lambda done, _total: late.append(done), stop=stop)
    assert is_encrypted(path) and outcome.rewritten == [backup] and is_encrypted(backup)
