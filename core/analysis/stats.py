"""Numbers behind the charts: participation, benefit and barriers by centrality class, and fieldwork coverage.

The unit of analysis is the **municipality**, not the interview. When a municipality has several included
interviews they are combined by this rule (stated in the UI and in docs/architecture.md):

- aware of a scheme: if any interview says *kjenner til* or *kjenner godt*;
- applied / took part: if any interview says *ja* (took part counts only where that interview also says it
  applied, as the guide asks it only then);
- benefit: the answer of the latest interview (by date, then last change) that gives one for the scheme, among
  interviews where the municipality took part; a draft without a date counts as the latest, and of two
  interviews with the same date and last change (as after a merge) the one with the larger id;
- a barrier or measure: named if any interview names it; the most important barrier: the latest interview's
  that gives one (the same order).

The alternative rule (``rule="latest"``) counts only each municipality's latest interview (the same order), so
an analyst can check that a finding does not hinge on how often a municipality was interviewed.

Included interviews: not in the trash, complete (drafts too when the filter says so), inside the filter's
county, dates and coordinator. Every cell carries its count, its denominator n and the 95 % interval of its share
(Wilson, ``core.analysis.inference``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.analysis.inference import wilson
from core.interviews import BENEFIT_VALUES
from core.interviews.filters import interview_where
from core.model.ilog import dumps
from core.reference import registry, study
from core.reference import schemes as scheme_catalogue
from core.reference.registry import RuralDefinition

if TYPE_CHECKING:
    from core.storage.store import Store

RURAL, CENTRAL = "rural", "central"
# Groups with fewer municipalities are drawn pale and hatched, marked «lav n», and never marked as a difference:
# below 10 the 95 % interval of a share near one half is more than 50 percentage points wide.
LOW_N = 10
RULES = ("any", "latest")  # the counting rules: any interview says so, or the latest interview only


@dataclass(frozen=True)
class StatsFilter:
    county: str | None = None
    date_from: str | None = None  # ISO dates, inclusive
    date_to: str | None = None
    coordinator: str | None = None
    include_drafts: bool = False
    rural_definition: RuralDefinition | None = None  # None: the study's
    by_class: bool = False  # group by the six centrality classes instead of rural / central
    rule: str = "any"  # one of RULES


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

    @property
    def interval(self) -> tuple[float, float] | None:
        """The share's 95 % interval (Wilson); None when n is 0."""
        return wilson(self.count, self.n)


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
    county_name: str | None = None  # the filter's county, by name
    period: tuple[str | None, str | None] = (None, None)  # the first and last date of the included interviews

    def group_of(self, m: Municipality) -> str:
        return RURAL if self.rural_definition.is_rural(m.centrality_class) else CENTRAL

    def in_group(self, group) -> list[Municipality]:
        if isinstance(group, int):
            return [m for m in self.municipalities if m.centrality_class == group]
        return [m for m in self.municipalities if self.group_of(m) == group]


# The latest interview first: by date (a draft without one counting as the latest), then last change, then id.
LATEST_FIRST = "i.interview_date IS NULL DESC, i.interview_date DESC, i.updated_at DESC, i.id DESC"


def _where(f: StatsFilter) -> tuple[str, list]:
    return interview_where(None if f.include_drafts else "complete", f.county, f.date_from, f.date_to, f.coordinator)


JOINED = "FROM interviews i JOIN municipalities m ON m.registry = i.registry AND m.number = i.municipality"


def _latest_only(where: str, params: list, version: int) -> tuple[str, list]:
    """``where`` narrowed to each municipality's latest included interview."""
    return (f"""{where} AND i.id IN (SELECT id FROM (
                SELECT i.id, row_number() OVER (PARTITION BY i.municipality ORDER BY {LATEST_FIRST}) AS r
                {JOINED} WHERE i.registry = ? AND {where}) WHERE r = 1)""", [*params, version, *params])


