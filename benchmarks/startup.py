"""Start-up time: process start to the first painted main window, Feltkart beside a bare PySide6 window.

    uv run python benchmarks/startup.py [--runs 9] [--platform xcb|offscreen]

Each run starts a fresh process; the program prints the time of its main window's first paint and, for
Feltkart (started by startup_probe.py, as main.py starts it), of the first paint of its start view with its
data, then quits. Runs alternate between the two programs; the medians and their
ratio are printed (target: Feltkart no more than 1.5x the bare window). Feltkart opens an existing,
configured database in the default place, started without arguments, as on a coordinator's laptop. With
--platform xcb the runs happen under Xvfb. With FELTKART_PASSPHRASE set, the database is encrypted and
Feltkart opens it with that passphrase (the key derivation counted in its start-up).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def prepare_database(env: dict) -> Path:
    """A configured database at the default place for the XDG folders in env: Feltkart then starts as a
    coordinator starts it, without arguments."""
    os.environ.update({k: v for k, v in env.items() if k.startswith("XDG_")})
    from core.base import paths
    from core.reference import study
    from core.workspace import open_workspace

    db = paths.default_db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    if db.exists():
        for stale in db.parent.glob(db.name + "*"):
            stale.unlink()
    store = open_workspace(db, passphrase=os.environ.get("FELTKART_PASSPHRASE") or None)
    study.save(store, study.load(store).with_changes(study_name="Benchmark", coordinator_name="Benchmark"))
    store.close()
    return db


def time_once(cmd: list[str], env: dict) -> dict[str, float]:
    """Seconds from process start to each probe line the program prints (FIRST_PAINT, VIEW_PAINT)."""
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    marks = {}
    for line in out.stdout.splitlines():
        if line.startswith(("FIRST_PAINT ", "VIEW_PAINT ")):
            name, stamp = line.split()
            marks[name] = float(stamp) - start
    if "FIRST_PAINT" not in marks:
        raise RuntimeError(f"{cmd} printed no FIRST_PAINT:\n{out.stdout}\n{out.stderr}")
    return marks


def measure(programs: dict[str, list[str]], runs: int, platform: str, display: str = ":97",
            keep_pyc: bool = False) -> tuple[dict[str, list[float]], list[float]]:
    """First-paint times of each program (alternating, fresh process per run, after one warm-up run each) and
    the start-view times Feltkart reports, with a configured database in the default place of scratch user
    folders; under Xvfb when ``platform`` is xcb."""
    folder = Path(tempfile.mkdtemp(prefix="feltkart-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    if not keep_pyc:
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on a user's machine: the warm-up run leaves .pyc files
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache")):
        env[var] = str(folder / sub)
    xvfb = None
    if platform == "xcb":
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
        time.sleep(1.0)
        env["DISPLAY"] = display
    try:
        prepare_database(env)
        for cmd in programs.values():  # warm the file cache (and .pyc files) once
            time_once(cmd, env)
        times: dict[str, list[float]] = {name: [] for name in programs}
        view_times: list[float] = []
        for _ in range(runs):
            for name, cmd in programs.items():
                marks = time_once(cmd, env)
                times[name].append(marks["FIRST_PAINT"])
                if "VIEW_PAINT" in marks:
                    view_times.append(marks["VIEW_PAINT"])
    finally:
        if xvfb:
            xvfb.terminate()
        shutil.rmtree(folder, ignore_errors=True)
    return times, view_times


def report(times: dict[str, list[float]], feltkart: str, bare: str) -> None:
    medians = {name: statistics.median(t) for name, t in times.items()}
    for name, t in times.items():
        print(f"  {name:22s} {medians[name] * 1000:7.0f} ms  ({min(t) * 1000:.0f}-{max(t) * 1000:.0f})")
    ratio = medians[feltkart] / medians[bare]
    best = min(times[feltkart]) / min(times[bare])
    print(f"  ratio Feltkart / bare: {ratio:.2f} of the medians, {best:.2f} of the fastest runs (target <= 1.5)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default="offscreen", choices=["offscreen", "xcb"])
    args = parser.parse_args(argv)
    programs = {
        "bare PySide6 window": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
        "Feltkart main.py": [sys.executable, str(ROOT / "benchmarks" / "startup_probe.py")],
    }
    times, view_times = measure(programs, args.runs, args.platform)
    print(f"platform: {args.platform}, runs: {args.runs} each (median; min-max)")
    report(times, "Feltkart main.py", "bare PySide6 window")
    if view_times:
        view = statistics.median(view_times)
        bare = statistics.median(times["bare PySide6 window"])
        print(f"  Feltkart start view painted with its data: {view * 1000:.0f} ms "
              f"({min(view_times) * 1000:.0f}-{max(view_times) * 1000:.0f}); ratio {view / bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
