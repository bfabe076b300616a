"""Scheme, welcome and settings dialogs, driven by the keyboard as a coordinator would."""

from PySide6.QtWidgets import QMessageBox

from core.reference import schemes, study
from core.reference.registry import RuralDefinition
from ui.dialogs.scheme_dialog import SchemeDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.welcome_dialog import WelcomeDialog
from ui.views.schemes_view import SchemesView


def fill(qtbot, dialog, **values):
    for name, text in values.items():
        edit = dialog.fields[name]
        edit.clear()
        qtbot.keyClicks(edit, text)
        edit.editingFinished.emit()


def test_new_scheme_dialog_shows_errors_and_saves_nothing_until_valid(app, qtbot, store):
    dialog = SchemeDialog(store)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, code="DigiFin", name_nb="Dobbel", name_en="Double", owner="KS", start_year="17")
    dialog.accept()
    assert dialog.result() == 0 and dialog.result_scheme is None
    assert dialog.errors["code"].text() == "This code is already in use."
    assert dialog.errors["start_year"].text() == "A year from 1950 to next year."
    assert not dialog.errors["owner"].isVisible()
    fill(qtbot, dialog, code="kommuneloftet", start_year="2019")
    dialog.accept()
    assert dialog.result_scheme is not None and dialog.result_scheme.code == "kommuneloftet"
    assert schemes.get(store, "kommuneloftet").start_year == 2019


def test_start_year_must_be_a_number(app, qtbot, store):
    dialog = SchemeDialog(store)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, code="abc", name_nb="A", name_en="A", owner="B", start_year="i fjor")
    dialog.accept()
    assert dialog.errors["start_year"].text() == "A whole number, such as 2017."
    assert "abc" not in schemes.all_codes(store)


def test_edit_keeps_the_code(app, qtbot, store):
    dialog = SchemeDialog(store, schemes.get(store, "stimulab"))
    qtbot.addWidget(dialog)
    assert dialog.fields["code"].isReadOnly()
    fill(qtbot, dialog, owner="Digdir og DOGA")
    dialog.accept()
    assert schemes.get(store, "stimulab").owner == "Digdir og DOGA"


def test_schemes_view_deactivates_and_refuses_to_delete_a_used_scheme(app, qtbot, store, monkeypatch):
    view = SchemesView(store)
    qtbot.addWidget(view)
    row = view.model.row_of("digifin")
    view.table.selectRow(view.proxy.mapFromSource(view.model.index(row, 0)).row())
    assert view.current_scheme().code == "digifin"
    with qtbot.waitSignal(view.sig_schemes_changed):
        view.toggle_button.click()
    assert not schemes.get(store, "digifin").active
    assert view.model.scheme(view.model.row_of("digifin")).active is False
    assert view.toggle_button.text() == "&Reactivate"

    store.db.execute("CREATE TABLE answers_probe (id INTEGER PRIMARY KEY, scheme TEXT REFERENCES schemes(code))")
    store.db.execute("INSERT INTO answers_probe (scheme) VALUES ('digifin')")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: next(b for b in box.buttons() if b.text() == "Delete").click())
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    view.delete_current()
    assert shown and "cannot be deleted" in shown[0]
    assert "digifin" in [s.code for s in schemes.list_schemes(store)]


def test_welcome_saves_the_study(app, qtbot, store):
    dialog = WelcomeDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.form.study_name.text()  # a sensible default
    dialog.form.coordinator_name.clear()
    qtbot.keyClicks(dialog.form.coordinator_name, "Ola Nordmann")
    dialog.form.rural.setCurrentIndex(dialog.form.rural.findData("4-6"))
    dialog.accept()
    s = study.load(store)
    assert s.configured and s.coordinator_name == "Ola Nordmann" and s.rural_definition is RuralDefinition.KDD


def test_welcome_refuses_an_empty_coordinator(app, qtbot, store):
    dialog = WelcomeDialog(store)
    qtbot.addWidget(dialog)
    dialog.form.coordinator_name.clear()
    dialog.accept()
    assert dialog.result() == 0
    assert "Coordinator: Required." in dialog.form.error.text()
    assert not study.load(store).configured


def test_settings_dialog_saves_study_and_language(app, qtbot, configured_store):
    from ui.support import i18n

    dialog = SettingsDialog(configured_store)
    qtbot.addWidget(dialog)
    dialog.form.registry.setCurrentIndex(dialog.form.registry.findData(2020))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert study.load(configured_store).registry_version == 2020
    assert i18n.saved_language() == "en"


def test_a_study_with_interviews_shows_its_registry_as_fixed(app, qtbot, study_db):
    dialog = SettingsDialog(study_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.form.registry.isEnabled() and dialog.form.registry_note.isVisible()
    assert "recorded against this registry" in dialog.form.registry_note.text()
    assert dialog.form.registry_note.wordWrap()


def test_a_study_without_interviews_may_change_its_registry(app, qtbot, configured_store):
    dialog = SettingsDialog(configured_store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.registry.isEnabled() and not dialog.form.registry_note.isVisible()
