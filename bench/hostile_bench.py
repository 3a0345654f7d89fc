"""Hostile bundles: what refusing them costs, and whether orphan parts slow later imports.

Each refusal runs in a fresh process on an empty catalogue and prints its wall time and how far
it raised the process's peak memory (the growth of its maximum resident set while refusing), beside
the same process's peak before it started:

- an unknown signer's bundle of about 1 MB carrying a 1 GiB attachment of zeros (one deflated
  member), declared honestly (refused on the attachment cap) and declared as 10 MiB (refused on
  the signer, so never inflated);
- a trusted peer's bundle whose one case has a 500 MB summary (refused on the records member's
  declared size).

Then three bundles of 100 new cases each are imported into a catalogue with no waiting parts and
into one holding 50,000 orphan parts (components of a case that never comes), in the same run:
the ratio is what the orphans cost later imports.

    .venv/bin/python bench/hostile_bench.py
    .venv/bin/python bench/hostile_bench.py --gib 0.25 --orphans 5000   # a quick run

A script that prints figures, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python bench/hostile_bench.py`: make `desktop` importable
    sys.path.insert(0, str(ROOT))

from desktop.catalogue.service import Catalogue  # noqa: E402
from desktop.store import jsontext  # noqa: E402
from desktop.store.records import MAX_ATTACHMENT_BYTES, Case, Component  # noqa: E402
from desktop.sync.bundle import MANIFEST, SIGNATURE, BundleError  # noqa: E402
from desktop.sync.keys import DeviceKey, load_or_create_key  # noqa: E402
from desktop.sync.service import SyncService  # noqa: E402

MB = 1024**2
CHUNK = b"\0" * MB


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB.

    On Linux `VmHWM`, because `ru_maxrss` there may carry the parent's high-water mark.
    """
    status = Path("/proc/self/status")
    if status.exists():
        line = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak / 1024


def open_catalogue(folder: Path) -> tuple[Catalogue, SyncService]:
    catalogue = Catalogue.open(folder, load_seed=False)
    return catalogue, SyncService(catalogue, folder.name)


def good_bundle(sender: Path, out: Path, cases: int = 1, parts: int = 3) -> Path:
    """A real bundle from the device in `sender`: `cases` new cases of `parts` components each."""
    catalogue, sync = open_catalogue(sender)
    try:
        for number in range(cases):
            components = [
                Component(id=str(uuid.uuid4()), name=f"Part {n}", description="What it is", role="core")
                for n in range(parts)
            ]
            catalogue.save(
                Case(
                    id=str(uuid.uuid4()), title=f"Case {number}", summary="A summary.", components=components
                )
            )
        return sync.export(out)[0]
    finally:
        catalogue.close()


def signed_zip(
    out: Path, manifest: dict[str, Any], key: DeviceKey, members: dict[str, Callable[[], Iterator[bytes]]]
) -> Path:
    """A bundle of streamed members under `manifest`, signed by `key`, each member deflated."""
    manifest_bytes = jsontext.dumps(manifest).encode()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, base64.b64encode(key.sign(manifest_bytes)))
        for name, chunks in members.items():
            with archive.open(name, "w", force_zip64=True) as handle:
                for chunk in chunks():
                    handle.write(chunk)
    return out


def digest_of(chunks: Iterator[bytes]) -> tuple[str, int]:
    hasher, size = hashlib.sha256(), 0
    for chunk in chunks:
        hasher.update(chunk)
        size += len(chunk)
    return hasher.hexdigest(), size


def manifest_from(good: Path) -> dict[str, Any]:
    with zipfile.ZipFile(good) as archive:
        return json.loads(archive.read(MANIFEST))


def zeros_attachment(sender: Path, good: Path, out: Path, size: int, declared: int) -> Path:
    """The good bundle's manifest listing only one attachment of `size` zero bytes."""
    zeros = lambda: (CHUNK[: min(MB, size - start)] for start in range(0, size, MB))  # noqa: E731
    digest, _ = digest_of(zeros())
    manifest = manifest_from(good)
    manifest["members"] = [{"path": f"blobs/{digest}", "size": declared, "sha256": digest}]
    manifest["record_members"] = 0
    return signed_zip(out, manifest, load_or_create_key(sender), {f"blobs/{digest}": zeros})


def huge_summary(sender: Path, good: Path, out: Path, size: int) -> Path:
    """The good bundle with its one case's summary grown to `size` bytes of text."""
    with zipfile.ZipFile(good) as archive:
        records = json.loads(archive.read("records/0001.json"))
    case = next(r for r in records if r["type"] == "cases")
    case["fields"]["summary"] = "@@SUMMARY@@"
    before, after = jsontext.dumps(records).encode().split(b"@@SUMMARY@@")
    text = b"a" * MB

    def chunks() -> Iterator[bytes]:
        yield before
        for start in range(0, size, MB):
            yield text[: min(MB, size - start)]
        yield after

    digest, length = digest_of(chunks())
    manifest = manifest_from(good)
    manifest["members"] = [{"path": "records/0001.json", "size": length, "sha256": digest}]
    return signed_zip(out, manifest, load_or_create_key(sender), {"records/0001.json": chunks})


