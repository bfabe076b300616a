"""``main.py erase-personal``: erase the informants' and contact persons' names and contacts, for the whole study
or one informant (``--informant``, the id the export's ``informanter`` sheet gives), from the answers, the change
log, the text index and the file's free pages; the erasure travels in the next packages. The backups beside the
database still hold the names: they are listed, and removed with ``--remove-backups``. Exit 0 done, 1 refused
or failed, 2 a bad argument (an informant that is not there)."""

from __future__ import annotations

from cli.base import Failure, opened, say, warn
from cli.base import run as run_command

REASONS = {
    "format": "is not an informant id: write the interview's id, a hyphen and the informant's number, as the "
              "export's informanter sheet gives it (for example 0f1e…-1)",
    "interview": "names no interview in this database",
    "number": "names an informant the interview does not have (it has {count})",
    "empty": "names an informant with neither name nor contact: there is nothing to erase",
}


def run(args) -> int:
    return run_command("erase-personal", lambda: _erase(args))


def _erase(args) -> int:
    from core.privacy.erasure import UnknownInformantError, erase_personal_data

    with opened(args.db, writes=True) as store:
        try:
            outcome = erase_personal_data(store, args.informant, remove_backups=args.remove_backups)
        except UnknownInformantError as exc:
            raise Failure(f"--informant {exc.informant_id!r} {REASONS[exc.reason].format(count=exc.count)}; "
                          f"nothing was erased", 2) from None
    what = (f"informant {args.informant}" if args.informant else
            "every informant and contact person of the study")
    say(f"erased: the names and contacts of {what}, from the answers, every change of the log and the text index "
        f"({outcome.changed} logs changed); a record of the erasure (who, when, what) is kept and travels in "
        f"the next packages")
    if not outcome.log_emptied:
        warn("erase-personal", "the write-ahead log could not be emptied (another program was reading); it is "
                               "overwritten as the database is used")
    for path in outcome.removed:
        say(f"removed backup: {path}")
    for path in outcome.left:
        warn("erase-personal", f"this backup still holds the names: {path} (remove it, or run again with "
                               f"--remove-backups)")
    say("packages made before the erasure still hold the names: delete them, or merge the next package "
        "where they were merged")
    return 0
