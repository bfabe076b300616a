"""Charts checked from the figures' artists (titles, labels, bar sizes, n annotations), not from pixels."""

import pytest

from core.analysis import chartdata, stats
from core.reference import registry
from core.reference import schemes as scheme_catalogue
from core.render import charts, tables


def texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]


def categories(ax, axis="y"):
    """The bars' names beside the axis: position on the axis -> text."""
    at = 1 if axis == "y" else 0
    return {t.get_position()[at]: t.get_text() for t in ax.texts if t.get_gid() == "category"}


def annotations(ax):
    return [c.get_text() for c in ax.get_children() if getattr(c, "get_gid", lambda: None)() == "n"]


@pytest.fixture
def st(study_db):  # noqa: F811
    return stats.compute(study_db)


def test_participation_bars_are_the_shares_with_n(study_db, st):  # noqa: F811
    names = {s.code: s.name_nb for s in scheme_catalogue.list_schemes(study_db)}
    fig = charts.participation_chart(st, names)
    ax = fig.axes[0]
    assert fig._suptitle.get_text() == "Deltakelse i nasjonale ordninger"
    assert any("n = 3 kommuner" in t for t in texts(fig))
    assert ax.get_xlabel() == "Andel kommuner som har deltatt (%)"
    table = stats.participation(st)
    rural, central = ax.containers
    digifin = st.schemes.index("digifin")
    assert categories(ax)[digifin] == "DigiFin"
    bar = rural.patches[digifin]  # the name is level with its bars
    assert bar.get_y() < digifin < bar.get_y() + 2 * bar.get_height()
    assert rural.patches[digifin].get_width() == pytest.approx(100 * table[("digifin", stats.RURAL)]["took_part"].share)
    assert central.patches[digifin].get_width() == 0
    assert rural.patches[digifin].get_hatch() == "//"  # n = 2 < 10: hatched and pale
    assert rural.patches[digifin].get_alpha() == pytest.approx(0.45)
    notes = annotations(ax)
    assert "1/2 (lav n)" in notes and "0/1 (lav n)" in notes
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Distriktskommuner (sentralitet 5-6) (n=2)",
                                                                   "Sentrale kommuner (n=1)"]
    # the markers' rule under the chart, though nothing is marked with groups this small
    assert any(t.startswith("* Distrikt og sentral er forskjellige") for t in texts(fig))
    assert not [t for t in ax.texts if t.get_gid() == "marker"]


def test_english_labels(study_db, st):  # noqa: F811
    fig = charts.participation_chart(st, {}, lang="en")
    assert fig._suptitle.get_text() == "Participation in national schemes"
    assert "low n" in " ".join(annotations(fig.axes[0]))


def test_barriers_ranked_with_counts(st):
    fig = charts.barriers_chart(st, [("kapasitet", "Kapasitet"), ("egenandel", "Egenandel"), ("frister", "Frister")])
    ax = fig.axes[0]
    labels = [text for _, text in sorted(categories(ax).items())]
    assert ax.get_ylim()[0] > ax.get_ylim()[1]  # the first row on top
    table = stats.barriers(st, ["kapasitet", "egenandel", "frister"])
    shares = [table[(c, stats.RURAL)].share for c in ("kapasitet", "egenandel", "frister")]
    assert labels[0] == "Kapasitet" and shares[0] == max(shares)  # ranked by the rural share
    assert "2/2 (lav n)" in annotations(ax)  # a tiny group is labelled on every chart


