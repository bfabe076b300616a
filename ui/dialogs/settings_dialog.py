"""Settings: the study (name, coordinator, registry, rural definition) and the UI language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from core.reference import study
from core.storage.store import Store
from ui.dialogs.study_form import StudyForm
from ui.support import i18n
from ui.support.widgets import ok_cancel


class SettingsDialog(QDialog):
    def __init__(self, store: Store, parent=None, before_encryption=None):
        """``before_encryption()``: what the window does before the database's file is re-written."""
        super().__init__(parent)
        self._before_encryption = before_encryption
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._store = store
        self.language_changed = False
        self.form = StudyForm(study.load(store), registry_locked=study.registry_locked(store),
                              retention=study.retention_date(store))
        study_box = QGroupBox(self.tr("Study (stored in the database)"))
        QVBoxLayout(study_box).addWidget(self.form)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.saved_language()))
        ui_box = QGroupBox(self.tr("This computer"))
        ui_form = QFormLayout(ui_box)
        ui_form.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language takes effect the next time Feltkart starts."))
        note.setWordWrap(True)
        ui_form.addRow(note)

        security_box = QGroupBox(self.tr("Encryption of the study's data"))
        security = QHBoxLayout(security_box)
        self.encryption_state = QLabel()
        self.encryption_state.setObjectName("encryptionState")
        self.encryption_state.setWordWrap(True)
        encryption = QPushButton(self.tr("&Encryption…"))
        encryption.setObjectName("openEncryption")
        encryption.clicked.connect(self.open_encryption)
        security.addWidget(self.encryption_state, 1)
        security.addWidget(encryption)
        self._show_encryption()

        buttons = ok_cancel(self, self.tr("Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(study_box)
        layout.addWidget(security_box)
        layout.addWidget(ui_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def _show_encryption(self) -> None:
        self.encryption_state.setText(self.tr("The database is encrypted with a passphrase.") if self._store.encrypted
                                      else self.tr("The database is not encrypted."))

    def open_encryption(self) -> None:
        from ui.dialogs.encryption_dialog import EncryptionDialog

        EncryptionDialog(self._store, self, self._before_encryption).exec()
        self._show_encryption()

    def accept(self) -> None:
        if not self.form.save(self._store):
            return
        lang = self.language.currentData()
        if lang != i18n.saved_language():
            i18n.save_language(lang)
            self.language_changed = True
        super().accept()
