"""Reopening a complete interview: the reason asked for, kept in its history. Without a reason the dialog stays
open and says so beside the field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout

from core import interviews as iv
from core.storage.store import Store
from ui.support.widgets import ok_cancel


class ReopenDialog(QDialog):
    def __init__(self, store: Store, interview_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Reopen interview"))
        self._store = store
        self._interview_id = interview_id
        self.reason = QLineEdit()
        self.reason.setObjectName("reopenReason")
        self.reason.setMaxLength(500)
        label = QLabel(self.tr("&Why is the complete interview reopened? (kept in its history)"))
        label.setWordWrap(True)
        label.setBuddy(self.reason)
        self.error = QLabel()
        self.error.setObjectName("reopenError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = ok_cancel(self, self.tr("Reopen"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.textEdited.connect(lambda _text: self.error.setVisible(False))
        self.setMinimumWidth(460)

    def accept(self) -> None:
        try:
            iv.reopen(self._store, self._interview_id, self.reason.text())
        except iv.ReasonRequiredError:
            self.error.setText(self.tr("Write why it is reopened: the reason is kept in the interview's history."))
            self.error.setVisible(True)
            self.reason.setFocus()
            return
        super().accept()
