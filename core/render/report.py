"""The PDF summary report: A4 pages made with matplotlib from the same figures as the charts view.

Pages: a title page (study, period, n municipalities and interviews, filter, export time, sources); the
coverage table; the method (the sample, the response rates by group and the non-response table); each chart (A4 landscape) followed by the table behind it with its n; the barrier and measure
summaries. Fonts are embedded as TrueType (``pdf.fonttype`` 42), so Norwegian and Sami letters render and can
be searched and copied. Written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import textwrap
import zlib
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from core import __version__
from core.analysis import chartdata, response
from core.base import dates
from core.base.atomic import atomic_file, refused
from core.base.words import counting_rule, word
from core.export import ExportCancelled
from core.reference import registry, study
from core.render import charts, parts, quote_pages, tables
from core.render.parts import footnote

if TYPE_CHECKING:
    from core.analysis.stats import StatsFilter
    from core.storage.store import Store

A4_PORTRAIT = (8.27, 11.69)
A4_LANDSCAPE = (11.69, 8.27)
ROWS_PER_PAGE = 38

def _t(lang: str, key: str, **values) -> str:
    return word(f"report.{key}", lang, **values)


def _title_page(data: chartdata.ChartData, store: "Store", lang: str, made: str) -> Figure:
    st = data.stats
    settings = study.load(store)
    info = registry.info(store, st.registry_version)
    period = st.period  # the included interviews' first and last date: the report's own filter
    fig = Figure(figsize=A4_PORTRAIT)
    fig.text(0.1, 0.88, _t(lang, "title"), fontsize=20, fontweight="bold", va="top")
    fig.text(0.1, 0.83, _t(lang, "report"), fontsize=13, va="top", color="#444444")
    rows = [
        (_t(lang, "study"), settings.study_name or "–"),
        (_t(lang, "period"), f"{dates.format(period[0])} – {dates.format(period[1])}" if period[0] else _t(lang, "no_period")),
        (_t(lang, "municipalities"), f"{len(st.municipalities)}"),
        (_t(lang, "interviews"), f"{st.interviews}"),
        (_t(lang, "filter"), charts.subtitle(st, lang)),
        (_t(lang, "exported"), made),
        (_t(lang, "version"), __version__),
        (_t(lang, "registry"), f"{info.version}: {info.structure_en if lang == 'en' else info.structure_nb}"),
    ]
    y = 0.74
    for label, value in rows:
        fig.text(0.1, y, label, fontsize=11, fontweight="bold", va="top")
        wrapped = textwrap.fill(value, 48)
        fig.text(0.38, y, wrapped, fontsize=11, va="top")
        y -= 0.035 + 0.02 * wrapped.count("\n")
    y -= 0.02
    for label, value in ((_t(lang, "rule"), counting_rule(data.stats.filter.rule, lang)), (_t(lang, "source"), info.attribution(lang))):
        fig.text(0.1, y, label, fontsize=10, fontweight="bold", va="top")
        wrapped = textwrap.fill(value, 100)
        fig.text(0.1, y - 0.025, wrapped, fontsize=9, va="top", linespacing=1.4)
        y -= 0.05 + 0.018 * wrapped.count("\n")
    return fig


def _methods_pages(data: chartdata.ChartData, lang: str) -> list[Figure]:
    """The method: how the sample was made and changed, the response rates and how they are worked out (a
    page of text), then the rates by rural and central and by class, and the non-response table."""
    rates = data.response
    fig = Figure(figsize=A4_PORTRAIT)
    fig.text(0.1, 0.92, _t(lang, "methods"), fontsize=16, fontweight="bold", va="top")
    y = 0.86
    total = rates.counts
    summary = word("chart.rates_note", lang, rr1=_share(total.rate("RR1")), rr2=_share(total.rate("RR2")),
                   low=_share(total.interval()[0] if total.interval() else None),
                   high=_share(total.interval()[1] if total.interval() else None), n=total.eligible)
    for label, value in ((_t(lang, "sample"), response.design_text(rates, lang)),
                         (_t(lang, "response"), summary if rates.rows else word("sample.none", lang)),
                         (_t(lang, "rule"), word("rule.response", lang))):
        fig.text(0.1, y, label, fontsize=11, fontweight="bold", va="top")
        wrapped = textwrap.fill(value, 95)
        fig.text(0.1, y - 0.025, wrapped, fontsize=9, va="top", linespacing=1.4)
        y -= 0.06 + 0.018 * wrapped.count("\n")
    pages = [fig]
    if rates.rows:
        head, rows = tables.rates_table(rates, "rural", lang)
        more = tables.rates_table(rates, "class", lang)[1]
        pages += _table_pages(_t(lang, "rates_by"), head, rows[:-1] + more, lang)
        pages += _table_pages(_t(lang, "nonresponse"), *tables.nonresponse_table(rates, lang), lang)
    return pages


def _comparison_pages(data: chartdata.ChartData, lang: str) -> list[Figure]:
    """Rural against central and the trend across the classes, for every scheme measure, barrier and measure:
    a page of how they are worked out, then the tables."""
    fig = Figure(figsize=A4_PORTRAIT)
    fig.text(0.1, 0.92, _t(lang, "comparisons"), fontsize=16, fontweight="bold", va="top")
    y = 0.86
    marked = [d for d in data.differences if d.marked]
    trends = [t for t in data.trends if t.marked]
    found = "; ".join(f"{word(f'measure.{d.measure}', lang)}: {data.item_name(d.measure, d.item, lang)} "
                      f"({100 * d.difference[0]:+.0f} pp)" for d in marked) or _t(lang, "none_marked")
    rising = "; ".join(f"{word(f'measure.{t.measure}', lang)}: {data.scheme_name(t.item, lang)} "
                       f"({tables.trends_direction(t, lang)} {word('table.direction', lang).lower()})" for t in trends) or _t(lang, "none_marked")
    for label, value in ((_t(lang, "how_compared"), _t(lang, "comparison_method")),
                         (_t(lang, "marked_differences"), found), (_t(lang, "marked_trends"), rising)):
        fig.text(0.1, y, label, fontsize=11, fontweight="bold", va="top")
        wrapped = textwrap.fill(value, 95)
        fig.text(0.1, y - 0.025, wrapped, fontsize=9, va="top", linespacing=1.4)
        y -= 0.06 + 0.018 * wrapped.count("\n")
    pages = [fig]
    measures = list(dict.fromkeys(d.measure for d in data.differences))
    for measure in measures:  # a table per indicator: its name is the title, each row a scheme or an answer
        head, rows = tables.differences_table(data, lang, (measure,), indicator=False)
        pages += _table_pages(f"{word('table.differences', lang)}: {word(f'measure.{measure}', lang)}", head, rows, lang)
    for measure in dict.fromkeys(t.measure for t in data.trends):
        head, rows = tables.trends_table(data, lang, (measure,), indicator=False)
        pages += _table_pages(f"{word('table.trends', lang)}: {word(f'measure.{measure}', lang)}", head, rows, lang)
    return pages


def _share(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}"


NUMBER = tables.NUMBER  # right-aligned and never cut short
MONO = "DejaVu Sans Mono"  # has the Norwegian and Sami letters; columns line up by character
MAX_CHARS = 118  # characters per row at 7 pt across an A4 page's text width


def _fit_columns(head: list[str], cells: list[list[str]], numeric: list[bool]) -> list[int]:
    """Column widths in characters: each as wide as its widest value (a header longer than that goes on two
    lines); when the row is too long for the page, the widest text column gives way, never a number."""
    widths = [max([min(len(h), max(-(-len(h) // 2), max(map(len, h.split()), default=0)))] + [len(c[i]) for c in cells])
              for i, h in enumerate(head)]
    while sum(widths) + 2 * (len(widths) - 1) > MAX_CHARS:
        text = [i for i in range(len(widths)) if not numeric[i]] or list(range(len(widths)))
        widest = max(text, key=lambda i: widths[i])
        if widths[widest] <= 6:
            break
        widths[widest] -= 1
    return widths


def _header_lines(head: list[str], widths: list[int]) -> list[list[str]]:
    """The header on one line, or two where a name is wider than its column."""
    split = [textwrap.wrap(h, w, break_long_words=False) or [""] for h, w in zip(head, widths)]
    rows = 2 if any(len(parts) > 1 for parts in split) else 1
    return [[" ".join(parts[:1]) if r == 0 else " ".join(parts[1:]) for parts in split] for r in range(rows)]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _table_pages(title: str, head: list[str], rows: list[list], lang: str) -> list[Figure]:
    """A table on A4 pages, one monospaced text per row (a matplotlib table draws every cell with its own box
    and took ten seconds for a report); numbers right-aligned; a rule under the header."""
    cells = [[v if isinstance(v, str) else str(v) for v in row] for row in rows]
    numeric = [bool(rows) and all(not isinstance(r[i], str) or NUMBER.fullmatch(r[i]) for r in rows)
               for i in range(len(head))]
    widths = _fit_columns(head, cells, numeric)
    headers = _header_lines(head, widths)

    def line(values: list[str]) -> str:
        parts = [_clip(v, w).rjust(w) if numeric[i] else _clip(v, w).ljust(w) for i, (v, w) in enumerate(zip(values, widths))]
        return "  ".join(parts).rstrip()

    width, height = A4_PORTRAIT
    left, top, step = 0.6, 1.0, 7 * 1.45 / 72  # inches
    pages = []
    for start in range(0, max(len(cells), 1), ROWS_PER_PAGE):
        chunk = cells[start:start + ROWS_PER_PAGE]
        fig = Figure(figsize=A4_PORTRAIT)
        fig.text(left / width, 1 - 0.6 / height, title + (f" {_t(lang, 'continued')}" if start else ""),
                 fontsize=13, fontweight="bold", va="top")
        for r, names in enumerate(headers):
            fig.text(left / width, 1 - (top + step * r) / height, line(names), fontsize=7, family=MONO,
                     fontweight="bold", va="top")
        below = len(headers) - 1  # a header of two lines pushes the rows down one
        rule_y = 1 - (top + step * (below + 1.1)) / height
        fig.add_artist(Line2D([left / width, 1 - left / width], [rule_y, rule_y], color="#888888", linewidth=0.6))
        for k, row in enumerate(chunk):
            fig.text(left / width, 1 - (top + step * (below + k + 1.4)) / height, line(row), fontsize=7, family=MONO,
                     va="top")
        pages.append(fig)
    return pages


def write_pdf(store: "Store", f: "StatsFilter", target: Path, lang: str = "nb",
              progress: Callable[[int, int], None] = lambda d, t: None,
              cancelled: Callable[[], bool] = lambda: False) -> Path:
    """The report for the statistics filter ``f`` at ``target``, complete or not at all."""
    target = Path(target)
    data = chartdata.prepare(store, f)
    made = datetime.now(timezone.utc).astimezone().strftime("%d.%m.%Y %H:%M")
    steps = 3 + len(chartdata.KINDS)
    with atomic_file(target, ".pdf") as tmp:
        try:
            _write_pages(tmp, store, data, lang, made, steps, progress, cancelled)
        except OSError as exc:
            raise refused(target, exc) from exc
        except zlib.error as exc:  # a page's stream left broken by a write that failed (a full disk)
            cause = _write_failure(exc)
            if cause is None:
                raise
            raise refused(target, cause) from exc
        if cancelled():
            raise ExportCancelled()
    progress(steps, steps)
    return target


def _write_failure(exc: BaseException) -> OSError | None:
    """The failed write behind an error raised while matplotlib cleaned up after it."""
    seen = exc
    while seen is not None:
        if isinstance(seen, OSError):
            return seen
        seen = seen.__context__ or seen.__cause__
    return None


def _write_pages(tmp: Path, store: "Store", data, lang: str, made: str, steps: int, progress, cancelled) -> None:
    with matplotlib.rc_context({"pdf.fonttype": 42, **parts.DRAWING}), PdfPages(tmp) as pdf:
        pdf.infodict().update({"Title": _t(lang, "title"), "Creator": f"Feltkart {__version__}"})
        pdf.savefig(_title_page(data, store, lang, made))
        head, rows = tables.table("coverage", data, lang)
        for page in _table_pages(_t(lang, "coverage"), head, rows, lang):
            pdf.savefig(page)
        for page in _methods_pages(data, lang):
            pdf.savefig(page)
        for page in _comparison_pages(data, lang):
            pdf.savefig(page)
        progress(1, steps)
        for n, kind in enumerate(chartdata.KINDS, start=2):
            if cancelled():
                raise ExportCancelled()
            fig = charts.figure(kind, data, lang)
            fig.set_size_inches(*A4_LANDSCAPE)
            footnote(fig, charts.rule_text(kind, data.stats, lang))  # wrapped to the page's width
            pdf.savefig(fig)
            if kind in ("coverage", "barriers", "response", "progress"):
                progress(n, steps)
                continue  # coverage and the methods open the report; barriers has its own summary below
            title = fig._suptitle.get_text() if fig._suptitle else kind
            head, rows = tables.table(kind, data, lang)
            for page in _table_pages(_t(lang, "table_for", title=title), head, rows, lang):
                pdf.savefig(page)
            progress(n, steps)
        head, rows = tables.table("barriers", data, lang)
        for page in _table_pages(_t(lang, "barriers"), head, rows, lang):
            pdf.savefig(page)
        head, rows = tables.measures_table(data, lang)
        for page in _table_pages(_t(lang, "measures"), head, rows, lang):
            pdf.savefig(page)
        for page in quote_pages.pages(store, data.stats.filter, lang):  # the themes, and quotes that may be cited
            pdf.savefig(page)
