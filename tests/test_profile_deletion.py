"""Deleting city profiles (refused while plans adapt to them) and discarding drafts of deleted plans."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.catalogue.service import Catalogue
from desktop.catalogue.validation import ValidationError
from desktop.plans.drafts import drafted_plan_ids, load_plan_draft, save_plan_draft
from desktop.plans.service import PlanDeletedError, Planning, ProfileInUseError
from desktop.store.errors import RecordNotFoundError
from tests.sync_helpers import Device, content
from tests.test_cli import leaps


@pytest.fixture
def planning(tmp_path: Path) -> Iterator[Planning]:
    """The planning service on an empty catalogue."""
    catalogue = Catalogue.open(tmp_path / "data", load_seed=False)
    yield Planning(catalogue)
    catalogue.close()


@pytest.fixture
def blank(tmp_path: Path) -> Iterator[list[Device]]:
    """Two devices with empty catalogues."""
    devices = [Device(tmp_path / name, name) for name in ("a", "b")]
    yield devices
    for device in devices:
        device.close()


def planning_rows(db: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored profile, plan and tombstone, to show that a refusal changed nothing."""
    return {
        table: db.execute(f"SELECT * FROM [{table}] ORDER BY 1").fetchall()
        for table in ("city_profiles", "plans", "tombstones", "catalogue_meta")
    }


def tombstone_types(db: Any) -> list[str]:
    return [row[0] for row in db.execute("SELECT record_type FROM tombstones ORDER BY 1")]


def test_an_unused_profile_is_deleted_leaving_a_tombstone(planning: Planning) -> None:
    kept = planning.save_profile({"name": "Da Nang", "country": "VN"})
    gone = planning.save_profile({"name": "Makassar", "country": "ID"})
    planning.delete_profile(gone["id"])
    assert [p["name"] for p in planning.profiles()] == ["Da Nang"]
    with pytest.raises(RecordNotFoundError):
        planning.profile(gone["id"])
    assert tombstone_types(planning.db) == ["city_profiles"]
    assert planning.profile(kept["id"])["name"] == "Da Nang"


def test_a_profile_plans_adapt_to_is_refused_naming_them_and_nothing_changes(planning: Planning) -> None:
    profile = planning.save_profile({"name": "Makassar", "country": "ID"})
    first = planning.save_plan({"title": "Night buses", "profile_id": profile["id"]})
    second = planning.save_plan({"title": "Citizen ideas", "profile_id": profile["id"]})
    planning.save_plan({"title": "Elsewhere"})
    before = planning_rows(planning.db)
    with pytest.raises(ProfileInUseError) as refused:
        planning.delete_profile(profile["id"])
    assert refused.value.profile_name == "Makassar"
    assert refused.value.plans == [(second["id"], "Citizen ideas"), (first["id"], "Night buses")]
    message = str(refused.value)
    assert "Makassar" in message and "“Night buses”" in message and first["id"] in message
    assert "nothing was deleted" in message
    assert planning_rows(planning.db) == before
    # Once the plans are gone the profile can go too.
    planning.delete_plan(first["id"])
    planning.delete_plan(second["id"])
    planning.delete_profile(profile["id"])
    assert planning.profiles() == []


def test_deleting_an_unknown_profile_says_so(planning: Planning) -> None:
    with pytest.raises(RecordNotFoundError, match="No city profile has the id"):
        planning.delete_profile(str(uuid.uuid4()))


