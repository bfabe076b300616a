"""What an erasure leaves on disk: SQLite keeps deleted bytes in free pages and in the write-ahead log until
they are written over. ``purge`` copies the log into the file and empties it (a checkpoint that truncates),
rebuilds the file without free pages (VACUUM) and empties the log again, so that a search of the raw bytes of
the database and its write-ahead log no longer finds an erased name. The backups Feltkart wrote beside the
database before a migration or a merge still hold the names: ``backups`` lists them, ``remove_backups``
deletes them (only when the user chose so)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from core.base.errors import DiskFullError

if TYPE_CHECKING:
    from core.storage.store import Store

MARGIN = 1 << 20  # room beyond the copies, for the text index's and the journal's pages


def backups(path: Path) -> list[Path]:
    """The copies beside the database written before a migration or a merge (newest first)."""
    from core.storage.store import backups_of

    return backups_of(path)


def remove_backups(found: list[Path]) -> list[Path]:
    """Delete these backups (with a write-ahead log a copy may have); returns those removed."""
    removed = []
    for path in found:
        for part in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            part.unlink(missing_ok=True)
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def check_space(path: Path) -> None:
    """Refuse (DiskFullError, before anything is written) when the disk, or the size of a file this process
    may write, has no room for what erasing writes: the changed pages in the write-ahead log, then the
    rebuilt file (VACUUM writes a copy of the database and then the log again)."""
    size = _size(path)
    free = shutil.disk_usage(path.parent).free
    limit = None
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        limit = None if soft == resource.RLIM_INFINITY else soft
    except (ImportError, ValueError, OSError):  # Windows has no such limit
        pass
    if free < 2 * size + MARGIN or (limit is not None and limit < size + MARGIN):
        raise DiskFullError(path, f"erasing needs room for about {(2 * size + MARGIN) >> 20} MB more")


def purge(store: "Store") -> bool:
    """Copy the write-ahead log into the file, rebuild the file without free pages and empty the log again.
    True when the log is empty at the end (False: another connection was reading, so the log could not be
    emptied; what it holds is overwritten as the database is used, or at the next purge)."""
    conn = store.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store_in = conn.execute("PRAGMA temp_store").fetchone()[0]
    conn.execute("PRAGMA temp_store = MEMORY")  # VACUUM's copy never in a temporary file
    try:
        conn.execute("VACUUM")
    finally:
        conn.execute(f"PRAGMA temp_store = {int(store_in)}")
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return not busy
