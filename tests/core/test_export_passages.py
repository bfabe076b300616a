"""The export's ``sitater`` sheet: one row per marked passage of the exported interviews, read back from the XLSX
workbook, the CSV files and SPSS's copy, and compared with the database read here on its own; emoji and Sámi
letters exact; never an informant's name, whatever the export's options and after an erasure."""

import csv
import shutil
import subprocess

import openpyxl
import pytest

from core import export as ex
from core import interviews as iv
from core.export import syntax
from core.interviews import passages, themes
from core.privacy.erasure import erase_personal_data
from core.reference import study
from tests.helpers import CONTACT, NAME, make_interview

QUOTE = "Vi i Kárášjohka 😀 har ikke folk.\r\nŊ og đ: «Áhkká» 👍🏽 sa rådmannen."
COMMENT = "=Greit nok 🙂, men ŧ og ž"
COLUMNS = ("intervju_id", "utdrag_id", "kommunenr", "kommune", "sentralitet", "distrikt", "roller", "sporsmal",
           "ordning", "utdrag", "temaer", "status", "siterbar")


def _mark(store, interview_id, field, scheme, text, theme_ids, citable=True):
    whole = iv.get(store, interview_id).value(field, scheme)
    start = whole.index(text)
    return passages.mark(store, interview_id, field, scheme, start, start + len(text), theme_ids, citable)


@pytest.fixture
def marked(configured_store):
    """Three interviews with marked passages: a complete one in Hattfjelldal with a named informant, a draft in
    Oslo (a passage marked in a scheme's comment, one flagged for review by a later edit), one in the trash."""
    store = configured_store
    people = [{"role": "ordforer", "name": NAME, "contact": CONTACT},
              {"role": "kommunedirektor", "name": "Per Prøve", "contact": ""},
              {"role": "ordforer", "name": "", "contact": ""}]
    a = make_interview(store, "1826", "2026-03-02", [("informants", "", people), ("quotes", "", QUOTE)])
    b = make_interview(store, "0301", "2026-04-01", [("scheme_comment", "digifin", COMMENT),
                                                     ("notes", "", "Frister og rapportering")], status="draft")
    gone = make_interview(store, "1804", "2026-03-05", [("quotes", "", "Bodø sier noe")])
    top = themes.create_theme(store, "Barrierer")
    sub = themes.create_theme(store, "Bemanning", parent=top)
    other = themes.create_theme(store, "Samarbeid")
    _mark(store, a, "quotes", "", "Kárášjohka 😀", [sub, other])
    _mark(store, a, "quotes", "", "«Áhkká» 👍🏽", [top], citable=False)
    _mark(store, b, "scheme_comment", "digifin", COMMENT, [other])
    _mark(store, b, "notes", "", "rapportering", [top])
    iv.set_answer(store, b, "notes", "Frister og rapporter")  # the edit touches the passage: review
    _mark(store, gone, "quotes", "", "Bodø", [top])
    iv.delete(store, gone)
    return store, a, b, gone, (top, sub, other)


def _expected_rows(store, interview_ids) -> set[tuple]:
    """The passages of these interviews as the sheet should hold them, read with a query of their own."""
    names = {t.id: t for t in themes.list_themes(store)}
    rural = study.load(store).rural_definition.classes

    def written(theme_id):
        t = names[theme_id]
        return f"{names[t.parent].name} / {t.name}" if t.parent else t.name

    rows = set()
    for pid, iid, fld, scheme, text, status, citable, number, name, klass in store.conn.execute(
            "SELECT p.passage_id, p.interview_id, p.field, p.scheme, p.text, p.status, p.citable, i.municipality,"
            " m.name, m.centrality_class FROM passages p JOIN interviews i ON i.id = p.interview_id"
            " JOIN municipalities m ON m.registry = i.registry AND m.number = i.municipality"):
        if iid not in interview_ids:
            continue
        theme_ids = [t for (t,) in store.conn.execute("SELECT theme_id FROM passage_themes WHERE passage_id = ?",
                                                      [pid]) if t in names]
        roles = list(dict.fromkeys(p["role"] for p in iv.get(store, iid).value("informants", "") or []))
        rows.add((iid, pid, number, name, klass, int(klass in rural), ", ".join(roles) or None, fld,
                  scheme or None, text if status == "ok" else None, "; ".join(sorted(map(written, theme_ids))) or None, status, citable))
    return rows


def _sheet(path, name="sitater"):
    rows = list(openpyxl.load_workbook(path)[name].iter_rows(values_only=True))
    return rows[0], rows[1:]


