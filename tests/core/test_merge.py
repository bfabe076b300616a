"""Field packages and the merge: field-level union, conflicts, idempotence, order independence, refusals."""

import hashlib
import json
import threading
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cli.merge_command import report_lines
from core import interviews as iv
from core.reference import study
from core.sync import conflicts as cf
from core.sync import merge as mg
from core.sync import unite
from core.sync.package import PackageError, make_package, read_package
from core.workspace import open_workspace
from tests import logs
from tests.clocks import START, FakeClock, SkewedClock
from tests.helpers import state


def test_a_new_laptop_joins_the_study(laptops):
    a, b, _c, interview = laptops
    assert study.load(b).study_id == study.load(a).study_id
    assert study.load(b).study_name == "Felles studie" and study.load(b).coordinator_name == "Ola"
    assert state(b) == state(a)
    assert iv.get(b, interview).answers[("form", "")] == "fysisk"


def test_different_answers_of_one_interview_both_survive(laptops, tmp_path):
    a, b, _c, interview = laptops
    iv.set_answer(a, interview, "notes", "Notat fra A")
    iv.set_answer(b, interview, "quotes", "Sitat fra B")
    make_package(a, tmp_path / "a1.feltkart")
    make_package(b, tmp_path / "b1.feltkart")
    mg.merge(a, [tmp_path / "b1.feltkart"])
    report = mg.merge(b, [tmp_path / "a1.feltkart"])
    assert report.conflicts == []
    for s in (a, b):
        answers = iv.get(s, interview).answers
        assert answers[("notes", "")] == "Notat fra A" and answers[("quotes", "")] == "Sitat fra B"
    assert state(a) == state(b)
    assert iv.search(b, "Notat") == {interview}  # the text index follows the merged answers
    assert iv.search(b, "fysisk") == set()  # only the searchable questions are indexed, as when typed


def test_the_same_answer_changed_on_two_laptops_is_a_conflict(laptops, tmp_path):
    a, b, _c, interview = laptops
    iv.set_answer(a, interview, "capacity", 4)
    iv.set_answer(b, interview, "capacity", 5)  # later: the provisional winner
    make_package(a, tmp_path / "a1.feltkart")
    make_package(b, tmp_path / "b1.feltkart")
    report_a = mg.merge(a, [tmp_path / "b1.feltkart"])
    mg.merge(b, [tmp_path / "a1.feltkart"])
    assert state(a) == state(b)
    assert iv.get(a, interview).answers[("capacity", "")] == 5
    (conflict,) = report_a.conflicts
    assert (conflict.interview_id, conflict.field) == (interview, "capacity")
    assert [v for v, *_ in conflict.values] == [5, 4] and conflict.values[0][3] == "Ola"
    assert any("conflict" in line for line in report_lines(report_a))
    # settling it on one laptop (a new value with the winner on screen) settles it everywhere
    iv.set_answer(a, interview, "capacity", 3)
    assert cf.conflicts(a) == []
    make_package(a, tmp_path / "a2.feltkart")
    assert mg.merge(b, [tmp_path / "a2.feltkart"]).conflicts == []
    assert iv.get(b, interview).answers[("capacity", "")] == 3


def test_importing_twice_changes_nothing(laptops, tmp_path):
    a, b, _c, interview = laptops
    iv.set_answer(a, interview, "notes", "Bare én gang")
    make_package(a, tmp_path / "a1.feltkart")
    first = mg.merge(b, [tmp_path / "a1.feltkart"])
    after_first = state(b)
    changes = len(logs.changes(b.conn))
    second = mg.merge(b, [tmp_path / "a1.feltkart"])
    assert first.added_changes == 1 and second.added_changes == 0 and second.updated_answers == 0
    assert state(b) == after_first and len(logs.changes(b.conn)) == changes


def test_an_interview_a_merge_changes_shows_its_last_edit_not_the_merge(laptops, tmp_path):
    """«Sist endret» after a merge is the time of the interview's latest change, wherever it was made: the same
    on both laptops (the statistics' tie rule reads it), never the moment of the merge."""
    a, b, _c, known = laptops
    untouched = iv.create(b, "0301", "2026-03-05")
    shared = iv.create(a, "1806", "2026-03-03")  # B has it already; the next package holds it, with no new change
    make_package(a, tmp_path / "a-shared.feltkart")
    mg.merge(b, [tmp_path / "a-shared.feltkart"])
    iv.set_answer(a, known, "notes", "Nytt fra A")
    arriving = iv.create(a, "1804", "2026-03-04")
    old = "2000-01-01T00:00:00.000000+00:00"
    with b.db.atomic():
        b.conn.execute("UPDATE interviews SET updated_at = ?", [old])
    make_package(a, tmp_path / "a1.feltkart")
    before = b.now()

    def changed_at(store):
        return dict(store.conn.execute("SELECT id, updated_at FROM interviews").fetchall())

    edited_on_a = changed_at(a)
    mg.merge(b, [tmp_path / "a1.feltkart"])
    after = changed_at(b)
    assert after[known] == edited_on_a[known] < before  # A's edit, made before the merge
    assert after[arriving] == edited_on_a[arriving]
    assert after[untouched] == old and after[shared] == old  # nothing new for them
    mg.merge(b, [tmp_path / "a1.feltkart"])
    assert changed_at(b) == after  # nothing new the second time


def test_order_of_imports_does_not_matter(laptops, tmp_path, clock):
    a, b, c, interview = laptops
    iv.set_answer(a, interview, "capacity", 1)
    iv.set_answer(a, interview, "notes", "A")
    iv.delete(a, interview)
    iv.set_answer(b, interview, "capacity", 2)  # after the deletion, without knowing of it
    iv.set_answer(b, interview, "quotes", "B")
    other = iv.create(b, "1832", "2026-03-05")
    iv.set_answer(b, other, "notes", "B sitt eget intervju")
    make_package(a, tmp_path / "a1.feltkart")
    make_package(b, tmp_path / "b1.feltkart")
    make_package(c, tmp_path / "c1.feltkart")
    x = open_workspace(tmp_path / "x.sqlite", clock=clock)
    y = open_workspace(tmp_path / "y.sqlite", clock=clock)
    x_report = mg.merge(x, [tmp_path / "c1.feltkart", tmp_path / "a1.feltkart", tmp_path / "b1.feltkart"])
    mg.merge(y, [tmp_path / "b1.feltkart"])
    y_report = mg.merge(y, [tmp_path / "a1.feltkart"])
    mg.merge(y, [tmp_path / "c1.feltkart"])
    assert state(x) == state(y)
    assert len(state(x)["interviews"]) == 2
    deleted = next(row for row in state(x)["interviews"] if row[0] == interview)
    assert deleted[4] == 1  # the deletion travelled
    # B edited the interview after A deleted it, without knowing: reported whichever package came first
    assert x_report.changed_after_delete == [interview] and y_report.changed_after_delete == [interview]
    assert mg.merge(x, [tmp_path / "a1.feltkart"]).changed_after_delete == []  # nothing new the second time
    x.close()
    y.close()


