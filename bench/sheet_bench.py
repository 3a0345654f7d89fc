"""Time a sheet import of a large library export (20,000 rows by default), as `leaps import-sheet` runs it.

The export is generated: `id, title, description, url, city, country` rows with a few duplicate
titles, trailing spaces, decomposed accents and Chinese text, like a real case library's. The
import goes into a fresh catalogue with the seed loaded, then the same file is imported again
(every row unchanged). A bare baseline in the same run sets the figures beside what the machine
does anyway: reading the CSV with the `csv` module and inserting the same rows with sqlite-utils'
`insert_all` into a new table.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite_utils  # noqa: E402

from desktop.cli import main as leaps  # noqa: E402

CITIES = [("Seoul", "South Korea"), ("Petén", "Guatemala"), ("Surabaya", "Indonesia"), ("Pune", "India")]
WORDS = [
    "bus",
    "route",
    "night",
    "call",
    "data",
    "market",
    "water",
    "tank",
    "bike",
    "library",
    "budget",
    "portal",
    "citizen",
    "idea",
]


def write_export(path: Path, rows: int, seed: int) -> None:
    """A library export of `rows` cases."""
    chance = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["id", "title", "description", "url", "city", "country"])
        for n in range(1, rows + 1):
            city, country = chance.choice(CITIES)
            title = " ".join(chance.choices(WORDS, k=4)).capitalize() + (" " if n % 7 == 0 else "")
            if n % 500 == 0:
                title = "社区垃圾分类积分 " + str(n)
            summary = " ".join(chance.choices(WORDS, k=40)) if n % 9 else ""
            out.writerow(
                [
                    n,
                    title,
                    summary,
                    f"https://cases.example.org/{n}",
                    unicodedata.normalize("NFD", city),
                    country,
                ]
            )


def baseline(path: Path, db_path: Path) -> float:
    """Seconds to read the CSV and insert its rows, as they are, into a new SQLite table."""
    started = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    db = sqlite_utils.Database(db_path)
    with db.conn:
        db["rows"].insert_all(rows, batch_size=500)
    db.close()
    return time.perf_counter() - started


def timed(argv: list[str]) -> float:
    started = time.perf_counter()
    status = leaps(argv)
    if status:
        raise SystemExit(f"leaps {' '.join(argv)} exited {status}")
    return time.perf_counter() - started


def main() -> int:
    """Generate the export, import it twice, and print the figures beside the baseline."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        export = folder / "library.csv"
        write_export(export, args.rows, args.seed)
        data = folder / "data"
        print(f"load average at start: {os.getloadavg()[0]:.2f}")
        bare = baseline(export, folder / "baseline.db")
        leaps(["--data-dir", str(data), "info"])  # the seed and its index, outside the timing
        first = timed(["--data-dir", str(data), "import-sheet", str(export)])
        again = timed(["--data-dir", str(data), "import-sheet", str(export)])
        print(f"load average at end: {os.getloadavg()[0]:.2f}")
    print()
    print("| measure | LEAPS | baseline (csv + insert_all) | ratio |")
    print("|---|---|---|---|")
    for label, seconds in (
        (f"import {args.rows:,} new rows (check, save, index)", first),
        ("import the same file again (all unchanged)", again),
    ):
        print(f"| {label} | {seconds:.1f} s | {bare:.2f} s | {seconds / bare:.0f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
