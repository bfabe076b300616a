"""The *Kommuner* table: a model of the study's municipalities and a proxy that filters as you type."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from core.base.collation import sort_key
from core.reference.registry import Municipality, RuralDefinition
from ui.support import i18n
from ui.support.tables import RowTableModel, SourceSortProxy

COL_NUMBER, COL_NAME, COL_COUNTY, COL_CLASS, COL_RURAL, COL_POPULATION = range(6)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class MunicipalityTableModel(RowTableModel):
    def __init__(self, parent=None):
        self._rural = RuralDefinition.DISTRIKTSSENTERET
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Municipality"),
            self.tr("County"),
            self.tr("Centrality"),
            self.tr("Rural"),
            self.tr("Population"),
        ]

    def set_rows(self, rows: list[Municipality], rural: RuralDefinition | None = None) -> None:
        if rural is not None:
            self._rural = rural
        super().set_rows(rows)

    @property
    def rural_definition(self) -> RuralDefinition:
        return self._rural

    def municipality(self, row: int) -> Municipality:
        return self._rows[row]

    def identity(self, m: Municipality):
        return m.number

    def is_rural(self, m: Municipality) -> bool:
        return self._rural.is_rural(m.centrality_class)

    def sort_key(self, m: Municipality, column: int):
        name = sort_key(m.name)
        if column == COL_NUMBER:
            return m.number
        if column == COL_COUNTY:
            return sort_key(m.county_name), name
        if column == COL_CLASS:
            return m.centrality_class, name
        if column == COL_RURAL:
            return self.is_rural(m), name
        if column == COL_POPULATION:
            return m.population
        return name

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NUMBER:
                return m.number
            if col == COL_NAME:
                return m.name
            if col == COL_COUNTY:
                return m.county_name
            if col == COL_CLASS:
                return str(m.centrality_class)
            if col == COL_RURAL:
                return self.tr("Yes") if self.is_rural(m) else self.tr("No")
            if col == COL_POPULATION:
                return i18n.locale().toString(m.population)
        elif role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            return m.name  # long multilingual names may be elided in the column
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (COL_NUMBER, COL_CLASS, COL_POPULATION):
                return _RIGHT
        return None


class MunicipalityFilterProxy(SourceSortProxy):
    """Filters by text (name or number, accents ignored), county, centrality class and rural/central."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self._county: str | None = None
        self._class: int | None = None
        self._rural: bool | None = None

    def set_text(self, text: str) -> None:
        self._set_filter("_text", sort_key(text.strip())[0])

    def set_county(self, county: str | None) -> None:
        self._set_filter("_county", county)

    def set_centrality_class(self, value: int | None) -> None:
        self._set_filter("_class", value)

    def set_rural(self, rural: bool | None) -> None:
        self._set_filter("_rural", rural)

    def _set_filter(self, name: str, value) -> None:
        if getattr(self, name) == value:
            return
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model: MunicipalityTableModel = self.sourceModel()
        m = model.municipality(source_row)
        if self._county is not None and m.county_number != self._county:
            return False
        if self._class is not None and m.centrality_class != self._class:
            return False
        if self._rural is not None and model.is_rural(m) != self._rural:
            return False
        if self._text:
            if self._text.isdigit():
                return m.number.startswith(self._text)
            return self._text in sort_key(m.name)[0]
        return True
