"""The *Ordninger* table model: the scheme catalogue, inactive schemes greyed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from core.base.collation import sort_key
from core.reference.schemes import Scheme
from ui.support import i18n
from ui.support.tables import RowTableModel

COL_CODE, COL_NAME, COL_OWNER, COL_START, COL_STATUS = range(5)


class SchemeTableModel(RowTableModel):
    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Scheme"), self.tr("Owner"), self.tr("Since"), self.tr("Status")]

    def scheme(self, row: int) -> Scheme:
        return self._rows[row]

    def identity(self, s: Scheme):
        return s.code

    def row_of(self, code: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.code == code), -1)

    def sort_key(self, s: Scheme, column: int):
        name = sort_key(s.name(i18n.current_language()))
        if column == COL_CODE:
            return s.code
        if column == COL_OWNER:
            return sort_key(s.owner), name
        if column == COL_START:
            return s.start_year or 0, name
        if column == COL_STATUS:
            return not s.active, name
        return name

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = index.column()
        lang = i18n.current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_CODE:
                return s.code
            if col == COL_NAME:
                return s.name(lang)
            if col == COL_OWNER:
                return s.owner
            if col == COL_START:
                return str(s.start_year) if s.start_year else ""
            if col == COL_STATUS:
                return self.tr("Active") if s.active else self.tr("Inactive")
        elif role == Qt.ItemDataRole.ToolTipRole:
            return s.description(lang) or None
        elif role == Qt.ItemDataRole.ForegroundRole and not s.active:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        elif role == Qt.ItemDataRole.FontRole and not s.active:
            font = QFont()
            font.setItalic(True)
            return font
        return None
