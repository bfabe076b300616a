"""Build Feltkart's bundled municipality registries from SSB's reference tables.

Reads ``../shared/reference/municipalities_{2024,2020}.csv`` (and the 2024 points) and writes
``resources/registry/kommuner_{year}.json`` in Feltkart's own format: one document per registry
version with its metadata, attribution, counties and municipalities.

    uv run python scripts/build_registry.py [REFERENCE_DIR]

Run it when the reference tables change; the test suite compares the bundle with them.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "registry"

META = {
    2024: {
        "structure": "Kommuneinndelingen fra 1.1.2024 (357 kommuner, 15 fylker)",
        "structure_en": "Municipal structure from 1 January 2024 (357 municipalities, 15 counties)",
        "valid_from": "2024-01-01",
        "valid_to": None,
        "population_year": 2026,
        "centrality_version": "SSB sentralitetsindeks oppdatert for 2024-kommuner (KLASS 128, gyldig fra 2024-01-01)",
    },
    2020: {
        "structure": "Kommuneinndelingen 1.1.2020-31.12.2023 (356 kommuner, 11 fylker)",
        "structure_en": "Municipal structure 1 January 2020 to 31 December 2023 (356 municipalities, 11 counties)",
        "valid_from": "2020-01-01",
        "valid_to": "2023-12-31",
        "population_year": 2023,
        "centrality_version": "SSB sentralitetsindeks 2020 (Notater 2020/4, 2020-kommuner)",
    },
}

ATTRIBUTION_EN = (
    "Municipality numbers, names, counties, centrality classes and population: Statistics Norway (SSB), "
    "the centrality index and table 07459. Municipality names and points: Norwegian Mapping Authority "
    "(Kartverket), administrative units 2024. Licence: CC BY 4.0."
)

ATTRIBUTION = (
    "Kommunenummer, navn, fylke, sentralitetsklasse og folketall: Statistisk sentralbyrå (SSB), "
    "sentralitetsindeksen og tabell 07459. Kommunenavn og kommunepunkter: Kartverket, "
    "administrative enheter 2024. Lisens: CC BY 4.0."
)


def build(reference: Path, year: int) -> dict:
    rows = list(csv.DictReader((reference / f"municipalities_{year}.csv").open(encoding="utf-8")))
    points = {}
    points_file = reference / f"municipalities_{year}_points.csv"
    if points_file.exists():
        for p in csv.DictReader(points_file.open(encoding="utf-8")):
            points[p["number"]] = [float(p["latitude"]), float(p["longitude"])]
    counties: dict[str, str] = {}
    municipalities = []
    for r in rows:
        counties.setdefault(r["county_number"], r["county_name"])
        m = {
            "number": r["number"],
            "name": r["name"],
            "county": r["county_number"],
            "centrality_class": int(r["centrality_class"]),
            "population": int(r["population"]),
        }
        if points:
            m["point"] = points[r["number"]]
        municipalities.append(m)
    return {
        "format": "feltkart-registry",
        "format_version": 1,
        "version": year,
        **META[year],
        "has_points": bool(points),
        "attribution": ATTRIBUTION,
        "attribution_en": ATTRIBUTION_EN,
        "license": "CC BY 4.0",
        "counties": [{"number": k, "name": v} for k, v in sorted(counties.items())],
        "municipalities": municipalities,
    }


def dumps(doc: dict) -> str:
    """JSON with one county or municipality per line: compact, and readable in a diff."""
    lines = ["{"]
    items = list(doc.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if isinstance(value, list):
            lines.append(f"  {json.dumps(key)}: [")
            lines += [
                "    " + json.dumps(v, ensure_ascii=False) + ("," if j < len(value) - 1 else "")
                for j, v in enumerate(value)
            ]
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    reference = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "reference"
    OUT.mkdir(parents=True, exist_ok=True)
    for year in (2024, 2020):
        doc = build(reference, year)
        target = OUT / f"kommuner_{year}.json"
        target.write_text(dumps(doc), encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {len(doc['municipalities'])} kommuner, {len(doc['counties'])} fylker")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
