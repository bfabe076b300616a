"""Erasing personal data: the names and contacts of informants and contact persons gone from the answers, every
change of the logs, the text index, every other table and the raw bytes of the file and its write-ahead log;
one informant's erasure leaves the others; the rest of the data unchanged; the erasure travels in packages."""

from __future__ import annotations

import json

import pytest

from core import interviews as iv
from core.analysis import stats
from core.fieldwork import contacts
from core.privacy import erasure, purge
from core.privacy.erasure import UnknownInformantError, erase_personal_data, informant_id
from core.reference import study
from core.storage.store import backup_database
from core.sync import merge as mg
from core.sync.package import PackageError, make_package
from tests import logs
from tests.helpers import CONTACT, NAME, fill_required, state

OTHER, OTHER_CONTACT = "Petter Prøvesen", "+47 412 34 567"
TYPO = "Ingebrog Testesen"  # the name as first typed, corrected later: in the log, not in the answer
CONTACT_PERSON, CONTACT_PERSON_PHONE = "Randi Rådgiversen", "randi@kommune.example"


def _people(*pairs):
    roles = ["kommunedirektor", "ordforer", "innovasjonsleder"]
    return [{"role": roles[n], "name": name, "contact": contact} for n, (name, contact) in enumerate(pairs)]


def _named_study(store):
    """An interview whose first informant's name was corrected once (the log holds both), a second informant,
    a contact attempt and an appointment with the first informant in the same municipality, and a contact
    person of another municipality."""
    i = iv.create(store, "1826", "2026-03-02")
    fill_required(store, i, iv.schemes_for(store, i))
    iv.set_answer(store, i, "informants", _people((TYPO, CONTACT), (OTHER, OTHER_CONTACT)))
    iv.set_answer(store, i, "informants", _people((NAME, CONTACT), (OTHER, OTHER_CONTACT)))
    iv.set_answer(store, i, "notes", "Kommunen har tre ansatte i utviklingsarbeid.")
    contacts.add_attempt(store, "1826", "2026-02-20T10:00", "telefon", "appointment", role="kommunedirektor",
                         name=NAME, contact=CONTACT)
    contacts.add_appointment(store, "1826", "2026-03-02T10:00", place="Rådhuset", **{"with": NAME})
    contacts.add_attempt(store, "0301", "2026-02-21T10:00", "epost", "no_answer", role="ordforer",
                         name=CONTACT_PERSON, contact=CONTACT_PERSON_PHONE)
    return i


