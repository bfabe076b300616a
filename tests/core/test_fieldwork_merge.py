"""The fieldwork travels in field packages with the interviews' guarantees: both laptops' attempts survive, merging
twice or in another order changes nothing, one field changed on two laptops is a conflict settled by a choice that
travels, an attempt removed on one laptop and changed on another is a conflict, and a package whose fieldwork
Feltkart could not have written is refused whole."""

import json
import zipfile

import pytest

from core.base.driver import sqlite3
from core.fieldwork import contacts, records, sample, status
from core.sync import conflicts as cf
from core.sync import merge as mg
from core.sync.package import make_package
from tests.helpers import state


def _swap(a, b, tmp_path, name="1"):
    make_package(a, tmp_path / f"a{name}.feltkart")
    make_package(b, tmp_path / f"b{name}.feltkart")
    report_a = mg.merge(a, [tmp_path / f"b{name}.feltkart"])
    report_b = mg.merge(b, [tmp_path / f"a{name}.feltkart"])
    assert not report_a.refused and not report_b.refused
    return report_a, report_b


@pytest.fixture
def sampled(laptops, tmp_path):
    """A makes the sample and B and C receive it."""
    a, b, c, _interview = laptops
    sample.make(a, "stratified", ["1826", "1832", "0301"], sizes={"6": 2, "1": 1}, seed=5)
    make_package(a, tmp_path / "sample.feltkart")
    for s in (b, c):
        assert mg.merge(s, [tmp_path / "sample.feltkart"]).fieldwork_changes > 0
    return a, b, c


def test_the_sample_and_both_laptops_attempts_travel(sampled, tmp_path):
    a, b, _c = sampled
    assert sample.members(b) == ["0301", "1826", "1832"] and sample.design(b).seed == 5
    contacts.add_attempt(a, "1826", "2026-03-02T09:00", "telefon", "no_answer")
    contacts.add_attempt(b, "1826", "2026-03-02T10:00", "epost", "reached", name="Per Rådmann")
    contacts.add_appointment(b, "1832", "2026-03-10T10:00", place="Rådhuset")
    _swap(a, b, tmp_path)
    assert state(a) == state(b)
    assert [x.get("channel") for x in contacts.attempts(a, "1826")] == ["epost", "telefon"]
    assert {r.number: r.status for r in status.rows(a)}["1832"] == "appointment"


def test_merging_twice_or_in_another_order_changes_nothing(sampled, tmp_path):
    a, b, c = sampled
    contacts.add_attempt(b, "1826", "2026-03-02T10:00", "epost", "reached")
    sample.assign(c, ["0301"], "Siv")
    make_package(b, tmp_path / "b1.feltkart")
    make_package(c, tmp_path / "c1.feltkart")
    mg.merge(a, [tmp_path / "b1.feltkart", tmp_path / "c1.feltkart"])
    once = state(a)
    again = mg.merge(a, [tmp_path / "c1.feltkart", tmp_path / "b1.feltkart"])
    assert again.fieldwork_changes == 0 and state(a) == once
    mg.merge(b, [tmp_path / "c1.feltkart"])
    mg.merge(c, [tmp_path / "b1.feltkart"])
    assert state(b) == state(c) == once


def test_one_assignment_changed_on_two_laptops_is_a_conflict_settled_once(sampled, tmp_path):
    a, b, _c = sampled
    sample.assign(a, ["1826"], "Kari")
    sample.assign(b, ["1826"], "Ola")
    report_a, _ = _swap(a, b, tmp_path)
    (conflict,) = report_a.fieldwork_conflicts
    assert conflict.record_id == records.municipality_id(2024, "1826") and conflict.field == "coordinator"
    assert sorted(v for v, *_ in conflict.values) == ["Kari", "Ola"]
    assert cf.conflict_count(a) == 1 and state(a) == state(b)
    records.resolve(a, conflict.record_id, "coordinator", "Kari")
    assert records.conflicts(a) == [] and cf.conflict_count(a) == 0
    _swap(a, b, tmp_path, "2")
    assert records.conflicts(b) == [] and {r.number: r.coordinator for r in status.rows(b)}["1826"] == "Kari"


