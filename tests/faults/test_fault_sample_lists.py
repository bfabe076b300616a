"""Making the sample from the command line with bad input: a list with unknown numbers, duplicates, numbers
without their leading zero, Latin-1 text from an old Excel, semicolons or commas, an empty file, a sheet without
a number column, a damaged workbook, a folder, a missing file; a draw larger than a stratum; response rates
without a sample. Each is refused or reported row by row, with its exit status, and the database is byte for
byte as it was until the user confirms."""

from __future__ import annotations

import pytest

from tests.faults.conftest import digest, settle


@pytest.fixture
def fresh(tmp_path):
    """A database of a study without a sample, made by the production code."""
    from core.reference import study
    from core.workspace import open_workspace

    path = tmp_path / "studie.sqlite"
    store = open_workspace(path)
    study.save(store, study.load(store).with_changes(study_name="Studie", coordinator_name="Kari"))
    store.close()
    settle(path)
    return path


BAD_LISTS = [
    # (file name, bytes, the lines the report must print)
    ("ukjent.csv", "kommunenr\n1826\n9999\n".encode(), ["row 3: '9999' -> 9999: not in the study's registry"]),
    ("dobbel.csv", "kommunenr\n1826\n1826\n".encode(), ["row 3: '1826' -> 1826: already in the list"]),
    ("null.csv", "kommunenr\n301\n1826\n".encode(), ["row 2: '301' -> 0301: read with its leading zero"]),
    ("latin1.csv", "kommunenr;navn\n1826;Hattfjelldal\nxyz;Bø i Vesterålen\n".encode("cp1252"),
     ["(cp1252, separated by ';', column 'kommunenr')", "row 3: 'xyz': not a municipality number or name"]),
    ("komma.csv", "navn,kommunenr\nOslo,0301\nUkjent,12\n".encode(),
     ["separated by ','", "row 3: '12' -> 0012: not in the study's registry (read with its leading zero)"]),
]


@pytest.mark.parametrize("name,content,lines", BAD_LISTS, ids=[b[0] for b in BAD_LISTS])
def test_a_list_with_problems_is_reported_row_by_row_and_taken_only_when_confirmed(feltkart, fresh, tmp_path, name,
                                                                                   content, lines):
    from core.fieldwork import sample
    from core.workspace import open_workspace

    path = tmp_path / name
    path.write_bytes(content)
    before = digest(fresh)
    result = feltkart("sample", "--db", fresh, "--import", path)
    assert result.code == 1, result.err
    for line in lines:
        assert line in result.out
    assert "nothing was imported. Run again with --yes to import the" in result.err
    assert digest(fresh) == before
    confirmed = feltkart("sample", "--db", fresh, "--import", path, "--yes")
    assert confirmed.code == 0, confirmed.err
    store = open_workspace(fresh, create=False)
    try:
        made = sample.design(store)
        assert made.rule == "imported" and made.source == name and sample.members(store)
    finally:
        store.close()


