"""*Sitater*: every quote and note across the interviews, one per row, filtered by county, class, rural/central,
informant, coordinator and theme, searchable in the text index; below the list the selected text in full, where
a part of it is marked with one or more themes (Ctrl+M). Enter or a double click opens the interview."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.base.errors import ThemeNameError, ValidationError
from core.interviews import coordinators, passages, quotes, themes
from core.reference import guide_library, registry, schemes, study
from core.reference.registry import CENTRALITY_CLASSES
from core.storage.store import Store
from ui.models.quote_model import (
    COL_CLASS,
    COL_COORDINATOR,
    COL_COUNTY,
    COL_DATE,
    COL_MUNICIPALITY,
    COL_ROLES,
    COL_RURAL,
    COL_SCHEME,
    COL_TEXT,
    COL_THEMES,
    QuoteTableModel,
    code_points,
)
from ui.support import i18n
from ui.support.tables import configure_table


class ThemeDialog(QDialog):
    """Choose one or more themes for a passage, or add a new theme."""

    def __init__(self, store: Store, passage: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark with theme"))
        self._store = store
        shown = passage if len(passage) <= 160 else passage[:160] + "…"
        quote = QLabel(f"«{shown}»")
        quote.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("themeChoices")
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newTheme")
        new_label = QLabel(self.tr("&New theme:"))
        new_label.setBuddy(self.new_name)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAutoDefault(False)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(new_label)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.add_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addWidget(QLabel(self.tr("Themes:")))
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self.add_theme)
        self.new_name.returnPressed.connect(self.add_theme)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _: self._update_ok())
        self._fill()
        self.resize(460, 480)

    def _fill(self, checked: set[str] = frozenset()) -> None:
        self.list.clear()
        for theme in themes.list_themes(self._store):
            item = QListWidgetItem(("    " if theme.parent else "") + theme.name)
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if theme.id in checked else Qt.CheckState.Unchecked)
            item.setForeground(QColor(theme.colour))
            self.list.addItem(item)
        self._update_ok()

    def add_theme(self) -> None:
        try:
            new = themes.create_theme(self._store, self.new_name.text())
        except ThemeNameError as exc:
            self.error.setText({"empty": self.tr("A theme needs a name."),
                                "too_long": self.tr("A theme's name has at most 80 characters."),
                                }.get(exc.reason, self.tr("There is already a theme of that name.")))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self.new_name.clear()
        self._fill(set(self.theme_ids()) | {new})

    def theme_ids(self) -> list[str]:
        items = (self.list.item(n) for n in range(self.list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.theme_ids()))


class QuotesView(QWidget):
    sig_open_interview = Signal(str)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("quotesView")
        self._store = store
        self._found: set | None = None
        self.search = QLineEdit()
        self.search.setObjectName("quoteSearch")
        self.search.setPlaceholderText(self.tr("Search the quotes and notes"))
        self.search.setClearButtonEnabled(True)
        self.county, self.centrality, self.rural = QComboBox(), QComboBox(), QComboBox()
        self.role, self.coordinator, self.theme = QComboBox(), QComboBox(), QComboBox()
        self.combos = (self.county, self.centrality, self.rural, self.role, self.coordinator, self.theme)
        top = QHBoxLayout()
        filters = QHBoxLayout()
        for layout, text, widget, stretch in (
            (top, self.tr("&Search:"), self.search, 3), (top, self.tr("&Theme:"), self.theme, 1),
            (filters, self.tr("C&ounty:"), self.county, 2), (filters, self.tr("C&lass:"), self.centrality, 1),
            (filters, self.tr("&Rural:"), self.rural, 1), (filters, self.tr("&Informant:"), self.role, 2),
            (filters, self.tr("Coor&dinator:"), self.coordinator, 2),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, stretch)

        self.model = QuoteTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("quoteTable")
        self.table.setModel(self.model)
        configure_table(self.table, COL_TEXT, {  # narrow samples: the rows have two lines, the text wants the room
            COL_MUNICIPALITY: "Nordre Follo", COL_COUNTY: "Romsdal", COL_CLASS: "6", COL_RURAL: "Distrikt",
            COL_ROLES: "Innovasjons- eller", COL_DATE: "00.00.0000", COL_COORDINATOR: "Ingrid",
            COL_SCHEME: "Prosjektskjønn", COL_THEMES: "Mangel på kapasitet",
        })
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 8)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)

        self.detail = QPlainTextEdit()
        self.detail.setObjectName("quoteText")
        self.detail.setReadOnly(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.about = QLabel()
        self.about.setObjectName("quoteAbout")
        self.about.setWordWrap(True)
        self.mark_button = QPushButton(self.tr("&Mark with theme…"))
        self.mark_button.setToolTip(self.tr("Select a part of the text, then mark it with one or more themes (Ctrl+M)"))
        self.open_button = QPushButton(self.tr("O&pen interview"))
        self.count_label = QLabel()
        self.count_label.setObjectName("quoteCount")
        self.message = QLabel()
        self.message.setObjectName("quoteMessage")
        self.message.setWordWrap(True)
        self._layout(top, filters)
        self._connect()
        self._fill_filters()
        self.refresh()
        self.setFocusProxy(self.table)

    def _layout(self, top, filters) -> None:
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.about)
        side.addWidget(self.mark_button)
        side.addWidget(self.open_button)
        side.addWidget(self.message)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(300)
        lower = QWidget()
        row = QHBoxLayout(lower)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.detail, 1)
        row.addWidget(side_widget)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("quotesSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self._change_timer = QTimer(self)  # the saves of an open interview come in bursts: read once they pause
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(500)
        self._change_timer.timeout.connect(self.refresh)
        for combo in self.combos:
            combo.currentIndexChanged.connect(lambda _: self._apply_filters())
        self.table.activated.connect(lambda _: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.mark_button.clicked.connect(self.mark_selection)
        self.open_button.clicked.connect(self.open_current)
        self.detail.selectionChanged.connect(self._update_actions)
        mark = QShortcut(QKeySequence("Ctrl+M"), self, activated=self.mark_selection)
        mark.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find = QShortcut(QKeySequence.StandardKey.Find, self, activated=lambda: (self.search.setFocus(),
                                                                                 self.search.selectAll()))
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for signal in (self.model.modelReset, self.model.layoutChanged):
            signal.connect(self._update_count)

    # -- data --------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        settings = study.load(self._store)
        lang = i18n.current_language()
        keep = [c.currentData() for c in self.combos]
        for combo in self.combos:
            combo.blockSignals(True)
            combo.clear()
        self.county.addItem(self.tr("All counties"), None)
        for c in registry.counties(self._store, settings.registry_version):
            self.county.addItem(c.name, c.number)
        self.centrality.addItem(self.tr("All classes"), None)
        for k in CENTRALITY_CLASSES:
            self.centrality.addItem(str(k), k)
        classes = settings.rural_definition.classes
        self.rural.addItem(self.tr("All"), None)
        self.rural.addItem(self.tr("Rural (class {c})").format(c=f"{min(classes)}-{max(classes)}"), True)
        self.rural.addItem(self.tr("Central"), False)
        roles = {c.value: c.label(lang) for c in guide_library.current(self._store).question("informants").choices}
        self.role.addItem(self.tr("All"), None)
        for code, label in roles.items():
            self.role.addItem(label, code)
        self.coordinator.addItem(self.tr("All"), None)
        for name in coordinators(self._store):
            self.coordinator.addItem(name, name)
        theme_list = themes.list_themes(self._store)
        self.theme.addItem(self.tr("All themes"), None)
        self.theme.addItem(self.tr("Without a theme"), "")
        for t in theme_list:
            self.theme.addItem(("    " if t.parent else "") + t.name, t.id)
        for combo, value in zip(self.combos, keep):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.model.set_names(roles, {s.code: s.name(lang) for s in schemes.list_schemes(self._store)},
                             {t.id: t.name for t in theme_list})

    def refresh(self) -> None:
        """Read the quotes again (after a change: an interview saved, a passage marked, a theme added)."""
        key = self.current_key()
        self.model.set_rows(quotes.list_quotes(self._store))
        self._apply_filters(key)

    def data_changed(self, *_) -> None:
        """An interview was saved, created or deleted: read the quotes again once the saves pause."""
        self._change_timer.start()

    def refresh_filters(self) -> None:
        self._fill_filters()
        self.refresh()

    def quote_filter(self) -> quotes.QuoteFilter:
        theme = self.theme.currentData()
        return quotes.QuoteFilter(
            county=self.county.currentData(), centrality_class=self.centrality.currentData(),
            rural=self.rural.currentData(), role=self.role.currentData(), coordinator=self.coordinator.currentData(),
            theme_ids=themes.with_subthemes(self._store, theme) if theme else None, unthemed=theme == "")

    def _apply_search(self) -> None:
        text = self.search.text().strip()
        self._found = quotes.search(self._store, text) if text else None
        self._apply_filters()

    def _apply_filters(self, key=None) -> None:
        key = key or self.current_key()
        shown = {q.key for q in quotes.filter_quotes(self.model._all, self.quote_filter(), self._found)}
        self.model.set_predicate(lambda q: q.key in shown)
        if key:
            self.select(key)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self._set_current(self.model.index(0, 0))
        self._show_current()

    def _update_count(self, *args) -> None:
        self.count_label.setText(self.tr("Showing {shown} of {total} quotes and notes").format(
            shown=self.model.rowCount(), total=self.model.total_count()))

    # -- selection ---------------------------------------------------------------------------
    def current(self) -> quotes.Quote | None:
        index = self.table.currentIndex()
        return self.model.quote(index.row()) if index.isValid() else None

    def current_key(self):
        q = self.current()
        return q.key if q else None

    def select(self, key) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self._set_current(self.model.index(row, 0))

    def _set_current(self, index) -> None:
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _show_current(self) -> None:
        q = self.current()
        shown = q.key if q else None
        if getattr(self, "_shown", None) != shown or q is None:
            self.detail.setPlainText(q.text if q else "")
            self.message.clear()
        self._shown = shown
        if q is None:
            self.about.clear()
        else:
            parts = [q.municipality_name or "–", self.model.display(q, COL_DATE), self.model.roles_text(q),
                     self.model.scheme_text(q)]
            about = " · ".join(p for p in parts if p)
            if q.passages:
                about += "\n" + self.tr("{n} marked passages: {themes}").format(n=q.passages,
                                                                                 themes=self.model.themes_text(q))
            self.about.setText(about)
        self._highlight(q)
        self._update_actions()

    def _highlight(self, q) -> None:
        """The passages already marked, underlined in the text."""
        marks = []
        if q is not None and q.passages:
            units = [0]
            for char in q.text:
                units.append(units[-1] + (2 if ord(char) > 0xFFFF else 1))
            for p in passages.passages_of(self._store, q.interview_id, q.field, q.scheme):
                if 0 <= p.start < p.end <= len(q.text):
                    mark = QTextEdit.ExtraSelection()
                    mark.cursor = QTextCursor(self.detail.document())
                    mark.cursor.setPosition(units[p.start])
                    mark.cursor.setPosition(units[p.end], QTextCursor.MoveMode.KeepAnchor)
                    mark.format = QTextCharFormat()
                    mark.format.setBackground(QColor("#fff1a8" if p.status == "ok" else "#ffd0c8"))
                    marks.append(mark)
        self.detail.setExtraSelections(marks)

    def _update_actions(self) -> None:
        has = self.current() is not None
        self.open_button.setEnabled(has)
        self.mark_button.setEnabled(has and self.detail.textCursor().hasSelection())

    def selection_range(self) -> tuple[int, int] | None:
        """The selected part of the shown text in code points (start, end), or None."""
        q, cursor = self.current(), self.detail.textCursor()
        if q is None or not cursor.hasSelection():
            return None
        return code_points(q.text, cursor.selectionStart()), code_points(q.text, cursor.selectionEnd())

    def mark_selection(self, theme_ids: list[str] | None = None) -> str | None:
        """Mark the selected part with themes (asked for in a dialog when not given); the passage's id."""
        q, span = self.current(), self.selection_range()
        if q is None or span is None:
            self.message.setText(self.tr("Select a part of the text first."))
            return None
        start, end = span
        if not theme_ids:
            dialog = ThemeDialog(self._store, q.text[start:end], self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            theme_ids = dialog.theme_ids()
            self._fill_filters()
        try:
            passage_id = passages.mark(self._store, q.interview_id, q.field, q.scheme, start, end, theme_ids)
        except ValidationError:
            self.message.setText(self.tr("This part cannot be marked: select some words of the text."))
            return None
        self.refresh()
        self.message.setText(self.tr("Marked."))
        return passage_id

    def open_current(self) -> None:
        q = self.current()
        if q is not None:
            self.sig_open_interview.emit(q.interview_id)
