"""First start on a new database: who records, and in which study. Everything can be changed later."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QVBoxLayout

from core.reference import study
from core.storage.store import Store
from ui.dialogs.study_form import StudyForm
from ui.support.widgets import ok_cancel


class WelcomeDialog(QDialog):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Feltkart"))
        self._store = store
        current = study.load(store)
        defaults = current.with_changes(
            study_name=current.study_name
            or self.tr("Rural municipalities and national schemes for innovation"),
            coordinator_name=current.coordinator_name or _login_name(),
        )
        intro = QLabel(
            self.tr(
                "<h3>Welcome to Feltkart</h3><p>This database is new. Tell Feltkart who records in it and which "
                "study it belongs to. You can change all of this later under <i>File → Settings</i>.</p>"
                "<p>Database: {path}</p>"
            ).format(path=str(store.path))
        )
        intro.setWordWrap(True)
        self.form = StudyForm(defaults)
        self.passphrase: str | None = None  # a new passphrase when the user chose to encrypt the study
        self.encrypt = QCheckBox(self.tr("&Encrypt the study's database with a passphrase (recommended: the "
                                         "interviews hold names and contacts)"))
        self.encrypt.setObjectName("encryptStudy")
        buttons = ok_cancel(self, self.tr("Start"), self.tr("Quit"))
        self.chose_demo = False
        demo_button = buttons.addButton(self.tr("Try with &demo data"), buttons.ButtonRole.ActionRole)
        demo_button.setObjectName("tryDemo")
        demo_button.setToolTip(self.tr("Opens a separate demo database with made-up interviews, marked DEMO DATA in the "
                                       "window title. Your own database stays empty until you start recording."))
        demo_button.clicked.connect(self._try_demo)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.encrypt)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self.form.coordinator_name.setFocus()
        self.form.coordinator_name.selectAll()

    def accept(self) -> None:
        if self.encrypt.isChecked() and self.passphrase is None:
            from ui.dialogs.passphrase_dialog import NewPassphraseDialog

            ask = NewPassphraseDialog(self.tr("The passphrase of the study's database. Every laptop of the study "
                                              "uses the same one; Feltkart asks for it each time it starts."), self)
            if ask.exec() != QDialog.DialogCode.Accepted:
                return
            self.passphrase = ask.passphrase
        if self.form.save(self._store):
            super().accept()

    def _try_demo(self) -> None:
        self.chose_demo = True
        self.done(QDialog.DialogCode.Accepted)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on this system: leave the field for the user
        return ""
