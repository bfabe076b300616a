"""``main.py sample``: make the study's sample as the Fieldwork view does: the whole registry (--census), a
stratified draw from a seed (--draw), or a list of municipality numbers (--import), whose report is printed row
by row and taken only with --yes when a row has a problem or was read with a guess."""

from __future__ import annotations

from cli.base import Failure, opened, say
from cli.base import run as run_command

PROBLEMS = {"not_a_number": "not a municipality number or name", "not_in_registry": "not in the study's registry",
            "duplicate": "already in the list"}
NOTES = {"leading_zero": "read with its leading zero"}


def run(args) -> int:
    return run_command("sample", lambda: _sample(args))


def _sample(args) -> int:
    from core.fieldwork import sample

    if args.draw is not None and args.seed is None:
        raise Failure("--draw needs --seed, so that the same sample can be drawn again", 2)
    if args.seed is not None and not 0 <= args.seed < 2**53:
        raise Failure(f"--seed {args.seed}: give a whole number from 0 up, for example 20261202", 2)
    sizes = None
    if args.draw is not None:
        try:
            sizes = sample.parse_sizes(args.draw)
        except ValueError as exc:
            raise Failure(f"--draw {args.draw!r}: cannot read {str(exc)!r}; write class:number pairs such as "
                          f"\"6:20,5:20,4:10\", or class/county:number such as \"6/18:3\"", 2) from None
    with opened(args.db, writes=True) as store:
        existing = sample.members(store)
        if existing and not args.replace:
            raise Failure(f"the study has a sample of {len(existing)} municipalities already; give --replace to "
                          f"make it again (contacts and interviews are kept), or change it in the Fieldwork view")
        if args.census:
            n = sample.census(store)
            say(f"sample: census, every municipality of the registry ({n})")
        elif sizes is not None:
            n = _draw(store, sizes, args.seed)
        else:
            n = _import(store, args)
            if n is None:
                return 1
    return 0


def _draw(store, sizes: dict[str, int], seed: int) -> int:
    from core.fieldwork import sample

    try:
        n = sample.make_drawn(store, sizes, seed)
    except sample.StratumTooSmall as exc:
        short = "; ".join(f"stratum {k.replace(':', '/')}: {asked} asked, only {held} there"
                          for k, (asked, held) in exc.shortfalls.items())
        raise Failure(f"cannot draw: {short}. Nothing was changed.") from None
    say(f"sample: stratified draw of {n} municipalities with seed {seed} "
        f"({', '.join(f'{k}: {v}' for k, v in sizes.items())})")
    return n


def _import(store, args) -> int | None:
    from core.fieldwork import sample
    from core.fieldwork.sample_list import ListError
    from core.reference import registry, study

    places = registry.municipalities(store, study.load(store).registry_version)
    try:
        report = sample.read_sample_list(args.import_file, places)
    except ListError as exc:
        why = {"empty": "it holds no rows", "no_number_column": "no column holds municipality numbers or names",
               "unreadable": f"it cannot be read ({exc.detail})"}[exc.reason]
        raise Failure(f"{exc.path}: {why}. Nothing was imported.") from None
    say(f"{report.path}: {len(report.rows)} rows ({report.encoding}"
        f"{f', separated by {report.delimiter!r}' if report.delimiter else ''}"
        f"{f', column {report.column!r}' if report.column else ''}); {len(report.valid)} valid")
    for row in report.problems:
        what = PROBLEMS.get(row.problem) or NOTES.get(row.note, "")
        extra = f" ({NOTES[row.note]})" if row.problem and row.note else ""
        say(f"  row {row.line}: {row.raw!r}{f' -> {row.number}' if row.number else ''}: {what}{extra}")
    if not report.valid:
        raise Failure("no valid municipality in the list. Nothing was imported.")
    if report.problems and not args.yes:
        raise Failure(f"{len(report.problems)} rows have a problem or were read with a guess (above); nothing was "
                      f"imported. Run again with --yes to import the {len(report.valid)} valid rows.")
    n = sample.make_imported(store, report)
    say(f"sample: {n} municipalities imported from {report.path.name}")
    return n
