"""The `leaps` commands: every catalogue feature from the shell, parsed and run."""

from __future__ import annotations

import argparse
import contextlib
import html
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.cli.documents import DOCUMENT_COMMANDS, add_document_parsers, add_document_target, write_document
from desktop.cli.duplicates import DUPLICATE_COMMANDS, add_duplicate_parsers
from desktop.cli.org import ROOT_ACTIONS, add_org_parsers, run_org, run_root_action
from desktop.cli.plans import PLAN_COMMANDS, add_plan_parsers
from desktop.cli.progress import FileProgress, ProgressLine
from desktop.cli.sheets import SHEET_COMMANDS, add_sheet_parsers
from desktop.cli.translate import TRANSLATE_COMMANDS, add_translate_parsers
from desktop.datadir import resolve_data_dir
from desktop.search import FACETS, SORTS, SearchRequest
from desktop.search.types import FACET_ALIASES
from desktop.store import cases as case_store
from desktop.store.errors import CatalogueError
from desktop.store.files import write_atomically
from desktop.text.outside_text import TerminalSafeStream, json_for_terminal, print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

TRUST_LEVELS = ("once", "always", "never")

_TAGS = re.compile(r"<[^>]+>")

# Bundles of fewer records than this import or export too fast to be worth a progress line.
BUNDLE_PROGRESS_FROM = 1_000


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leaps",
        description="LEAPS Catalogue: city innovation cases to learn from, offline. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"leaps {__version__}")
    parser.add_argument("--data-dir", help="catalogue folder (default: LEAPS_DATA_DIR or the user data dir)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = commands.add_parser("search", help="search the catalogue")
    search.add_argument("query", nargs="?", default="", help="words, phrases or field:value")
    search.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="FACET=VALUE",
        help=f"keep only matches with this value; facets: {', '.join(FACETS)}",
    )
    search.add_argument("--sort", choices=SORTS, default="relevance")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true", help="print results, facets and hints as JSON")

    show = commands.add_parser("show", help="print one case")
    show.add_argument("id")
    form = show.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="the case as JSON (what `edit` reads)")
    form.add_argument("--markdown", action="store_true", help="the case in the seed's file format")

    add = commands.add_parser("add", help="add a case from a .md or .json file")
    add.add_argument("file", type=Path)
    edit = commands.add_parser("edit", help="replace a case with the contents of a file")
    edit.add_argument("id")
    edit.add_argument("file", type=Path)
    delete = commands.add_parser("delete", help="delete a case")
    delete.add_argument("id")

    case_document = commands.add_parser("export-case", help="write one case as a document")
    case_document.add_argument("id")
    add_document_target(case_document)
    export = commands.add_parser("export-json", help="write every case as JSON (stdout if no OUT)")
    export.add_argument("out", nargs="?", type=Path)
    commands.add_parser("reindex", help="rebuild the search index from the catalogue")
    commands.add_parser("check", help="check the catalogue file, its clock and the search index")
    commands.add_parser(
        "repair-clock", help="restamp edits stamped more than a day ahead of this computer's clock"
    )
    info = commands.add_parser("info", help="data dir, counts and versions")
    info.add_argument("--json", action="store_true")
    backup = commands.add_parser("backup", help="copy the catalogue to a new file")
    backup.add_argument("out", type=Path)
    restore = commands.add_parser("restore", help="replace the catalogue with a backup")
    restore.add_argument("file", type=Path)
    export_bundle = commands.add_parser("export", help="write a signed sync bundle (.leaps)")
    export_bundle.add_argument("out", type=Path)
    scope = export_bundle.add_mutually_exclusive_group()
    scope.add_argument("--for", dest="for_peer", metavar="PEER", help="only what this peer has not seen")
    scope.add_argument("--cases", nargs="+", metavar="ID", help="only these cases")
    scope.add_argument("--all", action="store_true", help="everything (the default)")
    export_bundle.add_argument("--max-size", type=_size, metavar="SIZE", help="split into parts (e.g. 15M)")
    import_bundle = commands.add_parser("import", help="verify and merge sync bundles")
    import_bundle.add_argument("files", nargs="+", type=Path)
    import_bundle.add_argument("--dry-run", action="store_true", help="show what would change")
    import_bundle.add_argument("--trust", choices=TRUST_LEVELS, help="answer for a signer not seen before")
    import_bundle.add_argument("--json", action="store_true")
    conflicts = commands.add_parser("conflicts", help="list open conflicts")
    conflicts.add_argument("--json", action="store_true")
    resolve = commands.add_parser("resolve", help="settle a conflict")
    resolve.add_argument("id")
    resolve.add_argument("--keep", choices=("mine", "theirs"), required=True)
    peers = commands.add_parser("peers", help="devices and keys seen in bundles")
    peers.add_argument("action", nargs="?", choices=("forget",), help="forget a key and its device")
    peers.add_argument("fingerprint", nargs="?", help="fingerprint or device id, as `leaps peers` shows")
    peers.add_argument("--json", action="store_true")
    trust = commands.add_parser("trust", help="always trust (or --never) a known device")
    trust.add_argument("fingerprint", help="fingerprint or device id, as `leaps peers` shows")
    trust.add_argument("--never", action="store_true", help="refuse its bundles from now on")
    device = commands.add_parser("device", help="this device's id, name and fingerprint")
    device.add_argument(
        "action", nargs="?", choices=("rotate-key",), help="make a new key, announced under the old one"
    )
    device.add_argument("--json", action="store_true")
    pending = commands.add_parser(
        "pending", help="parts of cases waiting for their case or file: list them, or clear them"
    )
    pending.add_argument("action", nargs="?", choices=("list", "clear"), default="list")
    pending.add_argument("--json", action="store_true")
    sync = commands.add_parser("sync", help="import new bundles from a folder and write ours there")
    sync.add_argument("folder", type=Path)
    sync.add_argument("--trust", choices=TRUST_LEVELS)
    sync.add_argument("--json", action="store_true")
    hub = commands.add_parser(
        "hub", help="relay for every trusted device over a synced folder (one round, or --every N seconds)"
    )
    hub.add_argument("folder", type=Path)
    hub.add_argument("--trust", choices=TRUST_LEVELS, help="how to treat a device not seen before")
    hub.add_argument("--every", type=float, metavar="SECONDS", help="keep going, a round every SECONDS")
    hub.add_argument("--json", action="store_true")
    add_org_parsers(commands)
    add_plan_parsers(commands)
    add_document_parsers(commands)
    add_sheet_parsers(commands)
    add_duplicate_parsers(commands)
    add_translate_parsers(commands)
    seed = commands.add_parser("seed-check", help="validate seed case files")
    seed.add_argument("folder", nargs="?", type=Path)
    return parser


