"""Everything the charts view, the stats command and the report need for one filter: the combined statistics,
the names to label them with (both languages), the coverage, the map points and the sample's response rates; and the tables behind the
charts in plain columns (``data_tables``; worded for people in ``core.render.tables``).

``prepare`` reads the database (it runs off the GUI thread on a reader connection); the rest is pure Python,
so switching the language or the chart needs no new query. No Qt, no matplotlib here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from core.analysis import compare, response, stats
from core.reference import guide_library, registry
from core.reference import schemes as scheme_catalogue

if TYPE_CHECKING:
    from core.analysis.response import ResponseData
    from core.analysis.stats import Cell, Stats, StatsFilter
    from core.storage.store import Store

KINDS = ("participation", "funnel", "benefit", "barriers", "coverage", "map", "response", "progress")


@dataclass(frozen=True)
class Point:
    number: str
    name: str
    county_number: str
    county: str
    centrality_class: int
    latitude: float | None
    longitude: float | None


@dataclass
class ChartData:
    stats: "Stats"
    scheme_names: dict[str, dict[str, str]]  # code -> {"nb": ..., "en": ...}
    barrier_choices: list[tuple[str, dict[str, str]]]  # in the guide's order: code, {"nb": ..., "en": ...}
    measure_choices: list[tuple[str, dict[str, str]]]
    counties: dict[str, str]  # number -> name
    coverage: dict
    points: list[Point]
    response: "ResponseData"  # the sample's response rates, within the filter's county and coordinator

    def scheme_name(self, code: str, lang: str) -> str:  # the guide's and catalogue's texts: nb and en (nn: nb)
        return self.scheme_names.get(code, {}).get("en" if lang == "en" else "nb", code)

    def barrier_labels(self, lang: str) -> list[tuple[str, str]]:
        return [(code, labels["en" if lang == "en" else "nb"]) for code, labels in self.barrier_choices]

    def measure_labels(self, lang: str) -> list[tuple[str, str]]:
        return [(code, labels["en" if lang == "en" else "nb"]) for code, labels in self.measure_choices]

    @cached_property
    def differences(self) -> list[compare.Difference]:
        """Rural against central for every scheme, barrier and measure (``core.analysis.compare``)."""
        return compare.differences(self.stats, [c for c, _ in self.barrier_choices],
                                   [c for c, _ in self.measure_choices])

    @cached_property
    def trends(self) -> list[compare.Trend]:
        """The trend across the six classes of every scheme measure."""
        return compare.trends(self.stats)

    def item_name(self, measure: str, item: str, lang: str) -> str:
        """A scheme, barrier or measure by name."""
        if measure in ("barrier", "main_barrier"):
            return dict(self.barrier_labels(lang)).get(item, item)
        if measure == "measure":
            return dict(self.measure_labels(lang)).get(item, item)
        return self.scheme_name(item, lang)


def prepare(store: "Store", f: "StatsFilter") -> ChartData:
    """Read everything the charts of this filter need. Raises sqlite3.OperationalError when interrupted."""
    st = stats.compute(store, f)
    guide = guide_library.current(store)
    barrier_choices = [(c.value, {"nb": c.label("nb"), "en": c.label("en")}) for c in guide.question("barriers").choices]
    measure_choices = ([(c.value, {"nb": c.label("nb"), "en": c.label("en")}) for c in guide.question("measures").choices]
                       if guide.has("measures") else [])
    names = {s.code: {"nb": s.name("nb"), "en": s.name("en")} for s in scheme_catalogue.list_schemes(store)}
    counties = {c.number: c.name for c in registry.counties(store, st.registry_version)}
    municipalities = registry.municipalities(store, st.registry_version)
    points = [Point(m.number, m.name, m.county_number, m.county_name, m.centrality_class, m.latitude, m.longitude)
              for m in municipalities]
    cov = stats.coverage(store, st, municipalities)
    rates = response.prepare(store, f.county, f.coordinator, rural=st.rural_definition)
    return ChartData(st, names, barrier_choices, measure_choices, counties, cov, points, rates)


def data_tables(data: ChartData) -> dict[str, tuple[list[str], list[list]]]:
    """The tables behind every chart in plain columns for analysts (``main.py stats``): codes, not labels,
    counts beside their n, shares as fractions 0-1 with their 95 % interval (``ci_lav``, ``ci_hoy``; '' where n
    is 0). The fieldwork's coverage counts the registry itself, so it has no interval."""
    st, cov, counties = data.stats, data.coverage, data.counties
    codes = [c for c, _ in data.barrier_choices]

    def share(cell: "Cell") -> list[str]:
        """The share and its 95 % interval (Wilson), as fractions: three columns ('' where n is 0)."""
        interval = cell.interval
        if interval is None:
            return ["", "", ""]
        return [f"{cell.share:.4f}", f"{interval[0]:.4f}", f"{interval[1]:.4f}"]

    def columns(*names: str) -> list[str]:
        """share, ci_lav, ci_hoy for one share; share_x, ci_lav_x, ci_hoy_x for each of several."""
        if len(names) == 1 and not names[0]:
            return ["share", "ci_lav", "ci_hoy"]
        return [f"{c}_{name}" for name in names for c in ("share", "ci_lav", "ci_hoy")]

    tables = {}
    for by_class, name in ((False, "participation"), (True, "participation_by_class")):
        tab = stats.participation(st, by_class)
        tables[name] = (["scheme", "group", "n", "aware", "applied", "took_part",
                         *columns("aware", "applied", "took_part")],
                        [[s, g, c["aware"].n, c["aware"].count, c["applied"].count, c["took_part"].count,
                          *share(c["aware"]), *share(c["applied"]), *share(c["took_part"])]
                         for (s, g), c in tab.items()])
    tables["benefit"] = (["scheme", "group", "value", "count", "n", *columns("")],
                         [[s, g, v, cell.count, cell.n, *share(cell)] for (s, g), values in stats.benefit(st).items()
                          for v, cell in values.items()])
    tables["barriers"] = (["barrier", "group", "count", "n", *columns("")],
                          [[b, g, c.count, c.n, *share(c)] for (b, g), c in stats.barriers(st, codes).items()])
    tables["main_barrier"] = (["barrier", "group", "count", "n", *columns("")],
                              [[b, g, c.count, c.n, *share(c)] for (b, g), c in stats.main_barrier(st, codes).items()])
    tables["coverage_class"] = (["centrality_class", "interviewed", "municipalities"],
                                [[k, c.count, c.n] for k, c in cov["class"].items()])
    tables["coverage_county"] = (["county", "name", "interviewed", "municipalities"],
                                 [[k, counties.get(k, ""), c.count, c.n] for k, c in cov["county"].items()])
    tables["conditional"] = (["scheme", "group", "measure", "count", "n", *columns("")],
                             [[s, g, measure, c.count, c.n, *share(c)]
                              for (s, g), cells in compare.conditional(st).items() for measure, c in cells.items()])
    tables["forskjell"] = difference_table(data)
    tables["trend"] = trend_table(data)
    for by in ("rural", "class"):
        tables[f"response_{by}"] = response.rate_table(data.response, by)
    tables["nonresponse"] = response.nonresponse_table(data.response)
    return tables