def test_the_sheet_holds_every_passage_of_the_exported_interviews(marked, tmp_path):
    store, a, b, gone, _themes = marked
    data, (path,) = ex.export(store, "xlsx", tmp_path / "ut.xlsx")
    header, rows = _sheet(path)
    assert header == COLUMNS
    assert set(rows) == _expected_rows(store, {a, b}) and len(rows) == 4  # the trash's passage is not there
    assert [r[0] for r in rows] == [a, a, b, b]  # in the interviews' order
    by_text = {r[9]: dict(zip(header, r)) for r in rows}
    assert by_text["Kárášjohka 😀"]["temaer"] == "Barrierer / Bemanning; Samarbeid"
    assert by_text["«Áhkká» 👍🏽"]["siterbar"] == 0 and by_text["Kárášjohka 😀"]["siterbar"] == 1
    # a passage flagged for review: its words as marked are no longer the interview's, so none are written
    assert "rapportering" not in by_text and by_text[None]["status"] == "review"
    assert by_text[COMMENT]["ordning"] == "digifin"
    assert by_text["Kárášjohka 😀"]["roller"] == "ordforer, kommunedirektor"
    assert (by_text[COMMENT]["sentralitet"], by_text[COMMENT]["distrikt"]) == (1, 0)
    about = dict(openpyxl.load_workbook(path)["om"].iter_rows(values_only=True))
    assert about["sitater"].startswith("4 utdrag")
    book = {(r[0], r[1]): r for r in openpyxl.load_workbook(path)["kodebok"].iter_rows(values_only=True)}
    assert all(("sitater", c) in book for c in COLUMNS)
    assert "review = må ses på" in book[("sitater", "status")][5]


def test_the_export_filter_chooses_the_passages(marked):
    store, a, b, _gone, _themes = marked
    complete = ex.collect(store, ex.ExportFilter(status="complete")).tables["sitater"].rows
    assert {r[0] for r in complete} == {a} and len(complete) == 2
    oslo = ex.collect(store, ex.ExportFilter(county="03")).tables["sitater"].rows
    assert {r[0] for r in oslo} == {b} and len(oslo) == 2
    assert ex.collect(store, ex.ExportFilter(coordinator="Ingen")).tables["sitater"].rows == []


def test_emoji_and_sami_letters_come_out_exact(marked, tmp_path):
    store, *_ = marked
    texts = {"Kárášjohka 😀", "«Áhkká» 👍🏽", COMMENT}
    ex.export(store, "xlsx", tmp_path / "ut.xlsx")
    _header, rows = _sheet(tmp_path / "ut.xlsx")
    assert texts <= {r[9] for r in rows}
    ex.export(store, "csv", tmp_path / "csv")
    with (tmp_path / "csv" / "sitater.csv").open(encoding="utf-8", newline="") as fh:
        written = [r["utdrag"] for r in csv.DictReader(fh)]
    assert {"Kárášjohka 😀", "«Áhkká» 👍🏽", "'" + COMMENT} <= set(written)  # a formula-like text gets its apostrophe
    with (tmp_path / "csv" / syntax.spss_data_file("sitater")).open(encoding="utf-8", newline="") as fh:
        assert "Kárášjohka 😀" in [r["utdrag"] for r in csv.DictReader(fh)]


def test_never_an_informants_name_even_when_names_are_exported_or_erased(marked, tmp_path):
    store, a, b, _gone, _themes = marked
    for n, include_names in enumerate((False, True)):
        ex.export(store, "csv", tmp_path / f"csv{n}", include_names=include_names)
        text = (tmp_path / f"csv{n}" / "sitater.csv").read_text(encoding="utf-8")
        assert NAME not in text and CONTACT not in text and "Per Prøve" not in text
        assert "navn" not in text.splitlines()[0]
    before = ex.collect(store, include_names=True).tables["sitater"].rows
    erase_personal_data(store)
    after = ex.collect(store, include_names=True).tables["sitater"].rows
    assert after == before  # the roles stay; the sheet held no name to erase
    assert _expected_rows(store, {a, b}) == {tuple(r) for r in after}


def test_a_study_without_passages_has_the_sheet_with_its_header_only(export_db, tmp_path):
    store, *_ = export_db
    _data, (path,) = ex.export(store, "xlsx", tmp_path / "ut.xlsx")
    header, rows = _sheet(path)
    assert header == COLUMNS and rows == []
    ex.export(store, "csv-excel", tmp_path / "csv")
    with (tmp_path / "csv" / "sitater.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh, delimiter=";")) == [list(COLUMNS)]


@pytest.mark.skipif(shutil.which("pspp") is None, reason="pspp is not installed, so the SPSS syntax cannot be run")
def test_spss_reads_the_passages(marked, tmp_path):
    import pyreadstat

    store, *_ = marked
    data, _ = ex.export(store, "csv", tmp_path / "ut")
    done = subprocess.run([shutil.which("pspp"), "feltkart.sps"], cwd=tmp_path / "ut", capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0 and "error" not in (done.stdout + done.stderr).lower(), done.stdout + done.stderr
    values, meta = pyreadstat.read_sav(str(tmp_path / "ut" / "sitater.sav"), output_format="dict")
    assert meta.column_names == list(COLUMNS) and meta.number_rows == len(data.tables["sitater"].rows) == 4
    assert "Kárášjohka 😀" in values["utdrag"] and "'" + COMMENT in values["utdrag"]
    assert meta.variable_value_labels["status"]["review"].startswith("må ses på")
