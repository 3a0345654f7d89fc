"""Sync benchmark: a full bundle from one device into an empty one, then an incremental one, timed.

Device A gets N synthetic cases (the mixed English, Korean and Chinese corpus of
bench/search_bench.py, no seed cases) through `save_case` in one transaction and
`Catalogue.reindex`. A exports a full bundle, and a fresh empty device B reads, verifies and
imports it (`SyncService.import_bundle`, which also brings B's Whoosh index up to date). The
import is set beside a bare baseline: sqlite-utils `insert_all` of the same rows into a new
SQLite file plus a bare Whoosh index (id + one StandardAnalyzer field), in wall time and in
process CPU time (which other jobs on a shared machine skew less). Then A edits a few
cases and exports an incremental bundle for B, set beside those records zlib-compressed alone.

    .venv/bin/python bench/sync_bench.py                         # 10,000 cases of ~1,000 words
    .venv/bin/python bench/sync_bench.py --cases 300 --words 300  # the quick smoke run
    .venv/bin/python bench/sync_bench.py --cases 1000 --profile /tmp/import.prof  # profile the import

A script that prints figures, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import base64
import cProfile
import hashlib
import json
import os
import platform
import pstats
import random
import shlex
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python bench/sync_bench.py`: make `bench` importable
    sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402
from whoosh import index as whoosh_index  # noqa: E402
from whoosh.analysis import Analyzer, StandardAnalyzer  # noqa: E402
from whoosh.fields import ID, TEXT, Schema  # noqa: E402

from bench.search_bench import (  # noqa: E402
    SEED,
    Corpus,
    Figures,
    Progress,
    folder_size,
    insert_cases,
    load_average,
    mb,
    ratio,
    section,
)
from desktop.catalogue.service import Catalogue, index_doc  # noqa: E402
from desktop.search.analysis import mixed_script_analyzer  # noqa: E402
from desktop.search.engine import TEXT_FIELDS, _fields  # noqa: E402
from desktop.store import cases as case_store  # noqa: E402
from desktop.store import jsontext  # noqa: E402
from desktop.store.replica import PARENT_TABLE, RecordState, covers, load_state  # noqa: E402
from desktop.sync.bundle import MANIFEST, SIGNATURE  # noqa: E402
from desktop.sync.keys import DeviceKey  # noqa: E402
from desktop.sync.service import SyncService  # noqa: E402

IMPORT_BAR = 1.5  # import / (bare insert + bare index)
INCREMENTAL_BAR = 2.0  # incremental bundle / its changed records zlib-compressed alone
BASELINE_TABLES = ("cases", "components", "sources")


def kb(size: float) -> str:
    """Bytes as kB text."""
    return f"{size / 1000:.1f} kB"


def secs(seconds: float) -> str:
    """Seconds as text."""
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def bar(value: float, limit: float) -> str:
    """Whether a ratio is within its bar."""
    return f"within the {limit:g}x bar" if value <= limit else f"OVER the {limit:g}x bar"


def with_cpu(work: Callable[[], float]) -> tuple[float, float]:
    """(the wall seconds `work` returns, the process CPU seconds it took): CPU time counts only
    this process's work, so other jobs on a shared machine skew it less than wall time."""
    started = time.process_time()
    wall = work()
    return wall, time.process_time() - started


def zip_sizes(path: Path) -> tuple[int, int]:
    """(records' uncompressed bytes, record members) of a bundle file."""
    with zipfile.ZipFile(path) as archive:
        records = [i for i in archive.infolist() if i.filename.startswith("records/")]
    return sum(i.file_size for i in records), len(records)


def time_reindex_cases(catalogue: Catalogue) -> list[float]:
    """Wrap this catalogue's `reindex_cases` so each call's seconds land in the returned list."""
    spent: list[float] = []
    original = catalogue.reindex_cases

    def timed(ids: list[str]) -> None:
        started = time.perf_counter()
        original(ids)
        spent.append(time.perf_counter() - started)

    catalogue.reindex_cases = timed  # type: ignore[method-assign]
    return spent


def case_and_parts(db: sqlite_utils.Database, case_id: str) -> list[RecordState]:
    """A case's record state and its parts', as a bundle carries them."""
    states = [load_state(db, "cases", case_id)]
    for table in PARENT_TABLE:
        for (part_id,) in db.execute(
            f"SELECT id FROM [{table}] WHERE case_id = ? ORDER BY id", [case_id]
        ).fetchall():
            states.append(load_state(db, table, part_id))
    return [s for s in states if s is not None]


