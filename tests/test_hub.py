"""The hub relays every device's edits over one synced folder: a shared folder, then real Syncthing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.store.migrations import SYNCED_TABLES
from desktop.store.replica import covers, load_state, records_beyond
from desktop.sync.folder import addressed_bundle_name, own_bundle_name
from desktop.sync.hub import Hub, HubRound
from tests.sync_helpers import Device
from tests.syncthing_helpers import SYNCTHING, Daemon, wait_for

SEED_CASE = "Owl Bus"


@pytest.fixture
def devices(tmp_path: Path, seeded_template: Path) -> Iterator[tuple[Device, Device, Device]]:
    made = tuple(Device(tmp_path / name, name, seeded_template) for name in ("hub", "laptop-a", "laptop-b"))
    yield made  # type: ignore[misc]
    for device in made:
        device.close()


def _case_id(device: Device) -> str:
    return next(c.id for c in device.catalogue.all_cases() if SEED_CASE in c.title)


def _retitle(device: Device, case_id: str, title: str) -> None:
    case = device.catalogue.get(case_id)
    case.title = title
    device.catalogue.save(case)


def _first_round(tmp_path: Path, devices: tuple[Device, Device, Device]) -> tuple[Path, Hub, HubRound]:
    """A shared folder where both laptops wrote their bundles, and the hub's first round over it."""
    hub_device, a, b = devices
    shared = tmp_path / "shared"
    shared.mkdir()
    hub = Hub(hub_device.sync, shared)
    for device in (a, b):
        device.sync.sync_folder(shared, "always")
    return shared, hub, hub.run_round("always")


def test_an_edit_reaches_another_device_through_the_hub_folder(
    tmp_path: Path, devices: tuple[Device, Device, Device]
) -> None:
    _hub_device, a, b = devices
    shared, hub, first = _first_round(tmp_path, devices)
    assert sorted(r["signer_name"] for r in first.imported) == sorted([a.name, b.name])
    assert {Path(p).name for p in first.written} <= {addressed_bundle_name(a.id), addressed_bundle_name(b.id)}

    case_id = _case_id(a)
    _retitle(a, case_id, "Owl Bus, as edited in the field")
    a.sync.sync_folder(shared, "always")
    second = hub.run_round()
    assert [Path(p).name for p in second.written] == [addressed_bundle_name(b.id)]

    b.sync.sync_folder(shared, "always")
    assert b.catalogue.get(case_id).title == "Owl Bus, as edited in the field"
    assert "Owl Bus, as edited in the field" in b.catalogue.search_titles("field"), "searchable at once"


def test_the_hub_writes_nothing_twice_and_removes_what_every_device_holds(
    tmp_path: Path, devices: tuple[Device, Device, Device]
) -> None:
    _hub_device, a, b = devices
    shared, hub, _first = _first_round(tmp_path, devices)
    _retitle(a, _case_id(a), "Owl Bus, second edit")
    a.sync.sync_folder(shared, "always")
    hub.run_round()
    waiting = shared / addressed_bundle_name(b.id)
    before = waiting.read_bytes()

    again = hub.run_round()
    assert again.written == [] and waiting.read_bytes() == before, "an unread bundle is not rewritten"

    for device in (a, b):
        device.sync.sync_folder(shared, "always")  # each reads its bundle and says so in its own
    done = hub.run_round()
    assert addressed_bundle_name(b.id) in done.pruned and not waiting.exists()
    assert not (shared / addressed_bundle_name(a.id)).exists()


