"""Three devices, two cities adapting one case: the original shows both adaptations, how far they
got and what they found, the same on every device; a new plan's fit check gets the hints."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.plans.lineage import case_adaptations, fit_outcomes, summary_line
from desktop.plans.service import Planning
from desktop.store.records import Component, Precondition
from tests.conftest import make_case
from tests.sync_helpers import Device

CALL_DATA = "Late-night phone call records"


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Device, Device, Device]]:
    made = tuple(Device(tmp_path / name, name) for name in ("seoul-office", "makassar", "parepare"))
    yield made  # type: ignore[misc]
    for device in made:
        device.close()


def owl_bus() -> Any:
    case = make_case(title="Owl Bus")
    case.components = [
        Component(
            id="routes", name="Night routes from call data", preconditions=[Precondition("data", CALL_DATA)]
        ),
        Component(id="fares", name="Ordinary fares", role="adaptable"),
    ]
    return case


def adapt(
    device: Device, case_id: str, city: str, state: str, met: str, sharing: str = "organisation"
) -> str:
    """A plan adapting the case to a city, at a state, having judged the call-data need."""
    planning = Planning(device.catalogue)
    profile = planning.save_profile({"name": city, "country": "ID"})
    plan = planning.start_plan(case_id, profile["id"])
    routes = plan["fit"][0]
    routes["preconditions"][0]["status"] = met
    if met == "not met":
        routes.update(decision="replace", adaptation=f"ride-hailing trip data ({city})")
    else:
        routes["decision"] = "keep"
    for other in plan["fit"][1:]:
        other["decision"] = "drop" if city == "Parepare" else "keep"
    plan.update(
        state=state,
        sharing=sharing,
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
    plan = planning.save_plan(plan)
    for date, value in (("2026-10-01", "120"), ("2026-11-01", "312")):
        planning.add_progress(
            plan["id"],
            {
                "date": date,
                "stage": "prototype",
                "readings": [{"indicator_id": f"riders-{city}", "value": value}],
            },
        )
    return str(plan["id"])


@pytest.fixture
def adapted_twice(devices) -> Any:
    """The Owl Bus made in Seoul, adapted in Makassar (prototyping) and Parepare (scaling), neither
    city having the call data; Seoul has seen both plans. Gives the case."""
    seoul, makassar, parepare = devices
    case = owl_bus()
    seoul.catalogue.save(case)
    seoul.send(makassar)
    seoul.send(parepare)
    adapt(makassar, case.id, "Makassar", "prototyping", "not met")
    adapt(parepare, case.id, "Parepare", "scaling", "not met")
    makassar.send(seoul)
    parepare.send(seoul)
    return case


def test_the_original_case_shows_each_city_adapting_it_on_every_device(devices) -> None:
    seoul, makassar, parepare = devices
    case = owl_bus()
    seoul.catalogue.save(case)
    seoul.send(makassar)
    seoul.send(parepare)
    makassar_plan = adapt(makassar, case.id, "Makassar", "prototyping", "not met")
    parepare_plan = adapt(parepare, case.id, "Parepare", "closed", "not met", sharing="outcomes")
    makassar.send(seoul)
    parepare.send(seoul)
    seoul.send(makassar)
    seoul.send(parepare)

    for device in devices:
        adaptations = case_adaptations(Planning(device.catalogue), case.id)
        assert [(a.city, a.state, a.stage) for a in adaptations] == [
            ("Makassar", "prototyping", "prototype"),
            ("Parepare", "closed", "prototype"),
        ]
        assert [a.plan_id for a in adaptations] == [makassar_plan, parepare_plan]
        assert adaptations[1].decisions == [
            ("Night routes from call data", "replace"),
            ("Ordinary fares", "drop"),
        ]
        riders = adaptations[0].readings[0]
        assert (riders.name, riders.latest, riders.latest_date, riders.target) == (
            "Night riders",
            312,
            "2026-11-01",
            500,
        )
        assert summary_line(adaptations) == "Adapted in 2 cities: 1 prototyping, 1 closed"
    first = [a.to_json() for a in case_adaptations(Planning(seoul.catalogue), case.id)]
    assert all(
        first == [a.to_json() for a in case_adaptations(Planning(d.catalogue), case.id)] for d in devices
    )


def test_a_new_plan_learns_what_earlier_adaptations_found(devices, adapted_twice) -> None:
    seoul, case = devices[0], adapted_twice

    new_plan = Planning(seoul.catalogue).start_plan(case.id)
    outcomes = fit_outcomes(Planning(seoul.catalogue), case.id, leave_out=new_plan["id"])
    routes = outcomes["night routes from call data"]
    assert routes.plans == 2 and routes.decisions == {"replace": 2}
    hint = routes.precondition_hint(CALL_DATA)
    assert hint.startswith("not met in 2 of 2 earlier adaptation(s)")
    assert "ride-hailing trip data (Makassar)" in hint and "ride-hailing trip data (Parepare)" in hint
    assert routes.hint() == "2 earlier adaptation(s): replace 2; how they went: 1 prototyping, 1 scaled"
    assert outcomes["ordinary fares"].decisions == {"keep": 1, "drop": 1}
    assert summary_line([]) == "Not adapted anywhere yet."


def test_the_case_page_document_and_fit_check_show_what_was_learnt(
    devices, adapted_twice, qtbot, tmp_path: Path
) -> None:
    from desktop.documents.export import export_document
    from desktop.plans.lineage_page import case_document_with_lineage, case_page_lineage
    from desktop.ui.plans.fit_section import FitSection
    from desktop.ui.plans.plan_bundle import load_bundle

    seoul, case = devices[0], adapted_twice

    page = case_page_lineage(seoul.catalogue, case.id)
    assert "Adapted in 2 cities: 1 prototyping, 1 scaled" in page
    assert "Makassar, ID" in page and "Night riders: 312 of 500 trips" in page

    out = export_document(case_document_with_lineage(seoul.catalogue, case.id), "md", tmp_path / "owl.md")
    text = Path(out).read_text(encoding="utf-8")
    assert "Adaptations" in text and "What earlier adaptations found" in text
    assert "not met in 2 of 2 earlier adaptation(s)" in text

    plan = Planning(seoul.catalogue).start_plan(case.id)
    bundle = load_bundle(seoul.catalogue, plan["id"])
    section = FitSection()
    qtbot.addWidget(section)
    section.show_earlier(bundle.earlier)
    section.load(bundle.plan)
    hints = section.boxes[0].earlier.text()
    assert section.boxes[0].earlier.isVisibleTo(section)
    assert "Earlier adaptations: 2 earlier adaptation(s): replace 2" in hints
    assert f"{CALL_DATA}: not met in 2 of 2 earlier adaptation(s)" in hints
    assert "ride-hailing trip data (Makassar)" in hints


def test_the_programme_view_shows_how_practices_spread_and_the_report_carries_it(
    devices, qtbot, tmp_path: Path
) -> None:
    from desktop.documents.export import export_document
    from desktop.plans.document import monitoring_report
    from desktop.plans.lineage import practice_spread
    from desktop.ui.plans.spread_chart import SpreadChart, SpreadTable

    seoul, makassar, parepare = devices
    case = owl_bus()
    seoul.catalogue.save(case)
    seoul.send(makassar)
    seoul.send(parepare)
    adapt(makassar, case.id, "Makassar", "prototyping", "not met")
    adapt(parepare, case.id, "Parepare", "scaling", "met")
    makassar.send(seoul)
    parepare.send(seoul)

    rows = Planning(seoul.catalogue).programme()
    spreads = practice_spread(rows)
    assert [(s.practice, s.origin, s.cities, s.how_far()) for s in spreads] == [
        ("Owl Bus", "Colombo, LK", ["Makassar, ID", "Parepare, ID"], "1 prototyping, 1 scaled")
    ]
    out = export_document(monitoring_report(rows), "md", tmp_path / "report.md")
    text = Path(out).read_text(encoding="utf-8")
    assert "How practices spread" in text and "Makassar, ID, Parepare, ID" in text
    assert "████████████████████ 2" in text

    table, chart = SpreadTable(), SpreadChart()
    qtbot.addWidget(table)
    qtbot.addWidget(chart)
    table.show_spreads(spreads)
    chart.show_spreads(spreads)
    assert table.rowCount() == 1 and table.item(0, 2).text() == "2"
    assert chart.accessibleDescription() == "Owl Bus: 2"
    assert chart.grab().width() > 0
