"""The `leaps history` command: a case's every version, reverts, and deleted cases restored."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli.command import Commands, add_command, add_json_option
from desktop.errors import QT_TRANSLATE_NOOP, UsageError, message
from desktop.text.outside_text import print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue


def register(commands: Commands) -> None:
    """Add the history command to the `leaps` parser."""
    history = add_command(
        commands,
        "history",
        "every saved version of a case, who made it and what changed; revert or restore",
        _history,
    )
    history.add_argument("id", nargs="?", help="the case's id")
    add_json_option(history)
    history.add_argument("--deleted", action="store_true", help="list deleted cases that can be restored")
    history.add_argument("--restore", action="store_true", help="bring the deleted case back")
    history.add_argument(
        "--revert", metavar="STAMP", help="set the case back to how it was just after this edit (a new edit)"
    )
    history.add_argument("--field", help="with --revert: set back only this field")


def _history(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue import history
    from desktop.sync.service import SyncService

    if args.deleted:
        deleted = history.deleted_cases(catalogue)
        if args.json:
            print_json(deleted)
            return 0
        for case in deleted:
            print(f"{case['id']}  deleted {case['deleted_at']}  {case['title']}")
        print(f"{len(deleted)} deleted case(s); bring one back with: leaps history ID --restore")
        return 0
    if not args.id:
        no_case = QT_TRANSLATE_NOOP(
            "Validation", "name a case: leaps history ID (or --deleted to list deleted cases)"
        )
        raise UsageError(message(no_case))
    if args.field and not args.revert:
        raise UsageError(message(QT_TRANSLATE_NOOP("Validation", "--field goes with --revert STAMP")))
    if args.restore:
        case = history.restore_deleted(catalogue, args.id)
        print(f"restored {case.id} ({case.title}) as it was before it was deleted")
        return 0
    if args.revert:
        if args.field:
            changed = history.revert_field(catalogue, args.id, args.field, args.revert)
        else:
            changed = history.revert_case(catalogue, args.id, args.revert)
        what = args.field or "the case"
        print(
            f"set {what} back to its version of {args.revert}"
            if changed
            else f"{what} already holds that version"
        )
        return 0
    sync = SyncService(catalogue)
    authors = history.Authors(catalogue, sync.device_name, sync.key.public_text)
    edits = history.case_history(catalogue, args.id, authors)
    if args.json:
        print_json([edit.to_json() for edit in edits])
        return 0
    for edit in edits:
        checked = "signed" if edit.verified else "not signed"
        print(f"{edit.time}  {edit.kind} by {edit.author} ({checked})  [{edit.stamp}]")
        for change in edit.changes:
            diff = change.diff().replace("\n", "\n        ")
            print(f"    {change.label()}: {diff}")
    print(f"{len(edits)} edit(s); set one back with: leaps history {args.id} --revert STAMP [--field NAME]")
    return 0
