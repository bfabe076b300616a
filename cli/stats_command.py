"""``main.py stats``: the tables behind every chart as CSV (UTF-8), rural against central (``forskjell.csv``) and
the trend across the classes (``trend.csv``), every chart as PNG and SVG with its rules under it, and ``om.txt``:
the filter, the counting rule and how the comparisons are worked out."""

from __future__ import annotations

from cli.base import Failure, county, dates, opened, out_folder, say, write_table, write_text
from cli.base import run as run_command


def run(args) -> int:
    return run_command("stats", lambda: _stats(args))


def _stats(args) -> int:
    from core.analysis import chartdata
    from core.analysis.stats import StatsFilter
    from core.reference.registry import RuralDefinition
    from core.render import charts

    date_from, date_to = dates(args.date_from, args.date_to)
    out = args.out
    if out.exists() and not out.is_dir():
        raise Failure(f"{out} is a file; give a folder for the tables and charts")
    with opened(args.db, writes=False) as store:
        f = StatsFilter(county=county(store, args.county), date_from=date_from, date_to=date_to,
                        coordinator=args.coordinator, include_drafts=args.drafts, by_class=args.by_class,
                        rural_definition=RuralDefinition(args.rural) if args.rural else None, rule=args.rule)
        out_folder(out)
        data = chartdata.prepare(store, f)
        tables = chartdata.data_tables(data)
        for name, (head, rows) in tables.items():
            write_table(out / f"{name}.csv", head, rows)
        write_text(out / "om.txt", about(data, args.lang))
        for kind in chartdata.KINDS:
            fig = charts.figure(kind, data, args.lang, with_rule=True)
            for ext in ("png", "svg"):
                charts.save(fig, out / f"{kind}.{ext}", ext, dpi=150)
        st = data.stats
        say(f"stats: {len(st.municipalities)} municipalities from {st.interviews} interviews; "
            f"{len(tables)} tables and {len(chartdata.KINDS)} charts written to {out}")
    return 0


def about(data, lang: str) -> str:
    """What the files say and how they were counted, for the analyst who opens the folder later."""
    from core.base.words import counting_rule, word
    from core.render import charts

    st = data.stats
    return "\n\n".join([
        charts.subtitle(st, lang),
        counting_rule(st.filter.rule, lang),
        word("report.comparison_method", lang),
        word("stats.files", lang),
    ]) + "\n"
