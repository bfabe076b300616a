"""Re-writing the open study's database (encrypting it, changing its passphrase, undoing the encryption, taking
the study's key after a merge) off the GUI thread, with a progress bar and a way to stop.

The store's connection is closed while the file is re-written (``core.storage.crypt``: beside the old one, then
renamed into place) and opened again afterwards with the new key, or with its own when the re-writing failed or
was stopped (the file is then as it was). The windows' timers are held meanwhile, so that nothing reads the
closed store (a view's refresh after the interview windows were closed and saved), and started again after.
The window waits in a modal dialog; the call returns when the work has ended::

    key, outcome = rewrite(parent, store, lambda progress, stop: crypt.encrypt(store.path, secret, "encrypt",
                                                                              progress, stop),
                           new_key=lambda result: result[0], text="Encrypting …")
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.storage.crypt import ConversionStopped
from core.storage.store import Store
from ui.support.tasks import Task


class RewriteDialog(QDialog):
    """The bar of a re-writing and its Stop button; Escape asks to stop too, the dialog stays until the work
    has ended (a stop asked for takes effect before the database is in place, or not at all)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rewriteDialog")
        self.setWindowTitle("Feltkart")
        self.setModal(True)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first progress is told
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setObjectName("stopRewrite")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.task: Task | None = None
        self.stop_button.clicked.connect(self.reject)

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(int(1000 * done / total) if total else 0)

    def reject(self) -> None:
        """Stop asked for: said, and the dialog stays until the work has ended."""
        if self.task is not None and self.task.running and not self.task.cancelled:
            self.task.cancel()
            self.stop_button.setEnabled(False)
            self.label.setText(self.tr("Stopping: the database stays as it was, unless it was already re-written…"))

    def closeEvent(self, event) -> None:
        if self.task is not None and self.task.running:
            event.ignore()
            self.reject()
        else:
            super().closeEvent(event)


def hold_timers() -> list[QTimer]:
    """Stop the running timers of every window (the views' refreshes); returns them to ``start_timers``."""
    held = []
    for window in QApplication.topLevelWidgets():
        for timer in window.findChildren(QTimer):
            try:
                if timer.isActive():
                    timer.stop()
                    held.append(timer)
            except RuntimeError:  # its object went with a window being deleted
                continue
    return held


def start_timers(held: list[QTimer]) -> None:
    for timer in held:
        try:
            timer.start()
        except RuntimeError:  # its window was closed and deleted meanwhile
            continue


def rewrite(parent: QWidget | None, store: Store, work: Callable[[Callable, Callable], Any],
            new_key: Callable[[Any], Any], text: str) -> Any:
    """Run ``work(progress, stop)`` in a thread of its own with the store closed, showing its progress; open
    the store again with ``new_key(result)``. Returns the work's result; raises what it raised (the store then
    opened with its own key again), ConversionStopped when it was stopped."""
    held = hold_timers()
    store.close()
    dialog = RewriteDialog(text, parent)
    ended: dict[str, Any] = {}
    task = Task(lambda task: work(task.progress, lambda: task.cancelled), dialog, "feltkart-rewrite")
    dialog.task = task
    task.sig_progress.connect(dialog.show_progress)
    task.sig_done.connect(lambda result: ended.setdefault("result", result))
    task.sig_failed.connect(lambda exc: ended.setdefault("error", exc))
    task.sig_cancelled.connect(lambda: ended.setdefault("error", ConversionStopped("stopped")))
    task.sig_finished.connect(dialog.accept)
    task.start()
    try:
        dialog.exec()
        task.wait()
    finally:
        try:
            store.reconnect(new_key(ended["result"]) if "result" in ended else store.key)
        finally:
            start_timers(held)
    if "error" in ended:
        raise ended["error"]
    return ended["result"]