def test_same_municipality_and_date_from_two_laptops_is_flagged(laptops, tmp_path):
    a, b, _c, interview = laptops
    twin = iv.create(b, "1826", "2026-03-02")
    make_package(b, tmp_path / "b1.feltkart")
    report = mg.merge(a, [tmp_path / "b1.feltkart"])
    assert report.duplicates == [tuple(sorted((interview, twin)))]


def test_a_merge_writes_a_backup_first(laptops, tmp_path):
    a, b, _c, _i = laptops
    make_package(b, tmp_path / "b1.feltkart")
    report = mg.merge(a, [tmp_path / "b1.feltkart"])
    assert report.backup is not None and report.backup.exists() and "before-merge" in report.backup.name


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _truncated(src, dst):
    dst.write_bytes(src.read_bytes()[: len(src.read_bytes()) // 2])


def _not_a_package(src, dst):
    dst.write_text("Dette er et brev, ikke en pakke.")


def _bad_checksum(src, dst):
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w") as out:
        manifest = json.loads(z.read("manifest.json"))
        manifest["sha256"] = "0" * 64
        out.writestr("manifest.json", json.dumps(manifest))
        out.writestr("data.sqlite", z.read("data.sqlite"))


def _newer(src, dst):
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w") as out:
        manifest = json.loads(z.read("manifest.json"))
        manifest["schema"].append("m999_from_the_future")
        manifest["feltkart_version"] = "9.0"
        out.writestr("manifest.json", json.dumps(manifest))
        out.writestr("data.sqlite", z.read("data.sqlite"))


def _zip_without_manifest(src, dst):
    with zipfile.ZipFile(dst, "w") as out:
        out.writestr("data.sqlite", b"x")


@pytest.mark.parametrize("make,reason", [
    (_truncated, ("damaged", "not_a_package")), (_not_a_package, ("not_a_package",)),
    (_bad_checksum, ("checksum",)), (_newer, ("newer",)), (_zip_without_manifest, ("not_a_package",)),
])
def test_bad_packages_are_refused_and_the_database_is_unchanged(laptops, tmp_path, make, reason):
    a, b, _c, _i = laptops
    make_package(b, tmp_path / "good.feltkart")
    bad = tmp_path / "bad.feltkart"
    make(tmp_path / "good.feltkart", bad)
    a.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(a.path)
    with pytest.raises(PackageError) as info:
        read_package(bad, tmp_path)
    assert info.value.reason in reason and info.value.path == bad
    report = mg.merge(a, [bad])
    assert report.refused and report.refused[0].path == bad and not report.merged and report.backup is None
    a.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert digest(a.path) == before


def test_a_package_of_another_study_is_refused(laptops, tmp_path):
    a, _b, _c, _i = laptops
    other = open_workspace(tmp_path / "other.sqlite")
    study.save(other, study.load(other).with_changes(study_name="Annen studie", coordinator_name="Per"))
    iv.create(other, "0301", "2026-01-01")
    make_package(other, tmp_path / "other.feltkart")
    report = mg.merge(a, [tmp_path / "other.feltkart"])
    assert report.refused and report.refused[0].reason == "other_study"
    other.close()


EDITS = st.lists(
    st.tuples(st.integers(0, 2), st.sampled_from(["capacity", "notes", "strategy"]), st.integers(1, 5),
              st.booleans()),  # laptop, answer, value, then share with the next laptop
    min_size=1, max_size=8)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, order=st.permutations([0, 1, 2]))
def test_any_edits_and_any_order_of_merging_end_the_same(tmp_path_factory, edits, order):
    tmp = tmp_path_factory.mktemp("prop")
    clock = FakeClock()
    a = open_workspace(tmp / "a.sqlite", clock=clock)
    study.save(a, study.load(a).with_changes(study_name="S", coordinator_name="A"))
    interview = iv.create(a, "1826", "2026-03-02")
    make_package(a, tmp / "seed.feltkart")
    stores = [a]
    for name in ("b", "c"):
        s = open_workspace(tmp / f"{name}.sqlite", clock=clock)
        mg.merge(s, [tmp / "seed.feltkart"])
        stores.append(s)
    values = {"capacity": lambda v: v, "notes": lambda v: f"notat {v}", "strategy": lambda v: ["ja", "nei", "vet_ikke"][v % 3]}
    for n, (who, fld, value, share) in enumerate(edits):
        iv.set_answer(stores[who], interview, fld, values[fld](value))
        if share:
            make_package(stores[who], tmp / f"share{n}.feltkart")
            mg.merge(stores[(who + 1) % 3], [tmp / f"share{n}.feltkart"])
    for i, s in enumerate(stores):
        make_package(s, tmp / f"final{i}.feltkart")
    # each laptop takes the others' final packages, in its own order; a fresh laptop takes all three
    for i in order:
        mg.merge(stores[i], [tmp / f"final{j}.feltkart" for j in order if j != i])
    fresh = open_workspace(tmp / "fresh.sqlite", clock=clock)
    mg.merge(fresh, [tmp / f"final{j}.feltkart" for j in reversed(order)])
    expected = state(fresh)
    assert all(state(s) == expected for s in stores)
    assert {c.field for c in cf.conflicts(fresh)} == {c.field for c in cf.conflicts(stores[0])}
    for s in (*stores, fresh):
        s.close()


@pytest.mark.parametrize("pick", [4, 5])
def test_picking_a_value_settles_the_conflict_everywhere(laptops, tmp_path, pick):
    a, b, _c, interview = laptops
    iv.complete(a, interview)  # picking between values works on a complete interview too
    iv.set_answer(b, interview, "capacity", 5)
    make_package(b, tmp_path / "b1.feltkart")
    iv.reopen(a, interview, "retting")
    iv.set_answer(a, interview, "capacity", 4)
    iv.complete(a, interview)
    make_package(a, tmp_path / "a1.feltkart")
    mg.merge(a, [tmp_path / "b1.feltkart"])
    mg.merge(b, [tmp_path / "a1.feltkart"])
    assert [c.field for c in cf.conflicts(a)] == ["capacity"]
    cf.resolve(a, interview, "capacity", "", pick)
    assert cf.conflicts(a) == [] and iv.get(a, interview).answers[("capacity", "")] == pick
    assert iv.get(a, interview).summary.status == "complete"
    history = [h for h in iv.history(a, interview) if h.field == "capacity"]
    assert history[-1].reason == "konflikt løst"
    make_package(a, tmp_path / "a2.feltkart")
    mg.merge(b, [tmp_path / "a2.feltkart"])
    assert cf.conflicts(b) == [] and iv.get(b, interview).answers[("capacity", "")] == pick
    with pytest.raises(ValueError):
        cf.resolve(a, interview, "capacity", "", 3)


def test_a_picked_value_is_checked_like_a_typed_one(laptops, tmp_path):
    from core.base.errors import ValidationError

    a, b, _c, interview = laptops
    iv.set_answer(a, interview, "capacity", 4)  # fill_required gave 2 on both laptops
    iv.set_answer(b, interview, "capacity", 3)
    make_package(b, tmp_path / "b1.feltkart")
    mg.merge(a, [tmp_path / "b1.feltkart"])
    with pytest.raises(ValidationError):
        cf.resolve(a, interview, "capacity", "", 9)
    assert [c.field for c in cf.conflicts(a)] == ["capacity"]  # still there, nothing recorded


def test_the_same_value_on_two_laptops_is_no_conflict(laptops, tmp_path):
    a, b, _c, interview = laptops
    iv.set_answer(a, interview, "capacity", 4)
    iv.set_answer(b, interview, "capacity", 4)
    make_package(b, tmp_path / "b1.feltkart")
    assert mg.merge(a, [tmp_path / "b1.feltkart"]).conflicts == []
    assert iv.get(a, interview).answers[("capacity", "")] == 4


def test_duplicates_kept_both_or_marked_travel(laptops, tmp_path):
    a, b, c, interview = laptops
    twin = iv.create(b, "1826", "2026-03-02")
    make_package(b, tmp_path / "b1.feltkart")
    mg.merge(a, [tmp_path / "b1.feltkart"])
    pair = tuple(sorted((interview, twin)))
    assert cf.duplicates(a) == [pair]
    cf.keep_both(a, interview, twin)
    assert cf.duplicates(a) == []
    make_package(a, tmp_path / "a1.feltkart")
    assert mg.merge(b, [tmp_path / "a1.feltkart"]).duplicates == []  # the choice travelled
    # on a third laptop: marking one as a duplicate moves it to the trash, with the reason in its history
    mg.merge(c, [tmp_path / "b1.feltkart"])
    assert cf.duplicates(c) == [pair]
    cf.mark_duplicate(c, twin, interview)
    assert cf.duplicates(c) == [] and iv.get(c, twin).summary.deleted
    assert iv.history(c, twin)[-1].reason == f"duplikat av {interview}"


def test_a_package_since_the_last_one_to_a_recipient(laptops, tmp_path):
    a, b, _c, interview = laptops
    iv.create(a, "0301", "2026-03-04")  # an interview that does not change after the first package
    first = make_package(a, tmp_path / "full.feltkart", since_last="Prosjektleder")
    assert first.since is None and first.changes == len(logs.changes(a.conn))  # the first time: everything
    assert make_package(a, tmp_path / "whole.feltkart").changes == len(logs.changes(a.conn))
    mg.merge(b, [tmp_path / "full.feltkart"])
    iv.set_answer(a, interview, "notes", "Nytt siden sist")
    delta = make_package(a, tmp_path / "delta.feltkart", since_last="prosjektleder")  # same recipient, any case
    # the whole log of the interview that changed; every interview row
    assert delta.since is not None and delta.changes == len(logs.changes(a.conn, interview)) < first.changes
    assert delta.interviews == 2
    report = mg.merge(b, [tmp_path / "delta.feltkart"])
    assert report.added_changes == 1 and iv.get(b, interview).answers[("notes", "")] == "Nytt siden sist"
    assert state(a) == state(b)
    assert make_package(a, tmp_path / "other.feltkart", since_last="Ola").since is None  # another recipient


def test_changes_from_a_third_laptop_travel_on_in_the_next_package_since_the_last(laptops, tmp_path):
    a, b, c, interview = laptops
    iv.set_answer(c, interview, "notes", "Skrevet på C før A sendte sist")  # stamped before A's next package
    make_package(c, tmp_path / "c1.feltkart")
    make_package(a, tmp_path / "a1.feltkart", since_last="B")
    mg.merge(a, [tmp_path / "c1.feltkart"])  # reaches A only after A's package to B
    make_package(a, tmp_path / "a2.feltkart", since_last="B")
    mg.merge(b, [tmp_path / "a1.feltkart", tmp_path / "a2.feltkart"])
    assert iv.get(b, interview).answers[("notes", "")] == "Skrevet på C før A sendte sist"
    assert state(b) == state(a)


def test_study_settings_merge_by_their_last_change(laptops, tmp_path):
    a, b, _c, _i = laptops
    study.save(a, study.load(a).with_changes(study_name="Nytt navn på studien"))
    make_package(a, tmp_path / "a1.feltkart")
    mg.merge(b, [tmp_path / "a1.feltkart"])
    assert study.load(b).study_name == "Nytt navn på studien" and study.load(b).coordinator_name == "Ola"


@pytest.mark.parametrize("keep_deleted", [True, False])
def test_an_edit_of_a_deleted_interview_is_a_conflict_to_settle(laptops, tmp_path, keep_deleted):
    a, b, _c, interview = laptops
    iv.delete(a, interview)
    iv.set_answer(b, interview, "notes", "Viktig notat skrevet etter slettingen")
    make_package(b, tmp_path / "b1.feltkart")
    report = mg.merge(a, [tmp_path / "b1.feltkart"])
    assert report.changed_after_delete == [interview]
    (conflict,) = [c for c in cf.conflicts(a) if c.field == "_deleted"]
    assert [v for v, *_ in conflict.values] == [True, False] and conflict.values[1][3] == "Ola"
    assert iv.get(a, interview).answers[("notes", "")] == "Viktig notat skrevet etter slettingen"  # not lost
    cf.resolve(a, interview, "_deleted", "", keep_deleted)
    assert cf.conflicts(a) == [] and iv.get(a, interview).summary.deleted is keep_deleted
    make_package(a, tmp_path / "a1.feltkart")
    mg.merge(b, [tmp_path / "a1.feltkart"])
    assert iv.get(b, interview).summary.deleted is keep_deleted and cf.conflicts(b) == []


@pytest.mark.parametrize("b_offset", [-20 * 3_600_000, -3_600_000, -1, 0, 1, 3_600_000, 20 * 3_600_000])
def test_an_edit_made_without_knowing_of_the_deletion_is_a_conflict_whatever_the_clocks(tmp_path, b_offset):
    """A deletes; a moment later B, whose clock is off by an hour either way, a millisecond or nothing at all
    (the same millisecond), edits without having received the deletion: a conflict on both laptops, in either
    order of packages, never the interview silently in the trash."""
    clock = FakeClock(step=0)  # time moves only when the test says
    a = open_workspace(tmp_path / "a.sqlite", clock=clock)
    study.save(a, study.load(a).with_changes(study_name="S", coordinator_name="Kari"))
    interview = iv.create(a, "1826", "2026-03-02")
    make_package(a, tmp_path / "a0.feltkart")
    b = open_workspace(tmp_path / "b.sqlite", clock=SkewedClock(clock, b_offset))
    mg.merge(b, [tmp_path / "a0.feltkart"])
    clock.advance(1_000)
    iv.delete(a, interview)
    clock.advance(50 if b_offset else 0)
    iv.set_answer(b, interview, "notes", "Skrevet uten å vite om slettingen")
    make_package(a, tmp_path / "a1.feltkart")
    make_package(b, tmp_path / "b1.feltkart")
    assert mg.merge(a, [tmp_path / "b1.feltkart"]).changed_after_delete == [interview]
    assert mg.merge(b, [tmp_path / "a1.feltkart"]).changed_after_delete == [interview]
    for laptop in (a, b):
        assert [c.field for c in cf.conflicts(laptop)] == ["_deleted"]
        assert iv.get(laptop, interview).answers[("notes", "")] == "Skrevet uten å vite om slettingen"
    assert state(a) == state(b)
    a.close()
    b.close()


@pytest.mark.parametrize("wrong", ["ahead", "behind"])
def test_a_package_stamped_far_ahead_of_this_clock_is_refused_and_the_clock_stays(tmp_path, wrong):
    """A laptop whose date is far ahead (the year 2286), or a receiver whose date is far behind: the package
    is refused naming the laptop and both times, and the receiver's clock does not move to the wrong time."""
    from core.storage import stamps

    clock = FakeClock(step=0)
    a = open_workspace(tmp_path / "a.sqlite", clock=clock)
    study.save(a, study.load(a).with_changes(study_name="S", coordinator_name="Kari"))
    make_package(a, tmp_path / "a0.feltkart")
    far = 9_800_000_000_000 - START  # 2280s
    b = open_workspace(tmp_path / "b.sqlite", clock=SkewedClock(clock, far if wrong == "ahead" else 0))
    study.save(b, study.load(b).with_changes(study_name="B", coordinator_name="Ola"))
    mg.merge(b, [tmp_path / "a0.feltkart"])
    interview = iv.create(b, "1826", "2026-03-02")
    make_package(b, tmp_path / "b1.feltkart")
    six_years = 6 * 365 * 24 * 3_600_000
    receiver = a if wrong == "ahead" else open_workspace(tmp_path / "c.sqlite", clock=SkewedClock(clock, -six_years))
    clock_before = stamps.recorded(receiver.conn)
    receiver.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(receiver.path)
    report = mg.merge(receiver, [tmp_path / "b1.feltkart"])
    (refusal,) = report.refused
    assert refusal.reason == "clock_ahead" and not report.merged and report.backup is None
    assert refusal.facts["coordinator"] == "Ola" and refusal.facts["device"] == b.device_id
    assert refusal.facts["stamped"].startswith("2280-" if wrong == "ahead" else "2026-")
    assert refusal.facts["now"].startswith("2026-" if wrong == "ahead" else "2020-") and refusal.facts["hours"] == 24
    assert "one of the two clocks is wrong" in refusal.detail
    assert stamps.recorded(receiver.conn) == clock_before
    receiver.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert digest(receiver.path) == before
    assert iv.list_interviews(receiver) == [] and interview
    for s in {id(x): x for x in (a, b, receiver)}.values():
        s.close()


def test_a_clock_a_little_ahead_is_taken_and_a_laptop_set_back_is_told(tmp_path):
    from core.model import hlc
    from core.storage import stamps

    clock = FakeClock(step=0)
    a = open_workspace(tmp_path / "a.sqlite", clock=clock)
    study.save(a, study.load(a).with_changes(study_name="S", coordinator_name="Kari"))
    b = open_workspace(tmp_path / "b.sqlite", clock=SkewedClock(clock, hlc.MAX_AHEAD_MS - 60_000))
    make_package(a, tmp_path / "a0.feltkart")
    mg.merge(b, [tmp_path / "a0.feltkart"])
    iv.create(b, "1826", "2026-03-02")
    make_package(b, tmp_path / "b1.feltkart")
    assert mg.merge(a, [tmp_path / "b1.feltkart"]).merged  # 23 hours ahead: within the tolerance
    assert stamps.behind(a.conn, clock()) is None
    clock.advance(-2 * hlc.MAX_AHEAD_MS)  # the laptop's date is set back two days
    assert stamps.behind(a.conn, clock()) == stamps.recorded(a.conn)
    a.close()
    b.close()


@pytest.mark.parametrize("b_offset", [-3_600_000, 0, 3_600_000])
def test_an_edit_made_knowing_of_the_deletion_or_before_it_is_no_conflict(tmp_path, b_offset):
    clock = FakeClock(step=0)
    a = open_workspace(tmp_path / "a.sqlite", clock=clock)
    study.save(a, study.load(a).with_changes(study_name="S", coordinator_name="Kari"))
    interview = iv.create(a, "1826", "2026-03-02")
    make_package(a, tmp_path / "a0.feltkart")
    b = open_workspace(tmp_path / "b.sqlite", clock=SkewedClock(clock, b_offset))
    mg.merge(b, [tmp_path / "a0.feltkart"])
    iv.set_answer(b, interview, "notes", "Før slettingen")  # A receives it before deleting
    make_package(b, tmp_path / "b1.feltkart")
    mg.merge(a, [tmp_path / "b1.feltkart"])
    iv.delete(a, interview)
    make_package(a, tmp_path / "a1.feltkart")
    mg.merge(b, [tmp_path / "a1.feltkart"])
    iv.set_answer(b, interview, "quotes", "I papirkurven, men likevel")  # B edits knowing it is deleted
    make_package(b, tmp_path / "b2.feltkart")
    assert mg.merge(a, [tmp_path / "b2.feltkart"]).changed_after_delete == []
    assert cf.conflicts(a) == [] and cf.conflicts(b) == []
    assert iv.get(a, interview).summary.deleted and iv.get(b, interview).summary.deleted
    a.close()
    b.close()


def test_a_deletion_and_a_later_edit_in_one_package_are_still_a_conflict(laptops, tmp_path, clock):
    a, b, c, interview = laptops
    iv.delete(a, interview)
    make_package(a, tmp_path / "a1.feltkart")
    iv.set_answer(b, interview, "notes", "Skrevet etter slettingen, uten å vite om den")  # later stamp
    make_package(b, tmp_path / "b1.feltkart")
    mg.merge(c, [tmp_path / "a1.feltkart", tmp_path / "b1.feltkart"])
    make_package(c, tmp_path / "c1.feltkart")  # holds both the deletion and the edit
    fresh = open_workspace(tmp_path / "fresh.sqlite", clock=clock)
    report = mg.merge(fresh, [tmp_path / "c1.feltkart"])
    assert report.changed_after_delete == [interview]
    assert [x.field for x in cf.conflicts(fresh)] == ["_deleted"]
    fresh.close()


def test_progress_moves_within_each_package_and_ends_full(laptops, tmp_path):
    a, b, _c, interview = laptops
    iv.set_answer(a, interview, "notes", "Nytt")
    make_package(a, tmp_path / "a1.feltkart")
    (tmp_path / "brev.feltkart").write_text("ikke en pakke")
    seen = []
    mg.merge(b, [tmp_path / "a1.feltkart", tmp_path / "brev.feltkart"], lambda done, total: seen.append((done, total)))
    assert seen[-1] == (2 * mg.STEPS, 2 * mg.STEPS)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen) and len(seen) > 2


