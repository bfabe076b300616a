"""Numbers behind the charts: participation, benefit and barriers by centrality class, and fieldwork coverage.

The unit of analysis is the **municipality**, not the interview. When a municipality has several included
interviews they are combined by this rule (stated in the UI and in docs/architecture.md):

- aware of a scheme: if any interview says *kjenner til* or *kjenner godt*;
- applied / took part: if any interview says *ja* (took part counts only where that interview also says it
  applied, as the guide asks it only then);
- benefit: the answer of the latest interview (by date, then last change) that gives one for the scheme, among
  interviews where the municipality took part;
- a barrier or measure: named if any interview names it; the most important barrier: the latest interview's.

Included interviews: not in the trash, complete (drafts too when the filter says so), inside the filter's
county, dates and coordinator. Every cell carries its count and its denominator n.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core import registry, study
from core import schemes as scheme_catalogue
from core.registry import RuralDefinition

if TYPE_CHECKING:
    from core.store import Store

RURAL, CENTRAL = "rural", "central"
AWARE_VALUES = {"kjenner_til", "kjenner_godt"}
BENEFIT_VALUES = (1, 2, 3, 4, 5, "vet_ikke")
LOW_N = 5  # groups with fewer municipalities are drawn hatched and marked «lav n»


@dataclass(frozen=True)
class StatsFilter:
    county: str | None = None
    date_from: str | None = None  # ISO dates, inclusive
    date_to: str | None = None
    coordinator: str | None = None
    include_drafts: bool = False
    rural_definition: RuralDefinition | None = None  # None: the study's


@dataclass(frozen=True)
class Cell:
    count: int
    n: int

    @property
    def share(self) -> float | None:
        return self.count / self.n if self.n else None

    @property
    def low_n(self) -> bool:
        return self.n < LOW_N


@dataclass
class Municipality:
    """One municipality's combined answers."""

    number: str
    name: str
    county: str
    centrality_class: int
    interviews: int = 0
    aware: set[str] = field(default_factory=set)
    applied: set[str] = field(default_factory=set)
    took_part: set[str] = field(default_factory=set)
    benefit: dict[str, object] = field(default_factory=dict)
    barriers: set[str] = field(default_factory=set)
    main_barrier: str | None = None
    measures: set[str] = field(default_factory=set)


@dataclass
class Stats:
    filter: StatsFilter
    rural_definition: RuralDefinition
    registry_version: int
    schemes: list[str]
    municipalities: list[Municipality]
    interviews: int

    def group_of(self, m: Municipality) -> str:
        return RURAL if self.rural_definition.is_rural(m.centrality_class) else CENTRAL

    def in_group(self, group) -> list[Municipality]:
        if isinstance(group, int):
            return [m for m in self.municipalities if m.centrality_class == group]
        return [m for m in self.municipalities if self.group_of(m) == group]


def _where(f: StatsFilter) -> tuple[str, list]:
    clauses, params = ["i.deleted = 0"], []
    if not f.include_drafts:
        clauses.append("i.status = 'complete'")
    if f.county:
        clauses.append("m.county = ?")
        params.append(f.county)
    if f.date_from:
        clauses.append("i.interview_date >= ?")
        params.append(f.date_from)
    if f.date_to:
        clauses.append("i.interview_date <= ?")
        params.append(f.date_to)
    if f.coordinator:
        clauses.append("i.coordinator = ?")
        params.append(f.coordinator)
    return " AND ".join(clauses), params


