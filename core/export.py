"""Data out for the analysts: one set of tables written as an XLSX workbook (openpyxl) or as CSV files.

Tables (sheets, or files ``<name>.csv``):

- ``intervjuer``: one row per interview: id, municipality, county, centrality class, rural flag, date,
  coordinator, status, guide version, and one column per question outside the scheme block;
- ``ordninger``: long format, one row per interview x scheme, one column per scheme question;
- ``informanter``: role and a pseudonymous id per informant; names and contacts only when asked for;
- ``kommuner``: the study's registry; ``kodebok``: every variable with labels, type, codes and guide versions;
- ``om``: study, export time, filters, versions, the registry's source and whether the file holds personal data.

Values: choices as their stable codes (labels in ``kodebok``); a multiple-choice question as one 0/1 column per
option (empty when the question was not answered); dates as dates; numbers as numbers. A text beginning with
``= + - @``, a tab or a carriage return can never become a formula: in XLSX it is stored as a string cell, in
CSV it gets a leading apostrophe (said in ``om``).

Every file is written under a temporary name and renamed when complete, so a crash or a cancel never leaves
half a file. ``progress(done, total)`` is called as rows are made and written; ``cancelled()`` returning
True stops the export with ``ExportCancelled``. No Qt here.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import __version__, guide_library, registry, study
from core import schemes as scheme_catalogue
from core.atomic import WriteError, atomic_file, refused, replace, work_folder
from core.errors import FeltkartError
from core.ilog import decode_answers
from core.stats import interview_where

if TYPE_CHECKING:
    from core.guide import Guide, Question
    from core.store import Store

SHEETS = ("intervjuer", "ordninger", "informanter", "kommuner", "kodebok", "om")
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("xlsx", "csv", "csv-excel")
# Questions that are columns of their own (date, municipality) or a sheet of their own (informants).
SPECIAL = {"interview_date", "municipality", "informants"}


class ExportCancelled(FeltkartError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class ExportFilter:
    county: str | None = None
    date_from: str | None = None  # ISO dates, inclusive
    date_to: str | None = None
    coordinator: str | None = None
    status: str | None = None  # None: drafts and complete; "complete"; "draft". The trash is never exported.

    def describe(self, lang: str = "nb") -> str:
        nb = lang != "en"
        parts = []
        if self.county:
            parts.append(("fylke " if nb else "county ") + self.county)
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or '…'} – {self.date_to or '…'}")
        if self.coordinator:
            parts.append(("koordinator " if nb else "coordinator ") + self.coordinator)
        status = {None: ("alle statuser" if nb else "every status"), "complete": ("fullførte" if nb else "complete"),
                  "draft": ("utkast" if nb else "drafts")}[self.status]
        parts.append(status)
        return ", ".join(parts)


@dataclass
class Variable:
    name: str
    label_nb: str
    label_en: str
    type: str  # text, integer, decimal, date, datetime, code, flag
    codes: tuple[tuple[Any, str, str], ...] = ()
    guides: str = ""  # the guide versions that ask it ("" for Feltkart's own columns)

    def codes_text(self, lang: str = "nb") -> str:
        return "; ".join(f"{code} = {nb if lang != 'en' else en}" for code, nb, en in self.codes)


@dataclass
class Table:
    name: str
    variables: list[Variable]
    rows: list[list] = field(default_factory=list)


@dataclass
class Export:
    tables: dict[str, Table]
    personal_data: bool
    interviews: int
    municipalities: int


Progress = Callable[[int, int], None]


def _noop_progress(done: int, total: int) -> None:
    pass


def _never() -> bool:
    return False


# -- collecting -------------------------------------------------------------------------------

def _where(f: ExportFilter) -> tuple[str, list]:
    return interview_where(f.status, f.county, f.date_from, f.date_to, f.coordinator)


def _choices(q: "Question") -> tuple[tuple[Any, str, str], ...]:
    return tuple((c.value, c.label_nb, c.label_en) for c in q.choices)


def _question_variables(q: "Question", guides: str) -> list[Variable]:
    if q.type == "multiple":
        return [Variable(f"{q.name}_{c.value}", f"{q.label_nb}: {c.label_nb}", f"{q.label_en}: {c.label_en}", "flag",
                         ((1, "nevnt", "named"), (0, "ikke nevnt", "not named")), guides) for c in q.choices]
    if q.type in ("single", "yes_no_dk", "likert5"):
        return [Variable(q.name, q.label_nb, q.label_en, "code", _choices(q), guides)]
    kind = {"integer": "integer", "decimal": "decimal", "date": "date"}.get(q.type, "text")
    return [Variable(q.name, q.label_nb, q.label_en, kind, (), guides)]


def _cell(q: "Question", value: Any) -> list:
    """The cells of one answer, in the order of ``_question_variables``."""
    if q.type == "multiple":
        if value is None:
            return [None] * len(q.choices)
        chosen = set(value)
        return [int(c.value in chosen) for c in q.choices]
    if value is None or value == "":
        return [None]
    if q.type == "date":
        return [date.fromisoformat(value)]
    if q.type == "decimal":
        return [float(value)]
    if q.type == "integer":
        return [int(value)]
    return [value]


def _ordered_questions(guides: list["Guide"], per_scheme: bool) -> list[tuple["Question", str]]:
    """The questions of every guide in use (the newest guide's order first), each with the versions asking it."""
    seen: dict[str, Question] = {}
    versions: dict[str, list[str]] = defaultdict(list)
    for guide in sorted(guides, key=lambda g: -g.version):
        for q in guide.questions():
            if q.per_scheme != per_scheme or (not per_scheme and q.name in SPECIAL):
                continue
            seen.setdefault(q.name, q)
            versions[q.name].append(f"{guide.id} v{guide.version}")
    return [(q, ", ".join(sorted(versions[name]))) for name, q in seen.items()]


def collect(store: "Store", f: ExportFilter = ExportFilter(), include_names: bool = False,
            progress: Progress = _noop_progress, cancelled: Callable[[], bool] = _never) -> Export:
    """Read the tables of an export from the database (one snapshot)."""
    with store.snapshot():
        return _collect(store, f, include_names, progress, cancelled)


def _collect(store, f, include_names, progress, cancelled) -> Export:
    settings = study.load(store)
    version = settings.registry_version
    definition = settings.rural_definition
    where, params = _where(f)
    conn = store.conn
    interviews = conn.execute(
        f"""SELECT i.id, i.municipality, m.name, m.county, c.name, m.centrality_class, i.interview_date,
                   i.coordinator, i.status, i.guide_id, i.guide_version, i.created_at, i.updated_at
            FROM interviews i
            JOIN municipalities m ON m.registry = i.registry AND m.number = i.municipality
            JOIN counties c ON c.registry = m.registry AND c.number = m.county
            WHERE i.registry = ? AND {where}
            ORDER BY i.interview_date, m.name, i.id""",
        [version, *params],
    ).fetchall()
    total = len(interviews) * 2 + 1
    answers: dict[str, dict[tuple[str, str], Any]] = defaultdict(dict)
    for n, (interview_id, stored) in enumerate(conn.execute(
        f"""SELECT a.interview_id, a.answers
            FROM interview_logs a JOIN interviews i ON i.id = a.interview_id
            JOIN municipalities m ON m.registry = i.registry AND m.number = i.municipality
            WHERE i.registry = ? AND {where}""",
        [version, *params],
    )):
        if n % 500 == 0 and cancelled():
            raise ExportCancelled()
        for (fld, scheme), value in decode_answers(stored).items():
            if value is not None and not fld.startswith("_"):
                answers[interview_id][(fld, scheme)] = value
    progress(len(interviews), total)

    guides = {(gid, gv): guide_library.get(store, gid, gv) for gid, gv in {(r[9], r[10]) for r in interviews}}
    if not guides:
        current = guide_library.current(store)
        guides = {(current.id, current.version): current}
    plain_questions = _ordered_questions(list(guides.values()), per_scheme=False)
    scheme_questions = _ordered_questions(list(guides.values()), per_scheme=True)
    active = [s.code for s in scheme_catalogue.list_schemes(store, include_inactive=False)]
    all_schemes = scheme_catalogue.list_schemes(store)
    scheme_order = [s.code for s in all_schemes]
    scheme_names = {s.code: s.name("nb") for s in all_schemes}
    registry_info = registry.info(store, version)

    base = [
        Variable("intervju_id", "Intervjuets id (UUID)", "Interview id (UUID)", "text"),
        Variable("kommunenr", "Kommunenummer", "Municipality number", "text"),
        Variable("kommune", "Kommune", "Municipality", "text"),
        Variable("fylkenr", "Fylkesnummer", "County number", "text"),
        Variable("fylke", "Fylke", "County", "text"),
        Variable("sentralitet", "Sentralitetsklasse (SSB, 1 = mest sentral)", "Centrality class (SSB, 1 = most central)",
                 "code", tuple((k, str(k), str(k)) for k in registry.CENTRALITY_CLASSES)),
        Variable("distrikt", f"Distriktskommune (sentralitet {definition.value})",
                 f"Rural municipality (centrality {definition.value})", "flag", ((1, "ja", "yes"), (0, "nei", "no"))),
        Variable("dato", "Intervjudato", "Interview date", "date"),
        Variable("koordinator", "Koordinator", "Coordinator", "text"),
        Variable("status", "Status", "Status", "code",
                 (("complete", "Fullført", "Complete"), ("draft", "Utkast", "Draft"))),
        Variable("guide", "Intervjuguide og versjon", "Interview guide and version", "text"),
        Variable("informanter_antall", "Antall informanter", "Number of informants", "integer"),
    ]
    interview_vars = base + [v for q, g in plain_questions for v in _question_variables(q, g)]
    scheme_vars = [
        Variable("intervju_id", "Intervjuets id (UUID)", "Interview id (UUID)", "text"),
        Variable("kommunenr", "Kommunenummer", "Municipality number", "text"),
        Variable("ordning", "Ordningens kode", "Scheme code", "code",
                 tuple((s.code, s.name("nb"), s.name("en")) for s in all_schemes)),
        Variable("ordning_navn", "Ordning", "Scheme", "text"),
    ] + [v for q, g in scheme_questions for v in _question_variables(q, g)]
    informant_vars = [
        Variable("intervju_id", "Intervjuets id (UUID)", "Interview id (UUID)", "text"),
        Variable("kommunenr", "Kommunenummer", "Municipality number", "text"),
        Variable("informant_id", "Pseudonym id for informanten (intervju-id og løpenummer)",
                 "Pseudonymous informant id (interview id and sequence number)", "text"),
        Variable("rolle", "Informantens rolle", "Informant's role", "code", ()),
    ]
    role_question = next((g.question("informants") for g in guides.values() if g.has("informants")), None)
    if role_question is not None:
        informant_vars[3].codes = _choices(role_question)
    if include_names:
        informant_vars += [Variable("navn", "Navn (personopplysning)", "Name (personal data)", "text"),
                           Variable("kontakt", "Kontakt (personopplysning)", "Contact (personal data)", "text")]

    tables = {
        "intervjuer": Table("intervjuer", interview_vars),
        "ordninger": Table("ordninger", scheme_vars),
        "informanter": Table("informanter", informant_vars),
    }
    municipalities_seen = set()
    for n, (iid, number, name, county, county_name, klass, when, coordinator, status, gid, gv, _c, _u) in enumerate(interviews):
        if n % 500 == 0:
            if cancelled():
                raise ExportCancelled()
            progress(len(interviews) + n, total)
        a = answers.get(iid, {})
        municipalities_seen.add(number)
        people = a.get(("informants", "")) or []
        row = [iid, number, name, county, county_name, klass, int(definition.is_rural(klass)),
               date.fromisoformat(when) if when else None, coordinator, status, f"{gid} v{gv}", len(people)]
        for q, _g in plain_questions:
            row += _cell(q, a.get((q.name, "")))
        tables["intervjuer"].rows.append(row)
        answered = {scheme for (_fld, scheme) in a if scheme}
        for scheme in [c for c in scheme_order if c in set(active) | answered]:
            srow = [iid, number, scheme, scheme_names.get(scheme, scheme)]
            for q, _g in scheme_questions:
                srow += _cell(q, a.get((q.name, scheme)))
            tables["ordninger"].rows.append(srow)
        for k, person in enumerate(people, start=1):
            prow = [iid, number, f"{iid}-{k}", person.get("role")]
            if include_names:
                prow += [person.get("name") or None, person.get("contact") or None]
            tables["informanter"].rows.append(prow)

    tables["kommuner"] = Table("kommuner", [
        Variable("kommunenr", "Kommunenummer", "Municipality number", "text"),
        Variable("kommune", "Kommune", "Municipality", "text"),
        Variable("fylkenr", "Fylkesnummer", "County number", "text"),
        Variable("fylke", "Fylke", "County", "text"),
        Variable("sentralitet", "Sentralitetsklasse (SSB)", "Centrality class (SSB)", "code",
                 tuple((k, str(k), str(k)) for k in registry.CENTRALITY_CLASSES)),
        Variable("distrikt", f"Distriktskommune (sentralitet {definition.value})",
                 f"Rural municipality (centrality {definition.value})", "flag", ((1, "ja", "yes"), (0, "nei", "no"))),
        Variable("folketall", "Folketall", "Population", "integer"),
        Variable("folketall_aar", "Folketall per 1.1. i året", "Population as of 1 January of the year", "integer"),
        Variable("intervjuet", "Intervjuet i dette uttrekket", "Interviewed in this export", "flag",
                 ((1, "ja", "yes"), (0, "nei", "no"))),
    ], [[m.number, m.name, m.county_number, m.county_name, m.centrality_class,
         int(definition.is_rural(m.centrality_class)), m.population, registry_info.population_year,
         int(m.number in municipalities_seen)]
        for m in sorted(registry.municipalities(store, version), key=lambda m: m.number)
        if not f.county or m.county_number == f.county])

    codebook_vars = [
        Variable("tabell", "Tabell (ark eller fil)", "Table (sheet or file)", "text"),
        Variable("variabel", "Variabel (kolonne)", "Variable (column)", "text"),
        Variable("etikett_nb", "Etikett på bokmål", "Label in Norwegian", "text"),
        Variable("etikett_en", "Etikett på engelsk", "Label in English", "text"),
        Variable("type", "Type", "Type", "text"),
        Variable("koder_nb", "Koder og etiketter (bokmål)", "Codes and labels (Norwegian)", "text"),
        Variable("koder_en", "Koder og etiketter (engelsk)", "Codes and labels (English)", "text"),
        Variable("guideversjon", "Intervjuguidens versjon(er) som stiller spørsmålet",
                 "Interview guide version(s) asking the question", "text"),
    ]
    about_vars = [Variable("felt", "Felt", "Field", "text"), Variable("verdi", "Verdi", "Value", "text")]
    tables["kodebok"] = Table("kodebok", codebook_vars)
    tables["om"] = Table("om", about_vars)
    for table in list(tables.values()):
        for v in table.variables:
            tables["kodebok"].rows.append([table.name, v.name, v.label_nb, v.label_en, v.type, v.codes_text("nb"),
                                           v.codes_text("en"), v.guides])
    exported = datetime.now(timezone.utc).astimezone().replace(microsecond=0)
    tables["om"].rows = [
        ["studie", settings.study_name],
        ["eksportert", exported.isoformat()],
        ["filter", f.describe("nb")],
        ["intervjuer", str(len(interviews))],
        ["kommuner", str(len(municipalities_seen))],
        ["personopplysninger", "ja: informantenes navn og kontaktinformasjon" if include_names
         else "nei: informanter bare med rolle og pseudonym id"],
        ["feltkart_versjon", __version__],
        ["register", f"{registry_info.version}: {registry_info.structure_nb}"],
        ["registerkilde", registry_info.attribution_nb],
        ["distriktsdefinisjon", f"sentralitetsklasse {definition.value}"],
        ["tekst_som_formel", "Tekst som begynner med = + - @, tabulator eller linjeskift er lagret som tekst "
                             "(i CSV med en apostrof foran), aldri som formel."],
    ]
    progress(total, total)
    return Export(tables, include_names, len(interviews), len(municipalities_seen))


# -- writing ----------------------------------------------------------------------------------

def is_dangerous(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(DANGEROUS)


DATE_FORMAT = "DD.MM.YYYY"


def write_xlsx(export: Export, target: Path, progress: Progress = _noop_progress,
               cancelled: Callable[[], bool] = _never) -> Path:
    """The export as one workbook at ``target``, complete or not at all. openpyxl makes the workbook with
    every sheet's header and first row; the other rows are written straight into each sheet's XML
    (``core.xlsx_rows``), ten times faster for the same cells."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from core import xlsx_rows

    target = Path(target)
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
        try:
            wb.save(frame)
            xlsx_rows.splice(str(frame), str(tmp), extra, DATE_FORMAT, tick)
        except OSError as exc:
            raise refused(target, exc) from exc
        if cancelled():
            raise ExportCancelled()
    progress(total, total)
    return target


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


def write_csv(export: Export, folder: Path, excel: bool = False, progress: Progress = _noop_progress,
              cancelled: Callable[[], bool] = _never) -> list[Path]:
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


def export(store: "Store", fmt: str, target: Path, f: ExportFilter = ExportFilter(), include_names: bool = False,
           progress: Progress = _noop_progress, cancelled: Callable[[], bool] = _never) -> tuple[Export, list[Path]]:
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
