"""A new interview: municipality (by name or number) and date. Warns when one already exists."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QMessageBox, QVBoxLayout

from core import interviews as iv
from core.base import dates
from core.base.errors import ValidationError
from core.reference import guide_library, registry, study
from core.storage.store import Store
from ui.interview.question_widgets import InputError, LineEditor, MunicipalityEditor
from ui.support.messages import answer_error
from ui.support.widgets import ok_cancel


class NewInterviewDialog(QDialog):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("newInterviewDialog")
        self.setWindowTitle(self.tr("New interview"))
        self._store = store
        self.created_id: str | None = None
        self.open_existing_id: str | None = None
        guide = guide_library.current(store)
        self._guide = guide
        municipalities = registry.municipalities(store, study.load(store).registry_version)
        self.municipality = MunicipalityEditor(guide.question("municipality"), municipalities)
        self.municipality.setObjectName("newMunicipality")
        self.date = LineEditor(guide.question("interview_date"))
        self.date.setObjectName("newDate")
        self.date.set_value(date.today().isoformat())
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Municipality:"), self.municipality)
        form.addRow(self.tr("&Date:"), self.date)
        buttons = ok_cancel(self, self.tr("Create"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._error_field: str | None = None  # the field the error shown is about
        self.municipality.edit.textChanged.connect(lambda: self._clear_when_valid("municipality"))
        self.date.edit.textChanged.connect(lambda: self._clear_when_valid("interview_date"))
        self.municipality.setFocus()

    def _fail(self, code: str, question_name: str) -> None:
        self._error_field = question_name
        self.error.setText(answer_error(code, self._guide.question(question_name)))
        self.error.setVisible(True)

    def _clear_when_valid(self, question_name: str) -> None:
        """The error goes as soon as the field it is about holds a value that can be read."""
        if self._error_field != question_name:
            return
        editor = self.municipality if question_name == "municipality" else self.date
        try:
            if editor.value() is None:
                return
        except InputError:
            return
        self._error_field = None
        self.error.clear()
        self.error.setVisible(False)

    def accept(self) -> None:
        try:
            number = self.municipality.value()
        except InputError as exc:
            return self._fail(exc.code, "municipality")
        if number is None:
            return self._fail("required", "municipality")
        try:
            when = self.date.value()
        except InputError as exc:
            return self._fail(exc.code, "interview_date")
        if when is None:
            return self._fail("required", "interview_date")
        existing = iv.same_municipality_and_date(self._store, number, when)
        if existing:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Interview already exists"),
                              self.tr("There is already an interview of {municipality} on {date} (by {coordinator}).").format(
                                  municipality=existing[0].municipality_name, date=dates.format(when),
                                  coordinator=existing[0].coordinator),
                              parent=self)
            open_button = box.addButton(self.tr("Open the existing one"), QMessageBox.ButtonRole.AcceptRole)
            create_button = box.addButton(self.tr("Create another"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is open_button:
                self.open_existing_id = existing[0].id
                super().accept()
                return
            if box.clickedButton() is not create_button:
                return
        try:
            self.created_id = iv.create(self._store, number, when)
        except ValidationError as exc:
            field, code = next(iter(exc.errors.items()))
            return self._fail(code, field)
        super().accept()
