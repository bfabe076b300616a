"""The main window: a navigation list on the left, one view at a time on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from core.reference import study
from core.storage.store import Store
from ui.dialogs.retention_note import RetentionNote
from ui.support import settings
from ui.support.hub import Hub
from ui.support.navigation import View, remembered_view
from ui.support.settings import Key, remember, remembered
from ui.support.tasks import Task


class MainWindow(QMainWindow):
    sig_view_built = Signal(QWidget)

    def __init__(self, store: Store | None, hub: Hub | None = None, remember_state: bool = True,
                 path: Path | None = None):
        """``store`` None: the window shown, disabled, while its encrypted database is opened (``path``); its
        views are built once ``attach`` gives it the store."""
        super().__init__()
        self.setObjectName("mainWindow")
        self._store: Store | None = None
        self._painted = False
        self.hub = hub or Hub(self)
        self._remember = remember_state
        self._pending_splitters: dict[int, QByteArray] = {}

        # Views are built the first time they are shown: start-up pays only for the first one.
        self.view_titles = [self.tr("Interviews"), self.tr("Quotes"), self.tr("Municipalities"), self.tr("Fieldwork"),
                            self.tr("Schemes"), self.tr("Charts"), self.tr("Conflicts")]
        self._factories = [self._make_interviews, self._make_quotes, self._make_municipalities, self._make_fieldwork,
                           self._make_schemes, self._make_charts, self._make_conflicts]
        self.interview_windows: dict[str, QWidget] = {}
        self._built: dict[int, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        for title in self.view_titles:
            self.nav.addItem(QListWidgetItem(title))
            placeholder = QLabel(self.tr("Opening {view}…").format(view=title))  # until the view is first shown
            placeholder.setStyleSheet("color: palette(placeholder-text); font-size: 14pt;"
                                      " qproperty-alignment: AlignCenter;")
            self.stack.addWidget(placeholder)
        self.conflict_count = 0  # the badge is set right after the first paint (core.sync.merge is not on the start path)
        self.nav.setMaximumWidth(220)
        self.nav.setMinimumWidth(120)
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        self.nav.currentRowChanged.connect(self._on_nav)

        # Horizontal is QSplitter's default, the placeholders centred by their style: the Qt namespace (~25-50 ms to
        # import) is first needed by the views, which are built after the window's first paint.
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([170, 1000])
        self.setCentralWidget(self.splitter)

        self.study_label = QLabel()
        self.study_label.setObjectName("studyStatus")
        self.statusBar().addWidget(self.study_label, 1)
        self.statusBar().addPermanentWidget(QLabel(str(store.path if store is not None else path)))

        self._build_menus()
        self.hub.sig_settings_changed.connect(self._on_settings_changed)
        self.hub.sig_fieldwork_changed.connect(self._fieldwork_changed)
        if store is not None:
            self.attach(store)
        else:
            self.setEnabled(False)
            self.setWindowTitle("Feltkart")
            self.study_label.setText(self.tr("Opening the encrypted database…"))
        available = self.screen().availableGeometry()
        self.resize(min(1440, int(available.width() * 0.96)), min(900, int(available.height() * 0.92)))
        self._start_row = 0
        if remember_state:
            self._restore_state()
        # The window is painted with its navigation first; the start view is built right after that first
        # paint (or when code asks for it), so the window appears at once on a slow laptop.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._start_row)
        self.nav.blockSignals(False)
        self.installEventFilter(self)

    # -- views -------------------------------------------------------------------------------
    def _make_interviews(self) -> QWidget:
        from ui.views.interviews_view import InterviewsView

        view = InterviewsView(self._store)
        view.sig_open_interview.connect(self.open_interview)
        view.sig_new_interview.connect(self.new_interview)
        view.sig_interviews_changed.connect(self.hub.sig_interviews_changed)
        self.hub.sig_interview_changed.connect(view.update_interview)
        self.hub.sig_settings_changed.connect(view.refresh_filters)
        return view

    def _make_municipalities(self) -> QWidget:
        from ui.views.municipalities_view import MunicipalitiesView

        view = MunicipalitiesView(self._store)
        self.hub.sig_settings_changed.connect(view.refresh)
        return view

    def _make_fieldwork(self) -> QWidget:
        from ui.views.fieldwork_view import FieldworkView

        view = FieldworkView(self._store)
        view.sig_open_interview.connect(self.open_interview)
        view.sig_show_chart.connect(self.show_chart)
        view.sig_changed.connect(self.hub.sig_fieldwork_changed)
        self.hub.sig_fieldwork_changed.connect(view.data_changed)
        self.hub.sig_interview_changed.connect(view.interview_saved)  # read again once the saves pause
        self.hub.sig_interviews_changed.connect(view.data_changed)
        self.hub.sig_settings_changed.connect(view.data_changed)
        return view

    def _fieldwork_changed(self) -> None:
        """Konflikter and its badge follow the fieldwork: a conflict settled in Feltarbeid leaves them. (Konflikter
        shown is where the change was made: it reads itself again.)"""
        conflicts = self._built.get(View.CONFLICTS)
        if conflicts is not None:
            if not conflicts.isVisible():
                conflicts.refresh()  # emits the count for the badge
        elif self.conflict_count:
            from core.sync.conflicts import conflict_count

            self._update_conflict_badge(conflict_count(self._store))

    def show_chart(self, kind: str) -> None:
        """The charts view, showing the chart ``kind``."""
        self.show_view(View.CHARTS)
        self.charts.chart_list.setCurrentRow(self.charts.kinds.index(kind))

    def _make_schemes(self) -> QWidget:
        from ui.views.schemes_view import SchemesView

        view = SchemesView(self._store)
        view.sig_schemes_changed.connect(self.hub.sig_schemes_changed)
        return view

    def _make_charts(self) -> QWidget:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the first opening imports matplotlib
        try:
            from ui.views.charts_view import ChartsView

            view = ChartsView(self._store)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.hub.sig_interview_changed.connect(lambda _id: view.data_changed())
        self.hub.sig_interviews_changed.connect(view.data_changed)
        self.hub.sig_fieldwork_changed.connect(view.data_changed)
        self.hub.sig_coding_changed.connect(view.data_changed)
        self.hub.sig_schemes_changed.connect(view.refresh_filters)
        self.hub.sig_settings_changed.connect(view.refresh_filters)
        return view

    def _make_conflicts(self) -> QWidget:
        from ui.views.conflicts_view import ConflictsView

        view = ConflictsView(self._store)
        view.sig_count_changed.connect(self._update_conflict_badge)
        view.sig_resolved.connect(self.hub.sig_interview_changed)
        view.sig_fieldwork_resolved.connect(self.hub.sig_fieldwork_changed)
        view.sig_coding_resolved.connect(self.hub.sig_coding_changed)
        return view

    def _make_quotes(self) -> QWidget:
        from ui.views.quotes_view import QuotesView

        view = QuotesView(self._store)
        view.sig_open_answer.connect(self.open_interview)
        view.sig_show_chart.connect(self.show_chart)
        view.sig_coding_changed.connect(self.hub.sig_coding_changed)
        for signal in (self.hub.sig_interview_changed, self.hub.sig_interviews_changed):
            signal.connect(view.data_changed)
        self.hub.sig_schemes_changed.connect(view.refresh_filters)
        self.hub.sig_settings_changed.connect(view.refresh_filters)
        return view

    def _update_conflict_badge(self, count: int) -> None:
        """The navigation says how many answers wait for a choice: «Konflikter (3)»."""
        self.conflict_count = count
        title = self.view_titles[View.CONFLICTS] + (f" ({count})" if count else "")
        self.nav.item(View.CONFLICTS).setText(title)

    def view(self, row: int | View) -> QWidget:
        """The view at ``row`` of the navigation, built on first use."""
        if row not in self._built:
            view = self._factories[row]()
            placeholder = self.stack.widget(row)
            was_current = self.stack.currentWidget() is placeholder
            self.stack.insertWidget(row, view)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if was_current:
                self.stack.setCurrentWidget(view)
            self._built[row] = view
            state = self._pending_splitters.pop(row, None)
            if state is not None and hasattr(view, "splitter"):
                view.splitter.restoreState(state)
            self.sig_view_built.emit(view)
        return self._built[row]

    @property
    def interviews(self):
        return self.view(View.INTERVIEWS)

    @property
    def municipalities(self):
        return self.view(View.MUNICIPALITIES)

    @property
    def fieldwork(self):
        return self.view(View.FIELDWORK)

    @property
    def schemes(self):
        return self.view(View.SCHEMES)

    @property
    def charts(self):
        return self.view(View.CHARTS)

    @property
    def conflicts(self):
        return self.view(View.CONFLICTS)

    @property
    def quotes(self):
        return self.view(View.QUOTES)

    # -- packages ----------------------------------------------------------------------------
    def make_package(self, recipient: str | None = "", one_off: bool = False):
        from ui import packages

        return packages.make_package(self, self._store, recipient=recipient, one_off=one_off)

    def merge_packages(self, paths=None):
        from ui import packages

        return packages.merge_packages(self, self._store, paths, on_done=self._after_merge)

    def _after_merge(self, report) -> None:
        self._update_conflict_badge(len(report.conflicts) + len(report.duplicates) + len(report.fieldwork_conflicts)
                                    + len(report.theme_conflicts))
        if View.INTERVIEWS in self._built:
            self.interviews.refresh()
        if View.CONFLICTS in self._built:
            self.conflicts.refresh()
        self.hub.sig_interviews_changed.emit()
        self.hub.sig_schemes_changed.emit()
        self.hub.sig_coding_changed.emit()  # themes and passages come with the package
        self.hub.sig_settings_changed.emit()  # a new laptop may have joined the package's study

    # -- interviews --------------------------------------------------------------------------
    def new_interview(self) -> None:
        from ui.dialogs.new_interview_dialog import NewInterviewDialog

        dialog = NewInterviewDialog(self._store, self)
        if not dialog.exec():
            return
        interview_id = dialog.created_id or dialog.open_existing_id
        if dialog.created_id:
            self.interviews.refresh(select_id=interview_id)
            self.hub.sig_interviews_changed.emit()
        self.open_interview(interview_id)

    def open_interview(self, interview_id: str, field: str | None = None, scheme: str = "",
                       position: int | None = None):
        """Open the interview in its own window (or bring its window forward); with ``field``, at that answer (of
        ``scheme`` in the scheme grid), the cursor in its text at ``position`` (code points)."""
        window = self.interview_windows.get(interview_id)
        if window is None:
            from ui.interview.interview_window import InterviewWindow

            window = InterviewWindow(self._store, interview_id)
            window.form.sig_saved.connect(self.hub.sig_interview_changed)
            window.sig_closed.connect(lambda i: self.interview_windows.pop(i, None))
            self.interview_windows[interview_id] = window
        if field:
            window.go_to_answer(field, scheme, position)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def eventFilter(self, obj, event) -> bool:
        if obj is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._show_start_view)
        return False

    def attach(self, store: Store) -> None:
        """The window's database, open: its title, the retention note, and the start view once painted."""
        self._store = store
        self.statusBar().insertWidget(1, RetentionNote(store, self.hub))  # and a reminder once it passed
        self._update_title()
        self.setEnabled(True)
        if self._painted:
            self._show_start_view()

    def _show_start_view(self) -> None:
        from core.sync.conflicts import conflict_count

        self._painted = True
        if self._store is None:
            return  # built when the database is open (attach)
        self._update_conflict_badge(conflict_count(self._store))
        self._on_nav(self.nav.currentRow())
        self.stack.currentWidget().setFocus()  # keyboard-first: the list, not the navigation

    def _on_nav(self, row: int) -> None:
        if row < 0 or self._store is None:
            return
        if row not in self._built and self.isVisible():
            # the view's first build can take a moment (Diagrammer imports matplotlib): its placeholder is
            # painted first, so the choice shows at once and the old view does not linger
            self.stack.setCurrentIndex(row)
            self.stack.currentWidget().repaint()
        self.stack.setCurrentWidget(self.view(row))

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        # Shortcuts are set with setShortcuts(): the first call of QAction.setShortcut() makes PySide6 build
        # the Qt namespace's enums (~40 ms) while resolving its overloads, on the start-up path.
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        _add(file_menu, QAction(self.tr("&New interview…"), self), self.new_interview, QKeySequence.StandardKey.New)
        # lambdas: not the signal's "checked" argument
        _add(file_menu, QAction(self.tr("Make field &package…"), self), lambda: self.make_package())
        _add(file_menu, QAction(self.tr("Make field package for someone &outside the study…"), self),
             lambda: self.make_package(None, one_off=True)).setObjectName("oneOffPackage")
        _add(file_menu, QAction(self.tr("&Merge field packages…"), self), lambda: self.merge_packages())
        _add(file_menu, QAction(self.tr("&Export data or report…"), self), self.open_export, QKeySequence("Ctrl+E"))
        self.settings_action = _add(file_menu, QAction(self.tr("&Settings…"), self), self.open_settings,
                                    QKeySequence.StandardKey.Preferences, QKeySequence("Ctrl+,"))
        _add(file_menu, QAction(self.tr("E&rase personal data…"), self), self.open_erase)
        file_menu.addSeparator()
        _add(file_menu, QAction(self.tr("&Quit"), self), self.close, QKeySequence.StandardKey.Quit,
             QKeySequence("Ctrl+Q"))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, title in enumerate(self.view_titles):
            _add(view_menu, QAction(title, self), lambda _=False, row=i: self.show_view(row),
                 QKeySequence(f"Ctrl+{i + 1}"))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        _add(help_menu, QAction(self.tr("Short &guide…"), self), self.show_guide, QKeySequence("F1"))
        _add(help_menu, QAction(self.tr("&Keyboard shortcuts…"), self), self.show_shortcuts)
        help_menu.addSeparator()
        _add(help_menu, QAction(self.tr("&About Feltkart"), self), self.show_about)

    def show_view(self, row: int | View) -> None:
        self.nav.setCurrentRow(row)
        self.stack.currentWidget().setFocus()

    def open_export(self) -> None:
        from ui.dialogs.export_dialog import ExportDialog

        charts = self._built.get(View.CHARTS)  # its filter is offered when the charts have been shown
        ExportDialog(self._store, self, charts.current_filter() if charts is not None else None).exec()

    def open_erase(self) -> None:
        from ui.dialogs import erase_dialog

        erase_dialog.open_erase_dialog(self, self._store, self.hub)

    def open_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._store, self, self.quiesce)
        if dialog.exec():
            self.hub.sig_settings_changed.emit()
            if dialog.language_changed:
                QMessageBox.information(
                    self,
                    self.tr("Language"),
                    self.tr("The new language is used from the next time you start Feltkart."),
                )

    def show_guide(self):
        from ui.dialogs.help_dialogs import GuideDialog

        dialog = GuideDialog(self)
        dialog.open()
        return dialog

    def show_shortcuts(self):
        from ui.dialogs.help_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        from ui.dialogs.help_dialogs import show_about

        show_about(self, self._store)

    # -- state -------------------------------------------------------------------------------
    def _on_settings_changed(self) -> None:
        self._update_title()

    def _update_title(self) -> None:
        s = study.load(self._store)
        classes = f"{min(s.rural_definition.classes)}-{max(s.rural_definition.classes)}"
        prefix = self.tr("DEMO DATA") + " – " if study.is_demo(self._store) else ""
        self.setWindowTitle(f"{prefix}{s.study_name or 'Feltkart'} – Feltkart")
        self.study_label.setText(
            self.tr("Study: {study} · Coordinator: {coordinator} · Registry {registry} · Rural: class {classes}").format(
                study=s.study_name or "–", coordinator=s.coordinator_name or "–", registry=s.registry_version, classes=classes
            )
        )

    def _restore_state(self) -> None:
        geometry = remembered(Key.MAIN_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        elif self.screen().availableGeometry().width() <= 1440:  # a laptop's screen, first start: all of it
            from PySide6.QtCore import Qt

            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = remembered(Key.MAIN_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        value = remembered(Key.MAIN_SPLITTER)
        if isinstance(value, QByteArray):
            self.splitter.restoreState(value)
        for row in View:
            value = remembered(settings.view_splitter(row.name))
            if isinstance(value, QByteArray):
                self._pending_splitters[row] = value  # applied when the view is built
        self._start_row = remembered_view(remembered(Key.MAIN_VIEW, View.INTERVIEWS.name))

    def save_state(self) -> None:
        remember(Key.MAIN_GEOMETRY, self.saveGeometry())
        remember(Key.MAIN_STATE, self.saveState())
        remember(Key.MAIN_SPLITTER, self.splitter.saveState())
        for row, view in self._built.items():
            if hasattr(view, "splitter"):
                remember(settings.view_splitter(View(row).name), view.splitter.saveState())
        remember(Key.MAIN_VIEW, View(max(self.nav.currentRow(), 0)).name)
        QSettings().sync()

    def quiesce(self) -> None:
        """Nothing of the window holds the database: its interview windows closed (what is pending saved), its
        work in the background stopped (a merge undoes its package). Before the file is re-written (encryption)
        and when the window closes."""
        for window in list(self.interview_windows.values()):
            window.close()  # saves what is pending
        for task in self.findChildren(Task):  # a merge or package under way: stopped (a merge undoes its package)
            task.cancel()
            task.wait()

    def closeEvent(self, event) -> None:
        self.quiesce()
        for view in self._built.values():
            if hasattr(view, "shutdown"):
                view.shutdown()
        if self._remember:
            self.save_state()
        super().closeEvent(event)


def _add(menu, action: QAction, slot, keys=None, fallback=None) -> QAction:
    """``action`` in ``menu``, calling ``slot``, with the shortcut ``keys`` (a standard key or a sequence), or
    ``fallback`` where the platform has no standard one."""
    if keys is not None:
        action.setShortcuts(keys if isinstance(keys, QKeySequence.StandardKey) else [keys])
        if fallback is not None and action.shortcut().isEmpty():
            action.setShortcuts([fallback])
    action.triggered.connect(slot)
    menu.addAction(action)
    return action
