"""The fields of a study's settings, shared by the welcome dialog and the settings dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from core.base.errors import ValidationError
from core.reference import study
from core.reference.registry import REGISTRY_VERSIONS, RuralDefinition
from core.reference.study import StudySettings
from core.storage.store import Store
from ui.support.messages import field_error


class StudyForm(QWidget):
    NO_DATE = QDate(2000, 1, 1)  # the retention date's "not set"

    def __init__(self, settings: StudySettings, parent=None, registry_locked: bool = False,
                 retention: date | None | bool = False):
        """``registry_locked``: the study has interviews, so its registry is shown but cannot be changed.
        ``retention``: the date by which the study's personal data are to be erased (None: not set), shown
        and saved when given (the settings dialog)."""
        super().__init__(parent)
        self._settings = settings
        self.study_name = QLineEdit(settings.study_name)
        self.study_name.setObjectName("studyName")
        self.study_name.setMaxLength(study.MAX_NAME)
        self.coordinator_name = QLineEdit(settings.coordinator_name)
        self.coordinator_name.setObjectName("coordinatorName")
        self.coordinator_name.setMaxLength(study.MAX_NAME)
        self.registry = QComboBox()
        self.registry.setObjectName("registryVersion")
        labels = {
            2024: self.tr("2024 structure: 357 municipalities, 15 counties (SSB centrality 2024)"),
            2020: self.tr("2020-2023 structure: 356 municipalities, 11 counties (SSB centrality 2020)"),
        }
        for version in REGISTRY_VERSIONS:
            self.registry.addItem(labels[version], version)
        self.registry.setCurrentIndex(self.registry.findData(settings.registry_version))
        self.registry.setEnabled(not registry_locked)
        self.registry_note = QLabel(self.tr("The study has interviews: they are recorded against this registry, so "
                                            "it stays as it is."))
        self.registry_note.setObjectName("registryLocked")
        self.registry_note.setWordWrap(True)  # never clipped, whatever the dialog's width
        self.registry_note.setStyleSheet("color: palette(placeholder-text);")
        self.registry_note.setVisible(registry_locked)
        self.rural = QComboBox()
        self.rural.setObjectName("ruralDefinition")
        self.rural.addItem(
            self.tr("Centrality class 5-6 (Distriktssenteret)"), RuralDefinition.DISTRIKTSSENTERET.value
        )
        self.rural.addItem(self.tr("Centrality class 4-6 (KDD, Regionale utviklingstrekk)"), RuralDefinition.KDD.value)
        self.rural.setCurrentIndex(self.rural.findData(settings.rural_definition.value))
        self.error = QLabel()
        self.error.setObjectName("studyFormError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        form = QFormLayout(self)
        form.addRow(self.tr("&Study:"), self.study_name)
        form.addRow(self.tr("&Coordinator (you):"), self.coordinator_name)
        form.addRow(self.tr("&Municipality registry:"), self.registry)
        form.addRow("", self.registry_note)
        form.addRow(self.tr("&Rural municipalities:"), self.rural)
        self.retention = None
        if retention is not False:
            self._retention_row(form, retention)
        form.addRow(self.error)

    def _retention_row(self, form: QFormLayout, when: date | None) -> None:
        self.retention = QDateEdit()
        self.retention.setObjectName("retentionDate")
        self.retention.setCalendarPopup(True)
        self.retention.setDisplayFormat("dd.MM.yyyy")
        self.retention.setMinimumDate(self.NO_DATE)
        self.retention.setSpecialValueText(self.tr("not set"))
        self.retention.setDate(QDate(when.year, when.month, when.day) if when else self.NO_DATE)
        form.addRow(self.tr("Personal data &kept until:"), self.retention)
        note = QLabel(self.tr("After this date Feltkart reminds you to erase the informants' and contact persons' "
                              "names and contacts (File → Erase personal data…)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", note)

    def retention_date(self) -> date | None:
        if self.retention is None or self.retention.date() == self.NO_DATE:
            return None
        return self.retention.date().toPython()

    def settings(self) -> StudySettings:
        return self._settings.with_changes(
            study_name=self.study_name.text(),
            coordinator_name=self.coordinator_name.text(),
            registry_version=self.registry.currentData(),
            rural_definition=RuralDefinition(self.rural.currentData()),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        names = {
            "study_name": self.tr("Study"),
            "coordinator_name": self.tr("Coordinator"),
            "registry_version": self.tr("Municipality registry"),
        }
        self.error.setText("\n".join(f"{names.get(k, k)}: {field_error(v)}" for k, v in errors.items()))
        self.error.setVisible(bool(errors))
        widgets = {"study_name": self.study_name, "coordinator_name": self.coordinator_name}
        first = next((widgets[k] for k in widgets if k in errors), None)
        if first is not None:
            first.setFocus()

    def save(self, store: Store) -> bool:
        """Store the settings; on invalid input show what is wrong and return False."""
        try:
            study.save(store, self.settings())
            if self.retention is not None:
                study.set_retention_date(store, self.retention_date())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        return True
