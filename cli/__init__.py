"""The command-line front end beside ``ui/``: ``main.py COMMAND ...`` parses its arguments (``cli.parser``) and
runs one module per command, each on the shared ``cli.base``. The core returns results; only this package
prints them."""

from __future__ import annotations

import argparse
import importlib

COMMANDS = ("demo", "stats", "export", "package", "merge")


def run(args: argparse.Namespace) -> int:
    """Run the command ``args.command`` (one of COMMANDS) and return its exit status."""
    module = importlib.import_module(f"cli.{args.command}_command")
    return module.run(args)