def test_benefit_funnel_coverage_and_map_render(study_db, st):  # noqa: F811
    names = {s.code: s.name_nb for s in scheme_catalogue.list_schemes(study_db)}
    fig = charts.benefit_chart(st, names)
    notes = annotations(fig.axes[0])
    assert "distrikt n=1 (lav n)" in notes and "sentral ingen data" in notes  # Hattfjelldal's latest benefit: 5
    full = [p for p in fig.axes[0].patches if p.get_width() == pytest.approx(100)]
    assert len(full) == 1 and full[0].get_facecolor()[:3] == pytest.approx((0, 0x72 / 255, 0xB2 / 255))
    assert full[0].get_x() == pytest.approx(0) and full[0].get_hatch() == "//"
    fig = charts.funnel_chart(st)
    assert [len(ax.patches) for ax in fig.axes] == [2 * len(st.schemes)] * 3  # three steps, a bar per group
    assert [ax.get_title() for ax in fig.axes] == ["Kjenner til\n(av de intervjuede kommunene)",
                                                   "Har søkt\n(av dem som kjenner ordningen)",
                                                   "Har deltatt\n(av dem som søkte)"]
    digifin = st.schemes.index("digifin")
    # rural: both aware (2/2), one of the two applied (1/2), the one that applied took part (1/1)
    assert [ax.containers[0].patches[digifin].get_width() for ax in fig.axes] == pytest.approx([100, 50, 100])
    cov = stats.coverage(study_db, st)
    fig = charts.coverage_chart(st, cov, {c.number: c.name for c in registry.counties(study_db, 2024)})
    assert "1/108" in annotations(fig.axes[0]) and "3/41" in annotations(fig.axes[2])
    assert categories(fig.axes[0], "x") == {k: str(k + 1) for k in range(6)}
    assert "Nordland" in categories(fig.axes[2], "x").values()
    tallest = max(p.get_height() for p in fig.axes[0].patches)
    assert fig.axes[0].get_ylim()[1] > tallest  # every bar inside the axes
    points = chartdata.prepare(study_db, stats.StatsFilter()).points
    fig = charts.map_chart(st, points)
    interviewed = next(c for c in fig.axes[0].collections if c.get_gid() == "interviewed")
    assert len(interviewed.get_offsets()) == 3
    no_points = [chartdata.Point(m.number, m.name, m.county_number, m.county_name, m.centrality_class, None, None)
                 for m in registry.municipalities(study_db, 2020)]
    fig = charts.map_chart(st, no_points)
    assert "2024" in texts(fig)[0]


def test_six_classes_give_six_groups_of_bars(study_db):  # noqa: F811
    data = chartdata.prepare(study_db, stats.StatsFilter(by_class=True))
    fig = charts.figure("participation", data)
    ax = fig.axes[0]
    assert len(ax.containers) == 6
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0] == "Klasse 1 (mest sentral) (n=0)" and legend[5] == "Klasse 6 (minst sentral) (n=1)"
    digifin = data.stats.schemes.index("digifin")
    assert ax.containers[5].patches[digifin].get_width() == pytest.approx(100.0)  # Hattfjelldal took part: 1/1
    assert ax.containers[2].patches[digifin].get_width() == 0  # Bodø: 0/1
    assert "1/1 (lav n)" in annotations(ax) and "ingen data" in annotations(ax)  # an empty class: no data, no 0 %
    assert "0/0" not in " ".join(annotations(ax))
    assert any(t.startswith("† Andelen stiger eller faller") for t in texts(fig))  # the trend's rule
    fig = charts.figure("funnel", data)
    assert [len(ax.patches) for ax in fig.axes] == [6 * len(data.stats.schemes)] * 3  # six classes in each step
    # six classes: the chart grows so that each bar keeps room for its count
    assert fig.get_size_inches()[1] >= 0.17 * 6 * len(data.stats.schemes)


def test_subtitle_names_the_county_and_dates_in_norwegian(study_db):  # noqa: F811
    f = stats.StatsFilter(county="18", date_from="2026-02-01", date_to="2026-03-31")
    fig = charts.figure("coverage", chartdata.prepare(study_db, f))
    assert any("Nordland · 01.02.2026 – 31.03.2026" in t for t in texts(fig))


def test_map_coloured_by_a_scheme(study_db):  # noqa: F811
    data = chartdata.prepare(study_db, stats.StatsFilter())
    fig = charts.figure("map", data, scheme="digifin")
    by_gid = {c.get_gid(): len(c.get_offsets()) for c in fig.axes[0].collections}
    assert by_gid == {"took_part": 1, "not_took_part": 2, "other": 354}
    assert fig._suptitle.get_text() == "Deltakelse i DigiFin"


