"""Finding a municipality by what is typed: any part of any official name, any case, with or without diacritics,
or its number (core.reference.municipality_search, without Qt)."""

import pytest

from core.reference import registry
from core.reference.municipality_search import MunicipalitySearch, fold, parts


@pytest.fixture(params=[(2024, 22), (2020, 15)], ids=["2024", "2020"])
def finder(request, store):
    version, several = request.param
    found = MunicipalitySearch(registry.municipalities(store, version))
    assert sum(len(parts(m.name)) > 1 for m in found.municipalities) == several
    return found


def test_folding_drops_diacritics_but_keeps_the_norwegian_letters():
    assert fold("Kárášjohka") == "karasjohka" and fold("Porsáŋgu") == "porsangu"
    assert fold("ÁŠČĐŦŊŽ áščđŧŋž") == "ascdtnz ascdtnz"
    assert fold("ÆØÅ æøå") == "æøå æøå" and fold("Bodø") != fold("Bodo") and fold("Tråante") != fold("Traante")
    assert fold("  Nord–Odal ") == "nord-odal"  # an en dash typed for the hyphen


def test_each_part_of_a_name_of_several_names_resolves(finder):
    several = [m for m in finder.municipalities if len(parts(m.name)) > 1]
    for m in several:
        for part in parts(m.name):
            for typed in (part, part.upper(), fold(part)):
                assert finder.resolve(typed) == m, typed
                assert finder.matches(typed)[0] == m, typed


def test_what_people_type_2024(store):
    finder = MunicipalitySearch(registry.municipalities(store, 2024))
    number = lambda text: (finder.resolve(text) or registry.Municipality(*[None] * 8)).number  # noqa: E731
    assert number("Trondheim") == "5001" and number("Kautokeino") == "5612" and number("karasjok") == "5610"
    assert number("5001") == "5001" and number("301") == "0301" and number("Hemnes (1832, Nordland)") == "1832"
    assert number("Herøy") is None and number("herøy nordland") == "1818" and number("Hemn") is None
    assert number("Oslo (1832)") is None and number("") is None and number("99999") is None
    names = lambda text: [m.name for m in finder.matches(text)]  # noqa: E731
    assert names("trond") == ["Trondheim - Tråante"]
    assert names("herøy") == ["Herøy (Møre og Romsdal)", "Herøy (Nordland)"]
    assert names("odal")[:2] == ["Nord-Odal", "Sør-Odal"]  # a word it begins before a name that only holds it
    assert names("os")[0] == "Os" and "Oslo" in names("os")
    assert names("5001") == ["Trondheim - Tråante"] and all(m.number.startswith("50") for m in finder.matches("50"))
    assert names("") == [] and names("zzz") == []
