"""``main.py fieldwork``: the response rates (AAPOR) by a grouping as ``svarprosent.csv`` and the non-response
table as ``frafall.csv``."""

from __future__ import annotations

from cli.base import Failure, opened, out_folder, say, write_table
from cli.base import run as run_command


def run(args) -> int:
    return run_command("fieldwork", lambda: _fieldwork(args))


def _fieldwork(args) -> int:
    from core.analysis import response

    if args.out.exists() and not args.out.is_dir():
        raise Failure(f"{args.out} is a file; give a folder for svarprosent.csv and frafall.csv")
    with opened(args.db, writes=False) as store:
        data = response.prepare(store)
        if not data.rows:
            raise Failure("the study has no sample yet: make one with 'main.py sample' or in the Fieldwork view "
                          "(Feltarbeid); nothing was written")
        out = out_folder(args.out)
        write_table(out / "svarprosent.csv", *response.rate_table(data, args.by))
        write_table(out / "frafall.csv", *response.nonresponse_table(data))
    total = data.counts
    rr1 = total.rate("RR1")
    say(f"fieldwork: {total.sample} sampled municipalities ({total.NE} not eligible), {total.I} interviewed, "
        f"RR1 {'-' if rr1 is None else f'{rr1:.1%}'}; svarprosent.csv (by {args.by}) and frafall.csv written to "
        f"{out}")
    return 0
