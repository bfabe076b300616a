"""Response rates and non-response, following AAPOR's Standard Definitions (10th ed., 2023) for a census of
known units: every sampled municipality is eligible unless it is marked not eligible, so there is no unknown
eligibility (no UH or UO) and the rates that differ only in how they treat unknowns coincide with these.

From the dispositions of the sampled municipalities (``core.fieldwork.status``: I complete interview,
P partial, R refusal, NC non-contact, O other, NE not eligible, left out of every rate):

- RR1 = I / (I + P + R + NC + O): complete interviews of the eligible;
- RR2 = (I + P) / (I + P + R + NC + O): partial interviews count as responses;
- COOP1 = I / (I + P + R + O): complete interviews of those contacted;
- REF1 = R / (I + P + R + NC + O): refusals of the eligible;
- CON1 = (I + P + R + O) / (I + P + R + NC + O): contacted of the eligible.

A municipality is one unit whatever the number of its interviews. The rates describe the sample itself; the 95 %
interval beside RR1 (Wilson) says how far a group's rate could be from the same fieldwork's rate in a group of
that size by chance alone, so that a small group's difference is not read as a finding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from core.analysis.inference import wilson
from core.base import dates
from core.base.words import word
from core.fieldwork import sample, status
from core.reference import registry, study

if TYPE_CHECKING:
    from core.fieldwork.sample import Design, SampleChange
    from core.fieldwork.status import Row
    from core.reference.registry import RuralDefinition
    from core.storage.store import Store

RATES = ("RR1", "RR2", "COOP1", "REF1", "CON1")
GROUPINGS = ("rural", "class", "county", "coordinator")
TOTAL = "all"
# population bands of the non-response table: the lower bound of each (SSB's usual size classes)
BANDS = (0, 2_000, 5_000, 10_000, 20_000, 50_000)


@dataclass(frozen=True)
class Counts:
    """The dispositions of a group of sampled municipalities."""
    I: int = 0  # noqa: E741 (AAPOR's letter)
    P: int = 0
    R: int = 0
    NC: int = 0
    O: int = 0  # noqa: E741
    NE: int = 0

    @property
    def sample(self) -> int:
        return self.I + self.P + self.R + self.NC + self.O + self.NE

    @property
    def eligible(self) -> int:
        return self.sample - self.NE

    def rate(self, name: str) -> float | None:
        """One of ``RATES`` as a share 0-1; None when its denominator is 0."""
        contacted = self.I + self.P + self.R + self.O
        top, bottom = {"RR1": (self.I, self.eligible), "RR2": (self.I + self.P, self.eligible),
                       "COOP1": (self.I, contacted), "REF1": (self.R, self.eligible),
                       "CON1": (contacted, self.eligible)}[name]
        return top / bottom if bottom else None

    def interval(self) -> tuple[float, float] | None:
        """The 95 % Wilson interval of RR1."""
        return wilson(self.I, self.eligible)

    @classmethod
    def of(cls, rows: list["Row"]) -> "Counts":
        found = {d: 0 for d in status.DISPOSITIONS}
        for row in rows:
            found[row.disposition] += 1
        return cls(**found)


@dataclass(frozen=True)
class Group:
    key: str | int  # "rural", "central", a class 1-6, a county's number, a coordinator's name ("" unassigned)
    label: str  # the county's or coordinator's name; for the others the words catalogue names the group
    counts: Counts


@dataclass
class ResponseData:
    """The sampled municipalities (within a county or a coordinator's, when asked) and what the rates need."""
    rows: list["Row"]
    design: "Design | None"
    rural_classes: frozenset[int]
    counties: dict[str, str] = field(default_factory=dict)  # number -> name, in registry order
    today: date | None = None
    changes: list["SampleChange"] = field(default_factory=list)  # added or dropped later, with the reasons

    @property
    def counts(self) -> Counts:
        return Counts.of(self.rows)


def prepare(store: "Store", county: str | None = None, coordinator: str | None = None,
            today: date | None = None, rural: "RuralDefinition | None" = None,
            rows: list["Row"] | None = None) -> ResponseData:
    """Read the sample's rows (``status.rows``; ``rows`` when the caller has them), within a county or of the
    municipalities assigned to a coordinator, and what labels them; ``rural``: the definition of rural to group
    by (the study's when None). One snapshot of the database."""
    with store.snapshot():
        settings = study.load(store)
        rows = status.rows(store, today) if rows is None else rows
        design, changes = sample.design(store), sample.changes(store)
        counties = {c.number: c.name for c in registry.counties(store, settings.registry_version)}
    if county:
        rows = [r for r in rows if r.county == county]
    if coordinator:
        rows = [r for r in rows if r.coordinator == coordinator]
    classes = (rural or settings.rural_definition).classes
    rows = [replace(r, rural=r.centrality_class in classes) for r in rows]
    return ResponseData(rows, design, classes, counties, today, changes)


def design_text(data: ResponseData, lang: str = "nb") -> str:
    """How the sample was made, in words: the rule, sizes, seed or source, when and by whom, and how many
    municipalities were added or dropped later."""
    d = data.design
    if d is None:
        return word("sample.none", lang)
    if d.rule == "census":
        text = word("sample.census", lang)
    elif d.rule == "stratified":
        sizes = ", ".join(f"{k.replace(':', '/')}: {n}" for k, n in sorted(d.sizes.items()))
        text = word("sample.stratified", lang, county=word("sample.by_county", lang) if d.by_county else "",
                    sizes=sizes, seed=d.seed)
    else:
        text = word("sample.imported", lang, source=d.source or "?")
    if d.made_at:
        text += " " + word("sample.made", lang, when=dates.format_timestamp(d.made_at), who=d.made_by or "?")
    if data.changes:
        text += " " + word("sample.changed", lang, n=len(data.changes))
    return text


def _key(by: str, rural_classes: frozenset[int]) -> Callable[["Row"], str | int]:
    return {"rural": lambda r: "rural" if r.centrality_class in rural_classes else "central",
            "class": lambda r: r.centrality_class,
            "county": lambda r: r.county,
            "coordinator": lambda r: r.coordinator or ""}[by]


def rates(data: ResponseData, by: str) -> list[Group]:
    """The counts per group of ``by`` (``GROUPINGS``) in a fixed order (rural first; classes 1-6; counties in
    registry order; coordinators by name, the unassigned last), then the total (key ``TOTAL``)."""
    key = _key(by, data.rural_classes)
    groups: dict = {}
    for row in data.rows:
        groups.setdefault(key(row), []).append(row)
    if by == "rural":
        order = [k for k in ("rural", "central") if k in groups]
    elif by == "county":
        order = [k for k in data.counties if k in groups] + sorted(set(groups) - set(data.counties))
    elif by == "class":
        order = sorted(groups)
    else:
        order = sorted((k for k in groups if k), key=str.casefold) + ([""] if "" in groups else [])
    label = {"county": lambda k: data.counties.get(k, k), "coordinator": lambda k: k}.get(by, lambda k: "")
    return [Group(k, label(k), Counts.of(groups[k])) for k in order] + [Group(TOTAL, "", data.counts)]


@dataclass(frozen=True)
class Progress:
    """Municipalities with a complete interview, cumulative by the date of their first, per class."""
    centrality_class: int
    sample: int  # eligible sampled municipalities of the class
    steps: list[tuple[str, int]]  # (ISO date, interviewed by the end of that day)

    @property
    def interviewed(self) -> int:
        return self.steps[-1][1] if self.steps else 0


def progress(data: ResponseData) -> list[Progress]:
    """Per centrality class in the sample: the cumulative count of municipalities interviewed (complete) by
    date, against the class's eligible sample. An interview without a date counts from the last date seen."""
    dated = [r.first_complete for r in data.rows if r.first_complete]
    last = max(dated) if dated else None
    found = []
    for k in sorted({r.centrality_class for r in data.rows}):
        rows = [r for r in data.rows if r.centrality_class == k and r.disposition != "NE"]
        days = sorted((r.first_complete or last) for r in rows if r.disposition == "I" and (r.first_complete or last))
        steps, total = [], 0
        for day in sorted(set(days)):
            total += days.count(day)
            steps.append((day, total))
        found.append(Progress(k, len(rows), steps))
    return found


def band(population: int) -> int:
    """The lower bound of the population band of ``population`` (``BANDS``)."""
    return max(b for b in BANDS if population >= b)


def band_label(lower: int, lang: str = "nb") -> str:
    upper = {b: n for b, n in zip(BANDS, BANDS[1:])}.get(lower)
    space = "\u00a0" if lang != "en" else ","

    def num(n: int) -> str:
        return f"{n:,}".replace(",", space)
    if upper is None:
        return f"{num(lower)} +"
    return f"< {num(upper)}" if lower == 0 else f"{num(lower)}–{num(upper - 1)}"


@dataclass(frozen=True)
class NonResponse:
    """One group of the non-response table: how large a part of the sample it is, and of the respondents."""
    dimension: str  # class, county, population
    key: str | int
    label: str
    sample: int  # eligible sampled municipalities
    respondents: int  # with a complete interview (I)

    def share_of(self, total: int, count: int) -> float | None:
        return count / total if total else None

    @property
    def rate(self) -> float | None:
        return self.respondents / self.sample if self.sample else None


def nonresponse(data: ResponseData, lang: str = "nb") -> list[NonResponse]:
    """The sample and the respondents side by side by centrality class, county and population band, so that an
    analyst sees whom the study is missing (not eligible municipalities left out)."""
    eligible = [r for r in data.rows if r.disposition != "NE"]
    found = []
    for dimension, key, order, label in (
            ("class", lambda r: r.centrality_class, sorted({r.centrality_class for r in eligible}), str),
            ("county", lambda r: r.county, [c for c in data.counties if any(r.county == c for r in eligible)],
             lambda c: data.counties.get(c, c)),
            ("population", lambda r: band(r.population), sorted({band(r.population) for r in eligible}),
             lambda b: band_label(b, lang))):
        for k in order:
            rows = [r for r in eligible if key(r) == k]
            found.append(NonResponse(dimension, k, label(k), len(rows), sum(r.disposition == "I" for r in rows)))
    return found


RATE_COLUMNS = ["gruppe", "utvalg", "I", "P", "R", "NC", "O", "ikke_egnet", *RATES]
NONRESPONSE_COLUMNS = ["dimensjon", "gruppe", "utvalg", "andel_utvalg", "svart", "andel_svart", "svarprosent"]
UNASSIGNED = "(ikke tildelt)"


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def group_code(group: Group) -> str:
    """A group as the CSV files name it: distrikt, sentral, a class 1-6, a county's or coordinator's name, alle."""
    if group.key == TOTAL:
        return "alle"
    if group.key in ("rural", "central"):
        return {"rural": "distrikt", "central": "sentral"}[group.key]
    if isinstance(group.key, int):
        return str(group.key)
    return group.label or UNASSIGNED


def rate_table(data: ResponseData, by: str) -> tuple[list[str], list[list]]:
    """``svarprosent.csv``: per group the sample, the counts I, P, R, NC, O and not eligible, and the rates as
    shares 0-1 ('' where a rate's denominator is 0)."""
    rows = []
    for g in rates(data, by):
        c = g.counts
        rows.append([group_code(g), c.sample, c.I, c.P, c.R, c.NC, c.O, c.NE,
                     *(_share(c.rate(name)) for name in RATES)])
    return RATE_COLUMNS, rows


def nonresponse_table(data: ResponseData) -> tuple[list[str], list[list]]:
    """``frafall.csv``: per class, county and population band the eligible sample and the respondents (complete
    interviews), each as a share of its total, and the group's response rate (RR1)."""
    table = nonresponse(data)
    rows = []
    for dimension in ("class", "county", "population"):
        part = [r for r in table if r.dimension == dimension]
        sampled, answered = sum(r.sample for r in part), sum(r.respondents for r in part)
        name = {"class": "sentralitet", "county": "fylke", "population": "folketall"}[dimension]
        rows += [[name, r.label, r.sample, _share(r.share_of(sampled, r.sample)), r.respondents,
                  _share(r.share_of(answered, r.respondents)), _share(r.rate)] for r in part]
    return NONRESPONSE_COLUMNS, rows
