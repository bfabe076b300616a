"""The PDF report, read back with pypdf: its text holds the expected n and table values, fonts embedded."""

import pytest
from pypdf import PdfReader

from core.analysis import stats
from core.base.atomic import WriteError
from core.export import ExportCancelled
from core.render import report


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_report_text_numbers_and_fonts(study_db, tmp_path):  # noqa: F811
    path = report.write_pdf(study_db, stats.StatsFilter(), tmp_path / "rapport.pdf")
    reader = PdfReader(path)
    text = pdf_text(path)
    assert "Distriktskommuner og nasjonale ordninger" in text
    assert "Kommuner intervjuet" in text and "n = 3 kommuner" in text
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # the participation table: DigiFin, rural: n 2, aware 2, applied 1, took part 1, 50 % (Wilson 9-91)
    assert "DigiFin Distrikt (5-6) 2 2 1 1 50 % (9–91)" in lines
    # coverage: Nordland 3 of 41 municipalities
    assert "Fylke Nordland 3 41 7 %" in lines
    # Sami letters survive (the map's table lists every municipality)
    assert "Kárášjohka - Karasjok" in text and "Unjárga - Nesseby" in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # TrueType, embedded
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"} <= fonts


def test_english_report(study_db, tmp_path):  # noqa: F811
    text = pdf_text(report.write_pdf(study_db, stats.StatsFilter(), tmp_path / "report.pdf", "en"))
    assert "Municipalities interviewed" in text and "n = 3 municipalities" in text


def test_cancel_and_missing_folder_leave_nothing(study_db, tmp_path):  # noqa: F811
    out = tmp_path / "ut"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        report.write_pdf(study_db, stats.StatsFilter(), out / "r.pdf", cancelled=lambda: True)
    with pytest.raises(WriteError):
        report.write_pdf(study_db, stats.StatsFilter(), out / "mangler" / "r.pdf")
    assert list(out.iterdir()) == []


def test_the_report_has_a_methods_page_with_the_sample_and_its_response_rates(study_db, tmp_path):  # noqa: F811
    from core.fieldwork import contacts, sample

    sample.make(study_db, "stratified", ["1826", "1832", "1804", "0301"], sizes={"6": 2, "4": 1, "1": 1}, seed=9)
    contacts.add_attempt(study_db, "0301", "2026-03-02T09:00", "telefon", "refused", final=True)
    sample.set_member(study_db, "1820", True, "Erstatter Oslo")
    text = pdf_text(report.write_pdf(study_db, stats.StatsFilter(), tmp_path / "rapport.pdf"))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Metode: utvalg og svarprosent" in text
    assert "Stratifisert trekk etter sentralitetsklasse (1: 1, 4: 1, 6: 2), trukket med frø 9." in " ".join(lines)
    assert "1 endring(er) senere" in text and "RR1 = I/(I+P+R+NC+O)" in text
    # the rates by group: all five sampled, 3 interviewed, Oslo refused, Alstahaug not contacted (NC)
    assert any(line.startswith("Alle 5 3 0 1 1 0 0 60 %") for line in lines)
    assert "Frafall: utvalget og de som svarte" in text
    assert any(line.startswith("Fylke Oslo 1 20 % 0 0 % 0 %") for line in lines)


def test_a_report_without_a_sample_says_so(study_db, tmp_path):  # noqa: F811
    text = pdf_text(report.write_pdf(study_db, stats.StatsFilter(), tmp_path / "rapport.pdf", "en"))
    assert "Method: sample and response rates" in text and "The study has no sample yet." in text


def test_the_period_is_that_of_the_interviews_the_report_counts(study_db, tmp_path):  # noqa: F811
    """The draft of 10.04 is not in a report without drafts; with drafts it is; a date filter bounds it."""
    def period(f):
        lines = [" ".join(line.split()) for line in pdf_text(report.write_pdf(study_db, f, tmp_path / "r.pdf"))
                 .splitlines()]
        return next(line for line in lines if line.startswith("Periode"))

    assert period(stats.StatsFilter()) == "Periode 01.02.2026 – 01.03.2026"
    assert period(stats.StatsFilter(include_drafts=True)) == "Periode 01.02.2026 – 10.04.2026"
    assert period(stats.StatsFilter(date_from="2026-02-15")) == "Periode 20.02.2026 – 01.03.2026"
    assert period(stats.StatsFilter(coordinator="Nobody")) == "Periode ingen datoer"


def test_the_report_compares_rural_and_central_and_states_the_rules(study_db, tmp_path):  # noqa: F811
    text = pdf_text(report.write_pdf(study_db, stats.StatsFilter(rule="latest"), tmp_path / "r.pdf", "en"))
    flat = " ".join(text.split())
    assert "Rural against central, and the trend across the classes" in flat
    assert "Newcombe's hybrid score method" in flat and "Holm's method" in flat
    assert "Differences that hold (*) none" in flat  # groups of two and one municipality: nothing holds
    assert "Rural against central: Took part (of those interviewed)" in flat
    assert "DigiFin 1/2 50 % (9–91) 0/1 0 % (0–79) 50 -39 to 91 1.000 1.000" in flat
    assert "only its latest interview in the selection counts" in flat  # the rule in force, on the title page
    assert "* Rural and central differ" in flat  # under the charts
