"""How soon a large bundle imported in the window is searchable: every imported case found by its title.

The window imports with the index rebuilt in the background (`Catalogue.background_index`): once
the bundle's records are in the catalogue, searches answer from the catalogue for the cases the
index has not reached. This times, from the start of the import, when a title search finds each of
a sample of the imported cases, and when the background rebuild ends. The bundle is a full export
of a catalogue kept by `bench/search_bench.py --data-dir DIR` (10,000 cases of about 1,000 words):

    .venv/bin/python bench/catchup_bench.py DIR

A script that prints figures, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.catalogue.service import Catalogue  # noqa: E402
from desktop.search import SearchRequest  # noqa: E402
from desktop.sync.service import SyncService  # noqa: E402

SAMPLE = 20


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> int:
    """Export the kept catalogue, import it into an empty one as the window does, and time search."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("kept", type=Path, help="a catalogue kept by search_bench.py --data-dir")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    print(f"load average at start: {load()}")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        source = Catalogue.open(args.kept.resolve(), load_seed=False, check_index=False)
        titles = dict(source.db.execute("SELECT id, title FROM cases").fetchall())
        started = time.perf_counter()
        bundle_path = SyncService(source).export(folder / "full.leaps")[0]
        print(f"full export of {len(titles):,} cases: {time.perf_counter() - started:.1f} s")
        source.close()
        target = Catalogue.open(folder / "device", load_seed=False)
        target.background_index = True  # as the window opens it
        sample = random.Random(args.seed).sample(sorted(titles), SAMPLE)
        started = time.perf_counter()
        sync = SyncService(target)
        sync.import_bundle(sync.read(bundle_path), "always")
        imported = time.perf_counter() - started
        found = 0
        for case_id in sample:
            page = target.search(SearchRequest(text=titles[case_id], limit=500))
            found += any(card.id == case_id for card in page.cards)
        searchable = time.perf_counter() - started
        catching_up = target.catching_up
        target.wait_for_index()
        indexed = time.perf_counter() - started
        print(f"load average at end: {load()}\n")
        print("| from the start of the import | seconds |")
        print("|---|---|")
        print(f"| records in the catalogue (the import returns) | {imported:.1f} s |")
        print(
            f"| {found} of {SAMPLE} sampled cases found by their title "
            f"(index {'still catching up' if catching_up else 'done'}) | {searchable:.1f} s |"
        )
        print(f"| background rebuild of the index done | {indexed:.1f} s |")
        target.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
