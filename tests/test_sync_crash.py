"""`leaps import` killed (SIGKILL) at random points leaves a catalogue as it was before or after."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main as leaps
from desktop.store.cases import save_case
from tests.conftest import make_case
from tests.sync_helpers import Device

ROOT = Path(__file__).resolve().parent.parent
EXTRA_CASES = 300
KILLS = 8
# What the import writes: the cases with their parts and derived rows, deletions and conflicts.
CONTENT_TABLES = (
    "cases",
    "case_themes",
    "case_sdgs",
    "components",
    "sources",
    "attachments",
    "attachment_blobs",
    "tombstones",
    "conflicts",
    "pending_records",
)
Snapshot = dict[str, list[tuple[Any, ...]]]


def leaps_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args]


def leaps_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def snapshot(data_dir: Path) -> Snapshot:
    """The catalogue's content, read straight from the file (recovering its WAL like any opener)."""
    db = sqlite3.connect(data_dir / "catalogue.db")
    try:
        return {t: sorted(db.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in CONTENT_TABLES}
    finally:
        db.close()


def import_traces(data_dir: Path) -> tuple[int, int]:
    """How many imports the history records, and how many peers the catalogue knows."""
    db = sqlite3.connect(data_dir / "catalogue.db")
    try:
        history = db.execute("SELECT count(*) FROM sync_history WHERE direction = 'import'").fetchone()[0]
        peers = db.execute("SELECT count(*) FROM peers").fetchone()[0]
        return history, peers
    finally:
        db.close()


@pytest.fixture
def big_bundle(tmp_path: Path, seeded_template: Path) -> Path:
    """A full bundle from another device: the seed plus 300 small cases (about 1,900 records)."""
    device = Device(tmp_path / "sender", "Field laptop", seeded_template)
    catalogue = device.catalogue
    try:
        with catalogue.db.atomic():
            for n in range(EXTRA_CASES):
                save_case(catalogue.writer, make_case(title=f"Rainwater tanks, market {n}"))
        return device.sync.export(tmp_path / "big.leaps")[0]
    finally:
        catalogue.close()


def test_import_killed_at_random_points_leaves_the_catalogue_before_or_after(
    tmp_path: Path, seeded_template: Path, big_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    complete = tmp_path / "complete"
    shutil.copytree(seeded_template, complete)
    before = snapshot(complete)
    started = time.monotonic()
    run = subprocess.run(
        leaps_command(complete, "import", str(big_bundle), "--trust", "always"),
        capture_output=True,
        text=True,
        env=leaps_env(),
        cwd=ROOT,
        timeout=120,
    )
    duration = time.monotonic() - started
    assert run.returncode == 0 and "applied" in run.stdout, run.stderr
    after = snapshot(complete)
    assert len(after["cases"]) == len(before["cases"]) + EXTRA_CASES

    rng = random.Random()
    delays = [duration * rng.uniform(i / KILLS, (i + 1) / KILLS) for i in range(KILLS)]
    outcomes: list[str] = []
    for n, delay in enumerate(delays):
        where = f"kill {n} after {delay:.2f}s of a {duration:.2f}s import"
        target = tmp_path / f"killed-{n}"
        shutil.copytree(seeded_template, target)
        process = subprocess.Popen(
            leaps_command(target, "import", str(big_bundle), "--trust", "always"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=leaps_env(),
            cwd=ROOT,
        )
        time.sleep(delay)
        finished_first = process.poll() is not None
        if not finished_first:
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)

        left = snapshot(target)
        assert left in (before, after), f"{where}: the catalogue holds part of the import"
        outcome = "before" if left == before else "after"
        outcomes.append(outcome + (" (had finished)" if finished_first else ""))
        history, peers = import_traces(target)
        assert (history, peers) == ((0, 0) if outcome == "before" else (1, 1)), (
            f"{where}: content is {outcome} the import, but history and peers say {history}, {peers}"
        )

        status = leaps(["--data-dir", str(target), "check"])  # in-process: saves a start-up per kill
        printed = capsys.readouterr()
        assert status == 0, f"{where}: leaps check failed:\n{printed.out}{printed.err}"
        assert snapshot(target) == left, f"{where}: leaps check changed the catalogue's content"

    print(f"import took {duration:.2f}s; kills at {[round(d, 2) for d in delays]} left: {outcomes}")
