"""The theme editor: add, rename, describe, colour, one level of sub-themes; an empty or a taken name said beside
the field; deleting a theme in use asks what becomes of its markings (moved, or removed and the passages left
without a theme unmarked); the guide's barriers and measures added once; keys; Alt letters in three languages."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QColorDialog, QDialogButtonBox, QLabel

from core.interviews import passages, themes
from tests.helpers import make_interview
from tests.ui.modal import answer, click
from ui.dialogs.theme_choice_dialog import ThemeChoiceDialog
from ui.dialogs.theme_delete_dialog import ThemeDeleteDialog
from ui.dialogs.theme_edit_dialog import ThemeEditDialog
from ui.dialogs.themes_dialog import ThemesDialog
from ui.support import i18n

TEXT = "Vi har ikke folk til å søke, og fristene er for korte for en liten kommune 🙏."


@pytest.fixture
def marked(store):
    """Two interviews with passages: «Kapasitet» on three (two of them its only theme), «Frister» on one."""
    a = make_interview(store, "1826", "2026-03-02", [("quotes", "", TEXT)], status="draft")
    b = make_interview(store, "1832", "2026-03-03", [("notes", "", TEXT)], status="draft")
    capacity, deadlines = themes.create_theme(store, "Kapasitet"), themes.create_theme(store, "Frister")
    alone = [passages.mark(store, a, "quotes", "", 0, 10, [capacity]),
             passages.mark(store, b, "notes", "", 0, 10, [capacity])]
    shared = passages.mark(store, a, "quotes", "", 30, 50, [capacity, deadlines])
    return store, capacity, deadlines, alone, shared


def test_a_new_theme_with_description_colour_and_parent(app, qtbot, store, monkeypatch):
    top = themes.create_theme(store, "Barrierer")
    dialog = ThemeEditDialog(store)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123abc"))
    dialog.name.setText("  Korte frister ")
    dialog.description.setPlainText("Fristene for søknader er for korte")
    dialog.colour_button.click()
    assert dialog.colour_button.text().startswith("#123ABC")
    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findData(top))
    dialog.accept()
    assert dialog.result() == ThemeEditDialog.DialogCode.Accepted
    made = themes.get_theme(store, dialog.result_id)
    assert (made.name, made.description, made.colour, made.parent) == (
        "Korte frister", "Fristene for søknader er for korte", "#123abc", top)


def test_an_empty_or_taken_name_is_said_beside_the_field(app, qtbot, store):
    themes.create_theme(store, "Kapasitet")
    dialog = ThemeEditDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.name_error.isVisible()
    assert dialog.name_error.text() == "A theme needs a name."
    dialog.name.setText(" KAPASITET")
    dialog.accept()
    assert dialog.isVisible() and dialog.name_error.text() == "There is already a theme called «KAPASITET»."
    assert [t.name for t in themes.list_themes(store)] == ["Kapasitet"]
    dialog.name.setText("Kompetanse")
    dialog.accept()
    assert not dialog.isVisible() and not dialog.name_error.isVisibleTo(dialog)


def test_editing_renames_and_keeps_one_level_of_sub_themes(app, qtbot, store):
    top, other = themes.create_theme(store, "Barrierer"), themes.create_theme(store, "Tiltak")
    sub = themes.create_theme(store, "Frister", parent=top)
    dialog = ThemeEditDialog(store, themes.get_theme(store, top))
    qtbot.addWidget(dialog)
    assert not dialog.parent_combo.isEnabled()  # it has a sub-theme: it stays a main theme
    dialog.name.setText("Hindringer")
    dialog.accept()
    assert themes.get_theme(store, top).name == "Hindringer"
    child = ThemeEditDialog(store, themes.get_theme(store, sub))
    qtbot.addWidget(child)
    offered = [child.parent_combo.itemData(n) for n in range(child.parent_combo.count())]
    assert offered == [None, top, other]  # the main themes, not itself
    child.parent_combo.setCurrentIndex(0)
    child.accept()
    assert themes.get_theme(store, sub).parent is None


def test_the_guides_barriers_and_measures_are_added_once(app, qtbot, store):
    dialog = ThemesDialog(store)
    qtbot.addWidget(dialog)
    dialog.starting_button.click()
    made = len(themes.list_themes(store))
    assert made > 10 and dialog.changed
    assert dialog.message.text() == f"{made} themes added from the interview guide."
    assert {dialog.tree.topLevelItem(n).text(0) for n in range(dialog.tree.topLevelItemCount())} == {
        "Barriers", "Measures"}
    assert dialog.tree.topLevelItem(0).childCount() > 3
    dialog.starting_button.click()
    assert len(themes.list_themes(store)) == made
    assert "nothing was added" in dialog.message.text()


def test_the_list_counts_passages_and_enter_edits_without_closing(app, qtbot, marked):
    store, capacity, deadlines, *_ = marked
    dialog = ThemesDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = {dialog.tree.topLevelItem(n).text(0): dialog.tree.topLevelItem(n).text(1)
            for n in range(dialog.tree.topLevelItemCount())}
    assert rows == {"Kapasitet": "3", "Frister": "1"}
    dialog.tree.setFocus()
    seen = []

    def rename(edit):
        seen.append(edit.name.text())
        edit.name.setText("Bemanning")
        edit.accept()

    answer([rename])
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert seen == ["Frister"] and dialog.isVisible()  # the first by name; Enter did not close the list
    assert {t.name for t in themes.list_themes(store)} == {"Bemanning", "Kapasitet"}
    assert dialog.tree.currentItem().text(0) == "Bemanning" and dialog.message.text() == "Theme saved."


def test_deleting_a_theme_nobody_uses_asks_first(app, qtbot, store):
    lone = themes.create_theme(store, "Ubrukt")
    dialog = ThemesDialog(store)
    qtbot.addWidget(dialog)
    texts = []
    answer([lambda box: (texts.append(box.text()), click("Cancel")(box))])
    dialog.delete_current()
    assert themes.list_themes(store)[0].id == lone
    assert texts == ["Delete the theme «Ubrukt»? No passage is marked with it."]
    answer([click("Delete")])
    dialog.delete_current()
    assert themes.list_themes(store) == [] and dialog.message.text() == "The theme «Ubrukt» is deleted."


def test_a_theme_in_use_moves_its_markings(app, qtbot, marked):
    store, capacity, deadlines, alone, shared = marked
    use = themes.use_of(store, capacity)
    dialog = ThemeDeleteDialog(store, themes.get_theme(store, capacity), use)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "«Kapasitet» is given to 3 passages in 2 interviews."
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.move.isChecked() and not dialog.remove.isChecked() and not ok.isEnabled()  # asked, not assumed
    dialog.accept()
    assert dialog.isVisible() and len(themes.list_themes(store)) == 2
    dialog.move.setChecked(True)
    assert ok.isEnabled() and dialog.target.currentData() == deadlines
    dialog.accept()
    assert [t.id for t in themes.list_themes(store)] == [deadlines]
    assert all(passages.get_passage(store, p).theme_ids == (deadlines,) for p in [*alone, shared])


def test_a_theme_in_use_removes_its_markings_and_unmarks_what_is_left_without_a_theme(app, qtbot, marked):
    store, capacity, deadlines, alone, shared = marked
    dialog = ThemeDeleteDialog(store, themes.get_theme(store, capacity), themes.use_of(store, capacity))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.remove.setChecked(True)
    assert dialog.unmark.isEnabled() and dialog.unmark.isChecked() and "(2)" in dialog.unmark.text()
    assert not dialog.target.isEnabled()
    dialog.accept()
    assert passages.get_passage(store, shared).theme_ids == (deadlines,)
    for p in alone:
        with pytest.raises(Exception):
            passages.get_passage(store, p)


def test_removing_markings_can_keep_the_passages(app, qtbot, marked):
    store, capacity, deadlines, alone, shared = marked
    dialog = ThemeDeleteDialog(store, themes.get_theme(store, capacity), themes.use_of(store, capacity))
    qtbot.addWidget(dialog)
    dialog.remove.setChecked(True)
    dialog.unmark.setChecked(False)
    dialog.accept()
    assert [passages.get_passage(store, p).theme_ids for p in alone] == [(), ()]  # kept, said in the dialog


def test_deleting_from_the_list_opens_the_question_for_a_theme_in_use(app, qtbot, marked):
    store, capacity, *_ = marked
    dialog = ThemesDialog(store)
    qtbot.addWidget(dialog)
    dialog.refresh(capacity)
    seen = []
    answer([lambda d: (seen.append(type(d).__name__), d.reject())])
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)
    assert seen == ["ThemeDeleteDialog"] and capacity in {t.id for t in themes.list_themes(store)}


def test_the_choice_of_themes_adds_and_checks_a_theme(app, qtbot, store):
    dialog = ThemeChoiceDialog(store, "noen ord")
    qtbot.addWidget(dialog)
    assert dialog.theme_ids() == []
    dialog.new_name.setText("Kapasitet i små kommuner")
    dialog.add_theme()
    new = next(t.id for t in themes.list_themes(store) if t.name == "Kapasitet i små kommuner")
    assert dialog.theme_ids() == [new]
    dialog.new_name.setText("kapasitet i små kommuner ")
    dialog.add_theme()
    assert dialog.error.isVisibleTo(dialog) and dialog.theme_ids() == [new]
    again = ThemeChoiceDialog(store, "noen ord", checked={new})
    qtbot.addWidget(again)
    assert again.theme_ids() == [new]


def letters(widget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel)
             if w.isVisibleTo(widget)]
    return [m.group(1).casefold() for t in texts if (m := re.search(r"(?<!&)&([^&\s])", t.replace("&&", "")))]


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_every_alt_letter_of_the_theme_dialogs_is_its_own(app, qtbot, marked, lang):
    store, capacity, *_ = marked
    i18n.install(app, lang)
    for make in (lambda: ThemesDialog(store), lambda: ThemeEditDialog(store, themes.get_theme(store, capacity)),
                 lambda: ThemeDeleteDialog(store, themes.get_theme(store, capacity), themes.use_of(store, capacity)),
                 lambda: ThemeChoiceDialog(store, "noen ord")):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        found = letters(dialog)
        assert len(found) >= 3 and sorted({x for x in found if found.count(x) > 1}) == [], (type(dialog), found)
        dialog.close()


def test_the_dialogs_speak_norwegian(app, qtbot, marked):
    store, capacity, *_ = marked
    i18n.install(app, "nb")
    dialog = ThemesDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Temaer" and dialog.starting_button.text().startswith("Legg til")
    i18n.install(app, "nn")
    delete = ThemeDeleteDialog(store, themes.get_theme(store, capacity), themes.use_of(store, capacity))
    qtbot.addWidget(delete)
    assert delete.summary.text() == "«Kapasitet» er gitt til 3 utdrag i 2 intervju."
