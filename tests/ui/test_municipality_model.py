"""The Kommuner model and its filter proxy, tested without a view."""

from PySide6.QtCore import Qt

from core.reference import registry
from core.reference.registry import RuralDefinition
from ui.models.municipality_model import (
    COL_CLASS,
    COL_NAME,
    COL_NUMBER,
    COL_POPULATION,
    COL_RURAL,
    MunicipalityFilterProxy,
    MunicipalityTableModel,
)


def build(store, rural=RuralDefinition.DISTRIKTSSENTERET):
    model = MunicipalityTableModel()
    model.set_rows(registry.municipalities(store, 2024), rural)
    proxy = MunicipalityFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def column(proxy, col):
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_rows_and_columns(app, store):
    model, proxy = build(store)
    assert model.rowCount() == 357 and model.columnCount() == 6
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Municipality"
    oslo_row = next(r for r in range(357) if model.index(r, COL_NUMBER).data() == "0301")
    assert model.index(oslo_row, COL_CLASS).data() == "1"
    assert model.index(oslo_row, COL_RURAL).data() == "No"


def test_sort_by_name_is_norwegian(app, store):
    _model, proxy = build(store)
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    names = column(proxy, COL_NAME)
    assert names[-1] == "Åsnes"
    last_latin = max(i for i, n in enumerate(names) if n[0] in "VWXYZ")
    oe = [i for i, n in enumerate(names) if n.startswith("Ø")]
    aa = [i for i, n in enumerate(names) if n.startswith("Å")]
    assert len(oe) == 8 and len(aa) == 9
    assert last_latin < min(oe) and max(oe) < min(aa)
    assert names.index("Bø") > names.index("Bygland")  # ø after y inside a name too


def test_sort_by_population_is_numeric(app, store):
    _model, proxy = build(store)
    proxy.sort(COL_POPULATION, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, COL_NAME).data() == "Oslo"
    assert proxy.index(1, COL_NAME).data() == "Bergen"


def test_text_filter_by_name_ignores_case_and_accents(app, store):
    _model, proxy = build(store)
    proxy.set_text("karasjok")
    assert column(proxy, COL_NAME) == ["Kárášjohka - Karasjok"]
    proxy.set_text("KARASJ")
    assert column(proxy, COL_NAME) == ["Kárášjohka - Karasjok"]
    proxy.set_text("")
    assert proxy.rowCount() == 357


def test_text_filter_by_number_prefix(app, store):
    _model, proxy = build(store)
    proxy.set_text("18")
    numbers = column(proxy, COL_NUMBER)
    assert len(numbers) == 41 and all(n.startswith("18") for n in numbers)
    proxy.set_text("0301")
    assert column(proxy, COL_NAME) == ["Oslo"]


def test_county_class_and_rural_filters_combine(app, store):
    model, proxy = build(store)
    proxy.set_county("56")
    assert proxy.rowCount() == 18
    proxy.set_centrality_class(6)
    finnmark6 = proxy.rowCount()
    proxy.set_rural(False)
    assert proxy.rowCount() == 0  # class 6 is always rural
    proxy.set_centrality_class(None)
    central = proxy.rowCount()
    proxy.set_rural(True)
    assert proxy.rowCount() + central == 18 and proxy.rowCount() >= finnmark6


def test_rural_follows_the_studys_definition(app, store):
    model, proxy = build(store, RuralDefinition.DISTRIKTSSENTERET)
    proxy.set_rural(True)
    assert proxy.rowCount() == 104 + 108
    model.set_rows(registry.municipalities(store, 2024), RuralDefinition.KDD)
    assert proxy.rowCount() == 65 + 104 + 108


def test_sorting_keeps_the_selection_on_the_same_municipality(app, qtbot, store):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    _model, proxy = build(store)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    row = column(proxy, COL_NAME).index("Bodø")
    view.selectionModel().setCurrentIndex(
        proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    proxy.sort(COL_POPULATION, Qt.SortOrder.DescendingOrder)
    current = view.currentIndex()
    assert proxy.index(current.row(), COL_NAME).data() == "Bodø"
    assert current.row() != row


def test_schemes_keep_the_catalogue_order_until_a_header_is_clicked(app, qtbot, store):
    from ui.views.schemes_view import SchemesView

    view = SchemesView(store)
    qtbot.addWidget(view)
    codes = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert codes[:3] == ["prosjektskjonn", "digifin", "stimulab"]
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    codes = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert codes == sorted(codes)
