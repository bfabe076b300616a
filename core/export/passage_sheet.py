"""The marked passages in the export: ``sitater``, one row per passage (``core.interviews.passage_rows``) of the
exported interviews (the export's filter decides which), in the interviews' order, then by question, scheme and
place in the text: the passage's text as marked, its themes, the interview's municipality, centrality class and
rural flag, its informants' roles, the question and scheme it was marked in, its status and whether it may be
cited. A passage flagged for review (its answer was edited where it stood: a name taken out, the text deleted)
has no text in the sheet: the words it holds may no longer be the interview's; it is settled in Sitater.

An informant is named only by role, whatever the export's ``include_names`` says: the sheet is meant for
reading and quoting. The themes are the live ones' names (a theme removed on another laptop, still on a passage
there, is left out, as the ``.qdpx`` export leaves it out), joined by ``; `` in the order of the themes list; a
sub-theme is written ``theme / sub-theme``. A study without passages gives the sheet with its header only."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from core.base.words import words
from core.export.tables import YES_NO, Table, Variable
from core.interviews.themes import list_themes
from core.reference import registry

if TYPE_CHECKING:
    from core.model.guide import Guide
    from core.reference.study import StudySettings
    from core.storage.store import Store

PASSAGE_SHEET = "sitater"
THEME_SEPARATOR = "; "
STATUSES = ("ok", "review")

_PASSAGES = """SELECT p.passage_id, p.interview_id, p.field, p.scheme, p.start_pos, p.end_pos, p.text, p.status,
    p.citable, (SELECT group_concat(t.theme_id, ' ') FROM passage_themes t WHERE t.passage_id = p.passage_id)
    FROM passages p"""


def _variables(guides: Iterable["Guide"], schemes: list, settings: "StudySettings") -> list[Variable]:
    questions: dict[str, tuple[Any, str, str]] = {}
    for guide in sorted(guides, key=lambda g: -g.version):
        for q in guide.questions():
            if q.searchable:
                questions.setdefault(q.name, (q.name, q.label_nb, q.label_en))
    centrality = tuple((k, str(k), str(k)) for k in registry.CENTRALITY_CLASSES)
    return [
        Variable.own("intervju_id", "text"),
        Variable("utdrag_id", *words("sitater.passage_id"), "text"),
        Variable.own("kommunenr", "text"), Variable.own("kommune", "text"),
        Variable.own("sentralitet", "code", centrality),
        Variable.own("distrikt", "flag", YES_NO, classes=settings.rural_definition.value),
        Variable("roller", *words("sitater.roles"), "text"),
        Variable("sporsmal", *words("sitater.question"), "code", tuple(questions.values())),
        Variable("ordning", *words("sitater.scheme"), "code", tuple((s.code, s.name("nb"), s.name("en"))
                                                                    for s in schemes)),
        Variable("utdrag", *words("sitater.passage"), "text"),
        Variable("temaer", *words("sitater.themes"), "text"),
        Variable("status", *words("sitater.status"), "code",
                 tuple((s, *words(f"sitater.{s}")) for s in STATUSES)),
        Variable("siterbar", *words("sitater.citable"), "flag", YES_NO),
    ]


def _theme_names(store: "Store") -> dict[str, tuple[int, str]]:
    """Each live theme's place in the themes list and the name the sheet writes."""
    live = list_themes(store)
    names = {t.id: t.name for t in live}
    return {t.id: (k, f"{names[t.parent]} / {t.name}" if t.parent in names else t.name)
            for k, t in enumerate(live)}


def _roles(answers: dict) -> str | None:
    """The interview's informants' roles (codes of the guide's role list), each once, in the informants' order."""
    people = answers.get(("informants", "")) or []
    roles = [p.get("role") for p in people if isinstance(p, dict) and p.get("role")]
    return ", ".join(dict.fromkeys(roles)) or None


def passage_table(store: "Store", interviews: list[tuple], answers: dict[str, dict], guides: Iterable["Guide"],
                  schemes: list, settings: "StudySettings") -> Table:
    """The ``sitater`` table of the interviews ``interviews`` (the export's rows: id, municipality number and
    name, county, county name, centrality class, ...) with their current ``answers``."""
    table = Table(PASSAGE_SHEET, _variables(guides, schemes, settings))
    order = {row[0]: n for n, row in enumerate(interviews)}
    places = {row[0]: row for row in interviews}
    themes = _theme_names(store)
    found = [r for r in store.conn.execute(_PASSAGES) if r[1] in order]
    found.sort(key=lambda r: (order[r[1]], r[2], r[3], r[4], r[5], r[0]))
    for pid, iid, fld, scheme, _start, _end, text, status, citable, theme_ids in found:
        _i, number, name, _county, _county_name, klass = places[iid][:6]
        named = sorted(themes[t] for t in (theme_ids or "").split() if t in themes)
        table.rows.append([
            iid, pid, number, name, klass, None if klass is None else int(settings.rural_definition.is_rural(klass)),
            _roles(answers.get(iid, {})), fld, scheme or None, text if status == "ok" else None,
            THEME_SEPARATOR.join(n for _k, n in named) or None, status, int(bool(citable))])
    return table