def zlib_size(states: list[RecordState]) -> tuple[int, int]:
    """(canonical JSON bytes, zlib level 6 bytes) of a list of record states."""
    raw = jsontext.dumps([s.to_json() for s in states]).encode("utf-8")
    return len(raw), len(zlib.compress(raw, 6))


# Baselines


def format_one_copy(bundle: Path, out: Path, key: DeviceKey) -> Path:
    """The bundle as format 1 wrote it: the same records without their signed edits."""
    with zipfile.ZipFile(bundle) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    manifest = json.loads(members.pop(MANIFEST))
    members.pop(SIGNATURE)
    for entry in manifest["members"]:
        if entry["path"].startswith("records/"):
            records = json.loads(members[entry["path"]])
            for record in records:
                record.pop("edits", None)
            members[entry["path"]] = jsontext.dumps(records).encode("utf-8")
        data = members[entry["path"]]
        entry.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
    manifest["format_version"] = 1
    manifest_bytes = jsontext.dumps(manifest).encode("utf-8")
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, base64.b64encode(key.sign(manifest_bytes)))
        for name, data in members.items():
            archive.writestr(name, data)
    return out


def read_time(sync: SyncService, path: Path) -> float:
    """How long reading and verifying a bundle takes."""
    started = time.perf_counter()
    sync.read(path)
    return time.perf_counter() - started


def baseline_rows(catalogue: Catalogue) -> tuple[dict[str, list[dict[str, Any]]], list[tuple[str, str]]]:
    """The bare rows (case_records) of every case, and (id, title + summary + body) to index."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in BASELINE_TABLES}
    texts: list[tuple[str, str]] = []
    for case in case_store.iter_cases(catalogue.db):
        for table, row in case_store.case_records(case):
            rows[table].append(row)
        texts.append((case.id, "\n".join((case.title, case.summary, case.body))))
    return rows, texts


def bare_insert(path: Path, rows: dict[str, list[dict[str, Any]]]) -> float:
    """sqlite-utils insert_all of the rows into a new SQLite file; seconds taken."""
    started = time.perf_counter()
    db = sqlite_utils.Database(path)
    for table in BASELINE_TABLES:
        db[table].insert_all(rows[table], pk="id")
    db.close()
    return time.perf_counter() - started


def bare_index(folder: Path, texts: list[tuple[str, str]], analyzer: Analyzer) -> float:
    """A Whoosh index of id + one TEXT field, one writer, one commit; seconds taken."""
    started = time.perf_counter()
    folder.mkdir(parents=True)
    ix = whoosh_index.create_in(str(folder), Schema(id=ID(stored=True, unique=True), text=TEXT(analyzer)))
    writer = ix.writer()
    for case_id, text in texts:
        writer.add_document(id=case_id, text=text)
    writer.commit()
    ix.close()
    return time.perf_counter() - started


def indexed_chars(catalogue: Catalogue) -> int:
    """Characters the catalogue's own index analyzes for every case (all its text fields)."""
    names = (*TEXT_FIELDS, "spell")
    total = 0
    for case in case_store.iter_cases(catalogue.db):
        values = _fields(index_doc(case, ""))
        total += sum(len(values[n]) for n in names)
    return total


# The run


