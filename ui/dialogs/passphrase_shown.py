"""A passphrase Feltkart made for a file that leaves the laptop (the encrypted export), shown once: large, in a
typewriter font, with a Copy button and the advice to send it by another channel than the file. Feltkart keeps
it nowhere; when this dialog is closed it is gone."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ui.support.widgets import close_only


class ShownPassphraseDialog(QDialog):
    def __init__(self, passphrase: str, intro: str, parent=None):
        """``intro``: what was written and how it opens, above the passphrase."""
        super().__init__(parent)
        self.setObjectName("shownPassphrase")
        self.setWindowTitle(self.tr("Passphrase: shown only once"))
        about = QLabel(intro)
        about.setWordWrap(True)
        self.passphrase = QLineEdit(passphrase)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.passphrase.setFont(font)
        self.passphrase.setMinimumWidth(self.passphrase.fontMetrics().horizontalAdvance(passphrase) + 24)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copyPassphrase")
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.copy_button)
        advice = QLabel(self.tr("Send the passphrase by another channel than the file: by SMS or phone, never in "
                                "the same e-mail. Feltkart does not keep it: note it now, it is shown only this "
                                "once."))
        advice.setObjectName("passphraseAdvice")
        advice.setWordWrap(True)
        advice.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(row)
        layout.addWidget(advice)
        layout.addWidget(close_only(self, self.tr("Close")))
        self.passphrase.selectAll()
        self.copy_button.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.passphrase.text())
        self.copy_button.setText(self.tr("Copied"))
