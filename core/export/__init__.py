"""Data out for the analysts: the tables of an export (``collect``), written as one XLSX workbook (``xlsx``) or
as CSV files (``csv_files``), with a codebook and an about sheet; the plain CSV files with an SPSS syntax file and
a Stata do-file that read them with every label (``syntax``). An answer the interview's guide hides is empty, as
the statistics do not count it. Every file is written whole or not at all. No Qt here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from core.export.collect import (
    FORMATS,
    SHEETS,
    Export,
    ExportCancelled,
    ExportFilter,
    Progress,
    Table,
    Variable,
    collect,
    is_dangerous,
    never,
    no_progress,
)
from core.export.csv_files import write_csv
from core.export.xlsx import write_xlsx

if TYPE_CHECKING:
    from core.storage.store import Store

__all__ = ["FORMATS", "SHEETS", "Export", "ExportCancelled", "ExportFilter", "Table", "Variable", "collect",
           "export", "is_dangerous", "write_csv", "write_xlsx"]


def export(store: "Store", fmt: str, target: Path, f: ExportFilter = ExportFilter(), include_names: bool = False,
           progress: Progress = no_progress, cancelled: Callable[[], bool] = never) -> tuple[Export, list[Path]]:
    """Collect and write in one go: ``fmt`` is xlsx, csv (plain) or csv-excel. Progress runs 0-100 over both."""
    if fmt not in FORMATS:
        raise ValueError(fmt)

    def first_half(done: int, total: int) -> None:
        progress(done * 50 // max(total, 1), 100)

    def second_half(done: int, total: int) -> None:
        progress(50 + done * 50 // max(total, 1), 100)

    data = collect(store, f, include_names, first_half, cancelled)
    if fmt == "xlsx":
        return data, [write_xlsx(data, target, second_half, cancelled)]
    return data, write_csv(data, target, excel=fmt == "csv-excel", progress=second_half, cancelled=cancelled)