def _number(value: float | None, digits: int = 4) -> str:
    return "" if value is None else f"{value:.{digits}g}" if value < 1e-3 else f"{value:.{digits}f}"


def difference_table(data: ChartData) -> tuple[list[str], list[list]]:
    """Rural against central (``forskjell.csv``): each group's count, n and share, the difference in percentage
    points (rural minus central) with its 95 % interval (Newcombe), Fisher's p and Holm's adjusted p within the
    measure, whether it is marked (adjusted p < 0.05, neither group under the low-n limit)."""
    head = ["measure", "item", "rural_count", "rural_n", "rural_share", "central_count", "central_n",
            "central_share", "difference_pp", "ci_lav_pp", "ci_hoy_pp", "p_fisher", "p_holm", "marked", "low_n"]
    rows = []
    for d in data.differences:
        diff = ["", "", ""] if d.difference is None else [f"{100 * v:.2f}" for v in d.difference]
        rows.append([d.measure, d.item, d.rural.count, d.rural.n, _number(d.rural.share), d.central.count,
                     d.central.n, _number(d.central.share), *diff, _number(d.p), _number(d.p_holm),
                     int(d.marked), int(d.low_n)])
    return head, rows


def trend_table(data: ChartData) -> tuple[list[str], list[list]]:
    """The trend across the six classes (``trend.csv``): count and n per class, the Cochran-Armitage z (> 0:
    the share rises towards class 6, the least central), its p and Holm's adjusted p within the measure."""
    classes = list(registry.CENTRALITY_CLASSES)
    head = ["measure", "scheme", *(f"{part}_{k}" for k in classes for part in ("count", "n")), "z", "p", "p_holm",
            "marked"]
    rows = [[t.measure, t.item, *(v for c in t.cells for v in (c.count, c.n)),
             "" if t.z is None else f"{t.z:.3f}", _number(t.p), _number(t.p_holm), int(t.marked)]
            for t in data.trends]
    return head, rows
