"""The bundled registries against SSB's reference tables, and the registry's queries."""

import csv
import json

import pytest

from core.reference import registry
from core.reference.registry import RuralDefinition
from tests.conftest import REFERENCE

needs_reference = pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is not beside the project")


def reference_rows(year):
    with (REFERENCE / f"municipalities_{year}.csv").open(encoding="utf-8") as f:
        return {r["number"]: r for r in csv.DictReader(f)}


@needs_reference
@pytest.mark.parametrize("year,count,counties", [(2024, 357, 15), (2020, 356, 11)])
def test_bundle_equals_reference_field_by_field(year, count, counties):
    ref = reference_rows(year)
    doc = registry.load_bundled(year)
    bundled = {m["number"]: m for m in doc["municipalities"]}
    county_names = {c["number"]: c["name"] for c in doc["counties"]}
    assert len(ref) == count and len(bundled) == count
    assert set(bundled) == set(ref)
    equal = 0
    for number, r in ref.items():
        m = bundled[number]
        assert m["name"] == r["name"], number
        assert m["county"] == r["county_number"], number
        assert county_names[m["county"]] == r["county_name"], number
        assert m["centrality_class"] == int(r["centrality_class"]), number
        assert m["population"] == int(r["population"]), number
        equal += 1
    assert equal == count
    assert len(county_names) == counties


@needs_reference
def test_2024_points_equal_reference():
    with (REFERENCE / "municipalities_2024_points.csv").open(encoding="utf-8") as f:
        points = {r["number"]: (float(r["latitude"]), float(r["longitude"])) for r in csv.DictReader(f)}
    bundled = {m["number"]: tuple(m["point"]) for m in registry.load_bundled(2024)["municipalities"]}
    assert bundled == points


def test_bundle_carries_attribution_and_population_year():
    for year, pop_year in ((2024, 2026), (2020, 2023)):
        doc = registry.load_bundled(year)
        assert "SSB" in doc["attribution"] and "Kartverket" in doc["attribution"]
        assert "CC BY 4.0" in doc["attribution"] and "CC BY 4.0" in doc["attribution_en"]
        assert doc["population_year"] == pop_year
    assert registry.load_bundled(2024)["has_points"] is True
    assert registry.load_bundled(2020)["has_points"] is False


def test_database_holds_both_registries(store):
    info24 = registry.info(store, 2024)
    info20 = registry.info(store, 2020)
    assert (info24.municipality_count, info24.county_count) == (357, 15)
    assert (info20.municipality_count, info20.county_count) == (356, 11)
    classes = [m.centrality_class for m in registry.municipalities(store, 2024)]
    # SSB's distribution for 2024 (SOURCES.md): 1=5, 2=21, 3=54, 4=65, 5=104, 6=108
    assert [classes.count(k) for k in range(1, 7)] == [5, 21, 54, 65, 104, 108]
    oslo = next(m for m in registry.municipalities(store, 2024) if m.number == "0301")
    assert (oslo.county_name, oslo.centrality_class) == ("Oslo", 1)
    assert oslo.latitude == pytest.approx(59.9814)
    assert all(m.latitude is None for m in registry.municipalities(store, 2020))


def test_municipalities_are_in_norwegian_order(store):
    names = [m.name for m in registry.municipalities(store, 2024)]
    assert names.index("Øygarden") < names.index("Ål") < names.index("Åsnes")
    assert names.index("Vågå") < names.index("Ørland")
    # accents sort with their base letter: Kárášjohka among the K's, before Karmøy
    assert names.index("Kárášjohka - Karasjok") < names.index("Karmøy") < names.index("Kinn")


def test_rural_definitions():
    assert RuralDefinition.DISTRIKTSSENTERET.classes == {5, 6}
    assert RuralDefinition.KDD.classes == {4, 5, 6}
    assert RuralDefinition("5-6") is RuralDefinition.DISTRIKTSSENTERET
    assert not RuralDefinition.DISTRIKTSSENTERET.is_rural(4)
    assert RuralDefinition.KDD.is_rural(4)


def test_sync_rewrites_only_a_changed_bundle(store, tmp_path, monkeypatch):
    db = store.db
    with db.atomic():
        assert registry.sync_bundled(db) == []  # nothing changed since open
    changed = registry.load_bundled(2024)
    changed["municipalities"][0]["population"] = 1
    fake = tmp_path / "kommuner_2024.json"
    fake.write_text(json.dumps(changed), encoding="utf-8")
    real = registry.bundled_path
    monkeypatch.setattr(registry, "bundled_path", lambda v: fake if v == 2024 else real(v))
    with db.atomic():
        assert registry.sync_bundled(db) == [2024]
    first = changed["municipalities"][0]["number"]
    row = db.execute("SELECT population FROM municipalities WHERE registry=2024 AND number=?", [first]).fetchone()
    assert row[0] == 1
    assert db.execute("SELECT count(*) FROM municipalities WHERE registry=2024").fetchone()[0] == 357
