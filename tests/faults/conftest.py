"""The fault suite's tools: the command line run as a user runs it (in this process, through ``cli``, or as a
real process with a limit on the size of the files it may write), databases and packages made by the
production code, and the damage done to them."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def feltkart(capsys):
    """``feltkart("merge", "--db", ...)``: the command line's parser and command in this process; returns the exit
    status and what was printed."""
    import cli
    from cli import parser

    def run(*argv) -> Result:
        capsys.readouterr()
        try:
            code = cli.run(parser.parse([str(a) for a in argv]))
        except SystemExit as exc:  # argparse refusing an argument
            code = exc.code
        out, err = capsys.readouterr()
        assert "Traceback" not in err, err
        return Result(code, out, err)

    return run


def run_process(*argv, home: Path, file_limit: int | None = None, timeout: float = 120) -> Result:
    """``main.py`` in a process of its own; ``file_limit``: the largest file it may write, in bytes (beyond it
    a write fails as on a full disk: EFBIG, not a kill)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), TMPDIR=str(home / "tmp"))
    (home / "tmp").mkdir(parents=True, exist_ok=True)

    def limit():
        if file_limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, argv)], capture_output=True, text=True,
                          env=env, timeout=timeout, preexec_fn=limit)
    return Result(done.returncode, done.stdout, done.stderr)


def digest(path: Path) -> str:
    """The file's bytes, with what its write-ahead log holds (none and an empty one are the same), as one
    fingerprint."""
    h = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    h.update(wal.read_bytes() if wal.exists() else b"")
    return h.hexdigest()


def settle(path: Path) -> None:
    """Copy the write-ahead log into the database file (it stays in WAL mode, as every Feltkart database)."""
    from core.base.driver import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A database with 40 demo interviews, made by the production code once; tests take copies (``copy_of``)."""
    from core import demo
    from core.workspace import open_workspace
    from tests.clocks import FakeClock

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = open_workspace(path, clock=FakeClock())
    demo.make_demo(store, interviews=40, seed=4)
    store.close()
    settle(path)
    return path


@pytest.fixture
def copy_of(tmp_path):
    def copy(source: Path, name: str = "feltkart.sqlite") -> Path:
        target = tmp_path / name
        shutil.copyfile(source, target)
        return target

    return copy


PAGE = 4096


def garbage_pages(path: Path, first: int = 20, count: int = 4) -> None:
    """Overwrite a few pages in the middle of the file with garbage (the header stays)."""
    data = bytearray(path.read_bytes())
    for n in range(first, first + count):
        data[n * PAGE:(n + 1) * PAGE] = bytes((7 * i + n) % 256 for i in range(PAGE))
    path.write_bytes(bytes(data))


def truncate_with_page_count(path: Path) -> None:
    """Cut the file to half its pages and write the new page count into its header, as a copy that stopped
    halfway and a tool that 'repaired' it would."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE // 2
    data = data[:pages * PAGE]
    data[28:32] = pages.to_bytes(4, "big")
    path.write_bytes(bytes(data))
