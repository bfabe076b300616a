"""A package's interview logs parsed ahead (core.sync.ahead) while the merge waits for SQLite: the merge comes
out the same as when it parses every log itself, takes only what was parsed from the very log it reads, refuses
a damaged log as it would, and leaves no thread behind."""

import tempfile
import threading
import zipfile
from types import SimpleNamespace

import pytest

from core import interviews as iv
from core.base.driver import sqlite3
from core.model import ilog
from core.sync import ahead as ahead_module
from core.sync import merge as mg
from core.sync.ahead import LogsAhead
from core.sync.package import make_package
from core.workspace import open_workspace
from tests.helpers import state

THREAD = "feltkart-logs-ahead"


def _parsing_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == THREAD]


def _packages(a, interview, tmp_path):
    """A's new answer to the interview all laptops have, and A's new interview, in two packages."""
    iv.set_answer(a, interview, "notes", "Notat fra A")
    make_package(a, tmp_path / "a1.feltkart")
    new = iv.create(a, "0301", "2026-04-01")
    iv.set_answer(a, new, "notes", "Et nytt intervju")
    make_package(a, tmp_path / "a2.feltkart", since_last=None)
    return [tmp_path / "a1.feltkart", tmp_path / "a2.feltkart"]


def test_logs_parsed_ahead_merge_as_logs_the_merge_parses(laptops, tmp_path, parsed_whole, monkeypatch):
    a, b, c, interview = laptops
    packages = _packages(a, interview, tmp_path)
    parse, by_the_merge = ilog.Log.parse.__func__, []

    def parsing(cls, text, check=True):
        if threading.current_thread().name != THREAD:
            by_the_merge.append(text)
        return parse(cls, text, check)

    monkeypatch.setattr(ilog.Log, "parse", classmethod(parsing))
    report = mg.merge(b, packages)
    assert report.merged == [str(p) for p in packages] and not report.refused and parsed_whole == [1, 2]
    received = {log for (log,) in b.conn.execute("SELECT log FROM interview_logs")}
    assert not received & set(by_the_merge)  # each package's logs were taken as parsed ahead
    assert not _parsing_threads()
    monkeypatch.undo()  # the same packages into C, each log parsed by the merge itself
    mg.merge(c, packages)
    assert state(b) == state(c)
    assert iv.get(b, interview).answers[("notes", "")] == "Notat fra A"
    assert b.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] == 2


def test_a_log_parsed_from_another_text_is_not_taken(laptops, tmp_path, monkeypatch):
    """What was parsed ahead from a log other than the one the merge reads (here: another laptop's older log
    of the interview) is left aside: the merge parses the log it reads."""
    a, b, c, interview = laptops
    older = b.conn.execute("SELECT log FROM interview_logs WHERE interview_id = ?", [interview]).fetchone()[0]
    packages = _packages(a, interview, tmp_path)
    uniting = mg.unite_and_write

    class Stale:
        def take(self):
            return {interview: (older, ilog.Log.parse(older))}

    monkeypatch.setattr(mg, "unite_and_write", lambda store, path, first, stop, ahead=None:
                        uniting(store, path, first, stop, Stale()))
    report = mg.merge(b, packages)
    monkeypatch.undo()
    assert report.merged == [str(p) for p in packages] and not report.refused
    mg.merge(c, packages)
    assert state(b) == state(c)
    assert iv.get(b, interview).answers[("notes", "")] == "Notat fra A"


class _Signalling(ilog.Log):
    """Log whose parse in the thread that parses ahead sets ``parsed``."""
    parsed = threading.Event()

    @classmethod
    def parse(cls, text, check=True):
        log = ilog.Log.parse(text, check)
        if threading.current_thread().name == THREAD:
            _Signalling.parsed.set()
        return log


@pytest.fixture
def signalling(monkeypatch):
    _Signalling.parsed = threading.Event()
    monkeypatch.setattr(ahead_module, "Log", _Signalling)
    return _Signalling


def _taken(monkeypatch) -> list[int]:
    """How many logs each package's merge took as parsed ahead."""
    taken, uniting = [], mg.unite_and_write

    def counting(store, path, first, stop, ahead=None):
        if ahead is not None:
            parsed = ahead.take()
            taken.append(len(parsed))
            ahead = type("Taken", (), {"take": lambda self: parsed})()
        else:
            taken.append(0)
        return uniting(store, path, first, stop, ahead)

    monkeypatch.setattr(mg, "unite_and_write", counting)
    return taken


