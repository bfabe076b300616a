"""The table behind a chart (the Tall tab): headers and rows of plain values, numbers right-aligned in the
language's form, copied as tab-separated text for a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from core.render.tables import NUMBER
from ui.support import i18n


class ChartTableModel(QAbstractTableModel):
    """The table behind a chart: headers and rows of plain values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._head: list[str] = []
        self._rows: list[list] = []

    def set_table(self, head: list[str], rows: list[list]) -> None:
        self.beginResetModel()
        self._head, self._rows = head, rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._head)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the tip: a text cut short, whole
            return value if isinstance(value, str) else i18n.locale().toString(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = not isinstance(value, str) or (value.strip() and NUMBER.fullmatch(value))
            if numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._head[section]
        return None

    @property
    def empty(self) -> bool:
        return not self._rows

    def as_text(self) -> str:
        """Tab-separated, for pasting into a spreadsheet."""
        lines = ["\t".join(self._head)]
        lines += ["\t".join(str(v) for v in row) for row in self._rows]
        return "\n".join(lines) + "\n"
