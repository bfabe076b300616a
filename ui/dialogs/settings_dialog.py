"""Settings: the study (name, coordinator, registry, rural definition) and the UI language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QGroupBox, QLabel, QVBoxLayout

from core.reference import study
from core.storage.store import Store
from ui.dialogs.study_form import StudyForm
from ui.support import i18n
from ui.support.widgets import ok_cancel


class SettingsDialog(QDialog):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._store = store
        self.language_changed = False
        self.form = StudyForm(study.load(store), registry_locked=study.registry_locked(store))
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

        buttons = ok_cancel(self, self.tr("Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(study_box)
        layout.addWidget(ui_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def accept(self) -> None:
        if not self.form.save(self._store):
            return
        lang = self.language.currentData()
        if lang != i18n.saved_language():
            i18n.save_language(lang)
            self.language_changed = True
        super().accept()
