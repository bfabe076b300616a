"""Logging to a file in the platform's log folder, rotated at start (1 MB, five old files kept)."""

from __future__ import annotations

import logging
from pathlib import Path

from core.base import paths

LOG_FILE = "feltkart.log"
MAX_BYTES = 1_000_000
KEEP = 5


def _rotate(path: Path) -> None:
    # At start rather than while running (logging.handlers' rotation costs start-up time to import;
    # one session does not write a megabyte).
    if not path.exists() or path.stat().st_size < MAX_BYTES:
        return
    for n in range(KEEP - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{n + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def configure(log_dir: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Log to ``<log folder>/feltkart.log`` and warnings to stderr. Returns the file, or None if it cannot be written."""
    root = logging.getLogger()
    root.setLevel(level)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)
    folder = log_dir or paths.log_dir()
    target = folder / LOG_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _rotate(target)
        handler = logging.FileHandler(target, encoding="utf-8")
    except OSError as exc:
        root.warning("cannot write the log in %s: %s", folder, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return target