def refuse_in_child(folder: Path, bundle: Path, trust: str) -> dict[str, Any]:
    """Import `bundle` into the catalogue in `folder` in a fresh process; what refusing it cost."""
    command = [sys.executable, __file__, "--child", str(folder), str(bundle), trust]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def child(folder: Path, bundle: Path, trust: str) -> None:
    """In the child process: the import, timed, with the peak memory before and after."""
    catalogue, sync = open_catalogue(folder)
    before = peak_mb()
    started = time.perf_counter()
    try:
        sync.import_files([bundle], trust=None if trust == "none" else trust)
        refusal = "(imported)"
    except BundleError as error:
        refusal = str(error)
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {"seconds": seconds, "before_mb": before, "growth_mb": peak_mb() - before, "refusal": refusal}
        )
    )
    catalogue.close()


def orphan_import(work: Path, orphans: int, cases: int) -> None:
    """Import the same bundle into catalogues with and without `orphans` waiting parts; the ratio."""
    sender = work / "orphan-sender"
    orphan_bundle = good_bundle(sender, work / "orphans.leaps", cases=1, parts=orphans)
    with zipfile.ZipFile(orphan_bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members[MANIFEST])
    for entry in manifest["members"]:
        records = [r for r in json.loads(members[entry["path"]]) if r["type"] != "cases"]
        data = jsontext.dumps(records).encode()
        members[entry["path"]] = data
        entry.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
    manifest_bytes = jsontext.dumps(manifest).encode()
    members[MANIFEST] = manifest_bytes
    members[SIGNATURE] = base64.b64encode(load_or_create_key(sender).sign(manifest_bytes))
    with zipfile.ZipFile(orphan_bundle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    later = [good_bundle(work / f"later-{n}", work / f"later-{n}.leaps", cases=cases) for n in range(3)]
    figures = {}
    for label, with_orphans in (("no waiting parts", False), (f"{orphans:,} orphan parts", True)):
        folder = work / f"receiver-{with_orphans}"
        catalogue, sync = open_catalogue(folder)
        if with_orphans:  # parked in an earlier session: the catalogue is closed and opened again
            [report] = sync.import_files([orphan_bundle], trust="always")
            assert report.counts["waiting"] == orphans, report.counts
            catalogue.close()
            catalogue, sync = open_catalogue(folder)
        try:
            started = time.perf_counter()
            for bundle in later:  # three bundles of new cases, from three devices
                sync.import_files([bundle], trust="always")
            figures[label] = time.perf_counter() - started
        finally:
            catalogue.close()
    baseline, loaded = figures.values()
    for label, seconds in figures.items():
        print(f"  3 imports of {cases} new cases each, {label}: {seconds:.3f} s")
    print(f"  ratio with orphans / without: {loaded / baseline:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gib", type=float, default=1.0, help="size of the zeros attachment, in GiB")
    parser.add_argument("--summary-mb", type=int, default=500, help="size of the huge summary, in MB")
    parser.add_argument("--orphans", type=int, default=50_000)
    parser.add_argument(
        "--cases", type=int, default=100, help="cases in the bundle imported after the orphans"
    )
    parser.add_argument("--child", nargs=3, metavar=("DATA_DIR", "BUNDLE", "TRUST"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.child[2])
        return
    work = Path(tempfile.mkdtemp(prefix="leaps-hostile-bench-"))
    try:
        sender = work / "sender"
        good = good_bundle(sender, work / "good.leaps")
        receiver = work / "receiver"
        open_catalogue(receiver)[0].close()
        zeros = int(args.gib * 1024**3)
        trusted = work / "trusting"
        catalogue, sync = open_catalogue(trusted)
        sync.import_files([good], trust="always")
        catalogue.close()
        honest = zeros_attachment(sender, good, work / "zeros.leaps", zeros, zeros)
        understated = zeros_attachment(sender, good, work / "zeros-10m.leaps", zeros, MAX_ATTACHMENT_BYTES)
        summary = huge_summary(sender, good, work / "summary.leaps", args.summary_mb * MB)
        runs = [
            ("unknown signer, zeros declared honestly", receiver, honest, "none"),
            ("unknown signer, zeros declared as 10 MiB", receiver, understated, "none"),
            (f"trusted peer, {args.summary_mb} MB summary", trusted, summary, "always"),
        ]
        print(f"refusals (a {args.gib:g} GiB attachment of zeros; files on disk in parentheses):")
        for label, folder, bundle, trust in runs:
            figures = refuse_in_child(folder, bundle, trust)
            print(
                f"  {label} ({bundle.stat().st_size / MB:.1f} MB): {figures['seconds'] * 1000:.1f} ms, "
                f"peak memory +{figures['growth_mb']:.1f} MB over the {figures['before_mb']:.0f} MB "
                f"of the open catalogue\n    {figures['refusal']}"
            )
        print(f"orphan parts ({args.orphans:,}):")
        orphan_import(work, args.orphans, args.cases)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
