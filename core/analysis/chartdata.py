"""Everything the charts view, the stats command and the report need for one filter: the combined statistics,
the names to label them with (both languages), the coverage and the map points; and the table behind each chart.

``prepare`` reads the database (it runs off the GUI thread on a reader connection); the rest is pure Python,
so switching the language or the chart needs no new query. No Qt, no matplotlib here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.reference import guide_library, registry
from core.analysis import stats
from core.reference import schemes as scheme_catalogue

if TYPE_CHECKING:
    from core.analysis.stats import Cell, Stats, StatsFilter
    from core.storage.store import Store

KINDS = ("participation", "funnel", "benefit", "barriers", "coverage", "map")

TEXT = {
    "nb": {
        "scheme": "Ordning", "group": "Gruppe", "n": "n", "aware": "Kjenner til", "applied": "Har søkt",
        "took_part": "Har deltatt", "share_took_part": "Andel deltatt", "pairs": "n (kommune × ordning)",
        "share_aware": "Andel kjenner til", "share_applied": "Andel søkt", "dont_know": "Vet ikke",
        "n_benefit": "n (deltatt og svart)", "barrier": "Barriere", "naming": "Nevner", "share": "Andel",
        "main": "Viktigste", "n_main": "n (har en viktigste)", "division": "Inndeling", "name": "Navn",
        "interviewed": "Intervjuet", "municipalities": "Kommuner", "class": "Sentralitetsklasse",
        "county": "Fylke", "number": "Nr.", "municipality": "Kommune", "interviews": "Intervjuer",
        "yes": "ja", "no": "nei", "rural": "Distrikt ({classes})", "central": "Sentral",
        "class_n": "Klasse {k}", "took_part_in": "Deltatt i {scheme}", "measure": "Tiltak",
    },
    "en": {
        "scheme": "Scheme", "group": "Group", "n": "n", "aware": "Aware", "applied": "Applied",
        "took_part": "Took part", "share_took_part": "Share took part", "pairs": "n (municipality × scheme)",
        "share_aware": "Share aware", "share_applied": "Share applied", "dont_know": "Don't know",
        "n_benefit": "n (took part and answered)", "barrier": "Barrier", "naming": "Naming it", "share": "Share",
        "main": "Most important", "n_main": "n (named one)", "division": "Division", "name": "Name",
        "interviewed": "Interviewed", "municipalities": "Municipalities", "class": "Centrality class",
        "county": "County", "number": "No.", "municipality": "Municipality", "interviews": "Interviews",
        "yes": "yes", "no": "no", "rural": "Rural ({classes})", "central": "Central",
        "class_n": "Class {k}", "took_part_in": "Took part in {scheme}", "measure": "Measure",
    },
}


def t(lang: str, key: str, **kw) -> str:
    return TEXT["en" if lang == "en" else "nb"][key].format(**kw)


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

    def scheme_name(self, code: str, lang: str) -> str:
        return self.scheme_names.get(code, {}).get(lang, code)

    def barrier_labels(self, lang: str) -> list[tuple[str, str]]:
        return [(code, labels[lang]) for code, labels in self.barrier_choices]

    def measure_labels(self, lang: str) -> list[tuple[str, str]]:
        return [(code, labels[lang]) for code, labels in self.measure_choices]


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
    return ChartData(st, names, barrier_choices, measure_choices, counties, cov, points)


def group_label(st: "Stats", group, lang: str) -> str:
    """Short group name for tables ('Distrikt (5-6)', 'Sentral', 'Klasse 3')."""
    if isinstance(group, int):
        return t(lang, "class_n", k=group)
    classes = st.rural_definition.classes
    return t(lang, group, classes=f"{min(classes)}-{max(classes)}")


def percent(cell: "Cell") -> str:
    return "" if cell.share is None else f"{100 * cell.share:.0f} %"


def measures_table(data: ChartData, lang: str = "nb") -> tuple[list[str], list[list]]:
    """Measures the municipalities say would help, per group: count beside n."""
    st = data.stats
    codes = [c for c, _ in data.measure_choices]
    tab = stats.measures(st, codes)
    head = [t(lang, k) for k in ("measure", "group", "n", "naming", "share")]
    return head, [[label, group_label(st, g, lang), tab[(c, g)].n, tab[(c, g)].count, percent(tab[(c, g)])]
                  for c, label in data.measure_labels(lang) for g in stats.groups(st)]


def table(kind: str, data: ChartData, lang: str = "nb", scheme: str | None = None) -> tuple[list[str], list[list]]:
    """The table behind a chart: headers and rows, each count beside its n."""
    st = data.stats
    groups = stats.groups(st)
    if kind == "participation":
        tab = stats.participation(st)
        head = [t(lang, k) for k in ("scheme", "group", "n", "aware", "applied", "took_part", "share_took_part")]
        rows = [[data.scheme_name(s, lang), group_label(st, g, lang), c["took_part"].n, c["aware"].count,
                 c["applied"].count, c["took_part"].count, percent(c["took_part"])]
                for s in st.schemes for g in groups for c in [tab[(s, g)]]]
        return head, rows
    if kind == "funnel":
        tab = stats.participation(st)
        head = [t(lang, k) for k in ("group", "pairs", "aware", "share_aware", "applied", "share_applied",
                                      "took_part", "share_took_part")]
        rows = []
        for g in groups:
            n = sum(tab[(s, g)]["aware"].n for s in st.schemes)
            counts = [sum(tab[(s, g)][step].count for s in st.schemes) for step in ("aware", "applied", "took_part")]
            cells = [stats.Cell(c, n) for c in counts]
            rows.append([group_label(st, g, lang), n, counts[0], percent(cells[0]), counts[1], percent(cells[1]),
                         counts[2], percent(cells[2])])
        return head, rows
    if kind == "benefit":
        tab = stats.benefit(st)
        head = [t(lang, "scheme"), t(lang, "group"), t(lang, "n_benefit"), "1", "2", "3", "4", "5", t(lang, "dont_know")]
        rows = [[data.scheme_name(s, lang), group_label(st, g, lang), cells[1].n,
                 *[cells[v].count for v in stats.BENEFIT_VALUES]]
                for s in st.schemes for g in groups for cells in [tab[(s, g)]]]
        return head, rows
    if kind == "barriers":
        labels = data.barrier_labels(lang)
        codes = [c for c, _ in labels]
        named, main = stats.barriers(st, codes), stats.main_barrier(st, codes)
        head = [t(lang, k) for k in ("barrier", "group", "n", "naming", "share", "n_main", "main")]
        rows = [[label, group_label(st, g, lang), named[(c, g)].n, named[(c, g)].count, percent(named[(c, g)]),
                 main[(c, g)].n, main[(c, g)].count] for c, label in labels for g in groups]
        return head, rows
    if kind == "coverage":
        cov = data.coverage
        head = [t(lang, k) for k in ("division", "name", "interviewed", "municipalities", "share")]
        rows = [[t(lang, "class"), str(k), c.count, c.n, percent(c)] for k, c in cov["class"].items()]
        rows += [[t(lang, "county"), data.counties.get(k, k), c.count, c.n, percent(c)] for k, c in cov["county"].items()]
        return head, rows
    if kind == "map":
        interviews = {m.number: m for m in st.municipalities}
        head = [t(lang, k) for k in ("number", "municipality", "county", "class", "interviews")]
        if scheme:
            head.append(t(lang, "took_part_in", scheme=data.scheme_name(scheme, lang)))
        rows = []
        for p in data.points:
            if st.filter.county and p.county_number != st.filter.county:
                continue
            m = interviews.get(p.number)
            row = [p.number, p.name, p.county, p.centrality_class, m.interviews if m else 0]
            if scheme:
                row.append("" if m is None else t(lang, "yes" if scheme in m.took_part else "no"))
            rows.append(row)
        return head, rows
    raise KeyError(kind)


def data_tables(data: ChartData) -> dict[str, tuple[list[str], list[list]]]:
    """The tables behind every chart in plain columns for analysts (``main.py stats``): codes, not labels,
    counts beside their n and shares as fractions 0-1 ('' where n is 0)."""
    st, cov, counties = data.stats, data.coverage, data.counties
    codes = [c for c, _ in data.barrier_choices]

    def share(cell: "Cell") -> str:
        return "" if cell.share is None else f"{cell.share:.4f}"

    tables = {}
    for by_class, name in ((False, "participation"), (True, "participation_by_class")):
        tab = stats.participation(st, by_class)
        tables[name] = (["scheme", "group", "n", "aware", "applied", "took_part", "share_aware", "share_applied",
                         "share_took_part"],
                        [[s, g, c["aware"].n, c["aware"].count, c["applied"].count, c["took_part"].count,
                          share(c["aware"]), share(c["applied"]), share(c["took_part"])] for (s, g), c in tab.items()])
    tables["benefit"] = (["scheme", "group", "value", "count", "n"],
                         [[s, g, v, cell.count, cell.n] for (s, g), values in stats.benefit(st).items()
                          for v, cell in values.items()])
    tables["barriers"] = (["barrier", "group", "count", "n", "share"],
                          [[b, g, c.count, c.n, share(c)] for (b, g), c in stats.barriers(st, codes).items()])
    tables["main_barrier"] = (["barrier", "group", "count", "n", "share"],
                              [[b, g, c.count, c.n, share(c)] for (b, g), c in stats.main_barrier(st, codes).items()])
    tables["coverage_class"] = (["centrality_class", "interviewed", "municipalities"],
                                [[k, c.count, c.n] for k, c in cov["class"].items()])
    tables["coverage_county"] = (["county", "name", "interviewed", "municipalities"],
                                 [[k, counties.get(k, ""), c.count, c.n] for k, c in cov["county"].items()])
    return tables
