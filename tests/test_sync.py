"""Sync bundles between real devices: the eight guarantees, scenario by scenario."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store.errors import CatalogueError
from desktop.sync.bundle import BundleError
from desktop.sync.service import UntrustedSignerError
from tests.conftest import make_case
from tests.sync_helpers import Device, content, edit_on_each


@pytest.fixture
def pair(tmp_path: Path, seeded_template: Path) -> Iterator[tuple[Device, Device]]:
    """Two fresh installs of the app, each with the seed and its own identity."""
    first = Device(tmp_path / "a", "laptop-a", seeded_template)
    second = Device(tmp_path / "b", "laptop-b", seeded_template)
    yield first, second
    first.close()
    second.close()


@pytest.fixture
def blank(tmp_path: Path) -> Iterator[list[Device]]:
    """Three devices with empty catalogues."""
    devices = [Device(tmp_path / name, name) for name in ("a", "b", "c")]
    yield devices
    for device in devices:
        device.close()


def test_two_fresh_installs_exchange_nothing(pair: tuple[Device, Device]) -> None:
    a, b = pair
    before = content(b)
    [report] = a.send(b)
    assert report.counts["new"] == report.counts["updated"] == report.counts["conflicts"] == 0
    assert report.counts["unchanged"] > 0
    assert content(b) == before


def test_an_edited_seed_case_is_an_update_never_a_duplicate(pair: tuple[Device, Device]) -> None:
    a, b = pair
    case = a.catalogue.all_cases()[0]
    case.title = "Corrected on laptop A"
    a.catalogue.save(case)
    [report] = a.send(b)
    assert report.counts["updated"] == 1 and report.counts["new"] == 0
    assert b.catalogue.get(case.id).title == "Corrected on laptop A"
    assert b.catalogue.count() == a.catalogue.count()
    found = b.catalogue.search_titles("Corrected on laptop")
    assert found == ["Corrected on laptop A"], "the receiving index follows the import"


def test_importing_the_same_bundle_twice_changes_nothing(blank: list[Device]) -> None:
    a, b, _ = blank
    a.catalogue.save(make_case())
    out = a.folder.parent / "once.leaps"
    [path] = a.sync.export(out)
    b.sync.import_bundle(b.sync.read(path), "always")
    after_first = content(b)
    again = b.sync.import_bundle(b.sync.read(path), "always")
    assert set(again.counts.values()) - {0} == {again.counts["unchanged"]}
    assert content(b) == after_first


def test_edits_to_different_fields_merge_by_themselves(blank: list[Device]) -> None:
    a, b, _ = blank
    case = make_case()
    a.catalogue.save(case)
    a.send(b)
    mine = a.catalogue.get(case.id)
    mine.title = "New title from A"
    a.catalogue.save(mine)
    theirs = b.catalogue.get(case.id)
    theirs.summary = "New summary from B"
    b.catalogue.save(theirs)
    b.send(a)
    a.send(b)
    for device in (a, b):
        merged = device.catalogue.get(case.id)
        assert (merged.title, merged.summary) == ("New title from A", "New summary from B")
        assert device.sync.conflicts() == []
    assert content(a) == content(b)


def test_concurrent_edits_to_one_field_keep_both_and_show_the_same_winner(blank: list[Device]) -> None:
    a, b, _ = blank
    case = make_case()
    a.catalogue.save(case)
    a.send(b)
    edit_on_each(case.id, "title", {a: "Title from A", b: "Title from B"})
    b.send(a)
    a.send(b)
    assert a.catalogue.get(case.id).title == b.catalogue.get(case.id).title
    for device in (a, b):
        [conflict] = device.sync.conflicts()
        values = {conflict.shown[0], *(v for v, _ in conflict.others)}
        assert values == {"Title from A", "Title from B"}
    assert content(a) == content(b)


def test_a_resolution_travels_and_closes_the_conflict_everywhere(blank: list[Device]) -> None:
    a, b, c = blank
    case = make_case()
    a.catalogue.save(case)
    a.send(b)
    a.send(c)
    edit_on_each(case.id, "title", {a: "Title from A", b: "Title from B"})
    b.send(a)
    a.send(c)
    b.send(c)
    [conflict] = a.sync.conflicts()
    a.sync.resolve(conflict.id, "mine")
    assert a.catalogue.get(case.id).title == "Title from A"
    a.send(b)
    a.send(c)
    for device in (a, b, c):
        assert device.sync.conflicts() == []
        assert device.catalogue.get(case.id).title == "Title from A"
    assert content(a) == content(b) == content(c)


def test_resolve_keep_theirs_takes_the_other_devices_version(blank: list[Device]) -> None:
    a, b, _ = blank
    case = make_case()
    a.catalogue.save(case)
    a.send(b)
    edit_on_each(case.id, "title", {a: "Title from A", b: "Title from B"})
    a.send(b)
    [conflict] = b.sync.conflicts()
    b.sync.resolve(conflict.id, "theirs")
    assert b.catalogue.get(case.id).title == "Title from A"
    with pytest.raises(CatalogueError, match="No open conflict"):
        b.sync.resolve(conflict.id, "theirs")


def test_a_deletion_travels(blank: list[Device]) -> None:
    a, b, _ = blank
    case = make_case()
    a.catalogue.save(case)
    a.send(b)
    a.catalogue.delete(case.id)
    [report] = a.send(b)
    assert report.counts["deletions"] == 5  # the case, its three components and its source
    assert b.catalogue.count() == 0
    assert b.sync.conflicts() == []
    assert b.catalogue.search_titles(case.title) == []


def test_a_delete_against_a_concurrent_edit_is_a_conflict(blank: list[Device]) -> None:
    a, b, _ = blank
    case = make_case()
    a.catalogue.save(case)
    a.send(b)
    a.catalogue.delete(case.id)
    edited = b.catalogue.get(case.id)
    edited.results = "The pilot doubled its reach"
    b.catalogue.save(edited)
    a.send(b)
    b.send(a)
    for device in (a, b):
        kinds = [c.kind for c in device.sync.conflicts()]
        assert kinds == ["delete"], "not a silent delete"
        assert device.catalogue.get(case.id).results == "The pilot doubled its reach"
    assert content(a) == content(b)
    [conflict] = b.sync.conflicts()
    b.sync.resolve(conflict.id, "theirs")  # keep the deletion made on A
    b.send(a)
    for device in (a, b):
        assert device.catalogue.count() == 0 and device.sync.conflicts() == []


def test_an_incremental_bundle_carries_only_what_the_peer_has_not_seen(pair: tuple[Device, Device]) -> None:
    a, b = pair
    b.send(a)  # a learns what b holds
    full = a.sync.export(a.folder.parent / "full.leaps")[0].stat().st_size
    changed = a.catalogue.all_cases()[:3]
    for case in changed:
        case.summary += " Updated after a field visit."
        a.catalogue.save(case)
    [report] = a.send(b, for_peer=b.id)
    assert report.counts["updated"] == 3 and report.counts["unchanged"] == 0
    incremental = max(
        a.folder.parent.glob("bundle-*-laptop-a-to-laptop-b.leaps"), key=lambda p: p.stat().st_mtime
    )
    assert incremental.stat().st_size < full / 5
    assert b.catalogue.get(changed[0].id).summary.endswith("field visit.")


def test_a_selection_carries_the_chosen_cases_with_their_parts(blank: list[Device]) -> None:
    a, b, _ = blank
    chosen, other = make_case(), make_case(title="Not chosen")
    a.catalogue.save(chosen)
    a.catalogue.save(other)
    [report] = a.send(b, case_ids=[chosen.id])
    assert report.counts["new"] == 1 + 3 + 1
    assert [c.id for c in b.catalogue.all_cases()] == [chosen.id]
    with pytest.raises(CatalogueError, match="No case"):
        a.sync.export(a.folder.parent / "x.leaps", case_ids=["missing"])


def test_split_parts_import_in_any_order(tmp_path: Path, seeded_template: Path) -> None:
    a = Device(tmp_path / "a", "a", seeded_template)
    a.catalogue.save(make_case(title="Extra case"))
    paths = a.sync.export(tmp_path / "split.leaps", max_size=64 * 1024)
    assert len(paths) >= 3 and all(p.stat().st_size <= 64 * 1024 for p in paths)
    results = []
    for order, name in ((paths, "forward"), (list(reversed(paths)), "backward")):
        receiver = Device(tmp_path / name, name)
        for path in order:
            receiver.sync.import_bundle(receiver.sync.read(path), "always")
        assert receiver.catalogue.count() == a.catalogue.count()
        assert receiver.sync.knowledge()[a.id] == a.sync.knowledge()[a.id], (
            "a whole set teaches what it covers"
        )
        results.append(content(receiver))
        receiver.close()
    assert results[0] == results[1]
    a.close()


def test_bundles_from_several_devices_give_one_result_in_every_order(tmp_path: Path) -> None:
    origin = Device(tmp_path / "origin", "origin")
    case = make_case()
    origin.catalogue.save(case)
    editors = [Device(tmp_path / f"e{i}", f"e{i}") for i in range(3)]
    bundles = []
    for number, editor in enumerate(editors):
        origin.send(editor)
        edited = editor.catalogue.get(case.id)
        edited.title = f"Title {number}"
        edited.lessons = f"Lesson {number}" if number != 1 else edited.lessons
        editor.catalogue.save(edited)
        editor.catalogue.save(make_case(title=f"New from editor {number}"))
        bundles += editor.sync.export(tmp_path / f"from-{number}.leaps")
    snapshots = []
    for index, order in enumerate(itertools.permutations(bundles)):
        receiver = Device(tmp_path / f"r{index}", f"r{index}")
        origin.send(receiver)
        for path in order:
            receiver.sync.import_bundle(receiver.sync.read(path), "always")
        snapshots.append(content(receiver))
        titles = {receiver.catalogue.get(case.id).title}
        receiver.close()
        assert titles == {"Title 2"} or len(titles) == 1
    assert all(s == snapshots[0] for s in snapshots)


def test_an_unknown_signer_is_asked_about(blank: list[Device]) -> None:
    a, b, _ = blank
    a.catalogue.save(make_case())
    [path] = a.sync.export(a.folder.parent / "ask.leaps")
    before = content(b)
    with pytest.raises(UntrustedSignerError) as asked:
        b.sync.import_bundle(b.sync.read(path))
    assert asked.value.preview.fingerprint == a.sync.key.fingerprint
    assert asked.value.preview.counts["new"] == 5
    assert content(b) == before
    with pytest.raises(BundleError, match="does not trust"):
        b.sync.import_bundle(b.sync.read(path), "never")
    assert content(b) == before
    assert b.sync.peers()[0]["trust"] == "never", "the answer is remembered"
    with pytest.raises(BundleError, match="does not trust"):
        b.sync.import_bundle(b.sync.read(path), "once")
    b.sync.trust(a.sync.key.fingerprint)
    b.sync.import_bundle(b.sync.read(path))
    assert b.sync.peers()[0]["trust"] == "always"
    a.catalogue.save(make_case())
    [again] = a.sync.export(a.folder.parent / "again.leaps")
    assert b.sync.import_bundle(b.sync.read(again)).counts["new"] == 5


def test_a_peer_marked_never_is_refused(blank: list[Device]) -> None:
    a, b, _ = blank
    a.send(b)
    b.sync.trust(a.id, "never")
    a.catalogue.save(make_case())
    [path] = a.sync.export(a.folder.parent / "refused.leaps")
    before = content(b)
    with pytest.raises(BundleError, match="does not trust"):
        b.sync.import_bundle(b.sync.read(path), "once")
    assert content(b) == before


def test_the_device_identity_lasts(tmp_path: Path) -> None:
    device = Device(tmp_path / "a", "a")
    first = device.sync.device()
    device.close()
    again = Device(tmp_path / "a", "a")
    assert again.sync.device()["device_id"] == first["device_id"]
    assert again.sync.device()["fingerprint"] == first["fingerprint"]
    again.close()


def test_history_records_every_import_and_export(blank: list[Device]) -> None:
    a, b, _ = blank
    a.catalogue.save(make_case())
    a.send(b)
    assert [h["direction"] for h in a.sync.history()] == ["export"]
    assert [h["direction"] for h in b.sync.history()] == ["import"]


def test_sync_folder_exchanges_between_devices(blank: list[Device], tmp_path: Path) -> None:
    a, b, _ = blank
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    case = make_case()
    a.catalogue.save(case)
    a.sync.sync_folder(folder)
    result = b.sync.sync_folder(folder, trust="always")
    assert result["imported"][0]["counts"]["new"] == 5
    assert b.catalogue.get(case.id).title == case.title
    again = b.sync.sync_folder(folder, trust="always")
    assert again["imported"] == [], "a bundle already imported is not imported again"
    shutil.rmtree(folder)
    with pytest.raises(CatalogueError, match="not a folder"):
        a.sync.sync_folder(folder)


def test_a_cancelled_import_changes_nothing(blank: list[Device]) -> None:
    a, b, _ = blank
    for number in range(40):
        a.catalogue.save(make_case(title=f"Case {number}"))
    [path] = a.sync.export(a.folder.parent / "big.leaps")
    before = content(b)
    seen: list[tuple[int, int]] = []
    with pytest.raises(CatalogueError, match="cancelled"):
        b.sync.import_bundle(
            b.sync.read(path), "always", lambda d, t: seen.append((d, t)), lambda: len(seen) >= 1
        )
    assert seen and seen[0][1] == 40 * 5
    assert content(b) == before
