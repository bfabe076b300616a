"""Start the GUI: application, language, database checks, lock, welcome, main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from core.base import lock
from core.base.driver import sqlite3
from core.base.errors import DamagedDatabaseError, DatabaseBusyError, DiskFullError, StoreError
from core.reference import study
from core.storage.store import Store, as_store_error, check_location
from core.workspace import open_workspace
from ui.support import i18n, messages
from ui.support.tasks import Task

log = logging.getLogger(__name__)

ORGANIZATION = "Feltkart"
INTEGRITY_AFTER_MS = 2000  # the check of every page waits until the window and its start view are up
_open_path: list[Path] = []  # the database the window has open, for the words of errors met while working
APPLICATION = "Feltkart"


def create_application(lang: str | None, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    from PySide6.QtGui import QIcon

    from core.base.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "feltkart.png"))))
    i18n.install(app, lang or i18n.saved_language())
    return app


def install_excepthook(log_path: Path | None) -> None:
    """Unexpected errors: logged with their traceback, shown as a short readable dialog with the log's path."""

    def hook(exc_type, exc, tb):
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None:
            traceback.print_exception(exc_type, exc, tb)
            return
        if isinstance(exc, sqlite3.Error):  # a full disk or a damaged file, met while working
            exc = as_store_error(exc, _open_path[0]) if _open_path else exc
        if isinstance(exc, (DamagedDatabaseError, DiskFullError)):
            QMessageBox.critical(None, QCoreApplication.translate("app", "Feltkart cannot go on"),
                                 messages.store_error(exc))
            return
        if isinstance(exc, DatabaseBusyError) or (isinstance(exc, sqlite3.OperationalError)
                                                   and "database is locked" in str(exc)):  # a merge holds it
            QMessageBox.warning(
                None,
                QCoreApplication.translate("app", "Database busy"),
                QCoreApplication.translate(
                    "app", "The database is busy: a merge of field packages is still running, so the last step "
                    "could not be saved. Try it again when the merge has finished; what was saved before is safe."),
            )
            return
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Feltkart: unexpected error"),
            QCoreApplication.translate(
                "app",
                "Something went wrong: {error}\n\nWhat you had saved is in the database. "
                "Details are in the log: {log}\nSend that file to the person who supports Feltkart.",
            ).format(error=f"{exc_type.__name__}: {exc}", log=str(log_path) if log_path else "–"),
        )

    sys.excepthook = hook


def show_error(title: str, text: str) -> None:
    QMessageBox.critical(None, title, text)


class Cancelled(Exception):
    """The user gave up typing the passphrase: Feltkart ends without a word."""


def open_database(db_path: Path, passphrase: str | None = None, ask: bool = True, pending=None
                  ) -> tuple[Store, object]:
    """Check, lock and open the database. An encrypted one opens with ``passphrase`` (--passphrase-file or
    FELTKART_PASSPHRASE), else with the one the user types (``ask``; Cancelled when they give up). A plain file
    where this computer last opened an encrypted study is refused (NotEncryptedError). Raises StoreError or
    lock.DatabaseInUse. ``pending``: the key worked out from ``passphrase`` while the program started
    (``KeyInBackground``)."""
    from core.base.errors import EncryptedDatabaseError, NotEncryptedError
    from core.storage.store import is_encrypted
    from ui.support.settings import known_encrypted, note_encrypted

    check_location(db_path)
    held = lock.acquire(db_path)
    try:
        key = pending.result() if pending is not None else None
        if key is not None:
            passphrase = None  # its key, already worked out
        elif passphrase is None and is_encrypted(db_path):
            if not ask:
                raise EncryptedDatabaseError(db_path)
            key = ask_key(db_path)
        elif passphrase is None and known_encrypted(db_path) and db_path.exists():
            raise NotEncryptedError(db_path)
        store = open_workspace(db_path, passphrase=passphrase, key=key)
    except BaseException:
        held.unlock()
        raise
    note_encrypted(store.path, store.encrypted)
    _open_path[:] = [store.path]
    return store, held


def wait_for_key(pending) -> None:
    """Let the window shown (disabled) be painted and the events go on while the key of its encrypted database
    is worked out (``pending``: ``core.base.driver.KeyInBackground``)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    # a child of the loop, not of the window: closing the window meanwhile does not wait for the key
    task = Task(lambda _task: pending.result(), loop, "feltkart-key-wait")
    task.sig_finished.connect(loop.quit)
    task.start()
    if task.running:
        loop.exec()
    task.wait()


def encrypt_new_study(store: Store, passphrase: str) -> None:
    """The new study's database encrypted with ``passphrase`` before anything is recorded in it."""
    from PySide6.QtCore import Qt

    from core.storage import crypt
    from ui.support.settings import note_encrypted

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        crypt.while_closed(store, lambda: crypt.encrypt(store.path, passphrase, "encrypt")[0])
    finally:
        QApplication.restoreOverrideCursor()
    note_encrypted(store.path, True)


def ask_key(db_path: Path):
    """The key of the encrypted database at ``db_path`` from the passphrase the user types (asked again until it
    opens it); Cancelled when they give up."""
    from core.storage import crypt
    from ui.dialogs.passphrase_dialog import AskPassphraseDialog

    ask = AskPassphraseDialog(QCoreApplication.translate(
        "app", "This study's database is encrypted:<br><b>{path}</b><br><br>Type its passphrase to open it. "
        "Feltkart does not keep the passphrase; it asks for it each time it starts.").format(path=str(db_path)),
        lambda typed: crypt.key_of(db_path, typed))
    if ask.exec() != QDialog.DialogCode.Accepted:
        raise Cancelled()
    return ask.opened


