"""Small pieces shared by dialogs and editors."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLineEdit, QStyle, QStyledItemDelegate

from core.reference import municipality_search as search
from core.reference.registry import Municipality


def ok_cancel(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """An OK/Cancel button box with our own (translated) texts, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def close_only(dialog: QDialog, text: str) -> QDialogButtonBox:
    """A button box with one Close button (our translated text), which closes the dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(text)
    buttons.rejected.connect(dialog.reject)
    return buttons


def colour_icon(colour: str, size: int = 14) -> QIcon:
    """A square of ``colour`` (#rrggbb): a theme's colour beside its name."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def date_edit(name: str, placeholder: str) -> QLineEdit:
    """A field for a date typed dd.mm.åååå (read with ``core.base.dates.parse``), as wide as a date and its clear
    button."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 36)
    return edit


class _Matches(QAbstractListModel):
    """The municipalities that fit what is typed: each shown with its number and county, put into the field as
    its label."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Municipality] = []

    def set_rows(self, rows: list[Municipality]) -> None:
        if rows == self.rows:
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return search.label_with_county(self.rows[index.row()])
        if role == Qt.ItemDataRole.EditRole:
            return search.label(self.rows[index.row()])
        return None


class _CurrentRowShown(QStyledItemDelegate):
    """Paints the popup's current row as chosen: the one Enter takes."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if index == self.parent().currentIndex():
            option.state |= QStyle.StateFlag.State_Selected


class MunicipalityCompleter(QCompleter):
    """Lists the municipalities that fit what is typed (``MunicipalitySearch.matches``: any part of a name, any
    case, with or without diacritics, or a number), the likeliest first and highlighted, so that Enter takes it."""

    def __init__(self, finder: search.MunicipalitySearch, parent=None, visible: int = 12):
        super().__init__(parent)
        self._search = finder
        self._matches = _Matches(self)
        self.setModel(self._matches)  # the completer keeps its model
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(visible)
        popup = self.popup()
        popup.setItemDelegate(_CurrentRowShown(popup))

    def splitPath(self, path: str) -> list[str]:
        """Called with the text as typed: the list becomes its matches, all of them shown (the first current)."""
        self._matches.set_rows(self._search.matches(path))
        return [""]


class MunicipalityLookup:
    """A municipality typed by name or number: "Hemnes (1832)" as the completer offers it, the number alone
    ("1832", or "301" for 0301), or a name, or one part of a name of several ("Trondheim" for Trondheim -
    Tråante), that fits exactly one municipality, whatever its case and diacritics. Wherever a municipality is
    chosen (the new interview, the interview form, the sample's additions) it is read this way."""

    def __init__(self, municipalities):
        self.search = search.MunicipalitySearch(municipalities)

    def label(self, number: str | None) -> str | None:
        """The municipality's label ("Hemnes (1832)"), or None for a number not in the registry."""
        found = self.search.by_number(number) if number else None
        return search.label(found) if found else None

    def completer(self, parent, visible: int = 12) -> QCompleter:
        """Lists, as the user types, the municipalities that fit, with number and county."""
        return MunicipalityCompleter(self.search, parent, visible)

    def number(self, text: str) -> str | None:
        """The municipality's number, or None when the text names none, or more than one."""
        found = self.search.resolve(text)
        return found.number if found else None