def test_tables_behind_the_charts(study_db):  # noqa: F811
    data = chartdata.prepare(study_db, stats.StatsFilter())
    head, rows = tables.table("participation", data)
    assert head[:3] == ["Ordning", "Gruppe", "n"]
    digifin_rural = next(r for r in rows if r[0] == "DigiFin" and r[1] == "Distrikt (5-6)")
    assert digifin_rural[2:] == [2, 2, 1, 1, "50 % (9–91)"]  # n, aware, applied, took part, share (Wilson)
    head, rows = tables.table("benefit", data)
    assert next(r for r in rows if r[0] == "DigiFin" and r[1] == "Distrikt (5-6)")[2:] == [1, 0, 0, 0, 0, 1, 0,
                                                                                     "100 % (21–100)"]
    head, rows = tables.table("coverage", data, "en")
    assert head == ["Division", "Name", "Interviewed", "Municipalities", "Share"]
    assert ["County", "Nordland", 3, 41, "7 %"] in rows
    head, rows = tables.table("map", data, scheme="digifin")
    assert len(rows) == 357 and head[-1] == "Deltatt i DigiFin"
    assert next(r for r in rows if r[0] == "1826")[4:] == [2, "ja"]
    head, rows = tables.table("barriers", data)
    kapasitet = next(r for r in rows if r[0] == "Mangel på kapasitet/tid" and r[1] == "Distrikt (5-6)")
    assert kapasitet[2:] == [2, 2, "100 % (34–100)", 1, 0]  # only 1826 names a main barrier: egenandel (its latest)
    head, rows = tables.table("funnel", data)  # municipalities, each step out of the one before
    assert len(rows) == 2 * len(data.stats.schemes)
    assert next(r for r in rows if r[0] == "DigiFin" and r[1] == "Distrikt (5-6)")[2:] == [
        2, 2, "100 % (34–100)", 1, "50 % (9–91)", 1, "100 % (21–100)"]


def _sampled(study_db):  # noqa: F811
    from core.fieldwork import contacts, sample

    sample.make(study_db, "imported", ["1826", "1832", "1804", "0301", "1820"])
    contacts.add_attempt(study_db, "0301", "2026-03-02T09:00", "telefon", "refused", final=True)
    return chartdata.prepare(study_db, stats.StatsFilter(by_class=True))


def test_the_response_chart_splits_each_group_by_disposition_with_the_interval_of_rr1(study_db):  # noqa: F811
    from core.analysis.inference import wilson

    data = _sampled(study_db)
    fig = charts.figure("response", data, "en")
    ax = fig.axes[0]
    names = [c.get_label() for c in ax.containers]
    assert names == ["I: complete interview", "P: partial interview", "R: refusal", "NC: non-contact", "O: other"]
    ys = {round(y, 1): label for y, label in categories(ax).items()}
    total_y = next(y for y, label in ys.items() if label == "All")
    complete = next(b for b in ax.containers[0] if round(b.get_y() + b.get_height() / 2, 1) == total_y)
    assert complete.get_width() == pytest.approx(100 * 3 / 5)  # Hattfjelldal, Hemnes, Bodø of five
    low, high = wilson(3, 5)
    whiskers = [line for line in ax.lines if line.get_gid() == "interval" and line.get_ydata()[0] == total_y]
    assert [round(x, 6) for x in whiskers[0].get_xdata()] == [round(100 * low, 6), round(100 * high, 6)]
    assert "RR1 60 % (23–88) · RR2 60 % · n = 5 (low n)" in annotations(ax)  # fewer than ten


def test_the_progress_chart_has_a_line_per_class_in_the_sample(study_db):  # noqa: F811
    data = _sampled(study_db)
    fig = charts.figure("progress", data, "en")
    labels = sorted(line.get_label() for line in fig.axes[0].lines)
    classes = {m.number: m.centrality_class for m in registry.municipalities(study_db, 2024)}
    expected = {}
    for number in ("1826", "1832", "1804", "0301", "1820"):
        k = classes[number]
        done = number in ("1826", "1832", "1804")
        count, total = expected.get(k, (0, 0))
        expected[k] = (count + done, total + 1)
    assert len(labels) == len(expected)
    for k, (count, total) in expected.items():
        assert any(label.startswith(f"Class {k}") and label.endswith(f": {count}/{total}") for label in labels)