def test_the_hub_goes_past_transfers_under_way_and_bad_files(
    tmp_path: Path, devices: tuple[Device, Device, Device]
) -> None:
    hub_device, a, _b = devices
    shared = tmp_path / "shared"
    shared.mkdir()
    a.sync.sync_folder(shared, "always")
    whole = shared / own_bundle_name(a.id)
    (shared / f".syncthing.{whole.name}.tmp").write_bytes(whole.read_bytes()[:100])
    (shared / f"~syncthing~{whole.name}.tmp").write_bytes(b"half")
    (shared / f"{whole.stem}.sync-conflict-20261207-010203-ABCDEFG.leaps").write_bytes(whole.read_bytes())
    (shared / "broken.leaps").write_bytes(whole.read_bytes()[: len(whole.read_bytes()) // 2])

    result = Hub(hub_device.sync, shared).run_round("always")
    assert [Path(r["file"]).name for r in result.refused] == ["broken.leaps"]
    assert len(result.imported) == 1, "the conflict copy is the same bundle: imported once"
    assert addressed_bundle_name(a.id) not in {Path(p).name for p in result.written}, "a holds it all"


def _leaps(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300,
    )


@pytest.mark.skipif(SYNCTHING is None, reason="needs Syncthing (Debian's syncthing; .ci/run installs it)")
def test_an_edit_crosses_real_syncthing_daemons_through_the_hub(
    tmp_path: Path, devices: tuple[Device, Device, Device]
) -> None:
    hub_device, a, b = devices
    daemons = {name: Daemon(tmp_path / f"syncthing-{name}", name) for name in ("hub", "a", "b")}
    folders = {name: tmp_path / f"folder-{name}" for name in daemons}
    try:
        for daemon in daemons.values():
            daemon.start()
        # The laptops know only the hub, and take from the folder only what is addressed to them.
        for name, device in (("a", a), ("b", b)):
            daemons["hub"].add_device(daemons[name])
            daemons[name].add_device(daemons["hub"])
            ignores = [f"!/{addressed_bundle_name(device.id)}", f"!/{own_bundle_name(device.id)}", "*"]
            daemons[name].share(folders[name], [daemons["hub"]], ignores)
        daemons["hub"].share(folders["hub"], [daemons["a"], daemons["b"]], ["(?d).*.part"])

        def carried(source: Path, target: Path) -> bool:
            return target.exists() and target.read_bytes() == source.read_bytes()

        def send(name: str, device: Device) -> None:
            device.sync.sync_folder(folders[name], "always")
            daemons[name].rescan()
            bundle = own_bundle_name(device.id)
            wait_for(lambda: carried(folders[name] / bundle, folders["hub"] / bundle), f"{bundle} at the hub")

        send("a", a)
        send("b", b)
        hub_device.close()  # the hub runs as its own process, as a service would
        first = _leaps(hub_device.folder, "hub", str(folders["hub"]), "--trust", "always")
        assert first.returncode == 0, first.stderr

        case_id = _case_id(a)
        _retitle(a, case_id, "Owl Bus, carried by Syncthing")
        send("a", a)
        second = _leaps(hub_device.folder, "hub", str(folders["hub"]))
        mail = addressed_bundle_name(b.id)
        assert second.returncode == 0 and f"wrote {folders['hub'] / mail}" in second.stdout, second.stderr
        daemons["hub"].rescan()
        wait_for(lambda: carried(folders["hub"] / mail, folders["b"] / mail), f"{mail} on laptop b")

        b.sync.sync_folder(folders["b"], "always")
        assert b.catalogue.get(case_id).title == "Owl Bus, carried by Syncthing"
        assert not (folders["b"] / own_bundle_name(a.id)).exists(), "b took a's edit from the hub alone"
    finally:
        for daemon in daemons.values():
            daemon.stop()
        shutil.rmtree(tmp_path / "syncthing-hub", ignore_errors=True)


def test_what_a_device_lacks_is_found_by_the_version_vectors(devices: tuple[Device, Device, Device]) -> None:
    """SQLite's answer agrees, record by record, with the rule a bundle's reader applies."""
    _hub, a, b = devices
    _retitle(a, _case_id(a), "Owl Bus, edited on a")
    a.catalogue.delete(next(c.id for c in a.catalogue.all_cases() if c.id != _case_id(a)))
    a.send(b)
    _retitle(b, _case_id(b), "Owl Bus, edited on b")
    db = b.catalogue.db
    sizes = set()
    for knowledge in ({}, b.sync.knowledge(), a.sync.knowledge(), {"seed": "9" * 13 + ".00000.seed"}):
        for table in SYNCED_TABLES:
            ids = [r[0] for r in db.execute(f"SELECT id FROM [{table}]")]
            ids += [
                r[0]
                for r in db.execute(
                    "SELECT record_id FROM tombstones WHERE record_type = ? AND state IS NOT NULL", [table]
                )
            ]
            expected = [i for i in ids if not all(covers(knowledge, s) for s in _vv(db, table, i))]
            assert sorted(records_beyond(db, table, knowledge)) == sorted(expected)
            sizes.add((table, len(expected), len(ids)))
    assert any(0 < lacking < total for _table, lacking, total in sizes), "some records lacking, not all"


def _vv(db: Any, table: str, record_id: str) -> list[str]:
    state = load_state(db, table, record_id)
    assert state is not None
    return list(state.vv.values())
