"""A sample list made elsewhere (CSV or XLSX of municipality numbers), read with a report per row before anything
is taken: what each row holds, the number it stands for, and what is wrong with it. Nothing is written here;
the caller shows the report and takes the valid rows when the user says so (``sample.make``)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from core.base.errors import FeltkartError

HEADERS = ("kommunenr", "kommunenummer", "knr", "nr", "nummer", "number", "municipality", "kommune")
MAX_BYTES = 5_000_000  # a list of Norway's municipalities is a few kilobytes


class ListError(FeltkartError):
    """A file that holds no list to read: ``reason`` is empty, unreadable or no_number_column."""

    def __init__(self, path: Path, reason: str, detail: str = ""):
        self.path, self.reason, self.detail = Path(path), reason, detail
        super().__init__(f"{path}: {reason}" + (f" ({detail})" if detail else ""))


@dataclass(frozen=True)
class ListRow:
    line: int  # the row in the file, from 1
    raw: str  # as it stands there
    number: str | None  # the municipality number it stands for (four digits), when it does
    problem: str | None = None  # not_a_number, not_in_registry, duplicate
    note: str | None = None  # leading_zero: "301" taken as 0301


@dataclass
class ListReport:
    path: Path
    rows: list[ListRow] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str | None = None  # CSV's
    column: str | None = None  # the header of the column read, when there is one

    @property
    def valid(self) -> list[str]:
        return [r.number for r in self.rows if r.problem is None and r.number]

    @property
    def problems(self) -> list[ListRow]:
        return [r for r in self.rows if r.problem or r.note]


def read_list(path: Path | str, registry_numbers: set[str], names: dict[str, str] | None = None) -> ListReport:
    """Every row of the list at ``path`` checked against the registry's numbers (``names``: name -> number, so
    that a row holding a municipality's name is taken too). ListError for a file with nothing to read."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ListError(path, "unreadable", "far larger than a list of municipalities")
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            report, cells = _xlsx_cells(path)
        else:
            report, cells = _csv_cells(path)
    except OSError as exc:
        raise ListError(path, "unreadable", exc.strerror or str(exc)) from exc
    if not cells:
        raise ListError(path, "empty")
    column = _number_column(cells, registry_numbers, names or {})
    if column is None:
        raise ListError(path, "no_number_column")
    header = cells[0][column] if cells and not _looks_like_number(cells[0][column]) else None
    start = 1 if header is not None else 0
    report.column = header
    seen: set[str] = set()
    for line, row in enumerate(cells[start:], start=start + 1):
        raw = row[column].strip() if column < len(row) else ""
        if not raw:
            continue
        report.rows.append(_row(line, raw, registry_numbers, names or {}, seen))
    if not report.rows:
        raise ListError(path, "empty")
    return report


def _row(line: int, raw: str, known: set[str], names: dict[str, str], seen: set[str]) -> ListRow:
    digits = raw.replace(" ", "")
    note = None
    if re.fullmatch(r"\d{1,4}(\.0)?", digits):  # 301, 0301, or 301.0 from a spreadsheet's number
        digits = digits.removesuffix(".0")
        if len(digits) < 4:
            note = "leading_zero"
        number = digits.zfill(4)
    elif raw.casefold() in names:
        number = names[raw.casefold()]
    else:
        return ListRow(line, raw, None, "not_a_number")
    if number not in known:
        return ListRow(line, raw, number, "not_in_registry", note)
    if number in seen:
        return ListRow(line, raw, number, "duplicate", note)
    seen.add(number)
    return ListRow(line, raw, number, None, note)


def _looks_like_number(text: str) -> bool:
    return bool(re.fullmatch(r"\s*\d{1,4}(\.0)?\s*", text or ""))


def _number_column(cells: list[list[str]], known: set[str], names: dict[str, str]) -> int | None:
    """The column with a municipality-number header, else the one whose cells are most often numbers of the
    registry (or names); None when no column holds any."""
    width = max(len(r) for r in cells)
    for n, title in enumerate(cells[0]):
        if title.strip().casefold().replace(" ", "") in HEADERS and any(len(r) > n and r[n].strip() for r in cells[1:]):
            return n
    scores = []
    for n in range(width):
        values = [r[n].strip() for r in cells if len(r) > n and r[n].strip()]
        hits = sum(1 for v in values if (_looks_like_number(v) and v.removesuffix(".0").zfill(4) in known)
                   or v.casefold() in names)
        scores.append((hits, -n))
    best = max(scores) if scores else (0, 0)
    return -best[1] if best[0] else None


def _csv_cells(path: Path) -> tuple[ListReport, list[list[str]]]:
    data = path.read_bytes()
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:  # an older Excel writes Windows-1252 (Latin-1 with more letters)
        text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    if not text.strip():
        return ListReport(path, encoding=encoding), []
    sample = text[:4096]
    delimiter = max((";", ",", "\t"), key=sample.count) if any(d in sample for d in ";,\t") else None
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter)) if delimiter else [[line] for line in
                                                                                          text.splitlines()]
    return ListReport(path, encoding=encoding, delimiter=delimiter), [r for r in rows if any(c.strip() for c in r)]


def _xlsx_cells(path: Path) -> tuple[ListReport, list[list[str]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise ListError(path, "unreadable", str(exc)) from exc
    except Exception as exc:  # a damaged zip and the like: not a workbook to read
        raise ListError(path, "unreadable", f"{type(exc).__name__}: {exc}") from exc
    try:
        sheet = book.worksheets[0]
        rows = [["" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v))
                 for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return ListReport(path, encoding="xlsx"), [r for r in rows if any(c.strip() for c in r)]
