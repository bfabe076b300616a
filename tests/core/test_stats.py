"""core/stats.py against a brute-force count over the raw answers of a small, hand-checkable study."""


from core import interviews as iv
from core.analysis import stats
from core.reference.registry import RuralDefinition
from tests.helpers import make_interview as make


def brute_force(store, include_drafts=False):
    """Independent combination, straight from the interviews' answers."""
    per_muni: dict[str, dict] = {}
    rows = sorted(iv.list_interviews(store), key=lambda s: (s.interview_date, s.updated_at))
    for summary in rows:
        if summary.status != "complete" and not include_drafts:
            continue
        a = iv.get(store, summary.id).answers
        m = per_muni.setdefault(summary.municipality, {"class": summary.centrality_class, "aware": False, "applied": False,
                                                       "took": False, "benefit": None, "barriers": set(), "main": None})
        m["aware"] |= a.get(("aware", "digifin")) in ("kjenner_til", "kjenner_godt")
        applied = a.get(("applied", "digifin")) == "ja"
        m["applied"] |= applied
        took = applied and a.get(("took_part", "digifin")) == "ja"
        m["took"] |= took
        if took and a.get(("benefit", "digifin")) is not None:
            m["benefit"] = a[("benefit", "digifin")]  # rows are in date order: the latest wins
        m["barriers"] |= set(a.get(("barriers", ""), []))
        m["main"] = a.get(("barrier_main", "")) or m["main"]
    return per_muni


def test_participation_matches_brute_force(study_db):
    st = stats.compute(study_db)
    raw = brute_force(study_db)
    assert st.interviews == 4  # two Hattfjelldal, one Hemnes, one Bodø; the draft and the deleted are out
    assert sorted(m.number for m in st.municipalities) == sorted(raw) == ["1804", "1826", "1832"]
    table = stats.participation(st, by_class=True)
    for klass in range(1, 7):
        members = [m for m in raw.values() if m["class"] == klass]
        cell = table[("digifin", klass)]
        assert cell["aware"] == stats.Cell(sum(m["aware"] for m in members), len(members))
        assert cell["applied"] == stats.Cell(sum(m["applied"] for m in members), len(members))
        assert cell["took_part"] == stats.Cell(sum(m["took"] for m in members), len(members))
    # by hand: class 6 = Hattfjelldal: aware (the first interview), applied, took part
    assert table[("digifin", 6)]["took_part"] == stats.Cell(1, 1)
    # class 5 = Hemnes: aware, not applied (the draft that says so is excluded)
    assert table[("digifin", 5)]["applied"] == stats.Cell(0, 1)
    # class 3 = Bodø: the stale took_part = ja behind applied = nei does not count
    assert table[("digifin", 3)]["took_part"] == stats.Cell(0, 1)
    # an empty group: n = 0 and no share, not a division by zero
    assert table[("digifin", 4)]["aware"] == stats.Cell(0, 0) and table[("digifin", 4)]["aware"].share is None
    rural = stats.participation(st)[("digifin", stats.RURAL)]
    assert rural["applied"] == stats.Cell(1, 2) and rural["applied"].share == 0.5 and rural["applied"].low_n


def test_benefit_is_the_latest_interviews(study_db):
    st = stats.compute(study_db)
    table = stats.benefit(st)
    assert table[("digifin", stats.RURAL)][5] == stats.Cell(1, 1)
    assert table[("digifin", stats.RURAL)][3] == stats.Cell(0, 1)
    assert table[("digifin", stats.CENTRAL)][5] == stats.Cell(0, 0)


def test_drafts_are_included_on_request(study_db):
    st = stats.compute(study_db, stats.StatsFilter(include_drafts=True))
    raw = brute_force(study_db, include_drafts=True)
    assert st.interviews == 5
    hemnes = next(m for m in st.municipalities if m.number == "1832")
    assert ("digifin" in hemnes.took_part) == raw["1832"]["took"] is True
    assert hemnes.benefit["digifin"] == raw["1832"]["benefit"] == 4


def test_barriers_and_main_barrier(study_db):
    st = stats.compute(study_db)
    raw = brute_force(study_db)
    choices = ["kapasitet", "egenandel", "frister", "rapportering"]
    table = stats.barriers(st, choices)
    for choice in choices:
        for group, classes in ((stats.RURAL, {5, 6}), (stats.CENTRAL, {1, 2, 3, 4})):
            members = [m for m in raw.values() if m["class"] in classes]
            assert table[(choice, group)] == stats.Cell(sum(choice in m["barriers"] for m in members), len(members))
    main = stats.main_barrier(st, choices)
    assert main[("egenandel", stats.RURAL)] == stats.Cell(1, 1)  # Hattfjelldal's latest interview
    assert main[("kapasitet", stats.RURAL)] == stats.Cell(0, 1)


def test_filters_and_rural_definition(study_db):
    st = stats.compute(study_db, stats.StatsFilter(county="18"))
    assert sorted(m.number for m in st.municipalities) == ["1804", "1826", "1832"]
    st = stats.compute(study_db, stats.StatsFilter(date_from="2026-02-15"))
    assert sorted(m.number for m in st.municipalities) == ["1804", "1826"]
    assert next(m for m in st.municipalities if m.number == "1826").interviews == 1
    kdd = stats.compute(study_db, stats.StatsFilter(rural_definition=RuralDefinition.KDD))
    assert len(kdd.in_group(stats.RURAL)) == 2  # class 3 Bodø stays central under 4-6 too
    st = stats.compute(study_db, stats.StatsFilter(coordinator="Nobody"))
    assert st.municipalities == [] and stats.participation(st)[("digifin", stats.RURAL)]["aware"] == stats.Cell(0, 0)


