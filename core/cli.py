"""Command-line commands of main.py that need no window."""

from __future__ import annotations

import sys
from pathlib import Path

from core import demo
from core.errors import StoreError


def run_demo(db_path: Path, interviews: int, seed: int) -> int:
    from core import interviews as iv
    from core.store import open_store

    if interviews < 1 or interviews > 100_000:
        print("demo: --interviews must be from 1 to 100000", file=sys.stderr)
        return 2
    try:
        store = open_store(db_path)
    except StoreError as exc:
        print(f"demo: cannot open {db_path}: {type(exc).__name__} ({exc.detail or exc.path})", file=sys.stderr)
        return 1
    try:
        from core import study

        has_interviews = bool(iv.list_interviews(store) or iv.list_interviews(store, trash=True))
        if has_interviews or (study.load(store).configured and not demo.is_demo(store)):
            kind = "demo data already" if demo.is_demo(store) else "a study of its own"
            print(f"demo: {db_path} holds {kind}; demo data goes into a new file (choose another --db)",
                  file=sys.stderr)
            return 1
        n = demo.make_demo(store, interviews=interviews, seed=seed)
        print(f"demo: {n} interviews written to {db_path}")
        return 0
    finally:
        store.close()
