"""Is a difference real? Rural against central for every scheme, barrier and measure, and a trend across the six
centrality classes for every scheme.

- **Rural against central**: the difference of the two shares in percentage points (rural minus central) with
  its 95 % interval (Newcombe's hybrid score method) and the two-sided p-value of Fisher's exact test. The
  p-values of one family (one measure over the schemes, or over the barriers: what one chart shows) are adjusted
  by Holm's method; a difference is *marked* where the adjusted p-value is below 0.05 and both groups have at
  least ``stats.LOW_N`` municipalities.
- **Trend across the classes**: the Cochran-Armitage test of the share across classes 1 to 6 (scores 1-6), per
  scheme and measure, adjusted by Holm over the schemes.

The measures follow the way to taking part: aware of the scheme (of the interviewed municipalities), applied
(of those aware of it), took part (of those that applied), took part (of all interviewed), and a benefit of 4 or 5
(of those that took part and gave a score). Pure Python over ``stats.Stats``: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.analysis import stats
from core.analysis.inference import cochran_armitage, fisher_exact, holm, newcombe
from core.analysis.stats import CENTRAL, RURAL, Cell
from core.reference import registry

if TYPE_CHECKING:
    from core.analysis.stats import Stats

ALPHA = 0.05  # a difference or trend is marked where its Holm-adjusted p-value is below this
SCHEME_MEASURES = ("aware", "applied_of_aware", "took_part_of_applied", "took_part", "high_benefit")
OTHER_MEASURES = ("barrier", "main_barrier", "measure")


@dataclass(frozen=True)
class Difference:
    """Rural against central on one measure of one item (a scheme, a barrier or a measure)."""

    measure: str
    item: str
    rural: Cell
    central: Cell
    difference: tuple[float, float, float] | None  # rural - central, low, high (fractions); None: a group empty
    p: float | None  # Fisher's exact test, two-sided
    p_holm: float | None = None  # adjusted within the measure's family

    @property
    def low_n(self) -> bool:
        return self.rural.low_n or self.central.low_n

    @property
    def marked(self) -> bool:
        return self.p_holm is not None and self.p_holm < ALPHA and not self.low_n


@dataclass(frozen=True)
class Trend:
    """A share across the six centrality classes of one measure of one scheme."""

    measure: str
    item: str
    cells: tuple[Cell, ...]  # classes 1 to 6
    z: float | None  # > 0: the share rises with the class (less central), < 0: it falls
    p: float | None
    p_holm: float | None = None

    @property
    def marked(self) -> bool:
        return self.p_holm is not None and self.p_holm < ALPHA


def scheme_cells(members: list["stats.Municipality"], scheme: str) -> dict[str, Cell]:
    """One group's cells of every scheme measure, each a count of municipalities out of its own denominator."""
    aware = [m for m in members if scheme in m.aware]
    applied = [m for m in members if scheme in m.applied]
    scored = [m.benefit[scheme] for m in members if scheme in m.benefit and isinstance(m.benefit[scheme], int)]
    return {
        "aware": Cell(len(aware), len(members)),
        "applied_of_aware": Cell(sum(scheme in m.applied for m in aware), len(aware)),
        "took_part_of_applied": Cell(sum(scheme in m.took_part for m in applied), len(applied)),
        "took_part": Cell(sum(scheme in m.took_part for m in members), len(members)),
        "high_benefit": Cell(sum(v >= 4 for v in scored), len(scored)),
    }


def conditional(st: "Stats", by_class: bool | None = None) -> dict[tuple[str, object], dict[str, Cell]]:
    """(scheme, group) -> every scheme measure: aware of all, applied of the aware, took part of those that
    applied, took part of all, a benefit of 4-5 of those that scored it."""
    return {(scheme, group): scheme_cells(members, scheme)
            for group in stats.groups(st, by_class) for members in [st.in_group(group)] for scheme in st.schemes}


def _difference(measure: str, item: str, rural: Cell, central: Cell) -> Difference:
    p = (fisher_exact(rural.count, rural.n - rural.count, central.count, central.n - central.count)
         if rural.n and central.n else None)
    return Difference(measure, item, rural, central, newcombe(rural.count, rural.n, central.count, central.n), p)


def _adjusted(family: list[Difference]) -> list[Difference]:
    adjusted = holm([d.p for d in family])
    return [Difference(d.measure, d.item, d.rural, d.central, d.difference, d.p, a) for d, a in zip(family, adjusted)]


def differences(st: "Stats", barriers: list[str] = (), measures: list[str] = ()) -> list[Difference]:
    """Rural against central for every scheme measure of every scheme, and for every barrier named, barrier named
    the most important and measure named; the p-values adjusted by Holm within each measure."""
    table = conditional(st, by_class=False)
    out = []
    for measure in SCHEME_MEASURES:
        out += _adjusted([_difference(measure, s, table[(s, RURAL)][measure], table[(s, CENTRAL)][measure])
                          for s in st.schemes])
    for measure, codes, cells in (("barrier", barriers, stats.barriers), ("main_barrier", barriers, stats.main_barrier),
                                  ("measure", measures, stats.measures)):
        if codes:
            tab = cells(st, list(codes), by_class=False)
            out += _adjusted([_difference(measure, c, tab[(c, RURAL)], tab[(c, CENTRAL)]) for c in codes])
    return out


def trends(st: "Stats") -> list[Trend]:
    """The Cochran-Armitage test across classes 1-6 of every scheme measure of every scheme, adjusted by Holm
    within each measure."""
    classes = list(registry.CENTRALITY_CLASSES)
    table = conditional(st, by_class=True)
    out = []
    for measure in SCHEME_MEASURES:
        family = []
        for s in st.schemes:
            cells = tuple(table[(s, k)][measure] for k in classes)
            test = cochran_armitage([c.count for c in cells], [c.n for c in cells], [float(k) for k in classes])
            family.append(Trend(measure, s, cells, *(test or (None, None))))
        adjusted = holm([t.p for t in family])
        out += [Trend(t.measure, t.item, t.cells, t.z, t.p, a) for t, a in zip(family, adjusted)]
    return out


def by_item(found: list, measure: str) -> dict[str, object]:
    """The differences (or trends) of one measure by item."""
    return {d.item: d for d in found if d.measure == measure}
