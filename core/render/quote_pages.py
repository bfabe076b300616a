"""The report's pages of themes: the themes chart (``theme_chart``), then under each theme its passages, quoted
only where they may be cited (marked citable, and the interview's consent answer is "ja": ``Passage.citable``),
each with its municipality and centrality class, never an informant's name. Passages of interviews outside
the report's filter are left out, and so are those flagged for review: their answer was edited where they
stood (a name taken out, the text deleted), so the words they hold may no longer be the interview's; the theme
says how many were held back. A theme quotes at most ``PER_THEME`` passages, one per municipality, taken in turn
from rural and central municipalities so that both are heard; the rest are counted, and are in the export's
``sitater`` sheet and the REFI-QDA project.

    pages(store, f, lang) -> [Figure]     # nothing when the study has no themes
"""

from __future__ import annotations

import textwrap
from itertools import zip_longest
from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from core.analysis.themes import theme_counts
from core.base.words import word
from core.interviews.passages import by_theme
from core.reference import study
from core.render.theme_chart import theme_figure

if TYPE_CHECKING:
    from core.analysis.stats import StatsFilter
    from core.storage.store import Store

A4_PORTRAIT, A4_LANDSCAPE = (8.27, 11.69), (11.69, 8.27)
LINE = 0.017  # a line of 9 pt text, as a share of the page's height
MAX_QUOTE = 600  # characters of one passage on the page
PER_THEME = 6  # passages quoted under a theme


def _places(store: "Store") -> dict[str, tuple[str, int]]:
    return {i: (name, klass) for i, name, klass in store.conn.execute(
        "SELECT i.id, m.name, m.centrality_class FROM interviews i JOIN municipalities m"
        " ON m.registry = i.registry AND m.number = i.municipality")}


def chosen(citable: list, places: dict[str, tuple[str, int]], rural: frozenset[int]) -> list:
    """At most ``PER_THEME`` of a theme's citable passages (in the order given), one per municipality, taken in
    turn from rural and central municipalities (rural first), each side in the order its passages come."""
    sides: tuple[list, list] = ([], [])
    seen: set[str] = set()
    for p in citable:
        name, klass = places.get(p.interview_id, ("?", 0))
        if name not in seen:
            seen.add(name)
            sides[0 if klass in rural else 1].append(p)
    out = []
    for pair in zip_longest(*sides):
        out += [p for p in pair if p is not None]
    return out[:PER_THEME]


def _blocks(store: "Store", counts, rural: frozenset[int], lang: str) -> list[tuple[str, list[str]]]:
    """(heading, lines) per theme with citable passages in the filter's interviews."""
    places = _places(store)
    out = []
    for t in counts.themes:
        lines, held_back, citable = [], 0, []
        for p in by_theme(store, [t.id], citable_only=True):
            if p.interview_id not in counts.interview_ids:
                continue
            if p.status != "ok":
                held_back += 1
                continue
            citable.append(p)
        quoted = chosen(citable, places, rural)
        for p in quoted:
            name, klass = places.get(p.interview_id, ("?", 0))
            text = p.text if len(p.text) <= MAX_QUOTE else p.text[:MAX_QUOTE] + " …"
            lines += textwrap.wrap(f"«{' '.join(text.split())}» ({name}, {word('group.class_note', lang, k=klass)})",
                                   100, initial_indent="• ", subsequent_indent="  ") + [""]
        if len(citable) > len(quoted):
            lines += textwrap.wrap(word("themes.more", lang, n=len(citable) - len(quoted),
                                        m=len({places.get(p.interview_id, ("?", 0))[0] for p in citable})), 100)
        if held_back:
            lines.append(word("themes.held_back", lang, n=held_back))
        if lines or counts.raised_by[t.id]:
            out.append((t.name, lines or [word("themes.none", lang)]))
    return out


def pages(store: "Store", f: "StatsFilter", lang: str = "nb") -> list[Figure]:
    counts = theme_counts(store, f)
    if not counts.themes:
        return []
    chart = theme_figure(counts, lang, by_class=f.by_class)
    chart.set_size_inches(*A4_LANDSCAPE)
    out = [chart]
    fig, y = None, 0.0
    rural = (f.rural_definition or study.load(store).rural_definition).classes
    for heading, lines in _blocks(store, counts, frozenset(rural), lang):
        for n, line in enumerate([None, *lines]):
            if fig is None or y < 0.08:
                fig = Figure(figsize=A4_PORTRAIT)
                out.append(fig)
                fig.text(0.08, 0.95, word("themes.report_title", lang), fontsize=15, fontweight="bold", va="top")
                fig.text(0.08, 0.92, word("themes.report_intro", lang), fontsize=8, va="top", style="italic")
                y = 0.88
            if line is None:
                fig.text(0.08, y, heading, fontsize=11, fontweight="bold", va="top")
                y -= LINE * 1.6
            else:
                fig.text(0.08, y, line, fontsize=8.5, va="top")
                y -= LINE
    return out