def test_fieldwork_charts_without_a_sample_say_so(study_db):  # noqa: F811
    data = chartdata.prepare(study_db, stats.StatsFilter())
    for kind in ("response", "progress"):
        assert "The study has no sample yet: make it in Fieldwork." in texts(charts.figure(kind, data, "en"))


def test_a_county_filter_leaves_the_other_counties_out_of_the_map_legend(study_db):  # noqa: F811
    data = chartdata.prepare(study_db, stats.StatsFilter(county="18"))
    fig = charts.figure("map", data)
    by_gid = {c.get_gid(): len(c.get_offsets()) for c in fig.axes[0].collections}
    assert by_gid == {"outside": 357 - 41, "other": 41 - 3, "interviewed": 3}
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["Andre fylker", "Ikke intervjuet (38)", "Intervjuet (3)"]


def test_coverage_shows_interviews_per_municipality_by_group(study_db):  # noqa: F811
    data = chartdata.prepare(study_db, stats.StatsFilter())
    fig = charts.figure("coverage", data, "en")
    middle = fig.axes[1]
    assert middle.get_title() == "Interviews per municipality"
    # rural: Hattfjelldal twice, Hemnes once (1.5); central: Bodø once
    assert [c.patches[0].get_height() for c in middle.containers] == pytest.approx([1.5, 1.0])
    assert "1.50\n(n=2)" in annotations(middle)
    assert fig.axes[0].get_legend().get_texts()[0].get_text() == "Municipalities in the registry"


def test_a_saved_chart_states_its_rules(study_db, tmp_path):  # noqa: F811
    data = chartdata.prepare(study_db, stats.StatsFilter(rule="latest"))
    fig = charts.figure("participation", data, "en", with_rule=True)
    notes = [t.get_text() for t in fig.texts if t.get_gid() == "footnote"]
    assert len(notes) == 1
    flat = " ".join(notes[0].split())
    assert "* Rural and central differ" in flat and "only its latest interview in the selection counts" in flat
    assert "95 % confidence interval (Wilson)" in flat and "fewer than 10 municipalities" in flat
    assert fig.get_layout_engine().margins["bottom"] > 0.6 + 0.3  # room made for the notes
    assert charts.save(fig, tmp_path / "chart.png", "png").stat().st_size > 0
    fig = charts.figure("response", data, "en", with_rule=True)
    assert any("AAPOR" in t.get_text() for t in fig.texts if t.get_gid() == "footnote")


def test_a_difference_that_holds_is_marked(configured_store):  # noqa: F811
    """Twelve rural municipalities none of which took part in DigiFin against twelve central ones that all
    did: "*" beside DigiFin, and the Tall tab's comparison says so."""
    from tests.helpers import make_interview

    everyone = registry.municipalities(configured_store, 2024)
    rural = [m.number for m in everyone if m.centrality_class == 6][:12]
    central = [m.number for m in everyone if m.centrality_class <= 2][:12]
    for number in rural:
        make_interview(configured_store, number, "2026-03-01", [("aware", "digifin", "kjenner_til"),
                                                                 ("applied", "digifin", "nei")])
    for number in central:
        make_interview(configured_store, number, "2026-03-01", [("aware", "digifin", "kjenner_til"),
                                                                 ("applied", "digifin", "ja"),
                                                                 ("took_part", "digifin", "ja")])
    data = chartdata.prepare(configured_store, stats.StatsFilter())
    fig = charts.figure("participation", data)
    ax = fig.axes[0]
    markers = {round(t.get_position()[1]): t.get_text() for t in ax.texts if t.get_gid() == "marker"}
    assert markers == {data.stats.schemes.index("digifin"): "*"}
    (title, (head, rows)), (trend_title, _) = tables.comparisons("participation", data, "en")
    assert title == "Rural against central" and trend_title == "Trend across the centrality classes"
    digifin = next(r for r in rows if r[1] == "DigiFin")
    assert digifin[2:7] == ["0/12", "0 % (0–24)", "12/12", "100 % (76–100)", "-100"]
    assert digifin[8] == "< 0.001" and digifin[-1] == "*"
    other = next(r for r in rows if r[1] != "DigiFin")
    assert other[-1] == ""
