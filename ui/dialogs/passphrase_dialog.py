"""Passphrases typed by the user: the one that opens an encrypted database or package (asked again, with the
reason, until it opens or the user gives up), and a new one for a study (typed twice, with the plain warning that
a lost passphrase cannot be recovered). Neither dialog keeps the passphrase once it has given it to its caller."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from core.base.driver import MIN_PASSPHRASE
from core.base.errors import PassphraseError, WrongPassphraseError
from core.storage.crypt import check_new_passphrase
from ui.support.widgets import ok_cancel

ERROR_STYLE = "color: #b00020;"


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)  # æ, ø, å and dead keys
    field.setMinimumWidth(360)
    return field


def fit_label(label: QLabel, width: int) -> None:
    """A wrapped label of rich text at ``width`` with room for all its lines (a layout lays such a label out
    too short when its width is not known)."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(width)
    label.setFixedSize(width, int(document.size().height()) + label.fontMetrics().height() // 2)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("passphraseError")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class AskPassphraseDialog(QDialog):
    """The passphrase of an encrypted file. ``opener(passphrase)`` opens it (it returns what it opened, kept in
    ``opened``) or raises WrongPassphraseError: the dialog then says so, clears the field and waits for another
    try. ``intro``: which file and why."""

    def __init__(self, intro: str, opener: Callable[[str], object], parent: QWidget | None = None,
                 ok_text: str | None = None):
        super().__init__(parent)
        self.setObjectName("askPassphrase")
        self.setWindowTitle(self.tr("Passphrase"))
        self._opener = opener
        self.opened: object = None
        self.tries = 0
        about = QLabel(intro)
        about.setObjectName("passphraseIntro")
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fit_label(about, 540)
        self.passphrase = _secret_field("passphrase")
        self.show_text = QCheckBox(self.tr("&Show the passphrase"))
        self.show_text.toggled.connect(lambda on: self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.show_text)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, ok_text or self.tr("Open"), self.tr("Cancel")))
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(560)
        self.passphrase.setFocus()

    def accept(self) -> None:
        typed = self.passphrase.text()
        if not typed:
            self._say(self.tr("Type the passphrase."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key takes a tenth of a second
        try:
            self.opened = self._opener(typed)
        except WrongPassphraseError:
            self.tries += 1
            self._say(self.tr("That passphrase does not open it (try {n}). Check it: letters, spaces and capitals "
                              "count, and Caps Lock may be on.").format(n=self.tries))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase.clear()
        super().accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class NewPassphraseDialog(QDialog):
    """A new passphrase for a study, typed twice, with the warning; ``passphrase`` once accepted. ``extra``: a
    widget shown under the fields (what becomes of the plain backups)."""

    def __init__(self, intro: str, parent: QWidget | None = None, extra: QWidget | None = None,
                 ok_text: str | None = None):
        super().__init__(parent)
        self.setObjectName("newPassphrase")
        self.setWindowTitle(self.tr("New passphrase"))
        self.passphrase = ""
        about = QLabel(intro)
        about.setWordWrap(True)
        fit_label(about, 580)
        self.first = _secret_field("newPassphrase")
        self.again = _secret_field("repeatPassphrase")
        self.show_text = QCheckBox(self.tr("&Show what I type"))
        self.show_text.toggled.connect(self._show)
        form = QFormLayout()
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("&Repeat it:"), self.again)
        form.addRow("", self.show_text)
        hint = QLabel(self.tr("At least {n} characters. A sentence of four or five ordinary words is strong and easy "
                              "to remember.").format(n=MIN_PASSPHRASE))
        hint.setWordWrap(True)
        warning = QLabel(self.tr("<b>A lost passphrase cannot be recovered.</b> Without it nobody, Feltkart and its "
                                 "makers included, can open the study's data again. Note it where the study lead "
                                 "keeps such things, and tell it to the other coordinators by phone or in person, "
                                 "never in an e-mail with a package."))
        warning.setObjectName("lostPassphraseWarning")
        warning.setWordWrap(True)
        self.understood = QCheckBox(self.tr("I have noted the passphrase and &understand that it cannot be recovered"))
        self.understood.setObjectName("understood")
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(hint)
        if extra is not None:
            layout.addWidget(extra)
        layout.addWidget(warning)
        layout.addWidget(self.understood)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, ok_text or self.tr("Encrypt"), self.tr("Cancel")))
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(600)
        self.first.setFocus()

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.again.setEchoMode(mode)

    def accept(self) -> None:
        try:
            check_new_passphrase(self.first.text(), self.again.text())
        except PassphraseError as exc:
            self._say(words_for(exc), self.again if exc.reason == "mismatch" else self.first)
            return
        if not self.understood.isChecked():
            self._say(self.tr("Tick the box to confirm that you have noted the passphrase."), self.understood)
            return
        self.passphrase = self.first.text()
        self.first.clear()
        self.again.clear()
        super().accept()

    def _say(self, text: str, where: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        where.setFocus()


def words_for(exc: PassphraseError) -> str:
    if exc.reason == "mismatch":
        return QCoreApplication.translate("NewPassphraseDialog", "The two passphrases differ: type the same one twice.")
    return QCoreApplication.translate(
        "NewPassphraseDialog", "The passphrase must have at least {n} characters (and not only spaces)."
    ).format(n=exc.minimum)