def _read_after_a_parse(monkeypatch, signalling, package) -> None:
    """The reading of ``package``, once it is unpacked, waits until a log has been parsed ahead."""
    read = mg.read_package

    def reading(path, folder, key, passphrase, derive, unpacked):
        def told(data, opener):
            unpacked(data, opener)
            if path == package:
                assert signalling.parsed.wait(timeout=60), "no log was parsed while the package was read"
        return read(path, folder, key, passphrase, derive, told)

    monkeypatch.setattr(mg, "read_package", reading)


def test_the_first_packages_logs_are_parsed_while_it_is_read(laptops, tmp_path, monkeypatch, signalling):
    """Its reading, once the package is unpacked, waits here until a log has been parsed ahead: parsed only
    after the reading, the wait would fail."""
    a, b, c, interview = laptops
    packages = _packages(a, interview, tmp_path)
    _read_after_a_parse(monkeypatch, signalling, packages[0])
    taken = _taken(monkeypatch)
    report = mg.merge(b, packages)
    assert report.merged == [str(p) for p in packages] and taken[0] == 1
    assert not _parsing_threads()
    monkeypatch.undo()
    mg.merge(c, packages)
    assert state(b) == state(c)


def test_the_next_packages_logs_are_parsed_while_the_one_before_commits(laptops, tmp_path, monkeypatch,
                                                                        signalling):
    """The first package is merged once the second is read; the parsing that starts as the first commits is
    paused only after it has parsed a log. The first package's logs are not parsed ahead here (its reading
    does not tell when it is unpacked)."""
    a, b, c, interview = laptops
    packages = _packages(a, interview, tmp_path)
    read, second_read = mg.read_package, threading.Event()

    def reading(path, folder, key, passphrase, derive, unpacked):
        if path == packages[0]:
            return read(path, folder, key, passphrase, derive)
        found = read(path, folder, key, passphrase, derive, unpacked)
        second_read.set()
        return found

    pause = LogsAhead.pause

    def pausing(self):
        assert signalling.parsed.wait(timeout=60), "no log was parsed while the package before committed"
        pause(self)

    monkeypatch.setattr(mg, "read_package", reading)
    taken = _taken(monkeypatch)
    uniting = mg.unite_and_write

    def waiting(store, path, *args):
        if path == packages[0]:
            assert second_read.wait(timeout=60)
        return uniting(store, path, *args)

    monkeypatch.setattr(mg, "unite_and_write", waiting)
    monkeypatch.setattr(LogsAhead, "pause", pausing)
    report = mg.merge(b, packages)
    # the parse of a second log may begin only after the pause (the helper steps to the next row meanwhile)
    assert report.merged == [str(p) for p in packages] and taken[0] == 0 and taken[1] >= 1
    assert not _parsing_threads()
    monkeypatch.undo()
    mg.merge(c, packages)
    assert state(b) == state(c)


def test_paused_parsing_parses_nothing_more(laptops, tmp_path, monkeypatch):
    """Each parse here waits for a permit: after ``pause`` the log being parsed ends and the thread waits to
    be resumed, though a permit for the next is there; ``take`` then ends it with what it has."""
    a, _b, _c, interview = laptops
    packages = _packages(a, interview, tmp_path)
    data = tmp_path / "data.sqlite"
    with zipfile.ZipFile(packages[1]) as z:
        data.write_bytes(z.read("data.sqlite"))
    began, permits, waiting = threading.Semaphore(0), threading.Semaphore(0), threading.Event()

    class Gated(ilog.Log):
        @classmethod
        def parse(cls, text, check=True):
            began.release()
            permits.acquire()
            return ilog.Log.parse(text, check)

    class Watched(threading.Event):
        def wait(self, timeout=None):
            if not self.is_set():
                waiting.set()
            return super().wait(timeout)

    monkeypatch.setattr(ahead_module, "Log", Gated)
    monkeypatch.setattr(ahead_module, "threading", SimpleNamespace(Event=Watched, Thread=threading.Thread))
    ahead = LogsAhead(data, None)
    assert began.acquire(timeout=60)  # the first log is being parsed
    ahead.pause()
    permits.release()
    permits.release()  # one for the second log too
    assert waiting.wait(timeout=60), "the parsing went on after the pause"
    parsed = ahead.take()
    assert len(parsed) == 1 and not began.acquire(blocking=False)
    assert not _parsing_threads()


