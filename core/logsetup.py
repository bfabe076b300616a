"""Logging to a rotating file in the platform's log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from core import paths

LOG_FILE = "feltkart.log"


def configure(log_dir: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Log to ``<log folder>/feltkart.log`` (1 MB x 5 files). Returns the file, or None if it cannot be written."""
    root = logging.getLogger()
    root.setLevel(level)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)
    folder = log_dir or paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        root.warning("cannot write the log in %s: %s", folder, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return folder / LOG_FILE
