"""The one way Feltkart writes a file or a folder of files: under a temporary name beside the target, renamed
over it when complete, so that a crash, a full disk or a cancel never leaves half a file where the target
should be, and nothing is replaced until the new content is whole.

Every temporary file and folder is noted in ``<data folder>/pending`` while it exists, under a lock held by the
process that writes it: a process that was killed leaves the note behind with its lock gone, and
``clean_leftovers`` (at every start) removes what it names. Written files get the permissions any new file
of the user gets (the umask), whatever their format.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.base import paths
from core.base.errors import DiskFullError, FeltkartError, is_disk_full
from core.base.lock import FileLock

log = logging.getLogger(__name__)


class WriteError(FeltkartError):
    """A target that cannot be written (a folder that is gone, no permission, a file open in another program):
    ``path`` and the reason (the system's words, or one of the constants)."""

    NO_FOLDER = "the folder does not exist"
    IS_FILE = "a file has that name; choose a folder"

    def __init__(self, path: Path | str, reason: str, errno: int | None = None):
        self.path, self.reason, self.errno = Path(path), reason, errno
        super().__init__(f"{path}: {reason}")


def pending_dir() -> Path:
    return paths.data_dir() / "pending"


@contextmanager
def _noted(temp: Path) -> Iterator[None]:
    """Note ``temp`` in the pending folder for as long as the block runs (see the module's docstring)."""
    folder = pending_dir()
    note = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        note = FileLock(folder / f"{temp.name}.{os.urandom(4).hex()}.json")
        note.try_acquire()  # a new name: free
        note.write(json.dumps({"path": str(temp)}))
    except OSError as exc:  # no note: the write still goes on; only a crash's leftover would stay
        log.warning("cannot note %s in %s: %s", temp, folder, exc)
        note = None
    try:
        yield
    finally:
        if note is not None:
            note.release()
            note.path.unlink(missing_ok=True)


def refused(target: Path, exc: OSError) -> Exception:
    """The error to raise for ``exc`` met while writing ``target``: DiskFullError or WriteError."""
    if is_disk_full(exc):
        return DiskFullError(target, exc.strerror or str(exc))
    return WriteError(target, exc.strerror or str(exc), exc.errno)


@contextmanager
def atomic_file(target: Path | str, suffix: str = "") -> Iterator[Path]:
    """A temporary path beside ``target`` to write to; when the block ends without an error the file takes the
    target's place (made durable first), otherwise it is removed. ``suffix`` for writers that go by it
    (matplotlib, openpyxl). Raises WriteError (no folder, no permission) or DiskFullError."""
    target = Path(target)
    if not target.parent.is_dir():
        raise WriteError(target, WriteError.NO_FOLDER)
    temp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.part{suffix}")
    with _noted(temp):
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as to any file
            os.close(fd)
        except OSError as exc:
            raise refused(target, exc) from exc
        try:
            yield temp
            with open(temp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(temp, target)
        except OSError as exc:
            raise refused(target, exc) from exc
        finally:
            temp.unlink(missing_ok=True)


def replace(temp: Path, target: Path) -> None:
    """Put a finished temporary file in the target's place (WriteError, DiskFullError)."""
    try:
        os.replace(temp, target)
    except OSError as exc:
        raise refused(target, exc) from exc


@contextmanager
def work_folder(prefix: str, parent: Path | None = None) -> Iterator[Path]:
    """A new folder for work in progress (in the system's temporary folder, or ``parent``), removed with all
    it holds when the block ends, and at the next start when the process was killed."""
    import tempfile

    try:
        folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    except OSError as exc:
        raise refused(Path(parent or tempfile.gettempdir()), exc) from exc
    with _noted(folder):
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def clean_leftovers() -> list[Path]:
    """Remove what processes that were killed left half-written (see the module's docstring). Returns what was
    removed."""
    folder = pending_dir()
    removed = []
    if not folder.is_dir():
        return removed
    for note in folder.glob("*.json"):
        lock = FileLock(note)
        try:
            if not lock.try_acquire():
                continue  # its process is still writing
        except OSError:
            continue
        try:
            target = Path(json.loads(note.read_text(encoding="utf-8"))["path"])
            if target.is_dir():
                shutil.rmtree(target, ignore_errors=True)
            elif target.exists():
                target.unlink()
            removed.append(target)
            log.info("removed %s, left half-written by a Feltkart that was stopped", target)
        except (OSError, ValueError, KeyError, TypeError):
            pass
        finally:
            lock.release()
            note.unlink(missing_ok=True)
    return removed
