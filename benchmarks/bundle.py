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
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from startup import measure, report  # noqa: E402

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

    programs = {"bare frozen window": [str(BARE)], "frozen Feltkart": [str(FELTKART)]}
    times, _views = measure(programs, args.runs, args.platform, display=":96")
    print(f"start to first paint ({args.platform}), median of {args.runs}:")
    report(times, "frozen Feltkart", "bare frozen window")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
