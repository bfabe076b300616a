"""The charts view: numbers computed off the GUI thread, filters, the Numbers tab, export, copy, refresh."""

import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolTip

from core.interviews import passages, themes
from tests.helpers import make_interview as make
from ui.main_window import MainWindow, View
from ui.views.charts_view import ChartsView

DONE_MS = 20000


@pytest.fixture
def window(app, qtbot, study_db):  # noqa: F811
    w = MainWindow(study_db, remember_state=False)
    qtbot.addWidget(w)
    w.show()
    return w


def shown(qtbot, window) -> ChartsView:
    view = window.charts
    window.show_view(View.CHARTS)
    qtbot.waitUntil(lambda: view.data is not None and not view.computing, timeout=DONE_MS)
    return view


def recompute(qtbot, view, action):
    with qtbot.waitSignal(view.sig_updated, timeout=DONE_MS):
        action()


def test_numbers_and_chart_of_the_study(qtbot, window):
    view = shown(qtbot, window)
    assert view.status.text() == "3 municipalities from 4 interviews"
    assert view.canvas is not None and view.figure._suptitle.get_text() == "Participation in national schemes"
    model = view.table_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Scheme", "Group", "n"]
    rows = {(model.index(r, 0).data(), model.index(r, 1).data()): [model.index(r, c).data() for c in range(2, 7)]
            for r in range(model.rowCount())}
    assert rows[("DigiFin", "Rural (5-6)")] == ["2", "2", "1", "1", "50 % (9–91)"]
    assert rows[("DigiFin", "Central")] == ["1", "1", "0", "0", "0 % (0–79)"]  # Bodø: aware, applied no in the end
    assert "latest interview" in view.rule.text()


def test_filters_recompute(qtbot, window):
    view = shown(qtbot, window)
    recompute(qtbot, view, lambda: view.drafts.setChecked(True))
    assert view.status.text() == "3 municipalities from 5 interviews"
    recompute(qtbot, view, lambda: view.grouping.setCurrentIndex(view.grouping.findData("classes")))
    assert len(view.figure.axes[0].containers) == 6
    recompute(qtbot, view, lambda: view.county.setCurrentIndex(view.county.findData("03")))
    assert view.status.text() == "0 municipalities from 0 interviews"
    assert any("Oslo" in t.get_text() for t in view.figure.texts)
    view.county.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not view.computing and view.status.text().startswith("3"), timeout=DONE_MS)
    recompute(qtbot, view, lambda: (view.date_from.setText("15.02.2026"), view.date_from.editingFinished.emit()))
    assert view.status.text() == "3 municipalities from 3 interviews"  # drafts on: Hattfjelldal 1.3, Bodø 20.2, Hemnes 10.4


def test_a_date_that_does_not_exist_is_refused(qtbot, window):
    view = shown(qtbot, window)
    view.date_to.setText("31.02.2026")
    view.date_to.editingFinished.emit()
    assert "is not a date" in view.status.text()
    assert "dd.mm.yyyy" in view.date_to.toolTip()
    assert view.current_filter() is None
    assert not view.computing and not view._refresh_timer.isActive()  # nothing is computed for it


def test_refreshes_when_interviews_change(qtbot, window, study_db):  # noqa: F811
    view = shown(qtbot, window)
    make(study_db, "1820", "2026-05-01", [("applied", "digifin", "nei")])  # Alstahaug, class 4
    recompute(qtbot, view, lambda: window.hub.sig_interviews_changed.emit())
    assert view.status.text() == "4 municipalities from 5 interviews"


def test_every_chart_and_its_table(qtbot, window, study_db):
    from core.fieldwork import contacts, sample

    sample.make(study_db, "imported", ["1826", "1832", "1804", "0301"])
    contacts.add_attempt(study_db, "0301", "2026-03-02T09:00", "telefon", "refused", final=True)
    themes.create_theme(study_db, "Kapasitet")  # raised by none: a row of each group still
    view = shown(qtbot, window)
    for row, kind in enumerate(view.kinds):
        view.chart_list.setCurrentRow(row)
        assert view.kind == kind and view.figure is not None and view.table_model.rowCount() > 0
        assert view.colour_by.isVisibleTo(view) == (kind == "map")
    view.chart_list.setCurrentRow(view.kinds.index("map"))
    view.colour_by.setCurrentIndex(view.colour_by.findData("digifin"))
    assert view.figure._suptitle.get_text() == "Participation in DigiFin"
    assert view.table_model.headerData(5, Qt.Orientation.Horizontal) == "Took part in DigiFin"


def test_map_hover_names_the_municipality(qtbot, window):
    view = shown(qtbot, window)
    view.chart_list.setCurrentRow(view.kinds.index("map"))
    view.canvas.resize(700, 800)
    view.canvas.draw()
    ax = view.figure.axes[0]
    point = next(p for p in view.data.points if p.number == "1826")
    x, y = ax.transData.transform((point.longitude, point.latitude))
    view.canvas.callbacks.process("motion_notify_event", MouseEvent("motion_notify_event", view.canvas, x, y))
    qtbot.waitUntil(lambda: "Hattfjelldal" in QToolTip.text())
    assert "Nordland" in QToolTip.text() and "2 interviews" in QToolTip.text()


@pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_save_chart(qtbot, window, tmp_path, monkeypatch, suffix, magic):
    view = shown(qtbot, window)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / f"deltakelse{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert view.export_chart() == target
    assert target.read_bytes().startswith(magic)
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary file left


def test_save_chart_to_a_folder_that_is_gone_says_so(qtbot, window, tmp_path, monkeypatch):
    view = shown(qtbot, window)
    target = tmp_path / "gone" / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append((title, text)))
    assert view.export_chart() is None
    assert warnings and str(target) in warnings[0][1] and "Choose another folder" in warnings[0][1]
    assert not target.exists()


def test_suffix_follows_the_chosen_format(qtbot, window, tmp_path, monkeypatch):
    view = shown(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "chart"), "SVG (*.svg)"))
    assert view.export_chart() == tmp_path / "chart.svg"


def test_copy_chart_and_numbers(qtbot, window):
    view = shown(qtbot, window)
    view.copy()
    assert not QApplication.clipboard().image().isNull()
    view.tabs.setCurrentWidget(view.numbers)
    view.copy()
    text = QApplication.clipboard().text()
    assert text.startswith("Scheme\tGroup\tn\t") and "DigiFin\tRural (5-6)\t2\t2\t1\t1\t50 % (9–91)" in text
    # the comparisons below the numbers are copied with them
    assert "\nRural against central\nIndicator\t" in text and "\nTrend across the centrality classes\n" in text


def test_the_response_rate_chart_states_its_rule_and_numbers(qtbot, window, study_db):
    from core.fieldwork import contacts, sample

    sample.make(study_db, "imported", ["1826", "1832", "1804", "0301"])
    contacts.add_attempt(study_db, "0301", "2026-03-02T09:00", "telefon", "refused", final=True)
    view = shown(qtbot, window)
    view.chart_list.setCurrentRow(view.kinds.index("response"))
    assert view.figure._suptitle.get_text() == "Response rate in the sample"
    assert "AAPOR" in view.rule.text() and "RR1 = I/(I+P+R+NC+O)" in view.rule.text()
    model = view.table_model
    rows = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 9)] for r in range(model.rowCount())}
    # Hattfjelldal and Hemnes complete, Bodø complete (Nordland), Oslo refused: 3 of 4
    assert rows["All"] == ["4", "3", "0", "1", "0", "0", "0", "75 %"]
    view.chart_list.setCurrentRow(view.kinds.index("participation"))
    assert "latest interview" in view.rule.text()


def test_the_numbers_tab_compares_rural_and_central_for_the_charts_measures(qtbot, window):
    view = shown(qtbot, window)
    (title, table, model), (trend_title, _, trends) = view.comparisons
    assert title.text() == "Rural against central" and trend_title.text() == "Trend across the centrality classes"
    rows = {model.index(r, 1).data(): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}
    assert {r[0] for r in rows.values()} == {"Took part (of those interviewed)"}  # the participation chart's measure
    assert rows["DigiFin"][2:7] == ["1/2", "50 % (9–91)", "0/1", "0 % (0–79)", "50"]
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    view.chart_list.setCurrentRow(view.kinds.index("funnel"))
    indicators = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert indicators == {"Aware (of those interviewed)", "Applied (of those aware)", "Took part (of those that applied)"}
    view.chart_list.setCurrentRow(view.kinds.index("barriers"))
    assert {model.index(r, 0).data() for r in range(model.rowCount())} == {
        "Names the barrier (of those interviewed)", "Most important barrier (of those naming one)"}
    assert not trend_title.parentWidget().isVisibleTo(view.numbers)  # no trend for the barriers
    view.chart_list.setCurrentRow(view.kinds.index("map"))
    assert not title.parentWidget().isVisibleTo(view.numbers)  # the map compares nothing


def test_the_counting_rule_can_be_chosen(qtbot, window):
    """Latest interview only: Hattfjelldal's later interview does not know DigiFin, so rural awareness falls
    from 2 of 2 to 1 of 2; the rule under the chart says which rule counts."""
    view = shown(qtbot, window)
    assert "if at least one of its interviews says so" in view.rule.text()
    recompute(qtbot, view, lambda: view.rule_choice.setCurrentIndex(view.rule_choice.findData("latest")))
    assert view.current_filter().rule == "latest"
    assert "only its latest interview in the selection counts" in view.rule.text()
    model = view.table_model
    rows = {(model.index(r, 0).data(), model.index(r, 1).data()): model.index(r, 3).data()
            for r in range(model.rowCount())}
    assert rows[("DigiFin", "Rural (5-6)")] == "1"
    assert view.status.text() == "3 municipalities from 4 interviews"  # every interview still counts as made


