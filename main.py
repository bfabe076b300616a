"""Feltkart: record field interviews on rural municipalities' use of national schemes.

    uv run main.py [--db PATH] [--lang nb|en]     the desktop application
    uv run main.py --self-test [--db PATH]        open the database, build every view offscreen, exit 0 or 1
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="feltkart", description="Feltkart: field interviews, offline.")
    parser.add_argument("--db", type=Path, help="database file (default: feltkart.sqlite in the user data folder)")
    parser.add_argument("--lang", choices=["nb", "en"], help="UI language (default: the saved choice, else nb)")
    parser.add_argument("--self-test", action="store_true", help="build every view offscreen and exit 0 or 1")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from core import logsetup, paths

    log_path = logsetup.configure()
    if args.db is None:
        args.db = paths.default_db_path()
        args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.self_test:
        from ui.selftest import run_self_test

        return run_self_test(args.db, args.lang)
    from ui.app import run_gui

    return run_gui(args.db, args.lang, log_path)


if __name__ == "__main__":
    sys.exit(main())
