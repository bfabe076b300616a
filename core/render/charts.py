"""Charts of the statistics as matplotlib Figures, without pyplot's global state.

The same Figure is shown in the window (FigureCanvasQTAgg), saved as PNG/SVG/PDF and put in the report.
Every chart says its filter and n in the subtitle, uses a colour-blind-safe palette (Okabe-Ito), and draws
groups with n < 5 hatched with «lav n» beside them. Texts are in bokmål or English (``lang``).
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib
from matplotlib import font_manager
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.layout_engine import LayoutEngine
from matplotlib.patches import Rectangle
from matplotlib.transforms import offset_copy

from core.analysis import stats
from core.base import dates
from core.base.atomic import atomic_file, refused
from core.base.words import group_label, word

if TYPE_CHECKING:
    from core.analysis.chartdata import ChartData, Point
    from core.analysis.stats import Stats

# Glyphs without FreeType's hinting, as browsers and macOS draw them: a quarter less time to draw a chart, and
# no difference that shows at the sizes used here. Set around each drawing (``drawing``), not for the process.
DRAWING = {"text.hinting": "no_hinting"}


def drawing():
    """The settings a chart is drawn with, for the time of one drawing (the window's canvas, a file, the
    report)."""
    return matplotlib.rc_context(DRAWING)

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


def wrap(label: str, width: int = 36) -> str:
    """Long axis labels on two or more lines, so the plot keeps its width."""
    return "\n".join(textwrap.wrap(label, width)) or label


def text_inches(text: str, size: float, bold: bool = False) -> float:
    """Width of a (multi-line) text in inches, from the font's advances: no artist, no renderer."""
    font = font_manager.get_font(font_manager.findfont(FontProperties(size=size, weight="bold" if bold else "normal")))
    font.set_size(size, 72)
    widest = 0.0
    for line in text.split("\n"):
        font.set_text(line, 0.0)
        widest = max(widest, font.get_width_height()[0] / 64)
    return widest / 72


class MarginLayout(LayoutEngine):
    """Axes placed by margins in inches, measured once when the chart is built and applied at every draw
    (so a resized window keeps its labels). Much cheaper than constrained layout, which measures every
    text artist twice per draw: it halves the time to draw a chart."""

    _adjust_compatible = True
    _colorbar_gridspec = True

    def __init__(self, left: float = 0.5, right: float = 0.25, top: float = 0.75, bottom: float = 0.55,
                 wspace: float = 0.25, **kwargs):
        super().__init__(**kwargs)
        self.margins = {"left": left, "right": right, "top": top, "bottom": bottom}
        self.wspace = wspace

    def set(self, **margins) -> None:  # noqa: A003 (LayoutEngine's name)
        self.margins.update(margins)

    def execute(self, fig) -> None:
        width, height = fig.get_size_inches()
        m = self.margins
        left = min(m["left"] / width, 0.5)
        right = max(1 - m["right"] / width, left + 0.1)
        bottom = min(m["bottom"] / height, 0.45)
        top = max(1 - m["top"] / height, bottom + 0.1)
        fig.subplots_adjust(left=left, right=right, bottom=bottom, top=top, wspace=self.wspace)


TITLE_SPACE = 0.72  # inches above the axes for the title and the subtitle
LEGEND_ROW = 0.24  # inches per row of a legend above the axes


def _legend_above(ax, columns: int) -> None:
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=columns, fontsize=8, frameon=False)


def _fit(fig: Figure, ax, labels: list[str] | None = None, legend_rows: int = 0, bottom: float = 0.6) -> None:
    """Margins for a chart whose y axis carries ``labels`` (8 pt) and a legend of ``legend_rows`` above it."""
    left = max((text_inches(label, 8) for label in labels), default=0.3) + 0.2 if labels else 0.55
    fig.get_layout_engine().set(left=left, top=TITLE_SPACE + legend_rows * LEGEND_ROW + 0.05, bottom=bottom)


