"""How a conflict of the themes and marked passages (``core.interviews.coding.CodingConflict``) is named, in the
Konflikter view and in the merge report: the theme by its name, a passage by its interview and its words, the
field that differs, and each value with who and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core import interviews as iv
from core.base import dates
from core.base.errors import NotFoundError
from core.interviews import coding
from core.interviews.coding import CodingConflict
from core.storage.store import Store
from ui.support.conflict_words import with_who_and_when


def _theme_name(store: Store, theme_id: str) -> str:
    record = coding.record(store, theme_id)
    return (record.values.get("name") if record else None) or theme_id


def _field(store: Store, c: CodingConflict) -> str:
    if c.field == coding.DELETED:
        return QCoreApplication.translate("ConflictsView", "removed on one laptop, changed on another")
    if c.field.startswith(coding.THEME_PREFIX):
        return QCoreApplication.translate("ConflictsView", "theme «{name}»").format(
            name=_theme_name(store, c.field[len(coding.THEME_PREFIX):]))
    words = {
        "name": QCoreApplication.translate("ConflictsView", "name"),
        "description": QCoreApplication.translate("ConflictsView", "description"),
        "colour": QCoreApplication.translate("ConflictsView", "colour"),
        "parent": QCoreApplication.translate("ConflictsView", "main theme"),
        "citable": QCoreApplication.translate("ConflictsView", "citable"),
        "status": QCoreApplication.translate("ConflictsView", "needs review"),
        "start": QCoreApplication.translate("ConflictsView", "where it begins"),
        "end": QCoreApplication.translate("ConflictsView", "where it ends"),
        "text": QCoreApplication.translate("ConflictsView", "marked words"),
    }
    return words.get(c.field, c.field)


def coding_heading(store: Store, c: CodingConflict) -> str:
    """«Theme «Kapasitet»: name», or «Vadsø 02.11.2026: passage «fristene passer ikke»: citable»."""
    record = coding.record(store, c.record_id)
    values = record.values if record else {}
    if c.kind == "theme":
        subject = QCoreApplication.translate("ConflictsView", "Theme «{name}»").format(
            name=values.get("name") or c.record_id)
    else:
        words = str(values.get("text") or "")
        words = words if len(words) <= 60 else words[:60] + "…"
        try:
            summary = iv.get(store, c.interview_id).summary
            place = f"{summary.municipality_name} {dates.format(summary.interview_date)}"
        except (NotFoundError, TypeError):
            place = c.interview_id or ""
        subject = QCoreApplication.translate("ConflictsView", "{place}: passage «{words}»").format(
            place=place, words=words)
    return f"{subject}: {_field(store, c)}"


def _value(store: Store, c: CodingConflict, value) -> str:
    if c.field == coding.DELETED:
        return (QCoreApplication.translate("ConflictsView", "removed") if value
                else QCoreApplication.translate("ConflictsView", "kept, with the other laptop's change"))
    if c.field.startswith(coding.THEME_PREFIX):
        return (QCoreApplication.translate("ConflictsView", "marked with it") if value
                else QCoreApplication.translate("ConflictsView", "not marked with it"))
    if c.field == "parent":
        return _theme_name(store, value) if value else QCoreApplication.translate("ConflictsView",
                                                                                  "none (a main theme)")
    if isinstance(value, bool):
        return (QCoreApplication.translate("ConflictsView", "yes") if value
                else QCoreApplication.translate("ConflictsView", "no"))
    if c.field == "status":
        return (QCoreApplication.translate("ConflictsView", "needs review") if value == "review"
                else QCoreApplication.translate("ConflictsView", "ok"))
    return "" if value is None else str(value)


def coding_value_texts(store: Store, c: CodingConflict) -> list[str]:
    """Each value in words, with who and when; the one in use now first."""
    return with_who_and_when(c.values, lambda value: _value(store, c, value))
