"""``main.py --self-test``: open the database, build the main window offscreen, show every view once."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path


def check_form(app, form) -> None:
    form.show()
    app.processEvents()
    if not form.editors:
        raise RuntimeError("the interview form has no questions")
    if form.grid is None or form.grid.rowCount() == 0:
        raise RuntimeError("the interview form has no scheme grid")


def check_charts(view) -> int:
    """Wait for the numbers (computed in the background), then draw every chart once."""
    from PySide6.QtCore import QEventLoop, QTimer

    if view.data is None or view.computing:
        loop = QEventLoop()
        view.sig_updated.connect(loop.quit)
        view.sig_failed.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
    if view.data is None:
        raise RuntimeError(f"the chart numbers were not computed: {view.status.text()}")
    for row, kind in enumerate(view.kinds):
        view.chart_list.setCurrentRow(row)
        view.canvas.draw()
        if view.figure is None or not view.figure.axes or view.table_model.columnCount() == 0:
            raise RuntimeError(f"the chart {kind} is empty")
    return len(view.kinds)


def check_form_in_scratch_database(app) -> None:
    import tempfile

    from core import interviews as iv
    from core.reference import study
    from core.workspace import open_workspace
    from ui.interview.interview_form import InterviewForm

    with tempfile.TemporaryDirectory(prefix="feltkart-selftest-") as folder:
        scratch = open_workspace(Path(folder) / "scratch.sqlite")
        try:
            study.save(scratch, study.load(scratch).with_changes(study_name="self-test", coordinator_name="self-test"))
            interview_id = iv.create(scratch, "0301", "2026-01-02")
            form = InterviewForm(scratch, interview_id)
            check_form(app, form)
            form.close()
            form.deleteLater()
            app.processEvents()
        finally:
            scratch.close()


class _Step:
    """Where the self-test is, for its message when something fails."""
    name = "start"


def run_self_test(db_path: Path, lang: str | None, passphrase: str | None = None, pending=None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from core.base import lock
    from core.base.errors import DamagedDatabaseError, StoreError
    from core.storage.store import check_intact
    from ui.app import create_application, describe_open_error, open_database, report_guide_problems

    app = create_application(lang)
    try:
        store, held = open_database(db_path, passphrase, ask=False, pending=pending)
    except (StoreError, lock.DatabaseInUse) as exc:
        print(f"self-test: cannot open {db_path}:\n{describe_open_error(exc)}", file=sys.stderr)
        return 1
    step = _Step()
    try:
        try:
            check_intact(store.conn, store.path)
        except DamagedDatabaseError as exc:
            print(f"self-test: {describe_open_error(exc)}", file=sys.stderr)
            return 1
        for problem in report_guide_problems(store, parent=False):
            print(f"self-test: warning: {problem}", file=sys.stderr)
        summary = _check_window(app, store, step)
        print(f"self-test OK: {db_path} ({'new' if store.is_new else 'existing'} database), {summary}")
        return 0
    except Exception:
        print(f"self-test FAILED at {step.name}:", file=sys.stderr)
        traceback.print_exc()
        return 1
    finally:
        store.close()
        held.unlock()


def _check_window(app, store, step: _Step) -> str:
    """Every view shown, every chart drawn, an interview's form and every dialog built; what was seen."""
    from core import interviews as iv
    from ui.main_window import MainWindow, View

    step.name = "main window"
    window = MainWindow(store, remember_state=False)
    window.show()
    app.processEvents()
    for i, title in enumerate(window.view_titles):
        step.name = f"view {title}"
        window.show_view(i)
        view = window.view(i)
        app.processEvents()
        if window.stack.currentWidget() is not view or not view.isVisible():
            raise RuntimeError(f"view {title} was not shown")
    step.name = "municipalities"
    if window.municipalities.model.rowCount() < 300:
        raise RuntimeError(f"only {window.municipalities.model.rowCount()} municipalities in the registry")
    step.name = "schemes"
    if window.schemes.model.rowCount() == 0:
        raise RuntimeError("the scheme catalogue is empty")
    step.name = "charts"
    n_charts = check_charts(window.charts)
    step.name = "interview list and form"
    window.show_view(View.INTERVIEWS)
    app.processEvents()
    listed = iv.list_interviews(store)
    if listed:
        form_window = window.open_interview(listed[0].id)
        check_form(app, form_window.form)
        form_window.close()
    else:  # no interview yet: build the form on one in a scratch database, not in this one
        check_form_in_scratch_database(app)
    _check_dialogs(app, store, window, step)
    window.close()
    return (f"{len(window.view_titles)} views, {window.municipalities.model.rowCount()} municipalities, "
            f"{window.schemes.model.rowCount()} schemes, {n_charts} charts drawn")


def _check_dialogs(app, store, window, step: _Step) -> None:
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.new_interview_dialog import NewInterviewDialog
    from ui.dialogs.scheme_dialog import SchemeDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.welcome_dialog import WelcomeDialog

    for dialog_class in (SettingsDialog, WelcomeDialog, SchemeDialog, NewInterviewDialog, ExportDialog):
        step.name = f"dialog {dialog_class.__name__}"
        dialog = dialog_class(store, parent=window)
        dialog.show()
        app.processEvents()
        dialog.reject()
