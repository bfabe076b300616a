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
MAX_ROWS = 5_000  # and a few hundred rows: a file with more is not a sample list


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
    if len(cells) > MAX_ROWS:
        raise ListError(path, "unreadable", f"more than {MAX_ROWS} rows: far more than a list of municipalities")
    column = _number_column(cells, registry_numbers, names or {})
    if column is None:
        raise ListError(path, "no_number_column")
    first = cells[0][column].strip() if column < len(cells[0]) else ""
    header = first if _is_header(first, names or {}) else None
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


def _is_header(text: str, names: dict[str, str]) -> bool:
    """Whether the first row's cell is the column's title: a word for a municipality number or name, or a text
    with no digit that names no municipality. (A number, a name or a typo such as "O301" is a row.)"""
    if text.casefold().replace(" ", "").rstrip(".:") in HEADERS + ("navn", "name", "kommunenavn"):
        return True
    return bool(text) and not any(ch.isdigit() for ch in text) and text.casefold() not in names


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


def _decoded(data: bytes) -> tuple[str, str]:
    """The text of a list and its encoding: UTF-16 with its byte order mark (Excel's "Unicode text"), UTF-8
    (with or without a mark), else Windows-1252 (an older Excel; Latin-1 with more letters)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _csv_cells(path: Path) -> tuple[ListReport, list[list[str]]]:
    text, encoding = _decoded(path.read_bytes())
    if not text.strip():
        return ListReport(path, encoding=encoding), []
    sample = text[:4096]
    delimiter = max((";", ",", "\t"), key=sample.count) if any(d in sample for d in ";,\t") else None
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter)) if delimiter else [
            [line] for line in text.splitlines()]
    except csv.Error as exc:  # an unterminated quote and the like
        raise ListError(path, "unreadable", f"not a list of values: {exc}") from None
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
    rows = []
    try:
        for row in book.worksheets[0].iter_rows(values_only=True):
            if len(rows) > MAX_ROWS:
                break  # refused below, without reading the rest
            rows.append(["" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v))
                         for v in row])
    except Exception as exc:  # a damaged sheet inside the zip: not a workbook to read
        raise ListError(path, "unreadable", f"{type(exc).__name__}: {exc}") from None
    finally:
        book.close()
    return ListReport(path, encoding="xlsx"), [r for r in rows if any(c.strip() for c in r)]
