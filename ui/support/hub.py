"""One place where views learn that data changed: the dialog that changed it emits, the views refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    sig_settings_changed = Signal()
    sig_schemes_changed = Signal()
    sig_interview_changed = Signal(str)  # interview id: an answer or the status changed
    sig_interviews_changed = Signal()  # interviews were created, deleted or restored
    sig_fieldwork_changed = Signal()  # the sample, an assignment, an attempt or an appointment changed here, or
    # a fieldwork conflict was settled
    sig_coding_changed = Signal()  # a theme or a marked passage changed (Sitater)