def test_the_profile_delete_command_refuses_while_a_plan_uses_it(data_dir: Path, tmp_path: Path) -> None:
    profile_file = tmp_path / "profile.json"
    profile_file.write_text(json.dumps({"name": "Surabaya", "country": "ID"}), encoding="utf-8")
    profile_id = leaps(data_dir, "profile", "add", str(profile_file)).stdout.strip()
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps({"title": "Bottle fares", "profile_id": profile_id}), encoding="utf-8")
    plan_id = leaps(data_dir, "plan", "new", str(plan_file)).stdout.strip()
    catalogue = Catalogue.open(data_dir)
    before = planning_rows(catalogue.db)
    catalogue.close()

    refused = leaps(data_dir, "profile", "delete", profile_id, check=False)
    assert refused.returncode == 1 and refused.stdout == ""
    assert "Surabaya" in refused.stderr and "“Bottle fares”" in refused.stderr and plan_id in refused.stderr
    catalogue = Catalogue.open(data_dir)
    assert planning_rows(catalogue.db) == before
    catalogue.close()

    save_plan_draft(data_dir, plan_id, {"title": ""})
    assert leaps(data_dir, "plan", "delete", plan_id).stdout.strip() == f"deleted {plan_id}"
    assert load_plan_draft(data_dir, plan_id) is None
    assert leaps(data_dir, "profile", "delete", profile_id).stdout.strip() == f"deleted {profile_id}"
    assert "Surabaya" not in leaps(data_dir, "profile", "list").stdout


def test_the_delete_commands_refuse_an_unknown_id(data_dir: Path) -> None:
    missing = str(uuid.uuid4())
    for noun in ("profile", "plan"):
        unknown = leaps(data_dir, noun, "delete", missing, check=False)
        assert unknown.returncode == 1
        assert f"has the id {missing}" in unknown.stderr


def test_a_profile_deletion_travels_to_another_device(blank: list[Device]) -> None:
    a, b = blank
    on_a, on_b = Planning(a.catalogue), Planning(b.catalogue)
    profile = on_a.save_profile({"name": "Da Nang", "country": "VN"})
    a.send(b)
    assert [p["name"] for p in on_b.profiles()] == ["Da Nang"]
    on_a.delete_profile(profile["id"])
    a.send(b)
    assert on_b.profiles() == []
    assert tombstone_types(b.catalogue.db) == ["city_profiles"]
    a.send(b)  # the same deletion again changes nothing
    assert content(a) == content(b)


def test_a_profile_deleted_here_while_edited_there_is_a_conflict_not_a_silent_delete(
    blank: list[Device],
) -> None:
    a, b = blank
    on_a, on_b = Planning(a.catalogue), Planning(b.catalogue)
    profile = on_a.save_profile({"name": "Da Nang", "country": "VN"})
    a.send(b)
    on_a.delete_profile(profile["id"])
    on_b.save_profile({**on_b.profile(profile["id"]), "climate": "tropical monsoon"})
    a.send(b)
    b.send(a)
    for service, device in ((on_a, a), (on_b, b)):
        assert service.profile(profile["id"])["climate"] == "tropical monsoon"
        [conflict] = device.sync.conflicts()
        assert (conflict.kind, conflict.record_type, conflict.title) == ("delete", "city_profiles", "Da Nang")
    assert content(a) == content(b)


def test_deleting_a_plan_discards_its_draft(planning: Planning) -> None:
    data_dir = planning.catalogue.data_dir
    plan = planning.save_plan({"title": "Night buses"})
    other = planning.save_plan({"title": "Citizen ideas"})
    for kept in (plan, other):
        save_plan_draft(data_dir, kept["id"], {"title": ""})
    planning.delete_plan(plan["id"])
    assert load_plan_draft(data_dir, plan["id"]) is None
    assert drafted_plan_ids(data_dir) == [other["id"]]


def test_drafts_of_plans_that_are_gone_are_discarded_and_the_rest_kept(planning: Planning) -> None:
    data_dir = planning.catalogue.data_dir
    live = planning.save_plan({"title": "Night buses"})
    # A plan may be stored under another spelling of its id than the draft's file name.
    upper = planning.save_plan({"id": str(uuid.uuid4()).upper(), "title": "Citizen ideas"})
    missing = str(uuid.uuid4())
    for plan_id in (live["id"], upper["id"], missing):
        save_plan_draft(data_dir, plan_id, {"title": ""})
    (data_dir / "plans" / "drafts" / "notes.json").write_text("{}", encoding="utf-8")
    assert planning.discard_stale_drafts() == [missing]
    assert load_plan_draft(data_dir, live["id"]) is not None
    assert load_plan_draft(data_dir, upper["id"]) is not None
    assert load_plan_draft(data_dir, missing) is None
    assert planning.discard_stale_drafts() == []


