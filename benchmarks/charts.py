"""Statistics and charts with 10 000 interviews (made by the demo generator).

    uv run python benchmarks/charts.py [--interviews 10000] [--db PATH] [--runs 7]

Times (median of --runs): computing every table behind the charts from the database, with the comparisons
(rural against central with Fisher's test and Newcombe's interval, the trend across the classes), on the reader
connection the charts view uses (target < 300 ms); building and drawing all the charts with their intervals and
markers with matplotlib's Agg
renderer at the size of the charts view on a 1366x768 screen, 8 x 5.5 inches at 100 dpi (target < 1 s).
Results go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    import matplotlib

    matplotlib.use("Agg")
    from interviews import benchmark_store
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from core.analysis import chartdata, stats
    from core.render import charts
    from core.render import tables as worded

    store = benchmark_store(args.db, args.interviews)
    reader = store.reader()
    f = stats.StatsFilter()

    def tables(f=f):
        data = chartdata.prepare(reader, f)
        for kind in chartdata.KINDS:  # the numbers and the comparisons of every chart, as the Tall tab shows them
            worded.table(kind, data)
            worded.comparisons(kind, data)
        chartdata.data_tables(data)  # and as main.py stats writes them: forskjell, trend, conditional
        return data

    data = tables()  # warm: the view's reader keeps its page cache between refreshes
    table_ms = []
    for _ in range(args.runs):
        start = time.perf_counter()
        tables()
        table_ms.append((time.perf_counter() - start) * 1000)

    other = stats.StatsFilter(rule="latest", by_class=True)  # the other counting rule, the six classes
    tables(other)
    other_ms = []
    for _ in range(args.runs):
        start = time.perf_counter()
        tables(other)
        other_ms.append((time.perf_counter() - start) * 1000)

    chart_ms: dict[str, list[float]] = {kind: [] for kind in chartdata.KINDS}
    for run in range(args.runs + 1):
        for kind in chartdata.KINDS:
            start = time.perf_counter()
            fig = charts.figure(kind, data)
            fig.set_size_inches(8, 5.5)
            fig.set_dpi(100)
            with charts.drawing():  # as the window's canvas draws
                FigureCanvasAgg(fig).draw()
            if run:  # the first round loads fonts: not counted
                chart_ms[kind].append((time.perf_counter() - start) * 1000)
    reader.close()
    store.close()

    st = data.stats
    print(f"{st.interviews} interviews in {len(st.municipalities)} municipalities; median of {args.runs} runs")
    t = statistics.median(table_ms)
    print(f"  all tables                     {t:7.0f} ms  (min {min(table_ms):.0f}; target < 300 ms) "
          f"{'ok' if t < 300 else 'OVER'}")
    t = statistics.median(other_ms)
    print(f"  all tables, latest only, classes {t:5.0f} ms  (min {min(other_ms):.0f}; target < 300 ms) "
          f"{'ok' if t < 300 else 'OVER'}")
    total = 0.0
    for kind, ms in chart_ms.items():
        total += statistics.median(ms)
        print(f"  chart {kind:24s} {statistics.median(ms):7.0f} ms  (min {min(ms):.0f})")
    print(f"  all {len(chart_ms)} charts                 {total:7.0f} ms  (target < 1000 ms) "
          f"{'ok' if total < 1000 else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
