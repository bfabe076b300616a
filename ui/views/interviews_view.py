"""*Intervjuer*: every interview, filtered by status, county, class, rural and coordinator, searchable
in notes, quotes and comments; new, open, delete (to the trash, said below the list, Ctrl+Z undoes it) and
restore. An empty list says how to begin."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import interviews as iv
from core.base import dates
from core.reference import registry, study
from core.reference.registry import CENTRALITY_CLASSES
from core.storage.store import Store
from ui.models.interview_model import (
    COL_CLASS,
    COL_COORDINATOR,
    COL_COUNTY,
    COL_DATE,
    COL_MUNICIPALITY,
    COL_STATUS,
    COL_UPDATED,
    InterviewFilterProxy,
    InterviewTableModel,
)
from ui.support.tables import configure_table


class InterviewsView(QWidget):
    sig_open_interview = Signal(str)
    sig_new_interview = Signal()
    sig_interviews_changed = Signal()  # deleted or restored here

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("interviewsView")
        self._store = store
        self.search = QLineEdit()
        self.search.setObjectName("interviewSearch")
        self.search.setPlaceholderText(self.tr("Search notes, quotes and comments"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.county = QComboBox()
        self.centrality = QComboBox()
        self.rural = QComboBox()
        self.coordinator = QComboBox()
        self.trash = QCheckBox(self.tr("&Trash"))
        self.trash.setObjectName("showTrash")
        self.trash.setToolTip(self.tr("Show deleted interviews, to restore them"))
        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.trash)
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("St&atus:"), self.status), (self.tr("C&ounty:"), self.county), (self.tr("C&lass:"), self.centrality),
            (self.tr("&Rural:"), self.rural), (self.tr("Coor&dinator:"), self.coordinator),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)

        self.model = InterviewTableModel(self)
        self.proxy = InterviewFilterProxy(frozenset(), self)  # the study's rural classes: _fill_filters, below
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("interviewTable")
        self.table.setModel(self.proxy)
        configure_table(self.table, COL_MUNICIPALITY, {
            COL_DATE: "00.00.0000", COL_COUNTY: "Møre og Romsdal", COL_CLASS: "6",
            COL_COORDINATOR: "Ingrid Østby", COL_STATUS: "Fullført", COL_UPDATED: "00.00.0000 00:00",
        })
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)

        self.new_button = QPushButton(self.tr("&New interview…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.restore_button = QPushButton(self.tr("R&estore"))
        self.count_label = QLabel()
        self.count_label.setObjectName("interviewCount")
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.delete_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self._build_notices()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

        self._connect()
        self._fill_filters()
        self.refresh()
        self.setFocusProxy(self.table)

    def _build_notices(self) -> None:
        """The hint over an empty list, and the bar that says an interview went to the trash, with Undo."""
        self.empty_hint = QLabel(self.table.viewport())
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: palette(mid); font-size: 15px;")
        self.empty_hint.setVisible(False)
        self.table.viewport().installEventFilter(self)
        self._undoable: list[str] = []  # deleted here, newest last: Ctrl+Z brings them back one by one
        self.notice = QFrame()
        self.notice.setObjectName("trashNotice")
        self.notice.setStyleSheet("#trashNotice { background: #fff4d6; border: 1px solid #e0c46c; border-radius: 3px; }")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("trashNoticeText")
        self.notice_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        row = QHBoxLayout(self.notice)
        row.setContentsMargins(8, 3, 3, 3)
        row.addWidget(self.notice_label, 1)
        row.addWidget(self.undo_button)
        self.notice.setVisible(False)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_hint.setGeometry(self.table.viewport().rect().adjusted(20, 20, -20, -20))
        return False

    def _connect(self) -> None:
        """The search's pause, the filters, the buttons and the keys."""
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        for combo in (self.status, self.county, self.centrality, self.rural, self.coordinator):
            combo.currentIndexChanged.connect(lambda _: self._apply_filters())
        self.trash.toggled.connect(lambda _: self.refresh())
        self.new_button.clicked.connect(self.sig_new_interview)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.restore_button.clicked.connect(self.restore_current)
        self.table.activated.connect(lambda _: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, activated=self.delete_current)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, activated=self.undo_delete)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_button.clicked.connect(self.undo_delete)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=lambda: (self.search.setFocus(), self.search.selectAll()))
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.layoutChanged):
            signal.connect(self._update_count)

    # -- data --------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        settings = study.load(self._store)
        keep = [c.currentData() for c in (self.status, self.county, self.centrality, self.rural, self.coordinator)]
        for combo in (self.status, self.county, self.centrality, self.rural, self.coordinator):
            combo.blockSignals(True)
            combo.clear()
        self.status.addItem(self.tr("All"), None)
        self.status.addItem(self.tr("Draft"), iv.DRAFT)
        self.status.addItem(self.tr("Complete"), iv.COMPLETE)
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
        self.coordinator.addItem(self.tr("All"), None)
        for name in iv.coordinators(self._store):
            self.coordinator.addItem(name, name)
        for combo, value in zip((self.status, self.county, self.centrality, self.rural, self.coordinator), keep):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.proxy.set_filter(rural_classes=classes)
        self._apply_filters()

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list from the store (after a change)."""
        current = select_id or self.current_id()
        self.model.set_rows(iv.list_interviews(self._store, trash=self.trash.isChecked()))
        if current:
            self.select(current)
        self._ensure_current()

    def update_interview(self, interview_id: str) -> None:
        """One interview changed (an autosave): update its row, not the whole list."""
        summary = iv.get(self._store, interview_id).summary
        if summary.deleted != self.trash.isChecked():
            self.refresh()
            return
        if not self.model.replace_row(summary):
            self.refresh(select_id=interview_id)

    def refresh_filters(self) -> None:
        self._fill_filters()
        self.refresh()

    def _apply_filters(self) -> None:
        self._filter(
            status=self.status.currentData(),
            county=self.county.currentData(),
            centrality_class=self.centrality.currentData(),
            rural=self.rural.currentData(),
            coordinator=self.coordinator.currentData(),
        )

    def _apply_search(self) -> None:
        text = self.search.text().strip()
        self._filter(ids=iv.search(self._store, text) if text else None)

    def _filter(self, **values) -> None:
        current = self.current_id()
        self.proxy.set_filter(**values)
        if current:
            self.select(current)
        self._ensure_current()

    def _ensure_current(self) -> None:
        """Keep a row selected (the first, when the one selected is gone), so Enter and Delete act on something."""
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_actions()

    def _update_count(self, *args) -> None:
        shown, total = self.proxy.rowCount(), self.model.total_count()
        self.count_label.setText(self.tr("Showing {shown} of {total} interviews").format(shown=shown, total=total))
        if shown:
            hint = ""
        elif self.trash.isChecked():
            hint = self.tr("The trash is empty.")
        elif total:
            hint = self.tr("No interview matches the search and the filters.")
        else:
            hint = self.tr("No interviews yet – Ctrl+N makes a new one")
        self.empty_hint.setText(hint)
        self.empty_hint.setVisible(bool(hint))

    # -- selection and actions --------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.interview(self.proxy.mapToSource(index).row()).id

    def select(self, interview_id: str) -> None:
        row = self.model.row_of(interview_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _update_actions(self) -> None:
        has = self.current_id() is not None
        in_trash = self.trash.isChecked()
        self.open_button.setEnabled(has and not in_trash)
        self.delete_button.setVisible(not in_trash)
        self.delete_button.setEnabled(has)
        self.restore_button.setVisible(in_trash)
        self.restore_button.setEnabled(has)
        self.new_button.setEnabled(not in_trash)

    def open_current(self) -> None:
        interview_id = self.current_id()
        if interview_id and not self.trash.isChecked():
            self.sig_open_interview.emit(interview_id)

    def delete_current(self) -> None:
        interview_id = self.current_id()
        if not interview_id or self.trash.isChecked():
            return
        summary = self.model.interview(self.model.row_of(interview_id))  # the list's row names it
        iv.delete(self._store, interview_id)
        self._undoable.append(interview_id)
        self.refresh()
        self._say(self.tr("{interview} was moved to the trash.").format(interview=self._name(summary)), undo=True)
        self.sig_interviews_changed.emit()

    def undo_delete(self) -> None:
        """Bring back the interview deleted last here (Ctrl+Z)."""
        while self._undoable:
            interview_id = self._undoable.pop()
            summary = iv.get(self._store, interview_id).summary
            if summary.deleted:  # not already restored from the trash by hand
                break
        else:
            return
        iv.restore(self._store, interview_id)
        self.refresh(select_id=interview_id)
        self._say(self.tr("{interview} is back from the trash.").format(interview=self._name(summary)),
                  undo=bool(self._undoable))
        self.sig_interviews_changed.emit()

    def _name(self, summary) -> str:
        return f"{summary.municipality_name or '–'}, {dates.format(summary.interview_date)}"

    def _say(self, text: str, undo: bool) -> None:
        self.notice_label.setText(text)
        self.undo_button.setVisible(undo)
        self.notice.setVisible(True)

    def restore_current(self) -> None:
        interview_id = self.current_id()
        if not interview_id or not self.trash.isChecked():
            return
        iv.restore(self._store, interview_id)
        self.refresh()
        self.sig_interviews_changed.emit()
