"""The sync commands: bundles out and in, conflicts, peers and trust, this device, a sync folder, a hub."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.command import Commands, add_command, add_json_option, report_error
from desktop.cli.progress import FileProgress, ProgressLine
from desktop.errors import QT_TRANSLATE_NOOP, UsageError, message
from desktop.text.outside_text import print_json

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue
    from desktop.sync.reports import Conflict
    from desktop.sync.translation_conflicts import TranslatedField

TRUST_LEVELS = ("once", "always", "never")
# Bundles of fewer records than this import or export too fast to be worth a progress line.
BUNDLE_PROGRESS_FROM = 1_000


def register(commands: Commands) -> None:
    """Add the sync commands to the `leaps` parser."""
    export_bundle = add_command(commands, "export", "write a signed sync bundle (.leaps)", _export_bundle)
    export_bundle.add_argument("out", type=Path)
    scope = export_bundle.add_mutually_exclusive_group()
    scope.add_argument("--for", dest="for_peer", metavar="PEER", help="only what this peer has not seen")
    scope.add_argument("--cases", nargs="+", metavar="ID", help="only these cases")
    scope.add_argument("--all", action="store_true", help="everything (the default)")
    export_bundle.add_argument("--max-size", type=_size, metavar="SIZE", help="split into parts (e.g. 15M)")
    import_bundle = add_command(commands, "import", "verify and merge sync bundles", _import_bundles)
    import_bundle.add_argument("files", nargs="+", type=Path)
    import_bundle.add_argument("--dry-run", action="store_true", help="show what would change")
    import_bundle.add_argument("--trust", choices=TRUST_LEVELS, help="answer for a signer not seen before")
    add_json_option(import_bundle)
    conflicts = add_command(commands, "conflicts", "list open conflicts", _conflicts)
    add_json_option(conflicts)
    resolve = add_command(commands, "resolve", "settle a conflict", _resolve)
    resolve.add_argument("id")
    resolve.add_argument("--keep", choices=("mine", "theirs"), required=True)
    peers = add_command(commands, "peers", "devices and keys seen in bundles", _peers)
    peers.add_argument("action", nargs="?", choices=("forget",), help="forget a key and its device")
    peers.add_argument("fingerprint", nargs="?", help="fingerprint or device id, as `leaps peers` shows")
    add_json_option(peers)
    trust = add_command(commands, "trust", "always trust (or --never) a known device", _trust)
    trust.add_argument("fingerprint", help="fingerprint or device id, as `leaps peers` shows")
    trust.add_argument("--never", action="store_true", help="refuse its bundles from now on")
    device = add_command(commands, "device", "this device's id, name and fingerprint", _device)
    device.add_argument(
        "action", nargs="?", choices=("rotate-key",), help="make a new key, announced under the old one"
    )
    add_json_option(device)
    pending = add_command(
        commands,
        "pending",
        "parts of cases waiting for their case or file: list them, or clear them",
        _pending,
    )
    pending.add_argument("action", nargs="?", choices=("list", "clear"), default="list")
    add_json_option(pending)
    folder = add_command(
        commands, "sync", "import new bundles from a folder and write ours there", _sync_folder
    )
    folder.add_argument("folder", type=Path)
    folder.add_argument("--trust", choices=TRUST_LEVELS)
    add_json_option(folder)
    hub = add_command(
        commands,
        "hub",
        "relay for every trusted device over a synced folder (one round, or --every N seconds)",
        _hub,
    )
    hub.add_argument("folder", type=Path)
    hub.add_argument("--trust", choices=TRUST_LEVELS, help="how to treat a device not seen before")
    hub.add_argument("--every", type=float, metavar="SECONDS", help="keep going, a round every SECONDS")
    add_json_option(hub)


def _size(text: str) -> int:
    """A size such as 15M, 500K or 2000000 (bytes)."""
    units = {"K": 1024, "M": 1024**2, "G": 1024**3}
    number, unit = (text[:-1], text[-1].upper()) if text[-1:].upper() in units else (text, "")
    try:
        value = int(float(number) * units.get(unit, 1))
    except ValueError:
        # internal: argparse's way to refuse an option's value; it prints it with the usage, as its own
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 15M or 500K") from None
    if value < 16 * 1024:
        raise argparse.ArgumentTypeError("a part must be allowed at least 16K")  # internal: as above
    return value


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
            error.hint = "Use --trust once|always|never, or --dry-run to see what it holds."
            report, status = error.preview, report_error(error)
        except BundleError as error:
            status = report_error(error)
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
        if conflict.translated is not None:
            where = translated_where(conflict.translated)
        others = ", ".join(conflict.author(stamp) for _value, stamp in conflict.others)
        print(
            f"{conflict.id}  {conflict.kind:6}  {conflict.title} [{where}]  "
            f"shown: by {conflict.author(conflict.shown[1])}; other: by {others}"
        )
        if conflict.translated is not None:
            print(translated_versions(conflict))
    if not found:
        print("no open conflicts")
    return 0


def translated_where(translated: TranslatedField) -> str:
    """Which translated field a conflict is about: "Korean translation: Title"."""
    from desktop.text.countries import language_label

    return f"{language_label(translated.language, 'en')} translation: {translated.label}"


def translated_versions(conflict: Conflict) -> str:
    """Each version of a conflicting translated field: its text, state and translator, a line each."""
    assert conflict.translated is not None
    lines = []
    for name, (_value, stamp) in [("shown", conflict.shown), *(("other", v) for v in conflict.others)]:
        version = conflict.translated.versions[stamp]
        notes = [version.state]
        notes += [f"machine draft by {version.machine}"] if version.machine else []
        notes += [f"translated by {version.by}"] if version.by else []
        lines.append(f"  {name} ({'; '.join(notes)}): {' / '.join(version.text.splitlines())}")
    return "\n".join(lines)


def _resolve(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sync.service import SyncService

    conflict = SyncService(catalogue).resolve(args.id, args.keep)
    print(f"resolved {conflict.id}: kept {args.keep}")
    return 0


def _peers(catalogue: Catalogue, args: argparse.Namespace) -> int:
    from desktop.sync.service import SyncService

    if args.action == "forget":
        if not args.fingerprint:
            needs = QT_TRANSLATE_NOOP(
                "Validation", "leaps peers forget needs a fingerprint or device id (see `leaps peers`)."
            )
            raise UsageError(message(needs))
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


def _sync_folder(catalogue: Catalogue, args: argparse.Namespace) -> int:
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
