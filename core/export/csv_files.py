"""The export as CSV files, one per table: plain comma-separated UTF-8 for R, Stata, SPSS and Python, or the
dialect Excel opens directly in Norway (BOM, semicolons, decimal comma). A text that could be read as a
formula gets a leading apostrophe.

Beside the plain files go an SPSS syntax file and a Stata do-file that read them with every label
(``core.export.syntax``), and SPSS's copy of each data table (``spss_<table>.dat``: the same rows, a line break
inside a text written as ¶). Every file is written under a temporary name first and none replaces an old one
until all are written whole."""

from __future__ import annotations

import csv
from collections.abc import Callable
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any

from core.base.atomic import WriteError, refused, replace, work_folder
from core.base.words import word
from core.export import syntax
from core.export.collect import SHEETS, Export, ExportCancelled, Progress, is_dangerous, never, no_progress
from core.export.tables import Table


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


def _with_syntax_note(about: Table) -> Table:
    """The about table, saying how the syntax files read the data."""
    return Table(about.name, about.variables, [*about.rows, ["spss_stata", word("about.syntax", "nb")]])


def write_csv(export: Export, folder: Path, excel: bool = False, progress: Progress = no_progress,
              cancelled: Callable[[], bool] = never) -> list[Path]:
    """One UTF-8 file per table in ``folder`` (made if missing). ``excel``: the dialect Excel opens directly in
    Norway (BOM, semicolons, decimal comma); otherwise plain comma-separated UTF-8 for R, Stata, SPSS and
    Python, with ``feltkart.sps``, ``feltkart.do`` and SPSS's copies of the data tables beside it. Each file is
    written under a temporary name first; none is replaced until all are written."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise WriteError(folder, WriteError.IS_FILE)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise refused(folder, exc) from exc
    with_syntax = not excel
    tables = dict(export.tables)
    if with_syntax:
        tables["om"] = _with_syntax_note(tables["om"])
    with work_folder(".feltkart-export-", folder) as work:
        total = sum(len(t.rows) for t in tables.values()) or 1
        done = 0
        written = []
        profiles = []
        for name in SHEETS:
            table = tables[name]
            path = work / f"{name}.csv"
            copy = work / syntax.spss_data_file(name) if with_syntax and name not in syntax.NOT_DATA else None
            profile = syntax.Profile(table) if copy else None
            try:
                with ExitStack() as files:
                    fh = files.enter_context(path.open("w", encoding="utf-8-sig" if excel else "utf-8", newline=""))
                    # CRLF (RFC 4180) in both dialects: a field holding either line-end character is then quoted.
                    writer = csv.writer(fh, delimiter=";" if excel else ",", lineterminator="\r\n")
                    header = [v.name for v in table.variables]
                    writer.writerow(header)
                    if copy:
                        spss_writer = csv.writer(files.enter_context(copy.open("w", encoding="utf-8", newline="")),
                                                 delimiter=",", lineterminator="\r\n")
                        spss_writer.writerow(header)
                    for row in table.rows:
                        cells = [_csv_value(x, excel) for x in row]
                        writer.writerow(cells)
                        if copy:
                            texts = [syntax.spss_cell(c if isinstance(c, str) else str(c)) for c in cells]
                            spss_writer.writerow(texts)
                            profile.add(texts)
                        done += 1
                        if done % 5000 == 0:
                            if cancelled():
                                raise ExportCancelled()
                            progress(done, total)
            except OSError as exc:
                raise refused(folder / path.name, exc) from exc
            written.append(path)
            if copy:
                written.append(copy)
                profiles.append(profile)
        if with_syntax:
            study = next((row[1] for row in tables["om"].rows if row[0] == "studie"), "") or ""
            place = str(folder.resolve())
            for name, text, encoding in (
                    (syntax.SPSS_FILE, syntax.spss_syntax(profiles, place, study), "utf-8-sig"),
                    (syntax.STATA_FILE, syntax.stata_do(profiles, place, study), "utf-8")):
                path = work / name
                try:
                    # SPSS reads a syntax file with a BOM as UTF-8 whatever its locale; Stata (14 and newer)
                    # reads UTF-8 and wants no BOM
                    path.write_text(text, encoding=encoding)
                except OSError as exc:
                    raise refused(folder / name, exc) from exc
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
