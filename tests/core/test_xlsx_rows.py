"""The rows written straight into the workbook's XML (core/xlsx_rows.py) read back with openpyxl exactly as
the values went in, whatever the text holds; the workbook stays valid (dimension, styles, one date style)."""

import re
import zipfile
from datetime import date, datetime

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from core import export as ex
from core.export import xlsx, xlsx_rows

VARIABLES = [ex.Variable("id", "Id", "Id", "text"), ex.Variable("n", "Antall", "Count", "integer"),
             ex.Variable("x", "Desimal", "Decimal", "decimal"), ex.Variable("dato", "Dato", "Date", "date"),
             ex.Variable("tekst", "Tekst", "Text", "text")]


def export_of(rows) -> ex.Export:
    tables = {name: ex.Table(name, [ex.Variable("a", "A", "A", "text")], [["x"]]) for name in ex.SHEETS}
    tables["intervjuer"] = ex.Table("intervjuer", VARIABLES, rows)
    return ex.Export(tables, personal_data=False, interviews=len(rows), municipalities=0)


def read_back(path):
    book = openpyxl.load_workbook(path)
    ws = book["intervjuer"]
    return [list(r) for r in ws.iter_rows(min_row=2, values_only=True)], ws


def test_rows_read_back_as_written(tmp_path):
    rows = [
        ["a", 1, 0.5, None, "første rad"],  # no date until the third row: openpyxl writes up to it
        ["b", None, None, None, None],
        ["c", -7, 1e-7, date(2026, 3, 2), "Kárášjohka & <Unjárga> \"sitat\" 'apostrof'"],
        ["d", 2**40, 2.5, date(1999, 12, 31), "=SUM(A1:A3)"],
        ["e", 0, -0.0, date(2026, 11, 27), "  mellomrom  "],
        ["f", 3, 3.25, None, "linje 1\r\nlinje 2\ttabulator"],
        ["g", 4, None, date(2030, 1, 1), "@person"],
    ]
    target = ex.write_xlsx(export_of(rows), tmp_path / "t.xlsx")
    got, ws = read_back(target)
    expected = [[v if not isinstance(v, date) else datetime(v.year, v.month, v.day) for v in row] for row in rows]
    assert got == expected
    assert ws["D4"].number_format == xlsx.DATE_FORMAT and ws["D5"].number_format == xlsx.DATE_FORMAT
    assert not ws["E5"].font.b  # the data rows do not take the header's bold
    with zipfile.ZipFile(target) as z:
        sheet = z.read(xlsx_rows.sheet_parts(z)["intervjuer"]).decode()
    assert "<dimension" not in sheet and sheet.count("<row ") == 8  # no used range to go out of date
    assert "<f>" not in sheet  # "=SUM(...)" and "@person" are text, never formulas


def test_characters_xml_cannot_hold_are_dropped(tmp_path):
    rows = [["a", 1, 1.0, date(2026, 1, 1), "start"], ["b", 2, 2.0, None, "før\x0bvertikal\x00null\x1fslutt"]]
    got, _ws = read_back(ex.write_xlsx(export_of(rows), tmp_path / "t.xlsx"))
    assert got[1][4] == "førvertikalnullslutt"


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",))), min_size=2, max_size=6))
def test_any_text_round_trips(tmp_path_factory, texts):
    rows = [[f"id{n}", n, None, date(2026, 1, 1) if n == 0 else None, text] for n, text in enumerate(texts)]
    got, _ws = read_back(ex.write_xlsx(export_of(rows), tmp_path_factory.mktemp("x") / "t.xlsx"))
    strip = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
    assert [row[4] for row in got] == [strip.sub("", t) or None for t in texts]


def test_column_letters():
    assert [xlsx_rows.column_letter(n) for n in (1, 26, 27, 52, 53, 702, 703)] == \
        ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]


def test_values_a_sheet_cannot_hold_and_early_dates(tmp_path):
    rows = [["a", 1, 1.0, date(2026, 1, 1), "x"], ["b", 2, float("nan"), date(1900, 1, 1), "y"],
            ["c", 3, float("inf"), date(1900, 2, 28), "z"], ["d", 4, -float("inf"), date(1900, 3, 1), "w"]]
    got, _ws = read_back(ex.write_xlsx(export_of(rows), tmp_path / "t.xlsx"))
    assert [row[2] for row in got] == [1.0, None, None, None]  # as openpyxl: no cell for nan or infinity
    assert [row[3].date() for row in got] == [date(2026, 1, 1), date(1900, 1, 1), date(1900, 2, 28), date(1900, 3, 1)]
