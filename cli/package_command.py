"""``main.py package``: a field package (.feltkart) of the database for another laptop."""

from __future__ import annotations

from cli.base import Failure, opened, say, warn, warn_if_clock_behind
from cli.base import run as run_command


def run(args) -> int:
    return run_command("package", lambda: _package(args))


def _package(args) -> int:
    from core.base.passphrases import generate
    from core.sync.package import PackageError, make_package

    with opened(args.db, writes=True, check=False) as store:  # make_package checks every page first
        warn_if_clock_behind("package", store)
        try:
            one_off = generate() if args.one_off else None
            manifest = make_package(store, args.out, args.since_last, passphrase=one_off)
        except PackageError as exc:
            raise Failure(f"cannot write {exc.path}: {exc.detail or exc.reason}") from exc
    part = f" (changes since the last package for {args.since_last})" if manifest.since else ""
    if one_off:  # stdout holds the passphrase alone, for a script to take; the rest goes to stderr
        say(one_off)
        warn("package", f"{manifest.interviews} interviews and {manifest.changes} changes{part} of "
                        f"{manifest.study_name!r} written to {args.out}, encrypted with the one-off passphrase printed"
                        f" on stdout: send it by another channel than the package (a call or a text message)")
        return 0
    how = " (encrypted with the study's passphrase)" if manifest.encryption == "study" else ""
    say(f"package: {manifest.interviews} interviews and {manifest.changes} changes{part} of "
        f"{manifest.study_name!r} written to {args.out}{how}")
    return 0
