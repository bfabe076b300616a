"""The head of an interview's form: the municipality and date, the status, when it was last saved, the buttons,
a banner for what stops completing, and a banner that says a complete interview is read-only, with the way to
reopen it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core import interviews as iv
from core.base import dates

PROBLEM_STYLE = "background: #fdecea; color: #8a1c1c; padding: 6px; border-radius: 3px;"
LOCKED_STYLE = "#lockBanner { background: #e3ecf7; border: 1px solid #9db5d6; border-radius: 3px; }"


class FormHeader(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("interviewTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.status_label = QLabel()
        self.status_label.setObjectName("interviewStatus")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setStyleSheet("color: palette(mid);")
        self.complete_button = QPushButton(self.tr("&Complete"))
        self.complete_button.setToolTip(self.tr("Check the required answers and mark the interview complete (Ctrl+Enter)"))
        self.history_button = QPushButton(self.tr("&History…"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title)
        row.addWidget(self.status_label)
        row.addStretch(1)
        row.addWidget(self.saved_label)
        row.addWidget(self.history_button)
        row.addWidget(self.complete_button)

        self.banner = QLabel()  # what stops completing, or what could not be saved
        self.banner.setObjectName("problemBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(PROBLEM_STYLE)
        self.banner.setVisible(False)

        self.lock_banner = QFrame()
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setStyleSheet(LOCKED_STYLE)
        self.lock_label = QLabel(self.tr("Complete – reopen it to change answers. The reason is kept in its history."))
        self.lock_label.setObjectName("lockLabel")
        self.lock_label.setWordWrap(True)
        self.lock_label.setStyleSheet("color: #1a3c66; font-weight: bold;")
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        lock = QHBoxLayout(self.lock_banner)
        lock.setContentsMargins(8, 4, 4, 4)
        lock.addWidget(self.lock_label, 1)
        lock.addWidget(self.reopen_button)
        self.lock_banner.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.lock_banner)

    def show_summary(self, summary) -> None:
        """Title, status, and which of Complete and the read-only banner with Reopen is shown."""
        self.title.setText(f"{summary.municipality_name or '–'} · {dates.format(summary.interview_date)}")
        complete = summary.status == iv.COMPLETE
        self.status_label.setText(self.tr("Complete") if complete else self.tr("Draft"))
        self.status_label.setStyleSheet(
            "padding: 2px 8px; border-radius: 8px; color: white; background: %s;" % ("#2e7d32" if complete else "#8d6e00")
        )
        self.complete_button.setVisible(not complete)
        self.lock_banner.setVisible(complete)
        if complete:
            self.banner.setVisible(False)

    def show_problem(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    def show_saved(self, review: int = 0) -> None:
        """Saved, and how many marked passages of what was saved now need review in Sitater (its text was
        edited where they stood)."""
        saved = self.tr("Saved {time}").format(time=datetime.now().strftime("%H:%M:%S"))
        if review:
            saved += " · " + (self.tr("1 marked passage of this text needs review in Sitater") if review == 1 else
                              self.tr("{n} marked passages of this text need review in Sitater").format(n=review))
        self.saved_label.setStyleSheet("color: #8a4b00;" if review else "color: palette(mid);")
        self.saved_label.setText(saved)

    def show_busy(self) -> None:
        self.saved_label.setStyleSheet("color: #8a4b00; font-weight: bold;")  # not the quiet grey of "Saved"
        self.saved_label.setText(self.tr("Not saved yet: the database is busy (a merge is running). Trying again…"))
