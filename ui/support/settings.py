"""What Feltkart remembers between starts (QSettings: the window's state, the last folders and choices, the
language), each under one named key."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSettings


class Key(str, Enum):
    LANGUAGE = "ui/language"
    MAIN_GEOMETRY = "mainWindow/geometry"
    MAIN_STATE = "mainWindow/state"
    MAIN_SPLITTER = "mainWindow/splitter/main"
    MAIN_VIEW = "mainWindow/view"  # the view shown last
    INTERVIEW_GEOMETRY = "interviewWindow/geometry"
    CHART_KIND = "charts/kind"
    CHART_FOLDER = "charts/folder"
    EXPORT_FORMAT = "export/format"
    EXPORT_FOLDER = "export/folder"
    PACKAGE_FOLDER = "packages/folder"
    PACKAGE_RECIPIENTS = "packages/recipients"
    SAMPLE_FOLDER = "fieldwork/sampleFolder"
    CALENDAR_FOLDER = "fieldwork/calendarFolder"
    ENCRYPTED_STUDIES = "security/encryptedStudies"  # the databases this computer knows to be encrypted


def view_splitter(view: str) -> str:
    """The key of a view's splitter state, by the view's name."""
    return f"mainWindow/splitter/{view.lower()}"


def remembered(key: Key | str, default=None):
    return QSettings().value(key.value if isinstance(key, Key) else key, default)


def remember(key: Key | str, value) -> None:
    QSettings().setValue(key.value if isinstance(key, Key) else key, value)


def folder(key: Key) -> Path:
    """The folder remembered under ``key``, else the home folder."""
    return Path(remembered(key, str(Path.home())))


def _encrypted() -> list[str]:
    value = remembered(Key.ENCRYPTED_STUDIES, [])
    return [value] if isinstance(value, str) else list(value or [])


def known_encrypted(path: Path) -> bool:
    """True when the database at ``path`` was encrypted when this computer last opened it."""
    return str(Path(path).resolve()) in _encrypted()


def note_encrypted(path: Path, encrypted: bool) -> None:
    """Remember whether the database at ``path`` is encrypted (a plain file later in its place is refused)."""
    name = str(Path(path).resolve())
    known = [p for p in _encrypted() if p != name] + ([name] if encrypted else [])
    remember(Key.ENCRYPTED_STUDIES, known)
