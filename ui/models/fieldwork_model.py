"""The *Feltarbeid* table: one row per sampled municipality (``core.fieldwork.status.Row``), filtered in one
Python pass (``RowTableModel``); by default this laptop's coordinator's municipalities first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.base import dates
from core.base.collation import sort_key
from core.base.words import word
from core.fieldwork.status import Row
from ui.support import i18n
from ui.support.tables import RowTableModel

# what a coordinator looks at first on the left; the county and class (also filters) last
(COL_NUMBER, COL_NAME, COL_STATUS, COL_COORDINATOR, COL_LAST, COL_NEXT, COL_APPOINTMENT, COL_COUNTY,
 COL_CLASS) = range(9)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# how a status is shown: the word in the colour of its part of the response chart, darkened so that it reads
# on a white row (contrast 4.5:1 or more)
STATUS_COLOURS = {"interviewed": "#00704F", "partly_interviewed": "#1F6FA3", "refused": "#A63C00",
                  "not_reached": "#666666", "not_eligible": "#666666", "appointment": "#8A5A00"}


class FieldworkTableModel(RowTableModel):
    def __init__(self, parent=None):
        self.me = ""  # this laptop's coordinator: their municipalities come first
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Municipality"), self.tr("Status"), self.tr("Coordinator"),
                self.tr("Last contact"), self.tr("Next step"), self.tr("Appointment"), self.tr("County"),
                self.tr("Class")]

    def identity(self, row: Row):
        return row.number

    def row(self, n: int) -> Row:
        return self._rows[n]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def set_rows(self, rows: list[Row], me: str = "") -> None:
        """The sampled municipalities; ``me``: this laptop's coordinator, whose municipalities sort first by
        coordinator (the view's first order)."""
        self.me = me
        super().set_rows(rows)

    def sort_key(self, r: Row, column: int):
        name = sort_key(r.name)
        if column == COL_NUMBER:
            return r.number
        if column == COL_COUNTY:
            return sort_key(r.county_name), name
        if column == COL_CLASS:
            return r.centrality_class, name
        if column == COL_STATUS:
            return word(f"status.{r.status}", i18n.current_language()), name
        if column == COL_COORDINATOR:  # this laptop's coordinator first, the unassigned last
            return r.coordinator != self.me, r.coordinator is None, sort_key(r.coordinator or ""), name
        if column == COL_LAST:
            return r.last_contact or "", name
        if column == COL_NEXT:
            return r.next_due or "\uffff", name
        if column == COL_APPOINTMENT:
            return r.appointment or "\uffff", name
        return name

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_NAME, COL_NEXT):
            return self._display(r, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS and r.status in STATUS_COLOURS:
            from PySide6.QtGui import QColor

            return QColor(STATUS_COLOURS[r.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_NUMBER, COL_CLASS):
            return _RIGHT
        return None

    def _display(self, r: Row, col: int) -> str:
        if col == COL_NUMBER:
            return r.number
        if col == COL_NAME:
            return r.name
        if col == COL_COUNTY:
            return r.county_name
        if col == COL_CLASS:
            return str(r.centrality_class)
        if col == COL_STATUS:
            return word(f"status.{r.status}", i18n.current_language())
        if col == COL_COORDINATOR:
            return r.coordinator or "–"
        if col == COL_LAST:
            if not r.last_contact:
                return ""
            return f"{dates.format_moment(r.last_contact)} · {word(f'outcome.{r.last_outcome}', i18n.current_language())}"
        if col == COL_NEXT:
            if not r.next_step:
                return ""
            return f"{r.next_step} ({dates.format(r.next_due)})" if r.next_due else r.next_step
        if col == COL_APPOINTMENT:
            return dates.format_moment(r.appointment)
        return ""
