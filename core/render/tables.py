"""The tables behind the charts, worded for people (the Tall tab, the report): headers in the reader's language,
groups named as in the charts, each count beside its n, shares as percentages with their 95 % interval in
brackets."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.analysis import compare, response, stats
from core.analysis.chartdata import ChartData
from core.base import dates
from core.base.words import group_label, word

if TYPE_CHECKING:
    from core.analysis.response import Group, ResponseData
    from core.analysis.stats import Cell, Stats


# a count, a count of n, a share, an interval, a p-value, a marker: aligned right as numbers are
NUMBER = re.compile(r"[0-9 %()–.,/<*†-]*|-?[0-9]+ (til|to) -?[0-9]+")


def _t(lang: str, key: str, **values) -> str:
    return word(f"table.{key}", lang, **values)


def _group(st: "Stats", group, lang: str) -> str:
    return group_label(group, st.rural_definition.classes, lang)


def percent(cell: "Cell", interval: bool = True) -> str:
    """A share as people read it, with its 95 % interval: "50 % (24–76)"; '' where n is 0. ``interval``: False
    for a count of the whole registry (the fieldwork's coverage), which is no estimate."""
    if cell.share is None:
        return ""
    bounds = cell.interval if interval else None
    shown = f"{100 * cell.share:.0f} %"
    return f"{shown} ({100 * bounds[0]:.0f}–{100 * bounds[1]:.0f})" if bounds else shown


# The comparisons beside each chart's numbers: the measures it draws.
KIND_MEASURES = {"participation": ("took_part",), "funnel": ("aware", "applied_of_aware", "took_part_of_applied"),
                 "benefit": ("high_benefit",), "barriers": ("barrier", "main_barrier")}


def counted(cell: "Cell", lang: str) -> str:
    """A count with its n and share: "3/12 · 25 % (9–53)"; "no data" where n is 0."""
    return f"{cell.count}/{cell.n} · {percent(cell)}" if cell.n else _t(lang, "no_data")


def decimal(value: float, digits: int, lang: str) -> str:
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang != "en" else text


def points(fraction: float) -> str:
    """A difference of two shares in whole percentage points: "-12", "0" (never "-0")."""
    text = f"{100 * fraction:.0f}"
    return "0" if text == "-0" else text


def p_text(p: float | None, lang: str) -> str:
    if p is None:
        return ""
    return f"< {decimal(0.001, 3, lang)}" if p < 0.001 else decimal(p, 3, lang)


def differences_table(data: ChartData, lang: str = "nb", measures=None,
                      indicator: bool = True) -> tuple[list[str], list[list]]:
    """Rural against central: each group's count of n and share with its interval, the difference in percentage
    points with its 95 % interval (Newcombe), Fisher's p and Holm's adjusted p; "*" where marked (``compare``).
    ``indicator``: False leaves out the indicator's column (a table of one indicator)."""
    st = data.stats
    head = [_t(lang, "indicator"), _t(lang, "item"), _group(st, stats.RURAL, lang), _t(lang, "share"),
            _group(st, stats.CENTRAL, lang), _t(lang, "share"), _t(lang, "difference"), _t(lang, "ci"), _t(lang, "p"),
            _t(lang, "p_holm"), _t(lang, "marked")]
    rows = []
    for d in data.differences:
        if measures is not None and d.measure not in measures:
            continue
        diff = d.difference
        rows.append([word(f"measure.{d.measure}", lang), data.item_name(d.measure, d.item, lang),
                     f"{d.rural.count}/{d.rural.n}", percent(d.rural) or _t(lang, "no_data"),
                     f"{d.central.count}/{d.central.n}", percent(d.central) or _t(lang, "no_data"),
                     "" if diff is None else points(diff[0]),
                     "" if diff is None else _t(lang, "to", low=points(diff[1]), high=points(diff[2])),
                     p_text(d.p, lang), p_text(d.p_holm, lang), "*" if d.marked else ""])
    return (head, rows) if indicator else (head[1:], [r[1:] for r in rows])


def trends_table(data: ChartData, lang: str = "nb", measures=None,
                 indicator: bool = True) -> tuple[list[str], list[list]]:
    """The trend across classes 1-6: the share of each class (count/n), the direction, the Cochran-Armitage p
    and Holm's adjusted p; "†" where marked."""
    head = [_t(lang, "indicator"), _t(lang, "scheme"),
            *(_t(lang, "class_short", k=k) for k in range(1, 7)), _t(lang, "direction"), _t(lang, "p_trend"),
            _t(lang, "p_holm"), _t(lang, "marked")]
    rows = []
    for t in data.trends:
        if measures is not None and t.measure not in measures:
            continue
        rows.append([word(f"measure.{t.measure}", lang), data.scheme_name(t.item, lang),
                     *(f"{c.count}/{c.n}" for c in t.cells), trends_direction(t, lang), p_text(t.p, lang),
                     p_text(t.p_holm, lang), "†" if t.marked else ""])
    return (head, rows) if indicator else (head[1:], [r[1:] for r in rows])


def trends_direction(t: "compare.Trend", lang: str) -> str:
    return "" if t.z is None else _t(lang, "rises" if t.z > 0 else "falls")


def comparisons(kind: str, data: ChartData, lang: str = "nb") -> list[tuple[str, tuple[list[str], list[list]]]]:
    """The comparisons that go with a chart (the Tall tab): (title, table) for rural against central and, for
    the schemes, the trend across the classes; none for a chart that compares nothing."""
    measures = KIND_MEASURES.get(kind)
    if measures is None:
        return []
    out = [(_t(lang, "differences"), differences_table(data, lang, measures))]
    if any(m in compare.SCHEME_MEASURES for m in measures):
        out.append((_t(lang, "trends"), trends_table(data, lang, measures)))
    return out


def measures_table(data: ChartData, lang: str = "nb") -> tuple[list[str], list[list]]:
    """Measures the municipalities say would help, per group: count beside n."""
    st = data.stats
    codes = [c for c, _ in data.measure_choices]
    tab = stats.measures(st, codes)
    head = [_t(lang, k) for k in ("measure", "group", "n", "naming", "share")]
    return head, [[label, _group(st, g, lang), tab[(c, g)].n, tab[(c, g)].count, percent(tab[(c, g)])]
                  for c, label in data.measure_labels(lang) for g in stats.groups(st)]


def share_text(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.0f} %"


def response_group(group: "Group", classes, lang: str) -> str:
    """A group of the response rates named for people: rural, a class, a county, a coordinator, all."""
    if group.key == response.TOTAL:
        return _t(lang, "all")
    if group.key in (stats.RURAL, stats.CENTRAL) or isinstance(group.key, int):
        return group_label(group.key, classes, lang)
    return group.label or _t(lang, "unassigned")


def rates_table(data: "ResponseData", by: str, lang: str = "nb") -> tuple[list[str], list[list]]:
    """The response rates of a grouping (``response.GROUPINGS``): counts, RR1 with its interval, the others."""
    head = [_t(lang, "group"), _t(lang, "sample"), "I", "P", "R", "NC", "O", _t(lang, "not_eligible"), "RR1",
            _t(lang, "interval"), "RR2", "COOP1", "REF1", "CON1"]
    rows = []
    for g in response.rates(data, by):
        c = g.counts
        interval = c.interval()
        rows.append([response_group(g, data.rural_classes, lang), c.sample, c.I, c.P, c.R, c.NC, c.O, c.NE,
                     share_text(c.rate("RR1")),
                     f"{100 * interval[0]:.0f}–{100 * interval[1]:.0f} %" if interval else "",
                     *(share_text(c.rate(name)) for name in response.RATES[1:])])
    return head, rows


def nonresponse_table(data: "ResponseData", lang: str = "nb") -> tuple[list[str], list[list]]:
    """The sample and the respondents side by side by class, county and population band."""
    head = [_t(lang, k) for k in ("division", "group", "eligible", "share_sample", "respondents",
                                  "share_respondents", "rr1")]
    table = response.nonresponse(data, lang)
    names = {"class": _t(lang, "class"), "county": _t(lang, "county"), "population": _t(lang, "population")}
    rows = []
    for dimension in ("class", "county", "population"):
        part = [r for r in table if r.dimension == dimension]
        sampled, answered = sum(r.sample for r in part), sum(r.respondents for r in part)
        rows += [[names[dimension], r.label, r.sample, share_text(r.share_of(sampled, r.sample)), r.respondents,
                  share_text(r.share_of(answered, r.respondents)), share_text(r.rate)] for r in part]
    return head, rows


def progress_table(data: "ResponseData", lang: str = "nb") -> tuple[list[str], list[list]]:
    head = [_t(lang, k) for k in ("class", "eligible", "interviewed", "share", "first", "latest")]
    rows = [[str(p.centrality_class), p.sample, p.interviewed, share_text(p.interviewed / p.sample if p.sample else None),
             dates.format(p.steps[0][0]) if p.steps else "", dates.format(p.steps[-1][0]) if p.steps else ""]
            for p in response.progress(data)]
    return head, rows


def table(kind: str, data: ChartData, lang: str = "nb", scheme: str | None = None) -> tuple[list[str], list[list]]:
    """The table behind a chart: headers and rows, each count beside its n."""
    st = data.stats
    groups = stats.groups(st)
    if kind == "response":
        return rates_table(data.response, "class" if st.filter.by_class else "rural", lang)
    if kind == "progress":
        return progress_table(data.response, lang)
    if kind == "participation":
        tab = stats.participation(st)
        head = [_t(lang, k) for k in ("scheme", "group", "n", "aware", "applied", "took_part", "share_took_part")]
        rows = [[data.scheme_name(s, lang), _group(st, g, lang), c["took_part"].n, c["aware"].count,
                 c["applied"].count, c["took_part"].count, percent(c["took_part"])]
                for s in st.schemes for g in groups for c in [tab[(s, g)]]]
        return head, rows
    if kind == "funnel":  # municipalities: each step out of those that reached the step before
        tab = compare.conditional(st)
        head = [_t(lang, k) for k in ("scheme", "group", "n", "aware", "share_aware_of", "applied", "of_aware",
                                      "took_part", "of_applied")]
        rows = [[data.scheme_name(s, lang), _group(st, g, lang), c["aware"].n, c["aware"].count, percent(c["aware"]),
                 c["applied_of_aware"].count, percent(c["applied_of_aware"]), c["took_part_of_applied"].count,
                 percent(c["took_part_of_applied"])]
                for s in st.schemes for g in groups for c in [tab[(s, g)]]]
        return head, rows
    if kind == "benefit":
        tab = stats.benefit(st)
        high = compare.conditional(st)  # the share scoring 4-5 of those that scored, with its interval
        head = [_t(lang, "scheme"), _t(lang, "group"), _t(lang, "n_benefit"), "1", "2", "3", "4", "5",
                _t(lang, "dont_know"), word("measure.high_benefit", lang)]
        rows = [[data.scheme_name(s, lang), _group(st, g, lang), cells[1].n,
                 *[cells[v].count for v in stats.BENEFIT_VALUES], percent(high[(s, g)]["high_benefit"])]
                for s in st.schemes for g in groups for cells in [tab[(s, g)]]]
        return head, rows
    if kind == "barriers":
        labels = data.barrier_labels(lang)
        codes = [c for c, _ in labels]
        named, main = stats.barriers(st, codes), stats.main_barrier(st, codes)
        head = [_t(lang, k) for k in ("barrier", "group", "n", "naming", "share", "n_main", "main")]
        rows = [[label, _group(st, g, lang), named[(c, g)].n, named[(c, g)].count, percent(named[(c, g)]),
                 main[(c, g)].n, main[(c, g)].count] for c, label in labels for g in groups]
        return head, rows
    if kind == "coverage":
        cov = data.coverage
        head = [_t(lang, k) for k in ("division", "name", "interviewed", "municipalities", "share")]
        rows = [[_t(lang, "class"), str(k), c.count, c.n, percent(c, False)] for k, c in cov["class"].items()]
        rows += [[_t(lang, "county"), data.counties.get(k, k), c.count, c.n, percent(c, False)]
                 for k, c in cov["county"].items()]
        return head, rows
    if kind == "map":
        interviews = {m.number: m for m in st.municipalities}
        head = [_t(lang, k) for k in ("number", "municipality", "county", "class", "interviews")]
        if scheme:
            head.append(_t(lang, "took_part_in", scheme=data.scheme_name(scheme, lang)))
        rows = []
        for p in data.points:
            if st.filter.county and p.county_number != st.filter.county:
                continue
            m = interviews.get(p.number)
            row = [p.number, p.name, p.county, p.centrality_class, m.interviews if m else 0]
            if scheme:
                row.append("" if m is None else _t(lang, "yes" if scheme in m.took_part else "no"))
            rows.append(row)
        return head, rows
    raise KeyError(kind)
