"""The `leaps duplicates`, `leaps merge` and `leaps unmerge` commands."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli.command import Commands, add_command, add_json_option
from desktop.text.outside_text import print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue


def register(commands: Commands) -> None:
    """Add the duplicate commands to the `leaps` parser."""
    listing = add_command(
        commands,
        "duplicates",
        "list likely duplicate cases (same external id, source address, or title and city)",
        _duplicates,
    )
    add_json_option(listing)
    merge = add_command(
        commands, "merge", "merge a case into another: every source, component and attachment is kept", _merge
    )
    merge.add_argument("keep", help="the id of the case that stays")
    merge.add_argument("other", help="the id of the case merged into it, then removed")
    unmerge = add_command(commands, "unmerge", "undo the merge that removed a case", _unmerge)
    unmerge.add_argument(
        "other",
        nargs="?",
        help="the id of the case the merge removed; without it, the merges that can be undone are listed",
    )
    add_json_option(unmerge)


def _duplicates(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.duplicates import find_duplicates

    found = find_duplicates(catalogue)
    if args.json:
        print_json([d.to_json() for d in found])
        return 0
    for duplicate in found:
        print(f"{duplicate.first}  {duplicate.first_title}")
        print(f"{duplicate.second}  {duplicate.second_title}")
        print(f"    same {duplicate.reason}; merge with: leaps merge {duplicate.first} {duplicate.second}")
    print(f"{len(found)} pair(s) of likely duplicates")
    return 0


def _merge(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.duplicates import merge_cases

    merged = merge_cases(catalogue, args.keep, args.other)
    print(
        f"merged {args.other} into {merged.id} ({merged.title}): {len(merged.sources)} source(s), "
        f"{len(merged.components)} component(s), {len(merged.attachments)} attachment(s); "
        f"undo with: leaps unmerge {args.other}"
    )
    return 0


def _unmerge(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.duplicates import undoable_merges, unmerge_cases

    if args.other is None:
        merges = undoable_merges(catalogue)
        if args.json:
            print_json([vars(merge) for merge in merges])
            return 0
        for merge in merges:
            print(f"{merge.removed}  {merge.removed_title}")
            when = merge.merged_at or "at a time not recorded"
            print(f"    merged into {merge.kept} ({merge.kept_title}) {when}")
            print(f"    undo with: leaps unmerge {merge.removed}")
        print(f"{len(merges)} merge(s) to undo, the latest first")
        return 0
    keep, other = unmerge_cases(catalogue, args.other)
    print(f"{other.id} ({other.title}) is back, and {keep.id} ({keep.title}) as it was before the merge")
    return 0
