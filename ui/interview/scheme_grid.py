"""The per-scheme block as a grid: a row per scheme, a column per question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget

from core.model.guide import Section
from core.reference.schemes import Scheme
from ui.interview.question_widgets import AnswerEditor, make_editor
from ui.support import i18n


class SchemeGrid(QTableWidget):
    def __init__(self, section: Section, schemes: list[Scheme], parent=None):
        super().__init__(len(schemes), len(section.questions), parent)
        self.setObjectName("schemeGrid")
        self.section = section
        self.schemes = schemes
        lang = i18n.current_language()
        self.setHorizontalHeaderLabels([q.label(lang) + (" *" if q.required else "") for q in section.questions])
        self.setVerticalHeaderLabels([s.name(lang) for s in schemes])
        for row, scheme in enumerate(schemes):
            self.verticalHeaderItem(row).setToolTip(f"{scheme.name(lang)}\n{scheme.description(lang)}")
        self.editors: dict[tuple[str, str], AnswerEditor] = {}
        for row, scheme in enumerate(schemes):
            for col, q in enumerate(section.questions):
                editor = make_editor(q, [])
                self.setCellWidget(row, col, editor)
                self.editors[(q.name, scheme.code)] = editor
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        bold = header.font()
        bold.setBold(True)
        metrics = type(self.fontMetrics())(bold)
        for col, q in enumerate(section.questions):
            # a short answer narrow, a text (a comment) room to show what is typed
            base = 90 if q.type in ("integer", "yes_no_dk", "likert5") else 240 if q.is_text else 130
            header.resizeSection(col, max(base, metrics.horizontalAdvance(self.horizontalHeaderItem(col).text()) + 24))
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        self.verticalHeader().setMaximumWidth(300)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        height = self.horizontalHeader().sizeHint().height() + len(schemes) * self.verticalHeader().defaultSectionSize() + 6
        self.setMinimumHeight(min(height, 520))
        self.setMaximumHeight(height)
        self.setTabKeyNavigation(False)  # Tab moves through the cell editors, in reading order
