"""Suggested file names: valid on Windows, macOS and Linux whatever the name they are made from, and reading well."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from core.base.filenames import MAX_STEM, suggested_name, suggested_stem
from tests.valid_names import assert_valid_everywhere


@given(st.one_of(st.text(), st.text(alphabet=st.sampled_from(list(' .:-/\\|?*<>"CONULPTAXcom1¹æøåÆØÅ\t\n\x00'))),
                 st.text(min_size=80)), st.sampled_from(["xlsx", "pdf", "png", "feltkart", ".svg"]))
@example("Demo: distriktskommuner og nasjonale ordninger", "xlsx")
@example(" con . ", "pdf")
@example("\ud800", "png")
def test_any_text_gives_a_name_valid_on_every_system(text, suffix):
    name = suggested_name(text, suffix)
    assert_valid_everywhere(name, suffix.lstrip("."))
    assert suggested_name(name[: -len(suffix.lstrip(".")) - 1], suffix) == name  # a suggestion is left as it is


@pytest.mark.parametrize("text,name", [
    ("Demo: distriktskommuner og nasjonale ordninger", "Demo - distriktskommuner og nasjonale ordninger.xlsx"),
    ("Kjennskap til deltakelse", "Kjennskap til deltakelse.xlsx"),
    ("Tromsø og Øksnes 2024/25", "Tromsø og Øksnes 2024-25.xlsx"),
    ("Ålesund?", "Ålesund.xlsx"),
    ("CON", "CON fil.xlsx"), ("nul.tar", "nul fil.tar.xlsx"), ("Lpt1 ", "Lpt1 fil.xlsx"),
    ("", "feltkart.xlsx"), (None, "feltkart.xlsx"), ("...", "feltkart.xlsx"), ("\x00\x07", "feltkart.xlsx"),
    ("Navn.", "Navn.xlsx"), (".skjult", "skjult.xlsx"),
])
def test_names_read_well(text, name):
    assert suggested_name(text, "xlsx") == name


def test_a_long_name_is_cut_after_a_whole_word():
    text = "Distriktskommunenes deltakelse i statlige ordninger for innovasjon, fornyelse og omstilling 2026"
    stem = suggested_stem(text)
    assert len(stem) <= MAX_STEM and text.startswith(stem) and text[len(stem)] == " "
    assert stem == "Distriktskommunenes deltakelse i statlige ordninger for"
    assert suggested_stem("x" * 100) == "x" * MAX_STEM  # one word longer than a name may be: cut where it must
    assert suggested_stem("", fallback="diagram") == "diagram"
