"""Add or edit one national scheme. The core's rules are checked as you leave each field and on Save."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from core.base.errors import ValidationError
from core.reference import schemes
from core.reference.schemes import Scheme, SchemeDraft
from core.storage.store import Store
from ui.support.messages import field_error
from ui.support.widgets import ok_cancel


class SchemeDialog(QDialog):
    def __init__(self, store: Store, scheme: Scheme | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("schemeDialog")
        self._store = store
        self._original = scheme
        self._taken = set() if scheme else schemes.all_codes(store)
        self.result_scheme: Scheme | None = None
        self._touched: set[str] = set()  # fields the user has left; their errors are shown
        self.setWindowTitle(self.tr("Edit scheme") if scheme else self.tr("New scheme"))
        self.setMinimumWidth(560)

        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, label, limit in (
            ("code", self.tr("&Code:"), 32),
            ("name_nb", self.tr("Name (&Norwegian):"), schemes.MAX_NAME),
            ("name_en", self.tr("Name (&English):"), schemes.MAX_NAME),
            ("owner", self.tr("&Owner:"), schemes.MAX_OWNER),
            ("start_year", self.tr("&Start year:"), 4),
            ("description_nb", self.tr("&Description (Norwegian):"), schemes.MAX_DESCRIPTION),
            ("description_en", self.tr("Description (En&glish):"), schemes.MAX_DESCRIPTION),
        ):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMaxLength(limit)
            error = QLabel()
            error.setObjectName(f"{name}_error")
            error.setStyleSheet("color: #b00020;")
            error.setVisible(False)
            form.addRow(label, edit)
            form.addRow("", error)
            self.fields[name] = edit
            self.errors[name] = error
            edit.textChanged.connect(self._revalidate)
        self.fields["code"].setPlaceholderText(self.tr("for example digifin"))
        self.fields["start_year"].setPlaceholderText(self.tr("optional"))
        if scheme:
            for name, edit in self.fields.items():
                value = getattr(scheme, name)
                edit.setText("" if value is None else str(value))
            self.fields["code"].setReadOnly(True)
            self.fields["code"].setToolTip(self.tr("Interviews refer to the code, so it cannot be changed."))

        self.buttons = ok_cancel(self, self.tr("Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for name, edit in self.fields.items():
            edit.editingFinished.connect(lambda n=name: self._touch(n))
        self._revalidate()

    def _touch(self, name: str) -> None:
        self._touched.add(name)
        self._revalidate()

    def draft(self) -> tuple[SchemeDraft, dict[str, str]]:
        text = {k: e.text() for k, e in self.fields.items()}
        errors: dict[str, str] = {}
        year: int | None = None
        if text["start_year"].strip():
            try:
                year = int(text["start_year"].strip())
            except ValueError:
                errors["start_year"] = "not_a_number"
        draft = SchemeDraft(
            code=text["code"],
            name_nb=text["name_nb"],
            name_en=text["name_en"],
            owner=text["owner"],
            start_year=year,
            description_nb=text["description_nb"],
            description_en=text["description_en"],
        )
        errors = {**schemes.validate(draft, self._taken), **errors}
        return draft, errors

    def _revalidate(self, *args) -> dict[str, str]:
        _draft, errors = self.draft()
        for name, label in self.errors.items():
            # A field shows its error once the user has left it (or tried to save), not while typing it first.
            show = name in errors and (name in self._touched or self._original is not None)
            label.setText(field_error(errors[name]) if show else "")
            label.setVisible(show)
        return errors

    def accept(self) -> None:
        draft, errors = self.draft()
        if errors:
            self._touched.update(self.fields)
            self._revalidate()
            first = next(name for name in self.fields if name in errors)
            self.fields[first].setFocus()
            return
        try:
            if self._original is None:
                self.result_scheme = schemes.add(self._store, draft)
            else:
                self.result_scheme = schemes.update(self._store, self._original.code, draft)
        except ValidationError as exc:
            self._touched.update(exc.errors)
            for name, code in exc.errors.items():
                if name in self.errors:
                    self.errors[name].setText(field_error(code))
                    self.errors[name].setVisible(True)
            return
        super().accept()
