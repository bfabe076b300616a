"""Errors the core raises for the user to read. Each carries the facts; ``ui.messages`` words them."""

from __future__ import annotations

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
    """The file is not an SQLite database, or is damaged."""


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


class NotFoundError(FeltkartError):
    def __init__(self, what: str, key: str):
        self.what = what
        self.key = key
        super().__init__(f"{what} {key!r} not found")