def test_a_period_that_ends_before_it_begins_is_refused(qtbot, window):
    view = shown(qtbot, window)
    shown_before = view.data
    view.date_from.setText("01.03.2026")
    view.date_to.setText("01.02.2026")
    view.date_to.editingFinished.emit()
    assert "is before «From»" in view.status.text() and "01.02.2026" in view.status.text()
    assert "ends before it begins" in view.date_to.toolTip()
    assert view.current_filter() is None
    assert not view.computing and not view._refresh_timer.isActive() and view.data is shown_before
    recompute(qtbot, view, lambda: (view.date_to.setText("31.03.2026"), view.date_to.editingFinished.emit()))
    assert view.date_to.toolTip() == "" and view.current_filter().date_to == "2026-03-31"


def test_a_saved_chart_carries_its_rules(qtbot, window, tmp_path, monkeypatch):
    view = shown(qtbot, window)
    fig = view.build_figure(with_rule=True)
    notes = " ".join(t.get_text() for t in fig.texts if t.get_gid() == "footnote").split()
    assert "95 % confidence interval (Wilson)" in " ".join(notes) and "* Rural and central differ" in " ".join(notes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "c.png"), "PNG (*.png)"))
    built = []
    original = view.build_figure
    monkeypatch.setattr(view, "build_figure", lambda *a, **k: built.append(k) or original(*a, **k))
    assert view.export_chart() == tmp_path / "c.png"
    assert built == [{"with_rule": True}]


def test_six_classes_scroll_rather_than_squeeze(qtbot, window):
    view = shown(qtbot, window)
    recompute(qtbot, view, lambda: view.grouping.setCurrentIndex(view.grouping.findData("classes")))
    assert view.figure.get_size_inches()[1] > 6
    assert view.canvas.minimumHeight() > 6 * 64


def test_one_municipality_from_one_interview_is_said_in_the_singular(qtbot, window):
    view = shown(qtbot, window)
    recompute(qtbot, view, lambda: (view.date_from.setText("25.02.2026"), view.date_from.editingFinished.emit()))
    assert view.status.text() == "1 municipality from 1 interview"  # Hattfjelldal's interview of 1 March


def test_the_themes_chart_counts_municipalities_with_n_and_follows_the_filters(app, qtbot, configured_store):
    s = configured_store
    rural = make(s, "1826", "2026-03-02", [("quotes", "", "Vi har ikke folk til å søke")])  # Hattfjelldal, 6
    make(s, "1832", "2026-03-03", [("quotes", "", "Det gikk greit")])  # Hemnes, 5: raised nothing
    central = make(s, "0301", "2026-04-10", [("notes", "", "Oslo har egne folk til søknader")])  # Oslo, 1
    capacity, deadlines = themes.create_theme(s, "Kapasitet"), themes.create_theme(s, "Frister")
    sub = themes.create_theme(s, "Bemanning", parent=capacity)
    passages.mark(s, rural, "quotes", "", 0, 10, [sub])  # a sub-theme counts for its main theme
    passages.mark(s, central, "notes", "", 0, 4, [capacity, deadlines])
    window = MainWindow(s, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.show_chart("themes")
    view = window.charts
    qtbot.waitUntil(lambda: view.data is not None and not view.computing, timeout=DONE_MS)
    assert view.kind == "themes" and view.chart_list.currentItem().text() == "Themes"
    assert view.figure._suptitle.get_text() == "Themes the municipalities raised"
    legend = [t.get_text() for t in view.figure.axes[0].get_legend().get_texts()]
    assert any("(n=2)" in t for t in legend) and any("(n=1)" in t for t in legend)
    assert view.status.text() == "3 municipalities from 3 interviews"
    rows = {(view.table_model.index(r, 0).data(), view.table_model.index(r, 1).data()):
            [view.table_model.index(r, c).data() for c in (2, 3)] for r in range(view.table_model.rowCount())}
    assert rows[("Kapasitet", "Rural (5-6)")] == ["2", "1"] and rows[("Kapasitet", "Central")] == ["1", "1"]
    assert rows[("Kapasitet: Bemanning", "Rural (5-6)")] == ["2", "1"]
    assert rows[("Frister", "Rural (5-6)")] == ["2", "0"] and rows[("Frister", "Central")] == ["1", "1"]
    recompute(qtbot, view, lambda: view.county.setCurrentIndex(view.county.findData("03")))
    assert view.theme_counts.total[capacity].n == 1  # Oslo alone
    view.county.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not view.computing and view.theme_counts.total[capacity].n == 3, timeout=DONE_MS)
    passages.mark(s, rural, "quotes", "", 11, 14, [deadlines])  # marked in Sitater: the chart follows
    recompute(qtbot, view, lambda: window.hub.sig_coding_changed.emit())
    assert view.theme_counts.table[(deadlines, "rural")].count == 1
    assert not view.placeholder.isVisibleTo(view)


def test_the_themes_chart_without_themes_says_how_to_begin(qtbot, window):
    view = shown(qtbot, window)
    view.chart_list.setCurrentRow(view.kinds.index("themes"))
    assert view.placeholder.isVisibleTo(view) and "Sitater (Ctrl+2)" in view.placeholder.text()