def compute(store: "Store", f: StatsFilter = StatsFilter()) -> Stats:
    """Combine the included interviews into one record per municipality."""
    settings = study.load(store)
    definition = f.rural_definition or settings.rural_definition
    version = settings.registry_version
    where, params = _where(f)
    conn = store.conn
    base = (
        "FROM interviews i JOIN municipalities m ON m.registry = i.registry AND m.number = i.municipality "
        f"WHERE i.registry = ? AND {where}"
    )
    params = [version, *params]
    rows = conn.execute(
        f"SELECT i.id, i.municipality, m.name, m.county, m.centrality_class, i.interview_date, i.updated_at {base}",
        params,
    ).fetchall()
    interviews = {r[0]: r for r in rows}
    by_number: dict[str, Municipality] = {}
    for _id, number, name, county, klass, _date, _updated in rows:
        m = by_number.get(number)
        if m is None:
            m = by_number[number] = Municipality(number, name, county, klass)
        m.interviews += 1
    order = {iid: (r[5] or "", r[6]) for iid, r in interviews.items()}  # latest interview wins where one must

    per_scheme = conn.execute(
        "SELECT a.interview_id, a.scheme,"
        " max(CASE WHEN a.field = 'aware' THEN a.value END),"
        " max(CASE WHEN a.field = 'applied' THEN a.value END),"
        " max(CASE WHEN a.field = 'took_part' THEN a.value END),"
        " max(CASE WHEN a.field = 'benefit' THEN a.value END) "
        f"{base.replace('FROM interviews i', 'FROM answers a JOIN interviews i ON i.id = a.interview_id')}"
        " AND a.scheme != '' AND a.field IN ('aware', 'applied', 'took_part', 'benefit')"
        " GROUP BY a.interview_id, a.scheme",
        params,
    ).fetchall()
    latest_benefit: dict[tuple[str, str], tuple] = {}
    for iid, scheme, aware, applied, took_part, benefit in per_scheme:
        m = by_number[interviews[iid][1]]
        if aware and json.loads(aware) in AWARE_VALUES:
            m.aware.add(scheme)
        applied_yes = applied == '"ja"'
        if applied_yes:
            m.applied.add(scheme)
        took_yes = applied_yes and took_part == '"ja"'
        if took_yes:
            m.took_part.add(scheme)
            if benefit is not None and json.loads(benefit) is not None:
                key = (m.number, scheme)
                if key not in latest_benefit or order[iid] > latest_benefit[key][0]:
                    latest_benefit[key] = (order[iid], json.loads(benefit))
    for (number, scheme), (_when, value) in latest_benefit.items():
        by_number[number].benefit[scheme] = value

    plain = conn.execute(
        "SELECT a.interview_id, a.field, a.value "
        f"{base.replace('FROM interviews i', 'FROM answers a JOIN interviews i ON i.id = a.interview_id')}"
        " AND a.scheme = '' AND a.field IN ('barriers', 'barrier_main', 'measures')",
        params,
    ).fetchall()
    latest_main: dict[str, tuple] = {}
    for iid, fld, value in plain:
        decoded = json.loads(value)
        if decoded is None:
            continue
        m = by_number[interviews[iid][1]]
        if fld == "barriers":
            m.barriers.update(decoded)
        elif fld == "measures":
            m.measures.update(decoded)
        elif m.number not in latest_main or order[iid] > latest_main[m.number][0]:
            latest_main[m.number] = (order[iid], decoded)
    for number, (_when, value) in latest_main.items():
        by_number[number].main_barrier = value

    codes = [s.code for s in scheme_catalogue.list_schemes(store, include_inactive=False)]
    return Stats(f, definition, version, codes, sorted(by_number.values(), key=lambda m: m.number), len(rows))


# -- tables -----------------------------------------------------------------------------------

def groups(stats: Stats, by_class: bool = False) -> list:
    return list(registry.CENTRALITY_CLASSES) if by_class else [RURAL, CENTRAL]


def participation(stats: Stats, by_class: bool = False) -> dict[tuple[str, object], dict[str, Cell]]:
    """(scheme, group) -> aware / applied / took_part, each a count of municipalities out of those interviewed."""
    table = {}
    for group in groups(stats, by_class):
        members = stats.in_group(group)
        n = len(members)
        for scheme in stats.schemes:
            table[(scheme, group)] = {
                "aware": Cell(sum(scheme in m.aware for m in members), n),
                "applied": Cell(sum(scheme in m.applied for m in members), n),
                "took_part": Cell(sum(scheme in m.took_part for m in members), n),
            }
    return table


def benefit(stats: Stats, by_class: bool = False) -> dict[tuple[str, object], dict[object, Cell]]:
    """(scheme, group) -> benefit value -> municipalities, out of those that took part and gave a benefit."""
    table = {}
    for group in groups(stats, by_class):
        members = stats.in_group(group)
        for scheme in stats.schemes:
            values = [m.benefit[scheme] for m in members if scheme in m.benefit]
            table[(scheme, group)] = {v: Cell(values.count(v), len(values)) for v in BENEFIT_VALUES}
    return table


def barriers(stats: Stats, choices: list[str], by_class: bool = False) -> dict[tuple[str, object], Cell]:
    """(barrier, group) -> municipalities naming it, out of all interviewed in the group."""
    table = {}
    for group in groups(stats, by_class):
        members = stats.in_group(group)
        for choice in choices:
            table[(choice, group)] = Cell(sum(choice in m.barriers for m in members), len(members))
    return table


def main_barrier(stats: Stats, choices: list[str], by_class: bool = False) -> dict[tuple[str, object], Cell]:
    """(barrier, group) -> municipalities naming it as the most important, out of those that named one."""
    table = {}
    for group in groups(stats, by_class):
        members = [m for m in stats.in_group(group) if m.main_barrier]
        for choice in choices:
            table[(choice, group)] = Cell(sum(m.main_barrier == choice for m in members), len(members))
    return table


def coverage(store: "Store", stats: Stats) -> dict[str, dict[object, Cell]]:
    """Interviewed municipalities out of all in the registry, per centrality class and per county."""
    interviewed = {m.number for m in stats.municipalities}
    everyone = registry.municipalities(store, stats.registry_version)
    if stats.filter.county:
        everyone = [m for m in everyone if m.county_number == stats.filter.county]
    by_class = {
        k: Cell(sum(m.number in interviewed for m in everyone if m.centrality_class == k),
                sum(m.centrality_class == k for m in everyone))
        for k in registry.CENTRALITY_CLASSES
    }
    by_county = {}
    for c in registry.counties(store, stats.registry_version):
        members = [m for m in everyone if m.county_number == c.number]
        if members:
            by_county[c.number] = Cell(sum(m.number in interviewed for m in members), len(members))
    return {"class": by_class, "county": by_county}
