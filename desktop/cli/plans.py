"""The `leaps plan`, `leaps profile` and `leaps progress` commands."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.documents import add_document_target, write_document
from desktop.store.errors import CatalogueError
from desktop.text.outside_text import print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.plans.service import Planning


def add_plan_parsers(commands: argparse._SubParsersAction) -> None:
    """Add the planning commands to the `leaps` parser."""
    plan = commands.add_parser("plan", help="adaptation plans: list, show, new, edit, delete, export")
    plan_commands = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    listing = plan_commands.add_parser("list", help="every plan with its case, city and stage")
    listing.add_argument("--json", action="store_true")
    show = plan_commands.add_parser("show", help="one plan, every section")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="the plan as JSON (what `plan new/edit` read)")
    new = plan_commands.add_parser("new", help="add a plan from a JSON file")
    new.add_argument("file", type=Path)
    edit = plan_commands.add_parser("edit", help="replace a plan with the contents of a JSON file")
    edit.add_argument("id")
    edit.add_argument("file", type=Path)
    delete = plan_commands.add_parser("delete", help="delete a plan, its progress entries and its draft")
    delete.add_argument("id")
    export = plan_commands.add_parser("export", help="write a plan as a document")
    export.add_argument("id")
    add_document_target(export)

    profile = commands.add_parser("profile", help="city profiles: the settings practices are adapted to")
    profile_commands = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    profile_list = profile_commands.add_parser("list", help="every city profile")
    profile_list.add_argument("--json", action="store_true")
    profile_show = profile_commands.add_parser("show", help="one city profile as JSON")
    profile_show.add_argument("id")
    profile_add = profile_commands.add_parser("add", help="add (or update, by id) a profile from a JSON file")
    profile_add.add_argument("file", type=Path)
    profile_delete = profile_commands.add_parser(
        "delete", help="delete a city profile (refused while plans adapt to it)"
    )
    profile_delete.add_argument("id")

    progress = commands.add_parser("progress", help="record how a transfer is going")
    progress_commands = progress.add_subparsers(dest="progress_command", metavar="ACTION", required=True)
    progress_add = progress_commands.add_parser("add", help="add a progress entry from a JSON file")
    progress_add.add_argument("plan")
    progress_add.add_argument("file", type=Path)
    progress_list = progress_commands.add_parser("list", help="a plan's progress entries, oldest first")
    progress_list.add_argument("plan")
    progress_list.add_argument("--json", action="store_true")


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(f"{path} does not exist.") from None
    except UnicodeDecodeError:
        raise CatalogueError(f"{path} is not UTF-8 text; save it as UTF-8 JSON.") from None
    except json.JSONDecodeError as error:
        raise CatalogueError(f"{path} is not valid JSON (line {error.lineno}: {error.msg}).") from None


def _planning(catalogue: Catalogue) -> Planning:
    from desktop.plans.service import Planning

    return Planning(catalogue)


def _plan(catalogue: Catalogue, args: argparse.Namespace) -> int:
    planning = _planning(catalogue)
    action = args.plan_command
    if action == "list":
        plans = planning.plans()
        if args.json:
            print_json(plans)
        for plan in [] if args.json else plans:
            target = "city profile deleted" if plan["profile_deleted"] else plan["target_city"] or "?"
            where = f"{plan['origin_city'] or '?'} -> {target}"
            stage = f", {plan['stage']}" if plan["stage"] else ""
            print(f"{plan['id']}  [{plan['state']}{stage}]  {plan['title']}  ({where})")
        return 0
    if action == "show":
        plan = planning.plan(args.id)
        if args.json:
            print_json(plan)
        else:
            print(f"{plan['title']}\nstate: {plan['state']}, language: {plan['language']}")
            for risk in planning.risks(plan):
                flagged = " (flagged by the fit check)" if risk.get("flagged") else ""
                print(f"risk: {risk['risk']}{flagged}")
        return 0
    if action == "new":
        print(planning.create_plan(_read_json(args.file))["id"])
        return 0
    if action == "edit":
        planning.edit_plan(args.id, _read_json(args.file))
        print(f"updated {args.id}")
        return 0
    if action == "delete":
        planning.delete_plan(args.id)
        print(f"deleted {args.id}")
        return 0
    from desktop.plans.document import stored_plan_document

    return write_document(stored_plan_document(planning, args.id), args.format, args.out)


def _profile(catalogue: Catalogue, args: argparse.Namespace) -> int:
    planning = _planning(catalogue)
    action = args.profile_command
    if action == "list":
        profiles = planning.profiles()
        if args.json:
            print_json(profiles)
        for profile in [] if args.json else profiles:
            print(f"{profile['id']}  {profile['name']} ({profile['country'] or '?'})")
    elif action == "show":
        print_json(planning.profile(args.id))
    elif action == "delete":
        planning.delete_profile(args.id)
        print(f"deleted {args.id}")
    else:
        print(planning.save_profile(_read_json(args.file))["id"])
    return 0


def _progress(catalogue: Catalogue, args: argparse.Namespace) -> int:
    planning = _planning(catalogue)
    if args.progress_command == "add":
        print(planning.add_progress(args.plan, _read_json(args.file))["id"])
        return 0
    planning.plan(args.plan)
    entries = planning.progress(args.plan)
    if args.json:
        print_json(entries)
    for entry in [] if args.json else entries:
        print(f"{entry['date']}  {entry['stage']:9}  {entry['narrative'][:80]}")
    return 0


PLAN_COMMANDS: dict[str, Callable[[Catalogue, argparse.Namespace], int]] = {
    "plan": _plan,
    "profile": _profile,
    "progress": _progress,
}
