"""The fieldwork's charts: the response rate of the sample per group (the dispositions side by side, RR1 with its
95 % interval and n) and the progress over time (municipalities interviewed per centrality class against the
class's sample). Drawn from ``core.analysis.response``; texts in bokmål or English."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from core.analysis import response
from core.analysis.stats import LOW_N
from core.base.words import group_label, word
from core.render.parts import (
    TITLE_SPACE,
    bar_rows,
    categories,
    draw_bars,
    fit,
    legend_above,
    noter,
    titled_figure,
    wrap,
)

if TYPE_CHECKING:
    from core.analysis.response import ResponseData

# Okabe-Ito: interviews green and light blue, refusals vermillion, non-contacts grey, others orange
DISPOSITION_COLOURS = {"I": "#009E73", "P": "#56B4E9", "R": "#D55E00", "NC": "#BBBBBB", "O": "#E69F00"}
CLASS_COLOURS = {1: "#0072B2", 2: "#56B4E9", 3: "#009E73", 4: "#F0E442", 5: "#E69F00", 6: "#D55E00"}
X_TICKS = range(0, 101, 20)


def _t(lang: str, key: str, **values) -> str:
    return word(f"chart.{key}", lang, **values)


def fieldwork_subtitle(data: "ResponseData", county: str | None, coordinator: str | None, lang: str) -> str:
    parts = [p for p in (county, coordinator) if p]
    return " · ".join([*parts, _t(lang, "n_sample", n=len(data.rows))])


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}"


def _empty(fig: Figure, lang: str) -> Figure:
    ax = fig.add_subplot()
    ax.text(0.5, 0.5, _t(lang, "no_sample"), ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    return fig


def response_chart(data: "ResponseData", by_class: bool, lang: str = "nb", county: str | None = None,
                   coordinator: str | None = None) -> Figure:
    """One bar per group (rural and central, or the six classes) and one for all: the eligible sampled
    municipalities split by disposition (I, P, R, NC, O), RR1 with its 95 % interval as a line across the
    end of the I part, and RR1, RR2 and n beside the bar. Groups under ``LOW_N`` are hatched."""
    fig = titled_figure(_t(lang, "response_title"), fieldwork_subtitle(data, county, coordinator, lang))
    if not data.rows:
        return _empty(fig, lang)
    ax = fig.add_subplot()
    groups = response.rates(data, "class" if by_class else "rural")
    labels = [wrap(_t(lang, "all") if g.key == response.TOTAL else
                   group_label(g.key, data.rural_classes, lang, "legend"), 26) for g in groups]
    ys = [k + (0.6 if g.key == response.TOTAL else 0) for k, g in enumerate(groups)]  # the total a little apart
    starts = [0.0] * len(groups)
    for code in DISPOSITION_COLOURS:
        widths = [100 * getattr(g.counts, code) / g.counts.eligible if g.counts.eligible else 0 for g in groups]
        draw_bars(ax, ys, widths, 0.62, starts=list(starts), color=DISPOSITION_COLOURS[code],
                  hatch=["//" if g.counts.eligible < LOW_N else "" for g in groups],
                  label=word(f"disposition.{code}", lang))
        starts = [s + w for s, w in zip(starts, widths)]
    note = noter(ax, dx=6)
    for y, g in zip(ys, groups):
        c = g.counts
        interval = c.interval()
        if interval:
            low, high = (100 * v for v in interval)
            ax.add_line(Line2D([low, high], [y, y], color="black", linewidth=1.2, gid="interval"))
            for x in (low, high):
                ax.add_line(Line2D([x, x], [y - 0.18, y + 0.18], color="black", linewidth=1.2, gid="interval"))
        text = _t(lang, "rates_note", rr1=_percent(c.rate("RR1")), low=_percent(interval[0] if interval else None),
                  high=_percent(interval[1] if interval else None), rr2=_percent(c.rate("RR2")), n=c.eligible)
        if c.eligible < LOW_N:
            text += f" ({_t(lang, 'low_n')})"
        note(100, y, text, va="center", fontsize=8)
    categories(ax, ys, labels)
    bar_rows(ax, int(ys[-1]) + 1, pad=0.6)
    ax.set_ylim(ys[-1] + 0.6, -0.6)
    ax.set_xlim(0, 100)
    ax.set_xticks(X_TICKS)
    ax.set_xlabel(_t(lang, "response_axis"))
    legend_above(ax, 5)
    fit(fig, ax, labels, legend_rows=1)
    fig.get_layout_engine().set(right=2.6)
    return fig


def progress_chart(data: "ResponseData", lang: str = "nb", county: str | None = None,
                   coordinator: str | None = None) -> Figure:
    """Per centrality class: the share of its eligible sample with a complete interview, by the date of each
    municipality's first, as steps over the fieldwork's days; the counts in the legend. A class of fewer than
    ``LOW_N`` municipalities is drawn dashed."""
    fig = titled_figure(_t(lang, "progress_title"), fieldwork_subtitle(data, county, coordinator, lang))
    if not data.rows:
        return _empty(fig, lang)
    ax = fig.add_subplot()
    lines = response.progress(data)
    days = sorted({d for p in lines for d, _ in p.steps})
    if not days:
        ax.text(0.5, 0.5, _t(lang, "no_interviews_yet"), ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    span = max((last - first).days, 1)
    for p in lines:
        if not p.sample:
            continue
        xs = [0] + [(date.fromisoformat(d) - first).days for d, _ in p.steps] + [span]
        ys = [0] + [100 * c / p.sample for _, c in p.steps] + [100 * p.interviewed / p.sample]
        label = group_label(p.centrality_class, data.rural_classes, lang, "legend")
        ax.step(xs, ys, where="post", color=CLASS_COLOURS[p.centrality_class], linewidth=1.8,
                label=f"{label}: {p.interviewed}/{p.sample}", linestyle="--" if p.sample < LOW_N else "-")
    ticks = [0, span // 4, span // 2, 3 * span // 4, span]
    ax.set_xticks(ticks, [_day(first, t) for t in ticks], fontsize=8)
    ax.set_xlim(0, span)
    ax.set_ylim(0, 100)
    ax.set_yticks(X_TICKS)
    ax.set_ylabel(_t(lang, "progress_axis"), fontsize=9)
    ax.grid(axis="y", color="#EEEEEE")
    legend_above(ax, 3)
    fig.get_layout_engine().set(left=0.8, right=0.4, top=TITLE_SPACE + 2 * 0.24 + 0.05, bottom=0.6)
    return fig


def _day(first: date, days: int) -> str:
    from datetime import timedelta

    return (first + timedelta(days=days)).strftime("%d.%m.%Y")