def describe_open_error(exc: Exception) -> str:
    if isinstance(exc, lock.DatabaseInUse):
        return messages.database_in_use(str(exc.path), exc.pid, exc.host)
    return messages.store_error(exc)


def demo_path_for(db_path: Path) -> Path:
    """The demo database beside the real one: feltkart.sqlite -> feltkart-demo.sqlite."""
    return db_path.with_name(f"{db_path.stem}-demo{db_path.suffix or '.sqlite'}")


def open_demo_database(path: Path):
    """Open the demo database, filling it with demo interviews the first time."""
    from PySide6.QtCore import Qt

    from core import demo
    from core import interviews as iv

    store, held = open_database(path)
    if not demo.is_demo(store) and not iv.list_interviews(store):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            demo.make_demo(store, interviews=300, seed=1)
        finally:
            QApplication.restoreOverrideCursor()
    return store, held


def warn_if_clock_behind(store: Store, parent=None) -> str | None:
    """Tell the user when this computer's clock reads far before the changes the database holds (its date was
    set back, or is wrong): the text shown, or None when the clock is fine."""
    from core.base.clock import iso_from_ms
    from core.storage import stamps

    now = store.clock()
    recorded = stamps.behind(store.conn, now)
    if recorded is None:
        return None
    text = messages.clock_behind(iso_from_ms(now), iso_from_ms(recorded))
    log.warning("clock behind: now %s, changes up to %s", iso_from_ms(now), iso_from_ms(recorded))
    if parent is not False:
        QMessageBox.warning(parent, QCoreApplication.translate("app", "Check this computer's clock"), text)
    return text


def check_integrity(store: Store, parent: QWidget) -> Task:
    """SQLite's check of every page of the open database, as a Task on a connection of its own after start (it
    reads the whole file); a damaged file is told with the backups to restore."""
    from core.storage.store import check_intact

    def work(task: Task) -> None:
        reader = store.reader()
        try:
            check_intact(reader.conn, store.path)
        finally:
            reader.close()

    def damaged(exc: Exception) -> None:
        if isinstance(exc, DamagedDatabaseError):
            store.damaged = exc  # nothing more is written into it, as the message says
            QMessageBox.critical(parent, QCoreApplication.translate("app", "The database is damaged"),
                                 messages.describe_error(exc))

    task = Task(work, parent, "feltkart-integrity")
    task.sig_failed.connect(damaged)
    return task.start()


def report_guide_problems(store: Store, parent=None) -> list[str]:
    """Load new guide files; tell the user about faulty ones (the study goes on with the last good guide)."""
    from core.reference import guide_library

    report = guide_library.sync(store)
    problems = [str(e) for e in report.errors]
    if problems:
        log.warning("guide problems: %s", problems)
        if parent is not False:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("app", "Interview guide not loaded"),
                QCoreApplication.translate(
                    "app", "These guide files could not be used; Feltkart goes on with the last good guide:\n\n{problems}"
                ).format(problems="\n".join(problems)),
            )
    return problems


def run_gui(db_path: Path, lang: str | None, log_path: Path | None, passphrase: str | None = None,
            pending=None) -> int:
    previous_hook = sys.excepthook
    install_excepthook(log_path)
    try:
        return _run_gui(db_path, lang, passphrase, pending)
    finally:
        sys.excepthook = previous_hook


def _run_gui(db_path: Path, lang: str | None, passphrase: str | None = None, pending=None) -> int:
    app = create_application(lang)
    # imported before the database is opened: while it is, the key of an encrypted study given by file or
    # environment is being worked out in its own thread (main.py), and opening waits for it
    from ui.main_window import MainWindow

    title = QCoreApplication.translate("app", "Feltkart cannot open the database")
    window = None
    if pending is not None:  # the window shown at once, the database opened when its key is worked out
        window = MainWindow(None, path=db_path)
        window.show()
        wait_for_key(pending)
        if not window.isVisible():  # closed while it waited: nothing is opened
            return 0
    try:
        store, held = open_database(db_path, passphrase, pending=pending)
    except Cancelled:
        return 0
    except (StoreError, lock.DatabaseInUse) as exc:
        log.error("cannot open %s: %s", db_path, exc)
        show_error(title, describe_open_error(exc))
        return 1

    guide_check = None
    try:
        if not study.load(store).configured:
            from ui.dialogs.welcome_dialog import WelcomeDialog

            if window is not None:  # an encrypted database not yet made a study: the welcome first
                window.close()
                window = None

            welcome = WelcomeDialog(store)
            if welcome.exec() != QDialog.DialogCode.Accepted:
                return 0
            if welcome.passphrase is not None and not welcome.chose_demo:
                encrypt_new_study(store, welcome.passphrase)
            if welcome.chose_demo:
                store.close()
                held.unlock()
                try:
                    store, held = open_demo_database(demo_path_for(db_path))
                except (StoreError, lock.DatabaseInUse) as exc:
                    show_error(title, describe_open_error(exc))
                    return 1
        waiting, window = window, window or MainWindow(store)
        # New or faulty guide files, and the clock, are looked at once the window is up with its start view (not
        # needed for the first paint: a timer started now would run before it).
        guide_check = QTimer(window)
        guide_check.setSingleShot(True)
        guide_check.timeout.connect(lambda: (report_guide_problems(store, window), warn_if_clock_behind(store, window)))

        def check_after_start_view(_view) -> None:  # once
            window.sig_view_built.disconnect(check_after_start_view)
            guide_check.start(0)

        window.sig_view_built.connect(check_after_start_view)
        QTimer.singleShot(INTEGRITY_AFTER_MS, window, lambda: check_integrity(store, window))
        if waiting is not None:
            window.attach(store)  # shown while the key was worked out
        else:
            window.show()
        return app.exec()
    finally:
        if guide_check is not None:
            guide_check.stop()
        store.close()
        held.unlock()
