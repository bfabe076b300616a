"""Interviews: create, autosave, history, complete, reopen, trash, duplicates, search, guide versions."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import interviews as iv
from core.base.errors import ValidationError
from core.base.resources import resource_path
from core.reference import guide_library
from tests import logs
from tests.helpers import fill_required

SAMI = "á č đ ŋ š ŧ ž Á Č Đ Ŋ Š Ŧ Ž"


def test_create_sets_municipality_date_and_draft(configured_store):
    i = iv.create(configured_store, "1826", "2026-03-02")
    got = iv.get(configured_store, i)
    assert got.summary.municipality_name == "Aarborte - Hattfjelldal"
    assert got.summary.county_name == "Nordland" and got.summary.centrality_class == 6
    assert got.summary.status == "draft" and got.summary.coordinator == "Kari Nordmann"
    assert got.value("interview_date") == "2026-03-02"
    assert (got.guide_id, got.guide_version) == ("distrikt-ordninger", 1)


def test_create_refuses_unknown_municipality_and_impossible_date(configured_store):
    with pytest.raises(ValidationError) as info:
        iv.create(configured_store, "9999", "2026-03-02")
    assert info.value.errors == {"municipality": "not_in_registry"}
    with pytest.raises(ValidationError) as info:
        iv.create(configured_store, "1826", "2026-02-30")
    assert info.value.errors == {"interview_date": "not_a_date"}
    assert iv.list_interviews(configured_store) == []


def test_history_records_every_change_with_old_and_new(configured_store):
    i = iv.create(configured_store, "1826", "2026-03-02")
    assert iv.set_answer(configured_store, i, "capacity", 2)
    assert not iv.set_answer(configured_store, i, "capacity", 2)  # unchanged: no new change
    assert iv.set_answer(configured_store, i, "capacity", 4)
    assert iv.set_answer(configured_store, i, "capacity", None)
    entries = [(h.field, h.old, h.new) for h in iv.history(configured_store, i) if h.field == "capacity"]
    assert entries == [("capacity", None, 2), ("capacity", 2, 4), ("capacity", 4, None)]
    h = iv.history(configured_store, i)[-1]
    assert h.coordinator == "Kari Nordmann" and h.device_id == configured_store.device_id
    assert iv.get(configured_store, i).value("capacity") is None


def test_invalid_answers_are_refused_and_nothing_is_written(configured_store):
    i = iv.create(configured_store, "1826", "2026-03-02")
    before = len(iv.history(configured_store, i))
    for field, value in (("dev_fte", -2), ("applied_year", 2017.5), ("network_name", "x" * 201), ("form", "brev")):
        with pytest.raises(ValidationError):
            iv.set_answer(configured_store, i, field, value, scheme="digifin" if field == "applied_year" else "")
    with pytest.raises(ValidationError):
        iv.set_answer(configured_store, i, "aware", "kjenner_til")  # a per-scheme question needs its scheme
    assert len(iv.history(configured_store, i)) == before


def test_complete_lists_problems_then_succeeds(configured_store):
    i = iv.create(configured_store, "1826", "2026-03-02")
    with pytest.raises(iv.IncompleteError) as info:
        iv.complete(configured_store, i)
    assert info.value.problems[("form", "")] == "required"
    assert info.value.problems[("aware", "digifin")] == "required"
    fill_required(configured_store, i, iv.schemes_for(configured_store, i))
    iv.complete(configured_store, i)
    assert iv.get(configured_store, i).summary.status == "complete"


def test_reopen_needs_a_reason_that_history_keeps(configured_store):
    i = iv.create(configured_store, "1826", "2026-03-02")
    fill_required(configured_store, i, iv.schemes_for(configured_store, i))
    iv.complete(configured_store, i)
    with pytest.raises(iv.ReasonRequiredError):
        iv.reopen(configured_store, i, "  ")
    iv.reopen(configured_store, i, "Ordføreren ringte med en rettelse")
    assert iv.get(configured_store, i).summary.status == "draft"
    last = iv.history(configured_store, i)[-1]
    assert (last.field, last.old, last.new, last.reason) == ("_status", "complete", "draft", "Ordføreren ringte med en rettelse")


def test_trash_and_restore(configured_store):
    i = iv.create(configured_store, "1826", "2026-03-02")
    iv.delete(configured_store, i)
    assert [s.id for s in iv.list_interviews(configured_store)] == []
    assert [s.id for s in iv.list_interviews(configured_store, trash=True)] == [i]
    iv.restore(configured_store, i)
    assert [s.id for s in iv.list_interviews(configured_store)] == [i]
    assert len(logs.changes(configured_store.conn, i)) >= 5


def test_duplicate_guard_finds_same_municipality_and_date(configured_store):
    first = iv.create(configured_store, "1826", "2026-03-02")
    iv.create(configured_store, "1826", "2026-03-03")
    assert [s.id for s in iv.same_municipality_and_date(configured_store, "1826", "2026-03-02")] == [first]
    assert iv.same_municipality_and_date(configured_store, "1826", "2026-03-02", exclude=first) == []
    iv.delete(configured_store, first)
    assert iv.same_municipality_and_date(configured_store, "1826", "2026-03-02") == []


def test_search_notes_quotes_and_comments(configured_store):
    a = iv.create(configured_store, "1826", "2026-03-02")
    b = iv.create(configured_store, "5610", "2026-03-04")
    iv.set_answer(configured_store, a, "notes", "Rådmannen savner kapasitet til søknadsskriving")
    iv.set_answer(configured_store, b, "scheme_comment", "Stor nytte av prosjektskjønn", scheme="prosjektskjonn")
    iv.set_answer(configured_store, b, "quotes", f"«Vi er få», sa Áile Ŋuolla – {SAMI}")
    assert iv.search(configured_store, "kapasitet") == {a}
    assert iv.search(configured_store, "radmannen") == {a}  # accents ignored
    assert iv.search(configured_store, "prosjektskj") == {b}  # prefix
    assert iv.search(configured_store, "nytte prosjekt") == {b}  # every word
    assert iv.search(configured_store, "ŊUOLLA") == {b}  # Sami letters, any case
    assert iv.search(configured_store, "aile") == {b}
    iv.set_answer(configured_store, a, "notes", "endret")
    assert iv.search(configured_store, "kapasitet") == set()  # the index follows the answer
    assert iv.search(configured_store, '"; DROP') == set()


def test_a_pasted_100000_character_note_is_saved_and_found(configured_store):
    i = iv.create(configured_store, "1826", "2026-03-02")
    text = ("Lang tekst om innovasjon. " * 4000)[:100_000]
    assert len(text) == 100_000
    iv.set_answer(configured_store, i, "notes", text)
    assert iv.get(configured_store, i).value("notes") == text
    assert iv.search(configured_store, "innovasjon") == {i}


def test_a_new_guide_version_leaves_old_interviews_alone(configured_store, tmp_path):
    old = iv.create(configured_store, "1826", "2026-03-02")
    iv.set_answer(configured_store, old, "network_name", "DigiNord")
    v1 = resource_path("guides", "distrikt_ordninger_v1.toml").read_text(encoding="utf-8")
    v2 = v1.replace("version = 1", "version = 2", 1).replace('name = "network_name"', 'name = "network_which"')
    (tmp_path / "v2.toml").write_text(v2, encoding="utf-8")
    report = guide_library.sync(configured_store, tmp_path)
    assert report.added == [("distrikt-ordninger", 2)] and report.errors == []
    assert guide_library.current(configured_store).version == 2
    new = iv.create(configured_store, "1826", "2026-04-02")
    assert iv.get(configured_store, new).guide_version == 2
    assert iv.get(configured_store, old).guide_version == 1
    assert iv.get(configured_store, old).value("network_name") == "DigiNord"
    iv.set_answer(configured_store, old, "network_name", "DigiNord 2")  # still answered with its own guide
    with pytest.raises(ValidationError):
        iv.set_answer(configured_store, new, "network_name", "x")
    iv.set_answer(configured_store, new, "network_which", "Digi Vestland")


def test_a_faulty_guide_file_is_reported_and_the_last_good_one_stays(configured_store, tmp_path):
    v1 = resource_path("guides", "distrikt_ordninger_v1.toml").read_text(encoding="utf-8")
    bad = v1.replace("version = 1", "version = 3", 1).replace('type = "likert5"', 'type = "likert9"', 1)
    (tmp_path / "revidert.toml").write_text(bad, encoding="utf-8")
    changed = v1.replace("Dato", "Dato for møtet", 1)
    (tmp_path / "endret_v1.toml").write_text(changed, encoding="utf-8")
    report = guide_library.sync(configured_store, tmp_path)
    messages = sorted(str(e) for e in report.errors)
    assert len(messages) == 2
    assert any(m.startswith("revidert.toml, line ") and "likert9" in m for m in messages)
    assert any(m.startswith("endret_v1.toml") and "new version number" in m for m in messages)
    assert guide_library.current(configured_store).version == 1


answer_values = st.one_of(
    st.tuples(st.just("notes"), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)),
    st.tuples(st.just("network_name"), st.text(alphabet=SAMI + "abcæøå 🏔️«»'\"\\", max_size=200)),
    st.tuples(st.just("dev_fte"), st.floats(min_value=0, max_value=10000, allow_nan=False)),
    st.tuples(st.just("capacity"), st.sampled_from([1, 2, 3, 4, 5, "vet_ikke"])),
    st.tuples(st.just("barriers"), st.lists(st.sampled_from(["kapasitet", "egenandel", "frister", "annet"]), unique=True, min_size=1)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(answer_values, min_size=1, max_size=8))
def test_answers_round_trip_through_the_store(configured_store, values):
    i = iv.create(configured_store, "1826", "2026-03-02")
    expected = {}
    for field, value in values:
        iv.set_answer(configured_store, i, field, value)
        expected[field] = None if value in ("", []) else value
    got = iv.get(configured_store, i)
    for field, value in expected.items():
        assert got.value(field) == value
        assert json.loads(json.dumps(got.value(field))) == value


def test_sami_letters_and_emoji_survive_in_every_text_field(configured_store):
    guide = guide_library.current(configured_store)
    text = f"{SAMI} – 🏔️🧭 «Áile» 𝄞"
    i = iv.create(configured_store, "5610", "2026-03-02")
    fields = [q for q in guide.questions() if q.type in ("text", "long_text")]
    assert {q.name for q in fields} >= {"network_name", "scheme_comment", "barrier_other", "measures_text", "notes", "quotes"}
    for q in fields:
        iv.set_answer(configured_store, i, q.name, text, scheme="ipo" if q.per_scheme else "")
    iv.set_answer(configured_store, i, "informants", [{"role": "annet", "name": text, "contact": text}])
    got = iv.get(configured_store, i)
    for q in fields:
        assert got.value(q.name, "ipo" if q.per_scheme else "") == text
    assert got.value("informants")[0]["name"] == text


def test_core_refuses_edits_to_complete_interviews_and_bad_scheme_answers(configured_store):
    from core.reference import schemes
    from core.reference.schemes import SchemeDraft

    i = iv.create(configured_store, "1826", "2026-03-02")
    with pytest.raises(ValidationError) as info:
        iv.set_answers(configured_store, i, [("aware", "", "kjenner_til")])
    assert info.value.errors == {"aware": "scheme_mismatch"}
    with pytest.raises(ValidationError) as info:
        iv.set_answers(configured_store, i, [("municipality", "", "9999")])
    assert info.value.errors == {"municipality": "not_in_registry"}
    schemes.add(configured_store, SchemeDraft("kortlevd", "Kort", "Short", "KDD", 2024))
    schemes.delete(configured_store, "kortlevd")
    with pytest.raises(ValidationError) as info:
        iv.set_answer(configured_store, i, "aware", "kjenner_til", scheme="kortlevd")
    assert info.value.errors == {"aware": "unknown_scheme"}
    with pytest.raises(ValidationError) as info:
        iv.set_answer(configured_store, i, "dev_fte", float("nan"))
    assert info.value.errors == {"dev_fte": "not_a_number"}
    fill_required(configured_store, i, iv.schemes_for(configured_store, i))
    iv.complete(configured_store, i)
    with pytest.raises(iv.InterviewCompleteError):
        iv.set_answer(configured_store, i, "notes", "endret etter fullføring")
    assert iv.get(configured_store, i).value("notes") is None
