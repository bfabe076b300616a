"""Response rates (AAPOR, census of known units), progress over time and the non-response table, each checked
against a count made here from what the test did, not from the code's dispositions."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import interviews as iv
from core.analysis import response
from core.analysis.inference import wilson
from core.fieldwork import contacts, sample
from core.reference import registry
from tests.helpers import fill_required

# what happens to each municipality in the test, and the AAPOR disposition that means
PLAN = {
    "1826": ("complete", "I"), "1832": ("complete", "I"), "1804": ("draft", "P"), "0301": ("refused", "R"),
    "5601": ("no_answer_final", "NC"), "1820": ("not_contacted", "NC"), "1833": ("reached", "O"),
    "1806": ("not_eligible", "NE"), "4601": ("complete", "I"), "5001": ("postponed_final", "O"),
}


def _carry_out(store, plan):
    sample.make(store, "imported", sorted(plan))
    day = 2
    for number, (what, _d) in sorted(plan.items()):
        at = f"2026-03-0{min(day, 9)}T09:00"
        if what in ("complete", "draft"):
            interview = iv.create(store, number, f"2026-03-{day:02d}")
            if what == "complete":
                fill_required(store, interview, iv.schemes_for(store, interview))
                iv.complete(store, interview)
            day += 1
        elif what == "refused":
            contacts.add_attempt(store, number, at, "telefon", "refused", final=True)
        elif what == "no_answer_final":
            contacts.add_attempt(store, number, at, "telefon", "no_answer")
            contacts.add_attempt(store, number, at, "epost", "no_answer", final=True)
        elif what == "reached":
            contacts.add_attempt(store, number, at, "telefon", "reached")
        elif what == "not_eligible":
            contacts.add_attempt(store, number, at, "epost", "not_eligible", final=True)
        elif what == "postponed_final":
            contacts.add_attempt(store, number, at, "telefon", "postponed", final=True)


def _expected(plan, numbers):
    count = {d: 0 for d in ("I", "P", "R", "NC", "O", "NE")}
    for n in numbers:
        count[plan[n][1]] += 1
    e = count["I"] + count["P"] + count["R"] + count["NC"] + count["O"]
    c = count["I"] + count["P"] + count["R"] + count["O"]
    return count, {"RR1": count["I"] / e, "RR2": (count["I"] + count["P"]) / e, "COOP1": count["I"] / c,
                   "REF1": count["R"] / e, "CON1": c / e}


def test_the_rates_follow_aapor_for_known_units(configured_store):
    _carry_out(configured_store, PLAN)
    data = response.prepare(configured_store, today=date(2026, 3, 20))
    *_groups, total = response.rates(data, "class")
    count, expected = _expected(PLAN, PLAN)
    assert total.key == response.TOTAL and total.counts == response.Counts(**count)
    assert total.counts.sample == 10 and total.counts.eligible == 9
    for name, value in expected.items():
        assert total.counts.rate(name) == pytest.approx(value)


def test_the_rates_by_group_add_up_to_the_total(configured_store):
    _carry_out(configured_store, PLAN)
    sample.assign(configured_store, ["1826", "0301", "1804"], "Ola Hansen")
    data = response.prepare(configured_store)
    classes = {m.number: m.centrality_class for m in registry.municipalities(configured_store, 2024)}
    for by in response.GROUPINGS:
        groups = response.rates(data, by)
        assert sum(g.counts.sample for g in groups[:-1]) == groups[-1].counts.sample == 10
    by_class = {g.key: g.counts for g in response.rates(data, "class")[:-1]}
    for k, counts in by_class.items():
        assert counts == response.Counts(**_expected(PLAN, [n for n in PLAN if classes[n] == k])[0])
    coordinators = [(g.key, g.counts.sample) for g in response.rates(data, "coordinator")]
    assert coordinators == [("Ola Hansen", 3), ("", 7), (response.TOTAL, 10)]
    rural = {g.key: g.counts.sample for g in response.rates(data, "rural")}
    assert rural["rural"] == sum(classes[n] >= 5 for n in PLAN)


def test_a_group_without_eligible_municipalities_has_no_rate():
    empty = response.Counts(NE=2)
    assert all(empty.rate(name) is None for name in response.RATES) and empty.interval() is None


def test_the_wilson_interval():
    low, high = wilson(3, 12)
    assert round(low, 3) == 0.089 and round(high, 3) == 0.532  # as published for 3 of 12
    assert wilson(0, 5)[0] == 0.0 and wilson(5, 5)[1] == 1.0
    with pytest.raises(ValueError):
        wilson(6, 5)


@given(st.integers(0, 400), st.integers(1, 400))
def test_the_interval_holds_the_share(count, n):
    count = min(count, n)
    low, high = wilson(count, n)
    assert 0 <= low <= count / n <= high <= 1


def test_progress_counts_municipalities_by_their_first_complete_interview(configured_store):
    _carry_out(configured_store, PLAN)
    extra = iv.create(configured_store, "1826", "2026-03-30")  # a second interview: the same municipality
    fill_required(configured_store, extra, iv.schemes_for(configured_store, extra))
    iv.complete(configured_store, extra)
    data = response.prepare(configured_store)
    classes = {m.number: m.centrality_class for m in registry.municipalities(configured_store, 2024)}
    lines = {p.centrality_class: p for p in response.progress(data)}
    for k, line in lines.items():
        sampled = [n for n in PLAN if classes[n] == k and PLAN[n][1] != "NE"]
        assert line.sample == len(sampled)
        assert line.interviewed == sum(PLAN[n][1] == "I" for n in sampled)
        assert [c for _d, c in line.steps] == sorted(c for _d, c in line.steps)
    assert sum(p.interviewed for p in lines.values()) == 3


def test_the_nonresponse_table_sets_the_sample_beside_the_respondents(configured_store):
    _carry_out(configured_store, PLAN)
    table = response.nonresponse(response.prepare(configured_store))
    places = {m.number: m for m in registry.municipalities(configured_store, 2024)}
    eligible = [n for n in PLAN if PLAN[n][1] != "NE"]
    for dimension in ("class", "county", "population"):
        rows = [r for r in table if r.dimension == dimension]
        assert sum(r.sample for r in rows) == len(eligible) == 9
        assert sum(r.respondents for r in rows) == 3
    county = {r.key: (r.sample, r.respondents) for r in table if r.dimension == "county"}
    nordland = [n for n in eligible if places[n].county_number == "18"]
    assert county["18"] == (len(nordland), sum(PLAN[n][1] == "I" for n in nordland))
    oslo = next(r for r in table if r.dimension == "population" and r.key == 50_000)
    assert oslo.label == "50\u00a0000 +" and oslo.sample == sum(places[n].population >= 50_000 for n in eligible)


@pytest.mark.parametrize("population,lower,label", [(0, 0, "< 2\u00a0000"), (1999, 0, "< 2\u00a0000"),
                                                     (2000, 2000, "2\u00a0000–4\u00a0999"),
                                                     (709_000, 50_000, "50\u00a0000 +")])
def test_population_bands(population, lower, label):
    assert response.band(population) == lower and response.band_label(lower) == label
