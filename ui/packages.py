"""*Fil → Lag feltpakke* and *Fil → Slå sammen feltpakker*: packages for other laptops and the merge of theirs,
each run in a worker thread behind a progress dialog, and the merge report, which can be saved."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from core.reference import study
from core.base.atomic import WriteError, atomic_file, refused
from core.base.errors import DiskFullError, FeltkartError
from core.storage.store import Store, checkpoint
from ui.support import messages
from ui.support.worker import safe_emit

log = logging.getLogger(__name__)



class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)


class _Job:
    """Run ``work(reader_or_store)`` in a thread; the result or the error reaches the GUI thread by signal."""

    def __init__(self, parent: QWidget, work, then=None):
        self.signals = _Signals(parent)
        self._work, self._then = work, then
        self.thread = threading.Thread(target=self._run, name="feltkart-package", daemon=True)

    def _run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # worded by the caller; the log has the traceback
            log.exception("package work failed")
            safe_emit(self.signals.failed, messages.describe_error(exc))
            return
        safe_emit(self.signals.done, result)
        if self._then:  # housekeeping after the result is on screen
            try:
                self._then()
            except Exception:  # nothing the user waits for; the log has it
                log.exception("work after the result failed")


def _busy(parent: QWidget, text: str, stop_text: str | None = None) -> QProgressDialog:
    """A progress dialog; with ``stop_text``, a button that stops the work (its ``canceled`` signal)."""
    dialog = QProgressDialog(text, stop_text or "", 0, 0, parent)
    if stop_text is None:
        dialog.setCancelButton(None)  # writing a package: it finishes or leaves no file
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setWindowTitle("Feltkart")
    return dialog


def make_package(parent: QWidget, store: Store, on_done=None, recipient: str | None = "") -> _Job | None:
    """Ask for whom (the whole database, or what changed since the last package to that recipient) and where,
    then write the package. ``recipient`` None skips the question (the whole database)."""
    from PySide6.QtWidgets import QInputDialog

    from core.sync.package import make_package as write

    qs = QSettings()
    if recipient == "":
        whole = QCoreApplication.translate("packages", "Everything (the whole database)")
        known = [r for r in (qs.value("packages/recipients") or []) if isinstance(r, str)]
        chosen, ok = QInputDialog.getItem(
            parent, QCoreApplication.translate("packages", "Field package"),
            QCoreApplication.translate("packages", "What goes in the package? Choose everything, or type or choose who "
                                                   "it is for: then only what changed since the last package to them."),
            [whole, *known], 0, True)
        if not ok:
            return None
        recipient = None if chosen.strip() in ("", whole) else chosen.strip()
        if recipient:
            qs.setValue("packages/recipients", [recipient, *[r for r in known if r != recipient]][:10])
    folder = Path(qs.value("packages/folder", str(Path.home())))
    name = (study.load(store).coordinator_name or "feltkart").strip().replace(" ", "_")
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("packages", "Save field package"), str(folder / f"{name}.feltkart"),
                                          QCoreApplication.translate("packages", "Feltkart package (*.feltkart)"))
    if not path:
        return None
    target = Path(path if path.endswith(".feltkart") else path + ".feltkart")
    qs.setValue("packages/folder", str(target.parent))
    busy = _busy(parent, QCoreApplication.translate("packages", "Writing the package…"))
    job = _Job(parent, lambda: _on_own_connection(store, lambda s: write(s, target, recipient)))

    def done(manifest):
        busy.close()
        QMessageBox.information(parent, QCoreApplication.translate("packages", "Package written"), QCoreApplication.translate("packages", 
            "{n} interviews written to {path}.\nGive this file to the other laptop (USB stick, e-mail, shared folder); "
            "there, choose File → Merge field packages.").format(n=manifest.interviews, path=target))
        if on_done:
            on_done(target)

    def failed(reason):
        busy.close()
        QMessageBox.warning(parent, QCoreApplication.translate("packages", "Package not written"), QCoreApplication.translate("packages", 
            "Nothing was written to {path}: {reason}\nChoose another place and try again.").format(path=target, reason=reason))

    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    job.thread.start()
    return job


def _on_own_connection(store: Store, fn):
    """Run ``fn`` on a connection of its own to the same database, in the calling (worker) thread: SQLite
    connections stay in their thread, and WAL lets the window go on reading meanwhile."""
    from core.workspace import open_workspace

    own = open_workspace(store.path, clock=store.clock)
    try:
        return fn(own)
    finally:
        own.close()


def merge_packages(parent: QWidget, store: Store, paths: list[Path] | None = None, on_done=None) -> _Job | None:
    """Ask which packages (several at once), merge them, then show the report."""
    from core.sync.merge import STEPS, merge

    if paths is None:
        qs = QSettings()
        chosen, _ = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate("packages", "Merge field packages"),
                                                 qs.value("packages/folder", str(Path.home())),
                                                 QCoreApplication.translate("packages", "Feltkart package (*.feltkart);;All files (*)"))
        if not chosen:
            return None
        paths = [Path(p) for p in chosen]
        qs.setValue("packages/folder", str(paths[0].parent))
    stop = threading.Event()
    shown = [_busy(parent, QCoreApplication.translate("packages", "Merging {n} package(s)…").format(n=len(paths)),
                   QCoreApplication.translate("packages", "Stop"))]
    shown[0].setRange(0, STEPS * len(paths))  # every package moves the bar in steps (merge.STEPS)
    job = _Job(parent, lambda: _on_own_connection(
        store, lambda s: merge(s, paths, lambda done, total: safe_emit(job.signals.progress, done, total),
                               stop=stop.is_set)),
               then=lambda: checkpoint(store.path))  # the merged pages into the database file, after the report
    job.signals.progress.connect(lambda done, _total: shown[-1].setValue(done) if not stop.is_set() else None)

    def stopping():
        # the progress dialog hides itself when stopped; this one stays until the package being merged is undone
        stop.set()
        shown.append(_busy(parent, QCoreApplication.translate(
            "packages", "Stopping: the package being merged is undone; the ones before it stay merged…")))
        shown[-1].show()

    shown[0].canceled.connect(stopping)

    def close_busy():
        for dialog in shown:
            dialog.close()

    def done(report):
        close_busy()
        if on_done:
            on_done(report)
        MergeReportDialog(report, parent, store).exec()

    def failed(reason):
        close_busy()
        log.error("merge of %s failed: %s", [str(p) for p in paths], reason)
        if len(paths) == 1:
            text = QCoreApplication.translate(
                "packages", "The merge stopped ({reason}); the database is as it was before it. The log has the details.")
        else:  # each package is one transaction
            text = QCoreApplication.translate(
                "packages", "The merge stopped ({reason}). Each package is merged completely or not at all: the one it "
                "stopped on changed nothing, the ones before it are merged. The log has the details.")
        QMessageBox.warning(parent, QCoreApplication.translate("packages", "Merge not done"), text.format(reason=reason))

    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    job.thread.start()
    return job


class MergeReportDialog(QDialog):
    """What the merge did, in words, with a button to save it as a text file. Each conflict and possible
    duplicate is named as the Konflikter view names it, from the ``store`` it was merged into (municipality,
    date, question, the values with who and when)."""

    def __init__(self, report, parent, store: Store):
        super().__init__(parent)
        self.setObjectName("mergeReport")
        self.setWindowTitle(self.tr("Merge report"))
        self.report = report
        self.store = store
        summary = QLabel(self._summary())
        summary.setObjectName("mergeSummary")
        summary.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(self._lines()))
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Qt's own translations are not bundled: the button's text comes from ours
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.save_button = buttons.addButton(self.tr("&Save report…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _summary(self) -> str:
        r = self.report
        parts = [self.tr("Merged {n} package(s): {i} new interviews, {c} new changes, {a} answers updated.").format(
            n=len(r.merged), i=r.added_interviews, c=r.added_changes, a=r.updated_answers)]
        if r.refused:
            parts.append(self.tr("Refused: {n} file(s), nothing taken from them.").format(n=len(r.refused)))
        if r.stopped:
            parts.append(self.tr("Stopped: {n} package(s) not merged, nothing taken from them. Merge them again "
                                 "when you are ready.").format(n=len(r.stopped)))
        if r.conflicts:
            parts.append(self.tr("{n} answer(s) were changed on two laptops: see Conflicts.").format(n=len(r.conflicts)))
        if r.duplicates:
            parts.append(self.tr("{n} possible duplicate interview(s): same municipality and date from two laptops.").format(
                n=len(r.duplicates)))
        if r.changed_after_delete:
            parts.append(self.tr("{n} deleted interview(s) were edited on another laptop; restore them from the trash "
                                 "if the edits matter.").format(n=len(r.changed_after_delete)))
        if r.backup:
            parts.append(self.tr("A backup was written first: {path}").format(path=r.backup))
        return "\n".join(parts)

    def _lines(self) -> list[str]:
        from ui.views import conflicts_view as words

        r = self.report
        lines = [self.tr("Merged: {file}").format(file=name) for name in r.merged]
        for exc in r.refused:
            lines.append(self.tr("Refused {file}: {reason}").format(file=str(exc.path),
                                                                     reason=messages.package_refusal(exc)))
        lines += [self.tr("Not merged (stopped): {file}").format(file=name) for name in r.stopped]
        for c in r.conflicts:
            try:
                label, question = words.question_label(self.store, c)
                lines.append(self.tr("Conflict: {answer}: {values}").format(
                    answer=words.heading(self.store, c, label), values=" | ".join(words.value_texts(c, question))))
            except (FeltkartError, KeyError):  # gone since the merge, or a question this guide lacks
                lines.append(self.tr("Conflict: {answer}").format(answer=f"{c.interview_id} {c.field} {c.scheme}"))
        for first, second in r.duplicates:
            try:
                pair = words.duplicate_text(self.store, first, second)
            except FeltkartError:  # gone since the merge
                pair = f"{first}, {second}"
            lines.append(self.tr("Possible duplicate: {pair}").format(pair=pair))
        if r.backup:
            lines.append(self.tr("Backup before merging: {path}").format(path=r.backup))
        return lines

    def save(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), str(Path.home() / "sammenslaing.txt"),
                                              self.tr("Text (*.txt)"))
        if not path:
            return None
        target = Path(path)
        try:
            with atomic_file(target) as tmp:
                try:
                    tmp.write_text(self._summary() + "\n\n" + "\n".join(self._lines()) + "\n", encoding="utf-8")
                except OSError as exc:
                    raise refused(target, exc) from exc
        except DiskFullError:
            QMessageBox.warning(self, self.tr("Report not saved"), messages.disk_full(target))
            return None
        except WriteError as exc:
            QMessageBox.warning(self, self.tr("Report not saved"), f"{target}: {exc.reason}")
            return None
        return target