def _raw(path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _found(store, text: str) -> list[str]:
    """The tables (and the raw bytes) in which ``text`` is still found."""
    where = []
    for (table,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for row in store.conn.execute(f'SELECT * FROM "{table}"').fetchall():
            if any(text in str(v) or text.encode() in (v if isinstance(v, bytes) else b"") for v in row):
                where.append(table)
                break
    if text.encode() in _raw(store.path):
        where.append("raw bytes")
    return where


def _without_people(store):
    """The state of the database with names and contacts of informants and contact persons left out."""
    s = state(store)
    s["answers"] = [(i, f, sc, json.dumps([p["role"] for p in json.loads(v)]) if f == "informants" else v)
                    for i, f, sc, v in s["answers"]]
    s["fieldwork"] = [row for row in s["fieldwork"] if row[1] not in ("name", "contact", "with")]
    return s


@pytest.fixture
def named(configured_store):
    return configured_store, _named_study(configured_store)


def test_erasing_the_study_leaves_no_name_in_any_table_log_index_or_byte(named):
    store, i = named
    before = _without_people(store)
    counted = stats.compute(store)
    for text in (NAME, TYPO, CONTACT, OTHER, OTHER_CONTACT, CONTACT_PERSON, CONTACT_PERSON_PHONE):
        assert _found(store, text), text  # the test can fail: the names are there to begin with
    outcome = erase_personal_data(store)
    for text in (NAME, TYPO, CONTACT, OTHER, OTHER_CONTACT, CONTACT_PERSON, CONTACT_PERSON_PHONE):
        assert _found(store, text) == [], text
    assert not any(NAME in str(c) for c in logs.changes(store.conn)) and outcome.log_emptied
    assert iv.get(store, i).answers[("informants", "")] == [
        {"role": "kommunedirektor", "name": None, "contact": None}, {"role": "ordforer", "name": None, "contact": None}]
    assert _without_people(store) == before and stats.compute(store) == counted
    assert iv.search(store, "utviklingsarbeid") == {i}  # the text index still finds what is not personal
    record, = erasure.records(store.conn)
    assert (record.scope, record.coordinator, record.device_id) == ("study", "Kari Nordmann", store.device_id)


def test_the_log_keeps_its_changes_and_ids(named):
    store, _i = named
    ids = [(c[0], c[5], c[6]) for c in logs.changes(store.conn)]
    fieldwork_ids = [(c[0], c[5], c[6]) for c in logs.changes(store.conn, table="fieldwork_logs")]
    erase_personal_data(store)
    assert [(c[0], c[5], c[6]) for c in logs.changes(store.conn)] == ids
    assert [(c[0], c[5], c[6]) for c in logs.changes(store.conn, table="fieldwork_logs")] == fieldwork_ids
    from core.model import ilog
    for (text,) in store.conn.execute("SELECT log FROM interview_logs UNION ALL SELECT log FROM fieldwork_logs"):
        ilog.Log.parse(text)  # every log still passes the checks a package's must


def test_erasing_one_informant_leaves_the_others(named):
    store, i = named
    erase_personal_data(store, informant_id(i, 1))
    for text in (NAME, TYPO, CONTACT):
        assert _found(store, text) == [], text
    for text in (OTHER, OTHER_CONTACT, CONTACT_PERSON, CONTACT_PERSON_PHONE):
        assert "interview_logs" in _found(store, text) or "fieldwork_logs" in _found(store, text), text
    assert iv.get(store, i).answers[("informants", "")][1] == {"role": "ordforer", "name": OTHER,
                                                               "contact": OTHER_CONTACT}
    record, = erasure.records(store.conn)
    assert (record.scope, record.interview_id, record.informant, record.municipality) == ("informant", i, 1, "1826")
    assert NAME not in json.dumps(record.fingerprints)


def test_a_name_typed_after_the_erasure_is_kept(named):
    store, i = named
    erase_personal_data(store)
    iv.set_answer(store, i, "informants", _people(("Ny Person", "ny@example.no")))
    assert erasure.apply(store, erasure.records(store.conn)) == 0
    assert iv.get(store, i).answers[("informants", "")][0]["name"] == "Ny Person"


@pytest.mark.parametrize("bad,reason", [("nonsense", "format"), ("00000000-0000-0000-0000-000000000000-1", "interview"),
                                        (None, "number"), ("", "format")])
def test_an_unknown_informant_is_refused_and_nothing_is_written(named, bad, reason):
    store, i = named
    bad = informant_id(i, 3) if bad is None else bad
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _raw(store.path)
    with pytest.raises(UnknownInformantError) as caught:
        erasure.find_informant(store, bad) if not bad else erase_personal_data(store, bad)
    assert caught.value.reason == reason
    assert _raw(store.path) == before


def test_an_informant_without_name_or_contact_has_nothing_to_erase(named):
    store, i = named
    iv.set_answer(store, i, "informants", _people((NAME, CONTACT), ("", "")))
    with pytest.raises(UnknownInformantError) as caught:
        erase_personal_data(store, informant_id(i, 2))
    assert caught.value.reason == "empty"


def test_backups_are_named_and_removed_only_when_asked(named):
    store, _i = named
    backup = backup_database(store.conn, store.path, "before-merge")
    outcome = erase_personal_data(store)
    assert outcome.left == [backup] and NAME.encode() in backup.read_bytes()
    outcome = erase_personal_data(store, remove_backups=True)
    assert outcome.removed == [backup] and not backup.exists() and purge.backups(store.path) == []


def test_a_full_disk_is_refused_before_anything_is_written(named, monkeypatch):
    import shutil
    from collections import namedtuple

    from core.base.errors import DiskFullError

    store, _i = named
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _raw(store.path)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 1000))
    with pytest.raises(DiskFullError):
        erase_personal_data(store)
    assert _raw(store.path) == before


