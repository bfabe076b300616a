"""``main.py export``: the data as XLSX or CSV with a codebook, or the PDF report."""

from __future__ import annotations

from cli.base import Failure, county, dates, opened, run as run_command, say


def run(args) -> int:
    return run_command("export", lambda: _export(args))


def _export(args) -> int:
    from core import export as ex

    date_from, date_to = dates(args.date_from, args.date_to)
    if args.format == "pdf" and args.status == "draft":
        raise Failure("the pdf report counts complete interviews (or all with --status all), not drafts alone", 2)
    with opened(args.db, writes=False) as store:
        where = county(store, args.county)
        if args.format == "pdf":
            from core.render import report
            from core.analysis.stats import StatsFilter

            f = StatsFilter(county=where, date_from=date_from, date_to=date_to, coordinator=args.coordinator,
                            include_drafts=args.status == "all")
            path = report.write_pdf(store, f, args.out, args.lang)
            say(f"export: report written to {path}")
            return 0
        f = ex.ExportFilter(county=where, date_from=date_from, date_to=date_to, coordinator=args.coordinator,
                            status=None if args.status in (None, "all") else args.status)
        data, paths = ex.export(store, args.format, args.out, f, args.include_names)
    personal = ("holds personal data (informants' names and contacts)" if data.personal_data
                else "holds no names or contacts")
    say(f"export: {data.interviews} interviews from {data.municipalities} municipalities written to "
        f"{', '.join(str(p) for p in paths)}; the export {personal}")
    return 0
