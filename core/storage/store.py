"""The one way into a Feltkart database.

``open_store(path)`` checks the file before anything touches it (a folder, a missing folder, a
read-only place, no file where one must be, an empty file, not SQLite, another program's database, a
newer Feltkart's database, a damaged one: each is refused and the file stays byte for byte as it was),
then sets the pragmas, backs the file up before pending migrations, applies them, and syncs the bundled
registries.

``check_location`` is the cheap, stdlib-only part of those checks; the GUI runs it before it takes
the database's lock (``core.base.lock``) and shows the window. ``check_intact`` is SQLite's own check of
every page, run before anything writes into an existing file in bulk (a migration, a merge, a package)
and, in the window, in the background after start.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from core.base.clock import Clock, iso_from_ms, wall_ms
from core.base.driver import Key, connect, derive_key, is_plain, new_key, salt_of, sqlite3
from core.base.errors import (
    DamagedDatabaseError,
    DatabaseBusyError,
    DatabaseIsFolderError,
    DiskFullError,
    EmptyDatabaseError,
    EncryptedDatabaseError,
    FolderMissingError,
    ForeignDatabaseError,
    MissingDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    NotEncryptedError,
    ReadOnlyLocationError,
    WrongPassphraseError,
    is_disk_full,
)

if TYPE_CHECKING:  # sqlite_utils is imported when the store opens, not at program start
    from sqlite_utils import Database

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE = 4096  # an encrypted database (SQLCipher 4) is a whole number of its pages
MIGRATIONS_TABLE = "_sqlite_migrations"
BUSY_TIMEOUT_MS = 5000


@dataclass
class Store:
    """An open Feltkart database. Core services take it; widgets never touch its connection.

    Repositories read through ``conn`` (plain sqlite3) and write inside ``write()`` (one transaction per user
    action), through ``conn`` or ``db`` (sqlite-utils). ``db`` wraps the same connection and is built
    on first use, so that opening a database for reading does not pay for importing sqlite-utils.
    """

    conn: sqlite3.Connection
    path: Path
    device_id: str
    is_new: bool
    backup_path: Path | None = None
    clock: Clock = wall_ms  # this laptop's time, in ms (tests put a clock of their own here)
    # set when the file was found damaged after it was opened: every write is refused with it from then on
    damaged: Exception | None = None
    key: Key | None = None  # an encrypted study's key: every connection, backup and package of it uses it
    # called once when the store is next opened again (``reconnect``): work stopped while the file was re-written
    reopened: list[Callable[[], None]] = field(default_factory=list, repr=False)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @cached_property
    def db(self) -> "Database":
        return _wrap(self.conn)

    def close(self) -> None:
        self.conn.close()

    def reconnect(self, key: Key | None) -> None:
        """A new connection to the file, opened with ``key``, in the place of the closed one (after the file was
        re-written encrypted, with a new key, or plain): whoever holds this store goes on with it."""
        conn = _connect(self.path, True, key)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if key is not None:
                _try_key(conn, self.path)
            _pragmas(conn, self.path)
        except BaseException:
            conn.close()
            raise
        self.conn, self.key = conn, key
        self.__dict__.pop("db", None)  # sqlite-utils' wrapper of the old connection
        waiting, self.reopened = self.reopened, []
        for again in waiting:
            again()

    def now(self) -> str:
        """The time now by this store's clock, as stored (UTC ISO 8601)."""
        return iso_from_ms(self.clock())

    @contextmanager
    def write(self):
        """One transaction that writes (one user action), committed at the end of the block or undone when it
        raises. It starts as a writer (BEGIN IMMEDIATE): it then waits up to the busy timeout while another
        connection commits, where a transaction that read first could not (SQLite refuses to turn a reader
        into a writer while another writes, at once). Inside another transaction it is a savepoint
        (sqlite-utils' ``atomic``)."""
        conn = self.conn
        if self.damaged is not None:
            raise self.damaged
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if "locked" in text or "busy" in text:  # another connection kept the write lock past the timeout
                raise DatabaseBusyError(self.path, text) from exc
            mapped = as_store_error(exc, self.path)
            if mapped is exc:
                raise
            raise mapped from exc

    @contextmanager
    def bulk(self):
        """Settings of this connection for writing hundreds of thousands of rows at once (a merge), restored
        after: a large page cache, no per-row foreign key lookups (they doubled a merge's time; the rows keep
        their references by construction and the merge checks what it adds), and no checkpoint at each commit:
        the written pages stay in the write-ahead log, safe, until ``checkpoint`` copies them into the
        database file after the user has the result (a third of the time of a commit)."""
        conn = self.conn
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        autocheckpoint = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        conn.execute("PRAGMA cache_size = -262144")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("PRAGMA foreign_keys = OFF")  # outside a transaction: inside one, SQLite ignores it
        try:
            yield
        finally:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA cache_size = {int(cache)}")
            conn.execute(f"PRAGMA wal_autocheckpoint = {int(autocheckpoint)}")

    @contextmanager
    def snapshot(self):
        """Reads inside see one state of the database (a read transaction), so that a save elsewhere between
        two queries cannot make them disagree. Nested use joins the transaction already open."""
        conn = self.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")
        try:
            yield
        finally:
            if conn.in_transaction:  # an interrupted query may have ended it already
                conn.execute("COMMIT")

    def reader(self, cache_mib: int = 32) -> "Store":
        """A second, read-only connection to the same database for work off the GUI thread (statistics,
        exports). It sees every committed change (WAL) and may be used from one other thread at a time;
        the caller closes it. A larger page cache keeps repeated statistics over 10 000 interviews fast."""
        uri = self.path.resolve().as_uri() + "?mode=ro"
        conn = connect(uri, self.key, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute(f"PRAGMA cache_size = -{cache_mib * 1024}")
        return Store(conn=conn, path=self.path, device_id=self.device_id, is_new=False, clock=self.clock,
                     key=self.key)


def _wrap(conn: sqlite3.Connection) -> "Database":
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def check_location(path: Path | str, create: bool = True) -> bool:
    """Refuse a path Feltkart cannot or must not open. Returns True when the file already exists. Without
    ``create``, a missing file is refused too (a command that reads a database never makes one)."""
    path = Path(path)
    if path.is_dir():
        raise DatabaseIsFolderError(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FolderMissingError(path)
    if not path.exists():
        if not create:
            raise MissingDatabaseError(path)
    elif path.stat().st_size == 0 and not _has_wal(path):
        raise EmptyDatabaseError(path)
    exists = path.exists()
    if exists:
        try:
            with path.open("rb") as f:
                header = f.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise ReadOnlyLocationError(path, str(exc)) from exc
        if header != SQLITE_HEADER and not _may_be_encrypted(path):
            raise NotADatabaseError(path, "no SQLite header")
        if not _mode_writable(path) or not os.access(path, os.W_OK):
            raise ReadOnlyLocationError(path, "the file is write-protected")
    if not _mode_writable(folder) or not _folder_accepts_files(folder):
        raise ReadOnlyLocationError(path, "the folder is write-protected")
    return exists


def _may_be_encrypted(path: Path) -> bool:
    """A file without SQLite's header that may be an encrypted database: whole pages (a copy cut short is not)."""
    size = path.stat().st_size
    return size >= PAGE and size % PAGE == 0


def is_encrypted(path: Path | str) -> bool:
    """True when the file at ``path`` is there and is not a plain SQLite database (``check_location`` tells
    an encrypted one from a file that is neither)."""
    path = Path(path)
    return path.is_file() and path.stat().st_size > 0 and not is_plain(path)


def _has_wal(path: Path) -> bool:
    """A write-ahead log with content beside the file (a new database whose first pages are only there)."""
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def backups_of(path: Path) -> list[Path]:
    """The copies Feltkart wrote beside the database before a migration or a merge, newest first."""
    path = Path(path)
    found = [p for p in path.parent.glob(f"{path.stem}.before-*{path.suffix or '.sqlite'}") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def check_intact(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's check of every page and index of the database (``PRAGMA quick_check``); DamagedDatabaseError
    naming the backups beside it when it fails."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.DatabaseError as exc:
        if is_disk_full(exc):
            raise DiskFullError(path, str(exc)) from exc
        raise DamagedDatabaseError(path, str(exc), backups_of(path)) from exc
    if rows != ["ok"]:
        raise DamagedDatabaseError(path, "; ".join(rows), backups_of(path))


def as_store_error(exc: sqlite3.Error, path: Path) -> Exception:
    """The error to show for an SQLite error met on the database at ``path``: a full disk, a damaged file, or
    ``exc`` itself (a fault of the program, for the log)."""
    if is_disk_full(exc):
        return DiskFullError(path, str(exc))
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DamagedDatabaseError(path, str(exc), backups_of(path))
    return exc


def _mode_writable(p: Path) -> bool:
    # The owner's write bit, checked even for root: a write-protected file is a user's intent.
    return bool(p.stat().st_mode & stat.S_IWUSR)


def _folder_accepts_files(folder: Path) -> bool:
    # SQLite's WAL needs to create files beside the database. (os.open, not tempfile: cheaper at start.)
    probe = folder / f".feltkart-probe-{os.getpid()}-{id(folder)}"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except OSError:
        return False
    os.close(fd)
    try:
        probe.unlink()
    except OSError:
        pass
    return True


def _inspect(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Names of Feltkart migrations applied to an existing file; refuses others' and newer ones."""
    from core.storage.schema import MIGRATION_SET, known_migration_names

    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        applied: list[str] = []
        if MIGRATIONS_TABLE in tables:
            applied = [
                r[0]
                for r in conn.execute(
                    f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
                    [MIGRATION_SET],
                )
            ]
        written_by = "?"
        if "meta" in tables:
            row = conn.execute("SELECT value FROM meta WHERE key = 'app_version'").fetchone()
            written_by = row[0] if row else "?"
    except sqlite3.DatabaseError as exc:
        if is_disk_full(exc):
            raise DiskFullError(path, str(exc)) from exc
        # the header says SQLite (check_location): a file whose first pages do not read is damaged
        raise DamagedDatabaseError(path, str(exc), backups_of(path)) from exc
    # The migrations table alone is ours too: a first migration that failed leaves only it behind.
    user_tables = {t for t in tables if not t.startswith("sqlite_") and t != MIGRATIONS_TABLE}
    if user_tables and not applied:
        raise ForeignDatabaseError(path, ", ".join(sorted(user_tables)[:5]))
    unknown = [name for name in applied if name not in set(known_migration_names())]
    if unknown:
        raise NewerDatabaseError(path, written_by, unknown)
    return applied


def _connect(path: Path, exists: bool, key: Key | None) -> sqlite3.Connection:
    mode = "rw" if exists else "rwc"
    uri = path.resolve().as_uri() + f"?mode={mode}"
    try:
        conn = connect(uri, key, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.OperationalError as exc:
        raise ReadOnlyLocationError(path, str(exc)) from exc
    return conn


def copy_database(conn: sqlite3.Connection, target: Path, key: Key | None = None) -> None:
    """A consistent copy of ``conn``'s database at ``target`` (SQLite backup API), encrypted with ``key`` when
    given (the study's: a copy of an encrypted study is never plain). Refused while ``conn`` has a
    transaction open: with changes not yet committed, the backup would wait for them for ever."""
    if conn.in_transaction:
        raise RuntimeError("copy of the database: the connection has a transaction open; commit or roll back first")
    try:
        if key is None:
            dest = connect(target)
            try:
                conn.backup(dest)
            finally:
                dest.close()
        else:  # SQLCipher's backup copies pages as they are: a copy with a key of its own is written row by row
            conn.execute("ATTACH DATABASE ? AS copy KEY ?", [str(target), key.sql])
            try:
                conn.execute("SELECT sqlcipher_export('copy')")
            finally:
                conn.execute("DETACH DATABASE copy")
    except (sqlite3.Error, OSError) as exc:  # no half copy stays behind
        for part in (target, target.with_name(target.name + "-journal")):
            part.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFullError(target, str(exc)) from exc
        raise


def checkpoint(path: Path, key: Key | None = None) -> None:
    """Copy what the write-ahead log holds into the database file (SQLite's checkpoint), on a connection of
    its own. A merge leaves this for after its report (merge._bulk): for a big merge it takes a while, and
    nothing waits for it, as committed data are safe in the write-ahead log."""
    conn = connect(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        conn.close()


def backup_database(conn: sqlite3.Connection, path: Path, reason: str, key: Key | None = None) -> Path:
    """A consistent copy (``copy_database``, encrypted with ``key``) next to the database, named with the time."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix or '.sqlite'}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.{reason}-{stamp}-{n}{path.suffix or '.sqlite'}")
    copy_database(conn, target, key)
    log.info("backup of %s written to %s", path, target)
    return target


def open_store(path: Path | str, clock: Clock = wall_ms, create: bool = True, check: bool = False,
               passphrase: str | None = None, key: Key | None = None) -> Store:
    """Open the Feltkart database at ``path`` and migrate it; ``create``: make a new one when there is no file
    (the window, the demo), else MissingDatabaseError. ``check``: SQLite's check of every page first
    (``check_intact``), as a command does; an existing file is checked anyway before a migration writes
    into it. ``clock``: this laptop's time. ``passphrase`` (or the study's ``key``, worked out before): an
    encrypted study (a new file is made encrypted); an encrypted file without it is EncryptedDatabaseError, with
    a wrong one WrongPassphraseError, and a plain file given one NotEncryptedError, each leaving it untouched.
    The rest of Feltkart opens a study through ``core.workspace.open_workspace``, which brings its reference
    data up to date after this."""
    path = Path(path).expanduser()
    exists = check_location(path, create)
    key = _key_for(path, exists, passphrase, key)
    conn = _connect(path, exists, key)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if exists and key is not None:
            _try_key(conn, path)
        applied = _inspect(conn, path) if exists else []
        if exists and check:
            check_intact(conn, path)
        store = _prepare(conn, path, applied, clock, checked=check, key=key)
    except sqlite3.Error as exc:
        conn.close()
        mapped = as_store_error(exc, path)
        if mapped is exc:
            raise
        raise mapped from exc
    except BaseException:
        conn.close()
        raise
    return store


def _pragmas(conn: sqlite3.Connection, path: Path) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        log.warning("journal_mode is %s, not WAL, for %s", mode, path)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _key_for(path: Path, exists: bool, passphrase: str | None, key: Key | None) -> Key | None:
    """The key to open ``path`` with: None for a plain file; refuses what must not be opened."""
    encrypted = exists and is_encrypted(path)
    if not exists:
        return key or (new_key(passphrase) if passphrase is not None else None)
    if not encrypted:
        if key is not None or passphrase is not None:
            raise NotEncryptedError(path)
        return None
    if key is None and passphrase is None:
        raise EncryptedDatabaseError(path)
    salt = salt_of(path)
    if key is not None:
        if key.salt != salt:  # another study's key
            raise WrongPassphraseError(path)
        return key
    return derive_key(passphrase, salt)


def _try_key(conn: sqlite3.Connection, path: Path) -> None:
    """The first read of an encrypted file: a wrong key shows here, before anything is written."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if is_disk_full(exc):
            raise
        raise WrongPassphraseError(path, str(exc)) from exc


def _prepare(conn: sqlite3.Connection, path: Path, applied: list[str], clock: Clock, checked: bool,
             key: Key | None = None) -> Store:
    from core.storage.schema import known_migration_names, migration_set

    _pragmas(conn, path)

    store = Store(conn=conn, path=path, device_id="", is_new=not applied, clock=clock, key=key)
    pending = [name for name in known_migration_names() if name not in applied]
    if pending:
        if applied:
            if not checked:
                check_intact(conn, path)  # never migrate a damaged file
            store.backup_path = backup_database(conn, path, "before-migration", key)
        log.info("applying migrations %s to %s", pending, path)
        migration_set().apply(store.db)
        if key is not None and not applied:  # the salt at the start of the file, not only in the WAL
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.device_id = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0]
    return store