def test_an_attempt_removed_on_one_laptop_and_changed_on_another_is_a_conflict(sampled, tmp_path):
    a, b, _c = sampled
    attempt = contacts.add_attempt(a, "1826", "2026-03-02T09:00", "telefon", "no_answer")
    make_package(a, tmp_path / "a1.feltkart")
    mg.merge(b, [tmp_path / "a1.feltkart"])
    contacts.remove(a, attempt)
    contacts.edit(b, attempt, outcome="reached", note="Ringte tilbake")  # without knowing of the removal
    _swap(a, b, tmp_path, "2")
    for s in (a, b):
        (conflict,) = records.conflicts(s)
        assert (conflict.record_id, conflict.field) == (attempt, "_deleted")
        assert [v for v, *_ in conflict.values] == [True, False]
    records.resolve(b, attempt, "_deleted", False)  # kept, with B's changes
    assert contacts.attempts(b, "1826")[0].get("note") == "Ringte tilbake"
    _swap(a, b, tmp_path, "3")
    assert records.conflicts(a) == [] and contacts.attempts(a, "1826")[0].get("outcome") == "reached"


def test_a_removal_made_knowing_of_the_change_is_no_conflict(sampled, tmp_path):
    a, b, _c = sampled
    attempt = contacts.add_attempt(a, "1826", "2026-03-02T09:00", "telefon", "no_answer")
    make_package(a, tmp_path / "a1.feltkart")
    mg.merge(b, [tmp_path / "a1.feltkart"])
    contacts.edit(b, attempt, outcome="reached")
    make_package(b, tmp_path / "b1.feltkart")
    mg.merge(a, [tmp_path / "b1.feltkart"])
    contacts.remove(a, attempt)  # A had B's change when it removed the attempt
    _swap(a, b, tmp_path, "2")
    assert records.conflicts(a) == records.conflicts(b) == [] and contacts.attempts(b) == []


def test_since_last_packages_carry_the_fieldwork_changed_since(sampled, tmp_path):
    a, b, _c = sampled
    make_package(a, tmp_path / "full.feltkart", since_last="Ola")
    contacts.add_attempt(a, "0301", "2026-03-02T09:00", "besok", "refused", final=True)
    make_package(a, tmp_path / "since.feltkart", since_last="Ola")
    with zipfile.ZipFile(tmp_path / "since.feltkart") as z:
        z.extract("data.sqlite", tmp_path / "since")
    conn = sqlite3.connect(tmp_path / "since" / "data.sqlite")
    assert [k for (k,) in conn.execute("SELECT kind FROM fieldwork_logs")] == ["attempt"]
    assert conn.execute("SELECT count(*) FROM fieldwork_conflicts").fetchone() == (0,)
    conn.close()
    mg.merge(b, [tmp_path / "since.feltkart"])
    assert {r.number: r.status for r in status.rows(b)}["0301"] == "refused"


def _doctored(source, tmp_path, sql: str, params=()):
    """A copy of ``source``'s package with its fieldwork changed by ``sql`` (and its checksum made to fit)."""
    import hashlib

    make_package(source, tmp_path / "clean.feltkart")
    folder = tmp_path / "doctored"
    with zipfile.ZipFile(tmp_path / "clean.feltkart") as z:
        z.extractall(folder)
    conn = sqlite3.connect(folder / "data.sqlite")
    conn.execute(sql, params)
    conn.commit()
    conn.close()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["sha256"] = hashlib.sha256((folder / "data.sqlite").read_bytes()).hexdigest()
    out = tmp_path / "doctored.feltkart"
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.write(folder / "data.sqlite", "data.sqlite")
    return out


def _log_with(source, record_id: str, field: str, value) -> str:
    _kind, _m, log = records.read(source.conn, record_id)
    doc = json.loads(log.dumps())
    doc["v"][doc["f"].index(field)] = json.dumps(value)
    return json.dumps(doc)