def _merged(store, package):
    report = mg.merge(store, [package])
    assert report.merged and not report.refused, report.refused
    return report


@pytest.mark.parametrize("eraser", ["a", "b"])
def test_two_laptops_end_without_the_name_whichever_erased(laptops, tmp_path, eraser):
    a, b, _c, _i = laptops
    i = _named_study(a)
    _merged(b, make_package(a, tmp_path / "named.feltkart") and tmp_path / "named.feltkart")
    assert "interview_logs" in _found(b, NAME)
    iv.set_answer(b, i, "quotes", "«Et sitat fra B»")  # B works on, not yet knowing of the erasure
    first, second = (a, b) if eraser == "a" else (b, a)
    erase_personal_data(first)
    make_package(first, tmp_path / "erased.feltkart")
    make_package(second, tmp_path / "unerased.feltkart")
    report = _merged(second, tmp_path / "erased.feltkart")
    assert report.erased_logs and report.purged
    _merged(first, tmp_path / "unerased.feltkart")  # brings the same changes with the old names
    for laptop in (a, b):
        for text in (NAME, TYPO, CONTACT, OTHER, CONTACT_PERSON_PHONE):
            assert _found(laptop, text) == [], (laptop.path.name, text)
    assert state(a) == state(b) and len(erasure.records(a.conn)) == len(erasure.records(b.conn)) == 1
    # merging again changes nothing
    for laptop, package in ((a, "unerased.feltkart"), (b, "erased.feltkart"), (a, "erased.feltkart")):
        before = state(laptop), laptop.conn.total_changes
        report = mg.merge(laptop, [tmp_path / package])
        assert report.merged_nothing_new and (state(laptop), laptop.conn.total_changes) == before


def test_one_informants_erasure_travels(laptops, tmp_path):
    a, b, _c, _i = laptops
    i = _named_study(a)
    make_package(a, tmp_path / "named.feltkart")
    _merged(b, tmp_path / "named.feltkart")
    erase_personal_data(b, informant_id(i, 1))
    make_package(b, tmp_path / "erased.feltkart")
    _merged(a, tmp_path / "erased.feltkart")
    assert _found(a, NAME) == [] and _found(a, CONTACT) == []
    assert "interview_logs" in _found(a, OTHER)
    assert state(a) == state(b)


def test_a_damaged_erasure_record_refuses_the_package(laptops, tmp_path):
    import sqlite3
    import zipfile

    a, b, _c, _i = laptops
    erase_personal_data(a)
    make_package(a, tmp_path / "p.feltkart")
    with zipfile.ZipFile(tmp_path / "p.feltkart") as z:
        z.extractall(tmp_path / "unpacked")
    data = tmp_path / "unpacked" / "data.sqlite"
    conn = sqlite3.connect(data)
    conn.execute("""UPDATE personal_data_erasures SET fingerprints = '["Ingeborg Testesen"]'""")
    conn.commit()
    conn.close()
    from core.sync import erasures

    row = sqlite3.connect(data).execute(f"SELECT {', '.join(erasure.COLUMNS)} FROM personal_data_erasures").fetchone()
    with pytest.raises(PackageError) as caught:
        erasures.checked_record(tmp_path / "p.feltkart", row)
    assert "erasure of personal data" in str(caught.value)
    assert study.load(b).study_id  # B untouched
