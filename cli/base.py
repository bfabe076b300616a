"""What every command shares: opening the database as a command should (the same lock as the window for a
command that writes; a command that reads never makes a database; SQLite's check of every page first), the
words for what went wrong, and the exit status: 0 done, 1 refused or failed (the reason on stderr), 2 a bad
argument.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from core.base import errors
from core.base.atomic import WriteError
from core.base.driver import sqlite3
from core.base.lock import DatabaseInUse

if TYPE_CHECKING:
    from core.storage.store import Store


PASSPHRASE_ENV = "FELTKART_PASSPHRASE"
_passphrase_file: list[Path | None] = [None]  # --passphrase-file of the command being run (cli.run sets it)


def use_passphrase_file(path: Path | None) -> None:
    _passphrase_file[0] = path


def read_secret(path: Path, what: str = "--passphrase-file") -> str:
    """The first line of ``path`` (without its line ending): Failure (exit 2) when it cannot be read or is
    empty."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise Failure(f"{what} {path}: cannot be read ({exc.strerror if isinstance(exc, OSError) else exc})", 2)
    line = text.splitlines()[0] if text.splitlines() else ""
    if not line:
        raise Failure(f"{what} {path}: the first line is empty; write the passphrase on it", 2)
    return line


def passphrase() -> str | None:
    """The study's passphrase for this command: --passphrase-file, else FELTKART_PASSPHRASE, else None."""
    import os

    if _passphrase_file[0] is not None:
        return read_secret(_passphrase_file[0])
    return os.environ.get(PASSPHRASE_ENV) or None


class Failure(Exception):
    """A command that cannot go on: ``text`` for stderr, ``code`` its exit status."""

    def __init__(self, text: str, code: int = 1):
        self.text, self.code = text, code
        super().__init__(text)


def say(text: str) -> None:
    print(text, flush=True)


def warn(command: str, text: str) -> None:
    print(f"{command}: {text}", file=sys.stderr, flush=True)


def describe(exc: Exception) -> str:
    """What is wrong and what to do, for an error the core raises about a database or a file."""
    path = getattr(exc, "path", "")
    unchanged = " The file has not been changed."
    if isinstance(exc, DatabaseInUse):
        return (f"{path} is open in another Feltkart (process {exc.pid} on {exc.host or '?'}); close that window "
                f"or wait for that command, then run this one again.")
    if isinstance(exc, errors.DatabaseIsFolderError):
        return f"{path} is a folder; give the path of a database file, for example {Path(path) / 'feltkart.sqlite'}."
    if isinstance(exc, errors.FolderMissingError):
        return f"the folder {Path(path).parent} does not exist."
    if isinstance(exc, errors.MissingDatabaseError):
        return (f"there is no database at {path}: check the path (a command that reads a database never makes a "
                f"new one; 'demo' or the window make one).")
    if isinstance(exc, errors.EmptyDatabaseError):
        return (f"{path} is empty (0 bytes): not a Feltkart database, perhaps a copy that did not finish; copy it "
                f"again, or delete the empty file." + unchanged)
    if isinstance(exc, errors.DamagedDatabaseError):
        backups = ", ".join(str(p) for p in exc.backups[:3])
        restore = (f"Restore a backup by copying it to that name (newest first): {backups}." if backups else
                   "There is no backup beside it: use the last whole field package you made or received.")
        return f"{path} is damaged ({exc.detail}); nothing was written into it. {restore}"
    if isinstance(exc, errors.ReadOnlyLocationError):
        return (f"{path} cannot be written: the file or its folder is write-protected; copy the database to a "
                f"folder you can write to." + unchanged)
    if isinstance(exc, errors.ForeignDatabaseError):
        return (f"{path} is an SQLite database made by another program ({exc.detail}); Feltkart does not write "
                f"into it." + unchanged)
    if isinstance(exc, errors.NewerDatabaseError):
        return (f"{path} was written by a newer Feltkart (version {exc.written_by}); install that version or a "
                f"newer one." + unchanged)
    if isinstance(exc, errors.EncryptedDatabaseError):
        return (f"{path} is encrypted (or not a database): give its passphrase with --passphrase-file FILE or "
                f"the environment variable {PASSPHRASE_ENV}." + unchanged)
    if isinstance(exc, errors.WrongPassphraseError):
        return (f"the passphrase does not open {path}: check it (letters, spaces and case count) and try again. "
                f"A lost passphrase cannot be recovered." + unchanged)
    if isinstance(exc, errors.NotEncryptedError):
        return (f"{path} is not encrypted, but a passphrase was given: it may be a plain copy put in the place of "
                f"an encrypted study. Run without a passphrase to use it as it is, or encrypt it with 'encrypt'."
                + unchanged)
    if isinstance(exc, errors.PassphraseError):
        if exc.reason == "mismatch":
            return "the two passphrases typed differ; nothing was changed."
        return f"a passphrase must have at least {exc.minimum} characters, not only spaces; nothing was changed."
    if isinstance(exc, errors.NotADatabaseError):
        return f"{path} is not a Feltkart database (not an SQLite database file)." + unchanged
    if isinstance(exc, errors.DiskFullError):
        return (f"the disk is full: could not write {path}. Free some space and run the command again; nothing "
                f"was left half-written.")
    if isinstance(exc, errors.DatabaseBusyError):
        return (f"{path} is busy: another program kept it locked for writing too long. Nothing was written; run "
                f"the command again when that program is done.")
    if isinstance(exc, WriteError):
        return f"cannot write {path}: {exc.reason}."
    return str(exc)


