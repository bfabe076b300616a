"""One Feltkart at a time per database file: a lock file beside it (``feltkart.sqlite.lock``), held by the
window and by every command that writes.

The lock is the operating system's (``flock`` on Linux and macOS, a byte-range lock on Windows) on that file,
so it ends with the process that held it, even when the process is killed or the power goes: a lock is never
left behind. The file itself holds who has it (process id, program, computer), for the message to the one
who is refused; it stays beside the database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.base.errors import FeltkartError

_WINDOWS_BYTE = 1 << 20  # Windows locks a byte range against reading too: the lock is on a byte past the text


class DatabaseInUse(FeltkartError):
    """Another Feltkart (a window or a command) has the database open."""

    def __init__(self, path: Path, pid: int, host: str):
        self.path, self.pid, self.host = Path(path), pid, host
        super().__init__(f"{path} is open in process {pid} on {host or '?'}")


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


class FileLock:
    """The operating system's lock on one file (made if missing), for one holder at a time: another process,
    or another FileLock on the same file in this process, is refused until ``release``."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        """Take the lock if it is free; never waits."""
        fd = self._try()
        if fd is None:
            return False
        self._fd = fd
        return True

    def _try(self, on_refusal=None) -> int | None:
        """The open, locked file, or None when another holder has it (``on_refusal(fd)`` reads it first)."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if _try_lock(fd):
            return fd
        try:
            if on_refusal:
                on_refusal(fd)
        finally:
            os.close(fd)
        return None

    def write(self, text: str) -> None:
        """Replace the locked file's content with ``text`` (who holds it, what it is for)."""
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, text.encode("utf-8"))

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


class DatabaseLock(FileLock):
    """The lock of one database file, taken by ``acquire`` (or as a context manager) until ``release``; the
    lock file holds who has it."""

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        super().__init__(lock_path(self.db_path))

    def acquire(self) -> "DatabaseLock":
        """Take the lock, or raise DatabaseInUse naming who has it. Never waits."""
        holder: list[tuple[int, str]] = []
        self._fd = self._try(lambda fd: holder.append(_holder(fd)))
        if self._fd is None:
            raise DatabaseInUse(self.db_path, *holder[0])
        try:
            self.write(f"{os.getpid()}\nFeltkart\n{_computer()}\n")
        except BaseException:
            self.release()
            raise
        return self

    unlock = FileLock.release

    def __enter__(self) -> "DatabaseLock":
        return self if self.held else self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def acquire(db_path: Path | str) -> DatabaseLock:
    """Take the database's lock (DatabaseInUse when another Feltkart has it); keep the result while the
    database is open and ``release`` it after."""
    return DatabaseLock(db_path).acquire()


def _computer() -> str:
    """This computer's name (without the socket module, which costs start-up time to import)."""
    return os.uname().nodename if hasattr(os, "uname") else os.environ.get("COMPUTERNAME", "")


def _holder(fd: int) -> tuple[int, str]:
    """(process id, computer) written in the lock file; (0, '') when they cannot be read."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        lines = os.read(fd, 512).decode("utf-8", "replace").splitlines()
        return int(lines[0]), (lines[2] if len(lines) > 2 else "")
    except (OSError, ValueError, IndexError):
        return 0, ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows laptops
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
