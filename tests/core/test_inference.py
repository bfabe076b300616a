"""The statistics Feltkart writes itself (no SciPy in the bundle), compared with SciPy and statsmodels (test-only
dependencies) on many tables drawn by Hypothesis, edge cases included: 0 of n, n of n, n = 0, one-sided tables."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.analysis import inference

scipy_stats = pytest.importorskip("scipy.stats")
proportion = pytest.importorskip("statsmodels.stats.proportion")
multitest = pytest.importorskip("statsmodels.stats.multitest")


@st.composite
def share(draw, most=400):
    n = draw(st.integers(0, most))
    return draw(st.integers(0, n)), n


@given(share())
def test_wilson_is_statsmodels_wilson(pair):
    count, n = pair
    got = inference.wilson(count, n)
    if n == 0:
        assert got is None
        return
    low, high = proportion.proportion_confint(count, n, alpha=0.05, method="wilson")
    assert got == pytest.approx((max(low, 0.0), min(high, 1.0)), abs=1e-9)


@given(share(), share())
def test_newcombe_is_statsmodels_newcomb(first, second):
    (c1, n1), (c2, n2) = first, second
    got = inference.newcombe(c1, n1, c2, n2)
    if n1 == 0 or n2 == 0:
        assert got is None
        return
    low, high = proportion.confint_proportions_2indep(c1, n1, c2, n2, method="newcomb", compare="diff",
                                                      alpha=0.05)
    assert got == pytest.approx((c1 / n1 - c2 / n2, low, high), abs=1e-9)


@given(st.integers(0, 60), st.integers(0, 60), st.integers(0, 60), st.integers(0, 60))
def test_fisher_is_scipy_fisher_exact(a, b, c, d):
    expected = scipy_stats.fisher_exact([[a, b], [c, d]], alternative="two-sided").pvalue
    assert inference.fisher_exact(a, b, c, d) == pytest.approx(expected, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("table,p", [((3, 1, 1, 3), 0.4857142857142857), ((0, 0, 0, 0), 1.0), ((5, 0, 0, 5), 0.007936507936507936)])
def test_fisher_on_known_tables(table, p):
    assert inference.fisher_exact(*table) == pytest.approx(p, rel=1e-12)


@given(st.lists(st.one_of(st.none(), st.floats(0, 1)), max_size=12))
def test_holm_is_statsmodels_holm(p_values):
    got = inference.holm(p_values)
    present = [p for p in p_values if p is not None]
    assert [g is None for g in got] == [p is None for p in p_values]
    if present:
        expected = iter(multitest.multipletests(present, method="holm")[1])
        assert [g for g in got if g is not None] == pytest.approx(list(expected), abs=1e-12)


def _trend_by_hand(counts, totals, scores):
    """R's prop.trend.test: the slope of a weighted regression of the shares on the scores, as a chi-square."""
    big_n = sum(totals)
    p = sum(counts) / big_n
    mean = sum(n * t for n, t in zip(totals, scores)) / big_n
    sxx = sum(n * (t - mean) ** 2 for n, t in zip(totals, scores))
    sxy = sum(n * (t - mean) * (x / n - p) for x, n, t in zip(counts, totals, scores) if n)
    chisq = sxy ** 2 / sxx / (p * (1 - p))
    return chisq, scipy_stats.chi2.sf(chisq, 1)


@given(st.lists(share(80), min_size=2, max_size=6))
def test_cochran_armitage_is_the_trend_test(groups):
    counts, totals = [c for c, _n in groups], [n for _c, n in groups]
    scores = [float(k + 1) for k in range(len(groups))]
    got = inference.cochran_armitage(counts, totals)
    used = [(c, n, t) for c, n, t in zip(counts, totals, scores) if n]
    big_n, x = sum(n for _c, n, _t in used), sum(c for c, _n, _t in used)
    if not used or x in (0, big_n) or len({t for _c, _n, t in used}) < 2:
        assert got is None
        return
    chisq, p = _trend_by_hand(*zip(*used))
    z, p_got = got
    assert z * z == pytest.approx(chisq, rel=1e-9) and p_got == pytest.approx(p, rel=1e-7, abs=1e-14)


def test_cochran_armitage_on_a_published_example():
    # R: prop.trend.test(c(83, 90, 129, 70), c(86, 93, 136, 82)) gives X-squared = 8.2249, p-value = 0.004132
    z, p = inference.cochran_armitage([83, 90, 129, 70], [86, 93, 136, 82])
    assert round(z * z, 4) == 8.2249 and round(p, 6) == 0.004132 and z < 0  # falling with the score


def test_the_edges():
    assert inference.wilson(0, 7)[0] == 0.0 and inference.wilson(7, 7)[1] == 1.0
    assert inference.newcombe(0, 5, 0, 5)[0] == 0.0
    assert inference.fisher_exact(0, 5, 0, 5) == 1.0
    assert inference.holm([]) == [] and inference.holm([None]) == [None]
    assert inference.cochran_armitage([0, 0], [5, 5]) is None and inference.cochran_armitage([1], [2]) is None
    with pytest.raises(ValueError):
        inference.wilson(3, 2)
    assert not math.isnan(inference.fisher_exact(60, 0, 0, 60))
