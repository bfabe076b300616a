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
    texts = []
    for n, (value, stamp, _device, who) in enumerate(c.values):
        if question:
            shown = display_value(question, value, i18n.current_language())
        else:
            shown = special.get(value, json.dumps(value, ensure_ascii=False))
        text = QCoreApplication.translate("ConflictsView", "«{value}» – {who}, {when}").format(
            value=shown or "–", who=who, when=dates.format_timestamp(hlc.iso(stamp)))
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
