"""Driving the modal dialogs and message boxes a test opens: each step gets the next dialog, fills it in and
closes it, polled with a timer (never a sleep)."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication


def answer(steps: list) -> None:
    """Each modal dialog that opens next is handed to the next step (which fills it in and closes it)."""
    def poll():
        widget = QApplication.activeModalWidget()
        if widget is None or getattr(widget, "_answered", False):
            QTimer.singleShot(10, poll)
            return
        widget._answered = True
        try:
            steps.pop(0)(widget)
        finally:
            if widget.isVisible():  # a failed step must not leave the dialog waiting
                widget.reject()
        if steps:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def click(text: str):
    """A step that clicks the button of that text."""
    def step(box):
        next(b for b in box.findChildren(QAbstractButton) if b.text() == text).click()
    return step