def test_rows_that_refer_to_what_this_laptop_lacks_are_refused_and_undone(laptops, tmp_path):
    a, b, _c, _interview = laptops
    iv.create(a, "0301", "2026-05-05")
    make_package(a, tmp_path / "a1.feltkart")
    with b.db.atomic():  # a registry without Oslo
        b.conn.execute("DELETE FROM municipalities WHERE number = '0301'")
    before = state(b)
    report = mg.merge(b, [tmp_path / "a1.feltkart"])
    assert not report.merged and report.refused[0].text.startswith("damaged (interview ")
    assert state(b) == before and b.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_merge_waits_for_a_save_that_holds_the_database(laptops, tmp_path):
    """The merge takes the write lock when its transaction starts, so a save that holds it (and commits) makes
    it wait, not fail."""
    import threading

    from core.base.driver import sqlite3

    a, b, _c, interview = laptops
    iv.set_answer(a, interview, "notes", "Fra A")
    make_package(a, tmp_path / "a1.feltkart")
    locked, done = threading.Event(), threading.Event()

    def save_elsewhere():
        other = sqlite3.connect(b.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE settings SET updated_at = updated_at WHERE key = 'study_name'")
        locked.set()
        done.wait(0.4)
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=save_elsewhere)
    thread.start()
    locked.wait()
    try:
        report = mg.merge(b, [tmp_path / "a1.feltkart"])
    finally:
        done.set()
        thread.join()
    assert report.merged and iv.get(b, interview).answers[("notes", "")] == "Fra A"


