"""Counts that connect the words to the question: per theme, how many municipalities raised it, rural against
central and by centrality class, with the municipality as the unit as in ``core.analysis.stats``.

A municipality *raised* a theme when a passage of one of its included interviews (the statistics' filter and
counting rule: ``stats.compute``) carries the theme or one of its sub-themes. The denominator of a group is the
municipalities with included interviews in that group (``Stats.in_group``), so a share reads "of the
municipalities interviewed"; every cell carries its n and Wilson interval (``stats.Cell``). A passage waiting for
review counts (its theme was given to words that were said).

    counts = theme_counts(store, StatsFilter())   # ThemeCounts
    counts.table[(theme_id, group)] -> Cell       # group: "rural", "central" or a class 1-6
    counts.total[theme_id] -> Cell                # all municipalities interviewed
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.analysis.stats import LATEST_FIRST, Cell, Stats, StatsFilter, compute, groups
from core.interviews.filters import interview_where
from core.interviews.themes import Theme, list_themes

if TYPE_CHECKING:
    from core.storage.store import Store


@dataclass
class ThemeCounts:
    stats: Stats
    themes: list[Theme]
    table: dict[tuple[str, object], Cell]
    total: dict[str, Cell]
    raised_by: dict[str, set[str]]  # theme id -> municipality numbers
    interview_ids: set[str]  # the interviews counted (the filter's, under its rule)


def _interviews(store: "Store", f: StatsFilter) -> list[tuple[str, str]]:
    """(interview id, municipality) of the included interviews, under the filter's counting rule."""
    where, params = interview_where(None if f.include_drafts else "complete", f.county, f.date_from, f.date_to,
                                    f.coordinator)
    rows = store.conn.execute(
        f"""SELECT i.id, i.municipality, row_number() OVER (PARTITION BY i.municipality ORDER BY {LATEST_FIRST})
            FROM interviews i JOIN municipalities m ON m.registry = i.registry AND m.number = i.municipality
            WHERE {where}""", params).fetchall()
    return [(i, m) for i, m, r in rows if f.rule != "latest" or r == 1]


def theme_counts(store: "Store", f: StatsFilter = StatsFilter()) -> ThemeCounts:
    """The counts of every live theme (see the module), from one snapshot."""
    with store.snapshot():
        stats = compute(store, f)
        themes = list_themes(store)
        municipality_of = dict(_interviews(store, f))
        carried: dict[str, set[str]] = {}
        for interview_id, theme_id in store.conn.execute(
                "SELECT interview_id, theme_id FROM passage_themes"):
            if interview_id in municipality_of:
                carried.setdefault(theme_id, set()).add(municipality_of[interview_id])
    counted = {m.number for m in stats.municipalities}
    raised_by = {}
    for t in themes:
        family = {t.id} | {s.id for s in themes if s.parent == t.id}
        raised_by[t.id] = set().union(*(carried.get(x, set()) for x in family)) & counted
    table = {}
    for group in groups(stats, False) + groups(stats, True):
        members = {m.number for m in stats.in_group(group)}
        for t in themes:
            table[(t.id, group)] = Cell(len(raised_by[t.id] & members), len(members))
    total = {t.id: Cell(len(raised_by[t.id]), len(counted)) for t in themes}
    return ThemeCounts(stats, themes, table, total, raised_by, set(municipality_of))
