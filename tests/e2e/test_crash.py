"""Power cut: a process saving answers through the autosave path is killed with SIGKILL at random moments.
After each kill the database is intact and holds every answer whose save had returned."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.base.driver import sqlite3
from tests import logs

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
sys.path.insert(0, {root!r})
from core.workspace import open_workspace
from core import interviews as iv
store = open_workspace({db!r})
interview_id = {interview!r}
n = {start}
fields = ["notes", "quotes", "measures_text"]
while True:
    n += 1
    field = fields[n % 3]
    value = f"svar nummer {{n}} – á č đ ŋ š ŧ ž"
    iv.set_answer(store, interview_id, field, value)
    print(field + "\\t" + value, flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_at_random_moments_loses_no_saved_answer(configured_store, tmp_path):
    from core import interviews as iv

    interview_id = iv.create(configured_store, "1826", "2026-03-02")
    db = str(configured_store.path)
    configured_store.close()
    rng = random.Random(2026)
    saved: list[tuple[str, str]] = []
    start = 0
    for round_ in range(6):
        code = WRITER.format(root=str(ROOT), db=db, interview=interview_id, start=start)
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # wait for the first saves, then kill at a random moment
        first = proc.stdout.readline()
        assert first, proc.stderr.read()
        time.sleep(rng.uniform(0.05, 0.5))  # the random moment of the power cut
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        output = first + proc.stdout.read()
        # a line is complete (its save returned) only when its newline was written
        complete = [line.split("\t") for line in output.split("\n")[:-1]]
        saved += [(f, v) for f, v in complete]
        start += 100_000  # new values in the next round

        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        logged = {(c[2], json.loads(c[4])) for c in logs.changes(conn, interview_id)}
        missing = [s for s in saved if s not in logged]
        assert missing == [], f"round {round_}: {len(missing)} saved answers lost"
        # the current value of each field is the last saved one, or one whose save was under way
        for field in ("notes", "quotes", "measures_text"):
            last = [v for f, v in saved if f == field]
            head = next(((a[3],) for a in logs.answers(conn) if a[0] == interview_id and a[1] == field), None)
            if last:
                assert head is not None
                assert json.loads(head[0]) == last[-1] or json.loads(head[0]) not in last[:-1]
        conn.close()
    assert len(saved) > 20
