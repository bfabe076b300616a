"""``main.py export``: the data as XLSX or CSV with a codebook (names and contacts only encrypted, or plain when
asked in so many words), the PDF report, or the quotes and themes as a REFI-QDA project (qdpx)."""

from __future__ import annotations

from dataclasses import replace

from cli.base import Failure, county, dates, opened, say, warn
from cli.base import run as run_command


def run(args) -> int:
    return run_command("export", lambda: _export(args))


def _export(args) -> int:
    from core.render import outputs

    if args.format == "qdpx":
        return _qdpx(args)
    date_from, date_to = dates(args.date_from, args.date_to)
    # the report counts complete interviews unless asked for all; the data holds every status unless asked
    status = {"all": None, None: "complete" if args.format == "pdf" else None}.get(args.status, args.status)
    request = outputs.OutputRequest(args.format, args.out, None, date_from, date_to, args.coordinator, status,
                                    args.include_names, args.lang, args.encrypt_zip)
    _refuse_unsafe(request, args.plain_personal_data)
    if request.problem() == "report_of_drafts":
        raise Failure("the pdf report counts complete interviews (or all with --status all), not drafts alone", 2)
    with opened(args.db, writes=False) as store:
        written = outputs.write(store, replace(request, county=county(store, args.county)))
    if request.is_report:
        say(f"export: report written to {written.paths[0]}")
        return 0
    personal = ("holds personal data (informants' names and contacts)" if written.personal_data
                else "holds no names or contacts")
    where = ", ".join(str(p) for p in written.paths)
    if written.passphrase:  # the passphrase alone on stdout, for a script to take; the rest on stderr
        warn("export", f"{written.interviews} interviews from {written.municipalities} municipalities written to "
                       f"{where} as an AES-256 encrypted zip (7-Zip, WinZip and Keka open it); the export {personal}. "
                       "Its passphrase is the line on stdout, shown only this once: send it by another channel than "
                       "the file (SMS or phone, never in the same e-mail)")
        say(written.passphrase)
        return 0
    if written.personal_data:
        personal += " in PLAIN, UNENCRYPTED files: keep them only where personal data are allowed"
    say(f"export: {written.interviews} interviews from {written.municipalities} municipalities written to "
        f"{where}; the export {personal}")
    return 0


def _qdpx(args) -> int:
    """The REFI-QDA project: the quotes and notes of the interviews the filters choose (every status unless
    --status says which), never a name."""
    from core.export.qdpx import write_qdpx
    from core.render.outputs import OutputRequest

    if args.include_names or args.encrypt_zip:
        raise Failure("a qdpx project holds no names or contacts: --include-names and --encrypt-zip are for the "
                      "data (xlsx, csv, csv-excel)", 2)
    date_from, date_to = dates(args.date_from, args.date_to)
    with opened(args.db, writes=False) as store:
        request = OutputRequest("qdpx", args.out, county(store, args.county), date_from, date_to, args.coordinator,
                                None if args.status in (None, "all") else args.status)
        done = write_qdpx(store, args.out, request.quote_filter())
    review = f"; {done.review} passages waiting for review left out" if done.review else ""
    say(f"export: {done.sources} interviews' quotes and notes, {done.codes} themes and {done.selections} marked "
        f"passages written to {args.out}{review}")
    return 0


def _refuse_unsafe(request, plain_personal_data: bool) -> None:
    """Names and contacts go out encrypted, or plain only when asked for in so many words."""
    if request.problem() == "encrypted_report":
        raise Failure("the pdf report holds no names or contacts: --encrypt-zip is for the data (xlsx, csv, "
                      "csv-excel)", 2)
    if request.encrypt and request.target.suffix.lower() != ".zip":
        raise Failure(f"--encrypt-zip writes one zip file: give --out a name ending in .zip, not {request.target}",
                      2)
    if request.include_names and not request.encrypt and not plain_personal_data:
        raise Failure("--include-names writes personal data (informants' names and contacts): add --encrypt-zip "
                      "to write them as an AES-256 encrypted zip with a passphrase, or --plain-personal-data to "
                      "write them as plain, unencrypted files", 2)
