"""The *Ordninger* table model: the scheme catalogue, inactive schemes greyed."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from core.collation import sort_key
from core.schemes import Scheme
from ui import i18n

COL_CODE, COL_NAME, COL_OWNER, COL_START, COL_STATUS = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class SchemeTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Scheme] = []
        self._headers = [self.tr("Code"), self.tr("Scheme"), self.tr("Owner"), self.tr("Since"), self.tr("Status")]

    def set_rows(self, rows: list[Scheme]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def scheme(self, row: int) -> Scheme:
        return self._rows[row]

    def row_of(self, code: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.code == code), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = index.column()
        lang = i18n.current_language()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == COL_CODE:
                return s.code
            if col == COL_NAME:
                return s.name(lang) if role == Qt.ItemDataRole.DisplayRole else sort_key(s.name(lang))[0]
            if col == COL_OWNER:
                return s.owner if role == Qt.ItemDataRole.DisplayRole else sort_key(s.owner)[0]
            if col == COL_START:
                if role == SORT_ROLE:
                    return s.start_year or 0
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
