"""Beside a quote in *Sitater*: its marked passages (an excerpt, the themes, citable or not, needing review or
not), and what can be done with the one chosen: change its themes, make it citable or not (the interview's
consent governs: without consent to quote, no passage of it can be cited), remove the marking, and settle a
passage flagged for review (where it stands now, or the text selected in the quote).

Keys in the list: Enter changes the themes, Space toggles citable, Delete removes the marking."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.base.errors import ValidationError
from core.interviews import passages
from core.interviews.passages import Passage
from core.interviews.quotes import Quote
from core.storage.store import Store
from ui.dialogs.theme_choice_dialog import ThemeChoiceDialog

COL_TEXT, COL_THEMES, COL_CITABLE, COL_STATE = range(4)
REVIEW_COLOUR = "#ffd0c8"  # as the passage is highlighted in the text
EXCERPT = 60  # characters of a passage in the list; its tooltip has all of it


def excerpt(text: str, limit: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return f"«{text}»" if len(text) <= limit else f"«{text[:limit].rstrip()}…»"


class PassagesPane(QWidget):
    sig_changed = Signal()  # a passage was changed or removed: the quotes are read again
    sig_current_changed = Signal()  # another passage is chosen: the text shows it

    def __init__(self, store: Store, selection: Callable[[], tuple[int, int] | None], parent=None):
        super().__init__(parent)
        self.setObjectName("passagesPane")
        self._store = store
        self._selection = selection  # the part of the quote selected in the text, in code points
        self._quote: Quote | None = None
        self._themes: dict[str, str] = {}
        self.list = QTreeWidget()
        self.list.setObjectName("passageList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Passage"), self.tr("Themes"), self.tr("Citable"), self.tr("State")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_THEMES, QHeaderView.ResizeMode.Interactive)
        for column in (COL_CITABLE, COL_STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setColumnWidth(COL_THEMES, 150)
        self.label = QLabel(self.tr("Marked passa&ges:"))
        self.label.setBuddy(self.list)
        self.themes_button = QPushButton(self.tr("Cha&nge themes…"))
        self.themes_button.setObjectName("passageThemes")
        self.themes_button.setToolTip(self.tr("Choose the themes of the passage (Enter in the list)"))
        self.citable = QCheckBox(self.tr("Cita&ble"))
        self.citable.setObjectName("passageCitable")
        self.remove_button = QPushButton(self.tr("Remove m&arking…"))
        self.remove_button.setObjectName("passageRemove")
        self.remove_button.setToolTip(self.tr("Remove the marking of the passage; the text is not changed (Delete "
                                              "in the list)"))
        self.settle_button = QPushButton(self.tr("Settle…"))
        self.settle_button.setObjectName("passageSettle")
        self.settle_button.setToolTip(self.tr("The answer was changed where the passage stands: keep the passage "
                                              "where it stands now, or move it to the text selected in the quote"))
        self.note = QLabel()
        self.note.setObjectName("passageNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for w in (self.themes_button, self.citable, self.remove_button, self.settle_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.list.currentItemChanged.connect(lambda *_: self._current_changed())
        self.list.itemDoubleClicked.connect(lambda *_: self.change_themes())
        self.list.installEventFilter(self)
        self.themes_button.clicked.connect(self.change_themes)
        self.citable.clicked.connect(self.set_citable)
        self.remove_button.clicked.connect(self.remove)
        self.settle_button.clicked.connect(self.settle)
        self._update_actions()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.list and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.change_themes()
                return True
            if key == Qt.Key.Key_Space and self.citable.isEnabled():
                self.citable.click()
                return True
            if key == Qt.Key.Key_Delete:
                self.remove()
                return True
        return super().eventFilter(obj, event)

    # -- showing -----------------------------------------------------------------------------
    def show_quote(self, q: Quote | None, theme_names: dict[str, str], keep: str | None = None) -> None:
        """The passages of ``q`` (none for None), the one with id ``keep`` (else the first) chosen."""
        self._quote, self._themes = q, theme_names
        found = passages.passages_of(self._store, q.interview_id, q.field, q.scheme) if q and q.passages else []
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for p in found:
            item = QTreeWidgetItem([excerpt(p.text), self._theme_text(p), self._citable_text(p),
                                    self.tr("Review") if p.status == "review" else self.tr("OK")])
            item.setData(COL_TEXT, Qt.ItemDataRole.UserRole, p)
            item.setToolTip(COL_TEXT, p.text)
            item.setToolTip(COL_THEMES, item.text(COL_THEMES))
            if p.status == "review":
                item.setBackground(COL_STATE, QBrush(QColor(REVIEW_COLOUR)))
                item.setToolTip(COL_STATE, self.tr("The answer was changed where the passage stands: settle it"))
            self.list.addTopLevelItem(item)
            if chosen is None or p.id == keep:
                chosen = item
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        self._show_note()
        self._current_changed()

    def _theme_text(self, p: Passage) -> str:
        return ", ".join(sorted((self._themes.get(t, "?") for t in p.theme_ids), key=str.casefold)) or "–"

    def _citable_text(self, p: Passage) -> str:
        if self._quote is not None and not self._quote.consent:
            return self.tr("No: no consent")
        return self.tr("Yes") if p.citable else self.tr("No")

    def _show_note(self) -> None:
        q = self._quote
        if q is None or not q.passages:
            text = self.tr("No passage of this text is marked yet: select a part of the text and mark it with a "
                           "theme (Ctrl+M).") if q is not None else ""
        elif not q.consent:
            text = self.tr("This interview has no consent to quote: none of its passages can be cited, whatever "
                           "is marked here.")
        else:
            text = self.tr("A citable passage may be quoted in the report, by municipality, never by name.")
        self.note.setText(text)

    def current(self) -> Passage | None:
        item = self.list.currentItem()
        return item.data(COL_TEXT, Qt.ItemDataRole.UserRole) if item is not None else None

    def _current_changed(self) -> None:
        self._update_actions()
        self.sig_current_changed.emit()

    def _update_actions(self) -> None:
        p = self.current()
        consent = self._quote is not None and self._quote.consent
        for w in (self.themes_button, self.remove_button):
            w.setEnabled(p is not None)
        self.settle_button.setEnabled(p is not None and p.status == "review")
        self.citable.setEnabled(p is not None and consent)
        self.citable.setChecked(p is not None and p.citable)
        self.citable.setToolTip(
            self.tr("Whether the passage may be quoted in the report (Space in the list)") if consent else
            self.tr("The interview has no consent to quote (its consent answer is not «yes»): its passages can "
                    "never be cited."))

    # -- actions -----------------------------------------------------------------------------
    def _done(self) -> None:
        self.sig_changed.emit()

    def change_themes(self) -> None:
        p = self.current()
        if p is None:
            return
        dialog = ThemeChoiceDialog(self._store, p.text, self, checked=set(p.theme_ids),
                                   title=self.tr("Themes of the passage"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            passages.set_themes(self._store, p.id, dialog.theme_ids())
            self._done()

    def set_citable(self) -> None:
        p = self.current()
        if p is not None and self.citable.isEnabled():
            passages.set_citable(self._store, p.id, self.citable.isChecked())
            self._done()

    def remove(self) -> None:
        p = self.current()
        if p is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove marking"),
                          self.tr("Remove the marking of {passage}? Its themes go with it; the text of the answer "
                                  "is not changed.").format(passage=excerpt(p.text, 120)), parent=self)
        yes = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        if box.clickedButton() is yes:
            passages.unmark(self._store, p.id)
            self._done()

    def settle(self) -> None:
        """A passage flagged for review: keep it where it stands now, or move it to the selected text."""
        p, q = self.current(), self._quote
        if p is None or q is None or p.status != "review":
            return
        text = q.text
        span = self._selection()
        here = (p.start, min(p.end, len(text)))
        here_ok = 0 <= here[0] < here[1] and text[here[0]:here[1]].strip()
        lines = [self.tr("Marked as: {passage}").format(passage=excerpt(p.text, 200))]
        lines.append(self.tr("Stands now: {passage}").format(passage=excerpt(text[here[0]:here[1]], 200))
                     if here_ok else self.tr("Its place is no longer in the text."))
        lines.append(self.tr("Selected: {passage}").format(passage=excerpt(text[span[0]:span[1]], 200)) if span
                     else self.tr("To move it, cancel, select the words in the quote and settle again."))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Settle passage"),
                          self.tr("The answer was changed where this passage stands.") + "\n\n" + "\n\n".join(lines),
                          parent=self)
        keep = box.addButton(self.tr("Keep it where it stands"), QMessageBox.ButtonRole.AcceptRole)
        keep.setEnabled(bool(here_ok))
        move = box.addButton(self.tr("Use the selected text"), QMessageBox.ButtonRole.AcceptRole)
        move.setEnabled(span is not None)
        box.setDefaultButton(box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        chosen = {keep: here, move: span}.get(box.clickedButton())
        if chosen is None:
            return
        try:
            passages.settle(self._store, p.id, *chosen)
        except ValidationError:
            self.note.setText(self.tr("This part cannot be the passage: select some words of the text."))
            return
        self._done()
