"""Charts of the statistics as matplotlib Figures, without pyplot's global state.

The same Figure is shown in the window (FigureCanvasQTAgg), saved as PNG/SVG/PDF and put in the report.
Every chart says its filter and n in the subtitle and each group's n in the legend, uses a colour-blind-safe
palette (Okabe-Ito), draws each share's 95 % interval (Wilson) across its bar, draws groups under
``stats.LOW_N`` pale and hatched with «lav n» beside them, writes "no data" where a group is empty, and marks
with "*" a difference between rural and central that holds (``core.analysis.compare``; "†" a trend across the
classes), the rule stated under the chart. Texts are in bokmål or English (``lang``).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from core.analysis import compare, stats
from core.base import dates
from core.base.atomic import atomic_file, refused
from core.base.words import counting_rule, group_label, word
from core.render import fieldwork_charts
from core.render.parts import (
    TITLE_SPACE,
    bar_rows,
    categories,
    draw_bars,
    drawing,
    fit,
    footnote,
    interval_lines,
    legend_above,
    marks,
    noter,
    text_inches,
    titled_figure,
    wrap,
)

if TYPE_CHECKING:
    from core.analysis.chartdata import ChartData, Point
    from core.analysis.stats import Stats

# Okabe-Ito: rural orange beside central blue; the six classes from blue (1, most central) to vermillion (6).
COLOURS = {stats.RURAL: "#E69F00", stats.CENTRAL: "#0072B2",
           1: "#0072B2", 2: "#56B4E9", 3: "#009E73", 4: "#F0E442", 5: "#E69F00", 6: "#D55E00"}
MAP_COLOURS = {"other": "#BBBBBB", "interviewed": "#D55E00", "took_part": "#009E73", "not_took_part": "#E69F00"}
X_TICKS = range(0, 101, 20)  # fixed ticks on the share axes: no tick locator to run at every draw
FUNNEL = ["#56B4E9", "#0072B2", "#009E73"]
BENEFIT_COLOURS = {1: "#D55E00", 2: "#E69F00", 3: "#BBBBBB", 4: "#56B4E9", 5: "#0072B2"}

def _t(lang: str, key: str, **values) -> str:
    return word(f"chart.{key}", lang, **values)


def _group(st: "Stats", group, lang: str, form: str = "legend") -> str:
    return group_label(group, st.rural_definition.classes, lang, form)


def subtitle(st: "Stats", lang: str, n: int | None = None) -> str:
    f = st.filter
    parts = []
    if f.county:
        parts.append(st.county_name or f.county)
    if f.date_from or f.date_to:
        parts.append(f"{dates.format(f.date_from) or '…'} – {dates.format(f.date_to) or '…'}")
    if f.coordinator:
        parts.append(f.coordinator)
    parts.append(_t(lang, "with_drafts") if f.include_drafts else _t(lang, "filter_all"))
    count = len(st.municipalities) if n is None else n
    return " · ".join(parts) + " · " + _t(lang, "n_municipalities", n=count)


def _legend(st: "Stats", group, lang: str) -> str:
    """A group's name in the legend, with its number of municipalities."""
    return f"{_group(st, group, lang)} (n={len(st.in_group(group))})"


def _counts(ax, note, ys, cells, height: float, lang: str, groups: int) -> None:
    """Each bar's 95 % interval, and its count of n beside it (after the interval), «lav n» where the group is
    small, "no data" where it is empty."""
    bounds = [c.interval for c in cells]
    interval_lines(ax, ys, bounds, height)
    for y, cell, bound in zip(ys, cells, bounds):
        if not cell.n:
            text = _t(lang, "no_data")
        else:
            text = f"{cell.count}/{cell.n}" + (f" ({_t(lang, 'low_n')})" if cell.low_n else "")
        note(100 * bound[1] if bound else 0, y, text, va="center", fontsize=7 if groups < 3 else 6)


