"""The export as one XLSX workbook: openpyxl makes the workbook with every sheet's header and first rows; the
other rows are written straight into each sheet's XML (``core.export.xlsx_rows``), ten times faster for the
same cells. A text that could be read as a formula is stored as a string cell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from core.base.atomic import atomic_file, refused, work_folder
from core.base.errors import DiskFullError, is_disk_full
from core.base.words import word
from core.export.collect import SHEETS, Export, ExportCancelled, Progress, is_dangerous, never, no_progress

DATE_FORMAT = "DD.MM.YYYY"


def write_xlsx(export: Export, target: Path, progress: Progress = no_progress,
               cancelled: Callable[[], bool] = never) -> Path:
    """The export as one workbook at ``target``, complete or not at all. openpyxl makes the workbook with
    every sheet's header and first row; the other rows are written straight into each sheet's XML
    (``core.export.xlsx_rows``), ten times faster for the same cells."""
    from openpyxl import Workbook

    from core.export import xlsx_rows

    target = Path(target)
    export = _said_cut(export)
    total = sum(len(t.rows) for t in export.tables.values()) or 1
    done = 0

    def tick(rows: int) -> None:
        nonlocal done
        if cancelled():
            raise ExportCancelled()
        done += rows
        progress(min(done, total), total)

    with atomic_file(target, ".xlsx") as tmp, work_folder("feltkart-export-") as work:
        frame = work / "frame.xlsx"  # openpyxl's workbook before the rows go in
        wb = Workbook(write_only=True)
        try:
            extra = _frame(wb, export, tick)
            wb.save(frame)
            xlsx_rows.splice(str(frame), str(tmp), extra, DATE_FORMAT, tick)
        except OSError as exc:
            raise refused(target, exc) from exc
        except Exception as exc:  # lxml, which openpyxl writes with, reports a full disk as its own error
            if is_disk_full(exc):
                _abandon(wb)
                raise DiskFullError(target, str(exc)) from exc
            raise
        if cancelled():
            raise ExportCancelled()
    progress(total, total)
    return target


def _said_cut(export: Export) -> Export:
    """The export, its om sheet saying how many texts are longer than a cell holds (cut in the workbook, whole
    in the CSV files and the .qdpx project), when there are any."""
    from core.export.xlsx_rows import MAX_CELL, too_long

    cut = sum(too_long(t.rows) for t in export.tables.values())
    if not cut:
        return export
    about = export.tables["om"]
    rows = about.rows + [["lange_tekster", word("about.cut", "nb", n=cut, limit=f"{MAX_CELL:,}".replace(",", " "))]]
    return replace(export, tables={**export.tables, "om": replace(about, rows=rows)})


def _abandon(wb) -> None:
    """Close a write-only workbook's sheet writers after a failed write, quietly: left open, each would report
    the same error again when it is collected."""
    for ws in wb.worksheets:
        try:
            ws.close()
        except Exception:  # the error already raised, met again on closing
            pass


def _frame(wb, export: Export, tick: Callable[[int], None]) -> dict:
    """Every sheet's header and first rows written by openpyxl into ``wb``; returns the rows left for
    ``xlsx_rows.splice`` per sheet: (first row number, columns, rows)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from core.export import xlsx_rows

    bold = Font(bold=True)
    extra = {}
    for name in SHEETS:
        table = export.tables[name]
        ws = wb.create_sheet(name)
        ws.freeze_panes = "A2"
        sample = table.rows[:500]
        for col, v in enumerate(table.variables, start=1):
            longest = max([len(v.name)] + [len(str(r[col - 1])) for r in sample if r[col - 1] is not None])
            ws.column_dimensions[get_column_letter(col)].width = min(max(longest + 2, 8), 60)
        header = []
        for v in table.variables:
            cell = WriteOnlyCell(ws, value=v.name)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        # openpyxl writes the rows up to the first date of every date column, so that the workbook's styles
        # hold the date format the spliced rows refer to (usually just the first row)
        dates = [i for i, v in enumerate(table.variables) if v.type == "date"]
        by_openpyxl = 1 + max([next((n for n, r in enumerate(table.rows) if r[i] is not None), 0)
                               for i in dates] + [0])
        for row in table.rows[:by_openpyxl]:
            # a date needs a number format and a text that looks like a formula a string cell: cell objects
            row = [xlsx_rows.legal(value) if isinstance(value, str) else value for value in row]
            for i, value in enumerate(row):
                if isinstance(value, date) or is_dangerous(value):
                    cell = WriteOnlyCell(ws, value=value)
                    if isinstance(value, date):
                        cell.number_format = DATE_FORMAT
                    else:
                        cell.data_type = "s"  # a string cell: shown as typed, never evaluated
                    row[i] = cell
            ws.append(row)
        if len(table.rows) > by_openpyxl:
            extra[name] = (2 + by_openpyxl, len(table.variables), table.rows[by_openpyxl:])
        tick(min(by_openpyxl, len(table.rows)))
    return extra
