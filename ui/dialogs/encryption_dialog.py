"""Fil → Innstillinger → Kryptering: whether the study's database is encrypted, and the three things to do
about it: encrypt it (with what becomes of the plain backups beside it), change the passphrase, undo the
encryption. Each re-writes the file beside the old one and renames it into place (``core.storage.crypt``) while
the window waits in a dialog with a progress bar and a Stop button (a few seconds for a big study); the window
goes on with the same study afterwards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.base.driver import derive_key
from core.base.errors import FeltkartError, WrongPassphraseError
from core.storage import crypt
from core.storage.crypt import ConversionStopped
from core.storage.store import Store, backups_of, is_encrypted
from ui.dialogs.passphrase_dialog import AskPassphraseDialog, NewPassphraseDialog, fit_label
from ui.support import messages
from ui.support.rewrite import rewrite
from ui.support.settings import note_encrypted
from ui.support.widgets import close_only


class EncryptionDialog(QDialog):
    """``before_change()``: what the window does before the file is re-written (its interview windows closed,
    its work in the background stopped)."""

    def __init__(self, store: Store, parent: QWidget | None = None, before_change: Callable[[], None] | None = None):
        super().__init__(parent)
        self.setObjectName("encryptionDialog")
        self.setWindowTitle(self.tr("Encryption"))
        self._store = store
        self._before = before_change or (lambda: None)
        self.status = QLabel()
        self.status.setObjectName("encryptionStatus")
        self.status.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("&Encrypt…"))
        self.encrypt_button.setObjectName("encrypt")
        self.encrypt_button.clicked.connect(self.encrypt)
        self.rekey_button = QPushButton(self.tr("C&hange passphrase…"))
        self.rekey_button.setObjectName("rekey")
        self.rekey_button.clicked.connect(self.rekey)
        self.decrypt_button = QPushButton(self.tr("&Remove encryption…"))
        self.decrypt_button.setObjectName("decrypt")
        self.decrypt_button.clicked.connect(self.decrypt)
        row = QHBoxLayout()
        for button in (self.encrypt_button, self.rekey_button, self.decrypt_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(close_only(self, self.tr("Close")))
        self.setMinimumWidth(640)
        self._refresh()

    def _refresh(self) -> None:
        on = self._store.encrypted
        if on:
            self.status.setText(self.tr(
                "<b>The study's database is encrypted</b> (SQLCipher, AES-256): the database, its backups and its "
                "field packages can be read only with the passphrase.<br>{path}").format(path=str(self._store.path)))
        else:
            self.status.setText(self.tr(
                "<b>The study's database is not encrypted.</b> Anyone who gets hold of this laptop, the file or a "
                "package of it can read the interviews, names and contacts. Encrypt it when the study holds personal "
                "data.<br>{path}").format(path=str(self._store.path)))
        fit_label(self.status, 600)
        self.encrypt_button.setVisible(not on)
        self.rekey_button.setVisible(on)
        self.decrypt_button.setVisible(on)
        (self.rekey_button if on else self.encrypt_button).setFocus()

    def _confirm_current(self) -> bool:
        """The current passphrase typed again (the one at the laptop may not be the study lead)."""
        key = self._store.key

        def check(typed: str):
            if not derive_key(typed, key.salt).same(key):
                raise WrongPassphraseError(self._store.path)
            return True

        ask = AskPassphraseDialog(self.tr("Type the study's current passphrase."), check, self, self.tr("Continue"))
        return ask.exec() == QDialog.DialogCode.Accepted

    def _run(self, change: Callable[[Callable, Callable], tuple], busy: str, done: str) -> tuple | None:
        """``change(progress, stop)`` re-writes the file off the GUI thread (``ui.support.rewrite``) and returns
        (the new key, what became of the backups)."""
        self._before()
        try:
            result = rewrite(self, self._store, change, lambda r: r[0], busy)
        except ConversionStopped:
            QMessageBox.information(self, self.tr("Encryption"), self.tr("Stopped: the database is as it was."))
            return None
        except (FeltkartError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Encryption"), self._failure(exc))
            return None
        note_encrypted(self._store.path, self._store.encrypted)
        self._refresh()
        QMessageBox.information(self, self.tr("Encryption"), done + self._backups_text(result[1]))
        return result

    def _failure(self, exc: Exception) -> str:
        if isinstance(exc, FeltkartError) and hasattr(exc, "path"):
            from core.base.errors import StoreError

            if isinstance(exc, StoreError):
                return messages.store_error(exc)
        return self.tr("The database could not be re-written: {error}. It is as it was.").format(error=str(exc))

    def _backups_text(self, outcome) -> str:
        if outcome is None:
            return ""
        lines = []
        if outcome.rewritten:
            lines.append(self.tr("Backups re-written with the passphrase:") + "\n" + "\n".join(map(str, outcome.rewritten)))
        if outcome.removed:
            lines.append(self.tr("Backups removed:") + "\n" + "\n".join(map(str, outcome.removed)))
        if outcome.kept:
            lines.append(self.tr("Backups left as they were (delete them or keep them safe):") + "\n"
                         + "\n".join(map(str, outcome.kept)))
        if outcome.failed:
            lines.append(self.tr("Backups that could not be re-written (left as they were):") + "\n"
                         + "\n".join(str(p) for p, _why in outcome.failed))
        return ("\n\n" + "\n\n".join(lines)) if lines else ""

    def encrypt(self) -> None:
        plain = [b for b in backups_of(self._store.path) if not is_encrypted(b)]
        choice = BackupsChoice(plain, self) if plain else None
        ask = NewPassphraseDialog(self.tr("Encrypt {path} with a passphrase. Every laptop of the study uses the same "
                                          "passphrase.").format(path=str(self._store.path)), self, choice)
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        secret, how = ask.passphrase, choice.choice() if choice else "encrypt"
        path = self._store.path
        self._run(lambda progress, stop: crypt.encrypt(path, secret, how, progress, stop),
                  self.tr("Encrypting the study's database and its backups…"),
                  self.tr("The study's database is encrypted. From now on Feltkart asks for the passphrase when it "
                          "starts, and its packages are encrypted too."))

    def rekey(self) -> None:
        if not self._confirm_current():
            return
        ask = NewPassphraseDialog(self.tr("The new passphrase for {path}. Tell it to the other coordinators: their "
                                          "laptops keep the old one until they change it too.").format(
            path=str(self._store.path)), self, ok_text=self.tr("Change"))
        if ask.exec() != QDialog.DialogCode.Accepted:
            return
        secret, key, path = ask.passphrase, self._store.key, self._store.path
        self._run(lambda progress, stop: crypt.rekey(path, key, secret, progress, stop),
                  self.tr("Re-writing the database and its backups with the new passphrase…"),
                  self.tr("The passphrase is changed: the database opens with the new one only."))

    def decrypt(self) -> None:
        sure = QMessageBox.warning(
            self, self.tr("Remove encryption"),
            self.tr("The database will be stored unencrypted: anyone who gets hold of the file can read the "
                    "interviews, names and contacts, and its packages are no longer encrypted. Remove the "
                    "encryption?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if sure != QMessageBox.StandardButton.Yes or not self._confirm_current():
            return
        key, path = self._store.key, self._store.path
        self._run(lambda progress, stop: (None, crypt.decrypt(path, key, None, progress, stop)[1]),
                  self.tr("Writing the database unencrypted…"), self.tr("The database is stored unencrypted now."))


class BackupsChoice(QGroupBox):
    """What becomes of the plain backups beside the database when it is encrypted."""

    def __init__(self, backups: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("{n} plain backups beside the database (they hold the same data, unencrypted)").format(
            n=len(backups)))
        self.setObjectName("backupsChoice")
        listed = QLabel("\n".join(str(b) for b in backups[:5]) + ("\n…" if len(backups) > 5 else ""))
        listed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(listed)
        for value, text in (("encrypt", self.tr("Encrypt them &too (recommended)")),
                            ("remove", self.tr("&Delete them")),
                            ("keep", self.tr("&Keep them unencrypted (I will move or delete them myself)"))):
            button = QRadioButton(text)
            button.setProperty("choice", value)
            self.group.addButton(button)
            layout.addWidget(button)
        self.group.buttons()[0].setChecked(True)

    def choice(self) -> str:
        return self.group.checkedButton().property("choice")
