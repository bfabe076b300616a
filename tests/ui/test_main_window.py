"""The main window: navigation, the Kommuner view's filters and detail pane, remembered state."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow, View


def make_window(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_views_and_keyboard_navigation(app, qtbot, configured_store):
    window = make_window(qtbot, configured_store)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Interviews", "Quotes", "Municipalities", "Fieldwork", "Schemes", "Charts", "Conflicts"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.interviews)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.schemes)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.municipalities)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.fieldwork)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.charts)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.quotes)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.conflicts)
    assert "Test study" in window.windowTitle()
    assert "Kari Nordmann" in window.study_label.text()


def test_typing_filters_and_detail_follows(app, qtbot, configured_store):
    window = make_window(qtbot, configured_store)
    view = window.municipalities
    qtbot.keyClicks(view.search, "tromsø")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    assert view.count_label.text() == "Showing 1 of 357 municipalities"
    assert view._detail_labels["name"].text() == "Tromsø"
    assert view._detail_labels["number"].text() == "5501"
    assert "3 of 6" in view._detail_labels["class"].text()
    assert view._detail_labels["rural"].text().startswith("No")
    assert "1 January 2026" in view._detail_labels["population"].text()


def test_county_filter_from_the_combo(app, qtbot, configured_store):
    window = make_window(qtbot, configured_store)
    view = window.municipalities
    view.select_county("18")
    assert view.proxy.rowCount() == 41
    assert view.count_label.text() == "Showing 41 of 357 municipalities"
    numbers = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert all(n.startswith("18") for n in numbers)


def test_window_state_is_remembered(app, qtbot, configured_store):
    window = make_window(qtbot, configured_store)
    window.resize(780, 560)
    window.show_view(View.SCHEMES)
    window.municipalities.splitter.setSizes([500, 300])
    window.close()
    assert QSettings().value("mainWindow/view") == "SCHEMES"  # by name: a new view does not move it
    again = make_window(qtbot, configured_store)
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.schemes)
    assert (again.width(), again.height()) == (780, 560)
    assert again.municipalities.splitter.sizes()[0] > again.municipalities.splitter.sizes()[1]


def test_settings_change_refreshes_the_registry(app, qtbot, configured_store):
    from core.reference import study
    from core.reference.registry import RuralDefinition

    window = make_window(qtbot, configured_store)
    view = window.municipalities
    study.save(configured_store, study.load(configured_store).with_changes(registry_version=2020, rural_definition=RuralDefinition.KDD))
    window.hub.sig_settings_changed.emit()
    assert view.model.rowCount() == 356
    assert view.county.count() == 1 + 11
    assert "Registry 2020" in window.study_label.text() and "class 4-6" in window.study_label.text()


@pytest.mark.parametrize("stored,shown", [("3", "charts"), (3, "charts"), ("2", "schemes"), ("FIELDWORK", "fieldwork"),
                                          ("QUOTES", "quotes"), ("CONFLICTS", "conflicts"), ("4", "conflicts"),
                                          ("nonsense", "interviews"), ("99", "interviews")])
def test_the_view_remembered_by_an_older_feltkart_opens(app, qtbot, configured_store, stored, shown):
    QSettings().setValue("mainWindow/view", stored)  # before the Fieldwork view, a view was remembered by place
    window = make_window(qtbot, configured_store)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is getattr(window, shown))


def test_a_view_shown_the_first_time_says_so_before_it_is_built(app, qtbot, configured_store):
    """Diagrammer's first build imports matplotlib: its placeholder («Opening Charts…») is on screen while it
    is built, never the view before it."""
    window = make_window(qtbot, configured_store)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.interviews)
    on_screen = []
    build = window._factories[View.CHARTS]

    def watched():
        current = window.stack.currentWidget()
        on_screen.append(current.text() if hasattr(current, "text") else current)
        return build()

    window._factories[View.CHARTS] = watched
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.charts)
    assert on_screen == ["Opening Charts…"]


def test_the_export_dialog_is_offered_the_charts_filter_once_the_charts_were_shown(app, qtbot, configured_store,
                                                                                   monkeypatch):
    from ui.dialogs.export_dialog import ExportDialog

    window = make_window(qtbot, configured_store)
    opened = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self) or 0)
    window.open_export()
    assert not opened[-1].use_charts.isVisibleTo(opened[-1])  # no charts shown yet: nothing to offer
    window.show_view(View.CHARTS)
    window.charts.drafts.setChecked(True)
    window.open_export()
    assert opened[-1].use_charts.isVisibleTo(opened[-1])
    opened[-1].use_charts.click()
    assert opened[-1].status.currentData() is None  # with drafts, as the charts now count
