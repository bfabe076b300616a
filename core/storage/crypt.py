"""Encrypting a study's database, undoing it, and changing its passphrase (SQLCipher).

Each is one conversion (``convert``): the file is read with its key and written whole, with the new key (or
none), into a temporary file beside the target (``core.base.atomic``: registered, so a killed process's
leftover is removed at the next start), checked (SQLite's check and the same number of rows in every table),
and renamed into place. A crash at any point leaves the old file or the new one, never a broken one. The
caller holds the database's lock (``core.base.lock``) and has no connection of its own open on it.

The backups Feltkart wrote beside the database (before a migration or a merge) are part of it: encrypting
re-writes the plain ones with the new key or removes them, as the user chose (``BACKUPS``); re-keying
re-writes the encrypted ones with the new key; undoing leaves them as they are, and says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from core.base.atomic import atomic_file
from core.base.driver import MIN_PASSPHRASE, Key, connect, derive_key, new_key, salt_of, sqlite3, study_salt
from core.base.errors import (
    DiskFullError,
    EncryptedDatabaseError,
    FeltkartError,
    NotEncryptedError,
    PassphraseError,
    WrongPassphraseError,
    is_disk_full,
)
from core.storage.store import Store, as_store_error, backups_of, check_intact, check_location, is_encrypted

log = logging.getLogger(__name__)

BACKUPS = ("encrypt", "remove", "keep")  # what becomes of the plain backups when a database is encrypted
CHECK_EVERY = 1_000  # SQLite's steps between two looks at whether to stop (the progress at every 20th look)


class ConversionStopped(FeltkartError):
    """The conversion was stopped before the database was re-written: the file is as it was."""


class Meter:
    """How far the re-writing of a database and its backups has come, in bytes of the files to re-write
    (``progress(done, total)``), and whether the user asked to stop (``stop()``). Only the database's own
    conversion can be stopped: once it is in place, its backups are re-written to the end."""

    def __init__(self, files: list[Path], progress: Callable[[int, int], None] | None = None,
                 stop: Callable[[], bool] | None = None):
        self._progress, self._stop = progress, stop
        self._sizes = {f: _size(f) for f in files}  # as they were before anything was written
        self.total = sum(self._sizes.values()) or 1
        self.done = 0

    def handler(self, source: Path, written: Path, stoppable: bool) -> Callable[[], int]:
        """SQLite's progress handler while ``source`` is written to ``written``: 1 stops the statement."""
        looks = [0]

        def check() -> int:
            if stoppable and self.stopped():
                return 1
            looks[0] += 1
            if self._progress is not None and looks[0] % 20 == 0:
                part = min(_size(written), self._sizes.get(source, 0))
                self._progress(min(self.done + part, self.total), self.total)
            return 0
        return check

    def finished(self, source: Path) -> None:
        self.done += self._sizes.get(source, 0)
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)

    def stopped(self) -> bool:
        return self._stop is not None and self._stop()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


@dataclass
class Outcome:
    """What a conversion did beside the database: backups re-written with the key, removed, or left as they
    were (``kept``: plain ones the user chose to keep, or encrypted ones after undoing: the user is told)."""

    rewritten: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> str:
    """A new passphrase as it will be used; PassphraseError when it is too short, blank or typed twice
    differently."""
    if not passphrase.strip():
        raise PassphraseError("blank", MIN_PASSPHRASE)
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseError("short", MIN_PASSPHRASE)
    if repeated is not None and repeated != passphrase:
        raise PassphraseError("mismatch", MIN_PASSPHRASE)
    return passphrase


def key_of(path: Path | str, passphrase: str) -> Key:
    """The key of the encrypted database at ``path`` for ``passphrase``, checked: WrongPassphraseError (the
    file untouched) when it does not open it; NotEncryptedError for a plain file."""
    path = Path(path)
    if not is_encrypted(path):
        raise NotEncryptedError(path)
    key = derive_key(passphrase, salt_of(path))
    _open(path, key).close()
    return key


