"""Recording a contact attempt or an appointment with a few keystrokes: the date and time filled in with now,
the channel remembered from the last attempt, the outcome chosen by its first letter, Enter to save. An attempt
dated in the future or before the fieldwork began is saved only when the user confirms it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
)

from core.base import dates
from core.base.errors import FeltkartError, ValidationError
from core.base.words import word
from core.fieldwork import contacts, status
from core.fieldwork.fields import CHANNELS, OUTCOMES
from core.storage.store import Store
from ui.support import i18n, messages
from ui.support.settings import remember, remembered
from ui.support.widgets import ok_cancel

ROLES = ["kommunedirektør", "ordfører", "innovasjonsleder", "digitaliseringsleder", "postmottak"]
FINAL = ("refused", "not_eligible")  # outcomes that end the fieldwork for the municipality unless unticked
LAST_CHANNEL = "fieldwork/channel"


class _RecordDialog(QDialog):
    """What both dialogs share: the date and time fields, the error line, Save and Cancel. (Its words are
    translated in the context "RecordDialog": ``self.tr`` would look them up under the subclass's name.)"""

    def __init__(self, store: Store, number: str, title: str, parent=None):
        super().__init__(parent)
        self.store, self.number = store, number
        self.saved_id: str | None = None
        self.lang = i18n.current_language()
        self.setWindowTitle(title.format(name=contacts.municipality_name(store, number)))
        self.date = QLineEdit()
        self.date.setObjectName("contactDate")
        self.date.setPlaceholderText(QCoreApplication.translate("RecordDialog", "dd.mm.yyyy"))
        self.time = QLineEdit()
        self.time.setObjectName("contactTime")
        self.time.setPlaceholderText(QCoreApplication.translate("RecordDialog", "hh:mm"))
        self.time.setInputMask("99:99")
        self.error = QLabel()
        self.error.setObjectName("contactError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020;")
        self.error.hide()
        now = status.local_now(store)
        self.date.setText(now.strftime("%d.%m.%Y"))
        self.time.setText(now.strftime("%H:%M"))
        self.form = QFormLayout()
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        label = QLabel(QCoreApplication.translate("RecordDialog", "&When:"))
        label.setBuddy(self.date)
        self.form.addRow(label, when)
        self.buttons = ok_cancel(self, QCoreApplication.translate("RecordDialog", "&Save"),
                                 QCoreApplication.translate("RecordDialog", "Cancel"))

    def _layout(self, *groups) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for group in groups:
            layout.addWidget(group)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _add(self, text: str, widget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        self.form.addRow(label, widget)

    def at(self) -> str:
        """The date and time typed, as YYYY-MM-DDTHH:MM; ValueError when they are not a moment that exists."""
        day = dates.parse(self.date.text())
        clock = self.time.text().strip()
        if not day or len(clock) != 5:
            raise ValueError(self.date.text())
        return datetime.fromisoformat(f"{day}T{clock}").strftime("%Y-%m-%dT%H:%M")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def show_errors(self, errors: dict[str, str]) -> None:
        names = {"at": QCoreApplication.translate("RecordDialog", "When"),
                 "next_due": QCoreApplication.translate("RecordDialog", "Due"),
                 "channel": QCoreApplication.translate("RecordDialog", "Channel"),
                 "outcome": QCoreApplication.translate("RecordDialog", "Outcome"),
                 "minutes": QCoreApplication.translate("RecordDialog", "Minutes")}
        self.show_error("\n".join(f"{names.get(f, f)}: {messages.answer_error(code)}" for f, code in errors.items()))

    def accept(self) -> None:
        try:
            at = self.at()
        except ValueError:
            self.show_error(QCoreApplication.translate(
                "RecordDialog", "Write the date as dd.mm.yyyy and the time as hh:mm, for example 02.03.2026 09:30."))
            self.date.setFocus()
            return
        try:
            self.saved_id = self.save(at)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except FeltkartError as exc:
            self.show_error(messages.describe_error(exc))
            return
        if self.saved_id is not None:
            super().accept()


def _text(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


class AttemptDialog(_RecordDialog):
    """A new contact attempt of a municipality, or a change of one (``attempt``: its record)."""

    def __init__(self, store: Store, number: str, attempt=None, parent=None):
        super().__init__(store, number, QCoreApplication.translate("AttemptDialog", "Contact attempt: {name}"),
                         parent)
        self.setObjectName("attemptDialog")
        self.attempt = attempt
        self.channel = QComboBox()
        self.channel.setObjectName("attemptChannel")
        for code in CHANNELS:
            self.channel.addItem(word(f"channel.{code}", self.lang), code)
        self.outcome = QComboBox()
        self.outcome.setObjectName("attemptOutcome")
        for code in OUTCOMES:
            self.outcome.addItem(word(f"outcome.{code}", self.lang), code)
        self.final = QCheckBox(self.tr("&Final: no more attempts"))
        self.final.setObjectName("attemptFinal")
        self.final.setToolTip(self.tr("A final outcome decides the municipality's status: refused, not eligible, "
                                      "or not reached"))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(ROLES)
        self.role.setCurrentText("")
        self.role.setObjectName("attemptRole")
        self.note = QLineEdit()
        self.note.setObjectName("attemptNote")
        self.next_step = QLineEdit()
        self.next_step.setObjectName("attemptNextStep")
        self.next_due = QLineEdit()
        self.next_due.setObjectName("attemptNextDue")
        self.next_due.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self._add(self.tr("C&hannel:"), self.channel)
        self._add(self.tr("&Outcome:"), self.outcome)
        self.form.addRow("", self.final)
        self._add(self.tr("Whom (&role):"), self.role)
        self._add(self.tr("&Note:"), self.note)
        self._add(self.tr("Ne&xt step:"), self.next_step)
        self._add(self.tr("D&ue:"), self.next_due)
        personal = QGroupBox(self.tr("Name and contact (personal data, optional)"))
        people = QFormLayout(personal)
        self.name = QLineEdit()
        self.name.setObjectName("attemptName")
        self.contact = QLineEdit()
        self.contact.setObjectName("attemptContact")
        for text, edit in ((self.tr("Na&me:"), self.name), (self.tr("&Contact:"), self.contact)):
            label = QLabel(text)
            label.setBuddy(edit)
            people.addRow(label, edit)
        self._layout(personal)
        self.outcome.currentIndexChanged.connect(
            lambda _: self.final.setChecked(self.outcome.currentData() in FINAL))
        self.channel.setCurrentIndex(max(self.channel.findData(remembered(LAST_CHANNEL, "telefon")), 0))
        if attempt is not None:
            self._fill(attempt)
        self.channel.setFocus()

    def _fill(self, a) -> None:
        at = a.get("at", "")
        self.date.setText(dates.format(at[:10]))
        self.time.setText(at[11:16])
        self.channel.setCurrentIndex(max(self.channel.findData(a.get("channel")), 0))
        self.outcome.setCurrentIndex(max(self.outcome.findData(a.get("outcome")), 0))
        self.final.setChecked(bool(a.get("final")))
        self.role.setCurrentText(a.get("role") or "")
        for edit, field in ((self.note, "note"), (self.next_step, "next_step"), (self.name, "name"),
                            (self.contact, "contact")):
            edit.setText(a.get(field) or "")
        self.next_due.setText(dates.format(a.get("next_due")))

    def values(self) -> dict:
        """What the fields hold (``next_due`` as ISO; ValueError when it is not a date)."""
        return {"channel": self.channel.currentData(), "outcome": self.outcome.currentData(),
                "final": self.final.isChecked(), "role": self.role.currentText().strip() or None,
                "name": _text(self.name), "contact": _text(self.contact), "note": _text(self.note),
                "next_step": _text(self.next_step), "next_due": dates.parse(self.next_due.text())}

    def save(self, at: str) -> str | None:
        try:
            values = self.values()
        except ValueError:
            self.show_errors({"next_due": "not_a_date"})
            return None
        if not self._timing_confirmed(at):
            return None
        remember(LAST_CHANNEL, values["channel"])
        if self.attempt is None:
            return contacts.add_attempt(self.store, self.number, at, **values)
        contacts.edit(self.store, self.attempt.id, at=at, **values)
        return self.attempt.id

    def _timing_confirmed(self, at: str) -> bool:
        """An attempt in the future or before the fieldwork began is saved when the user says so."""
        warnings = contacts.timing_warnings(self.store, at)
        if not warnings:
            return True
        when = dates.format_moment(at)
        texts = {"future": self.tr("The attempt is dated {when}, later than now. Is the date right?"),
                 "before_study": self.tr("The attempt is dated {when}, before the fieldwork began. Is the date "
                                         "right?")}
        text = "\n".join(texts[w].format(when=when) for w in warnings)
        answer = QMessageBox.question(self, self.tr("Check the date"), text + "\n\n" + self.tr("Save it anyway?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.date.setFocus()
            self.date.selectAll()
            return False
        return True


class AppointmentDialog(_RecordDialog):
    """A new appointment with a municipality, or a change of one."""

    def __init__(self, store: Store, number: str, appointment=None, parent=None):
        super().__init__(store, number, QCoreApplication.translate("AppointmentDialog", "Appointment: {name}"),
                         parent)
        self.setObjectName("appointmentDialog")
        self.appointment = appointment
        self.minutes = QSpinBox()
        self.minutes.setObjectName("appointmentMinutes")
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(" min")
        self.place = QLineEdit()
        self.place.setObjectName("appointmentPlace")
        self.place.setPlaceholderText(self.tr("Town hall, or a video link"))
        self.with_whom = QLineEdit()
        self.with_whom.setObjectName("appointmentWith")
        self.with_whom.setToolTip(self.tr("Names are personal data: exported only when asked for"))
        self.note = QLineEdit()
        self.note.setObjectName("appointmentNote")
        self._add(self.tr("&Length:"), self.minutes)
        self._add(self.tr("&Place or link:"), self.place)
        self._add(self.tr("With w&hom:"), self.with_whom)
        self._add(self.tr("N&ote:"), self.note)
        self._layout()
        if appointment is not None:
            at = appointment.get("at", "")
            self.date.setText(dates.format(at[:10]))
            self.time.setText(at[11:16])
            self.minutes.setValue(appointment.get("minutes", 60))
            self.place.setText(appointment.get("place") or "")
            self.with_whom.setText(appointment.get("with") or "")
            self.note.setText(appointment.get("note") or "")
        else:
            self.time.setText("10:00")
        self.date.setFocus()
        self.date.selectAll()

    def save(self, at: str) -> str | None:
        values = {"minutes": self.minutes.value(), "place": _text(self.place), "with": _text(self.with_whom),
                  "note": _text(self.note)}
        if self.appointment is None:
            return contacts.add_appointment(self.store, self.number, at, **values)
        contacts.edit(self.store, self.appointment.id, at=at, **values)
        return self.appointment.id


def open_attempt(parent, store: Store, number: str, attempt=None) -> str | None:
    dialog = AttemptDialog(store, number, attempt, parent)
    return dialog.saved_id if dialog.exec() else None


def open_appointment(parent, store: Store, number: str, appointment=None) -> str | None:
    dialog = AppointmentDialog(store, number, appointment, parent)
    return dialog.saved_id if dialog.exec() else None

