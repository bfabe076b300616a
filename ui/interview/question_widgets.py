"""One editor per question type. Each says when its value changed (for the debounced autosave) and when
the user is done with it (left the field or picked a choice: save now).

``value()`` returns the answer as the core stores it, or raises ``InputError`` with an error code when
the text cannot be read (letters in a number, an impossible date).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from core.base import dates
from core.model.guide import Question
from core.reference.registry import Municipality
from ui.support import i18n
from ui.support.widgets import MunicipalityLookup


class InputError(Exception):
    def __init__(self, code: str):
        self.code = code
        super().__init__(code)


class AnswerEditor(QWidget):
    sig_changed = Signal()  # the value changed (typing): save after a pause
    sig_committed = Signal()  # the user is done with it: save now

    def __init__(self, question: Question, parent=None):
        super().__init__(parent)
        self.question = question
        self._loading = False

    def value(self):
        raise NotImplementedError

    def set_value(self, value) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self

    def _changed(self, *args) -> None:
        if not self._loading:
            self.sig_changed.emit()

    def _committed(self, *args) -> None:
        if not self._loading:
            self.sig_committed.emit()


def _lang() -> str:
    return i18n.current_language()


def decimal_text(value: float) -> str:
    """A number exactly as stored (repr round-trips), with a decimal comma in bokmål: 2,5 and 1234,567."""
    text = repr(float(value))
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", ",") if _lang() == "nb" else text


class ChoiceEditor(AnswerEditor):
    """Single choice, yes/no/don't know and Likert: a combo box; type the first letters to pick."""

    def __init__(self, question, parent=None):
        super().__init__(question, parent)
        self.combo = QComboBox()
        self.combo.addItem("", None)
        for c in question.choices:
            self.combo.addItem(c.label(_lang()), c.value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._committed)

    def value(self):
        return self.combo.currentData()

    def _show(self, value) -> None:
        i = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(i, 0))


class MultipleEditor(AnswerEditor):
    """Multiple choice: a check box per choice, in two columns."""

    def __init__(self, question, parent=None):
        super().__init__(question, parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[object, QCheckBox]] = []
        for n, c in enumerate(question.choices):
            box = QCheckBox(c.label(_lang()))
            box.toggled.connect(self._committed)
            layout.addWidget(box, n // 2, n % 2)
            self.boxes.append((c.value, box))
        if self.boxes:
            self.setFocusProxy(self.boxes[0][1])

    def value(self):
        return [v for v, box in self.boxes if box.isChecked()]

    def _show(self, value) -> None:
        chosen = set(value or [])
        for v, box in self.boxes:
            box.setChecked(v in chosen)


class LineEditor(AnswerEditor):
    """Short text, numbers and dates: a line edit; saved after a pause and when the field is left."""

    def __init__(self, question, parent=None):
        super().__init__(question, parent)
        self.edit = QLineEdit()
        if question.type == "text" and question.max_length:
            self.edit.setMaxLength(question.max_length)
        if question.type == "date":
            self.edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        elif question.type in ("integer", "decimal"):
            self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._changed)
        self.edit.editingFinished.connect(self._committed)

    def value(self):
        text = self.edit.text().strip()
        t = self.question.type
        if not text:
            return None
        if t == "integer":
            try:
                return int(text.replace(" ", "").replace("\u00a0", ""))
            except ValueError:
                raise InputError("not_an_integer") from None
        if t == "decimal":
            try:
                return float(text.replace(" ", "").replace("\u00a0", "").replace(",", "."))
            except ValueError:
                raise InputError("not_a_number") from None
        if t == "date":
            try:
                return dates.parse(text)
            except ValueError:
                raise InputError("not_a_date") from None
        return self.edit.text()

    def _show(self, value) -> None:
        t = self.question.type
        if value is None:
            text = ""
        elif t == "date":
            text = dates.format(value)
        elif t == "decimal":
            text = decimal_text(value)
        else:
            text = str(value)
        self.edit.setText(text)
        self.edit.setCursorPosition(0)  # show the beginning of a long answer


class LongTextEditor(AnswerEditor):
    """Notes, quotes: a plain text box; saved after a pause and when the box is left."""

    def __init__(self, question, parent=None):
        super().__init__(question, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._changed)
        self.edit.installEventFilter(self)

    def eventFilter(self, obj, event):
        if obj is self.edit and event.type() == QEvent.Type.FocusOut:
            self._committed()
        return False

    def value(self):
        return self.edit.toPlainText() or None

    def _show(self, value) -> None:
        self.edit.setPlainText(value or "")


class MunicipalityEditor(AnswerEditor):
    """The municipality, picked by typing its name or number."""

    def __init__(self, question, municipalities: list[Municipality], parent=None):
        super().__init__(question, parent)
        self.lookup = MunicipalityLookup(municipalities)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(question.hint(_lang()))
        completer = self.lookup.completer(self)
        self.edit.setCompleter(completer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._committed)
        completer.activated.connect(self._committed)

    def value(self):
        text = self.edit.text().strip()
        if not text:
            return None
        number = self.lookup.number(text)
        if number is None:
            raise InputError("not_in_registry")
        return number

    def _show(self, value) -> None:
        self.edit.setText(self.lookup.by_number.get(value, value or ""))


class InformantsEditor(AnswerEditor):
    """Informants: a row each, with role (required), name and contact (optional)."""

    def __init__(self, question, parent=None):
        super().__init__(question, parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Name (optional)"), self.tr("Contact (optional)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self._fit_height()
        self.add_button = QPushButton(self.tr("Add informant"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add_row(None))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.add_button)

    def add_row(self, person: dict | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        role = QComboBox()
        role.addItem("", None)
        for c in self.question.choices:
            role.addItem(c.label(_lang()), c.value)
        if person:
            role.setCurrentIndex(max(role.findData(person.get("role")), 0))
        role.currentIndexChanged.connect(self._committed)
        self.table.setCellWidget(row, 0, role)
        for col, key in ((1, "name"), (2, "contact")):
            edit = QLineEdit((person or {}).get(key) or "")
            edit.setMaxLength(200)
            edit.setFrame(False)
            edit.textEdited.connect(self._changed)
            edit.editingFinished.connect(self._committed)
            self.table.setCellWidget(row, col, edit)
        self._fit_height()
        if person is None:
            role.setFocus()

    def _fit_height(self) -> None:
        rows = max(self.table.rowCount(), 1) + 1
        height = self.table.horizontalHeader().sizeHint().height() + rows * self.table.verticalHeader().defaultSectionSize() + 4
        self.table.setFixedHeight(max(height, 90))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._fit_height()
            self._committed()

    def value(self):
        people = []
        for row in range(self.table.rowCount()):
            role = self.table.cellWidget(row, 0).currentData()
            name = self.table.cellWidget(row, 1).text().strip()
            contact = self.table.cellWidget(row, 2).text().strip()
            if role is None and not name and not contact:
                continue
            if role is None:
                raise InputError("informant_role")
            people.append({"role": role, "name": name, "contact": contact})
        return people or None

    def _show(self, value) -> None:
        self.table.setRowCount(0)
        for person in value or []:
            self.add_row(person)
        self._fit_height()


def make_editor(question: Question, municipalities: list[Municipality]) -> AnswerEditor:
    t = question.type
    if t in ("single", "yes_no_dk", "likert5"):
        return ChoiceEditor(question)
    if t == "multiple":
        return MultipleEditor(question)
    if t == "long_text":
        return LongTextEditor(question)
    if t == "municipality":
        return MunicipalityEditor(question, municipalities)
    if t == "informants":
        return InformantsEditor(question)
    return LineEditor(question)