def compute(store: "Store", f: StatsFilter = StatsFilter()) -> Stats:
    """Combine the included interviews into one record per municipality, from one snapshot of the database
    (a read transaction: a save in another window between two of the queries cannot make them disagree)."""
    with store.snapshot():
        return _compute(store, f)


def _count_every_interview(conn, every: tuple[str, list], version: int, by_number: dict, dated: dict) -> None:
    """Under the rule "latest": each municipality's number of included interviews and their first and last
    date, from all of them (``every``: their condition), not only the latest that the answers come from."""
    counts = conn.execute(f"SELECT i.municipality, count(*), min(i.interview_date), max(i.interview_date) "
                          f"{JOINED} WHERE i.registry = ? AND {every[0]} GROUP BY i.municipality",
                          [version, *every[1]])
    for number, count, *days in counts:
        if number in by_number:
            by_number[number].interviews = count
            dated[number] = days


def _compute(store: "Store", f: StatsFilter) -> Stats:
    settings = study.load(store)
    definition = f.rural_definition or settings.rural_definition
    version = settings.registry_version
    if f.rule not in RULES:
        raise ValueError(f"unknown counting rule {f.rule!r}")
    where, params = _where(f)
    every = (where, params)  # all included interviews: each municipality's count of interviews
    if f.rule == "latest":
        where, params = _latest_only(where, params, version)
    conn = store.conn
    base = f"{JOINED} WHERE i.registry = ? AND {where}"
    params = [version, *params]
    # One row per municipality from the interviews' rows in interview_stats (interviews.refresh_stats): the
    # schemes it knows of, applied to and took part in, and the barriers and measures it names, each if any
    # interview says so (the scheme codes joined by spaces, the JSON lists concatenated, parsed once here).
    rows = conn.execute(
        f"""SELECT i.municipality, m.name, m.county, m.centrality_class, count(*), group_concat(s.aware, ' '),
                   group_concat(s.applied, ' '), group_concat(s.took_part, ' '),
                   '[' || group_concat(s.barriers) || ']', '[' || group_concat(s.measures) || ']',
                   min(i.interview_date), max(i.interview_date)
            {base.replace("WHERE", "LEFT JOIN interview_stats s ON s.interview_id = i.id WHERE", 1)}
            GROUP BY i.municipality""",
        params,
    ).fetchall()
    by_number: dict[str, Municipality] = {}
    dated: dict[str, tuple] = {}  # municipality -> its included interviews' first and last date
    for number, name, county, klass, count, aware, applied, took_part, barriers, measures, *days in rows:
        by_number[number] = m = Municipality(number, name, county, klass, interviews=count)
        dated[number] = days
        if aware:
            m.aware.update(aware.split())
        if applied:
            m.applied.update(applied.split())
        if took_part:
            m.took_part.update(took_part.split())
        if barriers:
            m.barriers.update(code for answer in json.loads(barriers) for code in answer)
        if measures:
            m.measures.update(code for answer in json.loads(measures) for code in answer)

    # The benefit of each scheme and the most important barrier: the latest interview's that gives one (by
    # date, a draft without a date counting as the latest; then by last change; then by id, so that both come
    # from one interview). The rows come in that order, so a later one overwrites an earlier one. The registry
    # join is only needed to filter by county (every interview's municipality is in the registry: a foreign
    # key); a draft without a municipality is in no municipality's record.
    latest_base = base if f.county else f"FROM interviews i WHERE i.registry = ? AND {where}"
    latest = conn.execute(
        f"""SELECT i.municipality, s.benefit, s.barrier_main
            {latest_base.replace("WHERE", "JOIN interview_stats s ON s.interview_id = i.id WHERE", 1)}
            AND (s.benefit IS NOT NULL OR s.barrier_main IS NOT NULL)
            ORDER BY i.interview_date IS NULL, i.interview_date, i.updated_at, i.id""",
        params,
    ).fetchall()
    benefit_value = {dumps(v): v for v in BENEFIT_VALUES}
    for number, benefits, barrier_main in latest:
        m = by_number.get(number)
        if m is None:
            continue
        if benefits:
            for item in benefits.split():
                scheme, value = item.split("=", 1)
                m.benefit[scheme] = benefit_value[value]
        if barrier_main is not None:
            m.main_barrier = barrier_main

    if f.rule == "latest":  # the municipality's interviews all count in the coverage, whichever rule
        _count_every_interview(conn, every, version, by_number, dated)
    firsts = [first for first, _last in dated.values() if first]
    lasts = [last for _first, last in dated.values() if last]
    period = (min(firsts, default=None), max(lasts, default=None))
    codes = [s.code for s in scheme_catalogue.list_schemes(store, include_inactive=False)]
    total = sum(m.interviews for m in by_number.values())
    county_name = None
    if f.county:
        row = conn.execute("SELECT name FROM counties WHERE registry = ? AND number = ?", [version, f.county]).fetchone()
        county_name = row[0] if row else f.county
    return Stats(f, definition, version, codes, sorted(by_number.values(), key=lambda m: m.number), total, county_name,
                 tuple(period))


