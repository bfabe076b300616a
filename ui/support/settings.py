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
