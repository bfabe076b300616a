"""Shared fixtures: offscreen Qt, an isolated user folder and QSettings, a store built by the production code."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REFERENCE = ROOT.parent / "shared" / "reference"

# Hypothesis: how long drawing an example takes depends on the machine and its load, not on the code, so that
# check is off; the CI runs the property tests again with other seeds (.ci/run).
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("feltkart", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("FELTKART_HYPOTHESIS_PROFILE", "feltkart"))


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path, monkeypatch):
    """platformdirs' folders (data, logs) point into tmp_path; nothing touches the real home."""
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    return home


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(request, monkeypatch):
    """A message box nobody expected would block an offscreen test run for ever: each one is recorded instead,
    and the test fails with its text. Tests that expect one monkeypatch it themselves (theirs wins)."""
    if "app" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    seen = []
    for name in ("warning", "critical", "information", "question"):
        def record(*args, _name=name, **kwargs):
            seen.append((_name, args[1] if len(args) > 1 else "", args[2] if len(args) > 2 else ""))
            return QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, name, record)
    yield
    if seen:
        pytest.fail(f"unexpected message box(es): {seen}")


@pytest.fixture
def clock():
    """The time of the test's laptops (tests/clocks.py): it moves a millisecond at every reading."""
    from tests.clocks import FakeClock

    return FakeClock()


@pytest.fixture
def store(tmp_path, clock):
    from core.workspace import open_workspace

    s = open_workspace(tmp_path / "feltkart.sqlite", clock=clock)
    yield s
    s.close()


@pytest.fixture
def app(qapp, tmp_path):
    """The QApplication with Feltkart's names, QSettings in tmp_path, and English texts unless a test switches."""
    from PySide6.QtCore import QSettings

    from ui.support import i18n

    qapp.setOrganizationName("Feltkart-tests")
    qapp.setApplicationName("Feltkart-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    i18n.install(qapp, "en")
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture
def configured_store(store):
    from core.reference import study

    study.save(store, study.load(store).with_changes(study_name="Test study", coordinator_name="Kari Nordmann"))
    return store


@pytest.fixture
def export_db(configured_store):
    """Two interviews (one complete with a named informant and a text that looks like a formula, one draft) and
    one in the trash."""
    from core import interviews as iv
    from tests.helpers import CONTACT, DANGEROUS_TEXTS, NAME, fill_required

    s = configured_store
    a = iv.create(s, "1826", "2026-03-02")  # Hattfjelldal, class 6
    fill_required(s, a, iv.schemes_for(s, a))
    iv.set_answers(s, a, [
        ("informants", "", [{"role": "kommunedirektor", "name": NAME, "contact": CONTACT},
                            {"role": "ordforer", "name": "", "contact": ""}]),
        ("dev_fte", "", 1.5), ("consent_date", "", "2026-02-20"), ("barriers", "", ["kapasitet", "frister"]),
        ("barrier_main", "", "kapasitet"), ("notes", "", DANGEROUS_TEXTS[0]),
        ("applied", "digifin", "ja"), ("applied_year", "digifin", 2023), ("took_part", "digifin", "ja"),
        ("benefit", "digifin", 4), ("scheme_comment", "digifin", "Nyttig, men mye rapportering"),
    ])
    iv.complete(s, a)
    b = iv.create(s, "0301", "2026-04-01")  # Oslo, class 1: a draft
    fill_required(s, b, iv.schemes_for(s, b))
    iv.set_answer(s, b, "quotes", "«Vi har ikke folk til å søke»")
    gone = iv.create(s, "1804", "2026-03-05")  # in the trash: never exported
    iv.delete(s, gone)
    return s, a, b, gone


@pytest.fixture
def study_db(configured_store):
    """Interviews of four municipalities whose combined statistics are known (tests/core/test_stats.py)."""
    from core import interviews as iv
    from tests.helpers import make_interview

    s = configured_store
    # 1826 Hattfjelldal (class 6): two complete interviews; the later one changes the benefit
    make_interview(s, "1826", "2026-02-01", [("applied", "digifin", "ja"), ("took_part", "digifin", "ja"), ("benefit", "digifin", 3),
                                   ("aware", "digifin", "kjenner_godt"), ("barriers", "", ["kapasitet", "frister"]),
                                   ("barrier_main", "", "kapasitet")])
    make_interview(s, "1826", "2026-03-01", [("applied", "digifin", "ja"), ("took_part", "digifin", "ja"), ("benefit", "digifin", 5),
                                   ("aware", "digifin", "kjenner_ikke"), ("barriers", "", ["egenandel"]),
                                   ("barrier_main", "", "egenandel")])
    # 1832 Hemnes (class 5): one complete (applied no) and one draft saying it took part
    make_interview(s, "1832", "2026-02-10", [("aware", "digifin", "kjenner_til"), ("applied", "digifin", "nei"),
                                   ("barriers", "", ["kapasitet"])])
    make_interview(s, "1832", "2026-04-10", [("applied", "digifin", "ja"), ("took_part", "digifin", "ja"), ("benefit", "digifin", 4)],
         status="draft")
    # 1804 Bodø (class 3): applied no, but a stale 'took_part = ja' behind the hidden question
    bodo = make_interview(s, "1804", "2026-02-20", [("applied", "digifin", "ja"), ("took_part", "digifin", "ja")])
    iv.reopen(s, bodo, "rettelse")
    iv.set_answer(s, bodo, "applied", "nei", scheme="digifin")
    iv.complete(s, bodo)
    # 0301 Oslo (class 1): only a deleted interview
    make_interview(s, "0301", "2026-02-05", [("applied", "digifin", "ja")], deleted=True)
    return s


@pytest.fixture
def laptops(tmp_path, clock):
    """Laptop A with a study and one interview; B and C join it from A's package. The three share one clock
    that moves on at every reading (tests/clocks.py): what is done later in a test is stamped later."""
    from core import interviews as iv
    from core.reference import study
    from core.sync import merge as mg
    from core.sync.package import make_package
    from core.workspace import open_workspace
    from tests.helpers import fill_required

    a = open_workspace(tmp_path / "a.sqlite", clock=clock)
    study.save(a, study.load(a).with_changes(study_name="Felles studie", coordinator_name="Kari"))
    interview = iv.create(a, "1826", "2026-03-02")
    fill_required(a, interview, iv.schemes_for(a, interview))
    make_package(a, tmp_path / "a0.feltkart")
    others = []
    for name, coordinator in (("b", "Ola"), ("c", "Siv")):
        s = open_workspace(tmp_path / f"{name}.sqlite", clock=clock)
        study.save(s, study.load(s).with_changes(study_name="Eget navn", coordinator_name=coordinator))
        report = mg.merge(s, [tmp_path / "a0.feltkart"])
        assert report.merged and not report.refused
        others.append(s)
    yield a, *others, interview
    for s in (a, *others):
        s.close()


@pytest.fixture
def parsed_whole(monkeypatch):
    """Every package's logs parsed ahead, whole, before the merge comes to them; lists how many each."""
    from core.sync import merge as mg
    from core.sync.ahead import LogsAhead

    original, counted = mg._Packages.next, []

    def next_(self):
        found = original(self)
        if found is not None:
            data = found[2]
            if data not in self.parsing:
                self.parsing[data] = LogsAhead(data, self.run.keys[data])
            ahead = self.parsing[data]
            ahead.resume()
            ahead._thread.join()
            counted.append(len(ahead._parsed))
        return found

    monkeypatch.setattr(mg._Packages, "next", next_)
    return counted
