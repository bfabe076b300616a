"""``main.py demo``: a new database with reproducible demo interviews."""

from __future__ import annotations

from cli.base import Failure, opened, say
from cli.base import run as run_command


def run(args) -> int:
    return run_command("demo", lambda: _demo(args))


def _demo(args) -> int:
    from core import demo
    from core import interviews as iv
    from core.reference import study

    if not 1 <= args.interviews <= 100_000:
        raise Failure("--interviews must be from 1 to 100000", 2)
    with opened(args.db, writes=True, create=True) as store:
        has_interviews = bool(iv.list_interviews(store) or iv.list_interviews(store, trash=True))
        if has_interviews or (study.load(store).configured and not demo.is_demo(store)):
            kind = "demo data already" if demo.is_demo(store) else "a study of its own"
            raise Failure(f"{args.db} holds {kind}; demo data goes into a new file (choose another --db)")
        n = demo.make_demo(store, interviews=args.interviews, seed=args.seed,
                           with_names=args.with_names)
    names = " (informants and contact persons with made-up names and contacts)" if args.with_names else ""
    say(f"demo: {n} interviews written to {args.db}{names}")
    return 0
