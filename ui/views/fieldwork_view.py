"""*Feltarbeid*: the study's sample with each municipality's status, coordinator, last contact, next step and
appointment, filtered as you type; its contact history and interviews beside it; the agenda; the response rates.
Making and changing the sample, assigning, recording attempts and appointments and exporting the appointments
as a calendar all start here, each a keystroke away (Ctrl+K an attempt, Ctrl+Shift+K an appointment, Ctrl+T
assign)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.analysis import response
from core.base import dates
from core.base.collation import sort_key
from core.base.words import word
from core.fieldwork import calendar, contacts, records, status
from core.reference import study
from core.reference.registry import CENTRALITY_CLASSES
from core.storage.store import Store
from ui.dialogs import contact_dialogs
from ui.models.fieldwork_model import (
    COL_APPOINTMENT,
    COL_CLASS,
    COL_COORDINATOR,
    COL_COUNTY,
    COL_LAST,
    COL_NAME,
    COL_NEXT,
    COL_NUMBER,
    COL_STATUS,
    FieldworkTableModel,
)
from ui.support import i18n
from ui.support.save import save_as
from ui.support.settings import Key
from ui.support.tables import configure_table
from ui.views.fieldwork_panes import AgendaPane, DetailPane, RatesPane

MINE, NOBODY = "\x00mine", "\x00nobody"  # the coordinator filter's own entries
SAVED_AFTER_MS = 500  # an interview saved (as often as every keystroke's pause): read again this long after


class FieldworkView(QWidget):
    sig_open_interview = Signal(str)
    sig_show_chart = Signal(str)
    sig_changed = Signal()  # the fieldwork changed here

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("fieldworkView")
        self._store = store
        self.data = None
        self._stale = False
        self._changes_tip = ""  # the sample's later changes, worded once per refresh
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(SAVED_AFTER_MS)
        self._refresh_timer.timeout.connect(self._refresh_if_stale)
        self._build_filters()
        self._build_actions()
        self.model = FieldworkTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("fieldworkTable")
        self.table.setModel(self.model)
        configure_table(self.table, COL_NAME, {
            COL_NUMBER: "0000", COL_NAME: "Hattfjelldal", COL_COUNTY: "Nordland", COL_CLASS: "6",
            COL_STATUS: "Delvis intervjuet", COL_COORDINATOR: "Ingrid Østby", COL_LAST: "00.00.0000 00:00 · Ikke svar",
            COL_NEXT: "Ring igjen (00.00.0000)", COL_APPOINTMENT: "00.00.0000 00:00"})
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)  # assign several at once
        # by coordinator: this laptop's coordinator's municipalities first, then by name (a click sorts otherwise)
        self.table.sortByColumn(COL_COORDINATOR, Qt.SortOrder.AscendingOrder)
        self.detail = DetailPane(store)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("fieldworkSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 480])
        self.agenda = AgendaPane()
        self.rates = RatesPane()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("fieldworkTabs")
        self.tabs.addTab(self.splitter, self.tr("Sam&ple"))
        self.tabs.addTab(self.agenda, self.tr("A&genda"))
        self.tabs.addTab(self.rates, self.tr("Response ra&tes"))
        self.summary = QLabel()
        self.summary.setObjectName("fieldworkSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addLayout(self.actions)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        self._connect()
        self.setFocusProxy(self.table)
        self.refresh()

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("fieldworkSearch")
        self.search.setPlaceholderText(self.tr("Name or number"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("fieldworkStatus")
        self.coordinator = QComboBox()
        self.coordinator.setObjectName("fieldworkCoordinator")
        self.county = QComboBox()
        self.county.setObjectName("fieldworkCounty")
        self.centrality = QComboBox()
        self.rural = QComboBox()
        self.filters = QHBoxLayout()
        for text, widget in ((self.tr("&Search:"), self.search), (self.tr("St&atus:"), self.status),
                             (self.tr("Coor&dinator:"), self.coordinator), (self.tr("C&ounty:"), self.county),
                             (self.tr("C&lass:"), self.centrality), (self.tr("R&ural:"), self.rural)):
            label = QLabel(text)
            label.setBuddy(widget)
            self.filters.addWidget(label)
            self.filters.addWidget(widget, 2 if widget is self.search else 1)
        for combo in (self.status, self.coordinator, self.county, self.centrality, self.rural):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

    def _build_actions(self) -> None:
        # Every letter with & is unique among what shows at once (the menus' F, V, H too); attempts,
        # appointments and assigning have their Ctrl shortcuts.
        self.make_button = QPushButton(self.tr("&Make sample…"))
        self.make_button.setObjectName("makeSample")
        self.add_button = QPushButton(self.tr("Add to sampl&e…"))
        self.drop_button = QPushButton(self.tr("D&rop…"))
        self.assign_button = QPushButton(self.tr("Ass&ign… (Ctrl+T)"))
        self.assign_button.setObjectName("assign")
        self.attempt_button = QPushButton(self.tr("New attempt… (Ctrl+K)"))
        self.attempt_button.setObjectName("newAttempt")
        self.appointment_button = QPushButton(self.tr("New appointment… (Ctrl+Shift+K)"))
        self.calendar_button = QPushButton(self.tr("&Calendar (.ics)…"))
        self.calendar_button.setObjectName("exportCalendar")
        self.calendar_button.setToolTip(self.tr("The appointments as a file Outlook, Google Calendar and Apple's "
                                                "Calendar import"))
        self.actions = QHBoxLayout()
        for button in (self.make_button, self.add_button, self.drop_button, self.assign_button,
                       self.attempt_button, self.appointment_button):
            self.actions.addWidget(button)
        self.actions.addStretch(1)
        self.actions.addWidget(self.calendar_button)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _t: self.apply_filters())
        for combo in (self.status, self.coordinator, self.county, self.centrality, self.rural):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.search.returnPressed.connect(self.table.setFocus)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_current())
        self.table.activated.connect(lambda _i: self.detail.history.setFocus())
        self.make_button.clicked.connect(self.make_sample)
        self.add_button.clicked.connect(lambda: self.change_sample(adding=True))
        self.drop_button.clicked.connect(lambda: self.change_sample(adding=False))
        self.assign_button.clicked.connect(self.assign)
        self.attempt_button.clicked.connect(self.new_attempt)
        self.appointment_button.clicked.connect(self.new_appointment)
        self.calendar_button.clicked.connect(self.export_calendar)
        self.detail.sig_edit.connect(self.edit_record)
        self.detail.sig_remove.connect(self.remove_record)
        self.detail.sig_open_interview.connect(self.sig_open_interview)
        self.agenda.sig_pick.connect(self.select_municipality)
        self.rates.sig_show_chart.connect(self.sig_show_chart)
        for keys, slot in (("Ctrl+K", self.new_attempt), ("Ctrl+Shift+K", self.new_appointment),
                           ("Ctrl+T", self.assign)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- data ------------------------------------------------------------------------------------
    def data_changed(self) -> None:
        """Interviews, settings, the fieldwork or a merge changed what the statuses come from: read again now
        when shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def interview_saved(self, _interview_id: str = "") -> None:
        """An interview's answer or status was saved (as often as the autosave saves): read again once the saves
        pause, if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the sample again (after a change here, an interview saved, a merge or new settings)."""
        self._stale = False
        self._refresh_timer.stop()
        store = self._store
        today = status.today_of(store)
        rows = status.rows(store, today)
        me = study.load(store).coordinator_name
        current = self.current_number()
        self.data = response.prepare(store, today=today, rows=rows)
        self._changes_tip = self._changes_text(self.data.changes)
        self.model.set_rows(rows, me)
        self._fill_filters(rows)
        self.agenda.show_agenda(status.agenda(store, today, rows))
        self.rates.show_rates(self.data)
        self.apply_filters(keep=current)  # gone from the list: the filters stay

    def _fill_filters(self, rows) -> None:
        lang = i18n.current_language()
        combos = (self.status, self.coordinator, self.county, self.centrality, self.rural)
        keep = [c.currentData() for c in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.status.addItem(self.tr("All"), None)
        self.status.addItem(self.tr("Still open"), "open")
        for code in status.STATUSES:
            self.status.addItem(word(f"status.{code}", lang), code)
        self.coordinator.addItem(self.tr("All"), None)
        self.coordinator.addItem(self.tr("Mine"), MINE)
        self.coordinator.addItem(self.tr("Nobody yet"), NOBODY)
        for name in sorted({r.coordinator for r in rows if r.coordinator}, key=sort_key):
            self.coordinator.addItem(name, name)
        self.county.addItem(self.tr("All counties"), None)
        for number, name in self.data.counties.items():
            self.county.addItem(name, number)
        self.centrality.addItem(self.tr("All"), None)
        for k in CENTRALITY_CLASSES:
            self.centrality.addItem(str(k), k)
        self.rural.addItem(self.tr("All"), None)
        self.rural.addItem(self.tr("Rural"), True)
        self.rural.addItem(self.tr("Central"), False)
        for combo, value in zip(combos, keep):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def apply_filters(self, keep: str | None = None) -> None:
        """Show the rows the filters let through, the municipality ``keep`` chosen when it is among them (else
        the first row)."""
        text = sort_key(self.search.text().strip())[0]
        wanted = self.status.currentData()
        who = self.coordinator.currentData()
        county, klass, rural = self.county.currentData(), self.centrality.currentData(), self.rural.currentData()
        me = self.model.me

        def shown(r) -> bool:
            if wanted == "open" and r.status in status.CLOSED or wanted not in (None, "open") and r.status != wanted:
                return False
            if who == MINE and r.coordinator != me or who == NOBODY and r.coordinator \
                    or who not in (None, MINE, NOBODY) and r.coordinator != who:
                return False
            if county and r.county != county or klass and r.centrality_class != klass:
                return False
            if rural is not None and r.rural != rural:
                return False
            if text:
                return r.number.startswith(text) if text.isdigit() else text in sort_key(r.name)[0]
            return True

        filtering = any(v not in (None, "") for v in (text, wanted, who, county, klass, rural))
        self.model.set_predicate(shown if filtering else None)
        if not (keep and self._choose(keep)) and not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_current()  # when no row is left (a row chosen has shown itself)
        self._show_summary()

    def _changes_text(self, changes) -> str:
        """The sample's changes after it was made, a line each: when, which, who and why."""
        return "\n".join(
            (self.tr("{when}: {name} added by {who}: {reason}") if c.added else
             self.tr("{when}: {name} dropped by {who}: {reason}")).format(
                when=dates.format_timestamp(c.when), name=c.name, who=c.who or "?", reason=c.reason)
            for c in changes)

    def _show_summary(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        design = response.design_text(self.data, i18n.current_language()) if self.data else ""
        self.summary.setText(self.tr("Showing {shown} of {total} municipalities in the sample. {design}").format(
            shown=shown, total=total, design=design))
        self.summary.setToolTip(self._changes_tip)
        has = total > 0
        for button in (self.add_button, self.drop_button, self.assign_button, self.attempt_button,
                       self.appointment_button):
            button.setEnabled(has)

    def current_row(self):
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def current_number(self) -> str | None:
        row = self.current_row()
        return row.number if row else None

    def selected_numbers(self) -> list[str]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return [self.model.row(n).number for n in sorted(rows)]

    def _show_current(self) -> None:
        """The detail shows the current row, read again only when another row (or a row read again) is current."""
        row = self.current_row()
        if row is not self.detail.row:
            self.detail.show_row(row)

    def _choose(self, number: str) -> bool:
        """Make the municipality the current row when the list shows it."""
        for n in range(self.model.rowCount()):
            if self.model.row(n).number == number:
                self.tabs.setCurrentIndex(0)
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(n, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(self.model.index(n, 0))
                return True
        return False

    def select_municipality(self, number: str, clear_filters: bool = True) -> bool:
        """Show the municipality in the list (the filters cleared when they hide it, unless not to)."""
        if self._choose(number):
            return True
        if clear_filters:
            self.search.clear()
            for combo in (self.status, self.coordinator, self.county, self.centrality, self.rural):
                combo.setCurrentIndex(0)
            return self._choose(number)
        return False

    def _changed(self) -> None:
        """A change made here: whoever shows the fieldwork reads it again (this view too, through the window's
        hub; by itself when nothing else did)."""
        self._stale = True
        self.sig_changed.emit()
        if self._stale:
            self.refresh()

    # -- actions ---------------------------------------------------------------------------------
    def make_sample(self) -> bool:
        from ui.dialogs.sample_dialog import SampleDialog

        if not SampleDialog(self._store, self).exec():
            return False
        self._changed()
        return True

    def change_sample(self, adding: bool) -> bool:
        from ui.dialogs.sample_dialog import ChangeSampleDialog

        number = None if adding else self.current_number()
        if not adding and number is None:
            return False
        dialog = ChangeSampleDialog(self._store, number, self)
        if not dialog.exec():
            return False
        self._changed()
        if adding:
            self.select_municipality(dialog.number())
        return True

    def assign(self) -> bool:
        from ui.dialogs.sample_dialog import AssignDialog

        numbers = self.selected_numbers()
        if not numbers or not AssignDialog(self._store, numbers, self).exec():
            return False
        self._changed()
        return True

    def new_attempt(self) -> str | None:
        number = self.current_number()
        if number is None:
            return None
        saved = contact_dialogs.open_attempt(self, self._store, number)
        if saved:
            self._changed()
            if records.get(self._store, saved).get("outcome") == "appointment":
                self.new_appointment()  # an appointment was made: book it while the call is fresh
        return saved

    def new_appointment(self) -> str | None:
        number = self.current_number()
        if number is None:
            return None
        saved = contact_dialogs.open_appointment(self, self._store, number)
        if saved:
            self._changed()
        return saved

    def edit_record(self, kind: str, record_id: str) -> None:
        record = records.get(self._store, record_id)
        opener = contact_dialogs.open_attempt if kind == "attempt" else contact_dialogs.open_appointment
        if opener(self, self._store, record.municipality, record):
            self._changed()

    def remove_record(self, kind: str, record_id: str) -> bool:
        question = (self.tr("Remove this contact attempt? It can be restored from the history of changes.")
                    if kind == "attempt" else self.tr("Cancel this appointment?"))
        answer = QMessageBox.question(self, self.tr("Remove"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        contacts.remove(self._store, record_id)
        self._changed()
        return True

    def export_calendar(self):
        name = (study.load(self._store).study_name or "Feltkart").strip()
        target = save_as(self, self.tr("Export appointments"), Key.CALENDAR_FOLDER, "avtaler.ics",
                         {"ics": self.tr("iCalendar (*.ics)")},
                         lambda path: calendar.write_calendar(self._store, path, name),
                         self.tr("Calendar not saved"))
        if target is not None:
            self.summary.setText(self.tr("Saved {path}: import it in Outlook or Google Calendar.").format(
                path=target))
        return target