def _two_packages(a, c, interview, tmp_path):
    """A new answer on A and a new interview on C, each in its own package."""
    iv.set_answer(a, interview, "notes", "Notat fra A")
    make_package(a, tmp_path / "a1.feltkart")
    iv.create(c, "0301", "2026-04-01")
    make_package(c, tmp_path / "c1.feltkart")
    return [tmp_path / "a1.feltkart", tmp_path / "c1.feltkart"]


@pytest.mark.parametrize("stop_at", [1, 2, 3])  # read, changes added, answers worked out (of the first package)
def test_stopping_during_the_first_package_leaves_the_database_as_it_was(laptops, tmp_path, stop_at):
    a, b, c, interview = laptops
    packages = _two_packages(a, c, interview, tmp_path)
    before = state(b)
    asked = []
    report = mg.merge(b, packages, lambda done, _total: asked.append(done), stop=lambda: bool(asked) and asked[-1] >= stop_at)
    assert report.merged == [] and report.stopped == [str(p) for p in packages]
    assert (report.added_changes, report.updated_answers, report.added_interviews) == (0, 0, 0)
    assert state(b) == before
    assert "stopped by the user" in "\n".join(report_lines(report))
    assert mg.merge(b, packages).merged == [str(p) for p in packages]  # nothing half-done stands in the way
    assert iv.get(b, interview).answers[("notes", "")] == "Notat fra A"


