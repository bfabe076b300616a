"""The tables of an export, read from one snapshot of the database.

Tables (sheets, or files ``<name>.csv``):

- ``intervjuer``: one row per interview: id, municipality, county, centrality class, rural flag, date, last
  change (``sist_endret``, UTC as stored), coordinator, status, guide version, and one column per question outside
  the scheme block;
- ``ordninger``: long format, one row per interview x scheme, one column per scheme question;
- ``informanter``: role and a pseudonymous id per informant; names and contacts only when asked for;
- ``kommuner``: the study's registry;
- ``utvalg``, ``kontakter``, ``avtaler``: the fieldwork (``core.export.fieldwork_sheets``);
- ``sitater``: one row per marked passage, with its themes, place and informants' roles, never a name
  (``core.export.passage_sheet``);
- ``kodebok``: every variable with labels, type, codes, guide versions and when its question is asked;
- ``om``: study, export time, filters, versions, the registry's source, whether the file holds personal data, how
  hidden answers and the last change are written.

Values: choices as their stable codes (labels in ``kodebok``); a multiple-choice question as one 0/1 column per
option (empty when the question was not answered); dates as dates; numbers as numbers. An answer the interview's
guide hides (its ``relevant`` condition does not hold, as for a benefit left behind after "took part" was changed
to "no") is empty: the export holds what the statistics count, decided by the guide's own rule
(``core.model.guide.shown``, which the form and completing follow too). A text beginning with
``= + - @``, a tab or a carriage return can never become a formula: in XLSX it is stored as a string cell, in
CSV it gets a leading apostrophe (said in ``om``).

Every file is written under a temporary name and renamed when complete, so a crash or a cancel never leaves
half a file. ``progress(done, total)`` is called as rows are made and written; ``cancelled()`` returning
True stops the export with ``ExportCancelled``. No Qt here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from core import __version__
from core.base.errors import FeltkartError
from core.base.words import word, words
from core.export.fieldwork_sheets import FIELDWORK_SHEETS, fieldwork_tables
from core.export.passage_sheet import PASSAGE_SHEET, passage_table
from core.export.tables import NAMED, YES_NO, Table, Variable
from core.interviews.filters import interview_where
from core.model.guide import shown
from core.model.ilog import decode_answers
from core.privacy import erasure
from core.reference import guide_library, registry, study
from core.reference import schemes as scheme_catalogue

if TYPE_CHECKING:
    from core.model.guide import Guide, Question
    from core.reference.study import StudySettings
    from core.storage.store import Store

SHEETS = ("intervjuer", "ordninger", "informanter", "kommuner", *FIELDWORK_SHEETS, PASSAGE_SHEET, "kodebok", "om")
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
        parts = []
        if self.county:
            parts.append(word("filter.county", lang, county=self.county))
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or '…'} – {self.date_to or '…'}")
        if self.coordinator:
            parts.append(word("filter.coordinator", lang, name=self.coordinator))
        parts.append(word({None: "filter.all", "complete": "filter.complete", "draft": "filter.draft"}[self.status],
                          lang))
        return ", ".join(parts)


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


def _question_variables(q: "Question", guides: str, condition: tuple[str, str]) -> list[Variable]:
    if q.type == "multiple":
        return [Variable(f"{q.name}_{c.value}", f"{q.label_nb}: {c.label_nb}", f"{q.label_en}: {c.label_en}", "flag",
                         NAMED, guides, *condition) for c in q.choices]
    if q.type in ("single", "yes_no_dk", "likert5"):
        return [Variable(q.name, q.label_nb, q.label_en, "code", _choices(q), guides, *condition)]
    kind = {"integer": "integer", "decimal": "decimal", "date": "date"}.get(q.type, "text")
    return [Variable(q.name, q.label_nb, q.label_en, kind, (), guides, *condition)]


def _clause(dep: "Question", r, lang: str) -> str:
    """One link of a condition: the question it depends on and the value it needs, in words and as the export's
    column and code (a multiple choice's option as its own 0/1 column)."""
    value = next((c.label(lang) for c in dep.choices if c.value == (r.equals if r.includes is None else r.includes)),
                 None)
    if r.includes is not None:
        if dep.type == "multiple":
            return word("condition.includes", lang, question=dep.label(lang), value=value or r.includes,
                        column=f"{dep.name}_{r.includes}")
        return word("condition.includes_text", lang, question=dep.label(lang), value=value or r.includes,
                    column=dep.name, code=r.includes)
    code = str(r.equals).lower() if isinstance(r.equals, bool) else r.equals
    return word("condition.equals", lang, question=dep.label(lang), value=value or code, column=dep.name, code=code)


def _condition(guide: "Guide", q: "Question") -> tuple[str, str]:
    """When ``guide`` asks ``q``, in bokmål and English: every condition on the way to it (a question is asked when
    its own condition holds and the question it depends on is asked), as ``core.model.guide.shown`` decides."""
    chain = []
    r = q.relevant
    while r is not None and guide.has(r.question) and len(chain) < len(guide.questions()):
        dep = guide.question(r.question)
        chain.append((dep, r))
        r = dep.relevant
    if not chain:
        return words("condition.always")
    chain.reverse()
    return tuple(word("condition.when", lang, clauses=word("condition.and", lang).join(
        _clause(dep, r, lang) for dep, r in chain)) for lang in ("nb", "en"))


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


def _ordered_questions(guides: list["Guide"], per_scheme: bool) -> list[tuple["Question", str, tuple[str, str]]]:
    """The questions of every guide in use (the newest guide's order first), each with the versions asking it and
    when they ask it (each version's condition, when the versions differ)."""
    seen: dict[str, Question] = {}
    versions: dict[str, list[str]] = defaultdict(list)
    conditions: dict[str, dict[tuple[str, str], list[str]]] = defaultdict(dict)
    for guide in sorted(guides, key=lambda g: -g.version):
        for q in guide.questions():
            if q.per_scheme != per_scheme or (not per_scheme and q.name in SPECIAL):
                continue
            seen.setdefault(q.name, q)
            version = f"{guide.id} v{guide.version}"
            versions[q.name].append(version)
            conditions[q.name].setdefault(_condition(guide, q), []).append(version)
    found = []
    for name, q in seen.items():
        by_condition = conditions[name]
        if len(by_condition) == 1:
            condition = next(iter(by_condition))
        else:
            condition = tuple("; ".join(f"{', '.join(sorted(v))}: {c[i]}" for c, v in by_condition.items())
                              for i in (0, 1))
        found.append((q, ", ".join(sorted(versions[name])), condition))
    return found


def collect(store: "Store", f: ExportFilter = ExportFilter(), include_names: bool = False,
            progress: Progress = no_progress, cancelled: Callable[[], bool] = never) -> Export:
    """Read the tables of an export from the database (one snapshot)."""
    with store.snapshot():
        return _collect(store, f, include_names, progress, cancelled)


@dataclass
class _Source:
    """What one export is made from, read from the database."""
    f: ExportFilter
    include_names: bool
    settings: "StudySettings"
    interviews: list[tuple]
    answers: dict[str, dict[tuple[str, str], Any]]  # every current answer, hidden or not
    guides: dict[tuple[str, int], "Guide"]
    schemes: list  # the whole catalogue, in its order
    active: set[str]  # the schemes asked about in new interviews


def _collect(store, f, include_names, progress, cancelled) -> Export:
    src = _read(store, f, include_names, progress, cancelled)
    plain = _ordered_questions(list(src.guides.values()), per_scheme=False)
    per_scheme = _ordered_questions(list(src.guides.values()), per_scheme=True)
    tables = _interview_tables(src, plain, per_scheme)
    seen, hidden = _fill(tables, src, plain, per_scheme, progress, cancelled)
    registry_info = registry.info(store, src.settings.registry_version)
    tables["kommuner"] = _municipalities(store, src, seen, registry_info)
    tables.update(fieldwork_tables(store, f, include_names, src.settings))
    tables[PASSAGE_SHEET] = passage_table(store, src.interviews, src.answers, src.guides.values(), src.schemes,
                                          src.settings)
    tables["kodebok"] = _codebook(tables)
    tables["om"] = _about(src, len(seen), registry_info, hidden)
    tables["om"].rows.append([PASSAGE_SHEET, word("sitater.about", "nb", n=len(tables[PASSAGE_SHEET].rows))])
    tables["om"].rows.append(["personopplysninger_slettet", erasure.described(store.conn)])
    progress(len(src.interviews) * 2 + 1, len(src.interviews) * 2 + 1)
    return Export(tables, include_names, len(src.interviews), len(seen))


def _read(store, f: ExportFilter, include_names: bool, progress, cancelled) -> _Source:
    settings = study.load(store)
    version = settings.registry_version
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
    progress(len(interviews), len(interviews) * 2 + 1)
    guides = {(gid, gv): guide_library.get(store, gid, gv) for gid, gv in {(r[9], r[10]) for r in interviews}}
    if not guides:
        current = guide_library.current(store)
        guides = {(current.id, current.version): current}
    return _Source(f, include_names, settings, interviews, answers, guides, scheme_catalogue.list_schemes(store),
                   {s.code for s in scheme_catalogue.list_schemes(store, include_inactive=False)})


def _interview_tables(src: _Source, plain, per_scheme) -> dict[str, Table]:
    """The interview, scheme and informant tables, without rows yet: Feltkart's own columns, then a column
    per question (a 0/1 column per option of a multiple choice)."""
    classes = src.settings.rural_definition.value
    centrality = tuple((k, str(k), str(k)) for k in registry.CENTRALITY_CLASSES)
    interview_vars = [
        Variable.own("intervju_id", "text"), Variable.own("kommunenr", "text"), Variable.own("kommune", "text"),
        Variable.own("fylkenr", "text"), Variable.own("fylke", "text"),
        Variable.own("sentralitet", "code", centrality), Variable.own("distrikt", "flag", YES_NO, classes=classes),
        Variable.own("dato", "date"), Variable.own("sist_endret", "datetime"), Variable.own("koordinator", "text"),
        Variable.own("status", "code", (("complete", *words("code.complete")), ("draft", *words("code.draft")))),
        Variable.own("guide", "text"), Variable.own("informanter_antall", "integer"),
    ] + [v for q, g, c in plain for v in _question_variables(q, g, c)]
    scheme_vars = [
        Variable.own("intervju_id", "text"), Variable.own("kommunenr", "text"),
        Variable.own("ordning", "code", tuple((s.code, s.name("nb"), s.name("en")) for s in src.schemes)),
        Variable.own("ordning_navn", "text"),
    ] + [v for q, g, c in per_scheme for v in _question_variables(q, g, c)]
    role = next((g.question("informants") for g in src.guides.values() if g.has("informants")), None)
    informant_vars = [Variable.own("intervju_id", "text"), Variable.own("kommunenr", "text"),
                      Variable.own("informant_id", "text"),
                      Variable.own("rolle", "code", _choices(role) if role is not None else ())]
    if src.include_names:
        informant_vars += [Variable.own("navn", "text"), Variable.own("kontakt", "text")]
    return {"intervjuer": Table("intervjuer", interview_vars), "ordninger": Table("ordninger", scheme_vars),
            "informanter": Table("informanter", informant_vars)}


def _fill(tables: dict[str, Table], src: _Source, plain, per_scheme, progress, cancelled) -> tuple[set[str], int]:
    """The rows of the interview, scheme and informant tables; returns the municipalities seen and the number of
    answers left empty because the interview's guide hides them."""
    definition = src.settings.rural_definition
    order = [s.code for s in src.schemes]
    names = {s.code: s.name("nb") for s in src.schemes}
    seen = set()
    hidden = 0
    total = len(src.interviews) * 2 + 1
    for n, (iid, number, name, county, county_name, klass, when, coordinator, status, gid, gv, _c, changed) in \
            enumerate(src.interviews):
        if n % 500 == 0:
            if cancelled():
                raise ExportCancelled()
            progress(len(src.interviews) + n, total)
        a = src.answers.get(iid, {})
        seen.add(number)
        answered = {scheme for (_fld, scheme) in a if scheme}
        schemes = [c for c in order if c in src.active | answered]
        # what the interview's guide asks, by its own rule: an answer behind a condition that does not hold (or
        # behind a question that is not asked itself) is left empty, as the statistics leave it uncounted
        asked = shown(src.guides[(gid, gv)], a, schemes)

        def value(fld: str, scheme: str = "") -> Any:
            nonlocal hidden
            found = a.get((fld, scheme))
            if found is not None and fld not in asked[scheme]:
                hidden += 1
                return None
            return found

        people = value("informants") or []
        row = [iid, number, name, county, county_name, klass, int(definition.is_rural(klass)),
               date.fromisoformat(when) if when else None, changed, coordinator, status, f"{gid} v{gv}", len(people)]
        for q, _g, _c in plain:
            row += _cell(q, value(q.name))
        tables["intervjuer"].rows.append(row)
        for scheme in schemes:
            srow = [iid, number, scheme, names.get(scheme, scheme)]
            for q, _g, _c in per_scheme:
                srow += _cell(q, value(q.name, scheme))
            tables["ordninger"].rows.append(srow)
        for k, person in enumerate(people, start=1):
            prow = [iid, number, f"{iid}-{k}", person.get("role")]
            if src.include_names:
                prow += [person.get("name") or None, person.get("contact") or None]
            tables["informanter"].rows.append(prow)
    return seen, hidden


def _municipalities(store, src: _Source, seen: set[str], registry_info) -> Table:
    definition = src.settings.rural_definition
    variables = [
        Variable.own("kommunenr", "text"), Variable.own("kommune", "text"), Variable.own("fylkenr", "text"),
        Variable.own("fylke", "text"),
        Variable.own("sentralitet", "code", tuple((k, str(k), str(k)) for k in registry.CENTRALITY_CLASSES)),
        Variable.own("distrikt", "flag", YES_NO, classes=definition.value), Variable.own("folketall", "integer"),
        Variable.own("folketall_aar", "integer"), Variable.own("intervjuet", "flag", YES_NO),
    ]
    rows = [[m.number, m.name, m.county_number, m.county_name, m.centrality_class,
             int(definition.is_rural(m.centrality_class)), m.population, registry_info.population_year,
             int(m.number in seen)]
            for m in sorted(registry.municipalities(store, src.settings.registry_version), key=lambda m: m.number)
            if not src.f.county or m.county_number == src.f.county]
    return Table("kommuner", variables, rows)


def _codebook(tables: dict[str, Table]) -> Table:
    """Every variable of every table with its labels, type, codes, the guide versions that ask it and when they
    ask it."""
    book = Table("kodebok", [Variable.own(name, "text") for name in (
        "tabell", "variabel", "etikett_nb", "etikett_en", "type", "koder_nb", "koder_en", "guideversjon",
        "vilkaar_nb", "vilkaar_en")])
    for table in [*tables.values(), book, _about_table()]:
        for v in table.variables:
            book.rows.append([table.name, v.name, v.label_nb, v.label_en, v.type, v.codes_text("nb"),
                              v.codes_text("en"), v.guides, v.condition_nb, v.condition_en])
    return book


def _about_table() -> Table:
    return Table("om", [Variable.own("felt", "text"), Variable.own("verdi", "text")])


def _about(src: _Source, municipalities: int, registry_info, hidden: int) -> Table:
    """The export's facts: study, time, filter, counts, whether it holds personal data, versions, source, how
    hidden answers and the last change are written."""
    about = _about_table()
    exported = datetime.now(timezone.utc).astimezone().replace(microsecond=0)
    about.rows = [
        ["studie", src.settings.study_name],
        ["eksportert", exported.isoformat()],
        ["filter", src.f.describe("nb")],
        ["intervjuer", str(len(src.interviews))],
        ["kommuner", str(municipalities)],
        ["personopplysninger", word("about.personal_yes" if src.include_names else "about.personal_no", "nb")],
        ["feltkart_versjon", __version__],
        ["register", f"{registry_info.version}: {registry_info.structure_nb}"],
        ["registerkilde", registry_info.attribution_nb],
        ["distriktsdefinisjon", word("about.rural", "nb", classes=src.settings.rural_definition.value)],
        ["tekst_som_formel", word("about.formula", "nb")],
        ["skjulte_svar", word("about.hidden", "nb", n=hidden)],
        ["sist_endret", word("about.changed", "nb")],
    ]
    return about


def is_dangerous(value: Any) -> bool:
    """A text a spreadsheet would read as a formula (written as text by both writers)."""
    return isinstance(value, str) and value.startswith(DANGEROUS)
