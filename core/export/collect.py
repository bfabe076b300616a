"""The tables of an export, read from one snapshot of the database.

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

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from core import __version__
from core.reference import guide_library, registry, study
from core.reference import schemes as scheme_catalogue
from core.base.errors import FeltkartError
from core.model.ilog import decode_answers
from core.interviews.filters import interview_where

if TYPE_CHECKING:
    from core.model.guide import Guide, Question
    from core.storage.store import Store

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


def no_progress(done: int, total: int) -> None:
    pass


def never() -> bool:
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
            progress: Progress = no_progress, cancelled: Callable[[], bool] = never) -> Export:
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