def _height(rows: int, groups: int) -> float:
    """A chart's height in inches: room for its bars, so that six classes' counts do not pile up."""
    return max(6.0, 1.9 + rows * max(groups, 2) * 0.17)


def _symbols(data_marks: dict[str, object], items: list[str], symbol: str) -> list[str]:
    return [symbol if getattr(data_marks.get(item), "marked", False) else "" for item in items]


def _markers(st: "Stats", found: "Comparisons", measure: str, items: list[str]) -> tuple[list[str], str]:
    """The markers of the rows and the rule that states them: the difference of rural and central, or with the
    six classes, the trend across them (schemes only)."""
    if st.filter.by_class:
        if measure not in compare.SCHEME_MEASURES:
            return [""] * len(items), ""
        return _symbols(compare.by_item(found.trends, measure), items, "†"), "trend"
    return _symbols(compare.by_item(found.differences, measure), items, "*"), "difference"


def _state(fig: Figure, rule: str, lang: str) -> None:
    """The rule of the chart's markers under it ("difference" or "trend"; none where nothing is compared)."""
    if rule:
        footnote(fig, word(f"rule.{rule}", lang))


class Comparisons:
    """The differences and trends a chart marks (from ``ChartData``, or worked out for bare statistics)."""

    def __init__(self, differences=None, trends=None, st: "Stats | None" = None):
        self._differences, self._trends, self._st = differences, trends, st

    @property
    def differences(self):
        if self._differences is None:
            self._differences = compare.differences(self._st)
        return self._differences

    @property
    def trends(self):
        if self._trends is None:
            self._trends = compare.trends(self._st)
        return self._trends


def _grouped_bars(ax, st: "Stats", rows: list[str], cell_of, lang: str) -> None:
    """Horizontal bars, one row per item and one bar per group, each with its interval and count."""
    groups = stats.groups(st)
    height = 0.8 / len(groups)
    note = noter(ax)
    for k, group in enumerate(groups):
        cells = [cell_of(item, group) for item in rows]
        ys = [i + (k - (len(groups) - 1) / 2) * height for i in range(len(rows))]
        draw_bars(ax, ys, [100 * (c.share or 0) for c in cells], height, label=_legend(st, group, lang),
                  color=COLOURS[group], hatch=["//" if c.low_n and c.n else "" for c in cells])
        _counts(ax, note, ys, cells, height, lang, len(groups))