def test_coverage_out_of_the_registry(study_db):
    st = stats.compute(study_db)
    cov = stats.coverage(study_db, st)
    assert cov["class"][6] == stats.Cell(1, 108) and cov["class"][5] == stats.Cell(1, 104)
    assert cov["class"][1] == stats.Cell(0, 5)  # Oslo's only interview is in the trash
    assert cov["county"]["18"] == stats.Cell(3, 41)
    assert sum(c.n for c in cov["county"].values()) == 357


def test_drafts_without_a_date_or_a_municipality(study_db):
    """A draft without a date counts as the latest interview; one without a municipality is in no record."""
    undated = make(study_db, "1826", "2026-05-01", [("applied", "digifin", "ja"), ("took_part", "digifin", "ja"),
                                                    ("benefit", "digifin", 1), ("barrier_main", "", "partnere")],
                   status="draft")
    iv.set_answer(study_db, undated, "interview_date", None)
    nowhere = make(study_db, "1832", "2026-05-02", [("applied", "digifin", "ja"), ("took_part", "digifin", "ja"),
                                                    ("benefit", "digifin", 2), ("barrier_main", "", "frister")],
                   status="draft")
    iv.set_answer(study_db, nowhere, "municipality", None)
    st = stats.compute(study_db, stats.StatsFilter(include_drafts=True))
    hattfjelldal = next(m for m in st.municipalities if m.number == "1826")
    assert hattfjelldal.benefit["digifin"] == 1 and hattfjelldal.main_barrier == "partnere"
    hemnes = next(m for m in st.municipalities if m.number == "1832")
    assert hemnes.benefit["digifin"] == 4  # the draft of Hemnes from 10.04, not the one without a municipality
    assert st.interviews == 6  # the two drafts of the fixture and the undated one; not the one without a municipality
    complete_only = stats.compute(study_db)
    assert next(m for m in complete_only.municipalities if m.number == "1826").benefit["digifin"] == 5


def brute_force_latest(store, include_drafts=False):
    """Independent combination under the rule "latest interview only": each municipality's latest interview
    (by date, then last change) alone, and the number of all its included interviews."""
    rows = [s for s in iv.list_interviews(store) if include_drafts or s.status == "complete"]
    latest, counts = {}, {}
    for summary in sorted(rows, key=lambda s: (s.interview_date, s.updated_at, s.id)):
        latest[summary.municipality] = summary
        counts[summary.municipality] = counts.get(summary.municipality, 0) + 1
    out = {}
    for number, summary in latest.items():
        a = iv.get(store, summary.id).answers
        applied = a.get(("applied", "digifin")) == "ja"
        took = applied and a.get(("took_part", "digifin")) == "ja"
        out[number] = {"aware": a.get(("aware", "digifin")) in ("kjenner_til", "kjenner_godt"), "applied": applied,
                       "took": took, "benefit": a.get(("benefit", "digifin")) if took else None,
                       "barriers": set(a.get(("barriers", ""), [])), "main": a.get(("barrier_main", "")),
                       "interviews": counts[number]}
    return out


def test_the_latest_interview_only_rule(study_db):
    """Under rule "latest", Hattfjelldal's later interview alone counts: it says it does not know DigiFin and
    names egenandel only, though the earlier one knew it well and named kapasitet and frister; its two
    interviews still count in the coverage."""
    for drafts in (False, True):
        st = stats.compute(study_db, stats.StatsFilter(rule="latest", include_drafts=drafts))
        raw = brute_force_latest(study_db, drafts)
        assert sorted(m.number for m in st.municipalities) == sorted(raw)
        for m in st.municipalities:
            r = raw[m.number]
            assert ("digifin" in m.aware, "digifin" in m.applied, "digifin" in m.took_part) == (
                r["aware"], r["applied"], r["took"])
            assert m.benefit.get("digifin") == r["benefit"] and m.barriers == r["barriers"]
            assert m.main_barrier == r["main"] and m.interviews == r["interviews"]
    latest = next(m for m in stats.compute(study_db, stats.StatsFilter(rule="latest")).municipalities
                  if m.number == "1826")
    anyone = next(m for m in stats.compute(study_db).municipalities if m.number == "1826")
    assert "digifin" in anyone.aware and "digifin" not in latest.aware
    assert anyone.barriers == {"kapasitet", "frister", "egenandel"} and latest.barriers == {"egenandel"}
    assert latest.interviews == anyone.interviews == 2
    # within a county and a date range, the latest interview inside them
    st = stats.compute(study_db, stats.StatsFilter(rule="latest", county="18", date_to="2026-02-15"))
    assert "digifin" in next(m for m in st.municipalities if m.number == "1826").aware


def test_an_unknown_rule_is_refused(study_db):
    import pytest

    with pytest.raises(ValueError, match="counting rule"):
        stats.compute(study_db, stats.StatsFilter(rule="first"))
