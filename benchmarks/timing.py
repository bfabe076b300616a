"""What the benchmark scripts share: timing a function several times and printing the result beside its
target."""

from __future__ import annotations

import statistics
import time


def timed(fn, repeat: int) -> list[float]:
    """The milliseconds of ``repeat`` calls of ``fn``."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def report(name: str, ms: list[float], target: float, p95: bool = False, width: int = 44) -> None:
    """One line: the median (or the 95th percentile), the spread and whether it meets ``target``."""
    value = sorted(ms)[max(int(len(ms) * 0.95) - 1, 0)] if p95 else statistics.median(ms)
    label = "p95" if p95 else "median"
    verdict = "ok" if value < target else "OVER"
    print(f"  {name:{width}s} {label} {value:7.1f} ms  (min {min(ms):.1f}, max {max(ms):.1f}; target < {target:g} ms) "
          f"{verdict}")
