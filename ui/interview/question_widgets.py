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
from core.model.guide import decimal_text as guide_decimal_text
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
    sig_stepped = Signal()  # a choice stepped through by keys or the wheel: save when the user leaves it

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

    def place_cursor(self, position: int) -> None:
        """The text cursor at ``position`` (code points) of a text answer; nothing for other answers."""

    def _changed(self, *args) -> None:
        if not self._loading:
            self.sig_changed.emit()

    def _committed(self, *args) -> None:
        if not self._loading:
            self._stepped_unsaved = False
            self.sig_committed.emit()

    def _stepped(self, *args) -> None:
        if not self._loading:
            self._stepped_unsaved = True
            self.sig_stepped.emit()

    def _left(self, event) -> None:
        """The focus left a drop-down: a choice stepped to is saved now."""
        if event.reason() != Qt.FocusReason.PopupFocusReason and getattr(self, "_stepped_unsaved", False):
            self._committed()


def _utf16(text: str, position: int) -> int:
    """A position in code points as Qt's text widgets count it (UTF-16 units: an emoji is two)."""
    return len(text[:max(position, 0)].encode("utf-16-le")) // 2


def _lang() -> str:
    return i18n.current_language()


def decimal_text(value: float) -> str:
    """A number as the form shows it, in the interface's language (``guide.decimal_text``)."""
    return guide_decimal_text(value, _lang())


class StepCombo(QComboBox):
    """A drop-down that tells a choice picked (from its list, or set) from one stepped through: the arrow keys,
    typing a first letter or the wheel on a closed list only step (``stepping`` is true meanwhile)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.stepping = False

    def keyPressEvent(self, event) -> None:
        self.stepping = True
        try:
            super().keyPressEvent(event)
        finally:
            self.stepping = False

    def wheelEvent(self, event) -> None:
        self.stepping = True
        try:
            super().wheelEvent(event)
        finally:
            self.stepping = False


def choice_combo(editor: AnswerEditor, choices, lang: str) -> StepCombo:
    """A drop-down of ``choices`` (an empty first item) whose picks are saved at once and whose steps when it
    is left."""
    combo = StepCombo()
    combo.addItem("", None)
    for c in choices:
        combo.addItem(c.label(lang), c.value)
    combo.currentIndexChanged.connect(lambda _i: editor._stepped() if combo.stepping else editor._committed())
    combo.installEventFilter(editor)
    return combo


class ChoiceEditor(AnswerEditor):
    """Single choice, yes/no/don't know and Likert: a drop-down; type the first letters or step with the arrow
    keys, saved when picked from the list or when the field is left."""

    def __init__(self, question, parent=None):
        super().__init__(question, parent)
        self.combo = choice_combo(self, question.choices, _lang())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.FocusOut:
            self._left(event)
        return False

    def value(self):
        return self.combo.currentData()

    def _show(self, value) -> None:
        i = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(i, 0))

    def offer(self, values) -> None:
        """Offer only the choices in ``values`` (and the one chosen, so that it is not changed unseen)."""
        chosen = self.combo.currentData()
        keep = set(values) | ({chosen} if chosen is not None else set())
        if [self.combo.itemData(i) for i in range(1, self.combo.count())] == [
                c.value for c in self.question.choices if c.value in keep]:
            return
        self._loading = True
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItem("", None)
            for c in self.question.choices:
                if c.value in keep:
                    self.combo.addItem(c.label(_lang()), c.value)
            self.combo.setCurrentIndex(max(self.combo.findData(chosen), 0) if chosen is not None else 0)
        finally:
            self.combo.blockSignals(False)
            self._loading = False


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

    def place_cursor(self, position: int) -> None:
        self.edit.setCursorPosition(_utf16(self.edit.text(), position))


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

    def place_cursor(self, position: int) -> None:
        cursor = self.edit.textCursor()
        cursor.setPosition(_utf16(self.edit.toPlainText(), position))
        self.edit.setTextCursor(cursor)
        self.edit.ensureCursorVisible()


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
        self.edit.setText(self.lookup.label(value) or value or "")


class InformantsEditor(AnswerEditor):
    """Informants: a row each, with role (required), name and contact (optional)."""

    def __init__(self, question, parent=None):
        super().__init__(question, parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Name (optional)"), self.tr("Contact (optional)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        # Tab goes from cell to cell in reading order and on out of the table, not round it for ever: the
        # cells take the focus from the table (eventFilter), they are not in the window's order themselves
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
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
        self.setFocusProxy(self.table)  # which gives it to its first cell, or keeps it when there is none

    def add_row(self, person: dict | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        role = choice_combo(self, self.question.choices, _lang())
        if person:
            role.setCurrentIndex(max(role.findData(person.get("role")), 0))
        role.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.table.setCellWidget(row, 0, role)
        for col, key in ((1, "name"), (2, "contact")):
            edit = QLineEdit((person or {}).get(key) or "")
            edit.setMaxLength(200)
            edit.setFrame(False)
            edit.textEdited.connect(self._changed)
            edit.editingFinished.connect(self._committed)
            edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            edit.installEventFilter(self)
            self.table.setCellWidget(row, col, edit)
        self._fit_height()
        if person is None:
            role.setFocus()

    def eventFilter(self, obj, event):
        kind = event.type()
        if obj is self.table:
            if kind == QEvent.Type.FocusIn and event.reason() not in (
                    Qt.FocusReason.MouseFocusReason, Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
                cells = self._cells()
                if cells:  # Tab into the table: its first cell (Shift+Tab: its last)
                    cells[-1 if event.reason() == Qt.FocusReason.BacktabFocusReason else 0].setFocus(event.reason())
            return False
        if kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self._tab_from(obj, forward)
            return True
        if kind == QEvent.Type.FocusOut:
            self._left(event)
        return False

    def _cells(self) -> list[QWidget]:
        return [self.table.cellWidget(r, c) for r in range(self.table.rowCount()) for c in range(3)]

    def _tab_from(self, cell: QWidget, forward: bool) -> None:
        """The next cell in reading order (the one before, backwards); from the last (first) out of the table."""
        cells = self._cells()
        n = cells.index(cell) + (1 if forward else -1) if cell in cells else -1
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        if 0 <= n < len(cells):
            cells[n].setFocus(reason)
            return
        w = self.table
        while True:
            w = w.nextInFocusChain() if forward else w.previousInFocusChain()
            if w is self.table:
                return
            if (not self.table.isAncestorOf(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
                    and w.isVisibleTo(w.window())):
                w.setFocus(reason)
                return

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
