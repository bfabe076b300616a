"""The fieldwork on the 10 000-interview demo with a census sample and 5 000 contact attempts: the Feltarbeid
view filled and filtered, an attempt saved, ``main.py fieldwork``, and the merge of two 5 000-interview packages
that carry 2 500 attempts each.

    uv run python benchmarks/fieldwork.py [--interviews 10000] [--attempts 5000] [--keep DIR] [--runs 7]

Targets: the view fills in < 150 ms and filters in < 50 ms; an attempt saves in < 20 ms (p95); ``main.py
fieldwork`` < 2 s; the merge < 6 s. The databases are made once (``--keep`` reuses them). Results go in
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.timing import report, timed  # noqa: E402 (after the path is set)


def add_attempts(store, total: int, seed: int) -> None:
    """Contact attempts, as coordinators record them, until the database holds ``total``."""
    from core.fieldwork import contacts, records, sample

    have = len(records.records(store, "attempt"))
    numbers = sample.members(store)
    rng = random.Random(seed)
    with store.write():
        for _ in range(max(total - have, 0)):
            day = f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T{rng.randint(8, 15):02d}:00"
            contacts.add_attempt(store, rng.choice(numbers), day, rng.choice(["telefon", "epost"]),
                                 rng.choice(["no_answer", "reached", "postponed"]), note="Ringt opp")


def database(folder: Path, name: str, interviews: int, attempts: int, seed: int) -> Path:
    from core import demo
    from core.workspace import open_workspace

    db = folder / f"{name}.sqlite"
    if not db.exists():
        store = open_workspace(db)
        start = time.perf_counter()
        demo.make_demo(store, interviews=interviews, seed=seed)
        add_attempts(store, attempts, seed)
        print(f"{name}: {interviews} demo interviews and {attempts} attempts in {time.perf_counter() - start:.1f} s")
        store.close()
    return db


def view_and_saves(db: Path, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from core.fieldwork import contacts, records, status
    from core.workspace import open_workspace
    from ui.views.fieldwork_view import FieldworkView

    app = QApplication.instance() or QApplication([])  # noqa: F841 (widgets need it)
    store = open_workspace(db)
    print(f"{len(status.rows(store))} sampled municipalities, {len(records.records(store, 'attempt'))} attempts")
    view = FieldworkView(store)
    report("fill the view (rows, list, agenda, rates)", timed(view.refresh, runs), 150)
    report("the list's rows alone (status.rows)", timed(lambda: status.rows(store), runs), 150)
    for name, combo, value in (("filter by status", view.status, "refused"),
                               ("filter by coordinator", view.coordinator, "\x00mine"),
                               ("filter by county", view.county, "18")):
        def pick(combo=combo, value=value):
            combo.setCurrentIndex(combo.findData(value))
            combo.setCurrentIndex(0)
        report(name + " (and back)", [t / 2 for t in timed(pick, runs)], 50)
    report("search by name (type, clear)", [t / 2 for t in timed(
        lambda: (view.search.setText("bod"), view.search.clear()), runs)], 50)
    saves = timed(lambda: contacts.add_attempt(store, "1826", "2026-03-02T09:00", "telefon", "no_answer",
                                               note="Ikke svar på sentralbordet"), 60)
    report("save an attempt (one transaction)", saves, 20, p95=True)
    store.close()


def command(db: Path, folder: Path, runs: int) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "main.py"), "fieldwork", "--db", str(db), "--out",
                        str(folder / "svar"), "--by", "class"], check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    report("main.py fieldwork (a process, start to end)", times, 2000)


def merge(folder: Path, interviews: int, attempts: int, runs: int) -> None:
    from core.storage.store import checkpoint
    from core.sync import merge as mg
    from core.sync.package import make_package
    from core.workspace import open_workspace

    packages = []
    for name, seed in (("A", 31), ("B", 32)):
        pkg = folder / f"{name}.feltkart"
        if not pkg.exists():
            store = open_workspace(database(folder, f"laptop {name}", interviews, attempts, seed))
            make_package(store, pkg)
            store.close()
        packages.append(pkg)
    times = []
    for run in range(runs):
        target = folder / f"lead{run}.sqlite"
        store = open_workspace(target)
        start = time.perf_counter()
        result = mg.merge(store, packages, stop=lambda: False)
        times.append((time.perf_counter() - start) * 1000)
        if run == 0:
            print(f"  merged: {result.added_interviews} interviews, {result.added_changes} answer changes, "
                  f"{result.fieldwork_changes} fieldwork changes, {len(result.fieldwork_conflicts)} fieldwork "
                  f"conflicts")
        checkpoint(store.path)
        store.close()
        for leftover in folder.glob(f"lead{run}.sqlite*"):
            leftover.unlink()
        for backup in folder.glob(f"lead{run}*.bak*"):
            backup.unlink()
    report("merge two 5 000-interview packages with attempts", times, 6000)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--attempts", type=int, default=5_000)
    parser.add_argument("--keep", type=Path, help="folder that keeps the databases between runs")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="feltkart-fieldwork-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = database(folder, "demo", args.interviews, args.attempts, seed=10)
    view_and_saves(db, args.runs)
    command(db, folder, max(args.runs // 2, 3))
    merge(folder, args.interviews // 2, args.attempts // 2, max(args.runs // 2, 3))
    if not args.keep:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
