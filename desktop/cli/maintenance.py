"""The commands that look after the catalogue file: index, checks, clock, info, backup, restore, seed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.command import Commands, add_command, add_json_option
from desktop.cli.progress import ProgressLine
from desktop.text.outside_text import print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue


def register(commands: Commands) -> None:
    """Add the catalogue file's commands to the `leaps` parser."""
    add_command(commands, "reindex", "rebuild the search index from the catalogue", _reindex)
    add_command(commands, "check", "check the catalogue file, its clock and the search index", _check)
    add_command(
        commands,
        "repair-clock",
        "restamp edits stamped more than a day ahead of this computer's clock",
        _repair_clock,
    )
    info = add_command(commands, "info", "data dir, counts and versions", _info)
    add_json_option(info)
    backup = add_command(commands, "backup", "copy the catalogue to a new file", _backup)
    backup.add_argument("out", type=Path)
    restore = add_command(commands, "restore", "replace the catalogue with a backup", _restore)
    restore.add_argument("file", type=Path)
    seed = add_command(commands, "seed-check", "validate seed case files", _seed_check, opens_catalogue=False)
    seed.add_argument("folder", nargs="?", type=Path)
    publish = add_command(
        commands,
        "seed-publish",
        "write every case as a new seed catalogue in FOLDER (in an organisation, a curator's job)",
        _seed_publish,
    )
    publish.add_argument("folder", type=Path)


def _reindex(catalogue: Catalogue, _args: argparse.Namespace) -> int:
    indexing = ProgressLine("Indexing cases")
    catalogue.reindex(indexing)
    indexing.done(f"index rebuilt: {catalogue.index.doc_count()} cases")
    return 0


def _check(catalogue: Catalogue, _args: argparse.Namespace) -> int:
    problems = catalogue.check()
    for problem in problems:
        print(problem)
    if not problems:
        print(f"ok: {catalogue.count()} cases, index consistent")
    return 1 if problems else 0


def _repair_clock(catalogue: Catalogue, _args: argparse.Namespace) -> int:
    problem = catalogue.clock_problem()
    if problem is None:
        print("ok: no stamp is more than a day ahead of this computer's clock")
        return 0
    touched = catalogue.repair_clock()
    print(f"restamped edits from the future as this device's edits now ({len(touched)} case(s) touched)")
    return 0


def _info(catalogue: Catalogue, args: argparse.Namespace) -> int:
    info = catalogue.info()
    if args.json:
        print_json(info)
        return 0
    print(f"data dir:  {info['data_dir']}\ncatalogue: {info['catalogue']}\ndevice:    {info['device_id']}")
    print(f"schema:    {info['schema_version']}   indexed: {info['indexed']}")
    print("counts:    " + ", ".join(f"{k} {v}" for k, v in info["counts"].items()))
    print("versions:  " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()))
    return 0


def _backup(catalogue: Catalogue, args: argparse.Namespace) -> int:
    print(f"backed up to {catalogue.backup(args.out)}")
    return 0


def _restore(catalogue: Catalogue, args: argparse.Namespace) -> int:
    saved = catalogue.restore(args.file)
    print(f"restored {args.file} ({catalogue.count()} cases); the previous catalogue is in {saved}")
    return 0


def _seed_publish(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.seed import publish_seed

    count = publish_seed(catalogue, args.folder)
    print(f"{count} cases written as a seed catalogue in {args.folder}")
    return 0


def _seed_check(args: argparse.Namespace) -> int:
    from desktop.catalogue.seed import check_seed

    cases, errors = check_seed(args.folder)
    for error in errors:
        print(error, file=sys.stderr)
    print(f"{len(cases)} valid case files, {len(errors)} with problems")
    return 1 if errors else 0
