"""The parts of the *Feltarbeid* view beside its list: the selected municipality's contact history and
interviews (``DetailPane``), the agenda (``AgendaPane``) and the response rates (``RatesPane``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import interviews as iv
from core.base import dates
from core.base.words import word
from core.fieldwork import contacts
from core.fieldwork.status import Agenda, Row, in_order
from core.render import tables
from core.storage.store import Store
from ui.support import i18n

ID = Qt.ItemDataRole.UserRole


class DetailPane(QWidget):
    """One municipality of the sample: its status, its contact history (attempts and appointments, the latest
    first: Enter changes one, Delete removes it) and its interviews (Enter opens one)."""

    sig_edit = Signal(str, str)  # kind, record id
    sig_remove = Signal(str, str)
    sig_open_interview = Signal(str)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("fieldworkDetail")
        self.store = store
        self.row: Row | None = None
        self.heading = QLabel()
        self.heading.setObjectName("fieldworkHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.history = QTreeWidget()
        self.history.setObjectName("fieldworkHistory")
        self.history.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Outcome or place"),
                                      self.tr("Note")])
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history.itemActivated.connect(self._edit)
        self.interviews = QListWidget()
        self.interviews.setObjectName("fieldworkInterviews")
        self.interviews.itemActivated.connect(lambda item: self.sig_open_interview.emit(item.data(ID)))
        self.interviews.setMaximumHeight(110)
        # no letters of their own: Enter changes the chosen entry, Delete removes it
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.clicked.connect(lambda: self._edit(self.history.currentItem()))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("fieldworkRemove")
        self.remove_button.clicked.connect(self._remove)
        QShortcut(QKeySequence.StandardKey.Delete, self.history, activated=self._remove)
        history_label = QLabel(self.tr("Contact histor&y:"))
        history_label.setBuddy(self.history)
        interviews_label = QLabel(self.tr("I&nterviews:"))
        interviews_label.setBuddy(self.interviews)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)
        layout.addLayout(buttons)
        layout.addWidget(interviews_label)
        layout.addWidget(self.interviews)
        self.show_row(None)

    def show_row(self, row: Row | None) -> None:
        self.row = row
        self.history.clear()
        self.interviews.clear()
        enabled = row is not None
        for w in (self.edit_button, self.remove_button, self.history, self.interviews):
            w.setEnabled(enabled)
        if row is None:
            self.heading.setText(self.tr("Choose a municipality in the list."))
            return
        lang = i18n.current_language()
        self.heading.setText(self.tr("<b>{name}</b> ({number}), {county}, class {k}<br>Status: {status} · "
                                     "Coordinator: {coordinator}").format(
            name=row.name, number=row.number, county=row.county_name, k=row.centrality_class,
            status=word(f"status.{row.status}", lang), coordinator=row.coordinator or "–"))
        entries = contacts.attempts(self.store, row.number) + contacts.appointments(self.store, row.number)
        for record in reversed(in_order(entries)):  # the latest first
            kind = record.kind
            if kind == "attempt":
                what = word(f"channel.{record.get('channel')}", lang) + (f" · {record.get('role')}"
                                                                       if record.get("role") else "")
                final = self.tr("final")
                result = word(f"outcome.{record.get('outcome')}", lang) + (
                    f" ({final})" if record.get("final") else "")
                note = "; ".join(x for x in (record.get("note"), self._next(record)) if x)
            else:
                what = self.tr("Appointment") + (f" · {record.get('with')}" if record.get("with") else "")
                result, note = record.get("place") or "", record.get("note") or ""
            item = QTreeWidgetItem([dates.format_moment(record.get("at", "")), what, result, note])
            item.setData(0, ID, (kind, record.id))
            item.setToolTip(3, note)
            self.history.addTopLevelItem(item)
        for col in range(3):
            self.history.resizeColumnToContents(col)
        self.history.header().setStretchLastSection(True)
        if self.history.topLevelItemCount():
            self.history.setCurrentItem(self.history.topLevelItem(0))
        for s in iv.list_interviews(self.store, municipality=row.number):
            status = self.tr("complete") if s.status == iv.COMPLETE else self.tr("draft")
            item = QListWidgetItem(f"{dates.format(s.interview_date)} · {s.coordinator} · {status}")
            item.setData(ID, s.id)
            self.interviews.addItem(item)

    def _next(self, record) -> str:
        if not record.get("next_step"):
            return ""
        due = f" ({dates.format(record.get('next_due'))})" if record.get("next_due") else ""
        return self.tr("next: {step}").format(step=record.get("next_step")) + due

    def _edit(self, item) -> None:
        if item is not None:
            self.sig_edit.emit(*item.data(0, ID))

    def _remove(self) -> None:
        item = self.history.currentItem()
        if item is not None:
            self.sig_remove.emit(*item.data(0, ID))


class AgendaPane(QTreeWidget):
    """Today's appointments, the next six days', and next steps overdue; Enter shows the municipality."""

    sig_pick = Signal(str)  # municipality number

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("fieldworkAgenda")
        self.setHeaderLabels([self.tr("When"), self.tr("Municipality"), self.tr("What"), self.tr("Who")])
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(lambda item, _col: item.data(0, ID) and self.sig_pick.emit(item.data(0, ID)))

    def show_agenda(self, agenda: Agenda) -> None:
        self.clear()
        for title, items, day_only in ((self.tr("Today ({n})"), agenda.today, False),
                                       (self.tr("The next six days ({n})"), agenda.week, False),
                                       (self.tr("Next steps overdue ({n})"), agenda.overdue, True)):
            group = QTreeWidgetItem([title.format(n=len(items))])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.addTopLevelItem(group)
            for i in items:
                when = dates.format(i.when) if day_only else dates.format_moment(i.when)
                child = QTreeWidgetItem([when, i.name, i.what, i.who or ""])
                child.setData(0, ID, i.municipality)
                group.addChild(child)
            group.setExpanded(True)
        for col in range(4):
            self.resizeColumnToContents(col)


class RatesPane(QWidget):
    """The response rates by a grouping, the non-response table and the rule; buttons to the charts."""

    sig_show_chart = Signal(str)  # the kind of chart: response or progress

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("fieldworkRates")
        self.data = None
        self.grouping = QComboBox()
        self.grouping.setObjectName("ratesGrouping")
        for text, key in ((self.tr("Rural and central"), "rural"), (self.tr("Centrality class"), "class"),
                          (self.tr("County"), "county"), (self.tr("Coordinator"), "coordinator")):
            self.grouping.addItem(text, key)
        self.grouping.currentIndexChanged.connect(lambda _: self.show_rates(self.data))
        label = QLabel(self.tr("Grouped &by:"))
        label.setBuddy(self.grouping)
        chart = QPushButton(self.tr("Respo&nse rate chart"))
        chart.setObjectName("ratesChart")
        chart.clicked.connect(lambda: self.sig_show_chart.emit("response"))
        progress = QPushButton(self.tr("Sho&w progress chart"))
        progress.clicked.connect(lambda: self.sig_show_chart.emit("progress"))
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.grouping)
        top.addStretch(1)
        top.addWidget(chart)
        top.addWidget(progress)
        self.rates = self._table("ratesTable")
        self.nonresponse = self._table("nonresponseTable")
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: palette(placeholder-text);")
        nonresponse_label = QLabel(self.tr("Non-response: the sample and those who responded"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rates, 1)
        layout.addWidget(nonresponse_label)
        layout.addWidget(self.nonresponse, 2)
        layout.addWidget(self.rule)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget()
        table.setObjectName(name)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        return table

    def show_rates(self, data) -> None:
        self.data = data
        if data is None:
            return
        lang = i18n.current_language()
        self.rule.setText(word("rule.response", lang))
        for table, (head, rows) in ((self.rates, tables.rates_table(data, self.grouping.currentData(), lang)),
                                    (self.nonresponse, tables.nonresponse_table(data, lang))):
            table.setColumnCount(len(head))
            table.setRowCount(len(rows))
            table.setHorizontalHeaderLabels(head)
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    item = QTableWidgetItem(str(value))
                    if not isinstance(value, str) or value.endswith("%"):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, c, item)
            table.resizeColumnsToContents()
