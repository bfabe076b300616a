"""A window for one interview. Closing it (Ctrl+W, Esc) saves what is pending."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMessageBox

from core import interviews as iv
from core.base import dates
from core.storage.store import Store
from ui.interview.interview_form import InterviewForm
from ui.support.settings import Key, remember, remembered


class InterviewWindow(QMainWindow):
    sig_closed = Signal(str)

    def __init__(self, store: Store, interview_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("interviewWindow")
        self._store = store
        self.form = InterviewForm(store, interview_id)
        self.setCentralWidget(self.form)
        self.form.sig_history_requested.connect(self.show_history)
        summary = iv.get(store, interview_id).summary
        self.setWindowTitle(
            self.tr("Interview: {municipality}, {date}").format(
                municipality=summary.municipality_name or "–", date=dates.format(summary.interview_date)
            ) + " – Feltkart"
        )
        available = self.screen().availableGeometry()
        self.resize(min(1280, int(available.width() * 0.95)), min(860, int(available.height() * 0.92)))
        geometry = remembered(Key.INTERVIEW_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        for keys in ("Ctrl+W", "Escape"):  # nothing is lost: answers are saved as typed, the rest on closing
            QShortcut(QKeySequence(keys), self, activated=self.close)
        self._shown = False
        self._answer: tuple[str, str, int | None] | None = None

    def go_to_answer(self, field: str, scheme: str = "", position: int | None = None) -> None:
        """The answer (field, scheme) in view with the cursor in its text at ``position`` (code points): now, or
        when the window is first shown."""
        self._answer = (field, scheme, position)
        if self._shown:
            self.form.focus_answer(*self._answer)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown:  # opened: the answer asked for, else the first field without an answer
            self._shown = True
            if self._answer is None or not self.form.focus_answer(*self._answer):
                self.form.focus_first_empty()

    def _confirm_close(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unsaved input"),
            self.tr("What is typed in {fields} could not be saved (see the message at the field). "
                    "Close anyway and lose it?").format(fields=", ".join(self.form.unsaved_labels())),
            parent=self,
        )
        back = box.addButton(self.tr("Go back and correct it"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close and lose it"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is not back

    def show_history(self, interview_id: str) -> None:
        from ui.interview.history_dialog import HistoryDialog

        self.form.flush()
        HistoryDialog(self._store, interview_id, self).exec()

    def closeEvent(self, event) -> None:
        self.form.flush()
        if self.form.unsaved and not self._confirm_close():
            event.ignore()
            return
        remember(Key.INTERVIEW_GEOMETRY, self.saveGeometry())
        self.sig_closed.emit(self.form.interview_id)
        super().closeEvent(event)
