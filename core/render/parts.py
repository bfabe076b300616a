"""The building blocks of Feltkart's charts: the settings a chart is drawn with, a figure with its title and
subtitle, margins measured once (``MarginLayout``), bars without matplotlib's per-bar bookkeeping, notes and
category names as plain texts. No pyplot, no global state."""

from __future__ import annotations

import textwrap

import matplotlib
from matplotlib import font_manager
from matplotlib.collections import LineCollection
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.layout_engine import LayoutEngine
from matplotlib.patches import Rectangle
from matplotlib.transforms import offset_copy

# Glyphs without FreeType's hinting, as browsers and macOS draw them: a quarter less time to draw a chart, and
# no difference that shows at the sizes used here. Set around each drawing (``drawing``), not for the process.
DRAWING = {"text.hinting": "no_hinting"}


def drawing():
    """The settings a chart is drawn with, for the time of one drawing (the window's canvas, a file, the
    report)."""
    return matplotlib.rc_context(DRAWING)

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


def legend_above(ax, columns: int) -> None:
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=columns, fontsize=8, frameon=False)


def fit(fig: Figure, ax, labels: list[str] | None = None, legend_rows: int = 0, bottom: float = 0.6) -> None:
    """Margins for a chart whose y axis carries ``labels`` (8 pt) and a legend of ``legend_rows`` above it."""
    left = max((text_inches(label, 8) for label in labels), default=0.3) + 0.2 if labels else 0.55
    fig.get_layout_engine().set(left=left, top=TITLE_SPACE + legend_rows * LEGEND_ROW + 0.05, bottom=bottom)


def titled_figure(title: str, sub: str, size=(10, 6)) -> Figure:
    fig = Figure(figsize=size, layout=MarginLayout())
    # Title and subtitle hang a fixed distance from the top edge, whatever the window's height.
    fig.suptitle(title, fontsize=13, fontweight="bold", x=0.5, y=1.0, va="top",
                 transform=offset_copy(fig.transFigure, fig=fig, y=-0.1, units="inches"))
    fig.text(0.5, 1.0, sub, ha="center", va="top", fontsize=9, color="#444444",
             transform=offset_copy(fig.transFigure, fig=fig, y=-0.4, units="inches"))
    return fig


def draw_bars(ax, positions, lengths, thickness: float = 0.8, *, horizontal: bool = True, starts=None, color,
          hatch="", edgecolor="white", linewidth: float = 1.0, label: str | None = None) -> BarContainer:
    """Bars as ``Axes.barh``/``Axes.bar`` make them (Rectangles in a BarContainer, the legend from its label),
    hatched bars pale,
    without the data limits that matplotlib works out again for every bar added: every chart here sets its
    limits itself. ``positions`` are the bars' centres across, ``starts`` where each begins along (0)."""
    starts = [0.0] * len(lengths) if starts is None else starts
    hatches = hatch if isinstance(hatch, list) else [hatch] * len(lengths)
    patches = []
    for at, length, start, pattern in zip(positions, lengths, starts, hatches):
        xy = (start, at - thickness / 2) if horizontal else (at - thickness / 2, start)
        size = (length, thickness) if horizontal else (thickness, length)
        # a hatched bar (a small group) is also pale: it must not read as a finding
        bar = Rectangle(xy, *size, facecolor=color, edgecolor=edgecolor, linewidth=linewidth, hatch=pattern or None,
                        alpha=0.45 if pattern else None, label="_nolegend_")
        ax.add_artist(bar)
        patches.append(bar)
    container = BarContainer(patches, datavalues=lengths, orientation="horizontal" if horizontal else "vertical",
                             label=label if label is not None else "_nolegend_")
    ax.add_container(container)
    return container


def bar_rows(ax, count: int, pad: float = 0.5) -> None:
    """The y axis of a chart with ``count`` rows of bars (at 0 .. count-1), the first on top, with ``pad`` rows
    of room above the first and below the last."""
    ax.set_ylim(max(count, 1) - 1 + pad, -pad)  # no rows (no active scheme): the room of one


def noter(ax, dx: float = 3, dy: float = 0):
    """A function that writes a note (the n of a bar) ``dx``, ``dy`` points from a point in data coordinates:
    plain texts with one shared transform (annotations take twice as long to draw)."""
    shift = offset_copy(ax.transData, fig=ax.figure, x=dx, y=dy, units="points")

    def note(x: float, y: float, text: str, **kw):
        return ax.text(x, y, text, transform=shift, gid="n", **kw)

    return note


def categories(ax, positions, labels: list[str], *, axis: str = "y", fontsize: float = 8,
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


def interval_lines(ax, ys, bounds, height: float, color: str = "#222222") -> None:
    """The 95 % interval of each bar, across it at ``ys``: a line from low to high (in %) with short ends, all
    in one collection (gid "interval"); a bar without an interval (n = 0) gets none."""
    segments = []
    cap = height * 0.25
    for y, bound in zip(ys, bounds):
        if bound is None:
            continue
        low, high = 100 * bound[0], 100 * bound[1]
        segments += [[(low, y), (high, y)], [(low, y - cap), (low, y + cap)], [(high, y - cap), (high, y + cap)]]
    if segments:
        ax.add_collection(LineCollection(segments, colors=color, linewidths=0.9, gid="interval"), autolim=False)


def marks(ax, ys, symbols: list[str], x: float = 0.995) -> None:
    """A marker (a finding that holds: "*" or "†") at the right edge of the axes on each row that has one
    (gid "marker")."""
    for y, symbol in zip(ys, symbols):
        if symbol:
            ax.text(x, y, symbol, transform=ax.get_yaxis_transform(), ha="right", va="center", fontsize=11,
                    fontweight="bold", gid="marker")


FOOTNOTE_SIZE = 7  # points


def footnote(fig: Figure, text: str) -> None:
    """A note under the chart (a rule), wrapped to the figure's width, with room made for it below the axes
    (gid "footnote"). A second note goes under the first. Call it after the chart has set its margins."""
    engine = fig.get_layout_engine()
    old = next((t for t in fig.texts if t.get_gid() == "footnote"), None)
    if old is not None:
        text = f"{old.raw}\n{text}"
        engine.set(bottom=engine.margins["bottom"] - old.room)
        old.remove()
    width = fig.get_size_inches()[0]
    # wrapped for a window no wider than 8 inches, so the note fits when the window shrinks the chart
    chars = max(int((min(width, 8.0) - 0.4) * 72 / (FOOTNOTE_SIZE * 0.55)), 40)
    wrapped = "\n".join(textwrap.fill(paragraph, chars) for paragraph in text.split("\n"))
    note = fig.text(0, 0, wrapped, fontsize=FOOTNOTE_SIZE, color="#444444", va="bottom", ha="left", gid="footnote",
                    transform=offset_copy(fig.transFigure, fig=fig, x=0.2, y=0.1, units="inches"), linespacing=1.3)
    note.raw = text
    note.room = (wrapped.count("\n") + 1) * FOOTNOTE_SIZE * 1.3 / 72 + 0.1
    engine.set(bottom=engine.margins["bottom"] + note.room)
