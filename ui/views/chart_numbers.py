"""The *Tall* tab of the charts view: the table behind the chart, and below it the comparisons that go with the
chart's measures (rural against central, the trend across the classes), copied together as text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from core.render import tables
from ui.models.chart_table_model import ChartTableModel

if TYPE_CHECKING:
    from core.analysis.chartdata import ChartData


WIDEST_COLUMN = 300  # pixels: a long scheme name is cut short (its tooltip has it whole), the numbers stay in view


def _fit(view: QTableView) -> None:
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount()):
        view.setColumnWidth(column, min(view.columnWidth(column), WIDEST_COLUMN))


def _table(parent, name: str) -> tuple[QTableView, ChartTableModel]:
    model = ChartTableModel(parent)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    return view, model


class NumbersPane(QSplitter):
    """The numbers behind a chart above its comparisons, each a table of its own."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("chartNumbers")
        self.table, self.table_model = _table(self, "chartTable")
        self.addWidget(self.table)
        self.comparisons: list[tuple[QLabel, QTableView, ChartTableModel]] = []
        for name in ("chartDifferences", "chartTrends"):  # rural against central; the trend across classes
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 4, 0, 0)
            title = QLabel()
            title.setStyleSheet("font-weight: bold;")
            view, model = _table(self, name)
            title.setBuddy(view)
            layout.addWidget(title)
            layout.addWidget(view, 1)
            self.addWidget(box)
            self.comparisons.append((title, view, model))

    def show_numbers(self, kind: str, data: "ChartData", lang: str, scheme: str | None,
                     table: tuple[list[str], list[list]] | None = None) -> None:
        """The numbers of the chart ``kind`` (or ``table``, worked out elsewhere: the themes'), with the
        comparisons that go with it."""
        head, rows = table or tables.table(kind, data, lang, scheme)
        self.table_model.set_table(head, rows)
        _fit(self.table)
        found = tables.comparisons(kind, data, lang)
        for k, (title, view, model) in enumerate(self.comparisons):
            shown = k < len(found)
            title.parentWidget().setVisible(shown)
            if shown:
                name, (head, rows) = found[k]
                title.setText(name)
                model.set_table(head, rows)
                _fit(view)

    def as_text(self) -> str:
        """The numbers, then each comparison under its title: tab-separated, for a spreadsheet."""
        parts = [self.table_model.as_text()]
        parts += [f"{title.text()}\n{model.as_text()}" for title, _, model in self.comparisons
                  if title.parentWidget().isVisibleTo(self) and not model.empty]
        return "\n".join(parts)