def profiled(path: Path | None, work: Callable[[], Any]) -> Any:
    """Run `work`, under cProfile (stats written to `path`, top costs printed) if a path is given."""
    if path is None:
        return work()
    profiler = cProfile.Profile()
    result = profiler.runcall(work)
    profiler.dump_stats(str(path))
    print(f"\nprofile of the import written to {path}; top 30 by cumulative time:\n```")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(30)
    print("```")
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the whole benchmark and print the report."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000, help="synthetic cases (default 10000)")
    parser.add_argument(
        "--words", type=int, default=1000, help="about this many words per case (default 1000)"
    )
    parser.add_argument("--edits", type=int, default=10, help="cases edited for the incremental bundle (10)")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed of the generated catalogue")
    parser.add_argument("--profile", type=Path, help="profile the full import; write its stats here")
    args = parser.parse_args(argv)
    if args.cases < 1 or args.words < 20 or not 1 <= args.edits <= args.cases:
        parser.error("--cases must be positive, --words at least 20, --edits between 1 and --cases")

    script = Path(sys.argv[0]).resolve()
    shown = str(script.relative_to(ROOT)) if script.is_relative_to(ROOT) else str(script)
    command = " ".join(["python", shlex.quote(shown), *(shlex.quote(a) for a in sys.argv[1:])])
    scratch = Path(tempfile.mkdtemp(prefix="leaps-sync-bench-"))
    try:
        return run(args, command, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def run(args: argparse.Namespace, command: str, scratch: Path) -> int:
    """The benchmark proper; `main` handles arguments and the scratch folder."""
    began = time.perf_counter()
    figures = Figures()
    print("# LEAPS Catalogue sync benchmark\n")
    print(f"command: {command}")
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, sqlite-utils {version('sqlite-utils')}, "
        f"Whoosh-Reloaded {version('whoosh-reloaded')}"
    )
    print(f"scratch dir: {scratch} (temporary)")
    print(f"load average at start: {load_average()}", flush=True)

    # 1. Device A and its full bundle
    section("Device A and its full bundle")
    corpus = Corpus.make(args.seed)
    device_a = Catalogue.open(scratch / "a", load_seed=False)
    sync_a = SyncService(device_a, "A")
    generating, saving = insert_cases(device_a, corpus, args.cases, args.words)
    started = time.perf_counter()
    device_a.reindex(Progress("A: whoosh index"))
    a_index = time.perf_counter() - started
    print(
        f"cases: {device_a.count()} synthetic of about {args.words} words (no seed); generating "
        f"{secs(generating)}, save_case (one transaction) {secs(saving)}, Catalogue.reindex {secs(a_index)}"
    )
    full = scratch / "a-full.leaps"
    started = time.perf_counter()
    sync_a.export(full)
    exporting = time.perf_counter() - started
    full_size = full.stat().st_size
    raw_records, members = zip_sizes(full)
    print(
        f"full export: {secs(exporting)}; bundle {mb(full_size)} "
        f"({mb(raw_records)} of canonical JSON in {members} record members)",
        flush=True,
    )
    figures.add(f"save_case into A ({args.cases:,} cases, one transaction)", secs(saving))
    figures.add(f"Catalogue.reindex on A ({args.cases:,} cases)", secs(a_index))
    figures.add("full export (SyncService.export)", secs(exporting))
    figures.add("full bundle size", mb(full_size), f"records uncompressed {mb(raw_records)}")

    # 2. Device B imports it
    section("Empty device B imports the full bundle")
    device_b = Catalogue.open(scratch / "b", load_seed=False)
    sync_b = SyncService(device_b, "B")
    index_spent = time_reindex_cases(device_b)
    started = time.perf_counter()
    bundle = sync_b.read(full)
    reading = time.perf_counter() - started
    records = len(bundle.records)
    started, cpu_started = time.perf_counter(), time.process_time()
    report = profiled(
        args.profile, lambda: sync_b.import_bundle(bundle, "always", progress=Progress("B: import"))
    )
    importing, import_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    index_update = sum(index_spent)
    database_part = importing - index_update
    print(f"read + verify (SyncService.read): {secs(reading)} ({records:,} records)")
    print(
        f"import (SyncService.import_bundle): {secs(importing)}: database {secs(database_part)}, "
        f"index update of {len(report.touched_cases):,} touched cases {secs(index_update)}; "
        f"CPU {secs(import_cpu)}"
    )
    print(
        f"counts: {report.counts}; B now holds {device_b.count():,} cases, "
        f"{device_b.index.doc_count():,} indexed; index {mb(folder_size(scratch / 'b' / 'index'))}"
    )
    if args.profile:
        print("(timed under cProfile: slower than a plain run)")

    # 2b. The same records without a signature per change, as format 1 carried them
    section("Empty device C imports the same records as a format 1 bundle (no signature per change)")
    unsigned = format_one_copy(full, scratch / "a-full-format1.leaps", sync_a.key)
    device_c = Catalogue.open(scratch / "c", load_seed=False)
    sync_c = SyncService(device_c, "C")
    index_spent_c = time_reindex_cases(device_c)
    old_bundle = sync_c.read(unsigned)
    started = time.perf_counter()
    sync_c.import_bundle(old_bundle, "always", progress=Progress("C: import"))
    importing_unsigned = time.perf_counter() - started
    reading_unsigned = read_time(sync_c, unsigned)
    signed_total, unsigned_total = reading + importing, reading_unsigned + importing_unsigned
    database_unsigned = importing_unsigned - sum(index_spent_c)
    print(
        f"database part: signed {secs(database_part)}, format 1 {secs(database_unsigned)} "
        f"({ratio(database_part, database_unsigned)}); index update: signed {secs(index_update)}, "
        f"format 1 {secs(sum(index_spent_c))}"
    )
    print(
        f"format 1: read {secs(reading_unsigned)} + import {secs(importing_unsigned)} = "
        f"{secs(unsigned_total)}; format 2 (signed changes): {secs(reading)} + {secs(importing)} = "
        f"{secs(signed_total)}; signed / unsigned = {signed_total / unsigned_total:.2f}x "
        f"(import alone {importing / importing_unsigned:.2f}x)",
        flush=True,
    )
    figures.add(
        "read + import, signed changes / format 1",
        f"{signed_total / unsigned_total:.2f}x",
        f"{secs(signed_total)} / {secs(unsigned_total)}",
    )
    device_c.close()

    # Baselines
    section("Baseline: bare sqlite-utils insert + bare Whoosh index")
    rows, texts = baseline_rows(device_a)
    insert, insert_cpu = with_cpu(lambda: bare_insert(scratch / "bare.db", rows))
    print(
        "sqlite-utils insert_all into a new file "
        f"({', '.join(f'{len(rows[t]):,} {t}' for t in BASELINE_TABLES)}): {secs(insert)}; "
        f"CPU {secs(insert_cpu)}",
        flush=True,
    )
    plain_index, plain_cpu = with_cpu(lambda: bare_index(scratch / "bare-index", texts, StandardAnalyzer()))
    print(
        f"bare Whoosh index (id + title/summary/body, StandardAnalyzer): {secs(plain_index)}, "
        f"{mb(folder_size(scratch / 'bare-index'))}; CPU {secs(plain_cpu)}",
        flush=True,
    )
    own_index = bare_index(scratch / "bare-index-mixed", texts, mixed_script_analyzer())
    print(
        f"same, with mixed_script_analyzer (Whoosh's own writer and formats): {secs(own_index)}, "
        f"{mb(folder_size(scratch / 'bare-index-mixed'))}"
    )
    bare_chars = sum(len(text) for _, text in texts)
    ours_chars = indexed_chars(device_a)
    print(
        f"text analyzed: bare {bare_chars / 1e6:.1f} M characters; the catalogue's index "
        f"{ours_chars / 1e6:.1f} M ({ours_chars / max(bare_chars, 1):.1f}x: content, titles, summary, "
        "place and spelling fields)"
    )
    plain_ratio = importing / (insert + plain_index)
    own_ratio = importing / (insert + own_index)
    cpu_ratio = import_cpu / (insert_cpu + plain_cpu)
    print(
        f"\nimport / (insert + bare index): {secs(importing)} / {secs(insert + plain_index)} = "
        f"{plain_ratio:.2f}x ({bar(plain_ratio, IMPORT_BAR)})"
    )
    print(
        f"the same in process CPU time: {secs(import_cpu)} / {secs(insert_cpu + plain_cpu)} = "
        f"{cpu_ratio:.2f}x ({bar(cpu_ratio, IMPORT_BAR)})"
    )
    print(
        f"import / (insert + index with mixed_script_analyzer): {secs(importing)} / "
        f"{secs(insert + own_index)} = {own_ratio:.2f}x"
    )
    print(
        f"parts: database {secs(database_part)} vs insert {secs(insert)} ({ratio(database_part, insert)}); "
        f"index update {secs(index_update)} vs bare index {secs(plain_index)} "
        f"({ratio(index_update, plain_index)}), vs mixed_script_analyzer index {secs(own_index)} "
        f"({ratio(index_update, own_index)})",
        flush=True,
    )
    figures.add("read + verify on B (SyncService.read)", secs(reading))
    figures.add(
        f"import into empty B ({records:,} records, incl. index update)",
        secs(importing),
        f"insert + bare index {secs(insert + plain_index)}",
        f"{plain_ratio:.2f}x (bar {IMPORT_BAR:g}x)",
    )
    figures.add(
        "the same, process CPU time",
        secs(import_cpu),
        f"insert + bare index {secs(insert_cpu + plain_cpu)}",
        f"{cpu_ratio:.2f}x",
    )
    figures.add(
        "import vs insert + index with our analyzer",
        secs(importing),
        f"insert + mixed-script index {secs(insert + own_index)}",
        f"{own_ratio:.2f}x",
    )
    figures.add(
        "import: database part",
        secs(database_part),
        f"insert_all {secs(insert)}",
        ratio(database_part, insert),
    )
    figures.add(
        "import: index update (reindex_cases)",
        secs(index_update),
        f"bare StandardAnalyzer index {secs(plain_index)}",
        ratio(index_update, plain_index),
    )

    # 3. Incremental
    section(f"Incremental bundle ({args.edits} edited cases)")
    back = scratch / "b-to-a.leaps"
    sync_b.export(back, for_peer=sync_a.device_id)
    sync_a.import_bundle(sync_a.read(back), "always")
    print(f"B's bundle for A (so A knows B and what it holds): {kb(back.stat().st_size)}")
    ids = sorted(case_store.case_stamps(device_a.db))
    edited = random.Random(args.seed + 1).sample(ids, args.edits)
    for case_id in edited:
        case = device_a.get(case_id)
        case.summary = corpus.text(case.language, 40, lead="Edited.")
        device_a.save(case)
    incremental = scratch / "a-incremental.leaps"
    started = time.perf_counter()
    sync_a.export(incremental, for_peer=sync_b.device_id)
    inc_export = time.perf_counter() - started
    inc_size = incremental.stat().st_size
    started = time.perf_counter()
    inc_bundle = sync_b.read(incremental)
    inc_read = time.perf_counter() - started
    started = time.perf_counter()
    inc_report = sync_b.import_bundle(inc_bundle, "always")
    inc_import = time.perf_counter() - started
    (peer_knowledge,) = device_a.db.execute(
        "SELECT knowledge FROM peers WHERE device_id = ?", [sync_b.device_id]
    ).fetchone()
    since = jsontext.loads(peer_knowledge, {})
    whole = [s for case_id in edited for s in case_and_parts(device_a.db, case_id)]
    changed = [s for s in whole if not all(covers(since, v) for v in s.vv.values())]
    changed_raw, changed_zlib = zlib_size(changed)
    whole_raw, whole_zlib = zlib_size(whole)
    inc_ratio = inc_size / changed_zlib
    print(
        f"incremental export (--for B): {secs(inc_export)}; bundle {kb(inc_size)} "
        f"({inc_bundle.kind}, {len(inc_bundle.records)} records: "
        f"{', '.join(sorted({s.type for s in inc_bundle.records}))})"
    )
    print(
        f"the {len(changed)} changed records (load_state, canonical JSON): {kb(changed_raw)}, "
        f"zlib level 6 alone {kb(changed_zlib)}; "
        f"bundle / that = {inc_ratio:.2f}x ({bar(inc_ratio, INCREMENTAL_BAR)})"
    )
    print(
        f"(the {len(whole)} records of those cases with all their parts: {kb(whole_raw)}, "
        f"zlib 6 {kb(whole_zlib)}, bundle / that = {inc_size / whole_zlib:.2f}x)"
    )
    print(
        f"B: read + verify {secs(inc_read)}, import {secs(inc_import)} "
        f"({len(inc_report.touched_cases)} cases touched, counts {inc_report.counts})"
    )
    figures.add(
        f"incremental bundle ({args.edits} cases edited)",
        kb(inc_size),
        f"{len(changed)} changed records, zlib 6 {kb(changed_zlib)}",
        f"{inc_ratio:.2f}x (bar {INCREMENTAL_BAR:g}x)",
    )
    figures.add(
        "incremental export / read / import", f"{secs(inc_export)} / {secs(inc_read)} / {secs(inc_import)}"
    )
    device_a.close()
    device_b.close()

    # 4. Summary
    wall = time.perf_counter() - began
    print(f"\nload average at end: {load_average()}")
    print(f"wall time: {wall / 60:.1f} min")
    section("Summary")
    print(
        f"{args.cases:,} cases of about {args.words:,} words in English, Korean and Chinese, "
        f"{platform.system()} on {os.cpu_count()} CPUs, `{command}`:\n"
    )
    print("| measure | LEAPS | baseline | ratio |")
    print("| --- | ---: | ---: | ---: |")
    for row in figures.rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