@contextmanager
def opened(db: Path, *, writes: bool, create: bool = False, check: bool = True) -> Iterator["Store"]:
    """The database, checked page by page (``check``: False for a command whose work checks it first itself,
    as merging and packing do); with ``writes``, under the same lock as the window (so a command
    never writes into a database a window has open, nor two commands at once). An SQLite error met while the
    command works comes out as the error it means (a full disk, a damaged file, a lock held too long)."""
    from core.base import lock
    from core.storage.store import as_store_error, check_location
    from core.workspace import open_workspace

    check_location(db, create)  # before the lock file is made beside it
    held = lock.acquire(db) if writes else None
    try:
        store = open_workspace(db, create=create, check=check, passphrase=passphrase())
        try:
            yield store
        except sqlite3.Error as exc:
            mapped = as_store_error(exc, store.path)
            if mapped is exc:
                raise
            raise mapped from exc
        finally:
            store.close()
    finally:
        if held is not None:
            held.release()


def warn_if_clock_behind(command: str, store: "Store") -> None:
    from core.base.clock import iso_from_ms
    from core.storage import stamps

    now = store.clock()
    recorded = stamps.behind(store.conn, now)
    if recorded is not None:
        warn(command, f"warning: this computer's clock says {iso_from_ms(now)[:16]} UTC, but the database holds "
                      f"changes dated up to {iso_from_ms(recorded)[:16]} UTC; set the date and time right.")


def run(command: str, work: Callable[[], int]) -> int:
    """Run a command's ``work``; every refusal and known fault becomes its message on stderr and exit status."""
    try:
        return work()
    except Failure as exc:
        warn(command, exc.text)
        return exc.code
    except (errors.FeltkartError, DatabaseInUse) as exc:
        warn(command, describe(exc))
        return 1
    except OSError as exc:
        if errors.is_disk_full(exc):
            warn(command, describe(errors.DiskFullError(exc.filename or "?", str(exc))))
            return 1
        raise
    except KeyboardInterrupt:
        warn(command, "stopped; what it was writing was not left half-written.")
        return 130


def county(store: "Store", value: str | None) -> str | None:
    """A county number of the study's registry as the filters take it ('3' is '03'); Failure (exit 2) naming
    the counties there are when it is not one."""
    from core.reference import registry, study

    if not value:
        return None
    number = value.strip().zfill(2) if value.strip().isdigit() else value.strip()
    counties = registry.counties(store, study.load(store).registry_version)
    if number not in {c.number for c in counties}:
        listed = ", ".join(f"{c.number} {c.name}" for c in counties)
        raise Failure(f"--county {value!r} is not a county of the study's registry; the counties are: {listed}", 2)
    return number


def dates(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """The --from and --to dates as ISO; Failure (exit 2) for a date that does not exist, or a range that ends
    before it begins."""
    from core.base import dates as d

    try:
        first, last = d.parse(date_from or ""), d.parse(date_to or "")
    except ValueError:
        raise Failure(f"--from/--to must be dates that exist, written dd.mm.yyyy (got {date_from!r}, "
                      f"{date_to!r})", 2) from None
    if first and last and first > last:
        raise Failure(f"--from {date_from} is after --to {date_to}: give the first date first", 2)
    return first, last


def write_text(target: Path, text: str) -> None:
    """A UTF-8 text file at ``target``, whole or not at all."""
    from core.base.atomic import atomic_file

    with atomic_file(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_table(target: Path, head: list[str], rows: list[list]) -> None:
    """A table as a UTF-8 CSV file at ``target``, whole or not at all."""
    import csv

    from core.base.atomic import atomic_file, refused

    with atomic_file(target) as tmp:
        try:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(head)
                writer.writerows(rows)
        except OSError as exc:
            raise refused(target, exc) from exc


def out_folder(out: Path) -> Path:
    """The --out folder of a command that writes several files, made when missing; Failure when it is a file."""
    from core.base.atomic import refused

    if out.exists() and not out.is_dir():
        raise Failure(f"{out} is a file; give a folder for the files")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise refused(out, exc) from exc
    return out
