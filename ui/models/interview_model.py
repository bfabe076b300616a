"""The *Intervjuer* list: a model of interview summaries and a proxy with the list's filters."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.base import dates
from core.base.collation import sort_key
from core.interviews import COMPLETE, InterviewSummary
from ui.support.tables import RowTableModel, SourceSortProxy

COL_DATE, COL_MUNICIPALITY, COL_COUNTY, COL_CLASS, COL_COORDINATOR, COL_STATUS, COL_UPDATED = range(7)


class InterviewTableModel(RowTableModel):
    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Municipality"), self.tr("County"), self.tr("Centrality"),
                self.tr("Coordinator"), self.tr("Status"), self.tr("Last changed")]

    def interview(self, row: int) -> InterviewSummary:
        return self._rows[row]

    def identity(self, s: InterviewSummary):
        return s.id

    def row_of(self, interview_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == interview_id), -1)

    def sort_key(self, s: InterviewSummary, column: int):
        if column == COL_MUNICIPALITY:
            return sort_key(s.municipality_name or ""), s.interview_date or ""
        if column == COL_COUNTY:
            return sort_key(s.county_name or ""), sort_key(s.municipality_name or "")
        if column == COL_CLASS:
            return s.centrality_class or 0, s.interview_date or ""
        if column == COL_COORDINATOR:
            return sort_key(s.coordinator), s.interview_date or ""
        if column == COL_STATUS:
            return s.status, s.interview_date or ""
        if column == COL_UPDATED:
            return s.updated_at
        return s.interview_date or "", s.updated_at

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_DATE:
                return dates.format(s.interview_date)
            if col == COL_MUNICIPALITY:
                return s.municipality_name or ""
            if col == COL_COUNTY:
                return s.county_name or ""
            if col == COL_CLASS:
                return str(s.centrality_class or "")
            if col == COL_COORDINATOR:
                return s.coordinator
            if col == COL_STATUS:
                return self.tr("Complete") if s.status == COMPLETE else self.tr("Draft")
            if col == COL_UPDATED:
                return dates.format_timestamp(s.updated_at)
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == COL_CLASS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ToolTipRole and col == COL_MUNICIPALITY:
            return f"{s.municipality_name} ({s.municipality})"
        return None


class InterviewFilterProxy(SourceSortProxy):
    """Filters: status, county, centrality class, rural/central, coordinator, and a set of ids (text search).

    The filtering itself happens in the model (``RowTableModel.set_predicate``), in one pass over the rows.
    """

    FILTERS = ("status", "county", "centrality_class", "rural", "rural_classes", "coordinator", "ids")

    def __init__(self, rural_classes: frozenset[int], parent=None):
        """``rural_classes``: the centrality classes the study counts as rural (its definition)."""
        super().__init__(parent)
        self.status: str | None = None
        self.county: str | None = None
        self.centrality_class: int | None = None
        self.rural: bool | None = None
        self.rural_classes = rural_classes
        self.coordinator: str | None = None
        self.ids: set[str] | None = None

    def set_filter(self, **values) -> None:
        """Change any of the filters in one go, e.g. ``set_filter(status="draft", county="18")``."""
        for name, value in values.items():
            if name not in self.FILTERS:
                raise AttributeError(name)
            setattr(self, name, value)
        active = any(getattr(self, f) is not None for f in self.FILTERS if f != "rural_classes")
        self.sourceModel().set_predicate(self.accepts if active else None)

    def accepts(self, s: InterviewSummary) -> bool:
        if self.status is not None and s.status != self.status:
            return False
        if self.county is not None and s.county_number != self.county:
            return False
        if self.centrality_class is not None and s.centrality_class != self.centrality_class:
            return False
        if self.rural is not None and (s.centrality_class in self.rural_classes) != self.rural:
            return False
        if self.coordinator is not None and s.coordinator != self.coordinator:
            return False
        if self.ids is not None and s.id not in self.ids:
            return False
        return True
