"""Slett personopplysninger: erase the names and contacts of every informant and contact person of the study, or of
one informant, from the answers, the change log and the text index (``core.privacy``), with the backups beside
the database named and, when chosen, removed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.base import dates
from core.privacy import erasure, purge
from core.privacy.erasure import UnknownInformantError
from core.reference import study
from core.storage.store import Store
from ui.support import messages
from ui.support.hub import Hub
from ui.support.tasks import Task


def _run_on_own_connection(store: Store, informant: str | None, remove_backups: bool):
    """The erasure on a connection of the worker's own (SQLite connections stay in their thread)."""
    from core.workspace import open_workspace

    own = open_workspace(store.path, clock=store.clock, key=store.key)
    try:
        return erasure.erase_personal_data(own, informant, remove_backups)
    finally:
        own.close()


class EraseDialog(QDialog):
    """``informant``: the dialog opened for one informant (``erasure.informant_id``), as the interview window
    does; else the whole study is chosen first."""

    def __init__(self, store: Store, parent=None, hub: Hub | None = None, informant: str | None = None):
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase personal data"))
        self._store, self._hub, self.task = store, hub, None
        self.whole = QRadioButton(self.tr("The &whole study: every informant and contact person"))
        self.one = QRadioButton(self.tr("&One informant, on request:"))
        scope = QButtonGroup(self)
        for button in (self.whole, self.one):
            scope.addButton(button)
        self.informant = QLineEdit(informant or "")
        self.informant.setObjectName("informantId")
        self.informant.setPlaceholderText(self.tr("interview id-number, as in the export's informanter sheet"))
        (self.one if informant else self.whole).setChecked(True)
        self.informant.setEnabled(bool(informant))
        self.one.toggled.connect(self.informant.setEnabled)
        one_row = QHBoxLayout()
        one_row.addWidget(self.one)
        one_row.addWidget(self.informant, 1)
        scope_box = QGroupBox(self.tr("What to erase"))
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.whole)
        scope_layout.addLayout(one_row)
        scope_layout.addWidget(self._note(self._retention_text()))
        scope_layout.addWidget(self._note(self.tr(
            "Erased: the names and contacts of informants (in the interviews) and of contact persons (in contact "
            "attempts and appointments), in the current answers, in every earlier version kept in the change log, "
            "and in the search index; then the database file is rebuilt so that the deleted bytes are gone too. "
            "Kept: roles, every other answer, notes, the fieldwork and the statistics. A record of the erasure "
            "(who, when, what) takes their place and goes with the next field packages, so that every laptop "
            "that merges one erases the same.")))
        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addWidget(self._backups_box())
        self.confirm = QCheckBox(self.tr("I &understand: the names and contacts cannot be brought back, not even "
                                         "by Undo or from a field package made later"))
        self.confirm.setObjectName("confirmErase")
        layout.addWidget(self.confirm)
        self.result = self._note("")
        self.result.setObjectName("eraseResult")
        self.result.setVisible(False)
        layout.addWidget(self.result)
        self.buttons = QDialogButtonBox()
        self.erase_button = self.buttons.addButton(self.tr("&Erase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setEnabled(False)
        self.close_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm.toggled.connect(self.erase_button.setEnabled)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _retention_text(self) -> str:
        when = study.retention_date(self._store)
        if when is None:
            return self.tr("The study has no retention date (set one in File → Settings).")
        return self.tr("The study's personal data are to be erased by {date}.").format(
            date=dates.format(when.isoformat()))

    def _backups_box(self) -> QGroupBox:
        self.backups = purge.backups(self._store.path)
        box = QGroupBox(self.tr("Backups beside the database"))
        box_layout = QVBoxLayout(box)
        self.remove_backups = QCheckBox(self.tr("Also &delete these backups"))
        self.remove_backups.setObjectName("removeBackups")
        if not self.backups:
            box_layout.addWidget(self._note(self.tr("There are no backups beside the database.")))
            self.remove_backups.setVisible(False)
        else:
            listed = "\n".join(str(p) for p in self.backups[:6]) + ("\n…" if len(self.backups) > 6 else "")
            said = (self.tr("Feltkart wrote a backup beside the database before a migration or a merge; it still "
                            "holds the names. Unless you delete it here, it stays where it is:")
                    if len(self.backups) == 1 else self.tr(
                "Feltkart wrote {n} backups beside the database before migrations and merges; they still hold the "
                "names. Unless you delete them here, they stay where they are:").format(n=len(self.backups)))
            box_layout.addWidget(self._note(said + "\n" + listed))
        box_layout.addWidget(self.remove_backups)
        box_layout.addWidget(self._note(self.tr(
            "Field packages made before the erasure, and exports with names, still hold the names: delete them "
            "where they are.")))
        return box

    def chosen_informant(self) -> str | None:
        return self.informant.text().strip() if self.one.isChecked() else None

    def start(self) -> None:
        """Check the informant at once, then erase off the GUI thread."""
        informant = self.chosen_informant()
        if self.one.isChecked():
            try:
                erasure.find_informant(self._store, informant or "")
            except UnknownInformantError as exc:
                self._show(self._unknown(exc), error=True)
                return
        self.erase_button.setEnabled(False)
        self.confirm.setEnabled(False)
        self._show(self.tr("Erasing…"))
        self.task = Task(lambda _task: _run_on_own_connection(self._store, informant, self.remove_backups.isChecked()),
                         self, "feltkart-erase")
        self.task.sig_done.connect(self._done)
        self.task.sig_failed.connect(lambda exc: self._show(self.tr("Nothing was erased: {reason}").format(
            reason=messages.describe_error(exc)), error=True))
        self.task.start()

    def _unknown(self, exc: UnknownInformantError) -> str:
        return {
            "format": self.tr("Write the informant as the interview's id, a hyphen and the informant's number."),
            "interview": self.tr("There is no interview with that id."),
            "number": self.tr("The interview has {n} informants.").format(n=exc.count),
            "empty": self.tr("That informant has neither name nor contact: there is nothing to erase."),
        }[exc.reason]

    def _done(self, outcome: erasure.Outcome) -> None:
        lines = [self.tr("Erased. {n} change logs were rewritten; the record of the erasure goes with the next "
                         "field packages.").format(n=outcome.changed)]
        if outcome.removed:
            lines.append(self.tr("The backup was deleted.") if len(outcome.removed) == 1 else
                         self.tr("{n} backups deleted.").format(n=len(outcome.removed)))
        if outcome.left:
            lines.append(self.tr("These backups still hold the names: {paths}").format(
                paths=", ".join(str(p) for p in outcome.left)))
        self._show("\n".join(lines))
        self.close_button.setText(self.tr("Close"))
        self.erase_button.setVisible(False)
        if self._hub is not None:
            self._hub.sig_interviews_changed.emit()
            self._hub.sig_fieldwork_changed.emit()
            self._hub.sig_settings_changed.emit()

    def _show(self, text: str, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("color: #b00020;" if error else "")
        self.result.setVisible(True)
        self.adjustSize()  # the dialog grows with the result instead of squeezing the words above it

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            return  # an erasure is not stopped halfway: it ends in moments
        super().reject()


def open_erase_dialog(parent: QWidget, store: Store, hub: Hub | None = None, informant: str | None = None) -> None:
    EraseDialog(store, parent, hub, informant).exec()
