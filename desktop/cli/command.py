"""The one pattern every `leaps` command follows: a parser with its help, and the handler it runs.

Each module of desktop/cli/ has a `register(commands)` that adds its commands with `add_command`
(or groups of actions with `add_actions`). A handler takes the opened catalogue and the parsed
arguments and returns the exit status; a command that needs no catalogue (the administrator's
organisation commands, the seed check) is added with `opens_catalogue=False` and takes only the
arguments. Handlers import their services when they run, so `leaps --help` loads none of them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.errors import LeapsError

Handler = Callable[["Catalogue", argparse.Namespace], int]
Alone = Callable[[argparse.Namespace], int]
Commands = Any  # argparse's sub-command action; its class is private to argparse


def add_command(
    commands: Commands, name: str, help: str, handler: Handler | Alone, *, opens_catalogue: bool = True
) -> argparse.ArgumentParser:
    """A command (or an action of a group) with its help, run by `handler`."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help, description=help)
    parser.set_defaults(handler=handler, opens_catalogue=opens_catalogue)
    return parser


def add_actions(commands: Commands, name: str, help: str) -> Commands:
    """A command made of actions (`leaps plan list`, `leaps plan show ID`...): add each with add_command."""
    group: argparse.ArgumentParser = commands.add_parser(name, help=help, description=help)
    return group.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def add_json_option(parser: argparse.ArgumentParser, help: str = "print it as JSON") -> None:
    """The --json option of a command that can print what it shows for a script to read."""
    parser.add_argument("--json", action="store_true", help=help)


def report_error(error: LeapsError) -> int:
    """Print an error as the command line says it (English, with its code); the exit status."""
    print(f"leaps: {error.command_line_text()}", file=sys.stderr)
    return 1