def _size(text: str) -> int:
    """A size such as 15M, 500K or 2000000 (bytes)."""
    units = {"K": 1024, "M": 1024**2, "G": 1024**3}
    number, unit = (text[:-1], text[-1].upper()) if text[-1:].upper() in units else (text, "")
    try:
        value = int(float(number) * units.get(unit, 1))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 15M or 500K") from None
    if value < 16 * 1024:
        raise argparse.ArgumentTypeError("a part must be allowed at least 16K")
    return value


def _search(catalogue: Catalogue, args: argparse.Namespace) -> int:
    filters: dict[str, list[str]] = {}
    for item in args.filter:
        name, _, value = item.partition("=")
        name = FACET_ALIASES.get(name, name)
        if name not in FACETS or not value:
            raise CatalogueError(f"--filter {item!r}: use FACET=VALUE with FACET one of {', '.join(FACETS)}.")
        filters.setdefault(name, []).append(value)
    page = catalogue.search(SearchRequest(text=args.query, filters=filters, sort=args.sort, limit=args.limit))
    if args.json:
        print_json(
            {
                "query": args.query,
                "total": page.total,
                "results": [asdict(card) for card in page.cards],
                "facets": {name: dict(counts) for name, counts in page.facets.items()},
                "suggestion": page.suggestion,
                "read_as_plain_words": page.read_as_plain_words,
                "also_searching": [asdict(expansion) for expansion in page.expansions],
            }
        )
        return 0
    if page.read_as_plain_words:
        print("(query read as plain words)")
    for expansion in page.expansions:
        print(f"(also searching for {expansion.typed}: {', '.join(expansion.terms)})")
    print(f"{page.total} case(s)" + (f" - did you mean: {page.suggestion}" if page.suggestion else ""))
    for card in page.cards:
        where = _joined(card.city, card.country_name, str(card.year_started or ""))
        print(f"{card.id}  {card.title}" + (f" ({where})" if where else ""))
        snippet = html.unescape(_TAGS.sub("", card.snippet)).replace("\n", " ").strip()
        if snippet:
            print(f"    {snippet[:200]}")
    return 0


