"""Hostile relays: a device passing on others' edits cannot vouch for keys it should not, swap the
key of a device it relays for, or strip the signatures off a device's edits by resending them as
format 1. Each test forges real bundle files and imports them into real catalogues."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.sync.keys import DeviceKey, load_or_create_key
from tests.conftest import make_case
from tests.sync_helpers import Device, Records, rewrite


def export(device: Device, out: Path) -> Path:
    [path] = device.sync.export(out)
    return path


def key_of(device: Device) -> DeviceKey:
    return load_or_create_key(device.folder)


def has_case(device: Device, case_id: str) -> bool:
    return device.catalogue.db["cases"].count_where("id = ?", [case_id]) == 1


def twin_of(device: Device, folder: Path, name: str) -> Device:
    """A device that stamps its edits with `device`'s id but signs them with a key of its own."""
    folder.mkdir()
    (folder / "device.json").write_text(json.dumps({"device_id": device.id}), encoding="utf-8")
    return Device(folder, name)


def as_format_one(change: dict[str, Any]) -> Any:
    """A rewrite of the manifest into a format 1 bundle (no signature per change)."""

    def manifest(data: dict[str, Any]) -> None:
        data["format_version"] = 1
        data.update(change)

    return manifest


def test_a_relay_trusted_once_cannot_vouch_for_a_device_never_met(tmp_path: Path) -> None:
    mine, author, relay = (Device(tmp_path / n, n) for n in ("mine", "author", "relay"))
    case = make_case(title="Written by the author")
    author.catalogue.save(case)
    author.send(relay)
    bundle = export(relay, tmp_path / "relayed.leaps")
    report = mine.sync.import_bundle(mine.sync.read(bundle), "once")
    assert not has_case(mine, case.id), "a device met once cannot speak for another"
    assert any(author.id in line and "never met" in line for line in report.held_back), report.held_back
    # Trusted always (a hub), the relay may pass the same edits on.
    assert mine.sync.import_bundle(mine.sync.read(bundle), "always").applied
    assert has_case(mine, case.id)


def test_a_relay_cannot_pass_on_a_device_never_met_under_another_key(tmp_path: Path) -> None:
    mine, author, hub, other = (Device(tmp_path / n, n) for n in ("mine", "author", "hub", "other"))
    case = make_case(title="Written by the author", summary="The author's summary")
    author.catalogue.save(case)
    author.send(hub)
    hub.send(mine)  # the author's edits reach this device through the hub only
    # A second device, holding a key of its own, stamps edits as the author and passes them on
    # through another relay this device also trusts always.
    twin = twin_of(author, tmp_path / "twin", "twin")
    forged = make_case(title="Credited to the author, who never wrote it")
    twin.catalogue.save(forged)
    twin.send(other)
    report = other.send(mine)[0]
    assert not has_case(mine, forged.id)
    assert any(author.id in line and "did not sign" in line for line in report.held_back), report.held_back
    # The real author is not locked out: its next edit still comes through the hub.
    edited = author.catalogue.get(case.id)
    edited.summary = "The author's second summary"
    author.catalogue.save(edited)
    author.send(hub)
    hub.send(mine)
    assert mine.catalogue.get(case.id).summary == "The author's second summary"


def test_a_relay_cannot_strip_a_devices_signatures_by_resending_its_edits_as_format_one(
    tmp_path: Path,
) -> None:
    mine, author, relay = (Device(tmp_path / n, n) for n in ("mine", "author", "relay"))
    case = make_case(title="Written by the author", summary="As the author wrote it")
    author.catalogue.save(case)
    author.send(mine)  # this device knows the author signs its edits
    author.send(relay)
    relay.send(mine)  # and trusts the relay always

    def strip_and_alter(records: Records) -> None:
        for record in records:
            record.pop("edits", None)
            if record["id"] == case.id:
                record["fields"]["summary"] = "Altered by the relay"

    bad = rewrite(
        export(relay, tmp_path / "r.leaps"), tmp_path / "bad.leaps", key_of(relay), strip_and_alter,
        as_format_one({}),
    )
    report = mine.sync.import_bundle(mine.sync.read(bad))
    assert mine.catalogue.get(case.id).summary == "As the author wrote it"
    assert any(author.id in line and "did not sign" in line for line in report.held_back), report.held_back


def test_a_format_one_bundle_of_a_devices_own_records_still_imports(tmp_path: Path) -> None:
    mine, old = Device(tmp_path / "mine", "mine"), Device(tmp_path / "old", "old")
    case = make_case(title="From a device on the earlier format")
    old.catalogue.save(case)

    def strip(records: Records) -> None:
        for record in records:
            record.pop("edits", None)

    bundle = rewrite(
        export(old, tmp_path / "o.leaps"), tmp_path / "format1.leaps", key_of(old), strip, as_format_one({})
    )
    report = mine.sync.import_bundle(mine.sync.read(bundle), "once")
    assert report.applied and not report.held_back
    assert mine.catalogue.get(case.id).title == "From a device on the earlier format"


def test_a_device_met_only_through_the_hub_is_followed_when_it_rotates_its_key(tmp_path: Path) -> None:
    mine, author, hub = (Device(tmp_path / n, n) for n in ("mine", "author", "hub"))
    case = make_case(title="Written by the author", summary="Before the new key")
    author.catalogue.save(case)
    author.send(hub)
    hub.send(mine)
    author.sync.rotate_key()
    edited = author.catalogue.get(case.id)
    edited.summary = "Signed with the new key"
    author.catalogue.save(edited)
    author.send(hub)  # the hub follows the rotation its old key announced
    [report] = hub.send(mine)
    assert report.held_back == []
    assert mine.catalogue.get(case.id).summary == "Signed with the new key"
