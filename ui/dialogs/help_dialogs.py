"""Help: the keyboard shortcuts, a short guide to the application (resources/help/tour_<language>.md), and the
About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from core import __version__
from core.base.resources import resource_path
from core.reference import registry, study
from ui.support import i18n
from ui.support.widgets import close_only


class ShortcutsDialog(QDialog):
    """Every shortcut of the window, grouped by where it works."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = self._rows()
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, (keys, what) in enumerate(rows):
            item = QTableWidgetItem(keys)
            if not what:  # a heading: where the keys below work
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(what))
            if not what:
                self.table.setSpan(row, 0, 1, 2)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(close_only(self, self.tr("Close")))
        available = self.screen().availableGeometry()
        self.resize(min(760, int(available.width() * 0.9)), min(680, int(available.height() * 0.85)))

    def _rows(self) -> list[tuple[str, str]]:
        """(keys, what they do); a row without what is a heading."""
        return [
            (self.tr("Everywhere"), ""),
            ("Ctrl+N", self.tr("New interview")),
            ("Ctrl+1 … Ctrl+7", self.tr("Interviews, Quotes, Municipalities, Fieldwork, Schemes, Charts, Conflicts")),
            ("Ctrl+E", self.tr("Export data or report")),
            ("Ctrl+,", self.tr("Settings")),
            ("F1", self.tr("Short guide to Feltkart")),
            ("Ctrl+Q", self.tr("Quit")),
            (self.tr("Interviews"), ""),
            ("Ctrl+F", self.tr("Search notes, quotes and comments")),
            ("Enter", self.tr("Open the interview")),
            ("Delete", self.tr("Move the interview to the trash")),
            ("Ctrl+Z", self.tr("Bring back the interview deleted last")),
            (self.tr("Quotes"), ""),
            ("Ctrl+F", self.tr("Search the quotes and notes")),
            ("Ctrl+M", self.tr("Mark the selected words with themes")),
            ("Enter", self.tr("Open the interview at the answer, the cursor in its text")),
            (self.tr("Enter, Space, Delete"), self.tr("In the marked passages: choose the themes, citable or not, "
                                                      "remove the marking")),
            (self.tr("An interview"), ""),
            ("Tab, Shift+Tab", self.tr("Next, previous field")),
            ("Ctrl+PgDown, Ctrl+PgUp", self.tr("Next, previous section")),
            (self.tr("Arrow keys, first letters"), self.tr("Step through a drop-down (saved when you leave it)")),
            (self.tr("Space"), self.tr("Open a drop-down; tick or untick a box")),
            ("Ctrl+Enter", self.tr("Complete the interview (from any field)")),
            ("Ctrl+W, Esc", self.tr("Close the interview window (every answer is saved as you type)")),
            (self.tr("Fieldwork"), ""),
            ("Ctrl+K", self.tr("New contact attempt")),
            ("Ctrl+Shift+K", self.tr("New appointment")),
            ("Ctrl+T", self.tr("Assign the chosen municipalities")),
            (self.tr("Charts"), ""),
            ("Ctrl+Shift+C", self.tr("Copy the chart or its numbers")),
        ]


class GuideDialog(QDialog):
    """The short tour of Feltkart, in the language of the window."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Short guide to Feltkart"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text(i18n.current_language()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(close_only(self, self.tr("Close")))
        available = self.screen().availableGeometry()
        self.resize(min(860, int(available.width() * 0.9)), min(760, int(available.height() * 0.88)))


def guide_text(lang: str) -> str:
    """The tour in ``lang`` (bokmål for a language without its own text)."""
    path = resource_path("help", f"tour_{lang}.md")
    if not path.exists():
        path = resource_path("help", "tour_nb.md")
    return path.read_text(encoding="utf-8")


def show_about(parent, store) -> None:
    """The About box: version, data sources, the registry in use and the database (in the main window's words)."""
    info = registry.info(store, study.load(store).registry_version)
    lang = i18n.current_language()
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Feltkart"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>Feltkart {version}</h3><p>Field interviews on rural municipalities' use of national schemes "
            "for innovation, renewal and digitalisation.</p><p><b>Data sources</b><br>{attribution}</p>"
            "<p>Registry in use: {structure}; population 1 January {year}.</p><p>Database: {path}</p>"
        ).format(version=__version__, attribution=info.attribution(lang), structure=info.structure(lang),
                 year=info.population_year, path=str(store.path)),
    )
