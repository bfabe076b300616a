"""Charts checked from the figures' artists (titles, labels, bar sizes, n annotations), not from pixels."""

import pytest

from core import charts, registry, stats
from core import schemes as scheme_catalogue
from tests.core.test_stats import study_db  # noqa: F401 (the fixture)


def texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]


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
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[1] == "DigiFin"
    table = stats.participation(st)
    rural, central = ax.containers
    digifin = st.schemes.index("digifin")
    assert rural.patches[digifin].get_width() == pytest.approx(100 * table[("digifin", stats.RURAL)]["took_part"].share)
    assert central.patches[digifin].get_width() == 0
    assert rural.patches[digifin].get_hatch() == "//"  # n = 2 < 5: hatched
    notes = annotations(ax)
    assert "1/2 (lav n)" in notes and "0/1 (lav n)" in notes
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Distriktskommuner (sentralitet 5-6)", "Sentrale kommuner"]


def test_english_labels(study_db, st):  # noqa: F811
    fig = charts.participation_chart(st, {}, lang="en")
    assert fig._suptitle.get_text() == "Participation in national schemes"
    assert "low n" in " ".join(annotations(fig.axes[0]))


def test_barriers_ranked_with_counts(st):
    fig = charts.barriers_chart(st, [("kapasitet", "Kapasitet"), ("egenandel", "Egenandel"), ("frister", "Frister")])
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    table = stats.barriers(st, ["kapasitet", "egenandel", "frister"])
    shares = [table[(c, stats.RURAL)].share for c in ("kapasitet", "egenandel", "frister")]
    assert labels[0] == "Kapasitet" and shares[0] == max(shares)  # ranked by the rural share
    assert "2/2" in annotations(ax)


def test_benefit_funnel_coverage_and_map_render(study_db, st):  # noqa: F811
    names = {s.code: s.name_nb for s in scheme_catalogue.list_schemes(study_db)}
    fig = charts.benefit_chart(st, names)
    assert "n=1" in annotations(fig.axes[0])
    fig = charts.funnel_chart(st)
    assert len(fig.axes[0].patches) == 6
    cov = stats.coverage(study_db, st)
    fig = charts.coverage_chart(st, cov, {c.number: c.name for c in registry.counties(study_db, 2024)})
    assert "1/108" in annotations(fig.axes[0]) and "3/41" in annotations(fig.axes[1])
    points = [(m.number, m.name, m.latitude, m.longitude) for m in registry.municipalities(study_db, 2024)]
    fig = charts.map_chart(st, points)
    interviewed = next(c for c in fig.axes[0].collections if c.get_gid() == "interviewed")
    assert len(interviewed.get_offsets()) == 3
    fig = charts.map_chart(st, [(m.number, m.name, None, None) for m in registry.municipalities(study_db, 2020)])
    assert "2024" in texts(fig)[0]
