"""How sure a finding is, without SciPy: the Wilson interval of a share, Newcombe's interval of the difference of
two shares, Fisher's exact test of a 2x2 table, Holm's adjustment of several p-values, and the Cochran-Armitage
test for a trend across ordered groups (the six centrality classes). Each is a few lines of arithmetic; the
tests compare them with SciPy and statsmodels on many tables."""

from __future__ import annotations

from math import erfc, exp, lgamma, sqrt

Z95 = 1.959963984540054  # the 97.5th percentile of the standard normal


def wilson(count: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The 95 % Wilson score interval (low, high) for ``count`` of ``n``; None when ``n`` is 0."""
    if n <= 0:
        return None
    if not 0 <= count <= n:
        raise ValueError(f"{count} of {n}")
    p = count / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    # exact at the ends (rounding would leave 1 of 1 just short of its own share)
    low = 0.0 if count == 0 else max(0.0, min(p, centre - half))
    high = 1.0 if count == n else min(1.0, max(p, centre + half))
    return low, high


def newcombe(count1: int, n1: int, count2: int, n2: int, z: float = Z95) -> tuple[float, float, float] | None:
    """The difference of two shares, count1/n1 - count2/n2, with its 95 % interval by Newcombe's hybrid score
    method (his method 10, from the two Wilson intervals); None when a group is empty."""
    first, second = wilson(count1, n1, z), wilson(count2, n2, z)
    if first is None or second is None:
        return None
    p1, p2 = count1 / n1, count2 / n2
    (l1, u1), (l2, u2) = first, second
    d = p1 - p2
    return d, d - sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def _log_choose(n: int, k: int) -> float:
    return lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1)


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """The two-sided p-value of Fisher's exact test of the table [[a, b], [c, d]]: the probability, given the
    margins, of a table as likely as the one seen or less (with SciPy's relative tolerance 1e-7)."""
    if min(a, b, c, d) < 0:
        raise ValueError((a, b, c, d))
    row1, col1, n = a + b, a + c, a + b + c + d
    low, high = max(0, col1 - (n - row1)), min(row1, col1)
    if low == high:
        return 1.0
    base = _log_choose(n, col1)

    def prob(x: int) -> float:
        return exp(_log_choose(row1, x) + _log_choose(n - row1, col1 - x) - base)

    seen = prob(a)
    total = sum(p for x in range(low, high + 1) if (p := prob(x)) <= seen * (1 + 1e-7))
    return min(1.0, total)


def holm(p_values: list[float | None]) -> list[float | None]:
    """Holm's step-down adjustment of a family of p-values (None: no test, left out of the family)."""
    present = sorted((p, i) for i, p in enumerate(p_values) if p is not None)
    m = len(present)
    adjusted: list[float | None] = [None] * len(p_values)
    running = 0.0
    for k, (p, i) in enumerate(present):
        running = max(running, min(1.0, (m - k) * p))
        adjusted[i] = running
    return adjusted


def cochran_armitage(counts: list[int], totals: list[int], scores: list[float] | None = None
                     ) -> tuple[float, float] | None:
    """The Cochran-Armitage test for a linear trend in the shares counts[i]/totals[i] across ordered groups
    (scores 1, 2, ... unless given): (z, two-sided p), z > 0 when the share rises with the score (as R's
    prop.trend.test, whose chi-square is z squared). None when it cannot be computed (no variation)."""
    scores = scores or [float(k + 1) for k in range(len(counts))]
    groups = [(x, n, t) for x, n, t in zip(counts, totals, scores) if n > 0]
    big_n = sum(n for _x, n, _t in groups)
    if big_n == 0:
        return None
    p = sum(x for x, _n, _t in groups) / big_n
    mean = sum(n * t for _x, n, t in groups) / big_n
    spread = sum(n * (t - mean) ** 2 for _x, n, t in groups)
    if p in (0.0, 1.0) or spread == 0:
        return None
    z = sum(t * (x - n * p) for x, n, t in groups) / sqrt(p * (1 - p) * spread)
    return z, erfc(abs(z) / sqrt(2))
