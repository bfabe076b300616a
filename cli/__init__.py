"""The command-line front end beside ``ui/``: ``main.py COMMAND ...`` parses its arguments (``cli.parser``) and
runs one module per command, each on the shared ``cli.base``. The core returns results; only this package
prints them."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    """Run the command ``args.command`` and return its exit status. (Each module is imported by name here, so
    that the bundle finds it.)"""
    from cli.base import use_passphrase_file

    use_passphrase_file(getattr(args, "passphrase_file", None))
    if args.command == "demo":
        from cli import demo_command as command
    elif args.command == "stats":
        from cli import stats_command as command
    elif args.command == "export":
        from cli import export_command as command
    elif args.command == "package":
        from cli import package_command as command
    elif args.command == "merge":
        from cli import merge_command as command
    elif args.command == "fieldwork":
        from cli import fieldwork_command as command
    elif args.command == "sample":
        from cli import sample_command as command
    elif args.command in ("encrypt", "decrypt", "rekey"):
        from cli import encryption_command as command
    elif args.command == "erase-personal":
        from cli import erase_command as command
    else:
        raise ValueError(f"no command {args.command!r}")
    return command.run(args)
