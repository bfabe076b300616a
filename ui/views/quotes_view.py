"""*Sitater*: every quote and note across the interviews, one per row, filtered by theme, county, class,
rural/central, informant, coordinator, scheme, type (quote or note), interview date and passages needing review,
searchable in the text index; below the list the selected text in full with its marked passages highlighted
(the chosen one underlined), where a selected part is marked with one or more themes (Ctrl+M), and beside it
the list of its passages (``passages_pane``). The study's themes are edited in a dialog (``themes_dialog``);
the theme chart is in Diagrammer. Enter or a double click opens the interview at the answer, the cursor in
its text."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.base.errors import ValidationError
from core.interviews import passages, quotes, themes
from core.storage.store import Store
from ui.dialogs.theme_choice_dialog import ThemeChoiceDialog
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
    utf16_positions,
)
from ui.support.tables import configure_table
from ui.support.widgets import date_edit
from ui.views import quote_filters
from ui.views.passages_pane import REVIEW_COLOUR, PassagesPane
from ui.views.quote_loader import QuoteLoader

MARKED_COLOUR, CHOSEN_COLOUR, CHOSEN_LINE = "#fff1a8", "#ffd966", "#b45f06"


class QuotesView(QWidget):
    sig_open_answer = Signal(str, str, str, int)  # interview id, field, scheme, cursor position (code points)
    sig_show_chart = Signal(str)  # a chart of Diagrammer: "themes"
    sig_coding_changed = Signal()  # themes or passages changed here
    sig_loaded = Signal()  # every quote read and shown (after the first screenful, after a change)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("quotesView")
        self._store = store
        self._found: set | None = None
        self._shown = None
        self._following = False  # a click in the text chose the passage: the text stays where it is
        self.search = QLineEdit()
        self.search.setObjectName("quoteSearch")
        self.search.setPlaceholderText(self.tr("Search the quotes and notes"))
        self.search.setClearButtonEnabled(True)
        self.county, self.centrality, self.rural = QComboBox(), QComboBox(), QComboBox()
        self.role, self.coordinator, self.theme = QComboBox(), QComboBox(), QComboBox()
        self.scheme, self.kind, self.municipality = QComboBox(), QComboBox(), QComboBox()
        self.municipality.setObjectName("quoteMunicipality")  # its first letters typed choose one of 357
        self.combos = (self.county, self.centrality, self.rural, self.role, self.coordinator, self.theme,
                       self.scheme, self.kind, self.municipality)
        for combo, chars in ((self.theme, 18), (self.county, 12), (self.role, 14), (self.coordinator, 10),
                             (self.scheme, 16), (self.kind, 12)):
            # long entries must not widen the window: the combo shows them in full when open
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.date_from = date_edit("quoteFrom", self.tr("dd.mm.yyyy"))
        self.date_to = date_edit("quoteTo", self.tr("dd.mm.yyyy"))
        self.review = QCheckBox(self.tr("Only needing revie&w"))
        self.review.setObjectName("quoteReview")
        self.review.setToolTip(self.tr("Only the texts with a marked passage whose answer was changed where it "
                                       "stands"))
        self.themes_button = QPushButton(self.tr("Edit th&emes…"))
        self.themes_button.setObjectName("editThemes")
        self.themes_button.setToolTip(self.tr("The study's themes: add, rename, describe, colour, sub-themes, "
                                              "delete; the guide's barriers and measures as starting themes"))
        self.chart_button = QPushButton(self.tr("Theme chart"))
        self.chart_button.setObjectName("themeChart")
        self.chart_button.setToolTip(self.tr("How many municipalities raised each theme, rural against central "
                                             "(Diagrammer)"))
        rows = self._filter_rows()
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
        self.mark_button = QPushButton(self.tr("Mar&k with theme…"))
        self.mark_button.setToolTip(self.tr("Select a part of the text, then mark it with one or more themes (Ctrl+M)"))
        self.open_button = QPushButton(self.tr("O&pen interview"))
        self.open_button.setToolTip(self.tr("Open the interview at this answer (Enter in the list)"))
        self.pane = PassagesPane(store, self.selection_range)
        self.count_label = QLabel()
        self.count_label.setObjectName("quoteCount")
        self.message = QLabel()
        self.message.setObjectName("quoteMessage")
        self.message.setWordWrap(True)
        self.filter_message = QLabel()
        self.filter_message.setObjectName("quoteFilterMessage")
        self.filter_message.setStyleSheet("color: #b00020;")
        self.loader = QuoteLoader(store, self)
        self._layout(rows)
        self._connect()
        self._fill_filters()
        first = self.loader.first_screen()  # at once; the rest read in the background
        if not self.loader.complete:
            self.loader.read_all()
        self._set_rows(first)
        self.setFocusProxy(self.table)

    def _filter_rows(self) -> list[QHBoxLayout]:
        """The search, the theme and the buttons of the themes; the place and people; the answer and the time."""
        top, place, answer = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for layout, text, widget, stretch in (
            (top, self.tr("&Search:"), self.search, 3), (top, self.tr("Municipality:"), self.municipality, 2),
            (top, self.tr("&Theme:"), self.theme, 2),
            (place, self.tr("C&ounty:"), self.county, 2), (place, self.tr("C&lass:"), self.centrality, 1),
            (place, self.tr("&Rural:"), self.rural, 1), (place, self.tr("&Informant:"), self.role, 2),
            (place, self.tr("Coor&dinator:"), self.coordinator, 2),
            (answer, self.tr("S&cheme:"), self.scheme, 2), (answer, self.tr("T&ype:"), self.kind, 1),
            (answer, self.tr("Fro&m:"), self.date_from, 0), (answer, self.tr("&Until:"), self.date_to, 0),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, stretch)
        top.addWidget(self.themes_button)
        top.addWidget(self.chart_button)
        answer.addSpacing(8)
        answer.addWidget(self.review)
        answer.addStretch(1)
        return [top, place, answer]

    def _layout(self, rows) -> None:
        text_side = QWidget()
        left = QVBoxLayout(text_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.about)
        left.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.message, 1)
        left.addLayout(buttons)
        self.lower = QSplitter()
        self.lower.setObjectName("quoteLowerSplitter")
        self.lower.addWidget(text_side)
        self.lower.addWidget(self.pane)
        self.lower.setStretchFactor(0, 3)
        self.lower.setStretchFactor(1, 2)
        self.lower.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("quotesSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 3)  # the list has the most room; the text and its passages below
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        for row in rows:
            layout.addLayout(row)
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.filter_message, 1)
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
        self._change_timer.timeout.connect(self._refresh_when_shown)
        self._stale = False  # changed while hidden: read again when shown
        for combo in self.combos:
            combo.currentIndexChanged.connect(lambda _: self._apply_filters())
        self.review.toggled.connect(lambda _: self._apply_filters())
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._apply_filters)
        self.table.activated.connect(lambda _: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.mark_button.clicked.connect(self.mark_selection)
        self.open_button.clicked.connect(self.open_current)
        self.themes_button.clicked.connect(self.edit_themes)
        self.chart_button.clicked.connect(lambda: self.sig_show_chart.emit("themes"))
        self.detail.selectionChanged.connect(self._update_actions)
        self.detail.cursorPositionChanged.connect(self._follow_cursor)
        self.pane.sig_current_changed.connect(lambda: self._highlight(self.current()))
        self.pane.sig_changed.connect(lambda: self._coding_changed(self.current().interview_id if self.current()
                                                                   else None))
        mark = QShortcut(QKeySequence("Ctrl+M"), self, activated=self.mark_selection)
        mark.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find = QShortcut(QKeySequence.StandardKey.Find, self, activated=lambda: (self.search.setFocus(),
                                                                                 self.search.selectAll()))
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for signal in (self.model.modelReset, self.model.layoutChanged):
            signal.connect(self._update_count)
        self.loader.sig_rows.connect(self._loaded)
        self.loader.sig_failed.connect(lambda reason: (self.filter_message.setText(self.tr(
            "The quotes could not be read ({reason}); see the log.").format(reason=reason)), self._update_count()))

    def _fill_filters(self) -> None:
        quote_filters.fill(self, self._store)

    def shutdown(self) -> None:
        """The window is closing: a read under way is stopped."""
        self.loader.stop()

    def refresh(self) -> None:
        """Read the quotes again in the background (after a change: interviews saved or merged, themes edited);
        the rows shown stay until the new ones are there (``sig_loaded``)."""
        self.loader.read_all()

    def _set_rows(self, rows: list) -> None:
        key, f = self.current_key(), self.quote_filter()
        self.model.set_rows(rows, *self._predicate(rows, f))  # filtered and sorted once
        self._filtered(key, f)

    def _loaded(self, rows: list) -> None:
        text = self.search.text().strip()
        if text:  # what the search finds in the texts read anew
            self._found = quotes.search(self._store, text)
        self._set_rows(rows)
        self.sig_loaded.emit()

    def _refresh_when_shown(self) -> None:
        """Read the quotes again now if the view is shown; else when it is next shown (no reading for nothing)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale or not (self.loader.complete or self.loader.reading):  # or a read stopped before its end
            self._stale = False
            self.refresh()

    def data_changed(self, *_) -> None:
        """An interview was saved, created or deleted: read the quotes again once the saves pause."""
        self._change_timer.start()

    def refresh_filters(self) -> None:
        self._fill_filters()
        self.refresh()

    def _coding_changed(self, interview_id: str | None = None) -> None:
        """Themes or passages changed here: the quotes of ``interview_id`` read again at once (a passage of its
        marked or changed), or every quote in the background (the themes edited)."""
        if interview_id is None:
            self.refresh()
        else:  # its rows redrawn where they are, or all set anew when one comes or goes under the filters
            fresh = self.loader.of_interview(interview_id)
            accepts, kept = self._predicate(fresh, self.quote_filter())
            if not self.model.replace_quotes(interview_id, fresh, None if accepts is None else {q[:3] for q in kept}):
                self._set_rows([q for q in self.model._all if q.interview_id != interview_id] + fresh)
            self._show_current()
        self.sig_coding_changed.emit()

    def quote_filter(self) -> quotes.QuoteFilter:
        theme = self.theme.currentData()
        date_from, date_to = quote_filters.date_typed(self.date_from), quote_filters.date_typed(self.date_to)
        return quotes.QuoteFilter(
            municipality=self.municipality.currentData(), county=self.county.currentData(),
            centrality_class=self.centrality.currentData(), rural=self.rural.currentData(), role=self.role.currentData(), coordinator=self.coordinator.currentData(),
            theme_ids=themes.with_subthemes(self._store, theme) if theme else None, unthemed=theme == "",
            scheme=self.scheme.currentData(), kind=self.kind.currentData(), date_from=date_from, date_to=date_to,
            review=self.review.isChecked())

    def _apply_search(self) -> None:
        text = self.search.text().strip()
        self._found = quotes.search(self._store, text) if text else None
        self._apply_filters()

    def _predicate(self, rows: list, f: quotes.QuoteFilter) -> tuple:
        """Which of ``rows`` the filters and the search let through: a predicate (None: all, nothing chosen) and
        the rows it accepts (so that the model need not ask it for each)."""
        if f == quotes.QuoteFilter() and self._found is None:
            return None, None
        shown = quotes.filter_quotes(rows, f, self._found)
        keys = {q[:3] for q in shown}  # q[:3] is q.key, without the call
        return (lambda q: q[:3] in keys), shown

    def _apply_filters(self, key=None) -> None:
        key = key or self.current_key()
        f = self.quote_filter()
        self.model.set_predicate(*self._predicate(self.model._all, f))
        self._filtered(key, f)

    def _filtered(self, key, f: quotes.QuoteFilter) -> None:
        """After the rows or the filters changed: the dates' problem said, the chosen quote kept or the first."""
        self.filter_message.setText(quote_filters.date_problem(self, f))
        if key:
            self.select(key)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self._set_current(self.model.index(0, 0))
        self._show_current()

    def _update_count(self, *args) -> None:
        if not self.loader.complete:  # the first screenful: the rest being read, or its read failed or stopped
            text = (self.tr("Showing {shown} of the newest interviews' quotes and notes; reading the rest…")
                    if self.loader.reading else self.tr("Showing {shown} of the newest interviews' quotes and notes"))
            self.count_label.setText(text.format(shown=self.model.rowCount()))
            return
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
        key = q.key if q else None
        kept = self.pane.current()
        keep = kept.id if kept is not None and q is not None and kept.interview_id == q.interview_id else None
        if key != self._shown or self.detail.toPlainText() != (q.text if q else ""):
            self.detail.blockSignals(True)  # the cursor is not a click in a passage
            self.detail.setPlainText(q.text if q else "")
            self.detail.blockSignals(False)
            if key != self._shown:
                self.message.clear()
        self._shown = key
        self.pane.show_quote(q, self.model.theme_names(), keep)
        if q is None:
            self.about.clear()
        else:
            parts = [q.municipality_name or "–", self.model.display(q, COL_DATE), self.model.roles_text(q),
                     self.model.scheme_text(q)]
            about = " · ".join(p for p in parts if p)
            if q.passages:
                marked = (self.tr("1 marked passage: {themes}") if q.passages == 1
                          else self.tr("{n} marked passages: {themes}"))
                about += "\n" + marked.format(n=q.passages, themes=self.model.themes_text(q))
            self.about.setText(about)
        self._highlight(q)
        self._update_actions()

    def _highlight(self, q) -> None:
        """The passages marked, highlighted in the text (one to review in red); the one chosen underlined."""
        marks = []
        chosen = self.pane.current()
        if q is not None and q.passages:
            units = utf16_positions(q.text)
            for p in passages.passages_of(self._store, q.interview_id, q.field, q.scheme):
                if 0 <= p.start < p.end <= len(q.text):
                    mark = QTextEdit.ExtraSelection()
                    mark.cursor = QTextCursor(self.detail.document())
                    mark.cursor.setPosition(units[p.start])
                    mark.cursor.setPosition(units[p.end], QTextCursor.MoveMode.KeepAnchor)
                    mark.format = QTextCharFormat()
                    is_chosen = chosen is not None and p.id == chosen.id
                    colour = REVIEW_COLOUR if p.status != "ok" else CHOSEN_COLOUR if is_chosen else MARKED_COLOUR
                    mark.format.setBackground(QColor(colour))
                    if is_chosen:
                        mark.format.setFontUnderline(True)
                        mark.format.setUnderlineColor(QColor(CHOSEN_LINE))
                        self._reveal(units[p.start])
                    marks.append(mark)
        self.detail.setExtraSelections(marks)

    def _reveal(self, position: int) -> None:
        """The text scrolled so that the chosen passage is in view, without moving the user's selection."""
        if not self._following and not self.detail.textCursor().hasSelection():
            cursor = self.detail.textCursor()
            cursor.setPosition(position)
            self.detail.blockSignals(True)
            self.detail.setTextCursor(cursor)
            self.detail.blockSignals(False)
            self.detail.ensureCursorVisible()

    def _follow_cursor(self) -> None:
        """A click in a marked passage chooses it in the list."""
        q, cursor = self.current(), self.detail.textCursor()
        if q is None or cursor.hasSelection():
            return
        at = code_points(q.text, cursor.position())
        for n in range(self.pane.list.topLevelItemCount()):
            item = self.pane.list.topLevelItem(n)
            p = item.data(0, Qt.ItemDataRole.UserRole)
            if p.start <= at < p.end and item is not self.pane.list.currentItem():
                self._following = True
                try:
                    self.pane.list.setCurrentItem(item)
                finally:
                    self._following = False
                return

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

    # -- actions -----------------------------------------------------------------------------
    def mark_selection(self, theme_ids: list[str] | None = None) -> str | None:
        """Mark the selected part with themes (asked for in a dialog when not given); the passage's id."""
        q, span = self.current(), self.selection_range()
        if q is None or span is None:
            self.message.setText(self.tr("Select a part of the text first."))
            return None
        start, end = span
        if not theme_ids:
            dialog = ThemeChoiceDialog(self._store, q.text[start:end], self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            theme_ids = dialog.theme_ids()
            self._fill_filters()
        try:
            passage_id = passages.mark(self._store, q.interview_id, q.field, q.scheme, start, end, theme_ids)
        except ValidationError:
            self.message.setText(self.tr("This part cannot be marked: select some words of the text."))
            return None
        self._coding_changed(q.interview_id)
        self._choose_passage(passage_id)
        self.message.setText(self.tr("Marked."))
        return passage_id

    def _choose_passage(self, passage_id: str) -> None:
        for n in range(self.pane.list.topLevelItemCount()):
            item = self.pane.list.topLevelItem(n)
            if item.data(0, Qt.ItemDataRole.UserRole).id == passage_id:
                self.pane.list.setCurrentItem(item)

    def edit_themes(self) -> None:
        from ui.dialogs.themes_dialog import ThemesDialog

        dialog = ThemesDialog(self._store, self)
        dialog.exec()
        if dialog.changed:
            self._fill_filters()
            self._coding_changed()

    def open_current(self) -> None:
        """Open the interview at this answer: the cursor at the chosen passage, or at the selected words."""
        q = self.current()
        if q is None:
            return
        p, span = self.pane.current(), self.selection_range()
        position = span[0] if span else p.start if p is not None and p.start <= len(q.text) else 0
        self.sig_open_answer.emit(q.interview_id, q.field, q.scheme, position)
