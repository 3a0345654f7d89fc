"""Sharing levels: a private plan never leaves the device; an outcomes-only plan travels without
its notes, stakeholders and budgets; checked by reading every member of every bundle."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.plans.service import Planning
from desktop.store import jsontext
from desktop.sync.bundle import BundleError
from tests.conftest import make_case
from tests.sync_helpers import Device

NOTE = "Mayor prefers the harbour route; keep quiet until the budget vote"
STAKEHOLDER = "Pak Rahman of the drivers' union"
BUDGET = "IDR 4 billion from the transport fund"
NARRATIVE = "Drivers threatened a strike in week two"
ADAPTATION = "Moved the night stop away from the market"


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Device, Device, Device]]:
    made = tuple(Device(tmp_path / name, name) for name in ("seoul-office", "makassar", "surabaya"))
    yield made  # type: ignore[misc]
    for device in made:
        device.close()


def _plan(device: Device, case_id: str, city: str, sharing: str) -> tuple[dict[str, Any], dict[str, Any]]:
    planning = Planning(device.catalogue)
    profile = planning.save_profile({"name": city, "country": "ID", "notes": f"{city} {NOTE}"})
    plan = planning.start_plan(case_id, profile["id"])
    plan.update(
        title=f"Night buses for {city}",
        sharing=sharing,
        state="prototyping",
        context={"rows": [], "notes": f"{city}: {NOTE}"},
        stakeholders=[
            {"name": f"{STAKEHOLDER} ({city})", "role": "union", "interest": "high", "influence": "high"}
        ],
        resources={"budget": f"{BUDGET} ({city})", "staff": "", "data": "", "technology": ""},
        indicators=[
            {
                "id": f"riders-{city}",
                "name": "Night riders",
                "unit": "trips",
                "baseline": "0",
                "target": "500",
            }
        ],
    )
    plan["fit"][0]["decision"] = "replace"
    plan = planning.save_plan(plan)
    entry = planning.add_progress(
        plan["id"],
        {
            "date": "2026-11-01",
            "stage": "prototype",
            "narrative": f"{city}: {NARRATIVE}",
            "readings": [{"indicator_id": f"riders-{city}", "value": "312"}],
            "adaptations": [{"what": f"{city}: {ADAPTATION}", "kind": "reactive"}],
        },
    )
    return plan, entry


def _bundle_text(paths: list[Path]) -> str:
    """Every member of every bundle, as text: what a person who gets the files can read."""
    text = ""
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                text += archive.read(info).decode("utf-8", "replace")
    return text


def test_private_and_outcomes_only_plans_never_put_their_notes_in_a_bundle(devices, tmp_path: Path) -> None:
    seoul, makassar, surabaya = devices
    case = make_case(title="Owl Bus")
    seoul.catalogue.save(case)
    seoul.send(makassar)
    private, private_entry = _plan(makassar, case.id, "Makassar", "private")
    outcomes, outcomes_entry = _plan(makassar, case.id, "Parepare", "outcomes")
    shared, _ = _plan(makassar, case.id, "Maros", "organisation")

    paths = makassar.sync.export(tmp_path / "full.leaps")
    paths += makassar.sync.export(tmp_path / "for-seoul.leaps", for_peer=seoul.id)
    paths += makassar.sync.export(tmp_path / "parts.leaps", max_size=20_000)
    text = _bundle_text(paths)
    for private_word in (private["id"], private_entry["id"], "Makassar", "Parepare: " + NOTE):
        assert private_word not in text
    for withheld in (NOTE, STAKEHOLDER, BUDGET, NARRATIVE, ADAPTATION):
        assert f"Parepare: {withheld}" not in text and f"{withheld} (Parepare)" not in text
    # The city profiles go as far as their plans: Makassar's not at all, Parepare's as a name.
    assert f"Parepare {NOTE}" not in text and f"Makassar {NOTE}" not in text and f"Maros {NOTE}" in text
    # What an organisation-level plan shares is all there, and the outcomes of the other.
    assert f"Maros: {NOTE}" in text and f"{STAKEHOLDER} (Maros)" in text
    assert outcomes["id"] in text and outcomes_entry["id"] in text and "riders-Parepare" in text

    # The outcomes arrive with their authors' signatures intact, and travel on as they are.
    report = seoul.sync.import_bundle(seoul.sync.read(paths[0]), "always")
    assert report.held_back == []
    seoul.send(surabaya)
    for device in (seoul, surabaya):
        planning = Planning(device.catalogue)
        ids = {p["id"] for p in planning.plans()}
        assert ids == {outcomes["id"], shared["id"]}
        arrived = planning.plan(outcomes["id"])
        assert arrived["state"] == "prototyping" and arrived["sharing"] == "outcomes"
        assert arrived["fit"][0]["decision"] == "replace"
        assert arrived["indicators"][0]["target"] == "500"
        assert arrived["stakeholders"] == [] and arrived["resources"]["budget"] == ""
        readings = planning.progress(outcomes["id"])[0]
        assert readings["readings"] == [{"indicator_id": "riders-Parepare", "value": "312"}]
        assert not readings.get("narrative") and not readings.get("adaptations")
    relayed = _bundle_text(surabaya.sync.export(tmp_path / "relay.leaps"))
    assert "Parepare: " not in relayed and "(Parepare)" not in relayed

    # Back home, the full plan keeps every note its team wrote.
    seoul.send(makassar)
    home = Planning(makassar.catalogue).plan(outcomes["id"])
    assert home["context"]["notes"] == f"Parepare: {NOTE}"
    assert home["stakeholders"][0]["name"] == f"{STAKEHOLDER} (Parepare)"


def test_an_existing_plan_travels_whole_and_a_level_must_be_known(devices) -> None:
    seoul, makassar, _surabaya = devices
    case = make_case(title="Owl Bus")
    seoul.catalogue.save(case)
    planning = Planning(seoul.catalogue)
    assert planning.start_plan(case.id)["sharing"] == "organisation"
    # A plan saved before plans had a sharing level: the field was never set.
    old = {k: v for k, v in planning.start_plan(case.id).items() if k not in ("sharing", "updated_at")}
    old.update(id="old-plan", title="Saved before sharing levels", stakeholders=[{"name": STAKEHOLDER}])
    writer = seoul.catalogue.writer
    with seoul.catalogue.db.atomic():
        writer.save(
            "plans",
            {k: jsontext.dumps(v) if isinstance(v, dict | list) else v for k, v in old.items()},
            writer.next_stamp(),
        )
    assert planning.plan("old-plan")["sharing"] == "organisation"
    seoul.send(makassar)
    arrived = Planning(makassar.catalogue).plan("old-plan")
    assert (
        arrived["title"] == "Saved before sharing levels"
        and arrived["stakeholders"][0]["name"] == STAKEHOLDER
    )
    plan = planning.plan("old-plan")
    from desktop.catalogue.validation import ValidationError

    with pytest.raises(ValidationError, match="sharing"):
        planning.save_plan({**plan, "sharing": "public"})


def test_a_bundle_leaving_out_fields_of_a_case_is_still_refused(devices, tmp_path: Path) -> None:
    from tests.sync_helpers import rewrite

    seoul, makassar, _surabaya = devices
    seoul.catalogue.save(make_case())
    bundle = seoul.sync.export(tmp_path / "out.leaps")[0]

    def drop_title(records: list[dict[str, Any]]) -> None:
        for record in records:
            if record["type"] == "cases":
                del record["fields"]["summary"], record["stamps"]["summary"]

    broken = rewrite(bundle, tmp_path / "broken.leaps", seoul.sync.key, records=drop_title)
    with pytest.raises(BundleError, match="missing fields"):
        makassar.sync.import_bundle(makassar.sync.read(broken), "always")
