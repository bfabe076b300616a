"""The frozen bundle: size, file count, compressed size, and start time beside a frozen bare PySide6 window.

    uv run python benchmarks/bundle.py [--runs 15] [--build] [--platform offscreen|xcb]

Needs dist/Feltkart/ (scripts/build_bundle.sh; --build runs it). The bare window (benchmarks/bare_window.py)
is frozen with the same excludes (benchmarks/bare_window.spec) into build/bare/. Start time: process start to
the first paint of the main window, fresh process per run, runs alternating, median after one warm-up run
each; Feltkart starts without arguments on a configured database in the default place. Targets: unpacked
under 200 MB; start no more than 1.5x the bare frozen window. Results go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from startup import prepare_database, time_once  # noqa: E402

FELTKART = ROOT / "dist" / "Feltkart" / "Feltkart"
BARE = ROOT / "build" / "bare" / "dist" / "BareWindow" / "BareWindow"


def folder_size(folder: Path) -> tuple[int, int]:
    total = files = 0
    for p in folder.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
            files += 1
    return total, files


def targz_size(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "bundle.tar.gz"
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=folder.name)
        return target.stat().st_size


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--build", action="store_true", help="build dist/Feltkart first")
    parser.add_argument("--platform", default="offscreen", choices=["offscreen", "xcb"])
    args = parser.parse_args(argv)
    if args.build or not FELTKART.exists():
        subprocess.run([str(ROOT / "scripts" / "build_bundle.sh")], check=True)
    if not BARE.exists():
        subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "benchmarks" / "bare_window.spec"),
                        "--noconfirm", "--log-level", "WARN", "--distpath", str(ROOT / "build" / "bare" / "dist"),
                        "--workpath", str(ROOT / "build" / "bare" / "work")], check=True)

    size, files = folder_size(FELTKART.parent)
    bare_size, bare_files = folder_size(BARE.parent)
    print(f"bundle dist/Feltkart: {size / 1e6:.0f} MB unpacked in {files} files; "
          f"{targz_size(FELTKART.parent) / 1e6:.0f} MB as tar.gz (target: unpacked < 200 MB)")
    print(f"bare frozen window:   {bare_size / 1e6:.0f} MB unpacked in {bare_files} files")

    folder = Path(tempfile.mkdtemp(prefix="feltkart-bundle-bench-"))
    env = dict(os.environ, FELTKART_STARTUP_PROBE="1", QT_QPA_PLATFORM=args.platform)
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache")):
        env[var] = str(folder / sub)
    xvfb = None
    if args.platform == "xcb":
        xvfb = subprocess.Popen(["Xvfb", ":96", "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
        time.sleep(1.0)
        env["DISPLAY"] = ":96"
    try:
        prepare_database(env)
        programs = {"bare frozen window": [str(BARE)], "frozen Feltkart": [str(FELTKART)]}
        for cmd in programs.values():
            time_once(cmd, env)  # warm the file cache
        times: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(args.runs):
            for name, cmd in programs.items():
                times[name].append(time_once(cmd, env)["FIRST_PAINT"])
    finally:
        if xvfb:
            xvfb.terminate()
        shutil.rmtree(folder, ignore_errors=True)
    medians = {name: statistics.median(t) for name, t in times.items()}
    print(f"start to first paint ({args.platform}), median of {args.runs}:")
    for name, t in times.items():
        print(f"  {name:20s} {medians[name] * 1000:6.0f} ms  ({min(t) * 1000:.0f}-{max(t) * 1000:.0f})")
    ratio = medians["frozen Feltkart"] / medians["bare frozen window"]
    print(f"  ratio: {ratio:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
