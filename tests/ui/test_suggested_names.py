"""The file names the window suggests (an export, a report, a package, a chart) are valid on Windows, macOS and
Linux and read well, whatever the study's, the coordinator's or the chart's name."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from core.reference import study
from tests.valid_names import assert_valid_everywhere

DEMO = "Demo: distriktskommuner og nasjonale ordninger for innovasjon og omstilling"


def _suggested(monkeypatch) -> list[str]:
    """Records the name each save dialog suggests, and cancels it."""
    seen = []

    def ask(parent, title, path, *rest, **kw):
        seen.append(Path(path).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return seen


@pytest.mark.parametrize("button,suffix", [(0, "xlsx"), (3, "pdf")])
def test_the_export_and_the_report_suggest_a_name_valid_everywhere(app, qtbot, configured_store, monkeypatch,
                                                                   button, suffix):
    from ui.dialogs.export_dialog import ExportDialog

    study.save(configured_store, study.load(configured_store).with_changes(study_name=DEMO))
    seen = _suggested(monkeypatch)
    dialog = ExportDialog(configured_store)
    qtbot.addWidget(dialog)
    dialog.format_buttons.button(button).setChecked(True)
    dialog.choose_and_export()
    assert seen == [f"Demo - distriktskommuner og nasjonale ordninger for.{suffix}"]  # cut after a whole word
    assert_valid_everywhere(seen[0], suffix)


def test_a_package_is_suggested_a_name_valid_everywhere(app, qtbot, configured_store, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from ui.packages import make_package

    study.save(configured_store, study.load(configured_store).with_changes(coordinator_name="Kari Nordmann / Bodø?"))
    seen = _suggested(monkeypatch)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert make_package(parent, configured_store, recipient=None) is None
    assert seen == ["Kari Nordmann - Bodø.feltkart"]
    assert_valid_everywhere(seen[0], "feltkart")


def test_a_chart_is_suggested_its_name(app, qtbot, study_db, monkeypatch):
    from ui.main_window import MainWindow, View

    window = MainWindow(study_db, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    view = window.charts
    window.show_view(View.CHARTS)
    qtbot.waitUntil(lambda: view.data is not None and not view.computing, timeout=20000)
    view.chart_list.setCurrentRow(1)
    seen = _suggested(monkeypatch)
    assert view.export_chart() is None
    assert seen == ["Awareness to participation.png"]
