"""*Fil → Lag feltpakke* and *Fil → Slå sammen feltpakker*: packages for other laptops and the merge of theirs,
each a Task on a connection of its own behind a progress dialog, then the merge report."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from core import interviews as iv
from core.base.filenames import suggested_name
from core.reference import study
from core.storage.store import Store, checkpoint
from ui.dialogs.merge_report_dialog import MergeReportDialog
from ui.support import messages, settings
from ui.support.settings import Key, remember, remembered
from ui.support.tasks import Task

log = logging.getLogger(__name__)


def _busy(parent: QWidget, text: str, stop_text: str | None = None) -> QProgressDialog:
    """A progress dialog; with ``stop_text``, a button that stops the work (its ``canceled`` signal)."""
    dialog = QProgressDialog(text, stop_text or "", 0, 0, parent)
    if stop_text is None:
        dialog.setCancelButton(None)  # writing a package: it finishes or leaves no file
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setWindowTitle("Feltkart")
    return dialog


def make_package(parent: QWidget, store: Store, on_done=None, recipient: str | None = "", one_off: bool = False
                 ) -> Task | None:
    """Ask for whom (the whole database, or what changed since the last package to that recipient) and where,
    then write the package. ``recipient`` None skips the question (the whole database). ``one_off``: for a
    recipient outside the study's laptops, encrypted with a passphrase Feltkart makes and shows once."""
    from PySide6.QtWidgets import QInputDialog

    from core.base.passphrases import generate
    from core.sync.package import make_package as write

    if recipient == "":
        whole = QCoreApplication.translate("packages", "Everything (the whole database)")
        known = [r for r in (remembered(Key.PACKAGE_RECIPIENTS) or []) if isinstance(r, str)]
        chosen, ok = QInputDialog.getItem(
            parent, QCoreApplication.translate("packages", "Field package"),
            QCoreApplication.translate("packages", "What goes in the package? Choose everything, or type or choose who "
                                                   "it is for: then only what changed since the last package to them."),
            [whole, *known], 0, True)
        if not ok:
            return None
        recipient = None if chosen.strip() in ("", whole) else chosen.strip()
        if recipient:
            remember(Key.PACKAGE_RECIPIENTS, [recipient, *[r for r in known if r != recipient]][:10])
    folder = settings.folder(Key.PACKAGE_FOLDER)
    name = suggested_name(study.load(store).coordinator_name, "feltkart")
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("packages", "Save field package"), str(folder / name),
                                          QCoreApplication.translate("packages", "Feltkart package (*.feltkart)"))
    if not path:
        return None
    target = Path(path if path.endswith(".feltkart") else path + ".feltkart")
    remember(Key.PACKAGE_FOLDER, str(target.parent))
    one_off = generate() if one_off else None  # a passphrase of its own, shown once when the package is written
    busy = _busy(parent, QCoreApplication.translate("packages", "Writing the package…"))
    task = Task(lambda task: _on_own_connection(store, lambda s: write(s, target, recipient, passphrase=one_off)),
                parent, "feltkart-package")

    def done(manifest):
        busy.close()
        if one_off:
            from ui.dialogs.passphrase_shown import ShownPassphraseDialog

            ShownPassphraseDialog(one_off, QCoreApplication.translate(
                "packages", "The package {path} is encrypted with this one-off passphrase; it opens with it "
                "only.").format(path=target), parent).exec()
        trashed = len(iv.list_interviews(store, trash=True))  # the package carries the trash too
        held = (QCoreApplication.translate("packages", "Interviews in it: {n}, {t} of them in the trash.").format(
            n=manifest.interviews, t=trashed) if trashed else
            QCoreApplication.translate("packages", "Interviews in it: {n}.").format(n=manifest.interviews))
        QMessageBox.information(parent, QCoreApplication.translate("packages", "Package written"), QCoreApplication.translate(
            "packages", "The package is written to {path}.\n{held}\nGive this file to the other laptop (USB stick, "
            "e-mail, shared folder); there, choose File → Merge field packages.").format(path=target, held=held))
        if on_done:
            on_done(target)

    def failed(exc):
        busy.close()
        QMessageBox.warning(parent, QCoreApplication.translate("packages", "Package not written"), QCoreApplication.translate("packages", 
            "Nothing was written to {path}: {reason}\nChoose another place and try again.").format(
                path=target, reason=messages.describe_error(exc)))

    task.sig_done.connect(done)
    task.sig_failed.connect(failed)
    return task.start()


def _on_own_connection(store: Store, fn):
    """Run ``fn`` on a connection of its own to the same database, in the calling (worker) thread: SQLite
    connections stay in their thread, and WAL lets the window go on reading meanwhile."""
    from core.workspace import open_workspace

    own = open_workspace(store.path, clock=store.clock, key=store.key)
    try:
        return fn(own)
    finally:
        own.close()


