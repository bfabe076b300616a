"""The status bar's note of the study's retention date, and a reminder once it has passed and the study's
personal data are not erased yet (*Fil → Slett personopplysninger…*: ``erase_dialog``). Light: it is made
while the window starts."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from core.base import dates
from core.privacy.scopes import study_erased
from core.reference import study
from core.storage.store import Store
from ui.support.hub import Hub


class RetentionNote(QLabel):
    """The status bar's note: the study's retention date, and a reminder once it has passed and the study's
    personal data are not erased yet. ``today`` for tests."""

    def __init__(self, store: Store, hub: Hub | None = None, today=date.today):
        super().__init__()
        self.setObjectName("retentionNote")
        self._store, self._today = store, today
        if hub is not None:
            hub.sig_settings_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        when = study.retention_date(self._store)
        if when is None:
            self.setVisible(False)
            return
        shown = dates.format(when.isoformat())
        if study_erased(self._store.conn):
            self.setText(self.tr("Personal data erased (retention date {date})").format(date=shown))
            self.setToolTip("")
            self.setStyleSheet("")
        elif study.retention_passed(self._store, self._today()):
            self.setText(self.tr("Retention date {date} has passed").format(date=shown))
            self.setToolTip(self.tr("Erase the informants' and contact persons' names and contacts: File → Erase "
                                    "personal data…"))
            self.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.setText(self.tr("Personal data kept until {date}").format(date=shown))
            self.setToolTip("")
            self.setStyleSheet("")
        self.setVisible(True)
