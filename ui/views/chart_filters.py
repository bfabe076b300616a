"""The choices above and beside the charts, filled from the study: counties, coordinators, the groupings (the
study's rural definition first) and the map's colours, each keeping what was chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from core import interviews as iv
from core.reference import registry, study
from core.reference import schemes as scheme_catalogue
from core.reference.registry import RuralDefinition
from ui.support import i18n

if TYPE_CHECKING:
    from core.storage.store import Store
    from ui.views.charts_view import ChartsView


def fill(view: ChartsView, store: Store) -> None:
    """Fill the view's combo boxes anew (after the settings or the schemes changed), keeping each choice."""
    settings = study.load(store)
    combos = (view.county, view.coordinator, view.grouping, view.colour_by)
    keep = [c.currentData() for c in combos]
    for combo in combos:
        combo.blockSignals(True)
        combo.clear()
    view.county.addItem(QCoreApplication.translate("ChartsView", "All counties"), None)
    for c in registry.counties(store, settings.registry_version):
        view.county.addItem(c.name, c.number)
    view.coordinator.addItem(QCoreApplication.translate("ChartsView", "All"), None)
    for name in iv.coordinators(store):
        view.coordinator.addItem(name, name)
    own = settings.rural_definition  # the study's definition first
    other = RuralDefinition.KDD if own is RuralDefinition.DISTRIKTSSENTERET else RuralDefinition.DISTRIKTSSENTERET
    for definition in (own, other):
        view.grouping.addItem(QCoreApplication.translate("ChartsView", "Rural {c} / central").format(c=definition.value),
                              definition.value)
    view.grouping.addItem(QCoreApplication.translate("ChartsView", "All six classes"), "classes")
    view.grouping.setToolTip(QCoreApplication.translate(
        "ChartsView", "Rural (distriktskommuner): centrality classes {c} in this study's settings; the other definition "
        "in use, or all six classes side by side, for comparison").format(c=own.value))
    view.colour_by.addItem(QCoreApplication.translate("ChartsView", "Interviewed or not"), None)
    for s in scheme_catalogue.list_schemes(store, include_inactive=False):
        name = s.name(i18n.current_language())
        view.colour_by.addItem(QCoreApplication.translate("ChartsView", "Took part in {scheme}").format(scheme=name),
                               s.code)
    for combo, value in zip(combos, keep):
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.blockSignals(False)
