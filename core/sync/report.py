"""What a merge did: the packages merged, refused (with why) and stopped, the counts, the conflicts and possible
duplicates it left, and the backup written before it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from core.base.driver import Key
from core.fieldwork.records import FieldConflict
from core.interviews.coding import CodingConflict
from core.sync.conflicts import Conflict
from core.sync.package import PackageError


@dataclass
class MergeReport:
    merged: list[str] = field(default_factory=list)
    refused: list[PackageError] = field(default_factory=list)  # each names its file and why
    added_interviews: int = 0
    merged_nothing_new: bool = False  # every package merged held only what this laptop had: nothing written
    added_changes: int = 0
    updated_answers: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    changed_after_delete: list[str] = field(default_factory=list)  # interview ids
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # interview id pairs
    fieldwork_changes: int = 0  # changes of the sample, assignments, contacts and appointments
    fieldwork_conflicts: list[FieldConflict] = field(default_factory=list)
    theme_changes: int = 0  # changes of the themes and marked passages
    theme_conflicts: list[CodingConflict] = field(default_factory=list)
    backup: Path | None = None
    stopped: list[str] = field(default_factory=list)  # not merged: the user stopped the merge before or during them
    erased_logs: int = 0  # logs in which an erasure of personal data (new here, or of changes new here) erased names
    purged: bool = False  # after it, the file rebuilt and its write-ahead log emptied (core.privacy.purge)
    # the study's key, when this laptop's encrypted database has a salt of its own (it was encrypted before it
    # joined the study) and a package of the study was opened with the study's passphrase: the caller re-writes
    # the database with it (core.storage.crypt.to_study_key), so that the study's packages open without a word
    study_key: Key | None = field(default=None, repr=False)
    study_key_taken: bool | None = None  # the caller's: re-written with it (True), or that failed (False)
    study_key_backups: list[Path] = field(default_factory=list)  # backups that kept the old key (failed)
