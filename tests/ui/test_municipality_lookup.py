"""A municipality typed by name or number, as the interview form and the sample's additions read it."""

from core.reference import registry
from ui.support.widgets import MunicipalityLookup


def test_a_municipality_by_label_number_or_unique_name(app, configured_store):
    lookup = MunicipalityLookup(registry.municipalities(configured_store, 2024))
    assert lookup.number("Hemnes (1832)") == "1832"
    assert lookup.number(" 1832 ") == "1832" and lookup.number("301") == "0301"  # Oslo without its leading zero
    assert lookup.number("hemnes") == "1832" and lookup.number("BODØ") == "1804"  # case, Norwegian letters
    assert lookup.number("Herøy") is None  # two municipalities of that name (Nordland, Møre og Romsdal)
    assert lookup.number("9999") is None and lookup.number("Hemn") is None and lookup.number("") is None
    assert lookup.label("1832") == "Hemnes (1832)" and lookup.label("9999") is None
    completer = lookup.completer(None)
    completer.setCompletionPrefix("nes")
    assert "Hemnes (1832, Nordland)" in [completer.completionModel().index(r, 0).data()
                               for r in range(completer.completionCount())]
