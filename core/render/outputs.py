"""What an analyst takes out of Feltkart, one way for the window and the command line: the data (XLSX, CSV
for Excel in Norway, CSV for R, Stata, SPSS and Python), the PDF report, or the quotes and themes as a REFI-QDA
project (qdpx), for one filter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core.analysis.stats import StatsFilter
from core.export import ExportFilter

if TYPE_CHECKING:
    from core.storage.store import Store

FORMATS = ("xlsx", "csv-excel", "csv", "pdf", "qdpx")


@dataclass(frozen=True)
class OutputRequest:
    format: str  # one of FORMATS
    target: Path  # a file (xlsx, pdf, qdpx) or a folder (csv)
    county: str | None = None
    date_from: str | None = None  # ISO dates, inclusive
    date_to: str | None = None
    coordinator: str | None = None
    status: str | None = None  # None: complete and drafts; "complete"; "draft". The trash is never included.
    include_names: bool = False  # the informants' names and contacts (personal data); never in the report
    lang: str = "nb"  # of the report
    encrypt: bool = False  # the data as one AES-256 encrypted zip (``target`` the zip) with a generated passphrase

    @property
    def is_report(self) -> bool:
        return self.format == "pdf"

    @property
    def holds_no_names(self) -> bool:
        """The report and the qdpx project never hold names or contacts (nor are they written encrypted)."""
        return self.format in ("pdf", "qdpx")

    def problem(self) -> str | None:
        """Why this request cannot be done, as a code: "report_of_drafts" (the report counts complete interviews,
        or complete and drafts, not drafts alone), "encrypted_report" (the report holds no personal data; the
        encrypted zip is for the data), "reversed_dates"; None when it can."""
        if self.is_report and self.status == "draft":
            return "report_of_drafts"
        if self.holds_no_names and self.encrypt:
            return "encrypted_report"
        if self.date_from and self.date_to and self.date_from > self.date_to:
            return "reversed_dates"
        return None

    def export_filter(self) -> ExportFilter:
        return ExportFilter(county=self.county, date_from=self.date_from, date_to=self.date_to,
                            coordinator=self.coordinator, status=self.status)

    def quote_filter(self):
        """The quotes of the request's interviews (the qdpx project's)."""
        from core.interviews.quotes import QuoteFilter

        return QuoteFilter(county=self.county, date_from=self.date_from, date_to=self.date_to,
                           coordinator=self.coordinator or None, status=self.status)

    def stats_filter(self) -> StatsFilter:
        return StatsFilter(county=self.county, date_from=self.date_from, date_to=self.date_to,
                           coordinator=self.coordinator, include_drafts=self.status is None)


@dataclass(frozen=True)
class Written:
    paths: list[Path]
    interviews: int | None = None  # the data's counts (None for the report)
    municipalities: int | None = None
    personal_data: bool = False
    passphrase: str | None = None  # of an encrypted zip: to be shown once, never stored


def write(store: "Store", request: OutputRequest, progress: Callable[[int, int], None] = lambda d, t: None,
          cancelled: Callable[[], bool] = lambda: False) -> Written:
    """Write what ``request`` asks for, whole or not at all (ValueError for a request with a ``problem``;
    ExportCancelled when ``cancelled()`` turns true; WriteError or DiskFullError for the target)."""
    fault = request.problem()
    if fault:
        raise ValueError(fault)
    if request.is_report:
        from core.render import report

        path = report.write_pdf(store, request.stats_filter(), request.target, request.lang, progress, cancelled)
        return Written([path])
    if request.format == "qdpx":
        from core.export.qdpx import write_qdpx

        done = write_qdpx(store, request.target, request.quote_filter())
        progress(1, 1)
        return Written([request.target], done.sources)
    if request.encrypt:
        from core.base import passphrases
        from core.export.encrypted import export_encrypted

        passphrase = passphrases.generate()
        data, paths = export_encrypted(store, request.format, request.target, passphrase, request.export_filter(),
                                       request.include_names, progress, cancelled)
        return Written(paths, data.interviews, data.municipalities, data.personal_data, passphrase)
    from core.export import export

    data, paths = export(store, request.format, request.target, request.export_filter(), request.include_names,
                         progress, cancelled)
    return Written(paths, data.interviews, data.municipalities, data.personal_data)
