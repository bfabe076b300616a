"""The export as CSV files, one per table: plain comma-separated UTF-8 for R, Stata, SPSS and Python, or the
dialect Excel opens directly in Norway (BOM, semicolons, decimal comma). A text that could be read as a
formula gets a leading apostrophe."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from core.base.atomic import WriteError, refused, replace, work_folder
from core.export.collect import SHEETS, Export, ExportCancelled, Progress, is_dangerous, never, no_progress


def _csv_value(value: Any, decimal_comma: bool) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        text = repr(value)
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, date):
        return value.isoformat()
    if is_dangerous(value):
        return "'" + value
    return value


def write_csv(export: Export, folder: Path, excel: bool = False, progress: Progress = no_progress,
              cancelled: Callable[[], bool] = never) -> list[Path]:
    """One UTF-8 file per table in ``folder`` (made if missing). ``excel``: the dialect Excel opens directly in
    Norway (BOM, semicolons, decimal comma); otherwise plain comma-separated UTF-8 for R and Python. Each file
    is written under a temporary name first; none is replaced until all are written."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise WriteError(folder, WriteError.IS_FILE)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise refused(folder, exc) from exc
    with work_folder(".feltkart-export-", folder) as work:
        total = sum(len(t.rows) for t in export.tables.values()) or 1
        done = 0
        written = []
        for name in SHEETS:
            table = export.tables[name]
            path = work / f"{name}.csv"
            try:
                with path.open("w", encoding="utf-8-sig" if excel else "utf-8", newline="") as fh:
                    # CRLF (RFC 4180) in both dialects: a field holding either line-end character is then quoted.
                    writer = csv.writer(fh, delimiter=";" if excel else ",", lineterminator="\r\n")
                    writer.writerow([v.name for v in table.variables])
                    for row in table.rows:
                        writer.writerow([_csv_value(x, excel) for x in row])
                        done += 1
                        if done % 5000 == 0:
                            if cancelled():
                                raise ExportCancelled()
                            progress(done, total)
            except OSError as exc:
                raise refused(folder / path.name, exc) from exc
            written.append(path)
        if cancelled():
            raise ExportCancelled()
        targets = []
        for path in written:
            target = folder / path.name
            replace(path, target)
            targets.append(target)
    progress(total, total)
    return targets
