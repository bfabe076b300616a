"""The CSV export opened in SPSS, PSPP and Stata with every label: an SPSS syntax file (``feltkart.sps``) and a
Stata do-file (``feltkart.do``), written beside the CSV files (``core.export.csv_files``).

Each reads every data table (not ``kodebok`` and ``om``), gives it its variable labels (bokmål), value labels and
measurement levels, and saves it as ``<table>.sav`` / ``<table>.dta`` in the folder it runs in; the interviews
are left open at the end. Both are made from the tables' variables (``core.export.tables``) and what the rows
hold (``Profile``: the widest value, the codes that occur), so that every value fits and every code has a label.

SPSS (and PSPP) cannot read a line break inside a field, so the syntax reads ``spss_<table>.dat``: the CSV's rows
as written, with each line break in a text written as ``¶`` and a text cut at 32,767 bytes (SPSS's longest
string). Stata reads the CSV files themselves (``bindquotes(strict)`` takes the line breaks).

Codes, per variable of the codebook:

- whole-number codes (flags, centrality class): numbers with value labels in both;
- text codes (``ja``, ``nei``, ``vet_ikke``, a scheme's code): SPSS keeps the text with value labels on it; Stata's
  value labels label whole numbers only, so the do-file codes them 1, 2, ... in the codebook's order (codes
  that occur but are not in the codebook after them), each labelled, and lists the mapping;
- a number scale with text codes (likert 1-5 and ``vet_ikke``): the numbers stay numbers; each text code becomes
  -1, -2, ... in SPSS (declared user-missing) and .a, .b, ... in Stata (extended missing), each labelled.

Names longer than a program allows (Stata: 32 characters) or not valid in it are shortened or changed, uniquely;
the file says which. Labels are quoted for each program (SPSS: apostrophes doubled; Stata: compound quotes, ``$``
and a backquote escaped) and cut to its limit (SPSS: 255 bytes for a variable, 120 for a value; Stata: 80
characters for a variable). No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from core.export.tables import Table, Variable

SPSS_FILE = "feltkart.sps"
STATA_FILE = "feltkart.do"
NOT_DATA = ("kodebok", "om")  # documentation, not data: the syntax files do not read them
LINE_BREAK = "¶"  # how SPSS's copy writes a line break inside a text
SPSS_STRING = 32767  # bytes: SPSS's longest string
SPSS_VARIABLE_LABEL = 255  # bytes
SPSS_VALUE_LABEL = 120  # bytes
SPSS_NAME = 64  # bytes
STATA_NAME = 32  # characters
STATA_VARIABLE_LABEL = 80  # characters
STATA_DATA_LABEL = 80  # characters
SPSS_RESERVED = {"all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with"}
STATA_RESERVED = {"_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long", "_n", "_N",
                  "_pi", "pi", "_pred", "_rc", "_skip", "strL", "using", "with", "_weight"}
_BREAKS = re.compile(r"\r\n|\r|\n")
_INTEGER = re.compile(r"-?\d+")
_STATA_EXTENDED = [f".{c}" for c in "abcdefghijklmnopqrstuvwxyz"]


def spss_data_file(table: str) -> str:
    return f"spss_{table}.dat"


def spss_cell(text: str) -> str:
    """A CSV cell as SPSS's copy writes it: each line break as ``¶``, at most 32,767 bytes."""
    if "\n" in text or "\r" in text:
        text = _BREAKS.sub(LINE_BREAK, text)
    if len(text) * 4 > SPSS_STRING:  # only a text this long can be too long in UTF-8
        text = _clip_bytes(text, SPSS_STRING, "")
    return text


def _clip_bytes(text: str, limit: int, mark: str = "…") -> str:
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return text
    room = limit - len(mark.encode("utf-8"))
    return raw[:room].decode("utf-8", "ignore") + mark


def _clip_chars(text: str, limit: int, mark: str = "…") -> str:
    return text if len(text) <= limit else text[:limit - len(mark)] + mark


def _one_line(text: str) -> str:
    return " ".join(_BREAKS.sub(" ", str(text)).split())


