"""The fieldwork in the export: ``utvalg`` (one row per sampled municipality, with its status and counts),
``kontakter`` (one row per contact attempt) and ``avtaler`` (one row per appointment), within the export's
county, coordinator (the municipality's assigned one) and dates (of the attempt or appointment). Names, contacts
and whom an appointment is with are personal data: only with ``include_names``."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from core.base.words import words
from core.export.tables import YES_NO, Table, Variable
from core.fieldwork import records, status
from core.fieldwork.fields import CHANNELS, OUTCOMES
from core.reference import registry

if TYPE_CHECKING:
    from core.export.collect import ExportFilter
    from core.reference.study import StudySettings
    from core.storage.store import Store

FIELDWORK_SHEETS = ("utvalg", "kontakter", "avtaler")


def _codes(prefix: str, values) -> tuple:
    return tuple((v, *words(f"{prefix}.{v}")) for v in values)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _moment(text: str | None) -> str | None:
    """A local date and time as the sheets show it: 2026-03-02 09:00."""
    return text.replace("T", " ") if text else None


def fieldwork_tables(store: "Store", f: "ExportFilter", include_names: bool,
                     settings: "StudySettings") -> dict[str, Table]:
    """The three fieldwork tables of an export (empty when the study has no sample)."""
    rows = [r for r in status.rows(store) if (not f.county or r.county == f.county)
            and (not f.coordinator or r.coordinator == f.coordinator)]
    places = {r.number: r for r in rows}
    return {"utvalg": _sample(rows, settings), "kontakter": _attempts(store, f, places, include_names),
            "avtaler": _appointments(store, f, places, include_names)}


def _sample(rows: list[status.Row], settings: "StudySettings") -> Table:
    centrality = tuple((k, str(k), str(k)) for k in registry.CENTRALITY_CLASSES)
    variables = [
        Variable.own("kommunenr", "text"), Variable.own("kommune", "text"), Variable.own("fylkenr", "text"),
        Variable.own("fylke", "text"), Variable.own("sentralitet", "code", centrality),
        Variable.own("distrikt", "flag", YES_NO, classes=settings.rural_definition.value),
        Variable.own("folketall", "integer"), Variable.own("tildelt", "text"),
        Variable.own("feltstatus", "code", _codes("status", status.STATUSES)),
        Variable.own("disposisjon", "code", _codes("disposition", status.DISPOSITIONS)),
        Variable.own("forsok", "integer"), Variable.own("siste_kontakt", "datetime"),
        Variable.own("siste_utfall", "code", _codes("outcome", OUTCOMES)), Variable.own("neste_steg", "text"),
        Variable.own("neste_frist", "date"), Variable.own("avtale", "datetime"),
        Variable.own("fullforte", "integer"), Variable.own("utkast", "integer"),
    ]
    return Table("utvalg", variables, [
        [r.number, r.name, r.county, r.county_name, r.centrality_class, int(r.rural), r.population, r.coordinator,
         r.status, r.disposition, r.attempts, _moment(r.last_contact), r.last_outcome, r.next_step,
         _day(r.next_due), _moment(r.appointment), r.complete, r.drafts] for r in rows])


def _within(f: "ExportFilter", at: str | None) -> bool:
    day = (at or "")[:10]
    return (not f.date_from or day >= f.date_from) and (not f.date_to or day <= f.date_to)


def _rows(store: "Store", kind: str, f: "ExportFilter", places: dict, row) -> list[list]:
    """The attempts or appointments (not removed) of the municipalities in ``places`` within the filter's
    dates, in time order, each as ``row`` makes it."""
    found = [r for r in records.records(store, kind)
             if not r.deleted and r.municipality in places and _within(f, r.get("at"))]
    return [row(r) for r in sorted(found, key=lambda r: (r.get("at", ""), r.id))]


def _attempts(store: "Store", f: "ExportFilter", places: dict, include_names: bool) -> Table:
    variables = [Variable.own("kontakt_id", "text"), Variable.own("kommunenr", "text"), Variable.own("kommune", "text"),
                 Variable.own("tidspunkt", "datetime"), Variable.own("kanal", "code", _codes("channel", CHANNELS)),
                 Variable.own("kontakt_rolle", "text")]
    if include_names:
        variables += [Variable.own("navn", "text"), Variable.own("kontakt", "text")]
    variables += [Variable.own("utfall", "code", _codes("outcome", OUTCOMES)), Variable.own("endelig", "flag", YES_NO),
                  Variable.own("notat", "text"), Variable.own("neste_steg", "text"), Variable.own("neste_frist", "date")]
    def row(a: records.Record) -> list:
        personal = [a.get("name"), a.get("contact")] if include_names else []
        return [a.id, a.municipality, places[a.municipality].name, _moment(a.get("at")), a.get("channel"),
                a.get("role"), *personal, a.get("outcome"), int(bool(a.get("final"))), a.get("note"),
                a.get("next_step"), _day(a.get("next_due"))]

    return Table("kontakter", variables, _rows(store, "attempt", f, places, row))


def _appointments(store: "Store", f: "ExportFilter", places: dict, include_names: bool) -> Table:
    variables = [Variable.own("avtale_id", "text"), Variable.own("kommunenr", "text"), Variable.own("kommune", "text"),
                 Variable.own("tidspunkt", "datetime"), Variable.own("minutter", "integer"),
                 Variable.own("sted", "text")]
    if include_names:
        variables.append(Variable.own("med", "text"))
    variables.append(Variable.own("notat", "text"))
    def row(a: records.Record) -> list:
        personal = [a.get("with")] if include_names else []
        return [a.id, a.municipality, places[a.municipality].name, _moment(a.get("at")), a.get("minutes"),
                a.get("place"), *personal, a.get("note")]

    return Table("avtaler", variables, _rows(store, "appointment", f, places, row))
