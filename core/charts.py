"""Charts of the statistics as matplotlib Figures, without pyplot's global state.

The same Figure is shown in the window (FigureCanvasQTAgg), saved as PNG/SVG/PDF and put in the report.
Every chart says its filter and n in the subtitle, uses a colour-blind-safe palette (Okabe-Ito), and draws
groups with n < 5 hatched with «lav n» beside them. Texts are in bokmål or English (``lang``).
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from core import dates, stats

if TYPE_CHECKING:
    from core.chartdata import ChartData, Point
    from core.stats import Stats

# Okabe-Ito: rural orange beside central blue; the six classes from blue (1, most central) to vermillion (6).
COLOURS = {stats.RURAL: "#E69F00", stats.CENTRAL: "#0072B2",
           1: "#0072B2", 2: "#56B4E9", 3: "#009E73", 4: "#F0E442", 5: "#E69F00", 6: "#D55E00"}
MAP_COLOURS = {"other": "#BBBBBB", "interviewed": "#D55E00", "took_part": "#009E73", "not_took_part": "#E69F00"}
X_TICKS = range(0, 101, 20)  # fixed ticks on the share axes: no tick locator to run at every draw
FUNNEL = ["#56B4E9", "#0072B2", "#009E73"]
BENEFIT_COLOURS = {1: "#D55E00", 2: "#E69F00", 3: "#BBBBBB", 4: "#56B4E9", 5: "#0072B2"}

TEXT = {
    "nb": {
        "rural": "Distriktskommuner (sentralitet {classes})", "central": "Sentrale kommuner",
        "took_part_title": "Deltakelse i nasjonale ordninger", "share_took_part": "Andel kommuner som har deltatt",
        "funnel_title": "Fra kjennskap til deltakelse", "aware": "Kjenner til", "applied": "Har søkt",
        "took_part": "Har deltatt", "share_pairs": "Andel av kommune × ordning",
        "benefit_title": "Utbytte av ordningene (1 = svært lite, 5 = svært stort)", "share": "Andel",
        "barriers_title": "Barrierer", "share_naming": "Andel kommuner som nevner barrieren",
        "coverage_title": "Feltarbeid: intervjuede kommuner", "by_class": "Etter sentralitetsklasse",
        "by_county": "Etter fylke", "interviewed": "Intervjuet", "class": "Sentralitetsklasse",
        "low_n": "lav n", "n_municipalities": "n = {n} kommuner", "filter_all": "alle fullførte intervjuer",
        "with_drafts": "inkl. utkast", "dont_know": "vet ikke", "map_title": "Intervjuede kommuner",
        "not_interviewed": "Ikke intervjuet", "map_needs_2024": "Kartet trenger 2024-registerets kommunepunkter.",
        "class_n": "Klasse {k}", "class_1": "Klasse 1 (mest sentral)", "class_6": "Klasse 6 (minst sentral)",
        "map_scheme_title": "Deltakelse i {scheme}", "took_part_yes": "Har deltatt",
        "took_part_no": "Intervjuet, ikke deltatt",
    },
    "en": {
        "rural": "Rural municipalities (centrality {classes})", "central": "Central municipalities",
        "took_part_title": "Participation in national schemes", "share_took_part": "Share of municipalities that took part",
        "funnel_title": "From awareness to participation", "aware": "Aware", "applied": "Applied",
        "took_part": "Took part", "share_pairs": "Share of municipality × scheme",
        "benefit_title": "Benefit of the schemes (1 = very little, 5 = very much)", "share": "Share",
        "barriers_title": "Barriers", "share_naming": "Share of municipalities naming the barrier",
        "coverage_title": "Fieldwork: municipalities interviewed", "by_class": "By centrality class",
        "by_county": "By county", "interviewed": "Interviewed", "class": "Centrality class",
        "low_n": "low n", "n_municipalities": "n = {n} municipalities", "filter_all": "all complete interviews",
        "with_drafts": "incl. drafts", "dont_know": "don't know", "map_title": "Municipalities interviewed",
        "not_interviewed": "Not interviewed", "map_needs_2024": "The map needs the 2024 registry's municipality points.",
        "class_n": "Class {k}", "class_1": "Class 1 (most central)", "class_6": "Class 6 (least central)",
        "map_scheme_title": "Participation in {scheme}", "took_part_yes": "Took part",
        "took_part_no": "Interviewed, did not take part",
    },
}


def _t(lang: str, key: str, **kw) -> str:
    return TEXT["en" if lang == "en" else "nb"][key].format(**kw)


def group_label(st: "Stats", group, lang: str) -> str:
    if isinstance(group, int):
        return _t(lang, f"class_{group}") if group in (1, 6) else _t(lang, "class_n", k=group)
    classes = st.rural_definition.classes
    return _t(lang, group, classes=f"{min(classes)}-{max(classes)}")


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


def _legend_above(ax, columns: int) -> None:
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=columns, fontsize=8, frameon=False)


def _figure(title: str, sub: str, size=(10, 6)) -> Figure:
    fig = Figure(figsize=size, layout="constrained")
    fig.suptitle(title, fontsize=13, fontweight="bold")
    fig.text(0.5, 0.93, sub, ha="center", fontsize=9, color="#444444")
    fig.get_layout_engine().set(rect=(0, 0, 1, 0.92))
    return fig


def participation_chart(st: "Stats", names: dict[str, str], lang: str = "nb") -> Figure:
    """Grouped bars: share of municipalities that took part, per scheme, rural beside central; n on every bar."""
    fig = _figure(_t(lang, "took_part_title"), subtitle(st, lang))
    ax = fig.add_subplot()
    table = stats.participation(st)
    schemes = st.schemes
    groups = stats.groups(st)
    height = 0.8 / len(groups)
    for k, group in enumerate(groups):
        cells = [table[(s, group)]["took_part"] for s in schemes]
        ys = [i + (k - (len(groups) - 1) / 2) * height for i in range(len(schemes))]
        bars = ax.barh(ys, [100 * (c.share or 0) for c in cells], height, label=group_label(st, group, lang),
                       color=COLOURS[group], hatch=["//" if c.low_n else "" for c in cells], edgecolor="white")
        for bar, cell in zip(bars, cells):
            note = f"{cell.count}/{cell.n}" + (f" ({_t(lang, 'low_n')})" if cell.low_n else "")
            ax.annotate(note, (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(3, 0),
                        textcoords="offset points", va="center", fontsize=7 if len(groups) < 3 else 6, gid="n")
    ax.set_yticks(range(len(schemes)), [wrap(names.get(s, s)) for s in schemes], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(_t(lang, "share_took_part") + " (%)")
    ax.set_xlim(0, 115)
    ax.set_xticks(X_TICKS)
    _legend_above(ax, min(len(groups), 3))
    return fig


def funnel_chart(st: "Stats", lang: str = "nb") -> Figure:
    """Per group: share of municipality × scheme pairs aware, applied and took part."""
    fig = _figure(_t(lang, "funnel_title"), subtitle(st, lang))
    ax = fig.add_subplot()
    table = stats.participation(st)
    steps = ("aware", "applied", "took_part")
    groups = stats.groups(st)
    for k, group in enumerate(groups):
        n_pairs = sum(table[(s, group)]["aware"].n for s in st.schemes)
        low = len(st.in_group(group)) < stats.LOW_N  # few municipalities in the group
        for j, step in enumerate(steps):
            count = sum(table[(s, group)][step].count for s in st.schemes)
            share = 100 * count / n_pairs if n_pairs else 0
            y = k * 4 + j  # the axis is inverted: aware on top
            ax.barh(y, share, color=FUNNEL[j], hatch="//" if low else "", edgecolor="white",
                    label=_t(lang, step) if k == 0 else None)
            note = f"{share:.0f} % (n={n_pairs})" + (f" ({_t(lang, 'low_n')})" if low else "")
            ax.annotate(note, (share, y), xytext=(3, 0), textcoords="offset points",
                        va="center", fontsize=8, gid="n")
    ax.set_yticks([k * 4 + 1 for k in range(len(groups))], [group_label(st, g, lang) for g in groups], fontsize=9)
    ax.invert_yaxis()
    ax.set_xlabel(_t(lang, "share_pairs") + " (%)")
    ax.set_xlim(0, 115)
    ax.set_xticks(X_TICKS)
    _legend_above(ax, 3)
    return fig


def benefit_chart(st: "Stats", names: dict[str, str], lang: str = "nb") -> Figure:
    """Diverging stacked bars per scheme: 1-2 to the left, 3 split around zero, 4-5 to the right."""
    fig = _figure(_t(lang, "benefit_title"), subtitle(st, lang))
    ax = fig.add_subplot()
    table = stats.benefit(st)
    schemes = st.schemes
    labelled: set[int] = set()
    for i, scheme in enumerate(schemes):
        merged = {v: sum(table[(scheme, g)][v].count for g in stats.groups(st)) for v in stats.BENEFIT_VALUES}
        scored = sum(merged[v] for v in (1, 2, 3, 4, 5))
        n = scored + merged["vet_ikke"]
        if not scored:
            ax.annotate(f"n={n}", (0, i), ha="center", va="center", fontsize=8, gid="n")
            continue
        share = {v: 100 * merged[v] / scored for v in (1, 2, 3, 4, 5)}
        left = -(share[1] + share[2] + share[3] / 2)
        for v in (1, 2, 3, 4, 5):
            ax.barh(i, share[v], left=left, color=BENEFIT_COLOURS[v], edgecolor="white",
                    hatch="//" if scored < stats.LOW_N else "", label=None if v in labelled else str(v))
            labelled.add(v)
            left += share[v]
        ax.annotate(f"n={scored}" + (f", {_t(lang, 'dont_know')} {merged['vet_ikke']}" if merged["vet_ikke"] else ""),
                    (left, i), xytext=(4, 0), textcoords="offset points", va="center", fontsize=7, gid="n")
    ax.axvline(0, color="#333333", linewidth=0.8)
    if not labelled:  # no scheme has a benefit answer yet
        ax.text(0.5, 0.5, "n=0", transform=ax.transAxes, ha="center", gid="n")
    ax.set_yticks(range(len(schemes)), [wrap(names.get(s, s)) for s in schemes], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(-105, 130)
    ax.set_xlabel(_t(lang, "share") + " (%)")
    if labelled:
        ax.legend(ncols=5, loc="upper center", bbox_to_anchor=(0.5, -0.1), fontsize=8, frameon=False)
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
    for k, group in enumerate(groups):
        cells = [table[(c, group)] for c in ranked]
        ys = [i + (k - (len(groups) - 1) / 2) * height for i in range(len(ranked))]
        bars = ax.barh(ys, [100 * (c.share or 0) for c in cells], height, color=COLOURS[group],
                       label=group_label(st, group, lang), hatch=["//" if c.low_n else "" for c in cells],
                       edgecolor="white")
        for bar, cell in zip(bars, cells):
            ax.annotate(f"{cell.count}/{cell.n}", (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(3, 0),
                        textcoords="offset points", va="center", fontsize=7 if len(groups) < 3 else 6, gid="n")
    ax.set_yticks(range(len(ranked)), [wrap(labels[c]) for c in ranked], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 115)
    ax.set_xticks(X_TICKS)
    ax.set_xlabel(_t(lang, "share_naming") + " (%)")
    _legend_above(ax, min(len(groups), 3))
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
        ax.bar(xs, [c.n for _, c in items], color="#DDDDDD", label="n")
        ax.bar(xs, [c.count for _, c in items], color="#009E73", label=_t(lang, "interviewed"))
        for x, (_, c) in zip(xs, items):
            ax.annotate(f"{c.count}/{c.n}", (x, c.n), xytext=(0, 2), textcoords="offset points", ha="center",
                        fontsize=7, gid="n")
        ax.set_xticks(list(xs), [label(k) for k, _ in items], rotation=0 if ax is left else 40,
                      ha="center" if ax is left else "right", fontsize=8)
        ax.set_title(title, fontsize=10)
    left.set_xlabel(_t(lang, "class"))
    left.legend(fontsize=8)
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
