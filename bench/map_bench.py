"""Map benchmark: fetching the city markers of a search, and grouping them, at 10,000 cases.

Builds N synthetic cases over real Asia-Pacific cities (the generator of search_bench.py), then
times what the Map tab does after each search: `city_points` (the cities of every case the search
finds, on the catalogue worker) for the whole catalogue, a country filter and a word search,
beside one plain SQLite GROUP BY over the same cases as the baseline; and `clusters` (grouping
near markers, on the UI thread) at the zooms of the map, beside projecting the points alone.

    .venv/bin/python bench/map_bench.py                 # 10,000 cases
    .venv/bin/python bench/map_bench.py --cases 1000    # a quick run

A script that prints figures, not a test: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python bench/map_bench.py`: make `bench` and `desktop` importable
    sys.path.insert(0, str(ROOT))

from bench.search_bench import Corpus, insert_cases, load_average  # noqa: E402
from desktop.catalogue.map_points import city_points, clusters  # noqa: E402
from desktop.catalogue.service import Catalogue  # noqa: E402
from desktop.search import SearchRequest  # noqa: E402
from desktop.ui.browse.map_markers import _MARKER_REACH  # noqa: E402
from desktop.ui.browse.worldmap import project, world_map  # noqa: E402

SEED = 20251126
# Pixels per map unit of a map filling a 720-pixel-wide pane, at the zooms the + button reaches.
ZOOMS = (1.0, 2.25, 5.06, 11.4, 32.0)


def median_ms(work: Callable[[], Any], repeats: int) -> float:
    """The median time of `work` over `repeats` runs, in milliseconds."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def baseline(catalogue: Catalogue) -> list[tuple[Any, ...]]:
    """The cities of every case in one SQLite query: what the fetch cannot beat for the whole catalogue."""
    return catalogue.db.execute(
        "SELECT city, country, avg(latitude), avg(longitude), count(*) FROM cases"
        " WHERE latitude IS NOT NULL AND longitude IS NOT NULL GROUP BY city, country"
    ).fetchall()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=120, help="words of text per case")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    print(f"load average at the start: {load_average()}")
    with tempfile.TemporaryDirectory() as scratch:
        catalogue = Catalogue.open(Path(scratch) / "data")
        insert_cases(catalogue, Corpus.make(SEED), args.cases, args.words)
        catalogue.reindex()
        country = catalogue.search(SearchRequest(limit=1)).facets["country"][0][0]
        requests = {
            "every case": SearchRequest(),
            f"country {country}": SearchRequest(filters={"country": [country]}),
            "a word search": SearchRequest(text="transport"),
        }
        base = median_ms(lambda: baseline(catalogue), args.repeats)
        print(f"\n{args.cases:,} cases; baseline (one GROUP BY over every case): {base:.1f} ms\n")
        print("| markers for | cities | fetch (median) | x baseline |")
        print("|---|---:|---:|---:|")
        cities = []
        for name, request in requests.items():
            found = city_points(catalogue, request)
            cities = cities or found
            spent = median_ms(lambda request=request: city_points(catalogue, request), args.repeats)
            print(f"| {name} | {len(found):,} | {spent:.1f} ms | {spent / base:.1f}x |")

        placed = [(*(lambda p: (p.x(), p.y()))(project(c.latitude, c.longitude)), c) for c in cities]
        fit = 720 / world_map().width
        project_ms = median_ms(lambda: [project(c.latitude, c.longitude) for c in cities], args.repeats)
        print(
            f"\nGrouping {len(cities):,} cities into markers (UI thread); projecting them alone: "
            f"{project_ms:.2f} ms\n"
        )
        print("| zoom | markers | grouping (median) | x projecting |")
        print("|---:|---:|---:|---:|")
        for zoom in ZOOMS:
            reach = _MARKER_REACH / (fit * zoom)
            groups = clusters(placed, reach)
            spent = median_ms(lambda reach=reach: clusters(placed, reach), args.repeats)
            print(f"| {zoom:g} | {len(groups):,} | {spent:.2f} ms | {spent / max(project_ms, 1e-6):.1f}x |")
        catalogue.close()
    print(f"\nload average at the end: {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
