"""Exports read back (openpyxl, csv) and compared with the database, value by value."""

import csv
import zipfile
from collections import defaultdict
from datetime import datetime, timezone

import openpyxl
import pytest

from core import demo
from core import export as ex
from core import interviews as iv
from core.analysis import stats
from core.base.atomic import WriteError
from core.interviews import BENEFIT_VALUES
from core.reference import guide_library
from tests.helpers import CONTACT, DANGEROUS_TEXTS, NAME, fill_required


def expected_interview_cells(store, interview_id):
    """Independent of core/export.py: the answers as the codebook says they are written."""
    got = iv.get(store, interview_id)
    guide = guide_library.get(store, got.guide_id, got.guide_version)
    cells = {}
    for q in guide.questions():
        if q.per_scheme or q.name in ("interview_date", "municipality", "informants"):
            continue
        value = got.answers.get((q.name, ""))
        if q.type == "multiple":
            for c in q.choices:
                cells[f"{q.name}_{c.value}"] = None if value is None else int(c.value in value)
        elif q.type == "date" and value:
            cells[q.name] = datetime.fromisoformat(value)
        else:
            cells[q.name] = value
    return cells


def test_xlsx_round_trip(export_db, tmp_path):
    store, a, b, gone = export_db
    data, (path,) = ex.export(store, "xlsx", tmp_path / "ut.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == list(ex.SHEETS)
    rows = list(wb["intervjuer"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    by_id = {r[0]: dict(zip(header, r)) for r in body}
    assert set(by_id) == {a, b}  # the deleted interview is not there
    row = by_id[a]
    assert row["kommunenr"] == "1826" and row["kommune"] == "Aarborte - Hattfjelldal" and row["fylke"] == "Nordland"
    assert row["sentralitet"] == 6 and row["distrikt"] == 1 and row["status"] == "complete"
    assert row["dato"] == datetime(2026, 3, 2) and wb["intervjuer"]["H2"].number_format == "DD.MM.YYYY"
    assert row["informanter_antall"] == 2 and row["guide"] == "distrikt-ordninger v1"
    for interview_id in (a, b):
        expected = expected_interview_cells(store, interview_id)
        assert {k: by_id[interview_id][k] for k in expected} == expected
    assert row["dev_fte"] == 1.5 and isinstance(row["dev_fte"], float)
    assert row["barriers_kapasitet"] == 1 and row["barriers_egenandel"] == 0
    assert by_id[b]["barriers_kapasitet"] is None  # not answered: empty, not 0
    assert by_id[b]["distrikt"] == 0 and by_id[b]["status"] == "draft"

    schemes = list(wb["ordninger"].iter_rows(values_only=True))
    sheader = schemes[0]
    digifin = dict(zip(sheader, next(r for r in schemes[1:] if r[0] == a and r[2] == "digifin")))
    assert digifin["applied"] == "ja" and digifin["applied_year"] == 2023 and digifin["took_part"] == "ja"
    assert digifin["benefit"] == 4 and digifin["scheme_comment"] == "Nyttig, men mye rapportering"
    assert len(schemes) - 1 == 2 * len(iv.schemes_for(store))

    people = list(wb["informanter"].iter_rows(values_only=True))
    assert people[0] == ("intervju_id", "kommunenr", "informant_id", "rolle")
    assert (a, "1826", f"{a}-1", "kommunedirektor") in people[1:]

    kommuner = list(wb["kommuner"].iter_rows(values_only=True))
    assert len(kommuner) - 1 == 357
    oslo = next(r for r in kommuner if r[0] == "0301")
    assert oslo[4] == 1 and oslo[5] == 0 and oslo[8] == 1

    about = dict(wb["om"].iter_rows(values_only=True))
    assert about["intervjuer"] == "2" and about["personopplysninger"].startswith("nei")
    assert "SSB" in about["registerkilde"]


def test_the_codebook_covers_every_column(export_db, tmp_path):
    store, *_ = export_db
    _, (path,) = ex.export(store, "xlsx", tmp_path / "ut.xlsx")
    wb = openpyxl.load_workbook(path)
    book = {(r[0], r[1]): r for r in list(wb["kodebok"].iter_rows(values_only=True))[1:]}
    for sheet in ex.SHEETS:
        header = next(wb[sheet].iter_rows(values_only=True))
        for column in header:
            assert (sheet, column) in book, (sheet, column)
            assert book[(sheet, column)][2] and book[(sheet, column)][3]  # labels in both languages
    assert "ja = Ja" in book[("ordninger", "applied")][5]
    assert book[("intervjuer", "barriers_kapasitet")][4] == "flag"
    assert book[("intervjuer", "capacity")][7] == "distrikt-ordninger v1"


@pytest.mark.parametrize("text", DANGEROUS_TEXTS)
def test_text_that_looks_like_a_formula_stays_text(export_db, tmp_path, text):
    store, a, *_ = export_db
    iv.reopen(store, a, "retting")
    iv.set_answer(store, a, "notes", text)
    _, (path,) = ex.export(store, "xlsx", tmp_path / "ut.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["intervjuer"]
    header = [c.value for c in ws[1]]
    cell = next(r for r in ws.iter_rows(min_row=2) if r[0].value == a)[header.index("notes")]
    assert cell.data_type == "s" and cell.value == text  # a carriage return too (written as &#13; by lxml)
    with zipfile.ZipFile(path) as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml  # no formula anywhere
    files = ex.write_csv(ex.collect(store), tmp_path / "csv")
    rows = list(csv.DictReader((tmp_path / "csv" / "intervjuer.csv").open(encoding="utf-8", newline="")))
    assert next(r for r in rows if r["intervju_id"] == a)["notes"] == "'" + text
    assert sorted(f.name for f in files if f.suffix == ".csv") == sorted(f"{s}.csv" for s in ex.SHEETS)
    assert len(ex.SHEETS) == 10


def test_names_only_when_asked_for(export_db, tmp_path):
    store, a, *_ = export_db
    _, (plain,) = ex.export(store, "xlsx", tmp_path / "uten.xlsx")
    with zipfile.ZipFile(plain) as z:
        everything = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert NAME not in everything and CONTACT not in everything
    ex.export(store, "csv", tmp_path / "csv")
    assert all(NAME not in p.read_text(encoding="utf-8") for p in (tmp_path / "csv").iterdir())

    data, (named,) = ex.export(store, "xlsx", tmp_path / "med.xlsx", include_names=True)
    assert data.personal_data
    people = list(openpyxl.load_workbook(named)["informanter"].iter_rows(values_only=True))
    assert people[0][-2:] == ("navn", "kontakt")
    assert (a, "1826", f"{a}-1", "kommunedirektor", NAME, CONTACT) in people
    about = dict(openpyxl.load_workbook(named)["om"].iter_rows(values_only=True))
    assert about["personopplysninger"].startswith("ja")


def test_csv_dialects(export_db, tmp_path):
    store, a, *_ = export_db
    ex.export(store, "csv-excel", tmp_path / "excel")
    raw = (tmp_path / "excel" / "intervjuer.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader((tmp_path / "excel" / "intervjuer.csv").open(encoding="utf-8-sig", newline=""),
                               delimiter=";"))
    row = next(r for r in rows if r["intervju_id"] == a)
    assert row["dev_fte"] == "1,5" and row["dato"] == "2026-03-02" and row["kommune"] == "Aarborte - Hattfjelldal"

    ex.export(store, "csv", tmp_path / "plain")
    raw = (tmp_path / "plain" / "intervjuer.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader((tmp_path / "plain" / "intervjuer.csv").open(encoding="utf-8", newline="")))
    row = next(r for r in rows if r["intervju_id"] == a)
    assert row["dev_fte"] == "1.5" and row["barriers_frister"] == "1" and row["consent_date"] == "2026-02-20"
    data_tables = [s for s in ex.SHEETS if s not in ("kodebok", "om")]
    assert sorted(p.name for p in (tmp_path / "plain").iterdir()) == sorted(
        [f"{s}.csv" for s in ex.SHEETS] + [f"spss_{s}.dat" for s in data_tables] + ["feltkart.sps", "feltkart.do"])
    # the syntax files come with the plain CSV, for R, Stata, SPSS and Python; not with Excel's dialect
    assert sorted(p.name for p in (tmp_path / "excel").iterdir()) == sorted(f"{s}.csv" for s in ex.SHEETS)


def test_filters(export_db, tmp_path):
    store, a, b, _ = export_db
    assert [r[0] for r in ex.collect(store, ex.ExportFilter(status="complete")).tables["intervjuer"].rows] == [a]
    assert [r[0] for r in ex.collect(store, ex.ExportFilter(county="03")).tables["intervjuer"].rows] == [b]
    data = ex.collect(store, ex.ExportFilter(date_from="2026-03-10"))
    assert [r[0] for r in data.tables["intervjuer"].rows] == [b]
    assert len(ex.collect(store, ex.ExportFilter(county="18")).tables["kommuner"].rows) == 41
    assert ex.collect(store, ex.ExportFilter(coordinator="Ingen")).interviews == 0


def test_cancel_and_unwritable_targets_leave_no_file(export_db, tmp_path):
    store, *_ = export_db
    tmp_path = tmp_path / "ut"
    tmp_path.mkdir()
    with pytest.raises(ex.ExportCancelled):
        ex.export(store, "xlsx", tmp_path / "ut.xlsx", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(WriteError) as info:
        ex.export(store, "xlsx", tmp_path / "mangler" / "ut.xlsx")
    assert "does not exist" in info.value.reason
    (tmp_path / "fil").write_text("x")
    with pytest.raises(WriteError):
        ex.export(store, "csv", tmp_path / "fil")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fil"]
    with pytest.raises(ex.ExportCancelled):  # the CSV files, SPSS's copies and the syntax files: none or all
        ex.write_csv(ex.collect(store), tmp_path / "csv", cancelled=lambda: True)
    assert list((tmp_path / "csv").iterdir()) == []


def test_an_existing_file_is_replaced_only_when_the_new_one_is_complete(export_db, tmp_path):
    store, *_ = export_db
    target = tmp_path / "ut.xlsx"
    target.write_bytes(b"the analyst's previous export")
    with pytest.raises(ex.ExportCancelled):
        ex.export(store, "xlsx", target, cancelled=lambda: True)
    assert target.read_bytes() == b"the analyst's previous export"
    ex.export(store, "xlsx", target)
    assert openpyxl.load_workbook(target).sheetnames == list(ex.SHEETS)


def test_every_scheme_cell_and_every_csv_value_match(export_db, tmp_path):
    store, a, b, _ = export_db
    _, (path,) = ex.export(store, "xlsx", tmp_path / "ut.xlsx")
    wb = openpyxl.load_workbook(path)
    rows = list(wb["ordninger"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    guide = guide_library.current(store)
    per_scheme = [q for q in guide.questions() if q.per_scheme]
    for row in body:
        cells = dict(zip(header, row))
        answers = iv.get(store, cells["intervju_id"]).answers
        for q in per_scheme:
            assert cells[q.name] == answers.get((q.name, cells["ordning"])), (cells["ordning"], q.name)
    # the CSV files hold the same values as the workbook, written as text
    ex.export(store, "csv", tmp_path / "csv")
    for sheet in ex.SHEETS:
        if sheet == "om":
            continue  # the export time differs between the two exports
        xlsx_rows = list(wb[sheet].iter_rows(values_only=True))
        csv_rows = list(csv.reader((tmp_path / "csv" / f"{sheet}.csv").open(encoding="utf-8", newline="")))
        assert len(xlsx_rows) == len(csv_rows)
        for x_row, c_row in zip(xlsx_rows, csv_rows):
            expected = ["" if v is None else v.date().isoformat() if isinstance(v, datetime) else
                        ("'" + v if ex.is_dangerous(v) else v) if isinstance(v, str) else str(v) for v in x_row]
            assert c_row == expected


# -- what the statistics count ----------------------------------------------------------------

def _rows(folder, table):
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_answers_the_guide_hides_are_exported_empty(export_db, tmp_path):
    store, a, b, _ = export_db
    iv.reopen(store, a, "retting")
    iv.set_answers(store, a, [
        ("took_part", "digifin", "nei"),  # the benefit 4 stays stored, behind a question no longer asked
        ("consent", "", "nei"),  # the date of consent stays stored
        ("applied", "stimulab", "ja"), ("took_part", "stimulab", "ja"), ("benefit", "stimulab", 5),
    ])
    iv.set_answer(store, a, "applied", "nei", "stimulab")  # hides took part, and the benefit behind it
    iv.complete(store, a)
    stored = iv.get(store, a).answers
    assert stored[("benefit", "digifin")] == 4 and stored[("benefit", "stimulab")] == 5  # nothing is lost

    ex.export(store, "csv", tmp_path / "csv")
    schemes = {(r["intervju_id"], r["ordning"]): r for r in _rows(tmp_path / "csv", "ordninger")}
    assert (schemes[(a, "digifin")]["took_part"], schemes[(a, "digifin")]["benefit"]) == ("nei", "")
    assert schemes[(a, "digifin")]["applied_year"] == "2023"  # still asked: applied is still yes
    assert [schemes[(a, "stimulab")][q] for q in ("applied", "took_part", "benefit")] == ["nei", "", ""]
    row = next(r for r in _rows(tmp_path / "csv", "intervjuer") if r["intervju_id"] == a)
    assert (row["consent"], row["consent_date"]) == ("nei", "")
    about = dict((r["felt"], r["verdi"]) for r in _rows(tmp_path / "csv", "om"))
    assert "4 slike svar" in about["skjulte_svar"] and "statistikken" in about["skjulte_svar"]

    _, (path,) = ex.export(store, "xlsx", tmp_path / "ut.xlsx")
    sheet = list(openpyxl.load_workbook(path)["ordninger"].iter_rows(values_only=True))
    cells = dict(zip(sheet[0], next(r for r in sheet[1:] if r[0] == a and r[2] == "digifin")))
    assert cells["took_part"] == "nei" and cells["benefit"] is None

    # the statistics do not count the benefit either: counting the export gives their numbers
    counted = stats.compute(store, stats.StatsFilter(include_drafts=True))
    assert {m.number: m.benefit for m in counted.municipalities}["1826"] == {}
    assert all(r["benefit"] == "" for r in schemes.values())


def _counted_from_export(folder, include_drafts):
    """Participation and benefit per (scheme, group) counted from the CSV files alone, the way an analyst reads
    the statistics' rule: a municipality is aware, applied or took part if any of its interviews says so; its
    benefit is that of its latest interview giving one (by date, a draft without a date last; then sist_endret;
    then intervju_id)."""
    interviews = {r["intervju_id"]: r for r in _rows(folder, "intervjuer")
                  if include_drafts or r["status"] == "complete"}
    group = {r["kommunenr"]: stats.RURAL if r["distrikt"] == "1" else stats.CENTRAL for r in interviews.values()}
    said = defaultdict(lambda: defaultdict(set))
    latest = defaultdict(dict)  # (municipality, scheme) -> (order, benefit)
    for r in _rows(folder, "ordninger"):
        interview = interviews.get(r["intervju_id"])
        if interview is None:
            continue
        m, scheme = r["kommunenr"], r["ordning"]
        for q, yes in (("aware", ("kjenner_til", "kjenner_godt")), ("applied", ("ja",)), ("took_part", ("ja",))):
            if r[q] in yes:
                said[q][m].add(scheme)
        if r["benefit"] != "":
            order = (interview["dato"] == "", interview["dato"], interview["sist_endret"], interview["intervju_id"])
            if (m, scheme) not in latest[m] or order > latest[m][(m, scheme)][0]:
                latest[m][(m, scheme)] = (order, r["benefit"])
    members = defaultdict(set)
    for m, g in group.items():
        members[g].add(m)
    participation, benefit = {}, {}
    for g, ms in members.items():
        for scheme in {r["ordning"] for r in _rows(folder, "ordninger")}:
            participation[(scheme, g)] = {q: (sum(scheme in said[q][m] for m in ms), len(ms))
                                          for q in ("aware", "applied", "took_part")}
            values = [latest[m][(m, scheme)][1] for m in ms if (m, scheme) in latest[m]]
            benefit[(scheme, g)] = {v: (values.count(str(v)), len(values)) for v in BENEFIT_VALUES}
    return participation, benefit


def test_counting_the_export_gives_the_statistics_numbers(configured_store, tmp_path):
    store = configured_store
    demo.make_demo(store, interviews=150, seed=4)
    # answers left behind: took part changed to no after a benefit was given, in complete interviews and drafts
    hidden = 0
    for summary in iv.list_interviews(store)[:60]:
        got = iv.get(store, summary.id)
        for (fld, scheme), value in sorted(got.answers.items()):
            if fld == "benefit" and value is not None and got.answers.get(("took_part", scheme)) == "ja":
                if summary.status == "complete":
                    iv.reopen(store, summary.id, "retting")
                iv.set_answer(store, summary.id, "took_part", "nei", scheme)
                if summary.status == "complete":
                    iv.complete(store, summary.id)
                hidden += 1
                break
    assert hidden >= 5
    # two interviews of one municipality on one day: the one changed last gives the benefit
    first, second = (iv.create(store, "1871", "2026-05-05") for _ in range(2))
    for interview, value in ((first, 2), (second, 5)):
        fill_required(store, interview, iv.schemes_for(store, interview))
        iv.set_answers(store, interview, [("applied", "digifin", "ja"), ("took_part", "digifin", "ja"),
                                          ("benefit", "digifin", value)])
        iv.complete(store, interview)
    iv.reopen(store, first, "retting")
    iv.set_answer(store, first, "notes", "endret sist")
    iv.complete(store, first)

    data, _ = ex.export(store, "csv", tmp_path / "csv")
    assert f"{hidden} slike svar" in dict(data.tables["om"].rows)["skjulte_svar"]
    for include_drafts in (False, True):
        computed = stats.compute(store, stats.StatsFilter(include_drafts=include_drafts))
        participation, benefit = _counted_from_export(tmp_path / "csv", include_drafts)
        for (scheme, group), cells in stats.participation(computed).items():
            assert {q: (c.count, c.n) for q, c in cells.items()} == participation[(scheme, group)], (scheme, group)
        for (scheme, group), cells in stats.benefit(computed).items():
            assert {v: (c.count, c.n) for v, c in cells.items()} == benefit[(scheme, group)], (scheme, group)
        assert {m.number: m.benefit for m in computed.municipalities}["1871"]["digifin"] == 2


def test_each_interview_carries_its_last_change(export_db, tmp_path):
    store, a, b, _ = export_db
    stored = dict(store.conn.execute("SELECT id, updated_at FROM interviews").fetchall())
    data, _ = ex.export(store, "csv", tmp_path / "csv")
    rows = {r["intervju_id"]: r for r in _rows(tmp_path / "csv", "intervjuer")}
    for interview in (a, b):
        assert rows[interview]["sist_endret"] == stored[interview]
        moment = datetime.fromisoformat(rows[interview]["sist_endret"])
        assert moment.utcoffset() == timezone.utc.utcoffset(None)  # UTC, as the codebook says
    header = list(rows[a])
    assert header.index("sist_endret") == header.index("dato") + 1
    iv.set_answer(store, b, "notes", "en endring til")
    after = {r["intervju_id"]: r for r in _rows(tmp_path / "csv", "intervjuer")}  # the file as written
    assert after[b]["sist_endret"] == rows[b]["sist_endret"]
    ex.export(store, "csv", tmp_path / "csv")
    again = {r["intervju_id"]: r for r in _rows(tmp_path / "csv", "intervjuer")}
    assert again[b]["sist_endret"] > rows[b]["sist_endret"] and again[a]["sist_endret"] == rows[a]["sist_endret"]
    book = {(r["tabell"], r["variabel"]): r for r in _rows(tmp_path / "csv", "kodebok")}
    assert "UTC" in book[("intervjuer", "sist_endret")]["etikett_nb"]
    assert "UTC" in book[("intervjuer", "sist_endret")]["etikett_en"]
    about = dict((r["felt"], r["verdi"]) for r in _rows(tmp_path / "csv", "om"))
    assert "UTC" in about["sist_endret"] and "intervju_id" in about["sist_endret"]
    _, (path,) = ex.export(store, "xlsx", tmp_path / "ut.xlsx")
    sheet = list(openpyxl.load_workbook(path)["intervjuer"].iter_rows(values_only=True))
    assert dict(zip(sheet[0], next(r for r in sheet[1:] if r[0] == a)))["sist_endret"] == stored[a]  # text, exact


def test_the_codebook_says_when_each_question_is_asked(export_db, tmp_path):
    store, *_ = export_db
    ex.export(store, "csv", tmp_path / "csv")
    book = {(r["tabell"], r["variabel"]): r for r in _rows(tmp_path / "csv", "kodebok")}
    benefit = book[("ordninger", "benefit")]
    assert benefit["vilkaar_nb"] == ("Bare når «Søkt» er «Ja» (applied = ja) og «Deltatt/fått midler» er «Ja» "
                                     "(took_part = ja)")
    assert benefit["vilkaar_en"] == ("Only when «Applied» is «Yes» (applied = ja) and «Took part/received funds» "
                                     "is «Yes» (took_part = ja)")
    assert "(consent = ja)" in book[("intervjuer", "consent_date")]["vilkaar_nb"]
    assert "(barriers_annet = 1)" in book[("intervjuer", "barrier_other")]["vilkaar_nb"]
    assert book[("intervjuer", "capacity")]["vilkaar_nb"] == "Alltid"
    assert book[("intervjuer", "barriers_annet")]["vilkaar_en"] == "Always"
    assert book[("intervjuer", "kommunenr")]["vilkaar_nb"] == ""  # Feltkart's own columns are not questions
    assert ("kodebok", "vilkaar_nb") in book and ("kodebok", "vilkaar_en") in book


def test_a_text_longer_than_a_cell_holds_is_cut_in_the_workbook_said_so_and_whole_in_csv(export_db, tmp_path):
    from core.export.xlsx_rows import MAX_CELL

    store, a, b, *_ = export_db
    long_a = ("Áhkká sa 😀 at fristene er for korte. " * 3000)[:100_000]  # emoji: two of Excel's units each
    long_b = "Čáhcesuolu " + "x" * 99_000
    iv.reopen(store, a, "retting")
    iv.set_answer(store, a, "notes", long_a)
    iv.set_answer(store, b, "notes", long_b)  # a draft: its row is written by the faster route
    _, (path,) = ex.export(store, "xlsx", tmp_path / "ut.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["intervjuer"]
    header = [c.value for c in ws[1]]
    cells = {r[0].value: r[header.index("notes")].value for r in ws.iter_rows(min_row=2)}
    for interview, text in ((a, long_a), (b, long_b)):
        shown = cells[interview]
        assert len(shown.encode("utf-16-le")) // 2 <= MAX_CELL and shown.endswith(" […]")
        assert text.startswith(shown[:-len(" […]")]) and len(shown) > 16_000
    about = {r[0].value: r[1].value for r in wb["om"].iter_rows(min_row=2)}
    assert about["lange_tekster"].startswith("2 tekster er lengre enn de 32 767 tegnene")
    ex.write_csv(ex.collect(store), tmp_path / "csv")
    rows = list(csv.DictReader((tmp_path / "csv" / "intervjuer.csv").open(encoding="utf-8", newline="")))
    assert {r["intervju_id"]: r["notes"] for r in rows} == {a: long_a, b: long_b}
    assert "lange_tekster" not in (tmp_path / "csv" / "om.csv").read_text(encoding="utf-8")
