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