@pytest.mark.parametrize("doctor,reason,words", [
    (lambda a, i: ("UPDATE fieldwork_logs SET log = ? WHERE record_id = ?", [_log_with(a, i, "channel", "fax"), i]),
     "invalid", "channel: not_a_choice"),
    (lambda a, i: ("UPDATE fieldwork_logs SET log = ? WHERE record_id = ?",
                   [_log_with(a, i, "municipality", "0301"), i]), "invalid", "not_its_municipality"),
    (lambda a, i: ("UPDATE fieldwork_logs SET municipality = '9999' WHERE record_id = ?", [i]), "invalid",
     "not a attempt of this study's registry"),
    (lambda a, i: ("UPDATE fieldwork_logs SET log = '{\"id\": [1' WHERE record_id = ?", [i]), "damaged",
     "cannot be read"),
    (lambda a, i: ("UPDATE fieldwork_logs SET kind = 'sample' WHERE record_id = ?", [i]), "invalid", "not a sample"),
    (lambda a, i: ("UPDATE fieldwork_logs SET log = ? WHERE record_id = ?", [_log_with(a, i, "channel", None), i]),
     "invalid", "a required field is empty"),
])
def test_a_package_with_fieldwork_feltkart_could_not_write_is_refused_whole(sampled, tmp_path, doctor, reason, words):
    a, b, _c = sampled
    attempt = contacts.add_attempt(a, "1826", "2026-03-02T09:00", "telefon", "no_answer")
    package = _doctored(a, tmp_path, *doctor(a, attempt))
    before = b.path.read_bytes()
    report = mg.merge(b, [package])
    (refusal,) = report.refused
    assert refusal.reason == reason and words in refusal.detail
    assert report.merged == [] and report.backup is None
    assert b.path.read_bytes() == before


def test_a_laptop_with_a_sample_of_its_own_does_not_join_another_study(tmp_path, clock):
    from core.reference import study
    from core.workspace import open_workspace

    first = open_workspace(tmp_path / "x.sqlite", clock=clock)
    other = open_workspace(tmp_path / "y.sqlite", clock=clock)
    sample.make(other, "imported", ["1826"])
    make_package(first, tmp_path / "x.feltkart")
    (refusal,) = mg.merge(other, [tmp_path / "x.feltkart"]).refused
    assert refusal.reason == "other_study" and study.load(other).study_id != study.load(first).study_id
    first.close()
    other.close()


def test_every_record_s_own_municipality_is_checked_whatever_the_order(sampled, tmp_path):
    a, b, _c = sampled
    first = contacts.add_attempt(a, "0301", "2026-03-02T09:00", "telefon", "no_answer")  # its field says 0301
    second = contacts.add_attempt(a, "1826", "2026-03-02T09:05", "telefon", "refused", final=True)
    package = _doctored(a, tmp_path, "UPDATE fieldwork_logs SET log = ? WHERE record_id = ?",
                        [_log_with(a, second, "municipality", "0301"), second])
    before = b.path.read_bytes()
    (refusal,) = mg.merge(b, [package]).refused
    assert refusal.reason == "invalid" and "not_its_municipality" in refusal.detail and first
    assert b.path.read_bytes() == before


def test_laptops_with_the_same_records_show_the_same_status_whatever_the_order_they_came_in(sampled, tmp_path):
    a, b, _c = sampled
    contacts.add_attempt(a, "1832", "2026-03-02T09:00", "telefon", "reached", next_step="Ring igjen")
    contacts.add_attempt(b, "1832", "2026-03-02T09:00", "epost", "postponed", next_step="Send e-post")
    _swap(a, b, tmp_path)
    row_a, row_b = ({r.number: r for r in status.rows(s)}["1832"] for s in (a, b))
    assert row_a == row_b


def test_two_samples_made_apart_differ_municipality_by_municipality_as_conflicts(laptops, tmp_path):
    a, b, _c, _interview = laptops
    sample.make(a, "imported", ["0301", "1826"], source="a.csv")
    sample.make(b, "imported", ["1832", "1826"], source="b.csv")
    _swap(a, b, tmp_path)
    assert sample.members(a) == sample.members(b)
    disputed = {c.municipality for c in records.conflicts(a) if c.field == "in_sample"}
    assert disputed == {"0301", "1832"}  # 1826 is in both; the others are out in both
    assert {c.field for c in records.conflicts(a) if c.kind == "sample"} >= {"source"}


def test_a_sample_made_at_a_time_that_is_no_time_is_refused(laptops, tmp_path):
    a, b, _c, _interview = laptops
    sample.make(a, "imported", ["1826"])
    package = _doctored(a, tmp_path, "UPDATE fieldwork_logs SET log = ? WHERE record_id = 'utvalg'",
                        [_log_with(a, records.SAMPLE_ID, "made_at", "i går")])
    (refusal,) = mg.merge(b, [package]).refused
    assert refusal.reason == "invalid" and "made_at: not_a_date" in refusal.detail