def _joined(*parts: str, separator: str = ", ") -> str:
    """The parts that are not empty, joined: an unknown city or year leaves no stray comma."""
    return separator.join(part for part in parts if part)


def _show(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.casefile import case_to_markdown

    case = catalogue.get(args.id)
    if args.json:
        print_json(case.to_dict())
    elif args.markdown:
        print(case_to_markdown(case), end="")
    else:
        since = f"since {case.year_started}" if case.year_started else ""
        facts = _joined(_joined(case.city, case.country), _joined(case.stage, since), separator=" - ")
        print(f"{case.title}\n{facts}\n")
        print(case.summary)
    return 0


def _add(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.casefile import read_case_data
    from desktop.catalogue.validation import validate_case

    case = validate_case(read_case_data(args.file), require_id=False, where=str(args.file))
    if case_store.case_exists(catalogue.db, case.id):
        raise CatalogueError(f"{args.file}: a case with id {case.id} exists already; use `leaps edit`.")
    catalogue.save(case)
    print(case.id)
    return 0


def _edit(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.casefile import read_case_data
    from desktop.catalogue.validation import Problem, ValidationError, validate_case

    catalogue.get(args.id)  # the case must exist
    data = read_case_data(args.file)
    if data.get("id", args.id) != args.id:
        raise ValidationError([Problem("id", f"is {data['id']}, not {args.id}")], str(args.file))
    case = validate_case({**data, "id": args.id}, where=str(args.file))
    print("updated" if catalogue.save(case) else "unchanged")
    return 0


def _export_case(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.issuer import load_issuer
    from desktop.documents.case_document import case_document

    return write_document(
        case_document(catalogue.get(args.id), load_issuer(catalogue)), args.format, args.out
    )


def _delete(catalogue: Catalogue, args: argparse.Namespace) -> int:
    catalogue.delete(args.id)
    print(f"deleted {args.id}")
    return 0


def _export(catalogue: Catalogue, args: argparse.Namespace) -> int:
    text = catalogue.export_json()
    if args.out:
        try:
            write_atomically(args.out, (text + "\n").encode("utf-8"))
        except OSError as error:
            raise CatalogueError(
                f"{args.out} could not be written ({error.strerror or error}); if the disk is full, "
                "free some space. Any earlier file there is unchanged."
            ) from None
        print(f"wrote {catalogue.count()} cases to {args.out}")
    else:
        print(json_for_terminal(text))
    return 0


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


def _export_bundle(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sync.service import SyncService

    writing = ProgressLine("Reading and writing records", min_total=BUNDLE_PROGRESS_FROM)
    paths = SyncService(catalogue).export(
        args.out, for_peer=args.for_peer, case_ids=args.cases, max_size=args.max_size, progress=writing
    )
    writing.done()
    for path in paths:
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


def _import_bundles(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.catalogue.duplicates import incoming_duplicates
    from desktop.sync.bundle import BundleError
    from desktop.sync.service import SyncService, UntrustedSignerError

    sync = SyncService(catalogue)
    reports = []
    likely: list[list[dict[str, str]]] = []  # beside each report, the new cases that look like others
    status = 0
    for path in args.files:
        merging = ProgressLine(f"Importing {path.name}", min_total=BUNDLE_PROGRESS_FROM)
        try:
            bundle = sync.read(path)
            alike = incoming_duplicates(catalogue, bundle.records)
            for pair in alike if not args.json else []:
                print(
                    f"{path}: new case {pair.second} ({pair.second_title}) looks like {pair.first} "
                    f"({pair.first_title}): same {pair.reason}; `leaps merge` can merge them once imported"
                )
            report = sync.preview(bundle) if args.dry_run else sync.import_bundle(bundle, args.trust, merging)
        except UntrustedSignerError as error:
            print(
                f"leaps: {error} Use --trust once|always|never, or --dry-run to see what it holds.",
                file=sys.stderr,
            )
            report, status = error.preview, 1
        except BundleError as error:
            print(f"leaps: {error}", file=sys.stderr)
            status = 1
            continue
        merging.done()
        reports.append(report)
        likely.append([pair.to_json() for pair in alike])
        if not args.json and report.counts:
            verb = "applied" if report.applied else "would apply"
            counts = ", ".join(f"{v} {k}" for k, v in report.counts.items())
            print(f"{path}: {verb} {counts} (signed by {report.signer_name}, {report.fingerprint})")
        for line in report.held_back:
            print(f"leaps: {path}: {line}", file=sys.stderr)
    if args.json:
        print_json(
            [{**r.to_json(), "likely_duplicates": pairs} for r, pairs in zip(reports, likely, strict=True)]
        )
    return status


def _conflicts(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sync.service import SyncService

    found = SyncService(catalogue).conflicts()
    if args.json:
        print_json([c.to_json() for c in found])
        return 0
    for conflict in found:
        where = f"{conflict.record_type}.{conflict.field}"
        others = ", ".join(conflict.author(stamp) for _value, stamp in conflict.others)
        print(
            f"{conflict.id}  {conflict.kind:6}  {conflict.title} [{where}]  "
            f"shown: by {conflict.author(conflict.shown[1])}; other: by {others}"
        )
    if not found:
        print("no open conflicts")
    return 0


def _resolve(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sync.service import SyncService

    conflict = SyncService(catalogue).resolve(args.id, args.keep)
    print(f"resolved {conflict.id}: kept {args.keep}")
    return 0


def _peers(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sync.service import SyncService

    if args.action == "forget":
        if not args.fingerprint:
            raise CatalogueError("leaps peers forget needs a fingerprint or device id (see `leaps peers`).")
        key = SyncService(catalogue).forget(args.fingerprint)
        print(f"forgot {key['name']} ({key['fingerprint']}): its next bundle is asked about as a new device")
        return 0
    found = SyncService(catalogue).peers()
    if args.json:
        print_json(found)
        return 0
    for peer in found:
        print(
            f"{peer['fingerprint']}  {peer['name']}  trust: {peer['trust'] or 'unknown'}  "
            f"in: {peer['last_import_at'] or '-'}  out: {peer['last_export_at'] or '-'}"
        )
    if not found:
        print("no peers yet: import a bundle from another device")
    return 0


def _trust(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sync.service import SyncService

    peer = SyncService(catalogue).trust(args.fingerprint, "never" if args.never else "always")
    print(f"{peer['name']} ({peer['fingerprint']}): {peer['trust']}")
    return 0


def _device(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sync.service import SyncService

    sync = SyncService(catalogue)
    if args.action == "rotate-key":
        old = sync.key.fingerprint
        sync.rotate_key()
        print(f"new key {sync.key.fingerprint}, announced under the old key {old} in every bundle")
    device = sync.device()
    if args.json:
        print_json(device)
    else:
        print(f"device:      {device['device_id']}\nname:        {device['name']}")
        print(f"fingerprint: {device['fingerprint']}")
    return 0


def _pending(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.store.pending import PENDING_DAYS
    from desktop.sync.service import SyncService

    sync = SyncService(catalogue)
    if args.action == "clear":
        print(f"cleared {sync.clear_pending()} waiting part(s)")
        return 0
    found = sync.pending()
    if args.json:
        print_json(found)
        return 0
    for part in found:
        waits = part["waits_for"]
        awaited = f"file {waits.removeprefix('blob:')}" if waits.startswith("blob:") else f"case {waits}"
        print(f"{part['record_type']} {part['record_id']}: waits for {awaited} since {part['parked_at']}")
    print(
        f"{len(found)} part(s) waiting; each is dropped {PENDING_DAYS} days after it last arrived"
        if found
        else "no parts are waiting for their case or file"
    )
    return 0


def _sync(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sync.service import SyncService

    files = FileProgress(min_total=BUNDLE_PROGRESS_FROM)
    result = SyncService(catalogue).sync_folder(args.folder, args.trust, files)
    files.done()
    if args.json:
        print_json(result)
    else:
        for report in result["imported"]:
            print(f"imported {report['file']}: " + ", ".join(f"{v} {k}" for k, v in report["counts"].items()))
            for line in report["held_back"]:
                print(f"  {line}")
        for refused in result["refused"]:
            print(f"refused {refused['file']}: {refused['reason']}")
        print(f"wrote {', '.join(result['exported'])}")
    return 1 if result["refused"] else 0


def _hub(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sync.hub import Hub
    from desktop.sync.service import SyncService

    hub = Hub(SyncService(catalogue), args.folder)
    while True:
        files = FileProgress(min_total=BUNDLE_PROGRESS_FROM)
        result = hub.run_round(args.trust, files)
        files.done()
        if args.json:
            print_json(result.to_json())
        else:
            for report in result.imported:
                print(f"imported {report['file']}")
            for refused in result.refused:
                print(f"refused {refused['file']}: {refused['reason']}")
            for name in result.written:
                print(f"wrote {name}")
            for name in result.pruned:
                print(f"removed {name}: every device holds it")
        sys.stdout.flush()
        if args.every is None:
            return 1 if result.refused else 0
        time.sleep(args.every)


COMMANDS: dict[str, Callable[[Catalogue, argparse.Namespace], int]] = {
    "search": _search,
    "show": _show,
    "add": _add,
    "edit": _edit,
    "delete": _delete,
    "export-case": _export_case,
    "export-json": _export,
    "reindex": _reindex,
    "check": _check,
    "repair-clock": _repair_clock,
    "info": _info,
    "backup": _backup,
    "restore": _restore,
    "export": _export_bundle,
    "import": _import_bundles,
    "conflicts": _conflicts,
    "resolve": _resolve,
    "peers": _peers,
    "trust": _trust,
    "device": _device,
    "pending": _pending,
    "sync": _sync,
    "hub": _hub,
    "org": run_org,
    **SHEET_COMMANDS,
    **DUPLICATE_COMMANDS,
    **PLAN_COMMANDS,
    **DOCUMENT_COMMANDS,
    **TRANSLATE_COMMANDS,
}


def _seed_check(args: argparse.Namespace) -> int:
    from desktop.catalogue.seed import check_seed

    cases, errors = check_seed(args.folder)
    for error in errors:
        print(error, file=sys.stderr)
    print(f"{len(cases)} valid case files, {len(errors)} with problems")
    return 1 if errors else 0


def run(arguments: Sequence[str]) -> int:
    """Parse a command line that names a command (or opens the window) and run it."""
    args = _parser().parse_args(arguments)
    if args.command == "seed-check":
        return _seed_check(args)
    if args.command == "org" and args.org_command in ROOT_ACTIONS:
        try:
            return run_root_action(args)
        except (CatalogueError, OSError) as error:
            print(f"leaps: {error}", file=sys.stderr)
            return 1
    data_dir = resolve_data_dir(args.data_dir)
    if args.command is None:
        from desktop.ui.app import run_window

        return run_window(data_dir)
    # The command line's own imports wait until here, so `leaps --help` needs none of them.
    from desktop.catalogue.service import Catalogue
    from desktop.catalogue.validation import ValidationError
    from desktop.sync.bundle import BundleError

    # Titles, names and messages come from bundles, sheets and cases: nothing in them may drive the
    # terminal (move the cursor, retitle the window, reorder a line).
    with (
        contextlib.redirect_stdout(TerminalSafeStream(sys.stdout)),
        contextlib.redirect_stderr(TerminalSafeStream(sys.stderr)),
    ):
        try:
            catalogue = Catalogue.open(data_dir)
        except CatalogueError as error:
            print(f"leaps: {error}", file=sys.stderr)
            return 1
        try:
            return COMMANDS[args.command](catalogue, args)
        except (CatalogueError, ValidationError, BundleError) as error:
            print(f"leaps: {error}", file=sys.stderr)
            return 1
        except (OSError, sqlite3.OperationalError) as error:
            # A full disk or a failing drive midway: SQLite rolls the transaction back.
            print(f"leaps: {error}. If the disk is full, free some space and run it again.", file=sys.stderr)
            return 1
        finally:
            catalogue.close()
