"""``main.py merge``: merge field packages into the database and print the report. Exit 0 when every package
was merged (conflicts are reported, not errors), 1 when one was refused or the merge could not be done."""

from __future__ import annotations

from cli.base import opened, run as run_command, say, warn, warn_if_clock_behind


def run(args) -> int:
    return run_command("merge", lambda: _merge(args))


def _merge(args) -> int:
    from core.merge import merge

    with opened(args.db, writes=True) as store:
        warn_if_clock_behind("merge", store)
        report = merge(store, args.packages)
    for line in report.lines():
        say(line)
    for exc in report.refused:
        warn("merge", f"refused {exc.path}: {exc.text}")
    return 1 if report.refused else 0
