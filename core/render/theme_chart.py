"""The themes chart: per theme, the share of municipalities that raised it (``core.analysis.themes``), rural beside
central (or the six classes), ranked by the rural share; each bar with its Wilson interval and count of n, groups
with few municipalities pale and hatched, the legend naming each group with its n. A matplotlib Figure built
as ``core.render.charts`` builds its charts (no pyplot), for the window, a file and the report.

    theme_figure(counts, lang="nb", by_class=False) -> Figure
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from core.analysis import stats
from core.base.words import group_label, word
from core.render.charts import COLOURS, X_TICKS, subtitle
from core.render.parts import (
    bar_rows,
    categories,
    draw_bars,
    fit,
    footnote,
    interval_lines,
    legend_above,
    noter,
    titled_figure,
    wrap,
)

if TYPE_CHECKING:
    from core.analysis.themes import ThemeCounts


def _label(counts: "ThemeCounts", theme) -> str:
    parents = {t.id: t.name for t in counts.themes}
    return f"{parents[theme.parent]}: {theme.name}" if theme.parent in parents else theme.name


def theme_figure(counts: "ThemeCounts", lang: str = "nb", by_class: bool = False) -> Figure:
    st = counts.stats
    groups = stats.groups(st, by_class)
    rows = sorted(counts.themes, key=lambda t: (-(counts.table[(t.id, groups[0])].share or 0), t.name.casefold()))
    height = max(4.0, 1.9 + len(rows) * max(len(groups), 2) * 0.17)
    fig = titled_figure(word("themes.chart_title", lang), subtitle(st, lang), size=(10, height))
    ax = fig.add_subplot()
    note = noter(ax)
    bar = 0.8 / len(groups)
    for k, group in enumerate(groups):
        cells = [counts.table[(t.id, group)] for t in rows]
        ys = [i + (k - (len(groups) - 1) / 2) * bar for i in range(len(rows))]
        legend = f"{group_label(group, st.rural_definition.classes, lang, 'legend')} (n={len(st.in_group(group))})"
        draw_bars(ax, ys, [100 * (c.share or 0) for c in cells], bar, label=legend, color=COLOURS[group],
                  hatch=["//" if c.low_n and c.n else "" for c in cells])  # a small group: hatched and pale
        bounds = [c.interval for c in cells]
        interval_lines(ax, ys, bounds, bar)
        for y, cell, bound in zip(ys, cells, bounds):
            text = (word("chart.no_data", lang) if not cell.n else f"{cell.count}/{cell.n}"
                    + (f" ({word('chart.low_n', lang)})" if cell.low_n else ""))
            note(100 * bound[1] if bound else 0, y, text, va="center", fontsize=7 if len(groups) < 3 else 6)
    ticks = [wrap(_label(counts, t)) for t in rows]
    categories(ax, range(len(rows)), ticks)
    bar_rows(ax, max(len(rows), 1))
    ax.set_xlim(0, 120)
    ax.set_xticks(X_TICKS)
    ax.set_xlabel(word("themes.share_raising", lang) + " (%)")
    legend_above(ax, min(len(groups), 3))
    fit(fig, ax, ticks, legend_rows=-(-len(groups) // 3))
    footnote(fig, word("themes.rule", lang))
    return fig
