"""Errors the core raises for the user to read. Each carries the facts; ``ui.support.messages`` words them."""

from __future__ import annotations

import errno
from pathlib import Path


class FeltkartError(Exception):
    """An error with a cause the user can act on (as opposed to a bug)."""


class StoreError(FeltkartError):
    def __init__(self, path: Path | str, detail: str = ""):
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"{type(self).__name__}: {self.path}" + (f" ({detail})" if detail else ""))


class DatabaseIsFolderError(StoreError):
    """The path names a folder, not a file."""


class FolderMissingError(StoreError):
    """The folder that should hold the database does not exist."""


class ReadOnlyLocationError(StoreError):
    """The database file or its folder cannot be written."""


class NotADatabaseError(StoreError):
    """The file is not an SQLite database."""


class MissingDatabaseError(StoreError):
    """No database at the path: a command that reads does not make a new one (a typing error in the path)."""


class EmptyDatabaseError(StoreError):
    """The file is empty (0 bytes): not a database, perhaps a copy that did not finish."""


class DamagedDatabaseError(StoreError):
    """An SQLite database whose pages fail SQLite's check: nothing is written into it. ``backups`` are the
    copies Feltkart wrote beside it (before a migration or a merge), newest first."""

    def __init__(self, path: Path | str, detail: str = "", backups: list[Path] | None = None):
        self.backups = list(backups or [])
        super().__init__(path, detail)


class DiskFullError(StoreError):
    """The disk (or the space the system allows) is full where Feltkart writes ``path``: nothing was left
    half-written."""


class ForeignDatabaseError(StoreError):
    """An SQLite database that another program made: Feltkart will not write into it."""


class DatabaseBusyError(StoreError):
    """Another connection holds the database's write lock longer than the busy timeout (a big merge): nothing
    was written; the same save can be tried again shortly."""


class NewerDatabaseError(StoreError):
    """Written by a newer Feltkart than this one."""

    def __init__(self, path: Path | str, written_by: str, unknown: list[str]):
        self.written_by = written_by
        self.unknown_migrations = unknown
        super().__init__(path, f"written by Feltkart {written_by}; unknown migrations {unknown}")


class EncryptedDatabaseError(StoreError):
    """The file is encrypted (or not a database at all) and no passphrase was given."""


class WrongPassphraseError(StoreError):
    """The passphrase given does not open the encrypted file: it stays as it was; another try may follow."""


class NotEncryptedError(StoreError):
    """A passphrase was given (the study is encrypted) but the file is plain: perhaps a plain copy put in the
    encrypted study's place. Feltkart does not open it as the study."""


class PassphraseError(FeltkartError):
    """A new passphrase Feltkart will not use: ``reason`` is "short" (fewer than ``minimum`` characters),
    "blank" (only spaces) or "mismatch" (the two typings differ)."""

    def __init__(self, reason: str, minimum: int = 0):
        self.reason, self.minimum = reason, minimum
        super().__init__(f"passphrase: {reason}")


class ValidationError(FeltkartError):
    """Input that breaks a rule. ``errors`` maps a field name to an error code."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__(", ".join(f"{k}: {v}" for k, v in self.errors.items()))


class SchemeInUseError(FeltkartError):
    """A scheme that recorded data refers to cannot be deleted, only deactivated."""

    def __init__(self, code: str, references: int):
        self.code = code
        self.references = references
        super().__init__(f"scheme {code!r} has {references} references")


class ThemeNameError(ValidationError):
    """A theme's name that cannot be: ``reason`` "empty", "too_long" or "duplicate" (another theme, ``other``
    its id, already has it: names are compared without case and surrounding spaces)."""

    def __init__(self, reason: str, name: str, other: str | None = None):
        self.reason, self.name, self.other = reason, name, other
        super().__init__({"name": reason})


class ThemeInUseError(FeltkartError):
    """A theme still given to ``passages`` marked passages (or with ``sub_themes``) is deleted only when told what
    becomes of its markings: dropped from those passages, or moved to another theme."""

    def __init__(self, theme_id: str, name: str, passages: int, sub_themes: int):
        self.theme_id, self.name, self.passages, self.sub_themes = theme_id, name, passages, sub_themes
        super().__init__(f"theme {name!r} is given to {passages} passages and has {sub_themes} sub-themes")


class NotFoundError(FeltkartError):
    def __init__(self, what: str, key: str):
        self.what = what
        self.key = key
        super().__init__(f"{what} {key!r} not found")


_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def is_disk_full(exc: BaseException) -> bool:
    """True for an error that says the disk (or the file size the system allows) is full: ENOSPC or EFBIG
    from the system, "database or disk is full" or a failed write ("disk I/O error") from SQLite."""
    if isinstance(exc, OSError):
        return exc.errno in _FULL
    text = str(exc).lower()
    if type(exc).__name__ == "SerialisationError":  # lxml (openpyxl's writer) names the system's error
        return text.strip() in ("io_enospc", "io_efbig")
    sqlite_error = type(exc).__module__ in ("sqlite3", "sqlcipher3.dbapi2")
    return sqlite_error and ("disk is full" in text or "disk i/o error" in text)
