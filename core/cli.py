"""Command-line commands of main.py that need no window."""

from __future__ import annotations

import sys
from pathlib import Path

from core import demo
from core.errors import StoreError


def _open(command: str, db_path: Path):
    """The store, or None after saying on stderr why it cannot be opened."""
    from core.store import open_store

    try:
        return open_store(db_path)
    except StoreError as exc:
        print(f"{command}: cannot open {db_path}: {type(exc).__name__} ({exc.detail or exc.path})", file=sys.stderr)
        return None


def run_demo(db_path: Path, interviews: int, seed: int) -> int:
    from core import interviews as iv

    if interviews < 1 or interviews > 100_000:
        print("demo: --interviews must be from 1 to 100000", file=sys.stderr)
        return 2
    store = _open("demo", db_path)
    if store is None:
        return 1
    try:
        from core import study

        has_interviews = bool(iv.list_interviews(store) or iv.list_interviews(store, trash=True))
        if has_interviews or (study.load(store).configured and not demo.is_demo(store)):
            kind = "demo data already" if demo.is_demo(store) else "a study of its own"
            print(f"demo: {db_path} holds {kind}; demo data goes into a new file (choose another --db)",
                  file=sys.stderr)
            return 1
        n = demo.make_demo(store, interviews=interviews, seed=seed)
        print(f"demo: {n} interviews written to {db_path}")
        return 0
    finally:
        store.close()


def run_stats(db_path: Path, out: Path, lang: str, f) -> int:
    """Write every table behind the charts as CSV (UTF-8) and every chart as PNG and SVG into ``out``."""
    import csv

    from core import chartdata, charts, stats

    if out.exists() and not out.is_dir():
        print(f"stats: {out} is a file; give a folder for the tables and charts", file=sys.stderr)
        return 1
    store = _open("stats", db_path)
    if store is None:
        return 1
    try:
        out.mkdir(parents=True, exist_ok=True)
        data = chartdata.prepare(store, f)
        st, cov, counties = data.stats, data.coverage, data.counties
        codes = [c for c, _ in data.barrier_choices]

        def write(name: str, header: list[str], rows) -> None:
            tmp = out / f".{name}.csv.part"
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                writer.writerows(rows)
            tmp.replace(out / f"{name}.csv")

        def share(cell):
            return "" if cell.share is None else f"{cell.share:.4f}"

        for by_class, name in ((False, "participation"), (True, "participation_by_class")):
            table = stats.participation(st, by_class)
            write(name, ["scheme", "group", "n", "aware", "applied", "took_part", "share_aware", "share_applied",
                         "share_took_part"],
                  [[s, g, c["aware"].n, c["aware"].count, c["applied"].count, c["took_part"].count,
                    share(c["aware"]), share(c["applied"]), share(c["took_part"])] for (s, g), c in table.items()])
        write("benefit", ["scheme", "group", "value", "count", "n"],
              [[s, g, v, cell.count, cell.n] for (s, g), values in stats.benefit(st).items() for v, cell in values.items()])
        write("barriers", ["barrier", "group", "count", "n", "share"],
              [[b, g, c.count, c.n, share(c)] for (b, g), c in stats.barriers(st, codes).items()])
        write("main_barrier", ["barrier", "group", "count", "n", "share"],
              [[b, g, c.count, c.n, share(c)] for (b, g), c in stats.main_barrier(st, codes).items()])
        write("coverage_class", ["centrality_class", "interviewed", "municipalities"],
              [[k, c.count, c.n] for k, c in cov["class"].items()])
        write("coverage_county", ["county", "name", "interviewed", "municipalities"],
              [[k, counties.get(k, ""), c.count, c.n] for k, c in cov["county"].items()])

        figures = {kind: charts.figure(kind, data, lang) for kind in chartdata.KINDS}
        for name, fig in figures.items():
            for ext in ("png", "svg"):
                tmp = out / f".{name}.part.{ext}"
                fig.savefig(tmp, dpi=150, format=ext)
                tmp.replace(out / f"{name}.{ext}")
        print(f"stats: {len(st.municipalities)} municipalities from {st.interviews} interviews; "
              f"7 tables and {len(figures)} charts written to {out}")
        return 0
    finally:
        store.close()


def run_export(db_path: Path, fmt: str, out: Path, include_names: bool, status: str | None, county: str | None,
               date_from: str | None, date_to: str | None, coordinator: str | None, lang: str) -> int:
    """main.py export: the data as XLSX / CSV with a codebook, or the PDF report. Exit 0, or 1 with a reason."""
    from core import export as ex

    store = _open("export", db_path)
    if store is None:
        return 1
    try:
        if fmt == "pdf":
            from core import report
            from core.stats import StatsFilter

            if status == "draft":
                print("export: the pdf report counts complete interviews (or all with --status all), "
                      "not drafts alone", file=sys.stderr)
                return 2
            f = StatsFilter(county=county, date_from=date_from, date_to=date_to, coordinator=coordinator,
                            include_drafts=status == "all")
            path = report.write_pdf(store, f, out, lang)
            print(f"export: report written to {path}")
            return 0
        f = ex.ExportFilter(county=county, date_from=date_from, date_to=date_to, coordinator=coordinator,
                            status=None if status in (None, "all") else status)
        data, paths = ex.export(store, fmt, out, f, include_names)
        personal = "holds personal data (informants' names and contacts)" if data.personal_data else \
            "holds no names or contacts"
        print(f"export: {data.interviews} interviews from {data.municipalities} municipalities written to "
              f"{', '.join(str(p) for p in paths)}; the export {personal}")
        return 0
    except ex.ExportWriteError as exc:
        print(f"export: cannot write {exc.path}: {exc.reason}", file=sys.stderr)
        return 1
    finally:
        store.close()


def run_package(db_path: Path, out: Path, since_last: str | None = None) -> int:
    from core.package import PackageError, make_package

    store = _open("package", db_path)
    if store is None:
        return 1
    try:
        manifest = make_package(store, out, since_last)
        part = f" (changes since the last package for {since_last})" if manifest.since else ""
        print(f"package: {manifest.interviews} interviews and {manifest.changes} changes{part} of "
              f"{manifest.study_name!r} written to {out}")
        return 0
    except PackageError as exc:
        print(f"package: cannot write {exc.path}: {exc.detail or exc.reason}", file=sys.stderr)
        return 1
    finally:
        store.close()


def run_merge(db_path: Path, packages: list[Path]) -> int:
    """Exit 0 when every package was merged (conflicts are reported, not errors), 1 when one was refused."""
    from core.merge import merge

    store = _open("merge", db_path)
    if store is None:
        return 1
    try:
        report = merge(store, packages)
        for line in report.lines():
            print(line)
        for exc in report.refused:
            print(f"merge: refused {exc.path}: {exc.text}", file=sys.stderr)
        return 1 if report.refused else 0
    finally:
        store.close()
