"""Merging field packages: two laptops with 5 000 demo interviews each, both packages merged into a database.

    uv run python benchmarks/merge.py [--interviews 5000] [--keep DIR] [--runs 3]

Two demo databases (different seeds, so different devices and interviews) each make a whole package. Timed:
- both packages merged into a new laptop's database (the project lead's), target < 5 s (< 6 s encrypted);
- the second package merged into the first laptop's database, which holds 5 000 interviews of its own;
- the same package merged again (nothing changes).
Each merge is timed until its report; the checkpoint the window runs after it is timed apart.
Each run starts from a fresh copy of the target database. Results go in docs/benchmarks.md.
With FELTKART_PASSPHRASE set, every database is encrypted with it (the laptops with the study's key, the new
laptop with its own, so that it is given the packages' passphrase as the window asks it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def laptop(folder: Path, name: str, interviews: int, seed: int):
    """A demo laptop's database and its whole package (made once; ``--keep`` reuses them)."""
    from core import demo
    from core.sync import package
    from core.workspace import open_workspace

    db, pkg = folder / f"{name}.sqlite", folder / f"{name}.feltkart"
    if not pkg.exists():
        store = open_workspace(db, passphrase=PASSPHRASE if db.exists() else None)
        if store.conn.execute("SELECT count(*) FROM interviews").fetchone()[0] != interviews:
            store.close()
            for stale in folder.glob(f"{name}.sqlite*"):
                stale.unlink()
            store = open_workspace(db)
            start = time.perf_counter()
            demo.make_demo(store, interviews=interviews, seed=seed)
            print(f"{name}: {interviews} demo interviews in {time.perf_counter() - start:.1f} s")
            store = _encrypted(store)
        start = time.perf_counter()
        package.make_package(store, pkg)
        print(f"{name}: package in {time.perf_counter() - start:.1f} s ({pkg.stat().st_size / 1e6:.1f} MB)")
        store.close()
    return db, pkg


PASSPHRASE = os.environ.get("FELTKART_PASSPHRASE") or None


def _encrypted(store):
    """The store encrypted with FELTKART_PASSPHRASE (the study's salt), or as it is when that is not set."""
    if PASSPHRASE is None:
        return store
    from core.storage import crypt

    crypt.while_closed(store, lambda: crypt.encrypt(store.path, PASSPHRASE)[0])
    return store


CHECKPOINTS: list[float] = []  # the time of copying each merge's pages into the database file afterwards


def timed_merge(target: Path, packages: list[Path]) -> tuple[float, object]:
    """The time of the merge, until its report; the checkpoint after it is timed apart (CHECKPOINTS)."""
    from core.storage.store import checkpoint, is_encrypted
    from core.sync import merge
    from core.sync.package import needs_passphrase
    from core.workspace import open_workspace

    store = open_workspace(target, passphrase=PASSPHRASE if is_encrypted(target) else None)
    if PASSPHRASE and not store.encrypted:
        store = _encrypted(store)
    given = {str(p): PASSPHRASE for p in packages if PASSPHRASE and needs_passphrase(p, store.key)}
    start = time.perf_counter()
    result = merge.merge(store, packages, stop=lambda: False, passphrases=given)  # stoppable, as in the window
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    checkpoint(store.path, store.key)  # as the window does after showing the report
    CHECKPOINTS.append(time.perf_counter() - start)
    store.close()
    return elapsed, result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interviews", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="folder that keeps the demo laptops between runs")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    folder = args.keep or Path(tempfile.mkdtemp(prefix="feltkart-merge-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db_a, pkg_a = laptop(folder, "Laptop A", args.interviews, seed=21)
    _db_b, pkg_b = laptop(folder, "Laptop B", args.interviews, seed=22)

    results: dict[str, list[float]] = {"both into a new laptop": [], "B into A": [], "B into A again": []}
    for run in range(args.runs):
        work = folder / f"run{run}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        elapsed, report = timed_merge(work / "lead.sqlite", [pkg_a, pkg_b])
        results["both into a new laptop"].append(elapsed)
        if run == 0:
            print(f"both into a new laptop: {report.added_interviews} interviews, {report.added_changes} changes, "
                  f"{len(report.conflicts)} conflicts, {len(report.duplicates)} possible duplicates")
        shutil.copy(db_a, work / "a.sqlite")
        elapsed, report = timed_merge(work / "a.sqlite", [pkg_b])
        results["B into A"].append(elapsed)
        elapsed, report = timed_merge(work / "a.sqlite", [pkg_b])
        results["B into A again"].append(elapsed)
        if report.added_changes or report.updated_answers:
            print("merging the same package again changed something")
            return 1
        shutil.rmtree(work)
    print(f"median of {args.runs} runs (each merge includes reading and checking the packages and the backup)")
    for name, times in results.items():
        target = f" (target < {6 if PASSPHRASE else 5} s)" if name == "both into a new laptop" else ""
        print(f"  {name:24s} {statistics.median(times):6.2f} s  (min {min(times):.2f}){target}")
    print(f"  then the checkpoint, after the report: {statistics.median(CHECKPOINTS[0::3]):.2f} s after both into a "
          f"new laptop, {statistics.median(CHECKPOINTS[1::3]):.2f} s after B into A")
    if not args.keep:
        shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
