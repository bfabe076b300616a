"""``main.py merge``: merge field packages into the database and print the report. Exit 0 when every package
was merged (conflicts are reported, not errors), 1 when one was refused or the merge could not be done."""

from __future__ import annotations

import json

from cli.base import opened, passphrase, read_secret, say, warn, warn_if_clock_behind
from cli.base import run as run_command
from core.base import dates
from core.interviews import DELETED_FIELD
from core.model import hlc
from core.sync.report import MergeReport


def run(args) -> int:
    return run_command("merge", lambda: _merge(args))


def _merge(args) -> int:
    from core.sync.merge import merge
    from core.sync.package import needs_passphrase

    own = read_secret(args.package_passphrase_file, "--package-passphrase-file") if getattr(
        args, "package_passphrase_file", None) else None
    with opened(args.db, writes=True, check=False) as store:  # merge checks every page first
        warn_if_clock_behind("merge", store)
        given = own or passphrase()
        secrets = {str(p): given for p in args.packages if given and needs_passphrase(p, store.key)}
        report = merge(store, args.packages, passphrases=secrets)
        took_key = _take_study_key(store, report)
    for line in report_lines(report):
        say(line)
    if took_key:
        say("this database is now encrypted with the study's key: it opens with the study's passphrase (the one "
            "the package opened with), and packages between it and the study's laptops need no passphrase")
    for exc in report.refused:
        warn("merge", f"refused {exc.path}: {exc.text}{HINTS.get(exc.reason, '')}")
    return 1 if report.refused else 0


def _take_study_key(store, report: MergeReport) -> bool:
    """A database encrypted before it joined its study re-written with the study's key (see
    ``MergeReport.study_key``); the database stays as it was when that fails, and the merge is done all the same."""
    from core.storage import crypt

    if report.study_key is None:
        return False
    if report.stopped:
        return False
    try:
        outcome = crypt.take_study_key(store, report.study_key)
    except Exception as exc:  # the merge is done; only the key stays the laptop's own
        warn("merge", f"merged, but the database could not take the study's key ({exc}); it still opens with "
                      "this laptop's passphrase, and the study's packages ask for the study's")
        return False
    for backup, why in outcome.failed:
        warn("merge", f"the backup {backup} could not be re-written with the study's key ({why}); it still opens "
                      "with this laptop's old passphrase")
    return True


HINTS = {
    "passphrase_needed": "; give its passphrase with --package-passphrase-file FILE",
    "wrong_passphrase": "; check the passphrase you were sent (a lost one cannot be recovered)",
    "encrypted_into_plain": "; the study is encrypted on the sending laptop: encrypt this database with the "
                            "study's passphrase ('encrypt'), then merge again",
    "plain_into_encrypted": "; the sending laptop's study is not encrypted: it must encrypt its database with the "
                            "study's passphrase and send a new package",
}


def _when(stamp: str) -> str:
    """A change's time from its stamp, in this computer's time zone: dd.mm.åååå tt:mm."""
    return dates.format_timestamp(hlc.iso(stamp))


def _values(c, deleted: str, edited: str) -> str:
    """A conflict's values with who and when; for a deletion, the deletion and the change made unaware of it."""
    if c.field == DELETED_FIELD:
        (_d, when_deleted, _dd, deleter), (_e, when_edited, _de, editor) = c.values
        return (f"{deleted} ({deleter}, {_when(when_deleted)}) | {edited} not knowing of it ({editor}, "
                f"{_when(when_edited)})")
    return " | ".join(f"{json.dumps(v, ensure_ascii=False)} ({who}, {_when(stamp)})" for v, stamp, _d, who in c.values)


def report_lines(report: MergeReport) -> list[str]:
    """The merge report as the command prints it, a fact a line."""
    out = [f"merged: {', '.join(report.merged) or 'nothing'}"]
    out += [f"refused: {exc.path}: {exc.text}" for exc in report.refused]
    if report.stopped:
        out.append(f"stopped by the user; not merged (nothing taken from them): {', '.join(report.stopped)}")
    out.append(f"added interviews: {report.added_interviews}; added changes: {report.added_changes}; "
               f"answers updated: {report.updated_answers}")
    out.append(f"fieldwork changes (sample, assignments, contacts, appointments): {report.fieldwork_changes}")
    out.append(f"conflicts: {len(report.conflicts)}; changed after deletion: {len(report.changed_after_delete)}; "
               f"possible duplicates: {len(report.duplicates)}; fieldwork conflicts: "
               f"{len(report.fieldwork_conflicts)}")
    for c in report.conflicts:
        label = c.field + (f" [{c.scheme}]" if c.scheme else "")
        out.append(f"  conflict {c.interview_id} {label}: {_values(c, 'deleted', 'edited')}")
    for c in report.fieldwork_conflicts:
        out.append(f"  fieldwork conflict {c.kind} {c.municipality or ''} {c.record_id} {c.field}: "
                   f"{_values(c, 'removed', 'changed')}")
    out += [f"  changed after deletion: {i}" for i in report.changed_after_delete]
    out += [f"  possible duplicate: {a} and {b}" for a, b in report.duplicates]
    if report.erased_logs:
        out.append(f"personal data erased as an erasure says (names and contacts): {report.erased_logs} logs")
    if report.backup:
        out.append(f"backup before merging: {report.backup}"
                   + (" (it still holds the erased names and contacts)" if report.erased_logs else ""))
    return out