@pytest.fixture
def every_parsing_taken(monkeypatch):
    """The parsings made, and those taken (``take``), by their package's database."""
    made, taken, init, take = [], [], LogsAhead.__init__, LogsAhead.take

    def making(self, data, key):
        made.append(data)
        init(self, data, key)

    def taking(self):
        taken.append(self.data)
        return take(self)

    monkeypatch.setattr(LogsAhead, "__init__", making)
    monkeypatch.setattr(LogsAhead, "take", taking)
    return made, taken


def test_no_parsing_outlives_a_merge_refused_or_stopped(laptops, tmp_path, monkeypatch, signalling,
                                                         every_parsing_taken):
    """A package whose logs are being parsed ahead as it is read, then refused (another study's) or stopped:
    the parsing has ended when the merge returns."""
    a, b, _c, interview = laptops
    packages = _packages(a, interview, tmp_path)
    _read_after_a_parse(monkeypatch, signalling, packages[0])
    alone = open_workspace(tmp_path / "alone.sqlite")  # a study of its own, with an interview: A's package is another study's
    iv.create(alone, "0301", "2026-04-01")
    report = mg.merge(alone, packages[:1])
    assert report.refused and report.refused[0].reason == "other_study" and not _parsing_threads()
    alone.close()
    signalling.parsed.clear()
    report = mg.merge(b, packages, stop=lambda: True)
    assert report.stopped and not report.merged and not _parsing_threads()
    made, taken = every_parsing_taken
    assert len(made) == 2 and sorted(made) == sorted(set(taken))


def test_a_damaged_database_is_refused_and_nothing_is_left_of_the_packages_read(laptops, tmp_path, monkeypatch):
    """The merge checks this laptop's database while the first package is unpacked beside it: a damaged one is
    refused (DamagedDatabaseError), nothing merged, the file as it was, nothing left of the unpacking."""
    from core.base.errors import DamagedDatabaseError
    from core.storage.store import open_store
    from tests.faults.conftest import digest, garbage_pages

    a, b, _c, interview = laptops
    packages = _packages(a, interview, tmp_path)
    path = b.path
    b.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    b.close()
    garbage_pages(path, first=8)
    before = digest(path)
    damaged = open_store(path)
    work = tmp_path / "temporary"  # the system's temporary folder, for this test alone
    work.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(work))
    try:
        with pytest.raises(DamagedDatabaseError):
            mg.merge(damaged, packages)
    finally:
        damaged.close()
    assert digest(path) == before and list(work.iterdir()) == []
    assert not _parsing_threads()


_ENDLESS = ("CREATE VIEW interview_logs AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
            " SELECT 'i' AS interview_id, 'x' AS log FROM r WHERE n < 0")


def _taken_in_time(ahead: LogsAhead) -> bool:
    """``take`` returns (in a thread of its own: it would wait for ever on what it cannot end)."""
    done = threading.Event()
    threading.Thread(target=lambda: (ahead.take(), done.set()), daemon=True).start()
    return done.wait(timeout=60)


def test_a_view_in_place_of_the_logs_is_not_run(tmp_path, monkeypatch):
    """A hostile package's ``interview_logs`` as a view that never ends: parsing ahead does not run it (the merge
    reads such a package's changes instead, as one from before interview_logs)."""
    data = tmp_path / "data.sqlite"
    conn = sqlite3.connect(data)
    conn.execute(_ENDLESS)
    conn.close()
    statements, connect = [], ahead_module.connect

    def connecting(*args, **kwargs):
        opened = connect(*args, **kwargs)
        opened.set_trace_callback(statements.append)
        return opened

    monkeypatch.setattr(ahead_module, "connect", connecting)
    ahead = LogsAhead(data, None)
    assert _taken_in_time(ahead), "the view was run"
    assert not [s for s in statements if "FROM interview_logs" in s]


def test_a_statement_that_runs_on_is_paused_and_ended(tmp_path, monkeypatch):
    """Were the view run (its check stood in for), the statement itself is paused with the parsing and ended
    by ``take``."""
    data = tmp_path / "data.sqlite"
    conn = sqlite3.connect(data)
    conn.execute(_ENDLESS)
    conn.close()
    monkeypatch.setattr(ahead_module, "has_table", lambda *args: True)
    ahead = LogsAhead(data, None)
    ahead.pause()
    assert _taken_in_time(ahead), "the statement ran on after take"
    assert not _parsing_threads()