def _open(path: Path, key: Key | None) -> "sqlite3.Connection":
    conn = connect(path.resolve().as_uri() + "?mode=rw", key, uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        if is_disk_full(exc):
            raise DiskFullError(path, str(exc)) from exc
        if key is None:
            raise EncryptedDatabaseError(path) from exc
        raise WrongPassphraseError(path, str(exc)) from exc
    return conn


def _counts(conn: "sqlite3.Connection", schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def convert(path: Path | str, source: Key | None, target: Key | None, out: Path | str | None = None,
            meter: Meter | None = None, stoppable: bool = True) -> Path:
    """The database at ``path`` (opened with ``source``) written with ``target`` (None: plain) at ``out``
    (default: in its place), whole or not at all. Returns where it was written. With ``meter``, its progress
    is told and, when ``stoppable``, a stop asked for ends it with ConversionStopped (the file as it was)."""
    path = Path(path)
    dest = Path(out) if out is not None else path
    check_location(path, create=False)
    conn = _open(path, source)
    try:
        check_intact(conn, path)
        before = _counts(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with atomic_file(dest) as tmp:
            try:
                conn.execute("ATTACH DATABASE ? AS converted KEY ?", [str(tmp), target.sql if target else ""])
                if meter is not None:
                    conn.set_progress_handler(meter.handler(path, tmp, stoppable), CHECK_EVERY)
                conn.execute("SELECT sqlcipher_export('converted')")
                conn.set_progress_handler(None, 0)
                after = _counts(conn, "converted")
                conn.execute("DETACH DATABASE converted")
            except sqlite3.Error as exc:
                if meter is not None and stoppable and meter.stopped():
                    raise ConversionStopped(f"conversion of {path} stopped") from exc
                raise as_store_error(exc, dest) from exc
            if after != before:
                raise RuntimeError(f"conversion of {path}: the rows written differ from the rows read")
            _verify(tmp, target)
            if meter is not None and stoppable and meter.stopped():  # the last moment before it is in place
                raise ConversionStopped(f"conversion of {path} stopped")
        conn.close()
        conn = None
    finally:
        if conn is not None:
            conn.close()
    if dest == path:  # the old file's write-ahead log, empty after the checkpoint, and its index: the new starts its own
        wal, shm = (dest.with_name(dest.name + part) for part in ("-wal", "-shm"))
        if wal.exists() and wal.stat().st_size == 0:
            wal.unlink(missing_ok=True)
        if not wal.exists():
            shm.unlink(missing_ok=True)
    log.info("%s written %s", dest, "encrypted" if target else "plain")
    if meter is not None:
        meter.finished(path)
    return dest


def _verify(written: Path, key: Key | None) -> None:
    conn = connect(written, key)
    try:
        check_intact(conn, written)
    finally:
        conn.close()


def encrypt(path: Path | str, passphrase: str, backups: str = "encrypt", progress=None, stop=None
            ) -> tuple[Key, Outcome]:
    """Encrypt the plain database at ``path`` with ``passphrase`` (checked as new), and its plain backups as
    ``backups`` says ("encrypt", "remove" or "keep"). Returns the study's key and what became of the backups.
    ``progress(done, total)`` and ``stop()``: see ``Meter``."""
    path = Path(path)
    check_new_passphrase(passphrase)
    if is_encrypted(path):
        raise EncryptedDatabaseError(path, "already encrypted")
    conn = _open(path, None)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'study_id'").fetchone()
    except sqlite3.DatabaseError:
        row = None  # not a Feltkart database: convert() says so
    finally:
        conn.close()
    key = derive_key(passphrase, study_salt(row[0])) if row else new_key(passphrase)
    plain = [b for b in backups_of(path) if not is_encrypted(b)]
    meter = Meter([path] + (plain if backups == "encrypt" else []), progress, stop)
    convert(path, None, key, meter=meter)
    outcome = Outcome()
    for backup in plain:
        _deal_with(backup, None, key if backups == "encrypt" else None, backups, outcome, meter)
    return key, outcome


def rekey(path: Path | str, key: Key, passphrase: str, progress=None, stop=None) -> tuple[Key, Outcome]:
    """Change the passphrase of the encrypted database at ``path`` (opened with ``key``); the backups that
    open with the old key are re-written with the new one. Returns the new key."""
    check_new_passphrase(passphrase)
    new = derive_key(passphrase, key.salt)  # the study's salt stays: its laptops keep one key
    return new, _rewrite(Path(path), key, new, progress, stop)


def to_study_key(path: Path | str, key: Key, study_key: Key, progress=None, stop=None) -> Outcome:
    """Re-write the encrypted database at ``path`` (opened with ``key``, a salt of its own: it was encrypted
    before it joined its study) with the study's key (``MergeReport.study_key``): from then on it opens with the
    study's passphrase, and its packages and the study's open on either side without a passphrase typed. The
    backups that open with the old key are re-written too."""
    return _rewrite(Path(path), key, study_key, progress, stop)


def take_study_key(store: Store, study_key: Key) -> Outcome:
    """``to_study_key`` for an open store (``while_closed``): the store goes on with the study's key, or with its
    own when the re-writing failed (the file is then as it was)."""
    outcome: list[Outcome] = []

    def change() -> Key:
        outcome.append(to_study_key(store.path, store.key, study_key))
        return study_key

    while_closed(store, change)
    return outcome[0]


def _rewrite(path: Path, key: Key, new: Key, progress=None, stop=None) -> Outcome:
    """The database re-written with ``new``, then the backups that open with ``key``. Which backups those are is
    read before the database is touched: once it is re-written nothing may fail on their account."""
    outcome, ours = Outcome(), []
    for backup in backups_of(path):
        try:
            (ours if is_encrypted(backup) and salt_of(backup) == key.salt else outcome.kept).append(backup)
        except OSError as exc:  # unreadable: left as it is, and said
            outcome.failed.append((backup, str(exc)))
    meter = Meter([path] + ours, progress, stop)
    convert(path, key, new, meter=meter)
    for backup in ours:
        _deal_with(backup, key, new, "encrypt", outcome, meter)
    return outcome


def decrypt(path: Path | str, key: Key, out: Path | str | None = None, progress=None, stop=None
            ) -> tuple[Path, Outcome]:
    """A plain copy of the encrypted database at ``out``, or (without ``out``) the database itself made plain.
    The backups stay as they are (``kept``: the user is told they still need the passphrase)."""
    written = convert(path, key, None, out, Meter([Path(path)], progress, stop))
    outcome = Outcome(kept=[b for b in backups_of(Path(path)) if is_encrypted(b)] if out is None else [])
    return written, outcome


def _deal_with(backup: Path, source: Key | None, target: Key | None, choice: str, outcome: Outcome,
               meter: Meter | None = None) -> None:
    try:
        if choice == "remove":
            backup.unlink()
            outcome.removed.append(backup)
        elif choice == "keep":
            outcome.kept.append(backup)
        else:
            convert(backup, source, target, meter=meter, stoppable=False)
            outcome.rewritten.append(backup)
    except Exception as exc:  # a damaged or locked backup: the database is done; the user is told which
        log.warning("backup %s: %s", backup, exc)
        outcome.failed.append((backup, str(exc)))
        try:
            if backup.exists() and not is_encrypted(backup):
                outcome.kept.append(backup)
        except OSError:  # unreadable as well: it is among the failed
            pass


def while_closed(store: Store, change: Callable[[], Key | None]) -> None:
    """Run ``change`` (an encryption, a re-keying or an undoing of the store's file, returning the new key) with
    the store's connection closed, and open it again with the new key, or with the old one when it failed (the
    file is then as it was). The window's way: whoever holds the store goes on with it."""
    store.close()
    try:
        key = change()
    except BaseException:
        store.reconnect(store.key)
        raise
    store.reconnect(key)
