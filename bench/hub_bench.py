"""Hub benchmark: one round of `leaps hub` over a folder of bundles from many devices, timed.

A hub catalogue gets N synthetic cases (the corpus of bench/search_bench.py, no seed) and its
index. An organisation's root key certifies the hub and every device. A template device imports
the hub's full bundle, so it holds what the hub holds. Each of D devices is a copy of that
template's database under a new identity, with its own certificate, that edits a few cases and
writes its incremental bundle for the hub into one folder, as a device does on Sync Now. The hub
then runs one round with no trust answer given: it imports the D bundles (every device met for the
first time, taken on its certificate) and writes each device the bundle of what the others
changed. The round is set beside one full export of the hub's catalogue, run in the same
process, in wall and process CPU time.

    .venv/bin/python bench/hub_bench.py                                  # 10,000 cases, 200 devices
    .venv/bin/python bench/hub_bench.py --cases 500 --devices 10 --words 100   # the quick smoke run

A script that prints figures, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import platform
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python bench/hub_bench.py`: make `bench` importable
    sys.path.insert(0, str(ROOT))

from bench.search_bench import SEED, Corpus, insert_cases, load_average, section  # noqa: E402
from bench.sync_bench import secs, with_cpu  # noqa: E402
from desktop.catalogue.service import Catalogue  # noqa: E402
from desktop.store import cases as case_store  # noqa: E402
from desktop.sync import org  # noqa: E402
from desktop.sync.folder import own_bundle_name  # noqa: E402
from desktop.sync.hub import Hub  # noqa: E402
from desktop.sync.org import Membership  # noqa: E402
from desktop.sync.service import SyncService  # noqa: E402


def make_hub(folder: Path, corpus: Corpus, cases: int, words: int) -> Catalogue:
    """The hub's catalogue: `cases` synthetic cases, indexed."""
    hub = Catalogue.open(folder, load_seed=False, check_index=False)
    insert_cases(hub, corpus, cases, words)
    hub.reindex()
    return hub


def join(root: Path, sync: SyncService) -> None:
    """Certify a device with the organisation's root key and give it its certificate."""
    me = sync.device()
    certificate = org.certify(root, me["device_id"], me["public_key"], sync.device_name, "member", 365)
    with sync.db.atomic():
        Membership(sync.db).join(certificate, me["device_id"], me["public_key"])


def make_template(folder: Path, hub: SyncService, work: Path, root: Path) -> str:
    """A device that imported the hub's full bundle; returns the hub's device id as it knows it."""
    full = hub.export(work / "hub-full.leaps")[0]
    device = Catalogue.open(folder, load_seed=False, check_index=False)
    sync = SyncService(device, "template")
    join(root, sync)
    sync.import_bundle(sync.read(full), reindex=False)  # the hub is certified: no question
    device.close()
    return hub.device_id


def device_bundle(
    template: Path, folder: Path, name: str, hub_id: str, edits: int, out: Path, root: Path
) -> None:
    """A copy of the template under a new identity and certificate edits `edits` cases and writes
    its bundle for the hub."""
    folder.mkdir()
    shutil.copy2(template / "catalogue.db", folder / "catalogue.db")
    device = Catalogue(folder)  # no index: editing and exporting read SQLite alone
    sync = SyncService(device, name)
    join(root, sync)
    ids = [row[0] for row in device.db.execute("SELECT id FROM cases ORDER BY id")]
    with device.db.atomic():
        for case_id in random.sample(ids, edits):
            case = next(case_store.iter_cases(device.db, [case_id]))
            case.summary = f"{case.summary} Revised on {name}."
            case_store.save_case(device.writer, case)
    sync.export(out / own_bundle_name(sync.device_id), for_peer=hub_id)
    device.close()
    shutil.rmtree(folder)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=300, help="words per case body")
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--edits", type=int, default=5, help="cases each device edits between rounds")
    args = parser.parse_args(argv)
    random.seed(SEED)
    work = Path(tempfile.mkdtemp(prefix="leaps-hub-bench-"))
    try:
        print(f"# Hub round: {args.cases:,} cases, {args.devices} devices, {args.edits} edits each")
        print(f"{platform.platform()}, Python {platform.python_version()}, load {load_average()}\n")
        hub = make_hub(work / "hub", Corpus.make(SEED), args.cases, args.words)
        hub_sync = SyncService(hub, "hub")
        root = work / "organisation"
        org.init_organisation(root, "Benchmark programme")
        join(root, hub_sync)
        template = work / "template"
        hub_id = make_template(template, hub_sync, work, root)
        folder = work / "sync"
        folder.mkdir()
        started = time.perf_counter()
        for n in range(args.devices):
            device_bundle(template, work / f"device-{n}", f"laptop-{n}", hub_id, args.edits, folder, root)
        print(f"made {args.devices} device bundles in {secs(time.perf_counter() - started)}\n")

        baseline_out = work / "baseline"
        baseline_out.mkdir()

        def full_export() -> float:
            began = time.perf_counter()
            hub_sync.export(baseline_out / "full.leaps")
            return time.perf_counter() - began

        round_result = {}

        def hub_round() -> float:
            began = time.perf_counter()
            round_result["round"] = Hub(hub_sync, folder).run_round()  # no trust answer: certificates
            return time.perf_counter() - began

        export_wall, export_cpu = with_cpu(full_export)
        round_wall, round_cpu = with_cpu(hub_round)
        done = round_result["round"]
        section("Figures")
        print("| | wall | CPU |")
        print("|---|---|---|")
        print(f"| full export of the hub (baseline) | {secs(export_wall)} | {secs(export_cpu)} |")
        what = f"hub round: import {len(done.imported)}, write {len(done.written)}"
        print(f"| {what} | {secs(round_wall)} | {secs(round_cpu)} |")
        print(f"| round / full export | {round_wall / export_wall:.1f}x | {round_cpu / export_cpu:.1f}x |")
        if done.refused:
            print(f"\nrefused: {done.refused[:3]}")
        hub.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