def _figure(title: str, sub: str, size=(10, 6)) -> Figure:
    fig = Figure(figsize=size, layout=MarginLayout())
    # Title and subtitle hang a fixed distance from the top edge, whatever the window's height.
    fig.suptitle(title, fontsize=13, fontweight="bold", x=0.5, y=1.0, va="top",
                 transform=offset_copy(fig.transFigure, fig=fig, y=-0.1, units="inches"))
    fig.text(0.5, 1.0, sub, ha="center", va="top", fontsize=9, color="#444444",
             transform=offset_copy(fig.transFigure, fig=fig, y=-0.4, units="inches"))
    return fig


def _bars(ax, positions, lengths, thickness: float = 0.8, *, horizontal: bool = True, starts=None, color,
          hatch="", edgecolor="white", linewidth: float = 1.0, label: str | None = None) -> BarContainer:
    """Bars as ``Axes.barh``/``Axes.bar`` make them (Rectangles in a BarContainer, the legend from its label),
    without the data limits that matplotlib works out again for every bar added: every chart here sets its
    limits itself. ``positions`` are the bars' centres across, ``starts`` where each begins along (0)."""
    starts = [0.0] * len(lengths) if starts is None else starts
    hatches = hatch if isinstance(hatch, list) else [hatch] * len(lengths)
    patches = []
    for at, length, start, pattern in zip(positions, lengths, starts, hatches):
        xy = (start, at - thickness / 2) if horizontal else (at - thickness / 2, start)
        size = (length, thickness) if horizontal else (thickness, length)
        bar = Rectangle(xy, *size, facecolor=color, edgecolor=edgecolor, linewidth=linewidth, hatch=pattern or None,
                        label="_nolegend_")
        ax.add_artist(bar)
        patches.append(bar)
    container = BarContainer(patches, datavalues=lengths, orientation="horizontal" if horizontal else "vertical",
                             label=label if label is not None else "_nolegend_")
    ax.add_container(container)
    return container


def _rows(ax, count: int, pad: float = 0.5) -> None:
    """The y axis of a chart with ``count`` rows of bars (at 0 .. count-1), the first on top, with ``pad`` rows
    of room above the first and below the last."""
    ax.set_ylim(max(count, 1) - 1 + pad, -pad)  # no rows (no active scheme): the room of one


def _noter(ax, dx: float = 3, dy: float = 0):
    """A function that writes a note (the n of a bar) ``dx``, ``dy`` points from a point in data coordinates:
    plain texts with one shared transform (annotations take twice as long to draw)."""
    shift = offset_copy(ax.transData, fig=ax.figure, x=dx, y=dy, units="points")

    def note(x: float, y: float, text: str, **kw):
        return ax.text(x, y, text, transform=shift, gid="n", **kw)

    return note


def _categories(ax, positions, labels: list[str], *, axis: str = "y", fontsize: float = 8,
                rotation: float = 0) -> None:
    """The names of the bars beside the axis, as plain texts with gid "category" and no ticks (a tick is five
    artists to make and to measure at every draw, a text is one)."""
    if axis == "y":
        ax.set_yticks([])
        shift = offset_copy(ax.get_yaxis_transform(), fig=ax.figure, x=-4, units="points")
        for y, label in zip(positions, labels):
            ax.text(0, y, label, transform=shift, ha="right", va="center", fontsize=fontsize, gid="category")
    else:
        ax.set_xticks([])
        shift = offset_copy(ax.get_xaxis_transform(), fig=ax.figure, y=-4, units="points")
        for x, label in zip(positions, labels):
            ax.text(x, 0, label, transform=shift, ha="right" if rotation else "center", va="top", rotation=rotation,
                    rotation_mode="anchor", fontsize=fontsize, gid="category")


