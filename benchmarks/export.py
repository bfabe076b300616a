"""XLSX, CSV and PDF export of 10 000 interviews (made by the demo generator).

    uv run python benchmarks/export.py [--interviews 10000] [--db PATH] [--runs 3]

Times (median of --runs) of the whole export as the command and the dialog run it: reading every table from the
database and writing the file. Target for XLSX: under 10 s. Results go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    from interviews import benchmark_store

    from core import export as ex
    from core.analysis import stats
    from core.render import report

    store = benchmark_store(args.db, args.interviews)
    out = Path(tempfile.mkdtemp(prefix="feltkart-export-"))
    results: dict[str, list[float]] = {"xlsx": [], "csv-excel": [], "pdf": []}
    for _ in range(args.runs):
        for fmt in results:
            start = time.perf_counter()
            if fmt == "pdf":
                report.write_pdf(store, stats.StatsFilter(), out / "r.pdf")
            else:
                data, _paths = ex.export(store, fmt, out / ("d.xlsx" if fmt == "xlsx" else "csv"))
            results[fmt].append(time.perf_counter() - start)
    sizes = {"xlsx": (out / "d.xlsx").stat().st_size, "pdf": (out / "r.pdf").stat().st_size,
             "csv-excel": sum(p.stat().st_size for p in (out / "csv").iterdir())}
    print(f"{data.interviews} interviews, {len(data.tables['ordninger'].rows)} interview x scheme rows; "
          f"median of {args.runs} runs")
    for fmt, times in results.items():
        target = " (target < 10 s)" if fmt == "xlsx" else ""
        print(f"  {fmt:10s} {statistics.median(times):6.1f} s  (min {min(times):.1f}){target}  "
              f"{sizes[fmt] / 1e6:.1f} MB")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
