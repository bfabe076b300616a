"""The guide format: the bundled guide, faulty files named by line and problem, values, relevance, problems."""

import pytest

from core.base.resources import resource_path
from core.model.guide import GuideError, check_value, parse_guide, problems, relevant_names

GUIDE_TEXT = resource_path("guides", "distrikt_ordninger_v1.toml").read_text(encoding="utf-8")
GUIDE = parse_guide(GUIDE_TEXT, "distrikt_ordninger_v1.toml")


def test_bundled_guide_has_the_studys_sections_and_types():
    assert (GUIDE.id, GUIDE.version) == ("distrikt-ordninger", 1)
    assert [s.name for s in GUIDE.sections] == ["A", "B", "C", "D", "E", "F"]
    assert [s.per_scheme for s in GUIDE.sections] == [False, False, True, False, False, False]
    types = {q.type for q in GUIDE.questions()}
    assert {"single", "multiple", "yes_no_dk", "likert5", "integer", "decimal", "date", "text", "long_text"} <= types
    scheme_block = [q.name for q in GUIDE.sections[2].questions]
    assert scheme_block == ["aware", "applied", "applied_year", "took_part", "benefit", "scheme_comment"]
    assert [c.value for c in GUIDE.question("barriers").choices][-1] == "annet"
    assert GUIDE.question("capacity").choices[-1].value == "vet_ikke"
    assert GUIDE.sections[0].title("nb") == "A. Om intervjuet" and GUIDE.sections[0].title("en") == "A. About the interview"


def broken(old: str, new: str) -> str:
    assert old in GUIDE_TEXT
    return GUIDE_TEXT.replace(old, new, 1)


@pytest.mark.parametrize(
    "text,line_of,problem",
    [
        (broken('type = "likert5"', 'type = "likert7"'), 'type = "likert7"', "unknown type 'likert7'"),
        (broken('choices = "awareness"', 'choices = "kjennskap"'), 'choices = "kjennskap"', "choice list 'kjennskap'"),
        (broken('relevant = { question = "consent", equals = "ja" }', 'relevant = { question = "notes", equals = "ja" }'),
         'question = "notes"', "does not come before it"),
        (broken("min = 2000", 'min = "tjue"'), 'min = "tjue"', "min must be a number"),
    ],
)
def test_faulty_guide_names_line_and_problem(text, line_of, problem):
    with pytest.raises(GuideError) as info:
        parse_guide(text, "revidert.toml")
    expected_line = next(n for n, line in enumerate(text.splitlines(), 1) if line_of in line)
    assert info.value.line == expected_line
    assert problem in info.value.problem
    assert str(info.value).startswith(f"revidert.toml, line {expected_line}:")


def test_a_repeated_question_name_points_at_the_repeat():
    text = broken('name = "form"', 'name = "consent"')
    with pytest.raises(GuideError) as info:
        parse_guide(text, "x.toml")
    lines = [n for n, line in enumerate(text.splitlines(), 1) if 'name = "consent"' in line]
    assert info.value.line == lines[1] and "appears twice" in info.value.problem


def test_toml_syntax_error_names_its_line():
    text = broken('title_en = "B. The municipality\'s development work"', 'title_en = "B. unterminated')
    with pytest.raises(GuideError) as info:
        parse_guide(text, "x.toml")
    assert info.value.line == next(n for n, line in enumerate(text.splitlines(), 1) if "unterminated" in line)


@pytest.mark.parametrize(
    "name,value,code",
    [
        ("dev_fte", -1, "below_min"),
        ("dev_fte", 10001, "above_max"),
        ("dev_fte", "mange", "not_a_number"),
        ("applied_year", 1999, "below_min"),
        ("applied_year", 2017.5, "not_an_integer"),
        ("interview_date", "2024-02-31", "not_a_date"),
        ("interview_date", "2018-12-31", "below_min"),
        ("network_name", "x" * 201, "too_long"),
        ("form", "brev", "not_a_choice"),
        ("barriers", ["kapasitet", "penger"], "not_a_choice"),
        ("capacity", 6, "not_a_choice"),
        ("municipality", "123", "not_a_municipality"),
        ("informants", [{"role": "sjef"}], "informant_role"),
    ],
)
def test_bad_values_are_named(name, value, code):
    assert check_value(GUIDE.question(name), value) == code


@pytest.mark.parametrize(
    "name,value",
    [
        ("notes", "Sámi: á č đ ŋ š ŧ ž – emoji 🏔️🚣‍♀️ og «sitat»"),
        ("notes", "x" * 100_000),
        ("dev_fte", 2.5),
        ("capacity", "vet_ikke"),
        ("barriers", ["kapasitet", "annet"]),
        ("informants", [{"role": "ordforer", "name": "Áile Ŋuolla", "contact": ""}]),
    ],
)
def test_good_values_pass(name, value):
    assert check_value(GUIDE.question(name), value) is None


def test_relevance_follows_the_chain():
    block = GUIDE.sections[2].questions
    shown = relevant_names(block, {"applied": "ja", "took_part": "ja"})
    assert {"applied_year", "took_part", "benefit"} <= shown
    # a stale 'took_part = ja' behind a hidden took_part does not show benefit
    shown = relevant_names(block, {"applied": "nei", "took_part": "ja"})
    assert "took_part" not in shown and "benefit" not in shown
    plain = [q for s in GUIDE.sections if not s.per_scheme for q in s.questions]
    assert "barrier_other" in relevant_names(plain, {"barriers": ["annet"]})
    assert "barrier_other" not in relevant_names(plain, {"barriers": ["kapasitet"]})


def test_problems_cover_required_relevant_and_constraints():
    answers = {("interview_date", ""): "2026-03-01", ("municipality", ""): "1826", ("dev_fte", ""): -3,
               ("aware", "digifin"): "kjenner_til", ("applied", "digifin"): "ja", ("applied_year", "digifin"): 1990}
    found = problems(GUIDE, answers, ["digifin", "stimulab"])
    assert found[("form", "")] == "required"
    assert found[("dev_fte", "")] == "below_min"
    assert found[("applied_year", "digifin")] == "below_min"
    assert found[("aware", "stimulab")] == "required"
    assert ("aware", "digifin") not in found
    assert ("consent_date", "") not in found  # not relevant until consent = ja
