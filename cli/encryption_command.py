"""``main.py encrypt``, ``decrypt`` and ``rekey``: what Fil → Innstillinger → Kryptering does, from the command
line. The passphrase comes from --passphrase-file or FELTKART_PASSPHRASE (or is asked at a terminal); the
database is locked as the window locks it, so neither runs while a window has it open."""

from __future__ import annotations

import sys
from pathlib import Path

from cli.base import PASSPHRASE_ENV, Failure, passphrase, read_secret, say, warn
from cli.base import run as run_command


def run(args) -> int:
    work = {"encrypt": _encrypt, "decrypt": _decrypt, "rekey": _rekey}[args.command]
    return run_command(args.command, lambda: work(args))


def _given(new: bool) -> str:
    """The passphrase from the options or the environment, else typed at a terminal (twice when new)."""
    given = passphrase()
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise Failure(f"no passphrase: give it with --passphrase-file FILE or the environment variable "
                      f"{PASSPHRASE_ENV}", 2)
    import getpass

    typed = getpass.getpass("Passphrase: ")
    if new and getpass.getpass("The same passphrase again: ") != typed:
        raise Failure("the two passphrases typed differ; nothing was changed", 2)
    return typed


def _locked(db: Path):
    from core.base import lock
    from core.storage.store import check_location

    check_location(db, create=False)
    return lock.acquire(db)


def _encrypt(args) -> int:
    from core.storage import crypt

    secret = _given(new=True)
    with _locked(args.db):
        _key, outcome = crypt.encrypt(args.db, secret, args.backups)
    say(f"encrypt: {args.db} is encrypted. Keep the passphrase safe: without it nobody, Feltkart included, can "
        f"open the study again.")
    _tell(outcome, "encrypt")
    return 0


def _decrypt(args) -> int:
    from core.storage import crypt

    if args.out.exists():
        raise Failure(f"{args.out} exists; give the name of a new file for the plain copy", 2)
    with _locked(args.db):
        key = crypt.key_of(args.db, _given(new=False))
        crypt.decrypt(args.db, key, args.out)
    say(f"decrypt: a plain, unencrypted copy of {args.db} written to {args.out}; it holds the personal data "
        f"unprotected: delete it when done.")
    return 0


def _rekey(args) -> int:
    from core.storage import crypt

    new = read_secret(args.new_passphrase_file, "--new-passphrase-file")
    with _locked(args.db):
        key = crypt.key_of(args.db, _given(new=False))
        _key, outcome = crypt.rekey(args.db, key, new)
    say(f"rekey: {args.db} now opens with the new passphrase only.")
    _tell(outcome, "rekey")
    return 0


def _tell(outcome, command: str) -> None:
    for path in outcome.rewritten:
        say(f"{command}: backup {path} re-written with the passphrase")
    for path in outcome.removed:
        say(f"{command}: backup {path} removed")
    for path in outcome.kept:
        warn(command, f"backup {path} left as it was (plain or with the old passphrase): delete it or keep it safe")
    for path, why in outcome.failed:
        warn(command, f"backup {path} could not be re-written ({why}); it is left as it was")
