"""The rows of big worksheets written straight as SpreadsheetML, into a workbook openpyxl made.

openpyxl builds the workbook: every sheet with its header, first data row (or rows, up to the first date of
each date column), column widths, frozen pane and the styles. Writing a million cells through it costs
about 13 µs each (a cell object and an XML element per cell), so ``splice`` copies that workbook and
inserts the remaining rows of every sheet as text, about 1 µs a cell. The cells are what openpyxl writes for the same values: numbers,
strings as inline strings (a string cell is never a formula, whatever it begins with), dates as day numbers
with the workbook's own date style. Characters XML cannot hold (control characters other than tab and line
breaks) are dropped, as Excel could not show them either; a carriage return is kept as ``&#13;``.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import PurePosixPath
from xml.etree import ElementTree

_EPOCH = date(1899, 12, 30)  # day 0 of the 1900 date system, as Excel counts after February 1900
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def column_letter(n: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


MAX_CELL = 32_767  # the most characters (UTF-16 units) Excel keeps in a cell: it cuts a longer text, saying nothing
CUT = " […]"  # the end of a text cut to fit


def legal(text: str) -> str:
    """The text without the characters XML cannot hold (openpyxl refuses them), cut to what a cell holds."""
    text = _ILLEGAL.sub("", text) if _ILLEGAL.search(text) else text
    return fit(text) if len(text) > MAX_CELL // 2 else text


def units(text: str) -> int:
    """The text's length as Excel counts it: UTF-16 units (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


def fit(text: str) -> str:
    """``text``, or its beginning ending in ``CUT`` when it is longer than a cell holds."""
    if units(text) <= MAX_CELL:
        return text
    room = MAX_CELL - len(CUT)
    keep = text[:room]
    excess = units(keep) - room
    while excess > 0:  # an emoji or another character outside the BMP counts twice: each one dropped frees 1 or 2
        keep = keep[:len(keep) - excess]
        excess = units(keep) - room
    return keep + CUT


def too_long(rows) -> int:
    """How many texts of ``rows`` are longer than a cell holds."""
    return sum(1 for row in rows for v in row if isinstance(v, str) and len(v) > MAX_CELL // 2 and units(v) > MAX_CELL)


def escape(text: str) -> str:
    text = legal(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;") if "\r" in text else text


def row_xml(number: int, values: Sequence, letters: Sequence[str], date_style: int | None) -> str:
    """One ``<row>``: None leaves the cell out; bool, int, float, str and date as openpyxl would store them."""
    cells = []
    for letter, value in zip(letters, values):
        if value is None:
            continue
        kind = type(value)
        if kind is str:
            text = escape(value)
            if text:  # as openpyxl: an empty text is an empty cell
                cells.append(f'<c r="{letter}{number}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
        elif kind is int:
            cells.append(f'<c r="{letter}{number}" t="n"><v>{value}</v></c>')
        elif kind is float:
            if math.isfinite(value):  # as openpyxl: no cell for nan or infinity, which a sheet cannot hold
                cells.append(f'<c r="{letter}{number}" t="n"><v>{value!r}</v></c>')
        elif kind is bool:
            cells.append(f'<c r="{letter}{number}" t="b"><v>{int(value)}</v></c>')
        elif kind is date:
            if date_style is None:
                raise ValueError("a date in a sheet without a date style")
            days = (value - _EPOCH).days
            if days < 61:  # before 1 March 1900: Excel counts a 29 February 1900 that never was
                days -= 1
            cells.append(f'<c r="{letter}{number}" s="{date_style}" t="n"><v>{days}</v></c>')
        elif isinstance(value, datetime):
            raise TypeError("datetime cells are left to openpyxl")
        else:
            raise TypeError(f"no cell for {kind.__name__}")
    return f'<row r="{number}">{"".join(cells)}</row>'


def date_style(styles_xml: bytes, number_format: str) -> int | None:
    """The index of the first cell format (``cellXfs``) with ``number_format`` in the workbook's styles."""
    root = ElementTree.fromstring(styles_xml)
    ids = {fmt.get("numFmtId") for fmt in root.iter(f"{_MAIN}numFmt") if fmt.get("formatCode") == number_format}
    cell_formats = root.find(f"{_MAIN}cellXfs")
    for index, xf in enumerate(cell_formats if cell_formats is not None else []):
        if xf.get("numFmtId") in ids:
            return index
    return None


def sheet_parts(book: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the path of its part in the zip, read from the workbook and its relationships."""
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") for rel in rels.iter(f"{_PKG_REL}Relationship")}
    parts = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets[sheet.get(f"{_REL}id")]
        parts[sheet.get("name")] = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
    return parts


def splice(source: str, target: str, extra: dict[str, tuple[int, int, Sequence[Sequence]]], number_format: str,
           tick: Callable[[int], None]) -> None:
    """Copy the workbook ``source`` to ``target``, adding rows to sheets: ``extra`` maps a sheet name to
    (number of its first added row, number of columns, rows). ``tick(n)`` is called after every n rows written
    (it may raise to stop)."""
    with zipfile.ZipFile(source) as book, \
            zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        parts = sheet_parts(book)
        style = date_style(book.read("xl/styles.xml"), number_format)
        spliced = {parts[name]: name for name in extra}
        for item in book.infolist():
            if item.filename not in spliced:
                out.writestr(item, book.read(item.filename))
                continue
            first, width, rows = extra[spliced[item.filename]]
            letters = [column_letter(n) for n in range(1, width + 1)]
            head, tail = book.read(item.filename).decode("utf-8").split("</sheetData>", 1)
            # a used range (<dimension>) would be out of date: openpyxl's write-only sheets have none
            if "<dimension " in head:
                raise ValueError("the sheet names its used range")
            with out.open(item.filename, "w") as part:
                part.write(head.encode("utf-8"))
                for start in range(0, len(rows), 2000):
                    chunk = rows[start:start + 2000]
                    part.write("".join(row_xml(first + start + n, values, letters, style)
                                       for n, values in enumerate(chunk)).encode("utf-8"))
                    tick(len(chunk))
                part.write(("</sheetData>" + tail).encode("utf-8"))
