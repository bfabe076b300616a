"""The quotes and themes with 10 000 interviews (made by the demo generator, some 20 000 quotes and notes):
listing every quote, filtering and searching it, marking a passage, and the REFI-QDA export.

    uv run python benchmarks/quotes.py [--interviews 10000] [--db PATH]

Targets (issue 21): the view filled < 200 ms, a filter or a search < 50 ms, marking a passage p95 < 20 ms, the
``.qdpx`` export < 5 s. The core's list and filters first, then the Sitater view itself (which shows the newest
interviews' quotes at once and reads the rest in the background). Results go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.interviews import benchmark_store  # noqa: E402 (after the path is set)
from benchmarks.timing import report, timed  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args(argv)
    from core.export.qdpx import write_qdpx
    from core.interviews import passages, quotes, themes

    store = benchmark_store(args.db, args.interviews)
    listed = quotes.list_quotes(store)
    marked = store.conn.execute("SELECT count(*) FROM passages").fetchone()[0]
    print(f"{len(listed)} quotes and notes, {marked} marked passages, {len(themes.list_themes(store))} themes")
    report("list every quote", timed(lambda: quotes.list_quotes(store), 7), 200)
    top = themes.list_themes(store)[0].id
    filters = iter([quotes.QuoteFilter(rural=True), quotes.QuoteFilter(county="18", kind="quote"),
                    quotes.QuoteFilter(centrality_class=6, role="ordforer"),
                    quotes.QuoteFilter(theme_ids=themes.with_subthemes(store, top)),
                    quotes.QuoteFilter(coordinator="Aslak Somby", date_from="2026-05-01"),
                    quotes.QuoteFilter(review=True), quotes.QuoteFilter(unthemed=True)])
    report("filter (place, role, theme, dates)", timed(lambda: quotes.filter_quotes(listed, next(filters)), 7), 50)
    words = iter(["kapasitet", "kaffekoppen", "egenandel", "statsforvalteren", "søknadsfrist", "guovdageainnus",
                  "prosjektskjønn"])
    report("search (FTS5) and filter",
           timed(lambda: quotes.filter_quotes(listed, quotes.QuoteFilter(), quotes.search(store, next(words))), 7), 50)
    theme_ids = [t.id for t in themes.list_themes(store)]
    targets = [q for q in listed if len(q.text) > 40][:300]
    samples = []
    for k, q in enumerate(targets):
        start = time.perf_counter()
        passages.mark(store, q.interview_id, q.field, q.scheme, 1, 30, [theme_ids[k % len(theme_ids)]])
        samples.append((time.perf_counter() - start) * 1000)
    report("mark a passage", samples[10:], 20, p95=True)
    _view(store)
    out = Path(tempfile.mkdtemp(prefix="feltkart-qdpx-")) / "studie.qdpx"
    report("export .qdpx", timed(lambda: write_qdpx(store, out), 3), 5000)
    print(f"  .qdpx: {out.stat().st_size / 1e6:.1f} MB")
    store.close()
    return 0


def _view(store) -> None:
    """The Sitater view itself, as the window shows it: made and shown with the newest interviews' quotes (what
    a coordinator waits for), every quote read in the background (how long until they are all there, how long
    the window's event loop is held at most meanwhile, and the GUI thread's part when they come), a passage
    marked (its row read again at once), a filter chosen, a search typed."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from core.interviews import themes
    from ui.views.quotes_view import QuotesView

    app = QApplication.instance() or QApplication([])
    shown_ms, whole_ms, held_ms, arrival_ms = [], [], [], []
    for run in range(7):
        clock = QElapsedTimer()
        clock.start()
        view = QuotesView(store)
        view.resize(1300, 700)
        view.show()
        app.processEvents()
        shown_ms.append(clock.nsecsElapsed() / 1e6)
        ticks = [clock.nsecsElapsed()]  # the event loop's turns while the rest is read
        beat = QTimer()
        beat.timeout.connect(lambda t=ticks, c=clock: t.append(c.nsecsElapsed()))
        beat.start(5)
        real = view._set_rows

        def timed_set(rows, real=real):
            start = time.perf_counter()
            real(rows)
            arrival_ms.append((time.perf_counter() - start) * 1000)

        view._set_rows = timed_set
        loop = QEventLoop()
        view.sig_loaded.connect(loop.quit)
        if not view.loader.complete:
            loop.exec()
        beat.stop()
        whole_ms.append(clock.nsecsElapsed() / 1e6)
        held_ms.append(max(b - a for a, b in zip(ticks, ticks[1:])) / 1e6)
        del view._set_rows
        if run < 6:  # the last one stays for what follows
            view.close()
            view.deleteLater()
            app.processEvents()
            del view
            gc.collect()
    report("the view shown (the newest interviews' quotes)", shown_ms, 200)
    report("every quote there (read in the background)", whole_ms, 1000)
    report("the window held at most meanwhile", held_ms, 100)
    report("their arrival on the GUI thread", arrival_ms, 50)
    theme = themes.list_themes(store)[0].id
    rows = [view.model.quote(r) for r in range(view.model.rowCount())]
    targets = iter([q for q in rows if len(q.text) > 40 and not q.passages][:7])

    def mark() -> None:
        view.select(next(targets).key)
        cursor = view.detail.textCursor()
        cursor.setPosition(0)
        cursor.setPosition(20, QTextCursor.MoveMode.KeepAnchor)
        view.detail.setTextCursor(cursor)
        view.mark_selection([theme])

    report("a passage marked, its row read again", timed(mark, 7), 50)
    while view.loader.reading:  # the read again after the markings
        app.processEvents()
    counties = iter(range(1, view.county.count()))
    report("the view filtered (a county chosen)",
           timed(lambda: view.county.setCurrentIndex(next(counties)), 7), 50)
    view.county.setCurrentIndex(0)
    words = iter(["kapasitet", "egenandel", "statsforvalteren", "søknadsfrist", "frister", "folk", "rapportering"])

    def search() -> None:
        view.search.setText(next(words))
        view._apply_search()

    report("the view searched (a word typed)", timed(search, 7), 50)
    view.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
