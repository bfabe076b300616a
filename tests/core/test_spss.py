"""The CSV export opened in SPSS and Stata: PSPP runs ``feltkart.sps`` on the exported files, pyreadstat reads
the .sav files back, and every label and value is compared with the database and the CSV files. Stata is not
here: its do-file is checked as text."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date

import pytest

from core import export as ex
from core import interviews as iv
from core.export import syntax
from core.export.tables import NAMED, YES_NO, Table, Variable
from core.reference import schemes
from core.reference.schemes import SchemeDraft
from tests.helpers import fill_required

PSPP = shutil.which("pspp")
needs_pspp = pytest.mark.skipif(
    PSPP is None, reason="pspp is not installed (Debian: apt-get install pspp), so the SPSS syntax cannot be run")
TRICKY = "Kommunens 'beste' «ordning» – \"ÆØÅ\" til $HOME `x'"
NOTE = "Første linje: «sitat» og 'apostrof'\r\nAndre linje – æøå ÆØÅ\nTredje \"linje\""
DATA_TABLES = [s for s in ex.SHEETS if s not in syntax.NOT_DATA]


@pytest.fixture
def spss_db(export_db):
    """The export's interviews, and one in Andøy with a multi-line note, a capacity of «vet ikke», a benefit the
    guide hides, and a scheme whose name holds apostrophes, quotes, a dollar and a backquote."""
    store, a, b, _ = export_db
    schemes.add(store, SchemeDraft("kommunens-beste", TRICKY, "The municipality's 'best'", "KDD", 2024))
    c = iv.create(store, "1871", "2026-03-20")  # Andøy
    fill_required(store, c, iv.schemes_for(store, c))
    iv.set_answers(store, c, [
        ("notes", "", NOTE), ("capacity", "", "vet_ikke"), ("dev_fte", "", 0.25),
        ("applied", "kommunens-beste", "ja"), ("took_part", "kommunens-beste", "ja"),
        ("benefit", "kommunens-beste", "vet_ikke"), ("aware", "kommunens-beste", "kjenner_godt"),
        ("applied", "digifin", "ja"), ("took_part", "digifin", "ja"), ("benefit", "digifin", 3),
    ])
    iv.set_answer(store, c, "took_part", "nei", "digifin")  # the benefit 3 is left behind, hidden
    iv.complete(store, c)
    return store, a, b, c


def _csv_rows(folder, table):
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _run_pspp(folder) -> dict:
    """Run a copy of feltkart.sps that saves what it leaves open (the interviews) as x.sav; every table as read."""
    import pyreadstat

    syntax_file = folder / "feltkart.sps"
    (folder / "x.sps").write_bytes(syntax_file.read_bytes() + b"SAVE OUTFILE='x.sav'.\n")
    done = subprocess.run([PSPP, "x.sps"], cwd=folder, capture_output=True, text=True, timeout=300)
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    assert "error" not in said.lower() and "warning" not in said.lower(), said
    read = {}
    for name in [*DATA_TABLES, "x"]:
        read[name] = pyreadstat.read_sav(str(folder / f"{name}.sav"), output_format="dict", user_missing=True)
    return read


@needs_pspp
def test_pspp_reads_the_export_with_every_label(spss_db, tmp_path):
    store, a, b, c = spss_db
    data, _ = ex.export(store, "csv", tmp_path / "ut")
    read = _run_pspp(tmp_path / "ut")
    values, meta = read["x"]  # what the syntax leaves open: the interviews
    variables = data.tables["intervjuer"].variables
    assert meta.column_names == [v.name for v in variables] == _csv_rows(tmp_path / "ut", "intervjuer")[0]
    assert meta.column_names_to_labels == {v.name: v.label_nb for v in variables}
    labels = meta.variable_value_labels
    assert labels["distrikt"] == {1.0: "ja", 0.0: "nei"} and labels["sentralitet"][6.0] == "6"
    assert labels["strategy"] == {"ja": "Ja", "nei": "Nei", "vet_ikke": "Vet ikke"}
    assert labels["consent_how"] == {"muntlig": "Muntlig", "skriftlig": "Skriftlig", "epost": "E-post"}
    assert labels["capacity"] == {**{float(k): str(k) for k in range(1, 6)}, -1.0: "Vet ikke"}
    assert labels["barriers_kapasitet"] == {1.0: "nevnt", 0.0: "ikke nevnt"}
    assert meta.missing_ranges["capacity"] == [{"lo": float("-inf"), "hi": -1.0}]
    assert (meta.variable_measure["capacity"], meta.variable_measure["dev_fte"],
            meta.variable_measure["kommune"]) == ("ordinal", "scale", "nominal")

    # the values, against the database
    row = {name: column[values["intervju_id"].index(c)] for name, column in values.items()}
    got = iv.get(store, c)
    updated = dict(store.conn.execute("SELECT id, updated_at FROM interviews").fetchall())
    assert (row["kommunenr"], row["kommune"], row["fylke"]) == ("1871", "Andøy", "Nordland")
    assert row["dato"] == date(2026, 3, 20) and row["sist_endret"] == updated[c]
    assert row["notes"] == got.answers[("notes", "")].replace("\r\n", "¶").replace("\n", "¶")
    assert row["capacity"] == -1 and row["dev_fte"] == 0.25 and row["status"] == "complete"
    other = {name: column[values["intervju_id"].index(a)] for name, column in values.items()}
    assert other["dev_fte"] == 1.5 and other["consent_date"] == date(2026, 2, 20) and other["capacity"] == 2
    assert other["notes"] == "'" + iv.get(store, a).answers[("notes", "")]  # as in the CSV: never a formula
    assert values["intervju_id"] == [r[0] for r in _csv_rows(tmp_path / "ut", "intervjuer")[1:]]

    values, meta = read["ordninger"]
    assert meta.variable_value_labels["ordning"]["kommunens-beste"] == TRICKY
    assert meta.variable_value_labels["benefit"][-1.0] == "Vet ikke"
    rows = {(i, s): k for k, (i, s) in enumerate(zip(values["intervju_id"], values["ordning"]))}
    tricky, digifin = rows[(c, "kommunens-beste")], rows[(c, "digifin")]
    assert values["benefit"][tricky] == -1 and values["aware"][tricky] == "kjenner_godt"
    assert values["took_part"][digifin] == "nei" and values["benefit"][digifin] is None  # hidden: empty
    assert values["benefit"][rows[(a, "digifin")]] == 4 and values["applied_year"][rows[(a, "digifin")]] == 2023
    assert got.answers[("benefit", "digifin")] == 3  # the database keeps what the export leaves out


def _expected(variable: Variable, text: str):
    """A CSV cell as SPSS holds it, by the codebook: numbers and whole-number codes as numbers, dates as dates,
    a text code on a number scale as -1, -2, ..., other text as text with its line breaks as ¶."""
    numbers = [code for code, _nb, _en in variable.codes if isinstance(code, int)]
    texts = [code for code, _nb, _en in variable.codes if isinstance(code, str)]
    if variable.type in ("integer", "decimal", "flag") or (variable.codes and not texts):
        return float(text) if text else None
    if variable.type == "date":
        return date.fromisoformat(text) if text else None
    if numbers and texts:
        if not text:
            return None
        return -1 - texts.index(text) if text in texts else int(text)
    return text.replace("\r\n", "¶").replace("\r", "¶").replace("\n", "¶")


@needs_pspp
def test_every_value_of_every_table_survives_pspp(spss_db, tmp_path):
    store, *_ = spss_db
    from core.fieldwork import contacts, sample

    sample.make(store, "imported", ["1826", "0301", "1871"])
    contacts.add_attempt(store, "1871", "2026-03-02T09:00", "telefon", "reached", note="Ring igjen\netter påske")
    contacts.add_appointment(store, "1871", "2026-03-20T10:00", place="Rådhuset på Andenes")
    data, _ = ex.export(store, "csv", tmp_path / "ut", include_names=True)
    read = _run_pspp(tmp_path / "ut")
    for name in DATA_TABLES:
        values, meta = read[name]
        rows = _csv_rows(tmp_path / "ut", name)
        variables = data.tables[name].variables
        assert rows[0] == meta.column_names == [v.name for v in variables], name
        assert meta.number_rows == len(rows) - 1 == len(data.tables[name].rows), name
        for k, v in enumerate(variables):
            assert values[v.name] == [_expected(v, r[k]) for r in rows[1:]], (name, v.name)
            assert meta.column_names_to_labels[v.name] == v.label_nb, (name, v.name)
    assert "Ring igjen¶etter påske" in read["kontakter"][0]["notat"]


def _tables_with(variables: list[Variable], rows: list[list]) -> ex.Export:
    """An export whose interview table is ``variables`` and ``rows`` (the other tables empty)."""
    tables = {s: Table(s, [Variable("x", "x", "x", "text")]) for s in ex.SHEETS}
    tables["intervjuer"] = Table("intervjuer", variables, rows)
    tables["om"] = Table("om", [Variable("felt", "Felt", "Field", "text"), Variable("verdi", "Verdi", "Value", "text")],
                         [["studie", "Studie «Nord» og 'Sør'"]])
    return ex.Export(tables, False, len(rows), len(rows))


LONG = "Hva hindrer kommunen i å søke på eller få utbytte av ordningene? " * 5
ODD = [
    Variable("by", "Et reservert ord i SPSS", "A word SPSS reserves", "text"),
    Variable("a_question_name_that_is_longer_than_thirty_two", LONG, LONG, "code",
             (("ja", "Ja, «helt» 'sikkert'", "Yes"), ("nei", "Nei \"aldri\"", "No"))),
    Variable("a_question_name_that_is_longer_than_thirty_two_2", "Sitat \"'x\"' og `y' og $z", "Quote", "flag", YES_NO),
    Variable("skala", "Skala", "Scale", "code", ((1, "Lav", "Low"), (2, "Høy", "High"), ("vet_ikke", "Vet ikke", "?"),
                                                 ("nekter", "Nekter å svare", "Refuses"))),
    Variable("dato", "Dato", "Date", "date"),
    Variable("valgt", "Valgt", "Chosen", "flag", NAMED),
]
ODD_ROWS = [
    ["Bø", "ja", 1, 2, date(2026, 1, 31), 1],
    ["Tromsø\nog Å", "nei", 0, "nekter", None, 0],
    ["", "kanskje", None, "vet_ikke", date(2026, 12, 1), None],  # a code the codebook does not know
    ["x" * 40000, None, 1, None, None, None],  # longer than SPSS's longest string
]


@needs_pspp
def test_names_and_labels_fit_spss(tmp_path):
    import pyreadstat

    ex.write_csv(_tables_with(ODD, ODD_ROWS), tmp_path / "ut")
    read = _run_pspp(tmp_path / "ut")
    values, meta = read["x"]
    assert meta.column_names[:3] == ["by_", "a_question_name_that_is_longer_than_thirty_two",
                                     "a_question_name_that_is_longer_than_thirty_two_2"]
    labels = meta.column_names_to_labels
    assert len(labels["a_question_name_that_is_longer_than_thirty_two"].encode()) <= 255
    assert labels["a_question_name_that_is_longer_than_thirty_two"].endswith("…")
    assert LONG.startswith(labels["a_question_name_that_is_longer_than_thirty_two"][:-1])
    assert labels["a_question_name_that_is_longer_than_thirty_two_2"] == "Sitat \"'x\"' og `y' og $z"
    assert meta.variable_value_labels["a_question_name_that_is_longer_than_thirty_two"] == {
        "ja": "Ja, «helt» 'sikkert'", "nei": 'Nei "aldri"'}
    assert meta.variable_value_labels["skala"] == {1.0: "Lav", 2.0: "Høy", -1.0: "Vet ikke", -2.0: "Nekter å svare"}
    assert values["skala"] == [2, -2, -1, None]
    assert values["by_"][:3] == ["Bø", "Tromsø¶og Å", ""] and len(values["by_"][3].encode()) == 32767
    assert values["a_question_name_that_is_longer_than_thirty_two"][:3] == ["ja", "nei", "kanskje"]
    assert values["dato"] == [date(2026, 1, 31), None, date(2026, 12, 1), None]
    for name in DATA_TABLES[1:]:  # the empty tables are read too: no rows, their one column
        assert pyreadstat.read_sav(str(tmp_path / "ut" / f"{name}.sav"), metadataonly=True)[1].number_rows in (0, None)


def test_the_do_file_reads_the_csv_with_every_label(spss_db, tmp_path):
    store, *_ = spss_db
    data, files = ex.export(store, "csv", tmp_path / "ut")
    raw = (tmp_path / "ut" / "feltkart.do").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # Stata reads UTF-8 and wants no BOM
    do = raw.decode("utf-8")
    assert (tmp_path / "ut" / "feltkart.sps").read_bytes().startswith(b"\xef\xbb\xbf* Encoding: UTF-8.")
    lines = do.splitlines()
    assert "version 16" in lines and lines[-1] == 'use "intervjuer.dta", clear'
    for name in DATA_TABLES:
        read = (f'import delimited using "{name}.csv", clear encoding("utf-8") delimiters(",") varnames(nonames) '
                'rowrange(2) stringcols(_all) bindquotes(strict) maxquotedrows(unlimited)')
        assert (read in lines) == bool(data.tables[name].rows), name  # a table without rows is made empty
        assert f'save "{name}.dta", replace' in lines
    # the names, in the order of the columns: one rename over several lines
    start = lines.index('import delimited using "intervjuer.csv", clear encoding("utf-8") delimiters(",") '
                        'varnames(nonames) rowrange(2) stringcols(_all) bindquotes(strict) maxquotedrows(unlimited)')
    command = []
    for line in lines[start + 1:]:
        command.append(line.removesuffix("///").strip())
        if not line.endswith("///"):
            break
    olds, news = " ".join(command).removeprefix("rename (").removesuffix(")").split(") (")
    header = _csv_rows(tmp_path / "ut", "intervjuer")[0]
    assert olds.split() == [f"v{k}" for k in range(1, len(header) + 1)] and news.split() == header
    # every variable labelled (Stata: 80 characters at most), text codes coded 1, 2, ... with their labels
    for v in data.tables["intervjuer"].variables:
        label = v.label_nb if len(v.label_nb) <= 80 else v.label_nb[:79] + "…"
        assert f'label variable {v.name} `"{label}"\'' in lines, v.name
    assert "label variable barriers_kapasitet `\"Hva hindrer kommunen i å søke på eller få utbytte av ordningene?: " \
           "Mangel på kapasitet/tid\"'" not in lines  # 95 characters: cut
    assert "* strategy: 1 = ja; 2 = nei; 3 = vet_ikke" in lines
    assert "replace _fk = 3 if strategy == `\"vet_ikke\"'" in lines
    assert "label define strategy 1 `\"Ja\"' 2 `\"Nei\"' 3 `\"Vet ikke\"', replace" in lines
    assert "label define capacity 1 `\"1\"' 2 `\"2\"' 3 `\"3\"' 4 `\"4\"' 5 `\"5\"' .a `\"Vet ikke\"', replace" in lines
    assert "replace _fk = .a if capacity == `\"vet_ikke\"'" in lines
    assert 'generate double _fk = date(dato, "YMD")' in lines and "label values distrikt distrikt" in lines
    # a name with apostrophes, quotes, a dollar and a backquote: inside compound quotes, no macro expanded
    escaped = "Kommunens 'beste' «ordning» – \"ÆØÅ\" til \\$HOME \\`x'"
    ordning = next(line for line in lines if line.startswith("label define ordning "))
    assert f"`\"{escaped}\"'" in ordning
    assert "$HOME" not in do.replace("\\$HOME", "")


def test_stata_names_and_labels_stay_within_its_limits(tmp_path):
    ex.write_csv(_tables_with(ODD, ODD_ROWS), tmp_path / "ut")
    do = (tmp_path / "ut" / "feltkart.do").read_text(encoding="utf-8")
    names = ["by", "a_question_name_that_is_longer_t", "a_question_name_that_is_longer_2", "skala", "dato", "valgt"]
    assert all(len(n) <= 32 for n in names)
    assert "rename (v1 v2 v3 v4 v5 v6) ///\n    (" + " ".join(names) + ")\n" in do
    assert ("* the column a_question_name_that_is_longer_than_thirty_two is called a_question_name_that_is_longer_t"
            " here") in do
    assert f"label variable a_question_name_that_is_longer_t `\"{LONG[:79]}…\"'" in do
    assert "label variable a_question_name_that_is_longer_2 `\"Sitat \"’x\"’ og \\`y' og \\$z\"'" in do
    # text codes: 1, 2 as the codebook, a code it does not know after them, labelled by itself
    assert "label define a_question_name_that_is_longer_t 1 `\"Ja, «helt» 'sikkert'\"' 2 `\"Nei \"aldri\"\"' " \
           "3 `\"kanskje\"', replace" in do
    assert "label define skala 1 `\"Lav\"' 2 `\"Høy\"' .a `\"Vet ikke\"' .b `\"Nekter å svare\"', replace" in do
    # an empty table is made with its columns, so that its .dta exists too
    assert '* ---- ordninger: 0 rows, from ordninger.csv\nclear\ngenerate str1 x = ""' in do


def test_syntax_literals():
    assert syntax._spss_literal("Kommunens 'beste'") == "'Kommunens ''beste'''"
    assert syntax._spss_literal("a\nb") == "'a b'"
    long = syntax._spss_literal("æ" * 200, 255)
    assert long.count("' +\n      '") == 2 and "…" in long
    assert syntax._stata_literal('say "hi"\' $x `y\'') == "`\"say \"hi\"’ \\$x \\`y'\"'"
    assert syntax.spss_cell("a\r\nb\rc\nd") == "a¶b¶c¶d"
    assert syntax.spss_cell("ø" * 20000).encode() == ("ø" * 16383).encode()
