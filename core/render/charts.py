"""Charts of the statistics as matplotlib Figures, without pyplot's global state.

The same Figure is shown in the window (FigureCanvasQTAgg), saved as PNG/SVG/PDF and put in the report.
Every chart says its filter and n in the subtitle, uses a colour-blind-safe palette (Okabe-Ito), draws each
share's 95 % interval (Wilson) across its bar, and draws groups with n < 5 hatched with «lav n» beside them. Texts are in bokmål or English (``lang``).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from core.analysis import stats
from core.base import dates
from core.base.atomic import atomic_file, refused
from core.base.words import group_label, word
from core.render import fieldwork_charts
from core.render.parts import (
    TITLE_SPACE,
    bar_rows,
    categories,
    draw_bars,
    drawing,
    fit,
    interval_lines,
    legend_above,
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


def _counts(ax, note, ys, cells, height: float, lang: str, groups: int) -> None:
    """Each bar's 95 % interval, and its count of n beside it (after the interval), «lav n» where n < 5."""
    bounds = [c.interval for c in cells]
    interval_lines(ax, ys, bounds, height)
    for y, cell, bound in zip(ys, cells, bounds):
        text = f"{cell.count}/{cell.n}" + (f" ({_t(lang, 'low_n')})" if cell.low_n else "")
        note(100 * bound[1] if bound else 0, y, text, va="center", fontsize=7 if groups < 3 else 6)


