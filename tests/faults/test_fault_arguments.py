"""Bad arguments: each refused with what is wrong, exit status 2 (an argument) or 1 (a place that cannot be
written), and nothing written."""

from __future__ import annotations

import pytest

from tests.faults.conftest import digest


@pytest.fixture
def db(demo_db, copy_of):
    return copy_of(demo_db)


@pytest.mark.parametrize("command", ["stats", "export"])
@pytest.mark.parametrize("county", ["99", "abc", "1800"])
def test_a_county_the_registry_lacks_is_refused_naming_the_counties(feltkart, db, tmp_path, command, county):
    out = tmp_path / ("ut" if command == "stats" else "ut.xlsx")
    extra = ["--format", "xlsx"] if command == "export" else []
    result = feltkart(command, "--db", db, "--out", out, *extra, "--county", county)
    assert result.code == 2
    assert f"--county {county!r} is not a county of the study's registry" in result.err
    assert "18 Nordland" in result.err and "03 Oslo" in result.err
    assert not out.exists()


def test_a_county_without_its_leading_zero_is_taken(feltkart, db, tmp_path):
    result = feltkart("stats", "--db", db, "--out", tmp_path / "ut", "--county", "3")
    assert result.code == 0, result.err


@pytest.mark.parametrize("dates,words", [
    (("--from", "31.02.2026"), "dates that exist"),
    (("--to", "i går"), "dates that exist"),
    (("--from", "01.06.2026", "--to", "01.03.2026"), "is after --to"),
])
@pytest.mark.parametrize("command", ["stats", "export"])
def test_a_date_that_does_not_exist_or_a_reversed_range_is_refused(feltkart, db, tmp_path, command, dates, words):
    out = tmp_path / ("ut" if command == "stats" else "ut.xlsx")
    extra = ["--format", "xlsx"] if command == "export" else []
    result = feltkart(command, "--db", db, "--out", out, *extra, *dates)
    assert result.code == 2 and words in result.err and not out.exists()



def test_a_qdpx_project_follows_the_filters_and_refuses_a_county_the_registry_lacks(feltkart, db, tmp_path):
    import zipfile

    from core.interviews import quotes
    from core.workspace import open_workspace

    store = open_workspace(db)
    listed = quotes.list_quotes(store)
    store.close()
    every = feltkart("export", "--db", db, "--format", "qdpx", "--out", tmp_path / "alle.qdpx")
    nordland = feltkart("export", "--db", db, "--format", "qdpx", "--out", tmp_path / "18.qdpx", "--county", "18",
                        "--status", "complete", "--from", "01.01.2026")
    assert every.code == nordland.code == 0
    chosen = {q.interview_id for q in listed if q.county == "18" and q.status == "complete"
              and q.interview_date and q.interview_date >= "2026-01-01"}
    with zipfile.ZipFile(tmp_path / "18.qdpx") as z:
        sources = {n.removeprefix("Sources/").removesuffix(".txt") for n in z.namelist() if n.startswith("Sources/")}
    assert sources == chosen and 0 < len(chosen) < len({q.interview_id for q in listed})
    assert f"export: {len(chosen)} interviews' quotes and notes" in nordland.out
    refused = feltkart("export", "--db", db, "--format", "qdpx", "--out", tmp_path / "x.qdpx", "--county", "99")
    assert refused.code == 2 and "is not a county of the study's registry" in refused.err
    assert not (tmp_path / "x.qdpx").exists()


def test_stats_into_a_file_is_refused(feltkart, db, tmp_path):
    (tmp_path / "ut").write_text("en fil")
    result = feltkart("stats", "--db", db, "--out", tmp_path / "ut")
    assert result.code == 1 and "is a file; give a folder" in result.err
    assert (tmp_path / "ut").read_text() == "en fil"


def test_stats_where_no_folder_can_be_made_is_refused(feltkart, db, tmp_path):
    (tmp_path / "fil").write_text("en fil")  # a folder cannot be made under a file, whoever runs Feltkart
    result = feltkart("stats", "--db", db, "--out", tmp_path / "fil" / "ut")
    assert result.code == 1 and f"cannot write {tmp_path / 'fil' / 'ut'}" in result.err
    assert (tmp_path / "fil").read_text() == "en fil"


def test_export_into_a_folder_that_is_gone_is_refused(feltkart, db, tmp_path):
    result = feltkart("export", "--db", db, "--format", "xlsx", "--out", tmp_path / "borte" / "ut.xlsx")
    assert result.code == 1 and "the folder does not exist" in result.err
    assert not (tmp_path / "borte").exists()


def test_csv_into_a_file_is_refused(feltkart, db, tmp_path):
    (tmp_path / "ut").write_text("en fil")
    result = feltkart("export", "--db", db, "--format", "csv", "--out", tmp_path / "ut")
    assert result.code == 1 and "a file has that name; choose a folder" in result.err


def test_a_report_of_drafts_alone_is_refused(feltkart, db, tmp_path):
    result = feltkart("export", "--db", db, "--format", "pdf", "--status", "draft", "--out", tmp_path / "r.pdf")
    assert result.code == 2 and "not drafts alone" in result.err and not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize("n", ["0", "-3", "100001"])
def test_demo_refuses_a_number_of_interviews_out_of_range(feltkart, tmp_path, n):
    result = feltkart("demo", "--db", tmp_path / "demo.sqlite", "--interviews", n)
    assert result.code == 2 and "from 1 to 100000" in result.err and not (tmp_path / "demo.sqlite").exists()


def test_demo_refuses_a_database_with_a_study_of_its_own(feltkart, db, tmp_path):
    before = digest(db)
    result = feltkart("demo", "--db", db)
    assert result.code == 1 and "demo data already" in result.err and digest(db) == before


@pytest.mark.parametrize("argv", [
    ["noe"], ["export", "--db", "x.sqlite", "--format", "docx", "--out", "x"], ["merge", "--db", "x.sqlite"],
    ["stats", "--out", "x"], ["demo", "--db", "x.sqlite", "--interviews", "mange"],
])
def test_arguments_argparse_refuses(feltkart, tmp_path, argv):
    result = feltkart(*argv)
    assert result.code == 2 and "usage:" in result.err and "error:" in result.err