def participation_chart(st: "Stats", names: dict[str, str], lang: str = "nb",
                        found: Comparisons | None = None) -> Figure:
    """Grouped bars: share of municipalities that took part, per scheme, rural beside central; n on every bar,
    "*" where the difference holds (the rule under the chart)."""
    found = found or Comparisons(st=st)
    schemes = st.schemes
    groups = stats.groups(st)
    fig = titled_figure(_t(lang, "took_part_title"), subtitle(st, lang), size=(10, _height(len(schemes), len(groups))))
    ax = fig.add_subplot()
    table = stats.participation(st)
    _grouped_bars(ax, st, schemes, lambda s, g: table[(s, g)]["took_part"], lang)
    symbols, rule = _markers(st, found, "took_part", schemes)
    marks(ax, range(len(schemes)), symbols)
    labels = [wrap(names.get(s, s)) for s in schemes]
    categories(ax, range(len(schemes)), labels)
    bar_rows(ax, len(schemes))
    ax.set_xlabel(_t(lang, "share_took_part") + " (%)")
    ax.set_xlim(0, 120)
    ax.set_xticks(X_TICKS)
    legend_above(ax, min(len(groups), 3))
    fit(fig, ax, labels, legend_rows=-(-len(groups) // 3))
    _state(fig, rule, lang)
    return fig


FUNNEL_STEPS = (("aware", "of_interviewed"), ("applied_of_aware", "of_aware"), ("took_part_of_applied", "of_applied"))


def funnel_chart(st: "Stats", names: dict[str, str] | None = None, lang: str = "nb",
                 found: Comparisons | None = None) -> Figure:
    """From awareness to participation, in municipalities: per scheme and group, the share aware of the scheme
    (of those interviewed), the share that applied (of those aware) and the share that took part (of those that
    applied), side by side; each bar with its interval and count of n, "*" where the difference holds."""
    found = found or Comparisons(st=st)
    schemes = st.schemes
    groups = stats.groups(st)
    fig = titled_figure(_t(lang, "funnel_title"), subtitle(st, lang), size=(11, _height(len(schemes), len(groups))))
    axes = fig.subplots(1, 3, sharey=True)
    table = compare.conditional(st)
    rule = ""
    for ax, (measure, title) in zip(axes, FUNNEL_STEPS):
        _grouped_bars(ax, st, schemes, lambda s, g, m=measure: table[(s, g)][m], lang)
        symbols, rule = _markers(st, found, measure, schemes)
        marks(ax, range(len(schemes)), symbols)
        ax.set_title(_t(lang, title), fontsize=9)
        ax.set_xlim(0, 130)
        ax.set_xticks((0, 50, 100))
        ax.set_xlabel(_t(lang, "share_municipalities"), fontsize=8)
        bar_rows(ax, len(schemes))
    labels = [wrap((names or {}).get(s, s)) for s in schemes]
    categories(axes[0], range(len(schemes)), labels)
    for ax in axes[1:]:
        ax.set_yticks([])
    axes[1].legend(*axes[0].get_legend_handles_labels(), loc="lower center", bbox_to_anchor=(0.5, 1.12),
                   ncols=min(len(groups), 3), fontsize=8, frameon=False)
    fit(fig, axes[0], labels, legend_rows=-(-len(groups) // 3) + 2)
    fig.get_layout_engine().wspace = 0.12
    _state(fig, rule, lang)
    return fig


def benefit_chart(st: "Stats", names: dict[str, str], lang: str = "nb",
                  found: Comparisons | None = None) -> Figure:
    """Diverging stacked bars, one per scheme and group: 1-2 to the left, 3 split around zero, 4-5 to the right.
    Each bar is the share of the municipalities of the group that took part and gave a score (n beside it);
    "*" where the share scoring 4-5 differs."""
    found = found or Comparisons(st=st)
    schemes = st.schemes
    groups = stats.groups(st)
    fig = titled_figure(_t(lang, "benefit_title"), subtitle(st, lang), size=(10, _height(len(schemes), len(groups))))
    ax = fig.add_subplot()
    table = stats.benefit(st)
    height = 0.8 / len(groups)
    bars = []  # (y, {value: share}, hatched) of every scored scheme x group; drawn in one call per value
    note = noter(ax, 4)
    for i, scheme in enumerate(schemes):
        for k, group in enumerate(groups):
            y = i + (k - (len(groups) - 1) / 2) * height
            cells = table[(scheme, group)]
            scored = sum(cells[v].count for v in (1, 2, 3, 4, 5))
            dont_know = cells["vet_ikke"].count
            text = f"{_group(st, group, lang, 'note')} " + (f"n={scored}" if scored or dont_know else _t(lang, "no_data"))
            text += f", {_t(lang, 'dont_know')} {dont_know}" if dont_know else ""
            end = 0.0
            if scored:
                share = {v: 100 * cells[v].count / scored for v in (1, 2, 3, 4, 5)}
                bars.append((y, share, scored < stats.LOW_N))
                end = share[3] / 2 + share[4] + share[5]
                if scored < stats.LOW_N:
                    text += f" ({_t(lang, 'low_n')})"
            note(end, y, text, va="center", fontsize=6 if len(groups) > 2 else 7)
    lefts = [-(share[1] + share[2] + share[3] / 2) for _, share, _ in bars]
    for v in (1, 2, 3, 4, 5):
        widths = [share[v] for _, share, _ in bars]
        draw_bars(ax, [y for y, _, _ in bars], widths, height, starts=lefts, color=BENEFIT_COLOURS[v], linewidth=0.5,
              hatch=["//" if low else "" for _, _, low in bars], label=str(v))
        lefts = [left + w for left, w in zip(lefts, widths)]
    labelled = bool(bars)
    symbols, rule = _markers(st, found, "high_benefit", schemes)
    marks(ax, range(len(schemes)), symbols)
    ax.axvline(0, color="#333333", linewidth=0.8)
    labels = [wrap(names.get(s, s)) for s in schemes]
    categories(ax, range(len(schemes)), labels)
    bar_rows(ax, len(schemes))
    ax.set_xlim(-105, 150)
    ax.set_xticks([-100, -50, 0, 50, 100], ["100", "50", "0", "50", "100"])
    ax.set_xlabel(_t(lang, "benefit_axis"))
    if labelled:
        legend_above(ax, 5)
    fit(fig, ax, labels, legend_rows=1 if labelled else 0)
    _state(fig, rule, lang)
    return fig


def barriers_chart(st: "Stats", choices: list[tuple[str, str]], lang: str = "nb",
                   found: Comparisons | None = None) -> Figure:
    """Ranked horizontal bars: share of municipalities naming each barrier, rural beside central; "*" where the
    difference holds."""
    codes = [c for c, _ in choices]
    labels = dict(choices)
    table = stats.barriers(st, codes)
    groups = stats.groups(st)
    if found is None:
        found = Comparisons(compare.differences(st, codes), [], st)
    if st.filter.by_class:  # ranked by the share over all classes
        ranked = sorted(codes, key=lambda c: -sum(table[(c, g)].count for g in groups))
    else:  # ranked by the rural share: the study's question
        ranked = sorted(codes, key=lambda c: -(table[(c, stats.RURAL)].share or 0))
    fig = titled_figure(_t(lang, "barriers_title"), subtitle(st, lang), size=(10, _height(len(ranked), len(groups))))
    ax = fig.add_subplot()
    _grouped_bars(ax, st, ranked, lambda c, g: table[(c, g)], lang)
    symbols, rule = _markers(st, found, "barrier", ranked)
    marks(ax, range(len(ranked)), symbols)
    ticks = [wrap(labels[c]) for c in ranked]
    categories(ax, range(len(ranked)), ticks)
    bar_rows(ax, len(ranked))
    ax.set_xlim(0, 120)
    ax.set_xticks(X_TICKS)
    ax.set_xlabel(_t(lang, "share_naming") + " (%)")
    legend_above(ax, min(len(groups), 3))
    fit(fig, ax, ticks, legend_rows=-(-len(groups) // 3))
    _state(fig, rule, lang)
    return fig


def coverage_chart(st: "Stats", cov: dict, county_names: dict[str, str], lang: str = "nb") -> Figure:
    """Interviewed municipalities out of all in the registry, per centrality class and per county, and the
    interviews per interviewed municipality by group (how much the counting rule has to combine)."""
    fig = titled_figure(_t(lang, "coverage_title"), subtitle(st, lang), size=(12, 6))
    left, middle, right = fig.subplots(1, 3, width_ratios=[1, 0.7, 2])
    for ax, title, items, label in (
        (left, _t(lang, "by_class"), list(cov["class"].items()), lambda k: str(k)),
        (right, _t(lang, "by_county"), list(cov["county"].items()), lambda k: county_names.get(k, k)),
    ):
        xs = range(len(items))
        draw_bars(ax, xs, [c.n for _, c in items], horizontal=False, color="#DDDDDD", edgecolor="none",
                  label=_t(lang, "in_registry"))
        draw_bars(ax, xs, [c.count for _, c in items], horizontal=False, color="#009E73", edgecolor="none",
              label=_t(lang, "interviewed"))
        ax.set_xlim(-0.6, len(items) - 0.4)
        ax.set_ylim(0, max((c.n for _, c in items), default=1) * 1.1 or 1)
        note = noter(ax, 0, 2)
        for x, (_, c) in zip(xs, items):
            note(x, c.n, f"{c.count}/{c.n}", ha="center", fontsize=7)
        categories(ax, xs, [label(k) for k, _ in items], axis="x", rotation=0 if ax is left else 40)
        ax.set_title(title, fontsize=10)
    left.set_xlabel(_t(lang, "class"), labelpad=14)  # below the class numbers (texts, not tick labels)
    left.legend(fontsize=8)
    groups = stats.groups(st)
    per = []  # interviews per interviewed municipality of each group
    for group in groups:
        members = st.in_group(group)
        per.append((sum(m.interviews for m in members) / len(members), len(members)) if members else (None, 0))
    xs = range(len(groups))
    for x, group, (mean, n) in zip(xs, groups, per):
        draw_bars(middle, [x], [mean or 0], horizontal=False, color=COLOURS[group], edgecolor="none",
                  hatch="//" if 0 < n < stats.LOW_N else "")
    top = max((mean or 0 for mean, _ in per), default=1)
    middle.set_ylim(0, max(top * 1.25, 1.5))
    note = noter(middle, 0, 2)
    for x, (mean, n) in zip(xs, per):
        text = f"{mean:.2f}".replace(".", "," if lang != "en" else ".") + f"\n(n={n})" if mean else _t(lang, "no_data")
        note(x, mean or 0, text, ha="center", fontsize=7)
    names = [group_label(g, st.rural_definition.classes, lang, "note") for g in groups]
    categories(middle, xs, names, axis="x")
    middle.set_xlim(-0.6, len(groups) - 0.4)
    middle.set_title(_t(lang, "per_municipality"), fontsize=10)
    middle.set_xlabel(_t(lang, "group"), labelpad=14)
    county_labels = [county_names.get(k, k) for k in cov["county"]]
    slanted = max((text_inches(n, 8) for n in county_labels), default=0.5) * 0.65  # 40 degrees: sin 40 = 0.64
    fig.get_layout_engine().set(left=0.55, top=TITLE_SPACE + 0.3, bottom=max(slanted + 0.25, 0.65))
    fig.get_layout_engine().wspace = 0.3
    return fig


def map_chart(st: "Stats", points: list["Point"], lang: str = "nb", scheme: str | None = None,
              scheme_name: str = "") -> Figure:
    """Every municipality a dot at its 2024 registry point: interviewed ones coloured, or, for a scheme, whether
    the municipality took part in it. Within a county filter, the other counties' dots are a faint backdrop
    that the legend's counts leave out."""
    title = _t(lang, "map_scheme_title", scheme=scheme_name or scheme) if scheme else _t(lang, "map_title")
    fig = titled_figure(title, subtitle(st, lang), size=(7, 8))
    ax = fig.add_subplot()
    if not points or points[0].latitude is None:
        ax.text(0.5, 0.5, _t(lang, "map_needs_2024"), ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    combined = {m.number: m for m in st.municipalities}

    county = st.filter.county

    def kind(p) -> str:
        if county and p.county_number != county:
            return "outside"
        m = combined.get(p.number)
        if m is None:
            return "other"
        if scheme is None:
            return "interviewed"
        return "took_part" if scheme in m.took_part else "not_took_part"

    kinds = ("other", "interviewed") if scheme is None else ("other", "not_took_part", "took_part")
    labels = {"other": _t(lang, "not_interviewed"), "interviewed": _t(lang, "interviewed"),
              "took_part": _t(lang, "took_part_yes"), "not_took_part": _t(lang, "took_part_no")}
    by_kind = {k: [p for p in points if kind(p) == k] for k in ("outside", *kinds)}
    outside = by_kind.pop("outside")
    if outside:  # the other counties: a faint backdrop, not counted in the legend
        ax.scatter([p.longitude for p in outside], [p.latitude for p in outside], s=6, color="#E4E4E4",
                   gid="outside", edgecolors="none", label=_t(lang, "other_counties"))
    for k in kinds:
        chosen = by_kind[k]
        ax.scatter([p.longitude for p in chosen], [p.latitude for p in chosen], s=10 if k == "other" else 22,
                   color=MAP_COLOURS[k], label=f"{labels[k]} ({len(chosen)})", gid=k, edgecolors="none")
    ax.set_aspect(2.0)  # degrees of longitude are short this far north
    ax.set_axis_off()
    ax.legend(loc="lower right", fontsize=8)
    fig.get_layout_engine().set(left=0.1, right=0.1, top=TITLE_SPACE, bottom=0.1)
    return fig


def figure(kind: str, data: "ChartData", lang: str = "nb", scheme: str | None = None,
           with_rule: bool = False) -> Figure:
    """The chart of ``kind`` (one of chartdata.KINDS) for prepared data, with the rule of its markers under it;
    ``with_rule``: the counting rule too (a saved, copied or printed chart, which has no window around it)."""
    st = data.stats
    names = {code: data.scheme_name(code, lang) for code in data.scheme_names}
    found = Comparisons(data.differences, data.trends)
    if kind == "participation":
        fig = participation_chart(st, names, lang, found)
    elif kind == "funnel":
        fig = funnel_chart(st, names, lang, found)
    elif kind == "benefit":
        fig = benefit_chart(st, names, lang, found)
    elif kind == "barriers":
        fig = barriers_chart(st, data.barrier_labels(lang), lang, found)
    elif kind == "coverage":
        fig = coverage_chart(st, data.coverage, data.counties, lang)
    elif kind == "map":
        fig = map_chart(st, data.points, lang, scheme, names.get(scheme, scheme or ""))
    elif kind == "response":
        fig = fieldwork_charts.response_chart(data.response, st.filter.by_class, lang, st.county_name,
                                              st.filter.coordinator)
    elif kind == "progress":
        fig = fieldwork_charts.progress_chart(data.response, lang, st.county_name, st.filter.coordinator)
    else:
        raise KeyError(kind)
    if with_rule:
        footnote(fig, rule_text(kind, st, lang))
    return fig


def rule_text(kind: str, st: "Stats", lang: str) -> str:
    """How the numbers of a chart are counted: the response rates' rule, or the counting rule in force."""
    if kind in ("response", "progress"):
        return word("rule.response", lang)
    return counting_rule(st.filter.rule, lang)


def point_at(fig: Figure, points: list["Point"], event, reach: float = 8) -> "Point | None":
    """On the map, the municipality whose dot is within ``reach`` pixels of the mouse ``event``, or None."""
    ax = fig.axes[0] if fig.axes else None
    placed = [p for p in points if p.latitude is not None]
    if ax is None or event.inaxes is not ax or not placed:
        return None
    xy = ax.transData.transform([(p.longitude, p.latitude) for p in placed])
    d2 = (xy[:, 0] - event.x) ** 2 + (xy[:, 1] - event.y) ** 2
    i = int(d2.argmin())
    return placed[i] if d2[i] <= reach ** 2 else None


def save(fig: Figure, target: Path, fmt: str, dpi: int = 200) -> Path:
    """The chart as a PNG, SVG or PDF file at ``target``, whole or not at all (WriteError, DiskFullError)."""
    with atomic_file(target, f".{fmt}") as tmp:
        try:
            with drawing():
                fig.savefig(tmp, format=fmt, dpi=dpi)
        except OSError as exc:
            raise refused(target, exc) from exc
    return target


def png(fig: Figure, dpi: int = 150) -> bytes:
    """The chart as PNG bytes (the clipboard)."""
    buffer = io.BytesIO()
    with drawing():
        fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
