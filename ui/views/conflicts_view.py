"""*Konflikter*: answers and fieldwork fields (an assignment, an attempt's outcome, ...) two laptops changed
since they last shared data. Each shows every value with who and when; the provisional winner (the latest) is in
use until the user picks one here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import interviews as iv
from core.base import dates
from core.base.errors import ValidationError
from core.fieldwork import records
from core.interviews import passages
from core.interviews.coding import CodingConflict
from core.storage.store import Store
from core.sync import conflicts as cf
from ui.support.coding_words import coding_heading, coding_value_texts
from ui.support.conflict_words import (
    duplicate_text,
    fieldwork_heading,
    fieldwork_value_texts,
    heading,
    question_label,
    value_texts,
)


class ConflictsView(QWidget):
    sig_resolved = Signal(str)  # interview id
    sig_fieldwork_resolved = Signal()
    sig_coding_resolved = Signal()  # a theme's or passage's conflict settled
    sig_count_changed = Signal(int)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("conflictsView")
        self._store = store
        self.items: list = []  # cf.Conflict (an answer), records.FieldConflict (the fieldwork) or CodingConflict
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        # long question texts end in "…" (the whole text is the tooltip and stands in the detail beside it)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pairs: list[tuple[str, str]] = []
        self.empty = QLabel(self.tr("No conflicts: every answer has one value on all the laptops merged here."))
        self.empty.setWordWrap(True)
        self.detail = QWidget()
        self.detail_layout = QVBoxLayout(self.detail)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("conflictTitle")
        self.choices = QButtonGroup(self)
        self.choice_box = QVBoxLayout()
        self.use_button = QPushButton(self.tr("&Use the chosen value"))
        self.use_button.setObjectName("useValue")
        self.use_button.clicked.connect(self.use_chosen)
        note = QLabel(self.tr("Until you choose, the latest value is in use. Your choice travels to the other "
                              "laptops with the next package, like any change."))
        note.setWordWrap(True)
        self.detail_layout.addWidget(self.title)
        self.detail_layout.addLayout(self.choice_box)
        self.detail_layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.detail_layout.addWidget(note)
        self.detail_layout.addStretch(1)
        self.splitter = QSplitter()
        self.splitter.setObjectName("conflictsSplitter")
        # possible duplicates: one municipality and date from two laptops
        self.dup_label = QLabel(self.tr("Possible duplicates: the same municipality and date from two laptops"))
        self.dup_label.setWordWrap(True)
        self.dup_list = QListWidget()
        self.dup_list.setObjectName("duplicateList")
        self.keep_both_button = QPushButton(self.tr("&Keep both"))
        self.keep_first_button = QPushButton(self.tr("Keep the &first, the second is a duplicate"))
        self.keep_second_button = QPushButton(self.tr("Keep the s&econd, the first is a duplicate"))
        self.keep_both_button.clicked.connect(self.keep_both)
        self.keep_first_button.clicked.connect(lambda: self.mark_duplicate(1))
        self.keep_second_button.clicked.connect(lambda: self.mark_duplicate(0))
        self.dup_buttons = QWidget()
        dup_buttons = QVBoxLayout(self.dup_buttons)
        dup_buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.keep_both_button, self.keep_first_button, self.keep_second_button):
            dup_buttons.addWidget(b)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.list, 2)
        left_layout.addWidget(self.dup_label)
        left_layout.addWidget(self.dup_list, 1)
        left_layout.addWidget(self.dup_buttons)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([420, 600])
        layout = QHBoxLayout(self)
        layout.addWidget(self.splitter)
        self.list.currentRowChanged.connect(self._show)
        self.setFocusProxy(self.list)
        self.refresh()

    def refresh(self) -> None:
        current = self.list.currentRow()
        self.items = cf.conflicts(self._store) + records.conflicts(self._store) + cf.theme_conflicts(self._store)
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.items:
            text = self._heading(c)
            item = QListWidgetItem(text)
            item.setToolTip(item.text())
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.pairs = cf.duplicates(self._store)
        self.dup_list.clear()
        for first, second in self.pairs:
            self.dup_list.addItem(duplicate_text(self._store, first, second))
        if self.pairs:
            self.dup_list.setCurrentRow(0)
        for w in (self.dup_label, self.dup_list, self.dup_buttons):
            w.setVisible(bool(self.pairs))
        self.empty.setVisible(not self.items and not self.pairs)
        self.list.setVisible(bool(self.items))
        self.detail.setVisible(bool(self.items))
        if self.items:
            self.list.setCurrentRow(min(max(current, 0), len(self.items) - 1))
            self._show(self.list.currentRow())
        self.sig_count_changed.emit(len(self.items) + len(self.pairs))

    def _heading(self, c) -> str:
        if isinstance(c, records.FieldConflict):
            return fieldwork_heading(self._store, c)
        if isinstance(c, CodingConflict):
            return coding_heading(self._store, c)
        return heading(self._store, c)

    def keep_both(self) -> None:
        row = self.dup_list.currentRow()
        if 0 <= row < len(self.pairs):
            cf.keep_both(self._store, *self.pairs[row])
            self.refresh()

    def mark_duplicate(self, which: int) -> None:
        """``which``: 0 or 1, the interview of the pair that is the duplicate (it goes to the trash)."""
        row = self.dup_list.currentRow()
        if 0 <= row < len(self.pairs):
            pair = self.pairs[row]
            cf.mark_duplicate(self._store, pair[which], pair[1 - which])
            self.sig_resolved.emit(pair[which])
            self.refresh()

    def _show(self, row: int) -> None:
        for button in self.choices.buttons():  # out of the layout now: deleteLater waits for the event loop
            self.choices.removeButton(button)
            self.choice_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        if row < 0 or row >= len(self.items):
            return
        c = self.items[row]
        if isinstance(c, records.FieldConflict):
            kind = self.tr("Fieldwork")
            self.title.setText(f"<b>{kind}</b><br>{fieldwork_heading(self._store, c)}")
            texts = fieldwork_value_texts(c)
        elif isinstance(c, CodingConflict):
            kind = self.tr("Themes and passages")
            self.title.setText(f"<b>{kind}</b><br>{coding_heading(self._store, c)}")
            texts = coding_value_texts(self._store, c)
        else:
            summary = iv.get(self._store, c.interview_id).summary
            label, question = question_label(self._store, c)
            self.title.setText(f"<b>{summary.municipality_name}</b>, {dates.format(summary.interview_date)}<br>{label}")
            texts = value_texts(c, question)
        for n, text in enumerate(texts):
            button = QRadioButton(text)
            button.setChecked(n == 0)
            self.choices.addButton(button, n)
            self.choice_box.addWidget(button)

    def use_chosen(self) -> None:
        row = self.list.currentRow()
        if row < 0 or row >= len(self.items):
            return
        c = self.items[row]
        value = c.values[self.choices.checkedId()][0]
        if isinstance(c, CodingConflict):
            try:
                passages.settle_conflict(self._store, c.record_id, c.field, value)
            except (ValidationError, ValueError) as exc:  # settled meanwhile, or a value no longer allowed
                QMessageBox.warning(self, self.tr("Value not used"), self.tr(
                    "This value cannot be used ({error}); choose another.").format(error=exc))
                return
            self.sig_coding_resolved.emit()
            self.refresh()
            return
        if isinstance(c, records.FieldConflict):
            try:
                records.resolve(self._store, c.record_id, c.field, value)
            except ValueError:  # settled meanwhile (a change in Feltarbeid replaces both values): nothing to do
                pass
            self.sig_fieldwork_resolved.emit()
            self.refresh()
            return
        try:
            cf.resolve(self._store, c.interview_id, c.field, c.scheme, value)
        except (ValidationError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Value not used"), self.tr(
                "This value does not pass the interview guide's checks ({error}); choose another.").format(error=exc))
            return
        self.sig_resolved.emit(c.interview_id)
        self.refresh()
