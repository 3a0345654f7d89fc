"""The `leaps` command line: the parser every command module registers on, and running a command."""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import __version__
from desktop.cli import (
    cases,
    documents,
    duplicates,
    history,
    maintenance,
    org,
    plans,
    sheets,
    shortlists,
    sync,
    translate,
)
from desktop.cli.command import report_error
from desktop.datadir import resolve_data_dir
from desktop.errors import LeapsError
from desktop.text.outside_text import TerminalSafeStream

# In the order `leaps --help` lists their commands.
COMMAND_MODULES = (
    cases,
    history,
    maintenance,
    sync,
    org,
    plans,
    shortlists,
    documents,
    sheets,
    duplicates,
    translate,
)


def parser() -> argparse.ArgumentParser:
    """The `leaps` parser, with every command of every module."""
    leaps = argparse.ArgumentParser(
        prog="leaps",
        description="LEAPS Catalogue: city innovation cases to learn from, offline. "
        "With no command, opens the window.",
    )
    leaps.add_argument("--version", action="version", version=f"leaps {__version__}")
    leaps.add_argument("--data-dir", help="catalogue folder (default: LEAPS_DATA_DIR or the user data dir)")
    commands = leaps.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return leaps


def run(arguments: Sequence[str], open_window: Callable[[Path], int] | None = None) -> int:
    """Parse a command line that names a command and run it; with no command, open the window
    (`open_window`, given by the entry, the one part of the command line that knows the window)."""
    args = parser().parse_args(arguments)
    if args.command is None:
        if open_window is None:
            parser().print_help()
            return 2
        return open_window(resolve_data_dir(args.data_dir))
    if not args.opens_catalogue:
        try:
            return int(args.handler(args))
        except LeapsError as error:
            return report_error(error)
        except OSError as error:
            print(f"leaps: {error}", file=sys.stderr)
            return 1
    # The command line's own imports wait until here, so `leaps --help` needs none of them.
    from desktop.catalogue.service import Catalogue

    # Titles, names and messages come from bundles, sheets and cases: nothing in them may drive the
    # terminal (move the cursor, retitle the window, reorder a line).
    with (
        contextlib.redirect_stdout(TerminalSafeStream(sys.stdout)),
        contextlib.redirect_stderr(TerminalSafeStream(sys.stderr)),
    ):
        try:
            catalogue = Catalogue.open(resolve_data_dir(args.data_dir))
        except LeapsError as error:
            return report_error(error)
        try:
            return int(args.handler(catalogue, args))
        except LeapsError as error:
            return report_error(error)
        except (OSError, sqlite3.OperationalError) as error:
            # A full disk or a failing drive midway: SQLite rolls the transaction back.
            print(f"leaps: {error}. If the disk is full, free some space and run it again.", file=sys.stderr)
            return 1
        finally:
            catalogue.close()
