"""core/analysis/compare.py: rural against central and the trend across classes, recomputed independently with
SciPy and statsmodels (test-only dependencies) on municipalities drawn by Hypothesis."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.analysis import compare, stats
from core.analysis.stats import Cell, Municipality, Stats, StatsFilter
from core.reference.registry import RuralDefinition

scipy_stats = pytest.importorskip("scipy.stats")
multitest = pytest.importorskip("statsmodels.stats.multitest")
proportion = pytest.importorskip("statsmodels.stats.proportion")

SCHEMES = ["a", "b", "c"]


@st.composite
def municipality(draw, number: int):
    aware = {s for s in SCHEMES if draw(st.booleans())}
    applied = {s for s in aware if draw(st.booleans())}
    took = {s for s in applied if draw(st.booleans())}
    benefit = {s: draw(st.sampled_from([1, 2, 3, 4, 5, "vet_ikke"])) for s in took if draw(st.booleans())}
    return Municipality(f"{number:04d}", f"K{number}", "18", draw(st.integers(1, 6)), 1, aware, applied, took,
                        benefit, {b for b in ("x", "y") if draw(st.booleans())})


@st.composite
def study(draw):
    count = draw(st.integers(0, 40))
    members = [draw(municipality(k)) for k in range(count)]
    return Stats(StatsFilter(), RuralDefinition.DISTRIKTSSENTERET, 2024, SCHEMES, members, count)


def by_hand(members, scheme, measure) -> tuple[int, int]:
    """count, n of one measure in one group, straight from the definitions."""
    if measure == "aware":
        return sum(scheme in m.aware for m in members), len(members)
    if measure == "applied_of_aware":
        aware = [m for m in members if scheme in m.aware]
        return sum(scheme in m.applied for m in aware), len(aware)
    if measure == "took_part_of_applied":
        applied = [m for m in members if scheme in m.applied]
        return sum(scheme in m.took_part for m in applied), len(applied)
    if measure == "took_part":
        return sum(scheme in m.took_part for m in members), len(members)
    scores = [m.benefit[scheme] for m in members if m.benefit.get(scheme) in (1, 2, 3, 4, 5)]
    return sum(v >= 4 for v in scores), len(scores)


@settings(max_examples=30, deadline=None)
@given(study())
def test_rural_against_central_is_fisher_newcombe_and_holm(s):
    rural = [m for m in s.municipalities if m.centrality_class >= 5]
    central = [m for m in s.municipalities if m.centrality_class < 5]
    found = compare.differences(s, ["x", "y"])
    for measure in compare.SCHEME_MEASURES:
        family = compare.by_item(found, measure)
        assert list(family) == SCHEMES
        raw_p = []
        for scheme in SCHEMES:
            d = family[scheme]
            (a, n1), (c, n2) = by_hand(rural, scheme, measure), by_hand(central, scheme, measure)
            assert (d.rural, d.central) == (Cell(a, n1), Cell(c, n2))
            if n1 and n2:
                assert d.p == pytest.approx(scipy_stats.fisher_exact([[a, n1 - a], [c, n2 - c]]).pvalue, rel=1e-6)
                low, high = proportion.confint_proportions_2indep(a, n1, c, n2, method="newcomb")
                assert d.difference == pytest.approx((a / n1 - c / n2, low, high), abs=1e-9)
            else:
                assert d.p is None and d.difference is None and not d.marked
            raw_p.append(d.p)
        tested = [p for p in raw_p if p is not None]
        if tested:
            expected = iter(multitest.multipletests(tested, method="holm")[1])
            for scheme, p in zip(SCHEMES, raw_p):
                if p is not None:
                    assert family[scheme].p_holm == pytest.approx(next(expected), rel=1e-9)
        for d in family.values():  # marked: adjusted p below 0.05 and neither group small
            assert d.marked == (d.p_holm is not None and d.p_holm < 0.05 and min(d.rural.n, d.central.n) >= stats.LOW_N)
    barriers = compare.by_item(found, "barrier")
    assert barriers["x"].rural == Cell(sum("x" in m.barriers for m in rural), len(rural))


@settings(max_examples=40, deadline=None)
@given(study())
def test_trend_across_the_classes(s):
    found = compare.trends(s)
    for measure in compare.SCHEME_MEASURES:
        family = compare.by_item(found, measure)
        for scheme in SCHEMES:
            t = family[scheme]
            cells = [Cell(*by_hand([m for m in s.municipalities if m.centrality_class == k], scheme, measure))
                     for k in range(1, 7)]
            assert list(t.cells) == cells
            # the trend test is the chi-square for trend: z squared, as in statsmodels' and R's tests
            present = [(c.count, c.n, k) for k, c in zip(range(1, 7), cells) if c.n]
            total = sum(n for _, n, _ in present)
            share = sum(x for x, _, _ in present) / total if total else 0
            if t.z is None:
                assert share in (0, 1) or len({k for _, _, k in present}) < 2
            else:
                table = [[x, n - x] for x, n, _ in present]
                scores = [k for _, _, k in present]
                expected = _trend_chi2(table, scores)
                assert t.z ** 2 == pytest.approx(expected, rel=1e-7)
                assert t.p == pytest.approx(scipy_stats.chi2.sf(expected, 1), rel=1e-6, abs=1e-300)


def _trend_chi2(table, scores):
    """The Cochran-Armitage chi-square as R's prop.trend.test computes it (a weighted linear regression)."""
    import numpy as np

    x = np.array([r[0] for r in table], float)
    n = np.array([r[0] + r[1] for r in table], float)
    score = np.array(scores, float)
    p = x.sum() / n.sum()
    w = n / (p * (1 - p))
    y = x / n
    sb = np.sum(w * (score - np.average(score, weights=w)) * (y - np.average(y, weights=w)))
    sxx = np.sum(w * (score - np.average(score, weights=w)) ** 2)
    return sb ** 2 / sxx


def test_a_clear_gap_is_marked_and_a_small_group_never():
    """20 rural municipalities of which 2 took part against 20 central of which 16: marked; the same shares in
    groups of 4 and 5: not marked, whatever the p-value."""
    def people(count, took, klass, start):
        return [Municipality(f"{start + k:04d}", "K", "18", klass, 1, {"a"}, {"a"}, {"a"} if k < took else set())
                for k in range(count)]

    big = Stats(StatsFilter(), RuralDefinition.DISTRIKTSSENTERET, 2024, ["a"],
                people(20, 2, 6, 0) + people(20, 16, 1, 100), 40)
    d = compare.by_item(compare.differences(big), "took_part")["a"]
    assert d.marked and d.difference[0] == pytest.approx(-0.7) and d.difference[2] < 0
    t = compare.by_item(compare.trends(big), "took_part")["a"]
    assert t.marked and t.z < 0  # participation falls as the class rises
    small = Stats(StatsFilter(), RuralDefinition.DISTRIKTSSENTERET, 2024, ["a"],
                  people(4, 0, 6, 0) + people(40, 40, 1, 100), 44)
    d = compare.by_item(compare.differences(small), "took_part")["a"]
    assert d.p_holm < 0.05 and d.low_n and not d.marked


def test_a_difference_rounded_to_nothing_reads_0_not_minus_0():
    from core.render.tables import points

    assert points(-0.004) == "0" and points(0.004) == "0" and points(-0.12) == "-12" and points(0.5) == "50"