def participation_chart(st: "Stats", names: dict[str, str], lang: str = "nb") -> Figure:
    """Grouped bars: share of municipalities that took part, per scheme, rural beside central; n on every bar."""
    fig = _figure(_t(lang, "took_part_title"), subtitle(st, lang))
    ax = fig.add_subplot()
    table = stats.participation(st)
    schemes = st.schemes
    groups = stats.groups(st)
    height = 0.8 / len(groups)
    note = _noter(ax)
    for k, group in enumerate(groups):
        cells = [table[(s, group)]["took_part"] for s in schemes]
        ys = [i + (k - (len(groups) - 1) / 2) * height for i in range(len(schemes))]
        bars = _bars(ax, ys, [100 * (c.share or 0) for c in cells], height, label=_group(st, group, lang),
                     color=COLOURS[group], hatch=["//" if c.low_n else "" for c in cells])
        for bar, cell in zip(bars, cells):
            text = f"{cell.count}/{cell.n}" + (f" ({_t(lang, 'low_n')})" if cell.low_n else "")
            note(bar.get_width(), bar.get_y() + bar.get_height() / 2, text, va="center",
                 fontsize=7 if len(groups) < 3 else 6)
    labels = [wrap(names.get(s, s)) for s in schemes]
    _categories(ax, range(len(schemes)), labels)
    _rows(ax, len(schemes))
    ax.set_xlabel(_t(lang, "share_took_part") + " (%)")
    ax.set_xlim(0, 115)
    ax.set_xticks(X_TICKS)
    _legend_above(ax, min(len(groups), 3))
    _fit(fig, ax, labels, legend_rows=-(-len(groups) // 3))
    return fig


def funnel_chart(st: "Stats", lang: str = "nb") -> Figure:
    """Per group: share of municipality × scheme pairs aware, applied and took part."""
    fig = _figure(_t(lang, "funnel_title"), subtitle(st, lang))
    ax = fig.add_subplot()
    table = stats.participation(st)
    steps = ("aware", "applied", "took_part")
    groups = stats.groups(st)
    note = _noter(ax)
    for k, group in enumerate(groups):
        n_pairs = sum(table[(s, group)]["aware"].n for s in st.schemes)
        low = len(st.in_group(group)) < stats.LOW_N  # few municipalities in the group
        for j, step in enumerate(steps):
            count = sum(table[(s, group)][step].count for s in st.schemes)
            share = 100 * count / n_pairs if n_pairs else 0
            y = k * 4 + j  # the axis is inverted: aware on top
            _bars(ax, [y], [share], color=FUNNEL[j], hatch="//" if low else "",
                  label=_t(lang, step) if k == 0 else None)
            text = f"{share:.0f} % (n={n_pairs})" + (f" ({_t(lang, 'low_n')})" if low else "")
            note(share, y, text, va="center", fontsize=8)
    labels = [wrap(_group(st, g, lang), 24) for g in groups]
    _categories(ax, [k * 4 + 1 for k in range(len(groups))], labels)
    _rows(ax, 4 * len(groups) - 1, pad=0.8)  # three bars per group and a gap
    ax.set_xlabel(_t(lang, "share_pairs") + " (%)")
    ax.set_xlim(0, 115)
    ax.set_xticks(X_TICKS)
    _legend_above(ax, 3)
    _fit(fig, ax, labels, legend_rows=1)
    return fig


def benefit_chart(st: "Stats", names: dict[str, str], lang: str = "nb") -> Figure:
    """Diverging stacked bars, one per scheme and group: 1-2 to the left, 3 split around zero, 4-5 to the right.
    Each bar is the share of the municipalities of the group that took part and gave a score (n beside it)."""
    fig = _figure(_t(lang, "benefit_title"), subtitle(st, lang))
    ax = fig.add_subplot()
    table = stats.benefit(st)
    schemes = st.schemes
    groups = stats.groups(st)
    height = 0.8 / len(groups)
    bars = []  # (y, {value: share}, hatched) of every scored scheme x group; drawn in one call per value
    note = _noter(ax, 4)
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
        _bars(ax, [y for y, _, _ in bars], widths, height, starts=lefts, color=BENEFIT_COLOURS[v], linewidth=0.5,
              hatch=["//" if low else "" for _, _, low in bars], label=str(v))
        lefts = [left + w for left, w in zip(lefts, widths)]
    labelled = bool(bars)
    ax.axvline(0, color="#333333", linewidth=0.8)
    labels = [wrap(names.get(s, s)) for s in schemes]
    _categories(ax, range(len(schemes)), labels)
    _rows(ax, len(schemes))
    ax.set_xlim(-105, 150)
    ax.set_xticks([-100, -50, 0, 50, 100], ["100", "50", "0", "50", "100"])
    ax.set_xlabel(_t(lang, "benefit_axis"))
    if labelled:
        _legend_above(ax, 5)
    _fit(fig, ax, labels, legend_rows=1 if labelled else 0)
    return fig


def barriers_chart(st: "Stats", choices: list[tuple[str, str]], lang: str = "nb") -> Figure:
    """Ranked horizontal bars: share of municipalities naming each barrier, rural beside central."""
    fig = _figure(_t(lang, "barriers_title"), subtitle(st, lang))
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
    note = _noter(ax)
    for k, group in enumerate(groups):
        cells = [table[(c, group)] for c in ranked]
        ys = [i + (k - (len(groups) - 1) / 2) * height for i in range(len(ranked))]
        bars = _bars(ax, ys, [100 * (c.share or 0) for c in cells], height, color=COLOURS[group],
                     label=_group(st, group, lang), hatch=["//" if c.low_n else "" for c in cells])
        for bar, cell in zip(bars, cells):
            note(bar.get_width(), bar.get_y() + bar.get_height() / 2, f"{cell.count}/{cell.n}", va="center",
                 fontsize=7 if len(groups) < 3 else 6)
    ticks = [wrap(labels[c]) for c in ranked]
    _categories(ax, range(len(ranked)), ticks)
    _rows(ax, len(ranked))
    ax.set_xlim(0, 115)
    ax.set_xticks(X_TICKS)
    ax.set_xlabel(_t(lang, "share_naming") + " (%)")
    _legend_above(ax, min(len(groups), 3))
    _fit(fig, ax, ticks, legend_rows=-(-len(groups) // 3))
    return fig


def coverage_chart(st: "Stats", cov: dict, county_names: dict[str, str], lang: str = "nb") -> Figure:
    """Interviewed municipalities out of all, per centrality class and per county."""
    fig = _figure(_t(lang, "coverage_title"), subtitle(st, lang), size=(11, 6))
    left, right = fig.subplots(1, 2, width_ratios=[1, 2])
    for ax, title, items, label in (
        (left, _t(lang, "by_class"), list(cov["class"].items()), lambda k: str(k)),
        (right, _t(lang, "by_county"), list(cov["county"].items()), lambda k: county_names.get(k, k)),
    ):
        xs = range(len(items))
        _bars(ax, xs, [c.n for _, c in items], horizontal=False, color="#DDDDDD", edgecolor="none", label="n")
        _bars(ax, xs, [c.count for _, c in items], horizontal=False, color="#009E73", edgecolor="none",
              label=_t(lang, "interviewed"))
        ax.set_xlim(-0.6, len(items) - 0.4)
        ax.set_ylim(0, max((c.n for _, c in items), default=1) * 1.1 or 1)
        note = _noter(ax, 0, 2)
        for x, (_, c) in zip(xs, items):
            note(x, c.n, f"{c.count}/{c.n}", ha="center", fontsize=7)
        _categories(ax, xs, [label(k) for k, _ in items], axis="x", rotation=0 if ax is left else 40)
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
    fig = _figure(title, subtitle(st, lang), size=(7, 8))
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