def merge_packages(parent: QWidget, store: Store, paths: list[Path] | None = None, on_done=None) -> Task | None:
    """Ask which packages (several at once), merge them, then show the report."""
    from core.sync.merge import STEPS, merge

    if paths is None:
        chosen, _ = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate("packages", "Merge field packages"),
                                                 str(settings.folder(Key.PACKAGE_FOLDER)),
                                                 QCoreApplication.translate("packages", "Feltkart package (*.feltkart);;All files (*)"))
        if not chosen:
            return None
        paths = [Path(p) for p in chosen]
        remember(Key.PACKAGE_FOLDER, str(paths[0].parent))
    passphrases = _package_passphrases(parent, store, paths)
    if passphrases is None:
        return None
    busy = (QCoreApplication.translate("packages", "Merging 1 package…") if len(paths) == 1
            else QCoreApplication.translate("packages", "Merging {n} packages…").format(n=len(paths)))
    shown = [_busy(parent, busy, QCoreApplication.translate("packages", "Stop"))]
    shown[0].setRange(0, STEPS * len(paths))  # every package moves the bar in steps (merge.STEPS)
    task = Task(lambda task: _on_own_connection(store, lambda s: merge(s, paths, task.progress,
                                                                          stop=lambda: task.cancelled,
                                                                          passphrases=passphrases)),
                parent, "feltkart-merge",
                after=lambda: checkpoint(store.path, store.key))  # the merged pages into the database file, after the report
    task.sig_progress.connect(lambda done, _total: shown[-1].setValue(done) if not task.cancelled else None)

    def stopping():
        # the progress dialog hides itself when stopped; this one stays until the package being merged is undone
        task.cancel()
        shown.append(_busy(parent, QCoreApplication.translate(
            "packages", "Stopping: the package being merged is undone; the ones before it stay merged…")))
        shown[-1].show()

    shown[0].canceled.connect(stopping)

    def close_busy():
        for dialog in shown:
            dialog.close()

    def done(report):
        close_busy()
        if report.study_key is not None and not report.stopped and _may_take_study_key(parent, store, passphrases):
            _take_study_key(parent, store, report)
        if on_done:
            on_done(report)
        MergeReportDialog(report, parent, store).exec()

    def failed(exc):
        close_busy()
        reason = messages.describe_error(exc)
        if len(paths) == 1:
            text = QCoreApplication.translate(
                "packages", "The merge stopped ({reason}); the database is as it was before it. The log has the details.")
        else:  # each package is one transaction
            text = QCoreApplication.translate(
                "packages", "The merge stopped ({reason}). Each package is merged completely or not at all: the one it "
                "stopped on changed nothing, the ones before it are merged. The log has the details.")
        QMessageBox.warning(parent, QCoreApplication.translate("packages", "Merge not done"), text.format(reason=reason))

    task.sig_done.connect(done)
    task.sig_failed.connect(failed)
    return task.start()


def _may_take_study_key(parent: QWidget, store: Store, typed: dict[str, str]) -> bool:
    """Whether to re-write the database with the study's key: at once when the passphrase typed for the study's
    package is this laptop's own too (only the salt changes); asked when it is another, as the database will
    then open with the study's passphrase instead of this laptop's."""
    from core.base.driver import derive_key

    if any(derive_key(p, store.key.salt).same(store.key) for p in typed.values()):
        return True
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("packages", "The study's passphrase"),
        QCoreApplication.translate(
            "packages", "This laptop's database opens with a passphrase of its own; the study's package opened with "
            "the study's. Re-write the database with the study's key? It then opens with the study's passphrase, "
            "the one you typed for the package, not this laptop's, and packages between it and the study's other "
            "laptops need no passphrase typed."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def _take_study_key(parent: QWidget, store: Store, report) -> None:
    """This laptop's database, encrypted before it joined the study, re-written with the study's key that the
    merge opened a package with (``MergeReport.study_key``); the window goes on with the same study. The merge
    report says how it went; when it fails, the database is as it was and still opens with its passphrase."""
    from core.storage import crypt
    from ui.support.rewrite import rewrite

    window = parent.window() if parent is not None else None
    if hasattr(window, "quiesce"):
        window.quiesce()  # nothing holds the file while it is re-written
    path, key, study_key = store.path, store.key, report.study_key
    try:
        outcome = rewrite(parent, store, lambda progress, stop: crypt.to_study_key(path, key, study_key, progress, stop),
                          lambda _outcome: study_key, QCoreApplication.translate(
                              "packages", "Re-writing the database with the study's key…"))
        report.study_key_taken = True
        report.study_key_backups = [backup for backup, _why in outcome.failed]
    except Exception as exc:  # stopped, or failed: the merge is done all the same; the laptop keeps its own key
        log.warning("the study's key was not taken after the merge: %s", exc)
        report.study_key_taken = False


def _package_passphrases(parent: QWidget, store: Store, paths: list[Path]) -> dict[str, str] | None:
    """The passphrase of each package encrypted with one of its own, asked until it opens it; None when the
    user gave up (nothing is merged)."""
    from PySide6.QtWidgets import QDialog

    from core.base.errors import WrongPassphraseError
    from core.sync.package import PackageError, check_passphrase, needs_passphrase
    from ui.dialogs.passphrase_dialog import AskPassphraseDialog

    given: dict[str, str] = {}
    for path in paths:
        if not needs_passphrase(path, store.key):
            continue
        again = _typed_before(path, given)
        if again is not None:  # a package of the same study: its passphrase is not asked twice
            given[str(path)] = again
            continue

        def opens(typed: str, path=path) -> str:
            try:
                check_passphrase(path, typed)
            except PackageError as exc:
                raise WrongPassphraseError(path) from exc
            return typed

        ask = AskPassphraseDialog(QCoreApplication.translate(
            "packages", "The package <b>{name}</b> is encrypted with a passphrase of its own.<br><br>Type the "
            "passphrase you were sent with it.").format(name=path.name), opens, parent,
            QCoreApplication.translate("packages", "Merge"))
        if ask.exec() != QDialog.DialogCode.Accepted:
            return None
        given[str(path)] = ask.opened
    return given


def _typed_before(path: Path, given: dict[str, str]) -> str | None:
    """A passphrase typed for another package with the same salt (of the same study) that opens this one."""
    from core.sync.package import PackageError, check_passphrase, package_salt

    salt = package_salt(path)
    for other, typed in given.items():
        if package_salt(Path(other)) == salt:
            try:
                check_passphrase(path, typed)
            except PackageError:
                continue
            return typed
    return None
