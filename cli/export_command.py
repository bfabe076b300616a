"""``main.py export``: the data as XLSX or CSV with a codebook, or the PDF report."""

from __future__ import annotations

from dataclasses import replace

from cli.base import Failure, county, dates, opened, say
from cli.base import run as run_command


def run(args) -> int:
    return run_command("export", lambda: _export(args))


def _export(args) -> int:
    from core.render import outputs

    date_from, date_to = dates(args.date_from, args.date_to)
    # the report counts complete interviews unless asked for all; the data holds every status unless asked
    status = {"all": None, None: "complete" if args.format == "pdf" else None}.get(args.status, args.status)
    request = outputs.OutputRequest(args.format, args.out, None, date_from, date_to, args.coordinator, status,
                                    args.include_names, args.lang)
    if request.problem() == "report_of_drafts":
        raise Failure("the pdf report counts complete interviews (or all with --status all), not drafts alone", 2)
    with opened(args.db, writes=False) as store:
        written = outputs.write(store, replace(request, county=county(store, args.county)))
    if request.is_report:
        say(f"export: report written to {written.paths[0]}")
        return 0
    personal = ("holds personal data (informants' names and contacts)" if written.personal_data
                else "holds no names or contacts")
    say(f"export: {written.interviews} interviews from {written.municipalities} municipalities written to "
        f"{', '.join(str(p) for p in written.paths)}; the export {personal}")
    return 0
