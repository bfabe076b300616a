"""The themes in the PDF report: the chart, and under each theme only the passages that may be cited (marked
citable, from an interview with consent), with the municipality, never an informant's name."""

from pypdf import PdfReader

from core import interviews as iv
from core.analysis.stats import StatsFilter
from core.analysis.themes import theme_counts
from core.interviews import passages, themes
from core.render.report import write_pdf
from core.render.theme_chart import theme_figure
from tests.helpers import NAME, make_interview


def test_the_report_quotes_only_citable_passages_and_names_no_informant(store, tmp_path):
    t = themes.create_theme(store, "Bemanning")
    yes = make_interview(store, "1826", "2026-03-02", [("quotes", "", "Vi får ikke tak i folk i Kárášjohka.")])
    no = make_interview(store, "1832", "2026-03-03", [("quotes", "", "Hemmelig sitat om ordføreren.")], status="draft")
    iv.set_answer(store, no, "informants", [{"role": "ordforer", "name": NAME, "contact": ""}])
    iv.set_answer(store, no, "consent", "nei")
    iv.complete(store, no)
    passages.mark(store, yes, "quotes", "", 0, 24, [t])
    passages.mark(store, no, "quotes", "", 0, 15, [t])
    write_pdf(store, StatsFilter(), tmp_path / "r.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "Sitater etter tema" in text and "Vi får ikke tak i folk" in text
    assert "Hemmelig" not in text and NAME not in text
    fig = theme_figure(theme_counts(store, StatsFilter()))
    labels = [x.get_text() for x in fig.axes[0].get_legend().get_texts()]
    assert len(labels) == 2 and "(n=2)" in labels[0] and "(n=0)" in labels[1]  # both are rural (classes 6 and 5)


def test_a_passage_whose_words_were_edited_is_not_quoted_and_the_report_says_so(store, tmp_path):
    t = themes.create_theme(store, "Bemanning")
    said = "Ordfører Kari Nordmann sa at fristene er for korte."
    one = make_interview(store, "1826", "2026-03-02", [("quotes", "", said)])
    two = make_interview(store, "1832", "2026-03-03", [("notes", "", "Kapasiteten er for liten i Hattfjelldal.")])
    passages.mark(store, one, "quotes", "", 0, 30, [t])  # «Ordfører Kari Nordmann sa at f»
    passages.mark(store, two, "notes", "", 0, 20, [t])
    iv.reopen(store, one, "navn tatt ut")
    iv.set_answer(store, one, "quotes", "Ordføreren sa at fristene er for korte.")  # the name taken out
    iv.reopen(store, two, "notat slettet")
    iv.set_answer(store, two, "notes", "")  # the note deleted
    iv.complete(store, one)
    iv.complete(store, two)
    assert {p.status for p in passages.by_theme(store, [t])} == {"review"}
    write_pdf(store, StatsFilter(), tmp_path / "r.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "Sitater etter tema" in text
    assert "Kari Nordmann" not in text and "Kapasiteten" not in text
    assert "2 utdrag er ikke sitert" in " ".join(text.split())


def test_a_theme_quotes_a_few_passages_one_per_municipality_from_rural_and_central_in_turn():
    from types import SimpleNamespace

    from core.render.quote_pages import PER_THEME, chosen

    places = {"r1": ("Hattfjelldal", 6), "r1b": ("Hattfjelldal", 6), "r2": ("Karasjok", 6), "r3": ("Røst", 5),
              "c1": ("Bodø", 3), "c2": ("Tromsø", 2), "c3": ("Oslo", 1), "c4": ("Bærum", 1), "c5": ("Asker", 1)}
    order = ["c1", "r1", "r1b", "c2", "c3", "r2", "c4", "c5", "r3"]
    picked = [p.interview_id for p in chosen([SimpleNamespace(interview_id=i) for i in order], places,
                                             frozenset({5, 6}))]
    assert picked == ["r1", "c1", "r2", "c2", "r3", "c3"] and len(picked) == PER_THEME
    only_central = [p.interview_id for p in chosen([SimpleNamespace(interview_id=i) for i in ("c1", "c2")], places,
                                                   frozenset({5, 6}))]
    assert only_central == ["c1", "c2"]


def test_the_report_says_how_many_more_citable_passages_a_theme_has_and_where_they_are(store, tmp_path):
    from core.render.quote_pages import PER_THEME

    t = themes.create_theme(store, "Kapasitet")
    places = ["1826", "1832", "5612", "1804", "0301", "3201", "4601", "5001"]  # 8 municipalities
    for n, number in enumerate(places):
        i = make_interview(store, number, f"2026-03-{n + 1:02d}", [("quotes", "", f"Utsagn nummer {n} om kapasitet.")])
        passages.mark(store, i, "quotes", "", 0, 16, [t])
    write_pdf(store, StatsFilter(), tmp_path / "r.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages).split())
    assert sum(f"Utsagn nummer {n}" in text for n in range(8)) == PER_THEME
    assert f"og {8 - PER_THEME} siterbare utdrag til (fra 8 kommuner i alt)" in text and "sitater" in text
