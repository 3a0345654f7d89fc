"""`leaps sync` and `leaps hub` show the progress of each bundle they import or write, as the
window's Sync Now does."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.catalogue.service import Catalogue
from desktop.store import cases as case_store
from desktop.ui.settings import settings
from tests.conftest import make_case
from tests.test_cli import leaps
from tests.worker_helpers import WAIT_MS, open_main_window

# Cases enough for a bundle past the command line's progress threshold (five records a case).
CASES = 250


def fill(data_dir: Path) -> None:
    catalogue = Catalogue.open(data_dir)
    with catalogue.db.atomic():
        for number in range(CASES):
            case_store.save_case(catalogue.writer, make_case(title=f"Ferry pier {number}"))
    catalogue.close()


def test_sync_and_hub_show_each_bundles_progress(tmp_path: Path) -> None:
    folder, laptop, hub = tmp_path / "shared", tmp_path / "laptop", tmp_path / "hub"
    folder.mkdir()
    fill(laptop)
    written = leaps(laptop, "sync", str(folder))
    own = next(folder.glob("*.leaps")).name
    assert f"Writing {own}: " in written.stderr and "(100%)" in written.stderr
    relayed = leaps(hub, "hub", str(folder), "--trust", "always")
    assert f"Importing {own}: " in relayed.stderr and "(100%)" in relayed.stderr
    assert f"imported {folder / own}" in relayed.stdout


def test_sync_now_in_the_window_shows_each_bundles_progress(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    window = open_main_window(qtbot, data_dir)
    settings("sync").setValue("folder", str(folder))
    seen: list[str] = []
    window.tasks.progressed.connect(lambda label, done, total: seen.append(label))
    with qtbot.waitSignal(window.synced, timeout=WAIT_MS):
        window.sync.sync_folder_now()
    written = next(folder.glob("*.leaps")).name
    assert f"Writing {written}" in seen
