"""*Diagrammer*: the summary charts (and the fieldwork's response rate and progress) with the table behind each,
filtered, exported and copied.

The numbers are computed off the GUI thread (a Task on a reader connection of its own) whenever the filters
or the interviews change, so typing in an interview window never waits for them; a progress bar with a cancel
button appears when a computation takes longer than a moment. The chart on screen is drawn by matplotlib's
Qt canvas; this module (and with it matplotlib) is imported only when the view is first shown.
"""

from __future__ import annotations

import logging
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core.analysis import chartdata
from core.analysis.stats import StatsFilter
from core.base import dates
from core.base.filenames import suggested_stem
from core.base.words import counting_rule
from core.reference.registry import RuralDefinition
from core.render import charts
from core.storage.store import Store
from ui.support import i18n, messages
from ui.support.save import save_as
from ui.support.settings import Key, remember, remembered
from ui.support.tasks import Task
from ui.views import chart_filters, chart_themes
from ui.views.chart_numbers import NumbersPane

log = logging.getLogger(__name__)

BUSY_AFTER_MS = 150  # the progress bar appears only for computations longer than this
EXPORT_FORMATS = {"png": "PNG (*.png)", "svg": "SVG (*.svg)", "pdf": "PDF (*.pdf)"}


class _Canvas(FigureCanvasQTAgg):
    """matplotlib's Qt canvas, drawing with the charts' own settings (``charts.drawing``)."""

    def draw(self):
        with charts.drawing():
            super().draw()