def test_stopping_after_a_package_keeps_it_and_skips_the_rest(laptops, tmp_path):
    a, b, c, interview = laptops
    packages = _two_packages(a, c, interview, tmp_path)
    asked = []
    report = mg.merge(b, packages, lambda done, _total: asked.append(done), stop=lambda: mg.STEPS + 1 in asked)
    assert report.merged == [str(packages[0])] and report.stopped == [str(packages[1])]
    assert iv.get(b, interview).answers[("notes", "")] == "Notat fra A"
    assert b.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 1  # C's interview did not come


def test_the_next_package_is_read_while_the_one_before_is_merged(laptops, tmp_path, monkeypatch):
    """Unpacking and checking the second package waits here until the first is being merged: read one after
    the other, the merge would never get there (the wait fails instead); read beside it, both merge."""
    a, b, c, interview = laptops
    packages = _two_packages(a, c, interview, tmp_path)
    merging_first, readers = threading.Event(), []
    read, unite_and_write = mg.read_package, mg.unite_and_write

    def reading(path, *args):
        if path == packages[1]:
            readers.append(threading.current_thread() is not threading.main_thread())
            assert merging_first.wait(timeout=60), "the second package was read before the first was merged"
        return read(path, *args)

    def uniting(store, path, *args):
        if path == packages[0]:
            merging_first.set()
        return unite_and_write(store, path, *args)

    monkeypatch.setattr(mg, "read_package", reading)
    monkeypatch.setattr(mg, "unite_and_write", uniting)
    report = mg.merge(b, packages)
    assert report.merged == [str(p) for p in packages] and not report.refused and readers == [True]
    assert b.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 2


