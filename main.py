"""Feltkart: record field interviews on rural municipalities' use of national schemes.

    uv run main.py [--db PATH] [--lang nb|en]                 the desktop application
    uv run main.py --self-test [--db PATH]                    open the database, build every view offscreen, exit 0 or 1
    uv run main.py demo --db PATH [--interviews N] [--seed S] fill a new database with demo interviews
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_args(argv: list[str]) -> argparse.Namespace:
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
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same data (default 1)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from core import logsetup, paths

    log_path = logsetup.configure()
    if args.db is None:
        args.db = paths.default_db_path()
        args.db.parent.mkdir(parents=True, exist_ok=True)
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
