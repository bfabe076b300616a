"""Feltkart: record field interviews on rural municipalities' use of national schemes.

    uv run main.py [--db PATH] [--lang nb|en]                 the desktop application
    uv run main.py --self-test [--db PATH]                    open the database, build every view offscreen, exit 0 or 1
    uv run main.py demo --db PATH [--interviews N] [--seed S] fill a new database with demo interviews
    uv run main.py stats --db PATH --out DIR [filters]         tables behind the charts (CSV), charts (PNG, SVG)
    uv run main.py export --db PATH --format xlsx|csv|csv-excel|pdf --out PATH [--include-names] [filters]
    uv run main.py package --db PATH --out FILE.feltkart [--since-last RECIPIENT]   a field package
    uv run main.py merge --db PATH FILE.feltkart [...]           merge packages; prints the report
"""

from __future__ import annotations

import sys
from pathlib import Path


class _Defaults:
    """What parse_args returns for an empty command line."""

    db: Path | None = None
    lang: str | None = None
    self_test = False
    command: str | None = None


def parse_args(argv: list[str]) -> "argparse.Namespace":
    import argparse

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, help="database file (default: feltkart.sqlite in the user data folder)")
    common.add_argument("--lang", choices=["nb", "en"], help="UI language (default: the saved choice, else nb)")
    parser = argparse.ArgumentParser(prog="feltkart", description="Feltkart: field interviews, offline.", parents=[common])
    parser.add_argument("--self-test", action="store_true", help="build every view offscreen and exit 0 or 1")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill a new database with reproducible demo interviews")
    demo.add_argument("--db", type=Path, required=True, help="a new database file for the demo data")
    demo.add_argument("--lang", choices=["nb", "en"], help=argparse.SUPPRESS)
    demo.add_argument("--interviews", type=int, default=300, help="how many interviews (default 300)")
    st = commands.add_parser("stats", help="write the tables behind every chart as CSV and the charts as PNG and SVG")
    st.add_argument("--db", type=Path, required=True, help="the database")
    st.add_argument("--out", type=Path, required=True, help="a folder for the files")
    st.add_argument("--lang", choices=["nb", "en"], default="nb", help="language of the charts (default nb)")
    st.add_argument("--county", help="county number, e.g. 18")
    st.add_argument("--from", dest="date_from", help="first date (dd.mm.yyyy or yyyy-mm-dd)")
    st.add_argument("--to", dest="date_to", help="last date (dd.mm.yyyy or yyyy-mm-dd)")
    st.add_argument("--coordinator", help="only this coordinator's interviews")
    st.add_argument("--drafts", action="store_true", help="include draft interviews")
    st.add_argument("--rural", choices=["5-6", "4-6"], help="rural definition (default: the study's)")
    st.add_argument("--by-class", action="store_true", help="group by the six centrality classes, not rural/central")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same data (default 1)")
    pk = commands.add_parser("package", help="write a field package (.feltkart) of the database for another laptop")
    pk.add_argument("--db", type=Path, required=True, help="the database")
    pk.add_argument("--out", type=Path, required=True, help="the package file to write (.feltkart)")
    pk.add_argument("--since-last", metavar="RECIPIENT",
                    help="only what changed since the last package made for RECIPIENT (a name you choose)")
    mg = commands.add_parser("merge", help="merge field packages into the database (prints the report)")
    mg.add_argument("--db", type=Path, required=True, help="the database")
    mg.add_argument("packages", type=Path, nargs="+", help="one or more .feltkart files")
    ex = commands.add_parser("export", help="write the data as XLSX or CSV (with a codebook), or a PDF report")
    ex.add_argument("--db", type=Path, required=True, help="the database")
    ex.add_argument("--format", required=True, choices=["xlsx", "csv", "csv-excel", "pdf"],
                    help="xlsx: one workbook; csv: comma-separated UTF-8 files (R, Python); csv-excel: semicolons, "
                         "decimal comma and BOM (Excel in Norway); pdf: the summary report")
    ex.add_argument("--out", type=Path, required=True, help="the file (xlsx, pdf) or folder (csv) to write")
    ex.add_argument("--include-names", action="store_true",
                    help="include informants' names and contacts (personal data; off by default)")
    ex.add_argument("--status", choices=["all", "complete", "draft"], default=None,
                    help="which interviews (default: all for data, complete for the pdf report)")
    ex.add_argument("--county", help="county number, e.g. 18")
    ex.add_argument("--from", dest="date_from", help="first date (dd.mm.yyyy or yyyy-mm-dd)")
    ex.add_argument("--to", dest="date_to", help="last date (dd.mm.yyyy or yyyy-mm-dd)")
    ex.add_argument("--coordinator", help="only this coordinator's interviews")
    ex.add_argument("--lang", choices=["nb", "en"], default="nb", help="language of the pdf report (default nb)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # The usual start (no arguments) skips argparse's import and parser set-up: it is on the start-up path.
    args = _Defaults() if not argv else parse_args(argv)

    from core import logsetup, paths

    if getattr(sys, "frozen", False):
        # In the bundle, matplotlib's config and font cache go to our own cache folder: never inside the bundle,
        # and kept between starts (PyInstaller's runtime hook would give it a new temporary folder each time).
        import os

        os.environ["MPLCONFIGDIR"] = str(paths.cache_dir() / "matplotlib")
    log_path = logsetup.configure()
    if args.db is None:
        args.db = paths.default_db_path()
        args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.command == "stats":
        from core import dates
        from core.cli import run_stats
        from core.registry import RuralDefinition
        from core.stats import StatsFilter

        try:
            f = StatsFilter(county=args.county, date_from=dates.parse(args.date_from or ""),
                            date_to=dates.parse(args.date_to or ""), coordinator=args.coordinator,
                            include_drafts=args.drafts, by_class=args.by_class,
                            rural_definition=RuralDefinition(args.rural) if args.rural else None)
        except ValueError:
            print(f"stats: --from/--to must be dates that exist, written dd.mm.yyyy (got {args.date_from!r}, "
                  f"{args.date_to!r})", file=sys.stderr)
            return 2
        return run_stats(args.db, args.out, args.lang, f)
    if args.command == "package":
        from core.cli import run_package

        return run_package(args.db, args.out, args.since_last)
    if args.command == "merge":
        from core.cli import run_merge

        return run_merge(args.db, args.packages)
    if args.command == "export":
        from core import dates
        from core.cli import run_export

        try:
            date_from, date_to = dates.parse(args.date_from or ""), dates.parse(args.date_to or "")
        except ValueError:
            print(f"export: --from/--to must be dates that exist, written dd.mm.yyyy (got {args.date_from!r}, "
                  f"{args.date_to!r})", file=sys.stderr)
            return 2
        return run_export(args.db, args.format, args.out, args.include_names, args.status, args.county,
                          date_from, date_to, args.coordinator, args.lang)
    if args.command == "demo":
        from core.cli import run_demo

        return run_demo(args.db, args.interviews, args.seed)
    if args.self_test:
        from ui.selftest import run_self_test

        return run_self_test(args.db, args.lang)
    from ui.app import run_gui

    return run_gui(args.db, args.lang, log_path)


if __name__ == "__main__":
    sys.exit(main())
