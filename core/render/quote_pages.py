"""The report's pages of themes: the themes chart (``theme_chart``), then under each theme its passages, quoted
only where they may be cited (marked citable, and the interview's consent answer is "ja": ``Passage.citable``),
each with its municipality and centrality class, never an informant's name. Passages of interviews outside
the report's filter are left out, and so are those flagged for review: their answer was edited where they
stood (a name taken out, the text deleted), so the words they hold may no longer be the interview's; the theme
says how many were held back.

    pages(store, f, lang) -> [Figure]     # nothing when the study has no themes
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from core.analysis.themes import theme_counts
from core.base.words import word
from core.interviews.passages import by_theme
from core.render.theme_chart import theme_figure

if TYPE_CHECKING:
    from core.analysis.stats import StatsFilter
    from core.storage.store import Store

A4_PORTRAIT, A4_LANDSCAPE = (8.27, 11.69), (11.69, 8.27)
LINE = 0.017  # a line of 9 pt text, as a share of the page's height
MAX_QUOTE = 600  # characters of one passage on the page


def _places(store: "Store") -> dict[str, tuple[str, int]]:
    return {i: (name, klass) for i, name, klass in store.conn.execute(
        "SELECT i.id, m.name, m.centrality_class FROM interviews i JOIN municipalities m"
        " ON m.registry = i.registry AND m.number = i.municipality")}


def _blocks(store: "Store", counts, lang: str) -> list[tuple[str, list[str]]]:
    """(heading, lines) per theme with citable passages in the filter's interviews."""
    places = _places(store)
    out = []
    for t in counts.themes:
        lines, held_back = [], 0
        for p in by_theme(store, [t.id], citable_only=True):
            name, klass = places.get(p.interview_id, ("?", 0))
            if p.interview_id not in counts.interview_ids:
                continue
            if p.status != "ok":
                held_back += 1
                continue
            text = p.text if len(p.text) <= MAX_QUOTE else p.text[:MAX_QUOTE] + " …"
            lines += textwrap.wrap(f"«{' '.join(text.split())}» ({name}, {word('group.class_note', lang, k=klass)})",
                                   100, initial_indent="• ", subsequent_indent="  ") + [""]
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
    for heading, lines in _blocks(store, counts, lang):
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
