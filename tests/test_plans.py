"""Adaptation plans, city profiles, progress and shortlists: the service, the CLI and sync."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.catalogue.service import Catalogue
from desktop.catalogue.validation import ValidationError
from desktop.plans.service import Planning
from tests.conftest import make_case
from tests.sync_helpers import Device, content
from tests.test_cli import leaps, owl_bus_id


@pytest.fixture
def planning(catalogue: Catalogue) -> Planning:
    """The planning service on the seeded catalogue."""
    return Planning(catalogue)


def owl_bus(catalogue: Catalogue) -> str:
    return next(c.id for c in catalogue.all_cases() if "Owl Bus" in c.title)


def makassar(planning: Planning) -> dict:
    return planning.save_profile(
        {
            "name": "Makassar",
            "country": "ID",
            "population": "1,571,814",
            "governance_level": "city",
            "budget_band": "low",
            "languages": ["id", "mak"],
            "connectivity": "patchy 4G outside the centre",
        }
    )


def test_a_plan_started_from_a_case_carries_its_components_and_the_city_comparison(
    planning: Planning, catalogue: Catalogue
) -> None:
    case = catalogue.get(owl_bus(catalogue))
    profile = makassar(planning)
    plan = planning.start_plan(case.id, profile["id"])
    assert [entry["component"] for entry in plan["fit"]] == [c.name for c in case.components]
    statuses = {p["status"] for entry in plan["fit"] for p in entry["preconditions"]}
    assert statuses == {"unknown"}
    rows = {row["dimension"]: row for row in plan["context"]["rows"]}
    assert rows["population"]["target"] == "1571814"
    assert rows["governance_level"] == {"dimension": "governance_level", "source": "city", "target": "city"}
    assert planning.plans()[0]["target_city"] == "Makassar"
    assert planning.plans()[0]["origin_city"] == "Seoul"


def test_an_unmet_precondition_of_a_core_component_is_flagged_as_a_risk(
    planning: Planning, catalogue: Catalogue
) -> None:
    plan = planning.start_plan(owl_bus(catalogue))
    assert planning.risks(plan) == []
    core = next(n for n, entry in enumerate(plan["fit"]) if entry["role"] == "core")
    plan["fit"][core]["preconditions"][0]["status"] = "not met"
    plan = planning.save_plan(plan)
    [risk] = planning.risks(plan)
    assert risk["flagged"] and plan["fit"][core]["component"] in risk["risk"]
    plan["fit"][core]["decision"] = "drop"
    assert planning.risks(planning.save_plan(plan)) == []


def test_a_plan_with_a_missing_field_or_an_unknown_case_is_refused_naming_the_field(
    planning: Planning,
) -> None:
    with pytest.raises(ValidationError) as refused:
        planning.save_plan({"title": " ", "case_id": "4b7e2a7c-0000-4000-8000-000000000000"})
    fields = {p.field for p in refused.value.problems}
    assert fields == {"title", "case_id"}
    with pytest.raises(ValidationError) as refused:
        planning.save_plan({"title": "Plan", "risks": [{"risk": "Flood", "likelihood": "often"}]})
    assert [p.field for p in refused.value.problems] == ["risks[0].likelihood"]
    assert planning.plans() == []


def test_progress_entries_make_a_timeline_and_indicator_series(
    planning: Planning, catalogue: Catalogue
) -> None:
    plan = planning.start_plan(owl_bus(catalogue))
    plan["indicators"] = [{"name": "Night riders", "unit": "per night", "baseline": "0", "target": "2,000"}]
    plan = planning.save_plan(plan)
    indicator = plan["indicators"][0]["id"]
    for date, stage, value in (("2026-05-01", "prototype", "850"), ("2026-02-01", "adapt", "120")):
        planning.add_progress(
            plan["id"],
            {
                "date": date,
                "stage": stage,
                "narrative": f"{stage} went on",
                "readings": [{"indicator_id": indicator, "value": value}],
                "adaptations": [{"what": "Shorter route", "who": "Transport office", "kind": "reactive"}],
            },
        )
    assert [e["date"] for e in planning.progress(plan["id"])] == ["2026-02-01", "2026-05-01"]
    [series] = planning.indicator_series(plan["id"])
    assert (series.baseline, series.target) == (0.0, 2000.0)
    assert series.readings == [("2026-02-01", 120.0), ("2026-05-01", 850.0)]
    assert planning.plans()[0]["stage"] == "prototype"
    with pytest.raises(ValidationError) as refused:
        bad = {"date": "May", "stage": "grow", "readings": [{"indicator_id": "x"}]}
        planning.add_progress(plan["id"], bad)
    assert {p.field for p in refused.value.problems} == {
        "date",
        "stage",
        "readings[0].indicator_id",
        "readings[0].value",
    }


def test_the_programme_view_filters_by_stage_and_country(planning: Planning, catalogue: Catalogue) -> None:
    profile = makassar(planning)
    first = planning.start_plan(owl_bus(catalogue), profile["id"])
    planning.start_plan(catalogue.all_cases()[0].id)
    planning.add_progress(first["id"], {"date": "2026-03-01", "stage": "prototype"})
    assert len(planning.programme()) == 2
    [row] = planning.programme(stage="prototype")
    assert (row["origin_city"], row["target_city"]) == ("Seoul", "Makassar")
    assert [r["id"] for r in planning.programme(country="id")] == [first["id"]]


def test_duplicating_and_deleting_plans(planning: Planning, catalogue: Catalogue) -> None:
    plan = planning.start_plan(owl_bus(catalogue))
    planning.add_progress(plan["id"], {"date": "2026-03-01", "stage": "learn"})
    copy = planning.duplicate_plan(plan["id"], "Second try")
    assert copy["id"] != plan["id"] and copy["fit"] == plan["fit"] and copy["state"] == "draft"
    planning.delete_plan(plan["id"])
    assert [p["id"] for p in planning.plans()] == [copy["id"]]
    assert planning.progress(plan["id"]) == []


def test_shortlists_keep_their_order_and_notes(planning: Planning, catalogue: Catalogue) -> None:
    cases = catalogue.all_cases()[:3]
    shortlist = planning.save_shortlist({"name": "Transport ideas for Makassar"})
    for case in cases:
        shortlist = planning.add_to_shortlist(shortlist["id"], case.id, f"about {case.city}")
    planning.add_to_shortlist(shortlist["id"], cases[0].id)
    reordered = list(reversed(shortlist["items"]))
    planning.save_shortlist({**shortlist, "items": reordered})
    kept = planning.shortlist(shortlist["id"])["items"]
    assert [i["case_id"] for i in kept] == [c.id for c in reversed(cases)]
    with pytest.raises(ValidationError):
        planning.add_to_shortlist(shortlist["id"], "not-a-case")


@pytest.fixture
def blank(tmp_path: Path) -> Iterator[list[Device]]:
    """Two devices with empty catalogues."""
    devices = [Device(tmp_path / name, name) for name in ("a", "b")]
    yield devices
    for device in devices:
        device.close()


def test_plans_profiles_progress_and_shortlists_travel_and_merge_by_section(blank: list[Device]) -> None:
    a, b = blank
    case = make_case()
    a.catalogue.save(case)
    on_a = Planning(a.catalogue)
    profile = on_a.save_profile({"name": "Da Nang", "country": "VN"})
    plan = on_a.start_plan(case.id, profile["id"])
    on_a.add_progress(plan["id"], {"date": "2026-01-10", "stage": "learn"})
    on_a.save_shortlist({"name": "Water", "items": [{"case_id": case.id, "note": "pilot"}]})
    a.send(b)
    on_b = Planning(b.catalogue)
    assert on_b.plan(plan["id"]) == on_a.plan(plan["id"])
    assert on_b.progress(plan["id"])[0]["stage"] == "learn"
    assert on_b.shortlists()[0]["items"] == [{"case_id": case.id, "note": "pilot"}]
    # Two teams fill in different sections at once: both survive, with no conflict.
    mine = on_a.plan(plan["id"])
    mine["hypothesis"]["mechanism"] = "Night demand is visible in call data"
    on_a.save_plan(mine)
    theirs = on_b.plan(plan["id"])
    union = {"name": "Bus union", "role": "operator", "interest": "high", "influence": "high"}
    theirs["stakeholders"] = [union]
    on_b.save_plan(theirs)
    b.send(a)
    a.send(b)
    for service, device in ((on_a, a), (on_b, b)):
        merged = service.plan(plan["id"])
        assert merged["hypothesis"]["mechanism"] == "Night demand is visible in call data"
        assert merged["stakeholders"][0]["name"] == "Bus union"
        assert device.sync.conflicts() == []
    assert content(a) == content(b)


def test_concurrent_edits_of_one_plan_section_keep_both_and_a_deletion_travels(blank: list[Device]) -> None:
    a, b = blank
    on_a, on_b = Planning(a.catalogue), Planning(b.catalogue)
    plan = on_a.save_plan({"title": "Bike lanes"})
    a.send(b)
    for service, why in ((on_a, "Cheaper"), (on_b, "Safer")):
        edited = service.plan(plan["id"])
        edited["intent"] = {"degree": "emulate", "why": why}
        service.save_plan(edited)
    a.send(b)
    b.send(a)
    assert on_a.plan(plan["id"])["intent"] == on_b.plan(plan["id"])["intent"]
    [conflict] = a.sync.conflicts()
    assert conflict.title == "Bike lanes" and conflict.field == "intent"
    a.sync.resolve(conflict.id, "mine")
    a.send(b)
    assert b.sync.conflicts() == [] and on_b.plan(plan["id"])["intent"]["why"] == "Cheaper"
    on_b.delete_plan(plan["id"])
    b.send(a)
    assert on_a.plans() == []


def test_the_plan_commands(data_dir: Path, tmp_path: Path) -> None:
    case_id = owl_bus_id(data_dir)
    profile_file = tmp_path / "profile.json"
    profile_file.write_text(json.dumps({"name": "Surabaya", "country": "ID"}), encoding="utf-8")
    profile_id = leaps(data_dir, "profile", "add", str(profile_file)).stdout.strip()
    assert "Surabaya" in leaps(data_dir, "profile", "list").stdout
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(
        json.dumps({"title": "야간버스 for Surabaya", "case_id": case_id, "profile_id": profile_id}),
        encoding="utf-8",
    )
    plan_id = leaps(data_dir, "plan", "new", str(plan_file)).stdout.strip()
    shown = json.loads(leaps(data_dir, "plan", "show", plan_id, "--json").stdout)
    assert shown["title"] == "야간버스 for Surabaya" and shown["state"] == "draft"
    shown["state"] = "approved"
    plan_file.write_text(json.dumps(shown), encoding="utf-8")
    leaps(data_dir, "plan", "edit", plan_id, str(plan_file))
    [listed] = json.loads(leaps(data_dir, "plan", "list", "--json").stdout)
    assert listed["state"] == "approved" and listed["origin_city"] == "Seoul"
    entry = tmp_path / "entry.json"
    entry.write_text(json.dumps({"date": "2026-04-01", "stage": "adapt", "narrative": "Routes drawn"}))
    leaps(data_dir, "progress", "add", plan_id, str(entry))
    assert "Routes drawn" in leaps(data_dir, "progress", "list", plan_id).stdout


def test_bad_plan_files_are_refused_with_the_field_named(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "plan.json"
    bad.write_text(json.dumps({"case_id": "11111111-2222-4333-8444-555555555555"}), encoding="utf-8")
    refused = leaps(data_dir, "plan", "new", str(bad), check=False)
    assert refused.returncode == 1
    assert "title: is required" in refused.stderr and "case_id: no case has the id" in refused.stderr
    bad.write_text("{not json", encoding="utf-8")
    refused = leaps(data_dir, "plan", "new", str(bad), check=False)
    assert refused.returncode == 1 and "is not valid JSON" in refused.stderr
    assert json.loads(leaps(data_dir, "plan", "list", "--json").stdout) == []
