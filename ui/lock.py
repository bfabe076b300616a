"""One Feltkart per database file: a lock file beside the database (QLockFile)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class DatabaseInUse(Exception):
    def __init__(self, path: Path, pid: int, host: str):
        self.path, self.pid, self.host = path, pid, host
        super().__init__(f"{path} is open in process {pid} on {host}")


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path) -> QLockFile:
    """Take the database's lock, or raise DatabaseInUse naming who holds it.

    A lock left by a process that no longer runs on this machine is taken over (Qt checks the PID).
    Keep the returned object alive as long as the database is open.
    """
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # never stale by age: a day-long interview session keeps its lock
    if lock.tryLock(0):
        return lock
    info = lock.getLockInfo()  # (pid, hostname, appname); pid 0 when the file cannot be read
    pid, host = (info[0], info[1]) if info else (0, "")
    raise DatabaseInUse(db_path, pid, host)