def participation_chart(st: "Stats", names: dict[str, str], lang: str = "nb") -> Figure:
    """Grouped bars: share of municipalities that took part, per scheme, rural beside central; n on every bar."""
    fig = titled_figure(_t(lang, "took_part_title"), subtitle(st, lang))
    ax = fig.add_subplot()
    table = stats.participation(st)
    schemes = st.schemes
    groups = stats.groups(st)
    height = 0.8 / len(groups)
    note = noter(ax)
    for k, group in enumerate(groups):
        cells = [table[(s, group)]["took_part"] for s in schemes]
        ys = [i + (k - (len(groups) - 1) / 2) * height for i in range(len(schemes))]
        draw_bars(ax, ys, [100 * (c.share or 0) for c in cells], height, label=_group(st, group, lang),
                  color=COLOURS[group], hatch=["//" if c.low_n else "" for c in cells])
        _counts(ax, note, ys, cells, height, lang, len(groups))
    labels = [wrap(names.get(s, s)) for s in schemes]
    categories(ax, range(len(schemes)), labels)
    bar_rows(ax, len(schemes))
    ax.set_xlabel(_t(lang, "share_took_part") + " (%)")
    ax.set_xlim(0, 115)
    ax.set_xticks(X_TICKS)
    legend_above(ax, min(len(groups), 3))
    fit(fig, ax, labels, legend_rows=-(-len(groups) // 3))
    return fig


def funnel_chart(st: "Stats", lang: str = "nb") -> Figure:
    """Per group: share of municipality × scheme pairs aware, applied and took part."""
    fig = titled_figure(_t(lang, "funnel_title"), subtitle(st, lang))
    ax = fig.add_subplot()
    table = stats.participation(st)
    steps = ("aware", "applied", "took_part")
    groups = stats.groups(st)
    note = noter(ax)
    for k, group in enumerate(groups):
        n_pairs = sum(table[(s, group)]["aware"].n for s in st.schemes)
        low = len(st.in_group(group)) < stats.LOW_N  # few municipalities in the group
        for j, step in enumerate(steps):
            count = sum(table[(s, group)][step].count for s in st.schemes)
            share = 100 * count / n_pairs if n_pairs else 0
            y = k * 4 + j  # the axis is inverted: aware on top
            draw_bars(ax, [y], [share], color=FUNNEL[j], hatch="//" if low else "",
                  label=_t(lang, step) if k == 0 else None)
            text = f"{share:.0f} % (n={n_pairs})" + (f" ({_t(lang, 'low_n')})" if low else "")
            note(share, y, text, va="center", fontsize=8)
    labels = [wrap(_group(st, g, lang), 24) for g in groups]
    categories(ax, [k * 4 + 1 for k in range(len(groups))], labels)
    bar_rows(ax, 4 * len(groups) - 1, pad=0.8)  # three bars per group and a gap
    ax.set_xlabel(_t(lang, "share_pairs") + " (%)")
    ax.set_xlim(0, 115)
    ax.set_xticks(X_TICKS)
    legend_above(ax, 3)
    fit(fig, ax, labels, legend_rows=1)
    return fig


def benefit_chart(st: "Stats", names: dict[str, str], lang: str = "nb") -> Figure:
    """Diverging stacked bars, one per scheme and group: 1-2 to the left, 3 split around zero, 4-5 to the right.
    Each bar is the share of the municipalities of the group that took part and gave a score (n beside it)."""
    fig = titled_figure(_t(lang, "benefit_title"), subtitle(st, lang))
    ax = fig.add_subplot()
    table = stats.benefit(st)
    schemes = st.schemes
    groups = stats.groups(st)
    height = 0.8 / len(groups)
    bars = []  # (y, {value: share}, hatched) of every scored scheme x group; drawn in one call per value
    note = noter(ax, 4)
    for i, scheme in enumerate(schemes):
        for k, group in enumerate(groups):
            y = i + (k - (len(groups) - 1) / 2) * height
            cells = table[(scheme, group)]
            scored = sum(cells[v].count for v in (1, 2, 3, 4, 5))
            dont_know = cells["vet_ikke"].count
            text = f"{_group(st, group, lang, 'note')} n={scored}" + (f", {_t(lang, 'dont_know')} {dont_know}"
                                                                     if dont_know else "")
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
    return fig


def barriers_chart(st: "Stats", choices: list[tuple[str, str]], lang: str = "nb") -> Figure:
    """Ranked horizontal bars: share of municipalities naming each barrier, rural beside central."""
    fig = titled_figure(_t(lang, "barriers_title"), subtitle(st, lang))
    ax = fig.add_subplot()
    codes = [c for c, _ in choices]
    labels = dict(choices)
    table = stats.barriers(st, codes)
    groups = stats.groups(st)
    if st.filter.by_class:  # ranked by the share over all classes
        ranked = sorted(codes, key=lambda c: -sum(table[(c, g)].count for g in groups))
    else:  # ranked by the rural share: the study's question
        ranked = sorted(codes, key=lambda c: -(table[(c, stats.RURAL)].share or 0))
    height = 0.8 / len(groups)
    note = noter(ax)
    for k, group in enumerate(groups):
        cells = [table[(c, group)] for c in ranked]
        ys = [i + (k - (len(groups) - 1) / 2) * height for i in range(len(ranked))]
        draw_bars(ax, ys, [100 * (c.share or 0) for c in cells], height, color=COLOURS[group],
                  label=_group(st, group, lang), hatch=["//" if c.low_n else "" for c in cells])
        _counts(ax, note, ys, cells, height, lang, len(groups))
    ticks = [wrap(labels[c]) for c in ranked]
    categories(ax, range(len(ranked)), ticks)
    bar_rows(ax, len(ranked))
    ax.set_xlim(0, 115)
    ax.set_xticks(X_TICKS)
    ax.set_xlabel(_t(lang, "share_naming") + " (%)")
    legend_above(ax, min(len(groups), 3))
    fit(fig, ax, ticks, legend_rows=-(-len(groups) // 3))
    return fig


def coverage_chart(st: "Stats", cov: dict, county_names: dict[str, str], lang: str = "nb") -> Figure:
    """Interviewed municipalities out of all, per centrality class and per county."""
    fig = titled_figure(_t(lang, "coverage_title"), subtitle(st, lang), size=(11, 6))
    left, right = fig.subplots(1, 2, width_ratios=[1, 2])
    for ax, title, items, label in (
        (left, _t(lang, "by_class"), list(cov["class"].items()), lambda k: str(k)),
        (right, _t(lang, "by_county"), list(cov["county"].items()), lambda k: county_names.get(k, k)),
    ):
        xs = range(len(items))
        draw_bars(ax, xs, [c.n for _, c in items], horizontal=False, color="#DDDDDD", edgecolor="none", label="n")
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
    names = [county_names.get(k, k) for k in cov["county"]]
    slanted = max((text_inches(n, 8) for n in names), default=0.5) * 0.65  # 40 degrees: sin 40 = 0.64
    fig.get_layout_engine().set(left=0.55, top=TITLE_SPACE + 0.3, bottom=max(slanted + 0.25, 0.65))
    return fig


def map_chart(st: "Stats", points: list["Point"], lang: str = "nb", scheme: str | None = None,
              scheme_name: str = "") -> Figure:
    """Every municipality a dot at its 2024 registry point: interviewed ones coloured, or, for a scheme, whether
    the municipality took part in it. Within a county filter, the other counties' dots stay grey."""
    title = _t(lang, "map_scheme_title", scheme=scheme_name or scheme) if scheme else _t(lang, "map_title")
    fig = titled_figure(title, subtitle(st, lang), size=(7, 8))
    ax = fig.add_subplot()
    if not points or points[0].latitude is None:
        ax.text(0.5, 0.5, _t(lang, "map_needs_2024"), ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    combined = {m.number: m for m in st.municipalities}

    def kind(p) -> str:
        m = combined.get(p.number)
        if m is None:
            return "other"
        if scheme is None:
            return "interviewed"
        return "took_part" if scheme in m.took_part else "not_took_part"

    kinds = ("other", "interviewed") if scheme is None else ("other", "not_took_part", "took_part")
    labels = {"other": _t(lang, "not_interviewed"), "interviewed": _t(lang, "interviewed"),
              "took_part": _t(lang, "took_part_yes"), "not_took_part": _t(lang, "took_part_no")}
    by_kind = {k: [p for p in points if kind(p) == k] for k in kinds}
    for k in kinds:
        chosen = by_kind[k]
        ax.scatter([p.longitude for p in chosen], [p.latitude for p in chosen], s=10 if k == "other" else 22,
                   color=MAP_COLOURS[k], label=f"{labels[k]} ({len(chosen)})", gid=k, edgecolors="none")
    ax.set_aspect(2.0)  # degrees of longitude are short this far north
    ax.set_axis_off()
    ax.legend(loc="lower right", fontsize=8)
    fig.get_layout_engine().set(left=0.1, right=0.1, top=TITLE_SPACE, bottom=0.1)
    return fig


def figure(kind: str, data: "ChartData", lang: str = "nb", scheme: str | None = None) -> Figure:
    """The chart of ``kind`` (one of chartdata.KINDS) for prepared data."""
    st = data.stats
    names = {code: data.scheme_name(code, lang) for code in data.scheme_names}
    if kind == "participation":
        return participation_chart(st, names, lang)
    if kind == "funnel":
        return funnel_chart(st, lang)
    if kind == "benefit":
        return benefit_chart(st, names, lang)
    if kind == "barriers":
        return barriers_chart(st, data.barrier_labels(lang), lang)
    if kind == "coverage":
        return coverage_chart(st, data.coverage, data.counties, lang)
    if kind == "map":
        return map_chart(st, data.points, lang, scheme, names.get(scheme, scheme or ""))
    if kind == "response":
        return fieldwork_charts.response_chart(data.response, st.filter.by_class, lang, st.county_name,
                                               st.filter.coordinator)
    if kind == "progress":
        return fieldwork_charts.progress_chart(data.response, lang, st.county_name, st.filter.coordinator)
    raise KeyError(kind)


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
