"""The choices above the *Sitater* list, filled from the study (municipalities, counties, classes, the rural
definition, the guide's informant roles, coordinators, themes, schemes, quote or note), each keeping what was
chosen; the dates typed, and what is wrong with them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from core.base import dates
from core.interviews import coordinators, themes
from core.reference import guide_library, registry, schemes, study
from core.reference.registry import CENTRALITY_CLASSES
from ui.support import i18n
from ui.support.widgets import colour_icon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

    from core.interviews.quotes import QuoteFilter
    from core.storage.store import Store
    from ui.views.quotes_view import QuotesView


def fill(view: QuotesView, store: Store) -> None:
    """Fill the view's combo boxes anew (after the settings, the schemes or the themes changed), keeping each
    choice; the list's names of roles, schemes and themes with them."""
    settings = study.load(store)
    lang = i18n.current_language()
    keep = [c.currentData() for c in view.combos]
    for combo in view.combos:
        combo.blockSignals(True)
        combo.clear()
    view.municipality.addItem(QCoreApplication.translate("QuotesView", "All municipalities"), None)
    for m in registry.municipalities(store, settings.registry_version):  # by name, æ ø å after z
        view.municipality.addItem(m.name, m.number)
    view.county.addItem(QCoreApplication.translate("QuotesView", "All counties"), None)
    for c in registry.counties(store, settings.registry_version):
        view.county.addItem(c.name, c.number)
    view.centrality.addItem(QCoreApplication.translate("QuotesView", "All classes"), None)
    for k in CENTRALITY_CLASSES:
        view.centrality.addItem(str(k), k)
    classes = settings.rural_definition.classes
    view.rural.addItem(QCoreApplication.translate("QuotesView", "All"), None)
    view.rural.addItem(QCoreApplication.translate("QuotesView", "Rural (class {c})").format(
        c=f"{min(classes)}-{max(classes)}"), True)
    view.rural.addItem(QCoreApplication.translate("QuotesView", "Central"), False)
    roles = {c.value: c.label(lang) for c in guide_library.current(store).question("informants").choices}
    view.role.addItem(QCoreApplication.translate("QuotesView", "All"), None)
    for code, label in roles.items():
        view.role.addItem(label, code)
    view.coordinator.addItem(QCoreApplication.translate("QuotesView", "All"), None)
    for name in coordinators(store):
        view.coordinator.addItem(name, name)
    theme_list = themes.list_themes(store)
    view.theme.addItem(QCoreApplication.translate("QuotesView", "All themes"), None)
    view.theme.addItem(QCoreApplication.translate("QuotesView", "Without a theme"), "")
    for t in theme_list:
        view.theme.addItem(colour_icon(t.colour), ("    " if t.parent else "") + t.name, t.id)
    scheme_list = schemes.list_schemes(store)
    view.scheme.addItem(QCoreApplication.translate("QuotesView", "All schemes"), None)
    view.scheme.addItem(QCoreApplication.translate("QuotesView", "No scheme (notes and quotes)"), "")
    for s in scheme_list:
        view.scheme.addItem(s.name(lang), s.code)
    view.kind.addItem(QCoreApplication.translate("QuotesView", "Quotes and notes"), None)
    view.kind.addItem(QCoreApplication.translate("QuotesView", "Quotes"), "quote")
    view.kind.addItem(QCoreApplication.translate("QuotesView", "Notes and comments"), "note")
    for combo, value in zip(view.combos, keep):
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.blockSignals(False)
    view.model.set_names(roles, {s.code: s.name(lang) for s in scheme_list}, {t.id: t.name for t in theme_list})


def date_typed(edit: QLineEdit) -> str | None:
    """The date typed (ISO), None when empty or not a date (the field then framed in red)."""
    try:
        value = dates.parse(edit.text())
    except ValueError:
        value, ok = None, False
    else:
        ok = True
    edit.setStyleSheet("" if ok else "QLineEdit { border: 2px solid #D55E00; }")
    edit.setToolTip("" if ok else QCoreApplication.translate(
        "QuotesView", "Not a date: write it as dd.mm.yyyy, for example 01.03.2026"))
    return value


def date_problem(view: QuotesView, f: QuoteFilter) -> str:
    """What is wrong with the dates typed ('' when nothing): not a date, or a period that ends before it begins."""
    for edit in (view.date_from, view.date_to):
        try:
            dates.parse(edit.text())
        except ValueError:
            return QCoreApplication.translate("QuotesView", "«{text}» is not a date: write it as dd.mm.yyyy; it is "
                                              "left out of the filter.").format(text=edit.text().strip())
    if f.date_from and f.date_to and f.date_from > f.date_to:
        return QCoreApplication.translate("QuotesView", "«Until» ({last}) is before «From» ({first}): no text is "
                                          "shown.").format(first=dates.format(f.date_from),
                                                           last=dates.format(f.date_to))
    return ""