class Profile:
    """What the rows of one table hold, column by column, as written to the CSV: the longest value in bytes (of
    SPSS's copy), the values of the columns with codes, and the digits of the numbers."""

    def __init__(self, table: Table):
        self.table = table
        self.rows = 0
        n = len(table.variables)
        self.widths = [0] * n
        self.coded = [i for i, v in enumerate(table.variables) if v.codes]
        self.values: dict[int, set[str]] = {i: set() for i in self.coded}
        self.decimal = [i for i, v in enumerate(table.variables) if v.type == "decimal"]
        self.digits = {i: [0, 0, False] for i in self.decimal}  # before the point, after it, an exponent seen

    def add(self, cells: list[str]) -> None:
        """One row as SPSS's copy writes it (texts; "" for no value)."""
        self.rows += 1
        widths = self.widths
        for i, text in enumerate(cells):
            if text:
                size = len(text) if text.isascii() else len(text.encode("utf-8"))
                if size > widths[i]:
                    widths[i] = size
        for i in self.coded:
            if cells[i]:
                self.values[i].add(cells[i])
        for i in self.decimal:
            text = cells[i]
            if not text:
                continue
            digits = self.digits[i]
            if "e" in text or "E" in text:
                digits[2] = True
                continue
            whole, _, fraction = text.partition(".")
            digits[0] = max(digits[0], len(whole))
            digits[1] = max(digits[1], len(fraction))


# -- how each column is read ----------------------------------------------------------------------

@dataclass
class _Column:
    var: Variable
    spss: str
    stata: str
    kind: str  # text, number, date, labelled (whole-number codes), coded (text codes), scale (numbers and text codes)
    width: int = 1  # SPSS: bytes of a string, or characters of a number
    decimals: int = 0
    labels: list[tuple[Any, str]] = field(default_factory=list)  # labelled, scale: (number, label); coded: (text, label)
    texts: list[tuple[str, str]] = field(default_factory=list)  # scale: the text codes, with their labels, in order
    stata_codes: list[tuple[str, str]] = field(default_factory=list)  # coded: (text, label), coded 1, 2, ... in Stata

    @property
    def spss_text_codes(self) -> list[tuple[str, int, str]]:
        """A scale's text codes as SPSS numbers: -1, -2, ... below every number code."""
        low = min([0] + [number for number, _label in self.labels])
        return [(text, low - k, label) for k, (text, label) in enumerate(self.texts, start=1)]

    @property
    def stata_text_codes(self) -> list[tuple[str, str, str]]:
        """A scale's text codes as Stata's extended missing values .a, .b, ... (26 at most; more stay missing)."""
        return [(text, _STATA_EXTENDED[k], label) for k, (text, label) in enumerate(self.texts[:26])]


def _is_integer(value: Any) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, str) and _INTEGER.fullmatch(value) is not None)


def _names(variables: list[Variable], limit: int, reserved: set[str]) -> list[str]:
    """A valid, unique name per variable for a program: ASCII letters, digits and _, starting with a letter, at
    most ``limit`` characters, not a reserved word; unique without regard to case."""
    names: list[str] = []
    taken: set[str] = set()
    reserved = {r.lower() for r in reserved}
    for v in variables:
        name = re.sub(r"[^A-Za-z0-9_]", "_", v.name)
        if not name or not name[0].isalpha():
            name = "v" + name
        if name.lower() in reserved:
            name += "_"
        name = name[:limit]
        candidate, k = name, 1
        while candidate.lower() in taken:
            k += 1
            candidate = f"{name[:limit - len(str(k)) - 1]}_{k}"
        taken.add(candidate.lower())
        names.append(candidate)
    return names


def _columns(profile: Profile) -> list[_Column]:
    table = profile.table
    spss_names = _names(table.variables, SPSS_NAME, SPSS_RESERVED)
    stata_names = _names(table.variables, STATA_NAME, STATA_RESERVED)
    columns = []
    for i, v in enumerate(table.variables):
        col = _Column(v, spss_names[i], stata_names[i], "text", max(1, profile.widths[i]))
        seen = profile.values.get(i, set())
        if v.type in ("integer", "decimal"):
            col.kind = "number"
            if v.type == "decimal":
                whole, fraction, exponent = profile.digits[i]
                col.decimals = 16 if exponent else min(fraction, 16)
                col.width = 40 if exponent else min(max(whole + col.decimals + 2, 3), 40)
            else:
                col.width = min(col.width, 40)
        elif v.type == "date":
            col.kind = "date"
        elif v.codes:
            labels = {str(code): nb for code, nb, _en in v.codes}
            numbers = [code for code, _nb, _en in v.codes if _is_integer(code)]
            others = sorted(seen - set(labels))  # values that occur without a label: each labelled by itself
            if len(numbers) == len(v.codes) and all(_is_integer(t) for t in seen):
                col.kind = "labelled"
                col.labels = [(int(code), nb) for code, nb, _en in v.codes] + [(int(t), t) for t in others]
                col.width = min(max([len(str(n)) for n, _label in col.labels] + [col.width]), 40)
            elif not numbers:
                col.kind = "coded"
                col.labels = [(str(code), nb) for code, nb, _en in v.codes]
                col.stata_codes = col.labels + [(t, t) for t in others]
                col.width = max([len(str(code).encode()) for code, _nb, _en in v.codes] + [col.width])
            else:
                col.kind = "scale"
                col.labels = [(int(code), nb) for code, nb, _en in v.codes if _is_integer(code)] + [
                    (int(t), t) for t in others if _is_integer(t)]
                col.texts = [(str(code), nb) for code, nb, _en in v.codes if not _is_integer(code)] + [
                    (t, t) for t in others if not _is_integer(t)]
                col.width = max([len(str(t).encode()) for t, _label in col.texts] + [col.width])
        columns.append(col)
    return columns


