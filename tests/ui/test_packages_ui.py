"""Packages and merge from the window: writing a package, merging, the report, the Konflikter view."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core import interviews as iv
from core.reference import study
from core.sync import merge as mg
from core.sync.package import make_package
from core.workspace import open_workspace
from tests.helpers import fill_required
from ui import packages
from ui.main_window import MainWindow, View


@pytest.fixture
def two_laptops(app, qtbot, tmp_path, clock):
    a = open_workspace(tmp_path / "a.sqlite", clock=clock)  # one clock: what is done later is stamped later
    study.save(a, study.load(a).with_changes(study_name="Felles", coordinator_name="Kari"))
    interview = iv.create(a, "1826", "2026-03-02")
    fill_required(a, interview, iv.schemes_for(a, interview))
    make_package(a, tmp_path / "a0.feltkart")
    b = open_workspace(tmp_path / "b.sqlite", clock=clock)
    study.save(b, study.load(b).with_changes(study_name="B", coordinator_name="Ola"))
    window = MainWindow(b, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    yield a, b, window, interview
    a.close()
    b.close()


def test_merge_from_the_menu_shows_the_report(qtbot, two_laptops, tmp_path, monkeypatch):
    a, b, window, interview = two_laptops
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kw: ([str(tmp_path / "a0.feltkart")], ""))
    reports = []
    monkeypatch.setattr(packages.MergeReportDialog, "exec", lambda self: reports.append(self))
    window.merge_packages()
    qtbot.waitUntil(lambda: len(reports) > 0, timeout=30000)
    dialog = reports[0]
    assert "Merged 1 package. New interviews: 1 · new changes: " in dialog._summary()
    assert "backup" in dialog._summary()
    window.show_view(View.INTERVIEWS)
    qtbot.waitUntil(lambda: window.interviews.model.total_count() == 1)
    assert study.load(b).study_name == "Felles"
    saved = tmp_path / "report.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(saved), ""))
    assert dialog.save() == saved
    text = saved.read_text(encoding="utf-8")
    assert "Merged 1 package. New interviews: 1" in text and "Backup before merging: " in text


def test_a_bad_file_is_refused_with_a_worded_reason(qtbot, two_laptops, tmp_path, monkeypatch):
    _a, _b, window, _i = two_laptops
    (tmp_path / "brev.feltkart").write_text("ikke en pakke")
    reports = []
    monkeypatch.setattr(packages.MergeReportDialog, "exec", lambda self: reports.append(self))
    window.merge_packages([tmp_path / "brev.feltkart"])
    qtbot.waitUntil(lambda: len(reports) > 0, timeout=30000)
    text = "\n".join(reports[0]._lines())
    assert "brev.feltkart" in text and "it is not a Feltkart package" in text
    assert "Refused: 1 file, nothing taken from it." in reports[0]._summary()


def test_make_package_from_the_menu(qtbot, two_laptops, tmp_path, monkeypatch):
    _a, b, window, _i = two_laptops
    mg.merge(b, [tmp_path / "a0.feltkart"])
    target = tmp_path / "ut" / "ola"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kw: ("Prosjektleder", True))
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Make field &package…")
    action.trigger()  # from the menu, as a coordinator does
    qtbot.waitUntil(lambda: len(shown) > 0, timeout=30000)
    assert (tmp_path / "ut" / "ola.feltkart").exists() and "ola.feltkart" in shown[0]
    assert "Interviews in it: 1." in shown[0]
    from core import interviews as iv

    iv.delete(window._store, iv.list_interviews(window._store)[0].id)
    shown.clear()
    action.trigger()  # the trash travels too, and the message says how much of the count it is
    qtbot.waitUntil(lambda: len(shown) > 0, timeout=30000)
    assert "Interviews in it: 1, 1 of them in the trash." in shown[0]
    from core.sync.package import last_sent

    assert last_sent(window._store, "Prosjektleder") is not None  # the next one for them holds only what is new


def _merge_a_capacity_conflict(two_laptops, tmp_path, monkeypatch) -> list:
    """A's capacity 4 and B's 5, merged into B from the window; returns the report dialogs shown."""
    a, b, window, interview = two_laptops
    mg.merge(b, [tmp_path / "a0.feltkart"])
    iv.set_answer(a, interview, "capacity", 4)
    iv.set_answer(b, interview, "capacity", 5)
    make_package(a, tmp_path / "a1.feltkart")
    reports = []
    monkeypatch.setattr(packages.MergeReportDialog, "exec", lambda self: reports.append(self))
    window.merge_packages([tmp_path / "a1.feltkart"])
    return reports


def test_conflicts_view_picks_a_value(qtbot, two_laptops, tmp_path, monkeypatch):
    a, b, window, interview = two_laptops
    _merge_a_capacity_conflict(two_laptops, tmp_path, monkeypatch)
    qtbot.waitUntil(lambda: window.conflict_count == 1, timeout=30000)
    assert window.nav.item(View.CONFLICTS).text() == "Conflicts (1)"
    view = window.conflicts
    window.show_view(View.CONFLICTS)
    from core.reference import guide_library

    label = guide_library.current(b).question("capacity").label("en")
    assert view.list.count() == 1 and view.list.item(0).text().endswith(label)  # the question's label, not its name
    buttons = view.choices.buttons()
    assert len(buttons) == 2 and "(in use now)" in buttons[0].text() and "«5»" in buttons[0].text()
    buttons[1].setChecked(True)  # the other laptop's 4
    view.use_button.click()
    assert iv.get(b, interview).answers[("capacity", "")] == 4
    assert view.list.count() == 0 and window.nav.item(View.CONFLICTS).text() == "Conflicts"


def test_duplicates_are_settled_in_the_conflicts_view(qtbot, two_laptops, tmp_path, monkeypatch):
    a, b, window, interview = two_laptops
    mg.merge(b, [tmp_path / "a0.feltkart"])
    twin = iv.create(b, "1826", "2026-03-02")
    reports = []
    monkeypatch.setattr(packages.MergeReportDialog, "exec", lambda self: reports.append(self))
    window.merge_packages([tmp_path / "a0.feltkart"])
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=30000)  # the merge is done (the pair was there before it)
    assert window.conflict_count == 1
    view = window.conflicts
    assert view.dup_list.count() == 1 and view.dup_list.isVisibleTo(view)
    first, second = view.pairs[0]
    view.keep_second_button.click()  # the first is the duplicate
    assert iv.get(b, first).summary.deleted and not iv.get(b, second).summary.deleted
    assert view.dup_list.count() == 0 and window.nav.item(View.CONFLICTS).text() == "Conflicts"
    assert {first, second} == {interview, twin}


def test_conflicts_view_shows_only_the_chosen_conflicts_values(qtbot, two_laptops, tmp_path, monkeypatch):
    a, b, window, interview = two_laptops
    mg.merge(b, [tmp_path / "a0.feltkart"])
    iv.set_answer(a, interview, "capacity", 4)
    iv.set_answer(a, interview, "strategy", "ja")
    iv.set_answer(b, interview, "capacity", 5)
    iv.set_answer(b, interview, "strategy", "vet_ikke")
    make_package(a, tmp_path / "a1.feltkart")
    monkeypatch.setattr(packages.MergeReportDialog, "exec", lambda self: None)
    window.merge_packages([tmp_path / "a1.feltkart"])
    qtbot.waitUntil(lambda: window.conflict_count == 2, timeout=30000)
    window.show_view(View.CONFLICTS)
    view = window.conflicts
    from PySide6.QtWidgets import QRadioButton

    def shown():
        return [b.text() for b in view.detail.findChildren(QRadioButton) if b.isVisibleTo(view)]

    for row in (0, 1, 0):  # switching back and forth leaves no other conflict's values behind
        view.list.setCurrentRow(row)
        expected = [b.text() for b in view.choices.buttons()]
        assert len(expected) == 2
        qtbot.waitUntil(lambda: sorted(shown()) == sorted(expected))


def test_a_merge_can_be_stopped_and_changes_nothing(qtbot, two_laptops, tmp_path, monkeypatch):
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    a, b, window, interview = two_laptops
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kw: ([str(tmp_path / "a0.feltkart")], ""))
    reports = []
    monkeypatch.setattr(packages.MergeReportDialog, "exec", lambda self: reports.append(self))
    reading, go_on = threading.Event(), threading.Event()
    real_read = mg.read_package

    def slow_read(path, folder, *keys):  # holds the merge while the test presses Stop
        reading.set()
        go_on.wait(30)
        return real_read(path, folder, *keys)

    monkeypatch.setattr(mg, "read_package", slow_read)
    window.merge_packages()
    qtbot.waitUntil(lambda: reading.is_set() and any(d.isVisible() for d in window.findChildren(QProgressDialog)),
                    timeout=30000)
    busy = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    stop_button = busy.findChild(QPushButton)
    assert stop_button is not None and stop_button.text() == "Stop"
    stop_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() and "Stopping" in d.labelText()
                                for d in window.findChildren(QProgressDialog)))
    go_on.set()
    qtbot.waitUntil(lambda: len(reports) > 0, timeout=30000)
    assert "Stopped: 1 package not merged" in reports[0]._summary()
    assert b.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 0
    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))


def test_a_conflict_on_a_scheme_names_the_scheme(qtbot, two_laptops, tmp_path, monkeypatch):
    from core.reference import schemes as scheme_catalogue

    a, b, window, interview = two_laptops
    mg.merge(b, [tmp_path / "a0.feltkart"])
    iv.set_answer(a, interview, "aware", "kjenner_godt", scheme="stimulab")
    iv.set_answer(b, interview, "aware", "kjenner_ikke", scheme="stimulab")
    make_package(a, tmp_path / "a1.feltkart")
    monkeypatch.setattr(packages.MergeReportDialog, "exec", lambda self: None)
    window.merge_packages([tmp_path / "a1.feltkart"])
    qtbot.waitUntil(lambda: window.conflict_count == 1, timeout=30000)
    window.show_view(View.CONFLICTS)
    name = scheme_catalogue.get(b, "stimulab").name_en
    assert name != "stimulab" and window.conflicts.list.item(0).text().endswith(f" – {name}")


def test_the_report_names_each_conflict_in_words(qtbot, two_laptops, tmp_path, monkeypatch):
    from core.reference import guide_library

    a, b, window, interview = two_laptops
    reports = _merge_a_capacity_conflict(two_laptops, tmp_path, monkeypatch)
    qtbot.waitUntil(lambda: len(reports) > 0, timeout=30000)
    label = guide_library.current(b).question("capacity").label("en")
    conflict = [line for line in reports[0]._lines() if line.startswith("Conflict: ")]
    assert len(conflict) == 1 and f": {label}: «5» – Ola, " in conflict[0] and "(in use now) | «4» – Kari, " in conflict[0]
    assert interview not in "\n".join(reports[0]._lines())  # words, not ids


def test_a_fieldwork_conflict_is_shown_and_settled_in_the_conflicts_view(qtbot, two_laptops, tmp_path, monkeypatch):
    from core.fieldwork import contacts, records, sample

    a, b, window, _interview = two_laptops
    mg.merge(b, [tmp_path / "a0.feltkart"])
    sample.make(a, "imported", ["1826", "1804"])
    attempt = contacts.add_attempt(a, "1804", "2026-03-02T09:00", "telefon", "no_answer")
    make_package(a, tmp_path / "a1.feltkart")
    mg.merge(b, [tmp_path / "a1.feltkart"])
    sample.assign(a, ["1826"], "Kari")
    sample.assign(b, ["1826"], "Ola")
    contacts.edit(a, attempt, outcome="reached")
    contacts.edit(b, attempt, outcome="refused")
    make_package(a, tmp_path / "a2.feltkart")
    reports = []
    monkeypatch.setattr(packages.MergeReportDialog, "exec", lambda self: reports.append(self))
    window.merge_packages([tmp_path / "a2.feltkart"])
    qtbot.waitUntil(lambda: window.conflict_count == 2, timeout=30000)
    lines = reports[0].text.toPlainText()
    assert "Aarborte - Hattfjelldal: sample and assignment: Coordinator" in lines
    assert "Bodø: contact attempt 02.03.2026 09:00: Outcome" in lines
    window.show_view(View.CONFLICTS)
    view = window.conflicts
    texts = [view.list.item(n).text() for n in range(view.list.count())]
    row = next(n for n, t in enumerate(texts) if t.endswith("Outcome"))
    view.list.setCurrentRow(row)
    buttons = view.choices.buttons()
    assert {b_.text().split("»")[0] for b_ in buttons} == {"«Reached", "«Refused"}
    chosen = next(b_ for b_ in buttons if "«Reached»" in b_.text())
    chosen.setChecked(True)
    view.use_button.click()
    assert records.get(b, attempt).get("outcome") == "reached"
    assert view.list.count() == 1 and window.nav.item(View.CONFLICTS).text() == "Conflicts (1)"
