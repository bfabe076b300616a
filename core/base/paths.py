"""Where Feltkart keeps its files: the platform's user folders (platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Feltkart"

_dirs = PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def log_dir() -> Path:
    return Path(_dirs.user_log_dir)


def cache_dir() -> Path:
    return Path(_dirs.user_cache_dir)


def default_db_path() -> Path:
    return data_dir() / "feltkart.sqlite"