class ChartsView(QWidget):
    sig_updated = Signal()  # new numbers are on screen
    sig_failed = Signal(str)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("chartsView")
        self._store = store
        self._task: Task | None = None
        self._rerun = False
        self._stale = True
        self.data: chartdata.ChartData | None = None
        self.theme_counts = None  # the themes chart's (chart_themes), computed with the rest
        self.figure = None
        self.canvas: FigureCanvasQTAgg | None = None

        self._build_filters()
        self._build_charts()
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.rule)
        layout.addLayout(self.actions)

        self._connect()
        self._fill_filters()
        last = remembered(Key.CHART_KIND, "participation")
        self.chart_list.setCurrentRow(self.kinds.index(last) if last in self.kinds else 0)
        self.setFocusProxy(self.chart_list)
        self.recompute()

    def _build_filters(self) -> None:
        """County, dates and coordinator above the charts."""
        self.county = QComboBox()
        self.county.setObjectName("chartCounty")
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit, name in ((self.date_from, "chartFrom"), (self.date_to, "chartTo")):
            edit.setObjectName(name)
            edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
            edit.setClearButtonEnabled(True)
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 36)  # room for the clear button
        self.coordinator = QComboBox()
        self.grouping = QComboBox()
        self.grouping.setObjectName("chartGrouping")
        for combo, chars in ((self.county, 14), (self.coordinator, 12), (self.grouping, 16)):
            # Long entries must not widen the window: the combo shrinks to this and shows them in full when open.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.rule_choice = QComboBox()
        self.rule_choice.setObjectName("chartRule")
        self.rule_choice.addItem(self.tr("Any interview says so"), "any")
        self.rule_choice.addItem(self.tr("Latest interview only"), "latest")
        self.rule_choice.setToolTip(self.tr(
            "How a municipality with several interviews is counted: yes if any of its interviews says so, or "
            "only its latest interview. Compare the two to see whether a finding hinges on how often a "
            "municipality was interviewed."))
        self.drafts = QCheckBox(self.tr("Include d&rafts"))
        self.drafts.setObjectName("chartDrafts")
        filters = self.filters = QHBoxLayout()
        for text, widget in ((self.tr("C&ounty:"), self.county), (self.tr("&From:"), self.date_from),
                             (self.tr("&To:"), self.date_to), (self.tr("Coor&dinator:"), self.coordinator)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 0 if isinstance(widget, QLineEdit) else 1)
        filters.addStretch(0)

    def _build_charts(self) -> None:
        """The list of charts with the grouping and map colours, the chart, and the numbers behind it."""
        self.chart_list = QListWidget()
        self.chart_list.setObjectName("chartList")
        self.kinds = [*chartdata.KINDS, chart_themes.KIND]
        self.chart_list.addItems([
            self.tr("Participation"), self.tr("Awareness to participation"), self.tr("Benefit"),
            self.tr("Barriers"), self.tr("Fieldwork coverage"), self.tr("Map"), self.tr("Response rate"),
            self.tr("Fieldwork progress"), self.tr("Themes"),
        ])
        self.chart_list.setMaximumWidth(230)
        self.chart_list.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.colour_by = QComboBox()
        self.colour_by.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.colour_by.setMinimumContentsLength(16)
        self.colour_by.setObjectName("mapColour")
        self.colour_label = QLabel(self.tr("Map &colours:"))
        self.colour_label.setBuddy(self.colour_by)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.chart_list, 1)
        groups_label = QLabel(self.tr("&Groups:"))
        groups_label.setBuddy(self.grouping)
        left_layout.addWidget(groups_label)
        left_layout.addWidget(self.grouping)
        rule_label = QLabel(self.tr("Co&unting:"))
        rule_label.setBuddy(self.rule_choice)
        left_layout.addWidget(rule_label)
        left_layout.addWidget(self.rule_choice)
        left_layout.addWidget(self.drafts)
        left_layout.addWidget(self.colour_label)
        left_layout.addWidget(self.colour_by)

        self.chart_page = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_page)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        # a chart taller than the window (six classes of many schemes) scrolls rather than squeezing its bars
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.chart_scroll.setWidget(self.chart_page)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.chart_layout.addWidget(self.placeholder)
        self.numbers = NumbersPane()
        self.table_model, self.table, self.comparisons = self.numbers.table_model, self.numbers.table, \
            self.numbers.comparisons
        self.tabs = QTabWidget()
        self.tabs.setObjectName("chartTabs")
        self.tabs.addTab(self.chart_scroll, self.tr("C&hart"))
        self.tabs.addTab(self.numbers, self.tr("&Numbers"))

        self.splitter = QSplitter()
        self.splitter.setObjectName("chartsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1000])

    def _build_actions(self) -> None:
        """The counting rule, the busy state with its Cancel, Save chart and Copy."""
        self.rule = QLabel(counting_rule("any", i18n.current_language()))  # as the report and the PDF state it
        self.rule.setObjectName("chartRuleText")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: palette(placeholder-text);")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the work has no steps to count
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Computing…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("chartCancel")
        self.export_button = QPushButton(self.tr("&Save chart…"))
        self.export_button.setObjectName("chartExport")
        self.copy_button = QPushButton(self.tr("Cop&y"))
        self.copy_button.setObjectName("chartCopy")
        self.copy_button.setToolTip(self.tr("Copy the chart as an image, or the numbers as a table (Ctrl+Shift+C)"))
        self.status = QLabel()
        self.status.setObjectName("chartStatus")
        actions = self.actions = QHBoxLayout()
        for w in (self.progress, self.busy_label, self.cancel_button):
            actions.addWidget(w)
            w.hide()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.copy_button)

    def _connect(self) -> None:
        """Timers, signals and the keyboard shortcut."""
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self._show_busy(True))
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.recompute)

        for combo in (self.county, self.coordinator, self.grouping, self.rule_choice):
            combo.currentIndexChanged.connect(lambda _: self._refresh_timer.start())
        self.drafts.toggled.connect(lambda _: self._refresh_timer.start())
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._dates_edited)
            edit.textChanged.connect(lambda _, e=edit: self._mark_date(e, True))
        self.chart_list.currentRowChanged.connect(self._chart_chosen)
        self.colour_by.currentIndexChanged.connect(lambda _: self.show_chart())
        self.tabs.currentChanged.connect(lambda _: self._update_actions())
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self.export_chart)
        self.copy_button.clicked.connect(self.copy)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, activated=self.copy)

    # -- filters -----------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        chart_filters.fill(self, self._store)

    def refresh_filters(self) -> None:
        """After the study settings or the scheme catalogue changed."""
        self._fill_filters()
        self.data_changed()

    def _mark_date(self, edit: QLineEdit, ok: bool) -> None:
        edit.setStyleSheet("" if ok else "QLineEdit { border: 2px solid #D55E00; }")
        edit.setToolTip("" if ok else self.tr("Not a date: write it as dd.mm.yyyy, for example 01.03.2026"))

    def _dates_edited(self) -> None:
        for edit in (self.date_from, self.date_to):
            try:
                dates.parse(edit.text())
            except ValueError:
                self._mark_date(edit, False)
                self.status.setText(self.tr("«{text}» is not a date: write it as dd.mm.yyyy").format(text=edit.text()))
                return
        if self._reversed():
            self._mark_date(self.date_to, False)
            self.date_to.setToolTip(self.tr("The period ends before it begins"))
            self.status.setText(self.tr("«To» ({last}) is before «From» ({first}): give the first date first; the "
                                        "charts keep the previous period.").format(
                first=self.date_from.text(), last=self.date_to.text()))
            return
        self._mark_date(self.date_to, True)
        self._refresh_timer.start()

    def _reversed(self) -> bool:
        """The period's end before its beginning (both dates readable)."""
        first, last = dates.parse(self.date_from.text()), dates.parse(self.date_to.text())
        return bool(first and last and first > last)

    def current_filter(self) -> StatsFilter | None:
        """The filter the widgets describe, or None when a date cannot be read."""
        try:
            date_from, date_to = dates.parse(self.date_from.text()), dates.parse(self.date_to.text())
        except ValueError:
            return None
        if date_from and date_to and date_from > date_to:
            return None
        grouping = self.grouping.currentData()
        return StatsFilter(
            county=self.county.currentData(), date_from=date_from, date_to=date_to,
            coordinator=self.coordinator.currentData(), include_drafts=self.drafts.isChecked(),
            rural_definition=None if grouping in (None, "classes") else RuralDefinition(grouping),
            by_class=grouping == "classes", rule=self.rule_choice.currentData() or "any",
        )

    # -- computing ---------------------------------------------------------------------------
    def data_changed(self) -> None:
        """Interviews, schemes or settings changed: recompute soon if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start(500)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self._task is None:
            self._refresh_timer.start(0)

    def recompute(self) -> None:
        f = self.current_filter()
        if f is None:
            return
        if self._task is not None:  # one computation at a time: the newest filter runs when this one ends
            self._rerun = True
            self._task.cancel()
            return
        self._stale = False
        store = self._store

        def compute(reader):  # a read-only connection of the worker's own
            return chartdata.prepare(reader, f), chart_themes.compute(reader, f)

        self._task = Task(lambda task: task.on_reader(store, compute), self, "feltkart-charts")
        self._task.sig_done.connect(self._on_done)
        self._task.sig_failed.connect(self._on_failed)
        self._task.sig_cancelled.connect(self._on_cancelled)
        self._busy_timer.start()
        self._task.start()

    def cancel(self) -> None:
        if self._task is not None:
            self._rerun = False
            self._task.cancel()

    @property
    def computing(self) -> bool:
        return self._task is not None

    def _finish_task(self) -> bool:
        """Forget the finished task; True when a newer filter is waiting (its result is then not shown)."""
        self._task = None
        self._busy_timer.stop()
        self._show_busy(False)
        if self._rerun:
            self._rerun = False
            self.recompute()
            return True
        return False

    def _on_done(self, result) -> None:
        if self._finish_task():
            return
        data, self.theme_counts = result
        self.data = data
        st = data.stats
        m, i = len(st.municipalities), st.interviews
        places = self.tr("1 municipality") if m == 1 else self.tr("{m} municipalities").format(m=m)
        talks = self.tr("1 interview") if i == 1 else self.tr("{i} interviews").format(i=i)
        self.status.setText(self.tr("{municipalities} from {interviews}").format(municipalities=places,
                                                                                interviews=talks))
        self.show_chart()
        self.sig_updated.emit()

    def _on_failed(self, exc: Exception) -> None:
        self._finish_task()
        reason = messages.describe_error(exc)
        self.status.setText(self.tr("The numbers could not be computed ({reason}); see the log.").format(reason=reason))
        self.sig_failed.emit(reason)

    def _on_cancelled(self) -> None:
        if not self._finish_task():
            self.status.setText(self.tr("Cancelled: the charts show the previous numbers."))

    def _show_busy(self, busy: bool) -> None:
        for w in (self.progress, self.busy_label, self.cancel_button):
            w.setVisible(busy)

    def shutdown(self) -> None:
        """Stop a running computation (the window is closing)."""
        self._refresh_timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task.wait()

    # -- showing -----------------------------------------------------------------------------
    def _chart_chosen(self, row: int) -> None:
        if row >= 0:
            remember(Key.CHART_KIND, self.kinds[row])
        self.show_chart()

    @property
    def kind(self) -> str:
        return self.kinds[max(self.chart_list.currentRow(), 0)]

    @property
    def scheme(self) -> str | None:
        return self.colour_by.currentData() if self.kind == "map" else None

    def build_figure(self, kind: str | None = None, with_rule: bool = False):
        """The chart; ``with_rule``: the counting rule under it too (a saved or copied chart)."""
        if (kind or self.kind) == chart_themes.KIND:
            return chart_themes.figure(self.theme_counts, i18n.current_language(), with_rule)
        return charts.figure(kind or self.kind, self.data, i18n.current_language(), self.scheme, with_rule)

    def show_chart(self) -> None:
        is_map = self.kind == "map"
        self.colour_label.setVisible(is_map)
        self.colour_by.setVisible(is_map)
        if self.data is None:
            self.placeholder.setText(self.tr("Computing…"))
            self._update_actions()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.figure = self.build_figure()
            canvas = _Canvas(self.figure)
            canvas.setObjectName("chartCanvas")
            # a tall chart keeps most of its height (the scroll area shows the rest); others fit the window
            tall = self.figure.get_size_inches()[1] > 6
            per_inch = chart_themes.PIXELS_PER_INCH if self.kind == chart_themes.KIND else 64
            canvas.setMinimumSize(320, int(self.figure.get_size_inches()[1] * per_inch) if tall else 240)
            if is_map:
                canvas.mpl_connect("motion_notify_event", self._hover)
            if self.canvas is not None:
                self.chart_layout.removeWidget(self.canvas)
                self.canvas.deleteLater()
            empty = self.kind == chart_themes.KIND and not self.theme_counts.themes  # nothing marked yet
            self.placeholder.setText(chart_themes.empty_text() if empty else "")
            self.placeholder.setVisible(empty)
            self.chart_layout.addWidget(canvas)
            self.canvas = canvas
            lang = i18n.current_language()
            self.numbers.show_numbers(self.kind, self.data, lang, self.scheme, chart_themes.table(
                self.theme_counts, lang) if self.kind == chart_themes.KIND else None)
            # how the numbers are counted: the response rates have a rule of their own
            self.rule.setText(charts.rule_text(self.kind, self.data.stats, lang))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._update_actions()

    def _hover(self, event) -> None:
        """On the map: the municipality under the mouse, with its county and class."""
        if self.data is None or self.figure is None:
            return
        p = charts.point_at(self.figure, self.data.points, event)
        if p is None:
            QToolTip.hideText()
            return
        combined = next((m for m in self.data.stats.municipalities if m.number == p.number), None)
        text = self.tr("{name} ({county}), centrality class {k}: {n} interviews").format(
            name=p.name, county=p.county, k=p.centrality_class, n=combined.interviews if combined else 0)
        QToolTip.showText(QCursor.pos(), text, self.canvas)

    def _update_actions(self) -> None:
        has = self.data is not None
        self.export_button.setEnabled(has)
        self.copy_button.setEnabled(has)

    # -- export and clipboard ----------------------------------------------------------------
    def _file_stem(self) -> str:
        return suggested_stem(self.chart_list.currentItem().text() if self.chart_list.currentItem() else "", "chart")

    def export_chart(self) -> Path | None:
        if self.data is None:
            return None
        target = save_as(self, self.tr("Save chart"), Key.CHART_FOLDER, f"{self._file_stem()}.png", EXPORT_FORMATS,
                         self.save_chart, self.tr("Chart not saved"))
        if target is not None:
            self.status.setText(self.tr("Saved {path}").format(path=target))
        return target

    def save_chart(self, target: Path) -> None:
        """Write the current chart as PNG, SVG or PDF (by the suffix), complete or not at all."""
        ext = target.suffix.lower().lstrip(".")
        charts.save(self.build_figure(with_rule=True), target, ext)

    def copy(self) -> None:
        """The chart as an image, or on the Numbers tab the table as tab-separated text."""
        if self.data is None:
            return
        clipboard = QGuiApplication.clipboard()
        if self.tabs.currentWidget() is self.numbers:
            clipboard.setText(self.numbers.as_text())
            self.status.setText(self.tr("The numbers are copied: paste them into a spreadsheet."))
            return
        clipboard.setImage(QImage.fromData(charts.png(self.build_figure(with_rule=True)), "PNG"))
        self.status.setText(self.tr("The chart is copied as an image."))
