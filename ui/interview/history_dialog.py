"""The history of one interview: every change, old -> new, when, by whom, on which laptop."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from core import interviews as iv
from core.base import dates
from core.model.guide import display_value
from core.reference import guide_library
from core.reference import schemes as scheme_catalogue
from core.storage.store import Store
from ui.support import i18n
from ui.support.widgets import ok_cancel


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
        self.table = QTableWidget(len(entries), 7)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Question"), self.tr("Scheme"), self.tr("From"), self.tr("To"),
            self.tr("Coordinator"), self.tr("Reason"),
        ])
        status = {"draft": self.tr("Draft"), "complete": self.tr("Complete")}
        for row, e in enumerate(reversed(entries)):  # newest first
            if e.field == iv.STATUS_FIELD:
                question, old, new = self.tr("Status"), status.get(e.old, ""), status.get(e.new, "")
            elif e.field == iv.DELETED_FIELD:
                question = self.tr("Trash")
                old = "" if e.old is None else (self.tr("In trash") if e.old else self.tr("Restored"))
                new = self.tr("In trash") if e.new else self.tr("Restored")
            elif guide.has(e.field):
                q = guide.question(e.field)
                question, old, new = q.label(lang), display_value(q, e.old, lang), display_value(q, e.new, lang)
            else:
                question, old, new = e.field, json.dumps(e.old, ensure_ascii=False), json.dumps(e.new, ensure_ascii=False)
            cells = [dates.format_timestamp(e.at), question, names.get(e.scheme, e.scheme), old, new,
                     e.coordinator, e.reason or ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text if len(text) < 300 else text[:297] + "…")
                item.setToolTip(text[:2000] + (f"\n{self.tr('Laptop')}: {e.device_id}" if col == 5 else ""))
                self.table.setItem(row, col, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        for col, most in ((1, 280), (2, 220), (3, 180), (4, 180), (5, 140)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), most))
        self.table.setWordWrap(False)
        buttons = ok_cancel(self, self.tr("Close"), self.tr("Close"))
        buttons.button(buttons.StandardButton.Cancel).hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        available = self.screen().availableGeometry()
        self.resize(min(1200, int(available.width() * 0.9)), min(600, int(available.height() * 0.8)))
