"""Choosing a municipality by typing in Nytt intervju: a list of matches with number and county, Enter takes the
highlighted one, and the names people use for the municipalities of two or three official names are taken."""

from PySide6.QtCore import Qt

from core import interviews as iv
from ui.dialogs.new_interview_dialog import NewInterviewDialog
from ui.support.widgets import MunicipalityLookup


def _dialog(qtbot, store):
    dialog = NewInterviewDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.municipality.edit.setFocus()
    return dialog


def _listed(dialog) -> list[str]:
    popup = dialog.municipality.edit.completer().popup()
    model = popup.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_typing_lists_the_matches_with_number_and_county(app, qtbot, configured_store):
    dialog = _dialog(qtbot, configured_store)
    edit = dialog.municipality.edit
    popup = edit.completer().popup()
    qtbot.keyClicks(edit, "trond")
    qtbot.waitUntil(popup.isVisible)
    assert _listed(dialog) == ["Trondheim - Tråante (5001, Trøndelag)"]
    edit.clear()
    qtbot.keyClicks(edit, "karasjohka")  # without the diacritics of Kárášjohka
    qtbot.waitUntil(lambda: _listed(dialog) == ["Kárášjohka - Karasjok (5610, Finnmark)"])
    edit.clear()
    qtbot.keyClicks(edit, "herøy")  # two of that name: the county tells them apart
    qtbot.waitUntil(lambda: _listed(dialog) == ["Herøy (Møre og Romsdal) (1515)", "Herøy (Nordland) (1818)"])
    edit.clear()
    qtbot.keyClicks(edit, "5001")  # a number shows the name it stands for
    qtbot.waitUntil(lambda: _listed(dialog) == ["Trondheim - Tråante (5001, Trøndelag)"])


def test_enter_takes_the_highlighted_match(app, qtbot, configured_store):
    dialog = _dialog(qtbot, configured_store)
    edit = dialog.municipality.edit
    popup = edit.completer().popup()
    qtbot.keyClicks(edit, "guovda")
    qtbot.waitUntil(popup.isVisible)
    assert popup.currentIndex().row() == 0
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: edit.text() == "Guovdageaidnu - Kautokeino (5612)")
    assert not popup.isVisible() and dialog.isVisible()  # Enter chose the municipality, it did not create yet
    assert dialog.municipality.value() == "5612"


def test_a_name_people_use_for_a_municipality_of_several_names_is_taken(app, qtbot, configured_store):
    typed_names = (("Trondheim", "5001"), ("Kautokeino", "5612"), ("karasjok", "5610"), ("KÁRÁŠJOHKA", "5610"))
    for day, (typed, number) in enumerate(typed_names, start=1):
        dialog = NewInterviewDialog(configured_store)
        qtbot.addWidget(dialog)
        dialog.municipality.edit.setText(typed)
        dialog.date.edit.setText(f"{day}.12.2026")
        dialog.accept()
        assert dialog.created_id, (typed, dialog.error.text())
        assert iv.get(configured_store, dialog.created_id).summary.municipality == number


def test_the_error_goes_when_the_municipality_is_corrected(app, qtbot, configured_store):
    dialog = _dialog(qtbot, configured_store)
    dialog.municipality.edit.setText("Atlantis")
    dialog.accept()
    assert dialog.error.isVisible() and "Not a municipality" in dialog.error.text()
    dialog.municipality.edit.setText("Trondhei")  # not yet one
    assert dialog.error.isVisible()
    qtbot.keyClicks(dialog.municipality.edit, "m")
    qtbot.waitUntil(lambda: not dialog.error.isVisible())
    dialog.date.edit.setText("31.2.2026")
    dialog.accept()
    assert dialog.error.isVisible() and dialog.created_id is None
    dialog.date.edit.setText("1.12.26")  # a two-digit year is this century's
    qtbot.waitUntil(lambda: not dialog.error.isVisible())
    dialog.accept()
    assert iv.get(configured_store, dialog.created_id).summary.interview_date == "2026-12-01"


def test_the_same_search_wherever_a_municipality_is_chosen(app, qtbot, configured_store):
    from core.reference import registry
    from ui.dialogs.sample_dialog import ChangeSampleDialog

    lookup = MunicipalityLookup(registry.municipalities(configured_store, 2024))
    assert lookup.number("Trondheim") == "5001" and lookup.number("porsangu") == "5622"
    assert lookup.number("Herøy (Nordland) (1818)") == "1818" and lookup.number("herøy nordland") == "1818"
    adding = ChangeSampleDialog(configured_store)
    qtbot.addWidget(adding)
    adding.municipality.setText("Kautokeino")
    assert adding.number() == "5612"
