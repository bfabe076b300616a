"""Exports read back (openpyxl, csv) and compared with the database, value by value."""

import csv
import zipfile
from datetime import datetime

import openpyxl
import pytest

from core import export as ex
from core import interviews as iv
from core.base.atomic import WriteError
from core.reference import guide_library
from tests.helpers import CONTACT, DANGEROUS_TEXTS, NAME


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
    assert len(files) == len(ex.SHEETS) == 9


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
    assert sorted(p.name for p in (tmp_path / "plain").iterdir()) == sorted(f"{s}.csv" for s in ex.SHEETS)


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
