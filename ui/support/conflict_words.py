"""How a conflict and a possible duplicate are named, the same in the Konflikter view and in the merge report:
the municipality, the date, the question, and each value with who and when."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from core import interviews as iv
from core.base import dates
from core.base.errors import NotFoundError
from core.model import hlc
from core.model.guide import display_value
from core.reference import guide_library
from core.reference import schemes as scheme_catalogue
from core.storage.store import Store
from core.sync import conflicts as cf
from ui.support import i18n


def question_label(store: Store, c: cf.Conflict) -> tuple[str, object]:
    """The conflict's question in words (with the scheme's name for a per-scheme one), and the question."""
    lang = i18n.current_language()
    got = iv.get(store, c.interview_id)
    guide = guide_library.get(store, got.guide_id, got.guide_version)
    if c.field.startswith("_"):
        special = {"_status": QCoreApplication.translate("ConflictsView", "Status"),
                   "_deleted": QCoreApplication.translate("ConflictsView", "In the trash")}
        return special.get(c.field, c.field), None
    question = guide.question(c.field)
    label = question.label(lang)
    if c.scheme:  # the scheme's name, as in the form (the code if the catalogue has lost it)
        try:
            label += f" – {scheme_catalogue.get(store, c.scheme).name(lang)}"
        except NotFoundError:
            label += f" – {c.scheme}"
    return label, question


def heading(store: Store, c: cf.Conflict, label: str | None = None) -> str:
    """Municipality, date and question (``label``, when the caller has it): which answer the conflict is
    about."""
    summary = iv.get(store, c.interview_id).summary
    label = label if label is not None else question_label(store, c)[0]
    return f"{summary.municipality_name} {dates.format(summary.interview_date)}: {label}"


def value_texts(c: cf.Conflict, question) -> list[str]:
    """Each value of the conflict in words, with who and when; the one in use now first, and said so."""
    special = {"draft": QCoreApplication.translate("ConflictsView", "Draft"),
               "complete": QCoreApplication.translate("ConflictsView", "Complete"),
               True: QCoreApplication.translate("ConflictsView", "In the trash"),
               False: QCoreApplication.translate("ConflictsView", "Not deleted")}
    if question:
        return with_who_and_when(c.values, lambda v: display_value(question, v, i18n.current_language()))
    return with_who_and_when(c.values, lambda v: special.get(v, json.dumps(v, ensure_ascii=False)))


def with_who_and_when(values, shown) -> list[str]:
    """Each value (as ``shown`` words it) with who and when; the one in use now first, and said so."""
    texts = []
    for n, (value, stamp, _device, who) in enumerate(values):
        text = QCoreApplication.translate("ConflictsView", "«{value}» – {who}, {when}").format(
            value=shown(value) or "–", who=who, when=dates.format_timestamp(hlc.iso(stamp)))
        if n == 0:
            text += " " + QCoreApplication.translate("ConflictsView", "(in use now)")
        texts.append(text)
    return texts


def duplicate_text(store: Store, first: str, second: str) -> str:
    """A pair of possible duplicates in words: municipality, date, and each one's coordinator and status."""
    one, two = iv.get(store, first).summary, iv.get(store, second).summary
    status = {iv.DRAFT: QCoreApplication.translate("ConflictsView", "draft"),
              iv.COMPLETE: QCoreApplication.translate("ConflictsView", "complete")}
    return QCoreApplication.translate("ConflictsView", "{municipality} {date}: first {a} ({sa}), second {b} ({sb})").format(
        municipality=one.municipality_name, date=dates.format(one.interview_date), a=one.coordinator,
        sa=status.get(one.status, one.status), b=two.coordinator, sb=status.get(two.status, two.status))


def _fieldwork_field(field: str) -> str:
    labels = {
        "coordinator": QCoreApplication.translate("ConflictsView", "Coordinator"),
        "in_sample": QCoreApplication.translate("ConflictsView", "In the sample"),
        "at": QCoreApplication.translate("ConflictsView", "When"),
        "channel": QCoreApplication.translate("ConflictsView", "Channel"),
        "role": QCoreApplication.translate("ConflictsView", "Whom (role)"),
        "name": QCoreApplication.translate("ConflictsView", "Name"),
        "contact": QCoreApplication.translate("ConflictsView", "Contact"),
        "outcome": QCoreApplication.translate("ConflictsView", "Outcome"),
        "final": QCoreApplication.translate("ConflictsView", "Final"),
        "note": QCoreApplication.translate("ConflictsView", "Note"),
        "next_step": QCoreApplication.translate("ConflictsView", "Next step"),
        "next_due": QCoreApplication.translate("ConflictsView", "Due"),
        "minutes": QCoreApplication.translate("ConflictsView", "Length (minutes)"),
        "place": QCoreApplication.translate("ConflictsView", "Place or link"),
        "with": QCoreApplication.translate("ConflictsView", "With whom"),
        "_deleted": QCoreApplication.translate("ConflictsView", "Removed"),
    }
    return labels.get(field, field)


def fieldwork_heading(store: Store, c) -> str:
    """A conflict of the fieldwork (``core.fieldwork.records.FieldConflict``) in words: the municipality, what
    (its sample and assignment, an attempt or an appointment and its time) and the field."""
    from core.fieldwork import contacts, records

    name = contacts.municipality_name(store, c.municipality) if c.municipality else ""
    if c.kind == "sample":
        what = QCoreApplication.translate("ConflictsView", "How the sample was made")
    elif c.kind == "municipality":
        what = QCoreApplication.translate("ConflictsView", "{name}: sample and assignment").format(name=name)
    else:
        at = records.get(store, c.record_id).get("at", "")
        when = dates.format_moment(at)
        what = (QCoreApplication.translate("ConflictsView", "{name}: contact attempt {when}") if c.kind == "attempt"
                else QCoreApplication.translate("ConflictsView", "{name}: appointment {when}")).format(
            name=name, when=when)
    return f"{what}: {_fieldwork_field(c.field)}"


def fieldwork_value_texts(c) -> list[str]:
    """Each value of a fieldwork conflict in words, with who and when; the one in use now first."""
    from core.base.words import word

    lang = i18n.current_language()

    def shown(value) -> str:
        if c.field == "_deleted":
            return (QCoreApplication.translate("ConflictsView", "Removed") if value else
                    QCoreApplication.translate("ConflictsView", "Kept, with the other laptop's changes"))
        if value is None or value == "":
            return ""
        if c.field in ("outcome", "channel"):
            return word(f"{c.field}.{value}", lang)
        if isinstance(value, bool):
            return (QCoreApplication.translate("ConflictsView", "yes") if value
                    else QCoreApplication.translate("ConflictsView", "no"))
        if c.field == "next_due":
            return dates.format(value)
        if c.field == "at":
            return dates.format_moment(value)
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    return with_who_and_when(c.values, shown)
