"""Slett personopplysninger in the window: the dialog erases nothing until the consequences are confirmed, erases
the whole study or one informant (refusing an unknown one with a message), names the backups and deletes them
only when ticked; the retention date is set in the settings and reminds once it has passed; Alt letters unique."""

from __future__ import annotations

import re
from datetime import date

import pytest

from core import interviews as iv
from core.privacy import erasure
from core.privacy.erasure import informant_id
from core.reference import study
from core.storage.store import backup_database
from tests.helpers import CONTACT, NAME, fill_required
from ui.dialogs.erase_dialog import EraseDialog
from ui.dialogs.retention_note import RetentionNote
from ui.dialogs.settings_dialog import SettingsDialog
from ui.support import i18n


@pytest.fixture
def named(configured_store):
    s = configured_store
    i = iv.create(s, "1826", "2026-03-02")
    fill_required(s, i, iv.schemes_for(s, i))
    iv.set_answer(s, i, "informants", [{"role": "kommunedirektor", "name": NAME, "contact": CONTACT},
                                       {"role": "ordforer", "name": "Per Prøvesen", "contact": ""}])
    return s, i


def clashes(dialog) -> set[str]:
    """The Alt letters used twice among the dialog's visible labels and buttons."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [w.text() for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)
             if w.isVisibleTo(dialog)]
    letters = [m.group(1).casefold() for t in texts if (m := re.search(r"&([^&\s])", t.replace("&&", "")))]
    return {x for x in letters if letters.count(x) > 1}


def _names(store, i):
    return [p["name"] for p in iv.get(store, i).answers[("informants", "")]]


def _erase(qtbot, dialog):
    dialog.confirm.setChecked(True)
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running and dialog.result.text() != "Erasing…")


def test_nothing_is_erased_until_the_consequences_are_confirmed(app, qtbot, named):
    store, i = named
    dialog = EraseDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.whole.isChecked() and not dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    assert erasure.records(store.conn) == [] and _names(store, i) == [NAME, "Per Prøvesen"]
    _erase(qtbot, dialog)
    assert _names(store, i) == [None, None] and "Erased." in dialog.result.text()
    assert dialog.close_button.text() == "Close" and not dialog.erase_button.isVisible()


def test_one_informant_from_the_interview_and_an_unknown_one_refused(app, qtbot, named):
    store, i = named
    dialog = EraseDialog(store, informant=informant_id(i, 3))
    qtbot.addWidget(dialog)
    assert dialog.one.isChecked() and dialog.informant.isEnabled()
    dialog.confirm.setChecked(True)
    dialog.erase_button.click()
    assert dialog.result.text() == "The interview has 2 informants." and dialog.task is None
    dialog.informant.setText(informant_id(i, 1))
    _erase(qtbot, dialog)
    assert _names(store, i) == [None, "Per Prøvesen"]


def test_backups_are_named_and_deleted_only_when_ticked(app, qtbot, named):
    store, _i = named
    backup = backup_database(store.conn, store.path, "before-merge")
    dialog = EraseDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remove_backups.isVisible() and not dialog.remove_backups.isChecked()
    assert any(str(backup) in label.text() for label in dialog.findChildren(type(dialog.result)))
    _erase(qtbot, dialog)
    assert backup.exists() and str(backup) in dialog.result.text()
    again = EraseDialog(store)
    qtbot.addWidget(again)
    again.remove_backups.setChecked(True)
    _erase(qtbot, again)
    assert not backup.exists()


def test_the_retention_date_is_set_in_the_settings_and_reminds_once_passed(app, qtbot, named):
    store, _i = named
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.form.retention_date() is None
    dialog.form.retention.setDate(date(2026, 12, 1))
    dialog.accept()
    assert study.retention_date(store) == date(2026, 12, 1)
    note = RetentionNote(store, today=lambda: date(2026, 11, 30))
    qtbot.addWidget(note)
    assert note.text() == "Personal data kept until 01.12.2026"
    late = RetentionNote(store, today=lambda: date(2026, 12, 2))
    qtbot.addWidget(late)
    assert late.text() == "Retention date 01.12.2026 has passed" and "Erase personal data" in late.toolTip()
    erasure.erase_personal_data(store)
    late.refresh()
    assert late.text() == "Personal data erased (retention date 01.12.2026)"  # no more reminder


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_the_alt_letters_are_unique(app, qtbot, named, lang):
    store, i = named
    backup_database(store.conn, store.path, "before-merge")  # the backups' checkbox shown too
    i18n.install(app, lang)
    dialog = EraseDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert clashes(dialog) == set()
    settings = SettingsDialog(store)
    qtbot.addWidget(settings)
    settings.show()
    assert clashes(settings) == set()


def test_an_encrypted_study_is_erased_on_the_worker_with_its_key(app, qtbot, tmp_path):
    from core.storage import crypt
    from core.workspace import open_workspace
    from tests.clocks import FakeClock

    path = tmp_path / "kryptert.sqlite"
    plain = open_workspace(path, clock=FakeClock())
    study.save(plain, study.load(plain).with_changes(study_name="Studie", coordinator_name="Kari"))
    i = iv.create(plain, "1826", "2026-03-02")
    iv.set_answer(plain, i, "informants", [{"role": "kommunedirektor", "name": NAME, "contact": CONTACT}])
    plain.close()
    crypt.encrypt(path, "korrekt hest batteri stift")
    store = open_workspace(path, clock=FakeClock(), passphrase="korrekt hest batteri stift")
    try:
        dialog = EraseDialog(store)
        qtbot.addWidget(dialog)
        _erase(qtbot, dialog)
        assert "Erased." in dialog.result.text(), dialog.result.text()
        assert _names(store, i) == [None] and len(erasure.records(store.conn)) == 1
    finally:
        store.close()