def test_a_package_whose_data_cannot_be_unpacked_is_refused_while_its_key_is_worked_out(laptops, tmp_path,
                                                                                       monkeypatch):
    """With a passphrase given, the key of the first package is worked out while it is unpacked: a package whose
    compressed data is damaged (zlib fails on it) is refused as damaged, not a failure of the merge."""
    from core.sync.package import DATA, package_salt

    _a, b, _c, _interview = laptops
    bad = tmp_path / "bad.feltkart"
    with zipfile.ZipFile(bad, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", "{}")
        z.writestr(DATA, b"x" * 100_000)
    raw = bytearray(bad.read_bytes())
    start = raw.find(DATA.encode()) + len(DATA)  # the first member's compressed data
    raw[start:start + 8] = b"\xff" * 8  # a deflate block of a type that does not exist
    bad.write_bytes(bytes(raw))
    assert package_salt(bad) is None
    looked, read = threading.Event(), mg.read_package

    def salt(path):  # the unpacking below waits for it: the key is worked out while the package is read
        looked.set()
        return package_salt(path)

    def reading(path, *args):
        assert looked.wait(timeout=60)
        return read(path, *args)

    monkeypatch.setattr(mg, "package_salt", salt)
    monkeypatch.setattr(mg, "read_package", reading)
    before = state(b)
    report = mg.merge(b, [bad], passphrases={str(bad): "en lang nok passfrase"})
    assert [e.reason for e in report.refused] == ["damaged"] and not report.merged
    assert state(b) == before


def test_the_cycle_collector_is_held_back_during_a_merge_and_on_again_after(laptops, tmp_path, monkeypatch):
    """A merge makes millions of short-lived lists and dictionaries: Python's cycle collector is held back while
    it runs (a tenth of its time) and is on again after it, also when the merge fails; one that was off before
    stays off."""
    import gc

    a, b, c, interview = laptops
    packages = _two_packages(a, c, interview, tmp_path)
    during, unite_and_write = [], mg.unite_and_write

    def uniting(*args):
        during.append(gc.isenabled())
        return unite_and_write(*args)

    monkeypatch.setattr(mg, "unite_and_write", uniting)
    assert gc.isenabled()
    assert mg.merge(b, packages).merged and during == [False, False] and gc.isenabled()
    iv.set_answer(a, interview, "notes", "Enda et notat")
    make_package(a, tmp_path / "a2.feltkart")
    monkeypatch.setattr(mg, "unite_and_write", lambda *args: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        mg.merge(b, [tmp_path / "a2.feltkart"])
    assert gc.isenabled()
    gc.disable()
    try:
        monkeypatch.setattr(mg, "unite_and_write", uniting)
        assert mg.merge(b, [tmp_path / "a2.feltkart"]).merged and during[-1] is False
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_stop_interrupts_a_long_statement(laptops, tmp_path, monkeypatch):
    """The stop reaches into SQLite's statements too (its progress handler), not only between steps."""
    a, b, c, interview = laptops
    packages = _two_packages(a, c, interview, tmp_path)
    before = state(b)
    monkeypatch.setattr(mg, "STOP_CHECK", 1)
    asked = []
    in_statement = []

    def stop():  # true only while a statement of the package runs: the steps between statements see it false
        if asked == [1] and b.conn.in_transaction:
            in_statement.append(True)
            return True
        return False

    report = mg.merge(b, packages[:1], lambda done, _total: asked.append(done), stop=stop)
    assert in_statement and report.stopped == [str(packages[0])] and report.merged == []
    assert state(b) == before


def _repack(src, dst, tmp_path, edit_data, edit_manifest=lambda manifest: None):
    """A copy of the package ``src`` at ``dst`` whose data were changed by ``edit_data(conn)``, with a
    checksum that fits them: what a faulty program, not damage in transit, could make."""
    from core.base.driver import sqlite3

    work = tmp_path / f"repack-{dst.stem}"
    work.mkdir()
    with zipfile.ZipFile(src) as z:
        z.extractall(work)
    conn = sqlite3.connect(work / "data.sqlite")
    edit_data(conn)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    manifest = json.loads((work / "manifest.json").read_text())
    manifest["sha256"] = digest(work / "data.sqlite")
    edit_manifest(manifest)
    with zipfile.ZipFile(dst, "w") as out:
        out.writestr("manifest.json", json.dumps(manifest))
        out.write(work / "data.sqlite", "data.sqlite")


def test_a_log_holding_more_than_feltkart_writes_is_stored_as_feltkart_writes_it(laptops, tmp_path):
    """A log new here is kept as it came, unless it holds a column Feltkart does not write: that one is written
    anew, without it, so that it neither takes room here nor travels on in the next package."""
    from core.interviews import passages, themes

    a, _b, _c, interview = laptops
    iv.set_answer(a, interview, "quotes", "Vi mangler folk i kommunen.")
    passage = passages.mark(a, interview, "quotes", "", 3, 10, [themes.create_theme(a, "Folk")])
    make_package(a, tmp_path / "a.feltkart")

    def padded(conn):
        for table, key, row in (("coding_logs", "record_id", passage), ("interview_logs", "interview_id", interview)):
            log = json.loads(conn.execute(f"SELECT log FROM {table} WHERE {key} = ?", [row]).fetchone()[0])
            conn.execute(f"UPDATE {table} SET log = ? WHERE {key} = ?",
                         [json.dumps({**log, "zz": "fyll " * 2000}), row])

    _repack(tmp_path / "a.feltkart", tmp_path / "padded.feltkart", tmp_path, padded)
    fresh = open_workspace(tmp_path / "fresh.sqlite")
    report = mg.merge(fresh, [tmp_path / "padded.feltkart"])
    assert report.merged and not report.refused
    for table, key, row in (("coding_logs", "record_id", passage), ("interview_logs", "interview_id", interview)):
        stored = fresh.conn.execute(f"SELECT log FROM {table} WHERE {key} = ?", [row]).fetchone()[0]
        mine = a.conn.execute(f"SELECT log FROM {table} WHERE {key} = ?", [row]).fetchone()[0]
        assert "zz" not in json.loads(stored) and json.loads(stored) == json.loads(mine)
    assert state(fresh)["coding"] == state(a)["coding"] and state(fresh)["answers"] == state(a)["answers"]


def test_a_passage_naming_an_answer_that_is_not_unicode_is_refused_and_changes_nothing(laptops, tmp_path):
    """A passage whose answer's name holds a lone surrogate (no guide has such a question; SQLite cannot store
    it): the package is refused as damaged, the laptop as it was, instead of the merge failing."""
    from core.interviews import passages, themes

    a, b, _c, interview = laptops
    iv.set_answer(a, interview, "quotes", "Vi mangler folk i kommunen.")
    passage = passages.mark(a, interview, "quotes", "", 3, 10, [themes.create_theme(a, "Folk")])
    make_package(a, tmp_path / "a.feltkart")

    def surrogate(conn):
        log = json.loads(conn.execute("SELECT log FROM coding_logs WHERE record_id = ?", [passage]).fetchone()[0])
        log["v"][log["f"].index("field")] = '"quotes\\ud800"'
        conn.execute("UPDATE coding_logs SET log = ? WHERE record_id = ?", [json.dumps(log), passage])

    _repack(tmp_path / "a.feltkart", tmp_path / "bad.feltkart", tmp_path, surrogate)
    before = state(b)
    report = mg.merge(b, [tmp_path / "bad.feltkart"])
    assert [e.reason for e in report.refused] == ["damaged"] and "cannot be stored" in report.refused[0].text
    assert state(b) == before


def test_stopping_lists_a_package_read_meanwhile_and_found_damaged_as_refused(laptops, tmp_path, monkeypatch):
    """The next package is read while one is merged: when the merge is stopped, a package that reading found
    damaged is said to be refused (as it would be without the stop), the one being merged stopped."""
    a, b, c, interview = laptops
    packages = _two_packages(a, c, interview, tmp_path)
    bad = tmp_path / "bad.feltkart"
    bad.write_bytes(b"ikke en pakke")
    uniting, unite_and_write = [], mg.unite_and_write
    monkeypatch.setattr(mg, "unite_and_write", lambda *args: (uniting.append(1), unite_and_write(*args))[1])
    report = mg.merge(b, [packages[0], bad, packages[1]], stop=lambda: bool(uniting))
    assert report.stopped == [str(packages[0]), str(packages[1])] and not report.merged
    assert [e.path for e in report.refused] == [bad] and report.refused[0].reason == "not_a_package"


def _as_rows_per_change(conn):
    """The package as a Feltkart before m009 made it: a row per change, further parents in change_parents."""
    conn.execute("""CREATE TABLE changes (id TEXT PRIMARY KEY, interview_id TEXT NOT NULL, field TEXT NOT NULL,
        scheme TEXT, value TEXT NOT NULL, parent TEXT, hlc TEXT NOT NULL, device_id TEXT NOT NULL,
        coordinator TEXT NOT NULL, reason TEXT)""")
    conn.execute("CREATE TABLE change_parents (change_id TEXT NOT NULL, parent TEXT NOT NULL)")
    for change_id, interview, fld, scheme, value, parent, stamp, device, who, reason, parents in logs.changes(conn):
        conn.execute("INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [change_id, interview, fld, scheme or None, value, parent, stamp, device, who, reason])
        conn.executemany("INSERT INTO change_parents VALUES (?, ?)", [(change_id, p) for p in parents])
    conn.execute("DROP TABLE interview_logs")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_interview_logs'")


def test_a_package_from_before_one_log_per_interview_merges_the_same(laptops, tmp_path):
    """Packages made by the version before m009 hold a row per change: they merge as the same package made
    now does, conflicts and settled conflicts (further parents) included."""
    a, b, c, interview = laptops
    iv.set_answer(a, interview, "strategy", "ja")
    iv.set_answer(c, interview, "strategy", "vet_ikke")
    make_package(a, tmp_path / "a1.feltkart")
    make_package(c, tmp_path / "c1.feltkart")
    mg.merge(b, [tmp_path / "a1.feltkart", tmp_path / "c1.feltkart"])
    assert [k.field for k in cf.conflicts(b)] == ["strategy"]  # a conflict ...
    cf.resolve(b, interview, "strategy", "", "ja")  # ... settled: a change with a further parent
    iv.set_answer(c, interview, "capacity", 4)  # and one left open
    iv.set_answer(b, interview, "capacity", 5)
    make_package(c, tmp_path / "c2.feltkart")
    mg.merge(b, [tmp_path / "c2.feltkart"])
    iv.set_answer(b, interview, "notes", "Notat fra B")
    make_package(b, tmp_path / "b-now.feltkart")
    _repack(tmp_path / "b-now.feltkart", tmp_path / "b-before.feltkart", tmp_path, _as_rows_per_change,
            lambda manifest: manifest["schema"].remove("m009_interview_logs"))
    assert any(c[10] for c in logs.changes(b.conn)), "the package should carry a settled conflict"
    fresh = []
    for name in ("now", "before"):
        s = open_workspace(tmp_path / f"fresh-{name}.sqlite")
        report = mg.merge(s, [tmp_path / f"b-{name}.feltkart"])
        assert report.merged and not report.refused, report_lines(report)
        fresh.append(s)
    assert state(fresh[0]) == state(fresh[1]) == state(b)
    assert sorted(logs.changes(fresh[1].conn)) == sorted(logs.changes(b.conn))
    assert iv.history(fresh[1], interview) == iv.history(b, interview)
    assert [k.field for k in cf.conflicts(fresh[1])] == ["capacity"]
    for s in fresh:
        s.close()


def _log(**changed) -> str:
    """A stored log of one change to the notes, with ``changed`` columns."""
    doc = {"d": ["x"], "c": ["y"], "id": ["i"], "f": ["notes"], "s": [""], "v": ['"a"'], "p": [None], "w": [1],
           "n": [0], "dv": [0], "co": [0], "r": [], "pp": []}
    return json.dumps({**doc, **changed})


@pytest.mark.parametrize("log", [
    "not json", '{"d": [], "c": []}', _log(dv=[1]), _log(w=["1"]), _log(v=[]), _log(r=[[3, "grunn"]]),
    _log(id=["i", "i"], f=["notes"] * 2, s=[""] * 2, v=['"a"', '"b"'], p=[None] * 2, w=[1, 2], n=[0] * 2,
         dv=[0] * 2, co=[0] * 2),
    _log(f=["aware"], s=["no_such_scheme"]), _log(v=["1,2"]), _log(w=[10**13]),
    _log(f=["notes\ud800"]),  # text that is not Unicode
    _log(f=["municipality"], v=['{"a": 1}'], w=[START + 3_600_000]),  # the latest: the row cannot hold it
])
@pytest.mark.parametrize("parsed_ahead", [False, True])  # by the merge, or ahead (core.sync.ahead)
def test_a_package_with_a_log_that_cannot_be_read_is_refused_and_undone(laptops, tmp_path, log, parsed_ahead,
                                                                         request):
    a, b, _c, interview = laptops
    counted = request.getfixturevalue("parsed_whole") if parsed_ahead else None
    iv.set_answer(a, interview, "notes", "Nytt notat")
    make_package(a, tmp_path / "a1.feltkart")
    _repack(tmp_path / "a1.feltkart", tmp_path / "bad.feltkart", tmp_path,
            lambda conn: conn.execute("UPDATE interview_logs SET log = ?", [log]))
    before = state(b)
    report = mg.merge(b, [tmp_path / "bad.feltkart"])
    assert not report.merged and report.refused[0].path == tmp_path / "bad.feltkart"
    assert report.refused[0].reason in ("damaged", "invalid")  # a log that does not read, or a value refused
    assert state(b) == before and len(logs.changes(b.conn)) > 0
    if parsed_ahead:  # and refused for the same fault whoever parsed it
        assert len(counted) == 1
        request.getfixturevalue("monkeypatch").undo()
        assert mg.merge(b, [tmp_path / "bad.feltkart"]).refused[0].text == report.refused[0].text


def test_the_upgrade_to_one_log_per_interview_keeps_every_change(laptops, tmp_path):
    """A database from before m009 (a row per change and per answer) is upgraded, after a backup, to one
    log per interview: every change with its parents, stamp, device, coordinator and reason, the same
    current answers, conflicts, history and statistics."""
    a, b, c, interview = laptops
    iv.set_answer(a, interview, "strategy", "ja")
    iv.set_answer(c, interview, "strategy", "vet_ikke")
    iv.set_answer(c, interview, "capacity", 4)
    iv.set_answer(b, interview, "capacity", 5)
    for name, s in (("a1", a), ("c1", c)):
        make_package(s, tmp_path / f"{name}.feltkart")
    mg.merge(b, [tmp_path / "a1.feltkart", tmp_path / "c1.feltkart"])
    cf.resolve(b, interview, "strategy", "", "ja")  # settled: a change with a further parent and a reason
    second = iv.create(b, "0301", "2026-04-01")
    iv.delete(b, second)
    expected = (state(b), sorted(logs.changes(b.conn)), iv.history(b, interview), cf.conflicts(b))
    assert any(c[10] for c in expected[1]) and any(c[9] for c in expected[1]) and len(expected[3]) == 1
    with b.db.atomic():  # the tables as they were before m009
        b.conn.execute("""CREATE TABLE answers (interview_id TEXT NOT NULL, field TEXT NOT NULL,
            scheme TEXT NOT NULL DEFAULT '', value TEXT NOT NULL, change_id TEXT NOT NULL,
            PRIMARY KEY (interview_id, field, scheme)) WITHOUT ROWID""")
        b.conn.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?)", [
            (i, f, s, c.value, c.id) for i in {r[0] for r in logs.answers(b.conn)}
            for (f, s), (c, *_others) in iv.load_log(b.conn, i)[0].heads().items()])
        _as_rows_per_change(b.conn)
        b.conn.execute("DELETE FROM interview_stats")  # worked out again after the upgrade
    path = b.path
    b.close()
    upgraded = open_workspace(path)
    try:
        assert upgraded.backup_path is not None
        tables = {r[0] for r in upgraded.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert not tables & {"changes", "answers", "change_parents"}
        assert (state(upgraded), sorted(logs.changes(upgraded.conn)), iv.history(upgraded, interview),
                cf.conflicts(upgraded)) == expected
        assert upgraded.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        upgraded.close()


def test_an_interview_whose_log_in_the_package_is_empty_changes_nothing(laptops, tmp_path, clock):
    a, b, _c, interview = laptops
    make_package(a, tmp_path / "a1.feltkart")
    empty = _log(id=[], f=[], s=[], v=[], p=[], w=[], n=[], dv=[], co=[])
    _repack(tmp_path / "a1.feltkart", tmp_path / "empty.feltkart", tmp_path,
            lambda conn: conn.execute("UPDATE interview_logs SET log = ?", [empty]))
    before = state(b)
    report = mg.merge(b, [tmp_path / "empty.feltkart"])
    assert report.merged and not report.refused and report.added_changes == 0 and state(b) == before
    fresh = open_workspace(tmp_path / "fresh.sqlite", clock=clock)  # the interview is new there
    report = mg.merge(fresh, [tmp_path / "empty.feltkart"])
    assert report.merged and not report.refused and report.added_changes == 0 and report.added_interviews == 1
    fresh.close()


def _twice(conn):
    conn.execute("CREATE TABLE doubled AS SELECT * FROM interview_logs UNION ALL SELECT * FROM interview_logs")
    conn.execute("DROP TABLE interview_logs")
    conn.execute("ALTER TABLE doubled RENAME TO interview_logs")


def _bad_stamp(conn):
    _as_rows_per_change(conn)
    conn.execute("UPDATE changes SET hlc = 'not a stamp' WHERE rowid = 1")


@pytest.mark.parametrize("edit", [_twice, _bad_stamp])
def test_a_package_that_is_damaged_otherwise_is_refused_and_the_next_merges(laptops, tmp_path, edit):
    a, b, _c, interview = laptops
    iv.set_answer(a, interview, "notes", "Nytt notat")
    make_package(a, tmp_path / "a1.feltkart")
    _repack(tmp_path / "a1.feltkart", tmp_path / "bad.feltkart", tmp_path, edit)
    before = state(b)
    report = mg.merge(b, [tmp_path / "bad.feltkart", tmp_path / "a1.feltkart"])
    assert report.refused[0].path == tmp_path / "bad.feltkart" and report.refused[0].text.startswith("damaged (")
    assert report.merged == [str(tmp_path / "a1.feltkart")] and state(b) != before
    assert iv.get(b, interview).answers[("notes", "")] == "Nytt notat"


def test_stopping_while_the_package_is_read_is_a_stop_not_damage(laptops, tmp_path, monkeypatch):
    a, b, c, interview = laptops
    packages = _two_packages(a, c, interview, tmp_path)
    before = state(b)
    reading = []
    original = unite._read_inputs

    def read(*args):
        reading.append(True)
        return original(*args)

    monkeypatch.setattr(unite, "_read_inputs", read)
    monkeypatch.setattr(mg, "STOP_CHECK", 1)
    report = mg.merge(b, packages, stop=lambda: bool(reading))
    assert reading and report.stopped == [str(p) for p in packages] and not report.refused and not report.merged
    assert state(b) == before


def test_batches_of_any_size_merge_the_same(laptops, tmp_path, monkeypatch, clock):
    a, b, c, interview = laptops
    for n in range(3):
        iv.create(a, "0301", f"2026-05-0{n + 1}")
    packages = _two_packages(a, c, interview, tmp_path)
    mg.merge(b, packages)
    expected = state(b)
    monkeypatch.setattr(unite, "BATCH", 1)
    fresh = open_workspace(tmp_path / "fresh.sqlite", clock=clock)
    mg.merge(fresh, [tmp_path / "a0.feltkart", *packages])
    second = open_workspace(tmp_path / "second.sqlite")
    monkeypatch.setattr(unite, "BATCH", 500)
    mg.merge(second, [tmp_path / "a0.feltkart", *packages])
    assert state(fresh) == state(second) and state(fresh)["interviews"] == expected["interviews"]
    fresh.close()
    second.close()


def test_a_failure_while_writing_undoes_the_package_and_restores_the_settings(laptops, tmp_path, monkeypatch):
    import gc
    import threading

    a, b, c, interview = laptops
    for n in range(3):
        iv.create(a, "0301", f"2026-05-0{n + 1}")
    make_package(a, tmp_path / "a1.feltkart")
    before = state(b)
    monkeypatch.setattr(unite, "BATCH", 1)
    written = []
    original = unite._write_merged

    def write(store, batch):
        written.append(batch)
        if len(written) == 2:
            raise OSError("disk full")
        original(store, batch)

    monkeypatch.setattr(unite, "_write_merged", write)
    threads = threading.active_count()
    with pytest.raises(OSError):
        mg.merge(b, [tmp_path / "a1.feltkart"])
    assert len(written) == 2 and state(b) == before
    assert threading.active_count() == threads and gc.isenabled()
    assert b.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000


def test_a_package_with_nothing_new_leaves_no_backup(laptops, tmp_path):
    """The same package merged again changes nothing: no backup of the whole database is kept for it, and the
    report says nothing new came."""
    a, b, _c, known = laptops
    iv.set_answer(a, known, "notes", "Nytt fra A")
    make_package(a, tmp_path / "p.feltkart")
    first = mg.merge(b, [tmp_path / "p.feltkart"])
    assert first.backup is not None and first.backup.exists() and not first.merged_nothing_new
    backups = sorted(b.path.parent.glob("*before-merge*"))
    again = mg.merge(b, [tmp_path / "p.feltkart"])
    assert again.merged == [str(tmp_path / "p.feltkart")] and again.merged_nothing_new and again.backup is None
    assert sorted(b.path.parent.glob("*before-merge*")) == backups