def test_a_plan_deleted_by_a_sync_loses_its_draft_there(blank: list[Device]) -> None:
    a, b = blank
    on_a, on_b = Planning(a.catalogue), Planning(b.catalogue)
    deleted = on_a.save_plan({"title": "Night buses"})
    kept = on_a.save_plan({"title": "Citizen ideas"})
    a.send(b)
    for plan in (deleted, kept):
        save_plan_draft(b.folder, plan["id"], {"title": ""})
    on_a.delete_plan(deleted["id"])
    a.send(b)
    assert [p["id"] for p in on_b.plans()] == [kept["id"]]
    assert drafted_plan_ids(b.folder) == [kept["id"]]


def test_a_plan_made_for_a_profile_deleted_meanwhile_on_another_device_still_saves(
    blank: list[Device],
) -> None:
    from desktop.plans.document import stored_plan_document

    a, b = blank
    on_a, on_b = Planning(a.catalogue), Planning(b.catalogue)
    profile = on_a.save_profile({"name": "Makassar", "country": "ID"})
    a.send(b)
    on_a.delete_profile(profile["id"])  # no plan adapts to it here...
    plan = on_b.save_plan({"title": "Night buses", "profile_id": profile["id"]})  # ...one does there
    a.send(b)
    b.send(a)
    assert content(a) == content(b)
    for service in (on_a, on_b):
        assert service.profiles() == []
        edited = service.save_plan({**service.plan(plan["id"]), "title": "Night buses for Makassar"})
        assert (edited["title"], edited["profile_id"]) == ("Night buses for Makassar", profile["id"])
        [summary] = service.plans()
        assert summary["profile_deleted"] and summary["target_city"] == ""
        meta = dict(stored_plan_document(service, plan["id"]).meta)
        assert meta["To"] == "City profile deleted"


def test_choosing_a_missing_profile_is_still_refused(blank: list[Device]) -> None:
    a, b = blank
    on_a, on_b = Planning(a.catalogue), Planning(b.catalogue)
    profile = on_a.save_profile({"name": "Makassar", "country": "ID"})
    a.send(b)
    on_a.delete_profile(profile["id"])
    plan = on_b.save_plan({"title": "Night buses", "profile_id": profile["id"]})
    a.send(b)
    missing = str(uuid.uuid4())
    for refused in (
        {**plan, "profile_id": missing},  # another profile, which does not exist
        {"title": "Citizen ideas", "profile_id": profile["id"]},  # a new plan for the deleted one
    ):
        with pytest.raises(ValidationError, match="no city profile has the id"):
            on_b.save_plan(refused)
    assert [p["title"] for p in on_b.plans()] == ["Night buses"]
    assert on_b.plan(plan["id"])["profile_id"] == profile["id"]


def test_a_plan_deleted_by_a_sync_is_not_brought_back_by_its_window_and_can_be_kept_as_new(
    blank: list[Device],
) -> None:
    a, b = blank
    on_a, on_b = Planning(a.catalogue), Planning(b.catalogue)
    profile = on_a.save_profile({"name": "Makassar", "country": "ID"})
    plan = on_a.save_plan({"title": "Night buses", "profile_id": profile["id"]})
    a.send(b)
    on_a.delete_plan(plan["id"])
    on_a.delete_profile(profile["id"])
    a.send(b)
    before = content(b)
    held = {**plan, "title": "Night buses, typed while the bundle came in"}
    with pytest.raises(PlanDeletedError):
        on_b.update_plan(held)
    assert content(b) == before  # the deletion stands: nothing was written
    kept = on_b.keep_deleted_plan(held)
    assert kept["id"] != plan["id"]
    assert (kept["title"], kept["profile_id"]) == (held["title"], profile["id"])  # its profile is gone too
    assert [p["id"] for p in on_b.plans()] == [kept["id"]]
    b.send(a)
    assert [p["title"] for p in on_a.plans()] == [held["title"]]