# -- tables -----------------------------------------------------------------------------------

def groups(stats: Stats, by_class: bool | None = None) -> list:
    """The groups of the tables: rural and central, or the six classes (None: as the filter says)."""
    if by_class is None:
        by_class = stats.filter.by_class
    return list(registry.CENTRALITY_CLASSES) if by_class else [RURAL, CENTRAL]


def participation(stats: Stats, by_class: bool | None = None) -> dict[tuple[str, object], dict[str, Cell]]:
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


def benefit(stats: Stats, by_class: bool | None = None) -> dict[tuple[str, object], dict[object, Cell]]:
    """(scheme, group) -> benefit value -> municipalities, out of those that took part and gave a benefit."""
    table = {}
    for group in groups(stats, by_class):
        members = stats.in_group(group)
        for scheme in stats.schemes:
            values = [m.benefit[scheme] for m in members if scheme in m.benefit]
            table[(scheme, group)] = {v: Cell(values.count(v), len(values)) for v in BENEFIT_VALUES}
    return table


def barriers(stats: Stats, choices: list[str], by_class: bool | None = None) -> dict[tuple[str, object], Cell]:
    """(barrier, group) -> municipalities naming it, out of all interviewed in the group."""
    table = {}
    for group in groups(stats, by_class):
        members = stats.in_group(group)
        for choice in choices:
            table[(choice, group)] = Cell(sum(choice in m.barriers for m in members), len(members))
    return table


def measures(stats: Stats, choices: list[str], by_class: bool | None = None) -> dict[tuple[str, object], Cell]:
    """(measure, group) -> municipalities naming it as helpful, out of all interviewed in the group."""
    table = {}
    for group in groups(stats, by_class):
        members = stats.in_group(group)
        for choice in choices:
            table[(choice, group)] = Cell(sum(choice in m.measures for m in members), len(members))
    return table


def main_barrier(stats: Stats, choices: list[str], by_class: bool | None = None) -> dict[tuple[str, object], Cell]:
    """(barrier, group) -> municipalities naming it as the most important, out of those that named one."""
    table = {}
    for group in groups(stats, by_class):
        members = [m for m in stats.in_group(group) if m.main_barrier]
        for choice in choices:
            table[(choice, group)] = Cell(sum(m.main_barrier == choice for m in members), len(members))
    return table


def coverage(store: "Store", stats: Stats, everyone: list | None = None) -> dict[str, dict[object, Cell]]:
    """Interviewed municipalities out of all in the registry, per centrality class and per county
    (``everyone``: the registry's municipalities, when the caller has read them already)."""
    interviewed = {m.number for m in stats.municipalities}
    if everyone is None:
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
