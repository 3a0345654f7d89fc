"""The `leaps shortlist` commands: lists of cases to weigh, made, filled, exported and deleted."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli.command import Commands, add_actions, add_command, add_json_option
from desktop.cli.documents import add_document_target, write_document
from desktop.text.outside_text import print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.plans.service import Planning


def register(commands: Commands) -> None:
    """Add `leaps shortlist ...` to the `leaps` parser."""
    shortlist = add_actions(commands, "shortlist", "shortlists of cases: list, new, add, delete, export")
    listing = add_command(shortlist, "list", "every shortlist with its number of cases", _list)
    add_json_option(listing)
    new = add_command(shortlist, "new", "make a shortlist, empty or of the cases given; prints its id", _new)
    new.add_argument("name")
    new.add_argument("cases", nargs="*", metavar="CASE", help="case ids, in the order to list them")
    new.add_argument("--notes", default="", help="what the shortlist is for")
    add = add_command(shortlist, "add", "add cases to the end of a shortlist", _add)
    add.add_argument("id")
    add.add_argument("cases", nargs="+", metavar="CASE")
    add.add_argument("--note", default="", help="a note beside each case added")
    delete = add_command(shortlist, "delete", "delete a shortlist (its cases stay)", _delete)
    delete.add_argument("id")
    export = add_command(shortlist, "export", "write a shortlist as a document", _export)
    export.add_argument("id")
    add_document_target(export)


def _planning(catalogue: Catalogue) -> Planning:
    from desktop.plans.service import Planning

    return Planning(catalogue)


def _list(catalogue: Catalogue, args: argparse.Namespace) -> int:
    shortlists = _planning(catalogue).shortlists()
    if args.json:
        print_json(shortlists)
        return 0
    for shortlist in shortlists:
        print(f"{shortlist['id']}  {shortlist['name']} ({len(shortlist['items'])} cases)")
    return 0


def _new(catalogue: Catalogue, args: argparse.Namespace) -> int:
    items = [{"case_id": case_id, "note": ""} for case_id in args.cases]
    shortlist = _planning(catalogue).save_shortlist({"name": args.name, "notes": args.notes, "items": items})
    print(shortlist["id"])
    return 0


def _add(catalogue: Catalogue, args: argparse.Namespace) -> int:
    planning = _planning(catalogue)
    planning.shortlist(args.id)  # the shortlist must exist
    with catalogue.db.atomic():  # every case or none
        for case_id in args.cases:
            shortlist = planning.add_to_shortlist(args.id, case_id, args.note)
    print(f"{shortlist['name']}: {len(shortlist['items'])} cases")
    return 0


def _delete(catalogue: Catalogue, args: argparse.Namespace) -> int:
    _planning(catalogue).delete_shortlist(args.id)
    print(f"deleted {args.id}")
    return 0


def _export(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.plans.document import stored_shortlist_document

    return write_document(stored_shortlist_document(_planning(catalogue), args.id), args.format, args.out)
