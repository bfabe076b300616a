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
