"""A case's history: every version with its checked author, the same on every device; reverts
and restores that travel like any edit."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.catalogue.history import (
    Authors,
    case_history,
    deleted_cases,
    restore_deleted,
    revert_case,
    revert_field,
)
from desktop.catalogue.service import Catalogue
from desktop.store.errors import CatalogueError
from desktop.store.records import Component
from tests.conftest import make_case
from tests.sync_helpers import Device, Records, content, rewrite


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Device, Device, Device]]:
    made = tuple(Device(tmp_path / name, name) for name in ("seoul-office", "makassar", "surabaya"))
    yield made  # type: ignore[misc]
    for device in made:
        device.close()


def _history(device: Device, case_id: str) -> list[dict[str, object]]:
    authors = Authors(device.catalogue, device.sync.device_name, device.sync.key.public_text)
    return [edit.to_json() for edit in case_history(device.catalogue, case_id, authors)]


def _titles(history: list[dict[str, object]]) -> list[object]:
    return [c["after"] for e in history for c in e["changes"] if c["label"] == "title"]  # type: ignore[attr-defined]


def _everyone_sees_everything(*devices: Device) -> None:
    for _ in range(2):
        for sender in devices:
            for receiver in devices:
                if sender is not receiver:
                    sender.send(receiver)


def test_every_version_of_a_field_shows_on_a_device_that_only_got_the_last(devices) -> None:
    seoul, makassar, surabaya = devices
    case = make_case(title="Owl bus")
    seoul.catalogue.save(case)
    for title in ("Owl Bus", "Owl Bus night routes"):
        case.title = title
        seoul.catalogue.save(case)
    seoul.send(makassar)
    edited = makassar.catalogue.get(case.id)
    edited.summary = "Night buses on routes drawn from late-night phone calls."
    makassar.catalogue.save(edited)
    makassar.send(surabaya)

    history = _history(surabaya, case.id)
    assert _titles(history) == ["Owl Bus night routes", "Owl Bus", "Owl bus"]
    newest = history[0]
    assert newest["author"] == "makassar" and newest["verified"] is True
    assert [c["label"] for c in newest["changes"]] == ["summary"]
    assert all(e["author"].startswith(f"device {seoul.id} (key ") and e["verified"] for e in history[1:])
    renamed = next(c for c in history[1]["changes"] if c["field"] == "title")
    assert renamed["diff"] == "Owl Bus → Owl Bus night routes"

    _everyone_sees_everything(seoul, makassar, surabaya)
    assert _history(seoul, case.id) == _history(makassar, case.id) == _history(surabaya, case.id)
    assert content(seoul) == content(makassar) == content(surabaya)


def test_reverting_a_field_is_a_new_edit_that_converges(devices) -> None:
    seoul, makassar, surabaya = devices
    case = make_case(title="Owl bus", summary="First words")
    seoul.catalogue.save(case)
    first = _history(seoul, case.id)[0]["stamp"]
    case.title, case.summary = "Owl Bus night routes", "Second words"
    seoul.catalogue.save(case)
    _everyone_sees_everything(seoul, makassar, surabaya)

    assert revert_field(surabaya.catalogue, case.id, "title", str(first)) is True
    assert surabaya.catalogue.get(case.id).title == "Owl bus"
    assert surabaya.catalogue.get(case.id).summary == "Second words"  # only the field went back
    _everyone_sees_everything(seoul, makassar, surabaya)
    for device in devices:
        assert device.catalogue.get(case.id).title == "Owl bus"
        newest = _history(device, case.id)[0]
        assert newest["author"] == "surabaya" and newest["verified"]
        assert [c["diff"] for c in newest["changes"]] == ["Owl Bus night routes → Owl bus"]
    assert _history(seoul, case.id) == _history(makassar, case.id) == _history(surabaya, case.id)


def test_reverting_the_whole_case_takes_its_parts_back_too(devices) -> None:
    seoul, makassar, _surabaya = devices
    case = make_case(title="Owl bus")
    seoul.catalogue.save(case)
    before = _history(seoul, case.id)[0]["stamp"]
    case.title = "Owl Bus"
    case.components[0].mechanism = "Routes follow where taxis are called at night"
    case.components.append(Component(id="extra-part", name="Fare card", mechanism="Same fare"))
    seoul.catalogue.save(case)
    seoul.send(makassar)

    assert revert_case(makassar.catalogue, case.id, str(before)) is True
    back = makassar.catalogue.get(case.id)
    assert back.title == "Owl bus"
    assert [c.name for c in back.components] == ["Part 0", "Part 1", "Part 2"]
    assert back.components[0].mechanism == "How it works"
    makassar.send(seoul)
    assert seoul.catalogue.get(case.id) == makassar.catalogue.get(case.id)


def test_a_deleted_case_is_found_and_restored_on_another_device(devices) -> None:
    seoul, makassar, surabaya = devices
    case = make_case(title="Owl bus")
    seoul.catalogue.save(case)
    _everyone_sees_everything(seoul, makassar, surabaya)
    seoul.catalogue.delete(case.id)
    seoul.send(makassar)

    assert [d["title"] for d in deleted_cases(makassar.catalogue)] == ["Owl bus"]
    assert _history(makassar, case.id)[0]["kind"] == "deleted"
    restored = restore_deleted(makassar.catalogue, case.id)
    assert restored.title == "Owl bus" and len(restored.components) == 3
    assert deleted_cases(makassar.catalogue) == []
    assert _history(makassar, case.id)[0]["kind"] == "restored"
    _everyone_sees_everything(seoul, makassar, surabaya)
    for device in devices:
        assert len(device.catalogue.get(case.id).components) == 3


def test_history_no_signature_vouches_for_is_left_out(devices, tmp_path: Path) -> None:
    seoul, makassar, _surabaya = devices
    case = make_case(title="Owl bus")
    seoul.catalogue.save(case)
    case.title = "Owl Bus"
    seoul.catalogue.save(case)
    bundle = seoul.sync.export(tmp_path / "out.leaps")[0]

    def forge(records: Records) -> None:
        for record in records:
            for versions in record.get("past", {}).values():
                versions[0][0] = "A title the author never wrote"

    forged = rewrite(bundle, tmp_path / "forged.leaps", seoul.sync.key, records=forge)
    makassar.sync.import_bundle(makassar.sync.read(forged), "always")
    assert makassar.catalogue.get(case.id).title == "Owl Bus"
    assert "A title the author never wrote" not in json.dumps(_history(makassar, case.id))


def test_unknown_case_and_bad_field_say_so(devices) -> None:
    seoul = devices[0]
    case = make_case()
    seoul.catalogue.save(case)
    stamp = str(_history(seoul, case.id)[0]["stamp"])
    with pytest.raises(CatalogueError, match="No case has the id nope"):
        _history(seoul, "nope")
    with pytest.raises(CatalogueError, match="revert the whole case"):
        revert_field(seoul.catalogue, case.id, "components", stamp)
    with pytest.raises(CatalogueError, match="No deleted case"):
        restore_deleted(seoul.catalogue, case.id)


def test_leaps_history_lists_reverts_and_restores(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    def leaps(*args: str) -> str:
        assert main(["--data-dir", str(data_dir), *args]) == 0
        return capsys.readouterr().out

    case = make_case(title="Owl bus")
    opened = Catalogue.open(data_dir)
    opened.save(case)
    case.title = "Owl Bus"
    opened.save(case)
    opened.close()

    edits = json.loads(leaps("history", case.id, "--json"))
    assert [e["kind"] for e in edits] == ["edited", "edited"]
    assert edits[0]["changes"][0]["diff"] == "Owl bus → Owl Bus"
    text = leaps("history", case.id)
    assert "title: Owl bus → Owl Bus" in text and "(signed)" in text
    assert "set title back" in leaps("history", case.id, "--revert", edits[1]["stamp"], "--field", "title")
    assert json.loads(leaps("history", case.id, "--json"))[0]["changes"][0]["after"] == "Owl bus"
    opened = Catalogue.open(data_dir)
    opened.delete(case.id)
    opened.close()
    assert "Owl bus" in leaps("history", "--deleted")
    assert "restored" in leaps("history", case.id, "--restore")
    assert main(["--data-dir", str(data_dir), "history", "no-such-case"]) == 1
    assert "No case has the id no-such-case" in capsys.readouterr().err


def test_a_text_that_starts_like_a_list_shows_its_diff_as_written(devices) -> None:
    seoul = devices[0]
    case = make_case(summary="[Pilot] night buses")
    seoul.catalogue.save(case)
    case.summary = "[Pilot] night buses on routes from late calls"
    seoul.catalogue.save(case)
    summary = next(c for c in _history(seoul, case.id)[0]["changes"] if c["field"] == "summary")
    assert summary["diff"] == "[Pilot] night buses → [Pilot] night buses on routes from late calls"


def test_a_new_case_lists_only_the_fields_it_filled_in(devices) -> None:
    seoul = devices[0]
    case = make_case(title="Owl bus", costs="", contacts="")
    seoul.catalogue.save(case)
    created = _history(seoul, case.id)[0]
    fields = {c["field"] for c in created["changes"] if c["label"] and not c["label"].startswith("component")}
    assert "title" in fields and "costs" not in fields and "contacts" not in fields
    assert all("(empty) → (empty)" not in c["diff"] for c in created["changes"])
