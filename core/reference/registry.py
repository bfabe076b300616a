"""SSB's municipality registries: which municipalities a study covers, their county and centrality.

Two structures are bundled (``resources/registry/kommuner_{2024,2020}.json``, built from SSB's tables by
``scripts/build_registry.py``). ``sync_bundled`` copies them into the database whenever the bundled
file changes, so queries and later statistics join on them; rows are keyed by (registry, number).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from core.base.collation import sort_key
from core.base.resources import resource_path

if TYPE_CHECKING:
    from sqlite_utils import Database

    from core.base.driver import sqlite3
    from core.storage.store import Store

REGISTRY_VERSIONS = (2024, 2020)

# SSB's intervals of the sentralitetsindeks for each class (1 = most central).
CENTRALITY_INTERVALS = {1: (925, 1000), 2: (870, 924), 3: (775, 869), 4: (670, 774), 5: (565, 669), 6: (0, 564)}
CENTRALITY_CLASSES = tuple(CENTRALITY_INTERVALS)


class RuralDefinition(Enum):
    """Which centrality classes count as *distriktskommuner*."""

    DISTRIKTSSENTERET = "5-6"  # Distriktssenteret's priority: classes 5 and 6 (the default)
    KDD = "4-6"  # KDD, Regionale utviklingstrekk: classes 4, 5 and 6

    @property
    def classes(self) -> frozenset[int]:
        low = int(self.value.split("-")[0])
        return frozenset(range(low, 7))

    def is_rural(self, centrality_class: int) -> bool:
        return centrality_class in self.classes


@dataclass(frozen=True)
class County:
    number: str
    name: str


@dataclass(frozen=True)
class Municipality:
    number: str
    name: str
    county_number: str
    county_name: str
    centrality_class: int
    population: int
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class RegistryInfo:
    version: int
    structure_nb: str
    structure_en: str
    valid_from: str
    valid_to: str | None
    population_year: int
    centrality_version: str
    attribution_nb: str
    attribution_en: str
    license: str
    has_points: bool
    municipality_count: int
    county_count: int

    def structure(self, lang: str) -> str:
        return self.structure_en if lang == "en" else self.structure_nb

    def attribution(self, lang: str) -> str:
        return self.attribution_en if lang == "en" else self.attribution_nb


def bundled_path(version: int):
    return resource_path("registry", f"kommuner_{version}.json")


def load_bundled(version: int) -> dict:
    """The bundled registry document of one version, as stored in ``resources/``."""
    return json.loads(bundled_path(version).read_text(encoding="utf-8"))


def stale_registries(conn: "sqlite3.Connection") -> dict[int, bytes]:
    """The bundled registries whose copy in the database is missing or differs: version -> file content.

    Costs a file read and a hash per registry; writes nothing.
    """
    stale = {}
    for version in REGISTRY_VERSIONS:
        raw = bundled_path(version).read_bytes()
        row = conn.execute("SELECT checksum FROM registries WHERE version = ?", [version]).fetchone()
        if not row or row[0] != hashlib.sha256(raw).hexdigest():
            stale[version] = raw
    return stale


def sync_bundled(db: "Database", stale: dict[int, bytes] | None = None) -> list[int]:
    """Rewrite the database's copy of each changed bundled registry. Returns the versions rewritten.

    Call inside a transaction.
    """
    if stale is None:
        stale = stale_registries(db.conn)
    for version, raw in stale.items():
        checksum = hashlib.sha256(raw).hexdigest()
        doc = json.loads(raw.decode("utf-8"))
        db["registries"].upsert(
            {
                "version": version,
                "structure": doc["structure"],
                "structure_en": doc["structure_en"],
                "valid_from": doc["valid_from"],
                "valid_to": doc["valid_to"],
                "population_year": doc["population_year"],
                "centrality_version": doc["centrality_version"],
                "attribution": doc["attribution"],
                "attribution_en": doc["attribution_en"],
                "license": doc["license"],
                "has_points": int(doc["has_points"]),
                "checksum": checksum,
            },
            pk="version",
        )
        # Upsert, then drop rows the bundle no longer has: interviews refer to municipality rows, so they
        # are never deleted and re-inserted (a municipality that interviews refer to cannot disappear).
        db["counties"].upsert_all(
            [{"registry": version, "number": c["number"], "name": c["name"]} for c in doc["counties"]],
            pk=("registry", "number"),
        )
        db["municipalities"].upsert_all(
            [
                {
                    "registry": version,
                    "number": m["number"],
                    "name": m["name"],
                    "county": m["county"],
                    "centrality_class": m["centrality_class"],
                    "population": m["population"],
                    "latitude": m["point"][0] if "point" in m else None,
                    "longitude": m["point"][1] if "point" in m else None,
                }
                for m in doc["municipalities"]
            ],
            pk=("registry", "number"),
        )
        numbers = [m["number"] for m in doc["municipalities"]]
        db.execute(
            f"DELETE FROM municipalities WHERE registry = ? AND number NOT IN ({','.join('?' * len(numbers))})",
            [version, *numbers],
        )
        counties = [c["number"] for c in doc["counties"]]
        db.execute(
            f"DELETE FROM counties WHERE registry = ? AND number NOT IN ({','.join('?' * len(counties))})",
            [version, *counties],
        )
    return sorted(stale)


def info(store: "Store", version: int) -> RegistryInfo:
    row = store.conn.execute(
        """SELECT version, structure, structure_en, valid_from, valid_to, population_year, centrality_version,
                  attribution, attribution_en, license, has_points,
                  (SELECT count(*) FROM municipalities WHERE registry = r.version),
                  (SELECT count(*) FROM counties WHERE registry = r.version)
           FROM registries r WHERE version = ?""",
        [version],
    ).fetchone()
    if row is None:
        raise KeyError(version)
    return RegistryInfo(*row[:10], bool(row[10]), row[11], row[12])


def counties(store: "Store", version: int) -> list[County]:
    rows = store.conn.execute(
        "SELECT number, name FROM counties WHERE registry = ? ORDER BY number", [version]
    ).fetchall()
    return [County(*r) for r in rows]


def municipalities(store: "Store", version: int) -> list[Municipality]:
    """Every municipality of the registry, in Norwegian alphabetical order of name."""
    rows = store.conn.execute(
        """SELECT m.number, m.name, m.county, c.name, m.centrality_class, m.population,
                  m.latitude, m.longitude
           FROM municipalities m
           JOIN counties c ON c.registry = m.registry AND c.number = m.county
           WHERE m.registry = ?""",
        [version],
    ).fetchall()
    return sorted((Municipality(*r) for r in rows), key=lambda m: sort_key(m.name))