# -- SPSS -------------------------------------------------------------------------------------

def _spss_literal(text: Any, limit: int | None = None) -> str:
    """A quoted SPSS string: on one line, cut to ``limit`` bytes, apostrophes doubled, in pieces joined by +
    so that no line of the syntax grows long."""
    text = _one_line(text)
    if limit:
        text = _clip_bytes(text, limit)
    pieces = [text[k:k + 60] for k in range(0, len(text), 60)] or [""]
    return " +\n      ".join("'" + piece.replace("'", "''") + "'" for piece in pieces)


def _spss_comment(text: str) -> list[str]:
    """A comment as SPSS reads one: each line starts with * and ends with a full stop."""
    out = []
    for line in text.splitlines():
        line = line.rstrip()
        out.append(f"* {line}" + ("" if line.endswith(".") else "."))
    return out


def _spss_number_format(col: _Column) -> str:
    return f"F{max(col.width, 1)}.{col.decimals}"


def _spss_table(profile: Profile) -> list[str]:
    table = profile.table
    columns = _columns(profile)
    names = {c.spss for c in columns}
    temp: dict[str, str] = {}
    for col in columns:
        if col.kind == "scale":
            k, name = 1, f"fk_{col.spss}"[:SPSS_NAME]
            while name.lower() in {n.lower() for n in names | set(temp.values())}:
                k += 1
                name = f"fk{k}_{col.spss}"[:SPSS_NAME]
            temp[col.spss] = name
    lines = ["", *_spss_comment(f"---- {table.name}: {profile.rows} rows, read from {spss_data_file(table.name)} "
                                f"(the rows of {table.name}.csv)")]
    for col in columns:
        if col.spss != col.var.name:
            lines += _spss_comment(f"The column {col.var.name} is called {col.spss} here")
    lines += ["GET DATA /TYPE=TXT", f"  /FILE={_spss_literal(spss_data_file(table.name))}", "  /ENCODING='UTF8'",
              "  /ARRANGEMENT=DELIMITED", "  /DELCASE=LINE", "  /FIRSTCASE=2", '  /DELIMITERS=","',
              "  /QUALIFIER='\"'", "  /VARIABLES="]
    for col in columns:
        if col.kind in ("text", "coded", "scale"):  # a scale is read as text, its codes recoded below
            fmt = f"A{min(col.width, SPSS_STRING)}"
        elif col.kind == "date":
            fmt = "SDATE10"
        else:
            fmt = _spss_number_format(col)
        lines.append(f"    {temp.get(col.spss, col.spss)} {fmt}")
    lines[-1] += "."
    scales = [c for c in columns if c.kind == "scale"]
    for col in scales:
        pairs = [f"({_spss_literal(str(n))}={n})" for n, _label in col.labels]
        pairs += [f"({_spss_literal(t)}={n})" for t, n, _label in col.spss_text_codes]
        lines.append(f"RECODE {temp[col.spss]}")
        lines += [f"    {p}" for p in pairs]
        lines.append(f"    INTO {col.spss}.")
        width = max([len(str(n)) for n, _l in col.labels] + [len(str(n)) for _t, n, _l in col.spss_text_codes] + [1])
        lines.append(f"FORMATS {col.spss} (F{width}.0).")
    if scales:
        lines.append("MATCH FILES /FILE=*")
        lines += _wrapped("  /KEEP=", [c.spss for c in columns], ".")
    lines.append("VARIABLE LABELS")
    for k, col in enumerate(columns):
        lines.append(f"  {'/' if k else ''}{col.spss} {_spss_literal(col.var.label_nb, SPSS_VARIABLE_LABEL)}")
    lines[-1] += "."
    labelled = [c for c in columns if c.kind in ("labelled", "coded", "scale")]
    if labelled:
        lines.append("VALUE LABELS")
        for k, col in enumerate(labelled):
            items = [(_spss_literal(v) if col.kind == "coded" else str(v), label) for v, label in col.labels]
            items += [(str(n), label) for _t, n, label in (col.spss_text_codes if col.kind == "scale" else [])]
            lines.append(f"  {'/' if k else ''}{col.spss}")
            lines += [f"    {value} {_spss_literal(label, SPSS_VALUE_LABEL)}" for value, label in items]
        lines[-1] += "."
    for col in scales:
        if col.texts:
            lines.append(f"MISSING VALUES {col.spss} (LO THRU {col.spss_text_codes[0][1]}).")
    levels: dict[str, list[str]] = {"NOMINAL": [], "ORDINAL": [], "SCALE": []}
    for col in columns:
        level = {"number": "SCALE", "date": "SCALE", "scale": "ORDINAL"}.get(col.kind, "NOMINAL")
        if col.kind == "labelled" and col.var.type == "code":
            level = "ORDINAL"  # whole-number codes: a class or a scale
        levels[level].append(col.spss)
    parts = [(level, names_) for level, names_ in levels.items() if names_]
    lines.append("VARIABLE LEVEL")
    for k, (level, names_) in enumerate(parts):
        lines += _wrapped(f"  {'/' if k else ''}", names_, f" ({level})" + ("." if k == len(parts) - 1 else ""))
    lines.append(f"FILE LABEL {_spss_literal('Feltkart: ' + table.name, 60)}.")
    lines.append(f"SAVE OUTFILE={_spss_literal(table.name + '.sav')}.")
    return lines


