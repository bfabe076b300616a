"""The themes chart in *Diagrammer*: per theme, how many municipalities raised it (a marked passage of one of their
interviews carries the theme or a sub-theme), rural against central or by class, under the view's filter and
counting rule (``core.analysis.themes``, drawn by ``core.render.theme_chart``); and its table for the Tall tab:
each group's count of n and share with its 95 % interval."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from core.analysis import stats
from core.analysis.themes import ThemeCounts, theme_counts
from core.base.words import group_label
from core.render import charts
from core.render.tables import percent
from core.render.theme_chart import theme_figure

if TYPE_CHECKING:
    from core.analysis.stats import StatsFilter
    from core.storage.store import Store

KIND = "themes"
PIXELS_PER_INCH = 90  # a tall themes chart on screen: its labels (theme: sub-theme) wrap onto two lines


def compute(store: Store, f: StatsFilter) -> ThemeCounts:
    """The counts of every theme under the filter (off the GUI thread, on the task's reader)."""
    return theme_counts(store, f)


def figure(counts: ThemeCounts, lang: str, with_rule: bool = False):
    """The chart, with the counting rule under it for a saved or copied chart."""
    fig = theme_figure(counts, lang, by_class=counts.stats.filter.by_class)
    if with_rule:
        charts.footnote(fig, charts.rule_text(KIND, counts.stats, lang))
    return fig


def table(counts: ThemeCounts, lang: str) -> tuple[list[str], list[list]]:
    """Per theme and group: n, the municipalities that raised it, their share with its interval."""
    st = counts.stats
    names = {t.id: t.name for t in counts.themes}
    head = [QCoreApplication.translate("ChartsView", "Theme"), QCoreApplication.translate("ChartsView", "Group"), "n",
            QCoreApplication.translate("ChartsView", "Raised it"),
            QCoreApplication.translate("ChartsView", "Share (95 % interval)")]
    rows = []
    for t in counts.themes:
        label = f"{names[t.parent]}: {t.name}" if t.parent in names else t.name
        for group in stats.groups(st):
            cell = counts.table[(t.id, group)]
            rows.append([label, group_label(group, st.rural_definition.classes, lang), cell.n, cell.count,
                         percent(cell)])
    return head, rows


def empty_text() -> str:
    return QCoreApplication.translate("ChartsView", "No themes yet: mark passages of the quotes and notes with "
                                                    "themes in Sitater (Ctrl+2).")
