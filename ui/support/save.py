"""Saving a file the user names: the native save dialog in the folder used last, the suffix of the chosen type
added when it is missing, the file written whole or not at all, and a message that says what to do when the
disk is full or the place cannot be written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.base.atomic import WriteError
from core.base.errors import DiskFullError
from ui.support import messages
from ui.support.settings import Key, folder, remember


def save_as(parent: QWidget, title: str, key: Key, name: str, formats: dict[str, str], write: Callable[[Path], None],
            failed_title: str) -> Path | None:
    """Ask where to save (``formats``: suffix -> dialog filter, the first the default), then ``write(target)``.
    Returns the file written, or None (cancelled, or refused with a message)."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(folder(key) / name), ";;".join(formats.values()))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower().lstrip(".") not in formats:
        suffix = next((k for k, v in formats.items() if v == chosen), next(iter(formats)))
        target = target.with_name(f"{target.name}.{suffix}")
    try:
        write(target)
    except DiskFullError:
        QMessageBox.warning(parent, failed_title, messages.disk_full(target))
        return None
    except WriteError as exc:
        QMessageBox.warning(parent, failed_title, QCoreApplication.translate(
            "messages", "{path} could not be written:\n{reason}\n\nChoose another folder, or close the file in the "
            "program that has it open, and save again.").format(path=target, reason=exc.reason))
        return None
    remember(key, str(target.parent))
    return target
