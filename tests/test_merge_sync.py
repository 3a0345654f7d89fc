"""A merge of two duplicate cases travels as a signed record: every device shows the merged case,
lists the merge and can undo it, and an edit made elsewhere to the absorbed case is not lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.catalogue.duplicates import merge_cases, undoable_merges, unmerge_cases
from desktop.store.migrations import MERGE_TABLE
from desktop.sync.bundle import FORMAT_VERSION
from tests.conftest import make_case
from tests.sync_helpers import Device


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Device, Device, Device]]:
    """Three devices holding the same two duplicate cases."""
    a, b, c = (Device(tmp_path / name, name) for name in ("a", "b", "c"))
    first = make_case(title="Rainwater tanks for markets", city="Colombo")
    second = make_case(title="Rain-water tanks for markets", city="Colombo", summary="", costs="Small.")
    second.sources[0].url = "https://example.org/tanks"
    for case in (first, second):
        a.catalogue.save(case)
    a.send(b)
    a.send(c)
    yield a, b, c
    for device in (a, b, c):
        device.close()


def _ids(device: Device) -> set[str]:
    return {case.id for case in device.catalogue.all_cases()}


def _pair(device: Device) -> tuple[str, str]:
    first, second = sorted(device.catalogue.all_cases(), key=lambda case: case.summary == "")
    return first.id, second.id


def test_a_merge_on_one_device_is_listed_and_undone_on_another_and_the_undo_travels_back(
    devices: tuple[Device, Device, Device],
) -> None:
    a, b, c = devices
    keep, other = _pair(a)
    merge_cases(a.catalogue, keep, other)
    a.send(b)
    assert _ids(b) == {keep}
    [listed] = undoable_merges(b.catalogue)
    assert (listed.kept, listed.removed, listed.removed_title) == (
        keep,
        other,
        "Rain-water tanks for markets",
    )
    assert len(b.catalogue.get(keep).components) == 6

    # The merge record is signed by its author like every edit, and the bundle says it carries one.
    state = b.catalogue.db.execute(f"SELECT edits FROM [{MERGE_TABLE}] WHERE id = ?", [other]).fetchone()
    assert state is not None and a.id in state[0]
    out = a.folder.parent / "merge.leaps"
    [path] = a.sync.export(out)
    assert b.sync.read(path).format_version == FORMAT_VERSION == 4

    unmerge_cases(b.catalogue, other)
    assert _ids(b) == {keep, other} and undoable_merges(b.catalogue) == []
    b.send(a)
    assert _ids(a) == {keep, other}
    assert undoable_merges(a.catalogue) == []
    assert len(a.catalogue.get(keep).components) == 3 and len(a.catalogue.get(other).components) == 3
    assert a.catalogue.get(other).sources[0].url == "https://example.org/tanks"
    # A third device that hears of the merge and its undo from both ends with the two cases too.
    a.send(c)
    b.send(c)
    assert _ids(c) == {keep, other} and undoable_merges(c.catalogue) == []


def test_an_edit_to_the_absorbed_case_made_before_the_merge_arrived_stays_as_a_conflict(
    devices: tuple[Device, Device, Device],
) -> None:
    a, b, _ = devices
    keep, other = _pair(a)
    merge_cases(a.catalogue, keep, other)
    edited = b.catalogue.get(other)
    edited.costs = "About 400 USD a tank."
    b.catalogue.save(edited)
    a.send(b)
    b.send(a)
    for device in (a, b):
        # The edit is not lost: the absorbed case stays, with its edit, as a deletion to decide.
        assert device.catalogue.get(other).costs == "About 400 USD a tank."
        conflicts = [(x.kind, x.record_id) for x in device.sync.conflicts()]
        assert ("delete", other) in conflicts, conflicts
        assert len(device.catalogue.get(keep).components) == 6
        assert [m.removed for m in undoable_merges(device.catalogue)] == [other]


def test_two_cases_too_long_to_travel_as_one_merge_are_refused_and_left_as_they_were(tmp_path: Path) -> None:
    from desktop.catalogue.service import Catalogue
    from desktop.store.errors import CatalogueError

    catalogue = Catalogue.open(tmp_path / "data")
    try:
        first = make_case(title="Long tanks", city="Colombo", body="Tanks. " * 80_000)
        second = make_case(title="Long tanks!", city="Colombo", body="Pipes. " * 80_000)
        for case in (first, second):
            catalogue.save(case)
        with pytest.raises(CatalogueError, match="too long to merge"):
            merge_cases(catalogue, first.id, second.id)
        assert {first.id, second.id} <= {c.id for c in catalogue.all_cases()}
        assert undoable_merges(catalogue) == []
    finally:
        catalogue.close()


def test_a_bundle_of_only_the_kept_case_carries_the_merge_and_its_undo(
    devices: tuple[Device, Device, Device],
) -> None:
    a, b, c = devices
    keep, other = _pair(a)
    merge_cases(a.catalogue, keep, other)
    # Only the merged case is chosen for export: the merge that made it travels with it.
    a.send(b, case_ids=[keep])
    assert _ids(b) == {keep}
    assert [(m.kept, m.removed) for m in undoable_merges(b.catalogue)] == [(keep, other)]
    assert len(b.catalogue.get(keep).components) == 6

    # Undone there, and again only that case sent back: both come back on the first device, each
    # with its own parts, and no merge is left to undo.
    unmerge_cases(b.catalogue, other)
    b.send(a, case_ids=[keep])
    assert _ids(a) == {keep, other} and undoable_merges(a.catalogue) == []
    assert len(a.catalogue.get(keep).components) == 3 and len(a.catalogue.get(other).components) == 3
    assert a.catalogue.get(other).sources[0].url == "https://example.org/tanks"

    # A device that chooses the case no merge removed, after the undo, gets both as they are now.
    b.send(c, case_ids=[keep])
    assert _ids(c) == {keep, other} and undoable_merges(c.catalogue) == []
    assert len(c.catalogue.get(other).components) == 3


def test_a_merge_received_in_a_bundle_shows_in_find_duplicates_and_is_undone_there(
    qtbot: Any, tmp_path: Path
) -> None:
    from desktop.ui.browse.duplicates_dialog import DuplicatesDialog
    from tests.test_window_sync import click_in_next_dialog
    from tests.worker_helpers import WAIT_MS, open_main_window, run_on_worker

    a, b = Device(tmp_path / "a", "a"), Device(tmp_path / "b", "b")
    try:
        first = make_case(title="Tool library", city="Pune")
        second = make_case(title="Tool Library!", city="Pune", summary="")
        for case in (first, second):
            a.catalogue.save(case)
        a.send(b)
        merge_cases(a.catalogue, first.id, second.id)
        [bundle] = a.sync.export(tmp_path / "merge.leaps", case_ids=[first.id])
    finally:
        a.close()
        b.close()
    # The receiving device opens the bundle in its window and imports it from the preview.
    window = open_main_window(qtbot, tmp_path / "b")
    buttons: list[str] = []
    click_in_next_dialog("Import", buttons)
    window.open_files([str(bundle)])
    qtbot.waitUntil(lambda: "Imported:" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    window.find_duplicates_action.trigger()
    dialog = window.findChild(DuplicatesDialog)
    qtbot.waitUntil(lambda: dialog.merge_list.count() == 1, timeout=WAIT_MS)
    assert dialog.merge_list.itemText(0) == "“Tool Library!” merged into “Tool library” on a", "and where"
    assert all({p.first, p.second} != {first.id, second.id} for p in dialog.pairs), "no longer offered"
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: dialog.merge_list.count() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: any({p.first, p.second} == {first.id, second.id} for p in dialog.pairs), timeout=WAIT_MS
    )
    titles = run_on_worker(qtbot, window.tasks, lambda: {c.title for c in window.catalogue.all_cases()})
    assert {"Tool library", "Tool Library!"} <= titles
