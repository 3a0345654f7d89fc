"""The `leaps` command: opens the window when given no command, else runs the one it names."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def _window_only(arguments: list[str]) -> str | None:
    """The data dir asked for when the arguments only open the window ("" for the default), else None."""
    if not arguments:
        return ""
    if len(arguments) == 2 and arguments[0] == "--data-dir":
        return arguments[1]
    if len(arguments) == 1 and arguments[0].startswith("--data-dir="):
        return arguments[0].split("=", 1)[1]
    return None


def _open_window(data_dir: Path, files: Sequence[str] = ()) -> int:
    """Open the window on a catalogue folder: this entry is the only part of the command line that
    knows the window, so the commands run where Qt's widgets are not installed."""
    from desktop.ui.app import run_window

    return run_window(data_dir, list(files))


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or open the window) and return the exit status.

    Opening the window imports neither the command parser nor the commands: every module loaded
    here delays the first paint.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--index-part"] and len(arguments) == 3:
        # A helper process of an index rebuild (catalogue.index_docs.index_part), not a person's command.
        from desktop.catalogue.index_docs import index_part

        return index_part(Path(arguments[1]), Path(arguments[2]))
    # `leaps FILE.leaps` (a double-clicked bundle) opens the window on its import preview.
    files = [a for a in arguments if a.lower().endswith(".leaps") and not a.startswith("-")]
    window_data_dir = _window_only([a for a in arguments if a not in files])
    if window_data_dir is not None:
        from desktop.datadir import resolve_data_dir

        return _open_window(resolve_data_dir(window_data_dir or None), files)
    from desktop.cli.app import run

    try:
        status = run(arguments, _open_window)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`leaps search x | head`): what is left unprinted is not wanted.
        # Python would complain again when it flushes at exit, so stdout points at nothing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return status
