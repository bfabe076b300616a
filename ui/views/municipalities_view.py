"""*Kommuner*: the study's municipalities, filtered as you type, with a detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.reference import registry, study
from core.reference.registry import CENTRALITY_INTERVALS, Municipality
from core.storage.store import Store
from ui.models.municipality_model import (
    COL_CLASS,
    COL_COUNTY,
    COL_NAME,
    COL_NUMBER,
    COL_POPULATION,
    COL_RURAL,
    MunicipalityFilterProxy,
    MunicipalityTableModel,
)
from ui.support import i18n
from ui.support.tables import configure_table


class MunicipalitiesView(QWidget):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("municipalitiesView")
        self._store = store
        self._population_year = 0

        self.search = QLineEdit()
        self.search.setObjectName("municipalitySearch")
        self.search.setPlaceholderText(self.tr("Search by name or number"))
        self.search.setClearButtonEnabled(True)
        self.county = QComboBox()
        self.county.setObjectName("countyFilter")
        self.centrality = QComboBox()
        self.centrality.setObjectName("classFilter")
        self.rural = QComboBox()
        self.rural.setObjectName("ruralFilter")
        self.count_label = QLabel()
        self.count_label.setObjectName("municipalityCount")

        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        for text, combo in (
            (self.tr("C&ounty:"), self.county),
            (self.tr("C&lass:"), self.centrality),
            (self.tr("&Rural:"), self.rural),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)

        self.model = MunicipalityTableModel(self)
        self.proxy = MunicipalityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("municipalityTable")
        self.table.setModel(self.proxy)
        configure_table(
            self.table,
            COL_NAME,
            {COL_NUMBER: "0000", COL_COUNTY: "Møre og Romsdal", COL_CLASS: "6", COL_RURAL: "Nei", COL_POPULATION: "000 000"},
        )
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)

        self._build_detail()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("municipalitySplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([720, 300])  # room for long multilingual names; the user's sizes are restored

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)

        self._connect()
        self.search.returnPressed.connect(self.table.setFocus)

        self.refresh()


    def _build_detail(self) -> None:
        """The pane on the right: the selected municipality and the registry's source."""
        self.detail = QGroupBox(self.tr("Selected municipality"))
        self.detail.setObjectName("municipalityDetail")
        form = QFormLayout(self.detail)
        self._detail_labels: dict[str, QLabel] = {}
        for key, text in (
            ("number", self.tr("Number")),
            ("name", self.tr("Name")),
            ("county", self.tr("County")),
            ("class", self.tr("Centrality class")),
            ("rural", self.tr("Rural municipality")),
            ("population", self.tr("Population")),
            ("point", self.tr("Position")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._detail_labels[key] = label
            form.addRow(text, label)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setObjectName("registrySource")
        form.addRow(self.source_label)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_text)
        self.county.currentIndexChanged.connect(lambda _: self._apply_combo_filters())
        self.centrality.currentIndexChanged.connect(lambda _: self._apply_combo_filters())
        self.rural.currentIndexChanged.connect(lambda _: self._apply_combo_filters())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_detail(cur))
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        """Reload from the store (after a change of study settings)."""
        settings = study.load(self._store)
        version = settings.registry_version
        info = registry.info(self._store, version)
        self._population_year = info.population_year
        self.model.set_rows(registry.municipalities(self._store, version), settings.rural_definition)
        self._fill_combos(version, settings.rural_definition)
        self.source_label.setText(
            self.tr("Registry {version}: {structure}. Source: {attribution}").format(
                version=version,
                structure=info.structure(i18n.current_language()),
                attribution=info.attribution(i18n.current_language()),
            )
        )
        self._apply_combo_filters()
        self._update_count()
        self._show_detail(self.table.currentIndex())

    def _fill_combos(self, version: int, rural_definition) -> None:
        keep = (self.county.currentData(), self.centrality.currentData(), self.rural.currentData())
        for combo in (self.county, self.centrality, self.rural):
            combo.blockSignals(True)
            combo.clear()
        self.county.addItem(self.tr("All counties"), None)
        for c in registry.counties(self._store, version):
            self.county.addItem(f"{c.name} ({c.number})", c.number)
        self.centrality.addItem(self.tr("All classes"), None)
        for k, (low, high) in CENTRALITY_INTERVALS.items():
            self.centrality.addItem(self.tr("{k} (index {low}-{high})").format(k=k, low=low, high=high), k)
        classes = "-".join(str(c) for c in (min(rural_definition.classes), max(rural_definition.classes)))
        self.rural.addItem(self.tr("All"), None)
        self.rural.addItem(self.tr("Rural (class {classes})").format(classes=classes), True)
        self.rural.addItem(self.tr("Central (the others)"), False)
        for combo, value in zip((self.county, self.centrality, self.rural), keep):
            i = combo.findData(value)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)

    def _on_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._select_first_if_none()

    def _apply_combo_filters(self) -> None:
        self.proxy.set_county(self.county.currentData())
        self.proxy.set_centrality_class(self.centrality.currentData())
        self.proxy.set_rural(self.rural.currentData())
        self._select_first_if_none()

    def _select_first_if_none(self) -> None:
        if not self.table.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _update_count(self, *args) -> None:
        self.count_label.setText(
            self.tr("Showing {shown} of {total} municipalities").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def select_county(self, county_number: str) -> None:
        i = self.county.findData(county_number)
        if i >= 0:
            self.county.setCurrentIndex(i)

    def _show_detail(self, proxy_index) -> None:
        labels = self._detail_labels
        if not proxy_index.isValid():
            for label in labels.values():
                label.setText("–")
            return
        m: Municipality = self.model.municipality(self.proxy.mapToSource(proxy_index).row())
        loc = i18n.locale()
        low, high = CENTRALITY_INTERVALS[m.centrality_class]
        labels["number"].setText(m.number)
        labels["name"].setText(m.name)
        labels["county"].setText(f"{m.county_name} ({m.county_number})")
        labels["class"].setText(
            self.tr("{k} of 6 (SSB index {low}-{high}; 1 is most central)").format(
                k=m.centrality_class, low=low, high=high
            )
        )
        definition = self.model.rural_definition
        classes = f"{min(definition.classes)}-{max(definition.classes)}"
        labels["rural"].setText(
            (self.tr("Yes") if self.model.is_rural(m) else self.tr("No"))
            + " "
            + self.tr("(rural = centrality class {classes})").format(classes=classes)
        )
        labels["population"].setText(
            self.tr("{n} (1 January {year})").format(n=loc.toString(m.population), year=self._population_year)
        )
        if m.latitude is None:
            labels["point"].setText(self.tr("Not in this registry (points come with the 2024 registry)"))
        else:
            labels["point"].setText(
                self.tr("{lat}° N, {lon}° E").format(lat=loc.toString(m.latitude, "f", 4), lon=loc.toString(m.longitude, "f", 4))
            )