def _xlsx_without_numbers(path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Navn", "Merknad"])
    book.active.append(["Per", "ingen tall her"])
    book.save(path)


@pytest.mark.parametrize("name,make,words", [
    ("tom.csv", lambda p: p.write_bytes(b""), "it holds no rows"),
    ("blank.csv", lambda p: p.write_bytes(b"\n \n;;\n"), "it holds no rows"),
    ("tekst.csv", lambda p: p.write_text("navn;merknad\nPer;hei\n", encoding="utf-8"),
     "no column holds municipality numbers or names"),
    ("ark.xlsx", _xlsx_without_numbers, "no column holds municipality numbers or names"),
    ("skadet.xlsx", lambda p: p.write_bytes(b"PK\x03\x04 not a workbook"), "it cannot be read"),
    ("mappe.csv", lambda p: p.mkdir(), "it cannot be read"),
    ("borte.csv", lambda p: None, "it cannot be read"),
])
def test_a_list_with_nothing_to_read_is_refused_and_nothing_changes(feltkart, fresh, tmp_path, name, make, words):
    path = tmp_path / name
    make(path)
    before = digest(fresh)
    result = feltkart("sample", "--db", fresh, "--import", path)
    assert result.code == 1 and words in result.err and "Nothing was imported." in result.err
    assert digest(fresh) == before


def test_a_draw_larger_than_a_stratum_is_refused_with_the_numbers(feltkart, fresh):
    before = digest(fresh)
    result = feltkart("sample", "--db", fresh, "--draw", "1:6,6:10", "--seed", "4")
    assert result.code == 1 and "stratum 1: 6 asked, only 5 there" in result.err
    result = feltkart("sample", "--db", fresh, "--draw", "6/03:1", "--seed", "4")
    assert result.code == 1 and "stratum 6/03: 1 asked, only 0 there" in result.err
    assert digest(fresh) == before


@pytest.mark.parametrize("argv,code,words", [
    (["--draw", "6:10"], 2, "--draw needs --seed"),
    (["--draw", "7:10", "--seed", "1"], 2, "cannot read '7:10'"),
    (["--draw", "6:ti", "--seed", "1"], 2, "cannot read '6:ti'"),
    (["--census", "--draw", "6:1"], 2, "not allowed with argument"),
    ([], 2, "one of the arguments --census --draw --import is required"),
])
def test_arguments_of_sample_that_cannot_be_taken(feltkart, fresh, argv, code, words):
    before = digest(fresh)
    result = feltkart("sample", "--db", fresh, *argv)
    assert result.code == code and words in result.err
    assert digest(fresh) == before


def test_a_second_sample_needs_replace(feltkart, fresh):
    assert feltkart("sample", "--db", fresh, "--draw", "6:3", "--seed", "1").code == 0
    before = digest(fresh)
    result = feltkart("sample", "--db", fresh, "--census")
    assert result.code == 1 and "give --replace to make it again" in result.err
    assert digest(fresh) == before
    assert feltkart("sample", "--db", fresh, "--census", "--replace").code == 0


def test_response_rates_without_a_sample_or_into_a_file_are_refused(feltkart, fresh, tmp_path):
    result = feltkart("fieldwork", "--db", fresh, "--out", tmp_path / "ut")
    assert result.code == 1 and "has no sample yet" in result.err and not (tmp_path / "ut").exists()
    feltkart("sample", "--db", fresh, "--census")
    (tmp_path / "fil").write_text("x")
    result = feltkart("fieldwork", "--db", fresh, "--out", tmp_path / "fil")
    assert result.code == 1 and "is a file" in result.err and (tmp_path / "fil").read_text() == "x"
    result = feltkart("fieldwork", "--db", fresh, "--out", tmp_path / "ut", "--by", "fylke")
    assert result.code == 2 and "invalid choice" in result.err


def _damaged_sheet(path):
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["kommunenr"])
    book.active.append(["1826"])
    book.save(path.with_suffix(".tmp"))
    with zipfile.ZipFile(path.with_suffix(".tmp")) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, b"<worksheet><sheetData><row" if item.filename.endswith("sheet1.xml") else data)


@pytest.mark.parametrize("name,make,words", [
    ("quote.csv", lambda p: p.write_text('kommunenr;navn\n"1826;x\n1832;y\n' + "z" * 200_000, encoding="utf-8"),
     "it cannot be read"),
    ("ark.xlsx", _damaged_sheet, "it cannot be read"),
    ("lang.csv", lambda p: p.write_text("kommunenr\n" + "1826\n" * 6000, encoding="utf-8"), "far more than a list"),
])
def test_a_list_that_cannot_be_read_as_a_list_is_refused(feltkart, fresh, tmp_path, name, make, words):
    path = tmp_path / name
    make(path)
    before = digest(fresh)
    result = feltkart("sample", "--db", fresh, "--import", path)
    assert result.code == 1 and words in result.err and "Nothing was imported." in result.err
    assert digest(fresh) == before


@pytest.mark.parametrize("content,encoding,valid,lines", [
    ("kommunenr;navn\n1826;Hattfjelldal\n0301;Oslo\n", "utf-16", 2, []),  # Excel's "Unicode text"
    ("Liste\nx;0301\n1826;y\n", "utf-8", 1, []),  # a title row shorter than the rows
    ("Oslo\nBodø\n", "utf-8", 2, []),  # names, no header: the first is a row too
    ("O301\n1826\n1832\n", "utf-8", 2, ["row 1: 'O301': not a municipality number or name"]),  # a typo is a row
])
def test_lists_that_look_odd_are_read_row_by_row(feltkart, fresh, tmp_path, content, encoding, valid, lines):
    path = tmp_path / "liste.csv"
    path.write_bytes(content.encode(encoding))
    result = feltkart("sample", "--db", fresh, "--import", path, "--yes")
    assert result.code == 0, result.err
    assert f"; {valid} valid" in result.out and "imported from liste.csv" in result.out
    for line in lines:
        assert line in result.out


def test_a_negative_seed_is_refused(feltkart, fresh):
    before = digest(fresh)
    result = feltkart("sample", "--db", fresh, "--draw", "6:3", "--seed", "-4")
    assert result.code == 2 and "--seed -4: give a whole number from 0 up" in result.err
    assert digest(fresh) == before
