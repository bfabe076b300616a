"""How sure a share is: the Wilson score interval, which stays inside 0-1 and is honest for small groups and for
shares near 0 or 1 (where the usual p ± 1.96·se is not)."""

from __future__ import annotations

from math import sqrt

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
