"""*Eksporter*: the data as XLSX or CSV (with a codebook), or the PDF report, written in a worker thread with
a progress bar and a cancel button. The dialog says whether the file will hold personal data; names and contacts
go out as an AES-256 encrypted zip unless the user unticks it, its passphrase shown once when it is written."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from core import interviews as iv
from core.base import dates
from core.base.atomic import WriteError
from core.base.errors import DiskFullError
from core.base.filenames import suggested_name
from core.reference import registry, study
from core.render import outputs
from core.render.outputs import FORMATS, OutputRequest
from core.storage.store import Store
from ui.support import i18n, messages, settings
from ui.support.settings import Key, remember, remembered
from ui.support.tasks import Task

log = logging.getLogger(__name__)



class ExportDialog(QDialog):
    def __init__(self, store: Store, parent=None, charts_filter=None):
        """``charts_filter``: the charts view's current filter (a StatsFilter), offered with one button."""
        super().__init__(parent)
        self._charts_filter = charts_filter
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self._store = store
        self._task: Task | None = None
        self.written: str | None = None

        format_box = self._build_formats()

        self._build_filters(store, charts_filter)
        self.names = QCheckBox(self.tr("Include the informants' names and &contact details"))
        self.names.setObjectName("includeNames")
        self.encrypt = QCheckBox(self.tr("Write an encrypted &zip file (AES-256, opens in 7-Zip) with a passphrase"))
        self.encrypt.setObjectName("encryptZip")
        self.shown_passphrase = None  # the dialog showing an encrypted zip's passphrase, once
        self.privacy = QLabel()
        self.privacy.setObjectName("privacyNote")
        self.privacy.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), format_box)
        form.addRow(self.tr("C&ounty:"), self.county)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.date_from)
        dates_row.addWidget(QLabel("–"))
        dates_row.addWidget(self.date_to)
        dates_label = QLabel(self.tr("&Dates:"))
        dates_label.setBuddy(self.date_from)
        form.addRow(dates_label, dates_row)
        form.addRow(self.tr("Coordina&tor:"), self.coordinator)
        form.addRow(self.tr("&Interviews:"), self.status)
        form.addRow("", self.use_charts)
        self.error = QLabel()
        self.error.setObjectName("exportError")
        self.error.setStyleSheet("color: #B00020;")
        self.error.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("E&xport…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.choose_and_export)
        self.cancel_button.clicked.connect(self.cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.names)
        layout.addWidget(self.encrypt)
        layout.addWidget(self.privacy)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.names.toggled.connect(self.encrypt.setChecked)  # names and contacts go out encrypted unless unticked
        self.names.toggled.connect(lambda _: self._update_privacy())
        self.encrypt.toggled.connect(lambda _: self._update_privacy())
        self.format_buttons.idToggled.connect(lambda *_: self._update_privacy())
        self._update_privacy()
        self.resize(560, self.sizeHint().height())

    def _build_filters(self, store: Store, charts_filter) -> None:
        """County, dates, coordinator and which interviews; the button that takes the charts' filter."""
        settings = study.load(store)
        self.county = QComboBox()
        self.county.addItem(self.tr("All counties"), None)
        for c in registry.counties(store, settings.registry_version):
            self.county.addItem(c.name, c.number)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
            edit.setClearButtonEnabled(True)
        self.coordinator = QComboBox()
        self.coordinator.addItem(self.tr("All"), None)
        for name in iv.coordinators(store):
            self.coordinator.addItem(name, name)
        self.status = QComboBox()
        self.status.addItem(self.tr("Complete and drafts"), None)
        self.status.addItem(self.tr("Complete only"), "complete")
        self.status.addItem(self.tr("Drafts only"), "draft")
        self.status.setCurrentIndex(self.status.findData("complete"))  # as the charts count by default
        self.use_charts = QPushButton(self.tr("&Use the charts' filter"))
        self.use_charts.setObjectName("useChartsFilter")
        self.use_charts.setToolTip(self.tr("County, dates, coordinator and drafts as the charts show them now"))
        self.use_charts.setVisible(charts_filter is not None)
        self.use_charts.clicked.connect(self.take_charts_filter)

    def take_charts_filter(self) -> None:
        """The charts view's county, dates, coordinator and drafts in this dialog's fields."""
        f = self._charts_filter
        if f is None:
            return
        self.county.setCurrentIndex(max(self.county.findData(f.county), 0))
        self.date_from.setText(dates.format(f.date_from) if f.date_from else "")
        self.date_to.setText(dates.format(f.date_to) if f.date_to else "")
        self.coordinator.setCurrentIndex(max(self.coordinator.findData(f.coordinator), 0))
        self.status.setCurrentIndex(self.status.findData(None if f.include_drafts else "complete"))

    def _build_formats(self) -> QVBoxLayout:
        """A choice per format, the last one used chosen."""
        self.format_buttons = QButtonGroup(self)
        labels = {
            "xlsx": self.tr("&Excel workbook (.xlsx), with codebook"),
            "csv-excel": self.tr("CSV files for Excel in &Norway (semicolon, decimal comma)"),
            "csv": self.tr("CSV files for &R, Stata, SPSS and Python (comma, UTF-8)"),
            "pdf": self.tr("&PDF report: charts and tables"),
            "qdpx": self.tr("&Quotes and themes as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder"),
        }
        format_box = QVBoxLayout()
        for n, fmt in enumerate(FORMATS):
            button = QRadioButton(labels[fmt])
            button.setObjectName(f"format_{fmt}")
            self.format_buttons.addButton(button, n)
            format_box.addWidget(button)
        last = remembered(Key.EXPORT_FORMAT, "xlsx")
        self.format_buttons.button(FORMATS.index(last) if last in FORMATS else 0).setChecked(True)
        return format_box

    # -- state -------------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return FORMATS[self.format_buttons.checkedId()]

    def _update_privacy(self) -> None:
        pdf = self.fmt in ("pdf", "qdpx")  # never names or contacts, never encrypted
        self.names.setEnabled(not pdf)
        self.encrypt.setEnabled(not pdf)
        plain = self.names.isChecked() and not self.encrypt.isChecked() and not pdf
        if self.fmt == "qdpx":
            text = self.tr("The project holds the quotes and notes as typed, with their themes and marked passages; "
                           "no names or contact details: an interview is named by its municipality and date, its "
                           "informants by role.")
        elif pdf:
            text = self.tr("The report holds numbers only: no names, no contact details, no free text.")
        elif plain:
            text = self.tr("The export WILL HOLD PERSONAL DATA in plain, unencrypted files: the informants' names "
                           "and contact details. Keep them only where the study's data protection plan allows "
                           "personal data, and never send them by e-mail.")
        elif self.names.isChecked():
            text = self.tr("The export holds personal data (the informants' names and contact details) in one "
                           "AES-256 encrypted zip file. Its passphrase is shown once when it is written: send it by "
                           "another channel than the file.")
        else:
            text = self.tr("The export holds no names or contact details: informants appear by role and a "
                           "pseudonymous id. Notes and quotes are exported as typed.")
        self.privacy.setText(text)
        self.privacy.setStyleSheet("font-weight: bold; color: #B00020;" if plain else "")

    def request(self, target: Path | None = None) -> OutputRequest | None:
        """What the dialog asks for (to ``target``), or None after saying on the dialog what is wrong."""
        try:
            date_from, date_to = dates.parse(self.date_from.text()), dates.parse(self.date_to.text())
        except ValueError:
            self.error.setText(self.tr("The dates must be real dates written dd.mm.yyyy, for example 01.03.2026."))
            return None
        plain_only = self.fmt in ("pdf", "qdpx")
        request = OutputRequest(self.fmt, target or Path(), self.county.currentData(), date_from, date_to,
                                self.coordinator.currentData(), self.status.currentData(),
                                self.names.isChecked() and not plain_only, i18n.current_language(),
                                self.encrypt.isChecked() and not plain_only)
        problem = request.problem()
        if problem == "report_of_drafts":
            self.error.setText(self.tr("The report counts complete interviews (or complete and drafts), not drafts alone."))
            return None
        if problem == "reversed_dates":
            self.error.setText(self.tr("The first date is after the last: give the first date first."))
            return None
        return request

    # -- running -----------------------------------------------------------------------------
    def choose_and_export(self) -> None:
        self.error.clear()
        if self.request() is None:
            return
        folder = settings.folder(Key.EXPORT_FOLDER)
        name = study.load(self._store).study_name
        zipped = self.encrypt.isChecked() and self.fmt not in ("pdf", "qdpx")
        if self.fmt.startswith("csv") and not zipped:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"), str(folder))
        else:
            suffix = "zip" if zipped else self.fmt
            filters = {"zip": self.tr("Encrypted zip (*.zip)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                       "pdf": self.tr("PDF (*.pdf)"), "qdpx": self.tr("REFI-QDA project (*.qdpx)")}[suffix]
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(folder / suggested_name(name, suffix)),
                                                    filters)
            if chosen and not chosen.lower().endswith(f".{suffix}"):
                chosen += f".{suffix}"
        if not chosen:
            return
        target = Path(chosen)
        remember(Key.EXPORT_FORMAT, self.fmt)
        remember(Key.EXPORT_FOLDER, str(target if self.fmt.startswith("csv") and not zipped else target.parent))
        self.start(self.request(target))

    def start(self, request: OutputRequest) -> None:
        """Write what ``request`` asks for in a Task (the dialog stays responsive; Cancel stops it)."""
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        for w in (self.county, self.date_from, self.date_to, self.coordinator, self.status, self.names,
                  self.encrypt):
            w.setEnabled(False)
        store = self._store

        def work(task: Task):  # stopped by its own looks at task.cancelled
            return task.on_reader(store, lambda reader: outputs.write(reader, request, task.progress,
                                                                      lambda: task.cancelled), interruptible=False)

        self._task = Task(work, self, "feltkart-export")
        self._task.sig_progress.connect(lambda done, total: self.progress.setValue(done * 100 // max(total, 1)))
        self._task.sig_done.connect(lambda written: self._on_done(str(request.target), written.passphrase))
        self._task.sig_failed.connect(self._on_failed)
        self._task.sig_cancelled.connect(lambda: self._on_failed(None))
        self._task.start()

    @property
    def running(self) -> bool:
        return not self.export_button.isEnabled()

    def _failure(self, exc: Exception) -> str:
        """What went wrong, for the dialog."""
        if isinstance(exc, DiskFullError):
            return messages.disk_full(exc.path)
        if isinstance(exc, WriteError):
            return self.tr("Nothing was written to {path}: {reason}.\nChoose another place, or close the file in "
                           "the program that has it open, and export again.").format(path=exc.path,
                                                                                    reason=self._reason(exc))
        return self.tr("The export failed ({error}); nothing was written. The log has the details.").format(
            error=type(exc).__name__)

    def _reason(self, exc: WriteError) -> str:
        import errno

        if exc.reason == WriteError.NO_FOLDER:
            return self.tr("the folder does not exist")
        if exc.reason == WriteError.IS_FILE:
            return self.tr("a file has that name, choose a folder")
        if exc.errno in (errno.EACCES, errno.EPERM):
            return self.tr("no permission to write there, or the file is open in another program")
        if exc.errno == errno.ENOSPC:
            return self.tr("the disk is full")
        return exc.reason

    def _finish(self) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        for w in (self.county, self.date_from, self.date_to, self.coordinator, self.status):
            w.setEnabled(True)
        self._update_privacy()

    def _on_done(self, written: str, passphrase: str | None = None) -> None:
        self._finish()
        self.written = written
        if passphrase is None:
            QMessageBox.information(self, self.tr("Export finished"), self.tr("Written: {path}").format(path=written))
            self.accept()
            return
        from ui.dialogs.passphrase_shown import ShownPassphraseDialog

        intro = self.tr("Written: {path}\n\nThe zip file is encrypted with AES-256. It opens in 7-Zip (Windows), "
                        "Keka (macOS) or WinZip with this passphrase:").format(path=written)
        self.shown_passphrase = ShownPassphraseDialog(passphrase, intro, self)
        self.shown_passphrase.finished.connect(lambda _: self.accept())
        self.shown_passphrase.open()

    def _on_failed(self, exc: Exception | None) -> None:
        """The export failed (``exc``) or was cancelled (None): nothing was written."""
        self._finish()
        self.error.setText(self.tr("Cancelled: nothing was written.") if exc is None else self._failure(exc))

    def cancel_or_close(self) -> None:
        if self.running and self._task is not None:
            self._task.cancel()
        else:
            self.reject()

    def done(self, result: int) -> None:  # closing the dialog stops a running export first
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
            self._task = None
        super().done(result)