def _wrapped(first: str, names: list[str], last: str, per_line: int = 8) -> list[str]:
    lines = []
    for k in range(0, len(names), per_line):
        lines.append((first if k == 0 else " " * len(first)) + " ".join(names[k:k + per_line]))
    lines[-1] += last
    return lines


def spss_syntax(profiles: list[Profile], folder: str, study: str) -> str:
    """The SPSS syntax reading every table of ``profiles`` (their ``spss_<table>.dat``)."""
    first = profiles[0].table.name
    lines = ["* Encoding: UTF-8."]
    lines += _spss_comment(
        f"Feltkart: the export of {study or 'the study'} for SPSS and PSPP, with variable and value labels\n"
        "Run it in the folder that holds the files, for instance\n"
        f"CD {_spss_literal(folder)}\n"
        "It reads each table from spss_<table>.dat (the rows of <table>.csv, with each line break inside a text "
        f"written as {LINE_BREAK}, because SPSS cannot read one inside a field, and texts cut at 32767 bytes), "
        "gives it its labels and saves it as <table>.sav; the interviews stay open\n"
        "Text codes (ja, nei, vet_ikke) are text with value labels; a text code on a number scale (vet_ikke on "
        "1-5) is -1, -2 and so on, declared missing and labelled\n"
        "sist_endret is the last change in UTC (ISO 8601), as text; dates are dates\n"
        "kodebok.csv and om.csv describe every column and the export")
    for profile in profiles:
        lines += _spss_table(profile)
    lines += ["", f"GET FILE={_spss_literal(first + '.sav')}."]
    return "\n".join(lines) + "\n"


# -- Stata ------------------------------------------------------------------------------------

def _stata_literal(text: Any, limit: int | None = None) -> str:
    """A Stata string in compound quotes: on one line, cut to ``limit`` characters, ``$`` and the backquote
    escaped (no macro is expanded), and a double quote before an apostrophe (which would end the string) written
    with a typographic apostrophe."""
    text = _one_line(text)
    if limit:
        text = _clip_chars(text, limit)
    text = text.replace("`", "\\`").replace("$", "\\$").replace("\"'", "\"’")
    return f"`\"{text}\"'"


