"""The history of one interview: every change, old -> new, when, by whom, on which laptop (the first eight
characters of its id, the whole id in the tooltip), and why."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from core import interviews as iv
from core.base import dates
from core.model.guide import display_value
from core.reference import guide_library
from core.reference import schemes as scheme_catalogue
from core.storage.store import Store
from ui.support import i18n
from ui.support.widgets import close_only

LAPTOP, REASON = 6, 7  # the columns of the laptop and of the reason


class HistoryDialog(QDialog):
    def __init__(self, store: Store, interview_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of the interview"))
        lang = i18n.current_language()
        interview = iv.get(store, interview_id)
        guide = guide_library.get(store, interview.guide_id, interview.guide_version)
        names = {s.code: s.name(lang) for s in scheme_catalogue.list_schemes(store)}
        entries = iv.history(store, interview_id)
        self.table = QTableWidget(len(entries), 8)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Question"), self.tr("Scheme"), self.tr("From"), self.tr("To"),
            self.tr("Coordinator"), self.tr("Laptop"), self.tr("Reason"),
        ])
        for row, e in enumerate(reversed(entries)):  # newest first
            question, old, new = self._change(e, guide, lang)
            cells = [dates.format_timestamp(e.at), question, names.get(e.scheme, e.scheme), old, new,
                     e.coordinator, self._laptop(e.device_id, store.device_id), e.reason or ""]
            for col, text in enumerate(cells):
                most = 2000 if col == REASON else 300  # the reason in full, wrapped
                item = QTableWidgetItem(text if len(text) < most else text[:most - 3] + "…")
                item.setToolTip(e.device_id if col == LAPTOP else text[:2000])
                self.table.setItem(row, col, item)
        self._fit_columns()
        buttons = close_only(self, self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        available = self.screen().availableGeometry()
        self.resize(min(1280, int(available.width() * 0.92)), min(620, int(available.height() * 0.8)))

    def _change(self, e, guide, lang: str) -> tuple[str, str, str]:
        """The question, the old and the new value, in words."""
        if e.field == iv.STATUS_FIELD:
            status = {"draft": self.tr("Draft"), "complete": self.tr("Complete")}
            return self.tr("Status"), status.get(e.old, ""), status.get(e.new, "")
        if e.field == iv.DELETED_FIELD:
            old = "" if e.old is None else (self.tr("In trash") if e.old else self.tr("Restored"))
            return self.tr("Trash"), old, self.tr("In trash") if e.new else self.tr("Restored")
        if guide.has(e.field):
            q = guide.question(e.field)
            return q.label(lang), display_value(q, e.old, lang), display_value(q, e.new, lang)
        return e.field, json.dumps(e.old, ensure_ascii=False), json.dumps(e.new, ensure_ascii=False)

    def _laptop(self, device_id: str, this_laptop: str) -> str:
        short = device_id[:8]
        return self.tr("{laptop} (this one)").format(laptop=short) if device_id == this_laptop else short

    def _fit_columns(self) -> None:
        """Short columns fit their contents; the values and the reason wrap, the reason taking what is left."""
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for col, most in ((1, 260), (2, 180), (3, 170), (4, 170), (5, 140), (LAPTOP, 150)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), most))
        header.setMinimumSectionSize(60)
        self.table.setWordWrap(True)
        self.table.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            others = sum(self.table.columnWidth(c) for c in range(self.table.columnCount()) if c != REASON)
            self.table.setColumnWidth(REASON, max(220, event.size().width() - others))
            self.table.resizeRowsToContents()
        return False
