"""The `leaps plan`, `leaps profile` and `leaps progress` commands."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.command import Commands, add_actions, add_command, add_json_option
from desktop.cli.documents import add_document_target, write_document
from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store.errors import CatalogueError
from desktop.text.outside_text import print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.plans.service import Planning


def register(commands: Commands) -> None:
    """Add the planning commands to the `leaps` parser."""
    plan = add_actions(
        commands, "plan", "adaptation plans: list, show, start, new, edit, duplicate, delete, export"
    )
    add_json_option(add_command(plan, "list", "every plan with its case, city and stage", _plan_list))
    show = add_command(plan, "show", "one plan, every section", _plan_show)
    show.add_argument("id")
    add_json_option(show, "the plan as JSON (what `plan new/edit` read)")
    start = add_command(
        plan,
        "start",
        "start a plan adapting a case, filled in from the case (and profile); prints its id",
        _plan_start,
    )
    start.add_argument("case", help="the id of the case to adapt")
    start.add_argument("--profile", default="", help="the id of the target city's profile")
    start.add_argument("--language", default="en", help="the plan's language (en, ko, id...)")
    new = add_command(plan, "new", "add a plan from a JSON file", _plan_new)
    new.add_argument("file", type=Path)
    edit = add_command(plan, "edit", "replace a plan with the contents of a JSON file", _plan_edit)
    edit.add_argument("id")
    edit.add_argument("file", type=Path)
    duplicate = add_command(
        plan, "duplicate", "copy a plan under a new title, back in draft", _plan_duplicate
    )
    duplicate.add_argument("id")
    duplicate.add_argument("title")
    delete = add_command(plan, "delete", "delete a plan, its progress entries and its draft", _plan_delete)
    delete.add_argument("id")
    export = add_command(plan, "export", "write a plan as a document", _plan_export)
    export.add_argument("id")
    add_document_target(export)
    publish = add_command(
        plan,
        "publish",
        "publish a scaling plan's adapted practice as a new case, adapted from the original",
        _plan_publish,
    )
    publish.add_argument("id")

    profile = add_actions(commands, "profile", "city profiles: the settings practices are adapted to")
    add_json_option(add_command(profile, "list", "every city profile", _profile_list))
    profile_show = add_command(profile, "show", "one city profile as JSON", _profile_show)
    profile_show.add_argument("id")
    profile_add = add_command(
        profile, "add", "add (or update, by id) a profile from a JSON file", _profile_add
    )
    profile_add.add_argument("file", type=Path)
    profile_delete = add_command(
        profile, "delete", "delete a city profile (refused while plans adapt to it)", _profile_delete
    )
    profile_delete.add_argument("id")

    progress = add_actions(commands, "progress", "record how a transfer is going")
    progress_add = add_command(progress, "add", "add a progress entry from a JSON file", _progress_add)
    progress_add.add_argument("plan")
    progress_add.add_argument("file", type=Path)
    progress_list = add_command(progress, "list", "a plan's progress entries, oldest first", _progress_list)
    progress_list.add_argument("plan")
    add_json_option(progress_list)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(
            message(QT_TRANSLATE_NOOP("Validation", "{path} does not exist."), path=path)
        ) from None
    except UnicodeDecodeError:
        not_utf8 = QT_TRANSLATE_NOOP("Validation", "{path} is not UTF-8 text; save it as UTF-8 JSON.")
        raise CatalogueError(message(not_utf8, path=path)) from None
    except json.JSONDecodeError as error:
        not_json = QT_TRANSLATE_NOOP("Validation", "{path} is not valid JSON (line {line}: {reason}).")
        raise CatalogueError(message(not_json, path=path, line=error.lineno, reason=error.msg)) from None


def _planning(catalogue: Catalogue) -> Planning:
    from desktop.plans.service import Planning

    return Planning(catalogue)


def _plan_list(catalogue: Catalogue, args: argparse.Namespace) -> int:
    plans = _planning(catalogue).plans()
    if args.json:
        print_json(plans)
        return 0
    for plan in plans:
        target = "city profile deleted" if plan["profile_deleted"] else plan["target_city"] or "?"
        where = f"{plan['origin_city'] or '?'} -> {target}"
        stage = f", {plan['stage']}" if plan["stage"] else ""
        print(f"{plan['id']}  [{plan['state']}{stage}]  {plan['title']}  ({where})")
    return 0


def _plan_show(catalogue: Catalogue, args: argparse.Namespace) -> int:
    planning = _planning(catalogue)
    plan = planning.plan(args.id)
    if args.json:
        print_json(plan)
        return 0
    print(f"{plan['title']}\nstate: {plan['state']}, language: {plan['language']}")
    for risk in planning.risks(plan):
        flagged = " (flagged by the fit check)" if risk.get("flagged") else ""
        print(f"risk: {risk['risk']}{flagged}")
    return 0


def _plan_start(catalogue: Catalogue, args: argparse.Namespace) -> int:
    print(_planning(catalogue).start_plan(args.case, args.profile, args.language)["id"])
    return 0


def _plan_duplicate(catalogue: Catalogue, args: argparse.Namespace) -> int:
    print(_planning(catalogue).duplicate_plan(args.id, args.title)["id"])
    return 0


def _plan_new(catalogue: Catalogue, args: argparse.Namespace) -> int:
    print(_planning(catalogue).create_plan(_read_json(args.file))["id"])
    return 0


def _plan_edit(catalogue: Catalogue, args: argparse.Namespace) -> int:
    _planning(catalogue).edit_plan(args.id, _read_json(args.file))
    print(f"updated {args.id}")
    return 0


def _plan_publish(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.plans.variants import publish_variant

    case = publish_variant(_planning(catalogue), args.id)
    print(
        f"{case.id}  {case.title}  (adapted from {case.external_id}; search: adapted_from:{case.external_id})"
    )
    return 0


def _plan_delete(catalogue: Catalogue, args: argparse.Namespace) -> int:
    _planning(catalogue).delete_plan(args.id)
    print(f"deleted {args.id}")
    return 0


def _plan_export(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.plans.document import stored_plan_document

    return write_document(stored_plan_document(_planning(catalogue), args.id), args.format, args.out)


def _profile_list(catalogue: Catalogue, args: argparse.Namespace) -> int:
    profiles = _planning(catalogue).profiles()
    if args.json:
        print_json(profiles)
        return 0
    for profile in profiles:
        print(f"{profile['id']}  {profile['name']} ({profile['country'] or '?'})")
    return 0


def _profile_show(catalogue: Catalogue, args: argparse.Namespace) -> int:
    print_json(_planning(catalogue).profile(args.id))
    return 0


def _profile_add(catalogue: Catalogue, args: argparse.Namespace) -> int:
    print(_planning(catalogue).save_profile(_read_json(args.file))["id"])
    return 0


def _profile_delete(catalogue: Catalogue, args: argparse.Namespace) -> int:
    _planning(catalogue).delete_profile(args.id)
    print(f"deleted {args.id}")
    return 0


def _progress_add(catalogue: Catalogue, args: argparse.Namespace) -> int:
    print(_planning(catalogue).add_progress(args.plan, _read_json(args.file))["id"])
    return 0


def _progress_list(catalogue: Catalogue, args: argparse.Namespace) -> int:
    planning = _planning(catalogue)
    planning.plan(args.plan)  # the plan must exist
    entries = planning.progress(args.plan)
    if args.json:
        print_json(entries)
        return 0
    for entry in entries:
        print(f"{entry['date']}  {entry['stage']:9}  {entry['narrative'][:80]}")
    return 0