def _stata_table(profile: Profile) -> list[str]:
    table = profile.table
    columns = _columns(profile)
    csv_file = f"{table.name}.csv"
    lines = ["", f"* ---- {table.name}: {profile.rows} rows, from {csv_file}"]
    for col in columns:
        if col.stata != col.var.name:
            lines.append(f"* the column {col.var.name} is called {col.stata} here (Stata's names: 32 characters)")
    if profile.rows:
        lines.append(f'import delimited using "{csv_file}", clear encoding("utf-8") delimiters(",") '
                     'varnames(nonames) rowrange(2) stringcols(_all) bindquotes(strict) maxquotedrows(unlimited)')
        olds = [f"v{k}" for k in range(1, len(columns) + 1)]
        news = [c.stata for c in columns]
        renames = _wrapped("rename (", olds, ")", per_line=10) + _wrapped("    (", news, ")", per_line=6)
        lines += [line + " ///" for line in renames[:-1]] + renames[-1:]  # one command over several lines
        for col in columns:
            if col.kind == "text":
                continue
            if col.kind == "date":
                made = f'generate double _fk = date({col.stata}, "YMD")'
                fmt = "%tdCCYY-NN-DD"
            elif col.kind == "coded":
                made = "generate long _fk = ."
                fmt = None
            else:  # a number, labelled or not; a scale's numbers as they are, its text codes missing values below
                made = f"generate double _fk = real({col.stata})"
                fmt = None
            lines.append(made)
            if col.kind == "coded":
                for k, (code, _label) in enumerate(col.stata_codes, start=1):
                    lines.append(f"replace _fk = {k} if {col.stata} == {_stata_literal(code)}")
            if col.kind == "scale":
                for text, missing, _label in col.stata_text_codes:
                    lines.append(f"replace _fk = {missing} if {col.stata} == {_stata_literal(text)}")
            if fmt:
                lines.append(f"format _fk {fmt}")
            lines += [f"order _fk, after({col.stata})", f"drop {col.stata}", f"rename _fk {col.stata}"]
    else:
        lines.append("clear")
        for col in columns:
            if col.kind == "text":
                lines.append(f'generate str1 {col.stata} = ""')
            else:
                lines.append(f"generate {'long' if col.kind == 'coded' else 'double'} {col.stata} = .")
                if col.kind == "date":
                    lines.append(f"format {col.stata} %tdCCYY-NN-DD")
    for col in columns:
        lines.append(f"label variable {col.stata} {_stata_literal(col.var.label_nb, STATA_VARIABLE_LABEL)}")
    for col in columns:
        if col.kind == "labelled":
            items = col.labels
        elif col.kind == "coded":
            items = [(k, label) for k, (_code, label) in enumerate(col.stata_codes, start=1)]
            lines.append("* " + col.stata + ": " + "; ".join(
                f"{k} = {_one_line(code)}" for k, (code, _label) in enumerate(col.stata_codes, start=1)))
        elif col.kind == "scale":
            items = col.labels + [(missing, label) for _t, missing, label in col.stata_text_codes]
        else:
            continue
        if not items:
            continue
        lines.append(f"label define {col.stata} " + " ".join(f"{v} {_stata_literal(label)}" for v, label in items)
                     + ", replace")
        lines.append(f"label values {col.stata} {col.stata}")
    lines += ["compress", f"label data {_stata_literal('Feltkart: ' + table.name, STATA_DATA_LABEL)}",
              f'save "{table.name}.dta", replace']
    return lines


def stata_do(profiles: list[Profile], folder: str, study: str) -> str:
    """The Stata do-file reading every table of ``profiles`` (their CSV files)."""
    first = profiles[0].table.name
    lines = [
        f"* Feltkart: the export of {_one_line(study) or 'the study'} for Stata 16 or newer, with variable and value "
        "labels.",
        "* Run it in the folder that holds the files, for instance:",
        f'*   cd "{folder}"',
        "*   do feltkart.do",
        "* It reads each table from <table>.csv (UTF-8, comma, the first row the names), gives it its labels and",
        "* saves it as <table>.dta; the interviews stay in memory. Text codes (ja, nei, vet_ikke) become whole",
        "* numbers 1, 2, ... in the codebook's order, labelled (the mapping is listed at each variable); a text code",
        "* on a number scale (vet_ikke on 1-5) becomes .a, .b, ... (extended missing), labelled.",
        "* sist_endret is the last change in UTC (ISO 8601), as text; dates are Stata dates.",
        "* kodebok.csv and om.csv describe every column and the export.",
        "version 16",
        "clear",
    ]
    for profile in profiles:
        lines += _stata_table(profile)
    lines += ["", f'use "{first}.dta", clear']
    return "\n".join(lines) + "\n"
