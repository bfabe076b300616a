"""A theme renamed on one laptop and removed on another, merged in the window: the navigation counts it, Konflikter
lists it by the theme's name with both values, who and when, and the value chosen settles it; the merge report
names it too."""

from __future__ import annotations

from core.interviews import themes
from core.sync import conflicts as cf
from core.sync.package import make_package
from tests.helpers import make_interview


def _renamed_and_removed(laptops, tmp_path):
    from core.sync import merge as mg

    a, b, _c, _interview = laptops
    make_interview(a, "1804", "2026-03-04", [("quotes", "", "Vi mangler folk i Bodø.")])
    t = themes.create_theme(a, "Bemanning")
    make_package(a, tmp_path / "a1.feltkart")
    mg.merge(b, [tmp_path / "a1.feltkart"])
    themes.update_theme(a, t, name="Bemanning og rekruttering")
    themes.delete_theme(b, t)
    make_package(b, tmp_path / "b2.feltkart")
    return a, t, tmp_path / "b2.feltkart"


def test_a_theme_conflict_is_listed_in_konflikter_and_settled_there(app, qtbot, laptops, tmp_path, monkeypatch):
    from ui import packages
    from ui.main_window import MainWindow, View

    a, t, package = _renamed_and_removed(laptops, tmp_path)
    reports = []
    monkeypatch.setattr(packages.MergeReportDialog, "exec", lambda self: reports.append(self) or 0)
    window = MainWindow(a, remember_state=False)
    qtbot.addWidget(window)
    window.merge_packages([package])
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    summary = reports[0].findChild(__import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel, "mergeSummary")
    assert "1 theme or marked passage was changed on two laptops" in summary.text()
    assert "Theme «Bemanning og rekruttering»: removed on one laptop" in reports[0].text.toPlainText()
    qtbot.waitUntil(lambda: window.conflict_count == 1, timeout=30_000)
    window.show_view(View.CONFLICTS)
    view = window.conflicts
    assert view.list.count() == 1
    assert view.list.item(0).text() == "Theme «Bemanning og rekruttering»: removed on one laptop, changed on another"
    choices = [b.text() for b in view.choices.buttons()]
    assert len(choices) == 2 and choices[0].startswith("«removed»") and "(in use now)" in choices[0]
    assert choices[1].startswith("«kept, with the other laptop's change»")
    changed = []
    window.hub.sig_coding_changed.connect(lambda: changed.append(True))
    view.choices.button(1).setChecked(True)
    view.use_chosen()
    assert view.list.count() == 0 and window.conflict_count == 0 and changed
    assert cf.theme_conflicts(a) == [] and themes.get_theme(a, t).name == "Bemanning og rekruttering"
    view.use_chosen()  # nothing left to settle: a stale click changes nothing and raises nothing
    window.close()


def test_a_theme_conflict_is_worded_in_bokmal(app, qtbot, laptops, tmp_path):
    from core.sync import merge as mg
    from ui.support import i18n
    from ui.support.coding_words import coding_heading, coding_value_texts

    a, t, package = _renamed_and_removed(laptops, tmp_path)
    [c] = mg.merge(a, [package]).theme_conflicts
    i18n.install(app, "nb")
    try:
        assert coding_heading(a, c).startswith("Tema «Bemanning og rekruttering»: ")
        assert [v.split(" – ")[0] for v in coding_value_texts(a, c)][0] != "«removed»"
    finally:
        i18n.install(app, "en")
