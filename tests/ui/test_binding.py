"""The Qt binding itself: a release of PySide6 (6.12.0) dropped a reference to None on every call of a method
returning void when run on Python 3.11, so that any running window crashed after a few thousand calls
("Fatal Python error: none_dealloc"). pyproject.toml keeps such a release out; this test catches the next."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QToolTip


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))
        QToolTip.hideText()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QGuiApplication.restoreOverrideCursor()
    assert sys.getrefcount(None) >= before - 100
