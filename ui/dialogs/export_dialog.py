"""*Eksporter*: the data as XLSX or CSV (with a codebook), or the PDF report, written in a worker thread with
a progress bar and a cancel button. The dialog says whether the file will hold personal data."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
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
    QRadioButton,
    QVBoxLayout,
)

from core.base import dates
from core.reference import registry, study
from core import export as ex
from core import interviews as iv
from core.base.atomic import WriteError
from core.base.errors import DiskFullError
from core.storage.store import Store
from ui.support import i18n, messages
from ui.support.worker import safe_emit

log = logging.getLogger(__name__)

FORMATS = ("xlsx", "csv-excel", "csv", "pdf")


class _Signals(QObject):
    progress = Signal(int)
    done = Signal(str)  # what was written
    failed = Signal(str)  # "" when cancelled


class ExportDialog(QDialog):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self._store = store
        self._executor: ThreadPoolExecutor | None = None
        self._cancel = threading.Event()
        self._signals = _Signals(self)
        self._signals.progress.connect(lambda value: self.progress.setValue(value))
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self.written: str | None = None

        self.format_buttons = QButtonGroup(self)
        labels = {
            "xlsx": self.tr("&Excel workbook (.xlsx), with codebook"),
            "csv-excel": self.tr("CSV files for Excel in &Norway (semicolon, decimal comma)"),
            "csv": self.tr("CSV files for &R, Stata, SPSS and Python (comma, UTF-8)"),
            "pdf": self.tr("&PDF report: charts and tables"),
        }
        format_box = QVBoxLayout()
        for n, fmt in enumerate(FORMATS):
            button = QRadioButton(labels[fmt])
            button.setObjectName(f"format_{fmt}")
            self.format_buttons.addButton(button, n)
            format_box.addWidget(button)
        remembered = QSettings().value("export/format", "xlsx")
        self.format_buttons.button(FORMATS.index(remembered) if remembered in FORMATS else 0).setChecked(True)

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
        self.names = QCheckBox(self.tr("Include the informants' &names and contact details"))
        self.names.setObjectName("includeNames")
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
        form.addRow(self.tr("Coor&dinator:"), self.coordinator)
        form.addRow(self.tr("&Interviews:"), self.status)
        self.error = QLabel()
        self.error.setObjectName("exportError")
        self.error.setStyleSheet("color: #B00020;")
        self.error.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.choose_and_export)
        self.cancel_button.clicked.connect(self.cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.names)
        layout.addWidget(self.privacy)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.names.toggled.connect(lambda _: self._update_privacy())
        self.format_buttons.idToggled.connect(lambda *_: self._update_privacy())
        self._update_privacy()
        self.resize(560, self.sizeHint().height())

    # -- state -------------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return FORMATS[self.format_buttons.checkedId()]

    def _update_privacy(self) -> None:
        pdf = self.fmt == "pdf"
        self.names.setEnabled(not pdf)
        if pdf:
            text = self.tr("The report holds numbers only: no names, no contact details, no free text.")
        elif self.names.isChecked():
            text = self.tr("The export WILL HOLD PERSONAL DATA: the informants' names and contact details. Keep the "
                           "file only where the study's data protection plan allows personal data.")
        else:
            text = self.tr("The export holds no names or contact details: informants appear by role and a "
                           "pseudonymous id. Notes and quotes are exported as typed.")
        self.privacy.setText(text)
        self.privacy.setStyleSheet("font-weight: bold; color: #B00020;" if self.names.isChecked() and not pdf else "")

    def export_filter(self) -> ex.ExportFilter | None:
        try:
            date_from, date_to = dates.parse(self.date_from.text()), dates.parse(self.date_to.text())
        except ValueError:
            self.error.setText(self.tr("The dates must be real dates written dd.mm.yyyy, for example 01.03.2026."))
            return None
        return ex.ExportFilter(county=self.county.currentData(), date_from=date_from, date_to=date_to,
                               coordinator=self.coordinator.currentData(), status=self.status.currentData())

    # -- running -----------------------------------------------------------------------------
    def choose_and_export(self) -> None:
        self.error.clear()
        f = self.export_filter()
        if f is None:
            return
        if self.fmt == "pdf" and f.status == "draft":
            self.error.setText(self.tr("The report counts complete interviews (or complete and drafts), not drafts alone."))
            return
        qs = QSettings()
        folder = Path(qs.value("export/folder", str(Path.home())))
        stem = (study.load(self._store).study_name or "feltkart").strip().replace(" ", "_")[:40] or "feltkart"
        if self.fmt.startswith("csv"):
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"), str(folder))
        else:
            suffix = "xlsx" if self.fmt == "xlsx" else "pdf"
            filters = self.tr("Excel workbook (*.xlsx)") if suffix == "xlsx" else self.tr("PDF (*.pdf)")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(folder / f"{stem}.{suffix}"), filters)
            if chosen and not chosen.lower().endswith(f".{suffix}"):
                chosen += f".{suffix}"
        if not chosen:
            return
        target = Path(chosen)
        qs.setValue("export/format", self.fmt)
        qs.setValue("export/folder", str(target if self.fmt.startswith("csv") else target.parent))
        self.start(target, f)

    def start(self, target: Path, f: ex.ExportFilter) -> None:
        """Export to ``target`` in a worker thread (the dialog stays responsive; Cancel stops it)."""
        self._cancel.clear()
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        for w in (self.county, self.date_from, self.date_to, self.coordinator, self.status, self.names):
            w.setEnabled(False)
        self._executor = self._executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="feltkart-export")
        self._executor.submit(self._run, self.fmt, target, f, self.names.isChecked(), i18n.current_language())

    @property
    def running(self) -> bool:
        return not self.export_button.isEnabled()

    def _run(self, fmt: str, target: Path, f: ex.ExportFilter, include_names: bool, lang: str) -> None:
        reader = None

        def progress(done: int, total: int) -> None:
            safe_emit(self._signals.progress, done * 100 // max(total, 1))

        try:
            reader = self._store.reader()
            if fmt == "pdf":
                from core.render import report
                from core.analysis.stats import StatsFilter

                sf = StatsFilter(county=f.county, date_from=f.date_from, date_to=f.date_to,
                                 coordinator=f.coordinator, include_drafts=f.status is None)
                path = report.write_pdf(reader, sf, target, lang, progress, self._cancel.is_set)
                safe_emit(self._signals.done, str(path))
            else:
                data, paths = ex.export(reader, fmt, target, f, include_names, progress, self._cancel.is_set)
                safe_emit(self._signals.done, str(target))
        except ex.ExportCancelled:
            safe_emit(self._signals.failed, "")
        except DiskFullError as exc:
            safe_emit(self._signals.failed, messages.disk_full(exc.path))
        except WriteError as exc:
            safe_emit(self._signals.failed, self.tr(
                "Nothing was written to {path}: {reason}.\nChoose another place, or close the file in the program "
                "that has it open, and export again.").format(path=exc.path, reason=self._reason(exc)))
        except Exception as exc:  # the log has the traceback; the dialog says what happened
            log.exception("export failed")
            safe_emit(self._signals.failed, self.tr("The export failed ({error}); nothing was written. "
                                                     "The log has the details.").format(error=type(exc).__name__))
        finally:
            if reader is not None:
                reader.close()

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

    def _on_done(self, written: str) -> None:
        self._finish()
        self.written = written
        QMessageBox.information(self, self.tr("Export finished"), self.tr("Written: {path}").format(path=written))
        self.accept()

    def _on_failed(self, reason: str) -> None:
        self._finish()
        self.error.setText(reason or self.tr("Cancelled: nothing was written."))

    def cancel_or_close(self) -> None:
        if self.running:
            self._cancel.set()
        else:
            self.reject()

    def done(self, result: int) -> None:  # closing the dialog stops a running export first
        if self.running:
            self._cancel.set()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        super().done(result)
