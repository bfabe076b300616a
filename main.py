"""Feltkart: record field interviews on rural municipalities' use of national schemes.

    uv run main.py [--db PATH] [--lang nb|nn|en]              the desktop application
    uv run main.py --self-test [--db PATH]                    open the database, build every view offscreen, exit 0 or 1
    uv run main.py demo --db PATH [--interviews N] [--seed S] fill a new database with demo interviews
    uv run main.py stats --db PATH --out DIR [filters]         tables behind the charts (CSV), charts (PNG, SVG)
    uv run main.py export --db PATH --format xlsx|csv|csv-excel|pdf --out PATH [--include-names] [filters]
    uv run main.py package --db PATH --out FILE.feltkart [--since-last RECIPIENT]   a field package
    uv run main.py merge --db PATH FILE.feltkart [...]           merge packages; prints the report
    uv run main.py sample --db PATH (--census | --draw "6:20,5:20" --seed S | --import FILE [--yes]) [--replace]
    uv run main.py fieldwork --db PATH --out DIR [--by rural|class|county|coordinator]   response rates (CSV)
    uv run main.py encrypt --db PATH [--backups encrypt|remove|keep] | decrypt --db PATH --out PLAIN |
                   rekey --db PATH --new-passphrase-file FILE      encryption of a study (SQLCipher)
    uv run main.py erase-personal --db PATH [--informant ID] [--remove-backups]   erase names and contacts

An encrypted study's passphrase: --passphrase-file FILE (its first line) or FELTKART_PASSPHRASE, for the window
and every command; the window asks for it when neither is given.
"""

from __future__ import annotations

import sys
from pathlib import Path


class _Defaults:
    """What the parser returns for an empty command line (cli.parser)."""

    db: Path | None = None
    lang: str | None = None
    self_test = False
    passphrase_file: Path | None = None
    command: str | None = None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # The usual start (no arguments) skips argparse's import and parser set-up: it is on the start-up path.
    if argv:
        from cli import parser

        args = parser.parse(argv)
    else:
        args = _Defaults()

    from core.base import logsetup, paths

    if getattr(sys, "frozen", False):
        # In the bundle, matplotlib's config and font cache go to our own cache folder: never inside the bundle,
        # and kept between starts (PyInstaller's runtime hook would give it a new temporary folder each time).
        import os

        os.environ["MPLCONFIGDIR"] = str(paths.cache_dir() / "matplotlib")
    key = None
    if not args.command:
        passphrase = _passphrase(args.passphrase_file)
        if passphrase is False:
            return 2
        if args.db is None:
            args.db = paths.default_db_path()
            args.db.parent.mkdir(parents=True, exist_ok=True)
        key = _key_in_background(args.db, passphrase)
    log_path = logsetup.configure()
    from core.base import atomic

    atomic.clean_leftovers()  # what a Feltkart that was stopped left half-written
    if args.command:
        import cli

        return cli.run(args)
    if args.self_test:
        from ui.selftest import run_self_test

        return run_self_test(args.db, args.lang, passphrase, key)
    from ui.app import run_gui

    return run_gui(args.db, args.lang, log_path, passphrase, key)


def _key_in_background(db: Path, passphrase: str | None):
    """The key of an encrypted database worked out while the window is made; None without a passphrase or for
    a file that is not encrypted (opening it says what is wrong)."""
    if passphrase is None:
        return None
    # the driver alone, not the storage layer: the sooner the derivation starts, the more of it the imports
    # and the window's making hide
    from core.base.driver import KeyInBackground, is_plain

    try:
        if not db.is_file() or db.stat().st_size == 0 or is_plain(db):
            return None
    except OSError:
        return None
    return KeyInBackground(passphrase, db)


def _passphrase(path: Path | None):
    """The study's passphrase from --passphrase-file (its first line) or FELTKART_PASSPHRASE, None when neither
    is given, False (with the reason on stderr) when the file cannot be read."""
    import os

    if path is None:
        return os.environ.get("FELTKART_PASSPHRASE") or None
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"feltkart: --passphrase-file {path}: cannot be read ({exc})", file=sys.stderr)
        return False
    if not lines or not lines[0]:
        print(f"feltkart: --passphrase-file {path}: the first line is empty; write the passphrase on it",
              file=sys.stderr)
        return False
    return lines[0]


if __name__ == "__main__":
    sys.exit(main())
