"""Interview list, filter, text search and autosave with 10 000 interviews (made by the demo generator).

    uv run python benchmarks/interviews.py [--interviews 10000] [--db PATH]

The database is made once (``--db`` keeps it for later runs). Targets: fill the list < 200 ms, a filter and
a text search < 50 ms, autosave p95 < 20 ms. Results go in docs/benchmarks.md. With FELTKART_PASSPHRASE set,
the database is an encrypted one (made encrypted the first time).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.timing import report, timed  # noqa: E402 (after the path is set)


def benchmark_store(db: Path | None, interviews: int):
    """The benchmark database at ``db`` (a scratch file when None), filled with demo interviews the first time."""
    from core import demo
    from core import interviews as iv
    from core.reference import study
    from core.workspace import open_workspace

    db = db or Path(tempfile.mkdtemp(prefix="feltkart-bench-")) / "bench.sqlite"
    store = open_workspace(db, passphrase=os.environ.get("FELTKART_PASSPHRASE") or None)
    if not iv.list_interviews(store):
        study.save(store, study.load(store).with_changes(study_name="Benchmark", coordinator_name="Benchmark"))
        start = time.perf_counter()
        demo.make_demo(store, interviews=interviews, seed=10)
        print(f"demo data: {interviews} interviews in {time.perf_counter() - start:.1f} s ({db})")
    return store


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args(argv)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from core import interviews as iv
    from core.reference import study
    from ui.models.interview_model import COL_DATE, InterviewFilterProxy, InterviewTableModel

    app = QApplication([])  # noqa: F841 (models need it)
    store = benchmark_store(args.db, args.interviews)
    n = len(iv.list_interviews(store))
    print(f"{n} interviews in the list, {store.conn.execute('SELECT count(*) FROM interview_logs').fetchone()[0]} change logs")

    model = InterviewTableModel()
    proxy = InterviewFilterProxy(study.load(store).rural_definition.classes)
    proxy.setSourceModel(model)
    proxy.sort(COL_DATE, Qt.SortOrder.DescendingOrder)

    def fill():
        model.set_rows(iv.list_interviews(store))
        proxy.rowCount()

    report("fill the list (query + model)", timed(fill, 7), 200)
    counties = ["18", "56", "46", "34", "03", "15", "42"]
    it = iter(counties * 3)
    report("filter by county", timed(lambda: proxy.set_filter(county=next(it)) or proxy.rowCount(), 7), 50)
    proxy.set_filter(county=None)
    combos = iter([dict(status="draft", rural=True), dict(status=None, rural=False), dict(rural=None, centrality_class=6),
                   dict(centrality_class=None, coordinator="Aslak Somby"), dict(coordinator=None, status="complete")] * 2)
    report("filter status/class/rural/coordinator", timed(lambda: proxy.set_filter(**next(combos)) or proxy.rowCount(), 7), 50)
    proxy.set_filter(status=None, rural=None, centrality_class=None, coordinator=None)
    words = iter(["kapasitet", "kaffekoppen", "egenandel", "statsforvalteren", "søknadsfrist", "velferdsteknologi", "prosjektskjønn"] * 2)

    def search():
        proxy.set_filter(ids=iv.search(store, next(words)))
        proxy.rowCount()

    report("text search (FTS5 + filter)", timed(search, 7), 50)
    proxy.set_filter(ids=None)

    interview_id = iv.create(store, "1826", "2026-11-20")
    fields = ["notes", "quotes", "measures_text", "network_name"]
    samples = []
    for k in range(300):
        field = fields[k % len(fields)]
        value = f"Autosave {k}: kommunen har lite kapasitet – á č đ ŋ š ŧ ž"
        start = time.perf_counter()
        iv.set_answer(store, interview_id, field, value)
        samples.append((time.perf_counter() - start) * 1000)
    report("autosave one answer", samples[10:], 20, p95=True)
    # answers the statistics count also rewrite the interview's row in interview_stats
    counted = [("aware", "digifin", ["kjenner_til", "kjenner_godt"]), ("applied", "digifin", ["ja", "nei"]),
               ("benefit", "digifin", [2, 4]), ("barriers", "", [["kapasitet"], ["kapasitet", "frister"]])]
    iv.set_answer(store, interview_id, "took_part", "ja", scheme="digifin")
    samples = []
    for k in range(300):
        field, scheme, values = counted[k % len(counted)]
        start = time.perf_counter()
        iv.set_answer(store, interview_id, field, values[(k // len(counted)) % 2], scheme=scheme)
        samples.append((time.perf_counter() - start) * 1000)
    report("autosave a counted answer", samples[10:], 20, p95=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
