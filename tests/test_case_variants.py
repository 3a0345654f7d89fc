"""Variants: a scaling plan publishes its adapted practice as a case adapted from the original;
the lineage graph and search follow the link on every device."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.catalogue.duplicates import find_duplicates
from desktop.plans.lineage_page import case_page_lineage
from desktop.plans.service import Planning
from desktop.plans.variants import adapted_from, lineage_graph, publish_variant
from desktop.search import SearchRequest
from desktop.store.errors import CatalogueError
from tests.sync_helpers import Device
from tests.test_case_lineage import adapt, owl_bus
from tests.worker_helpers import WAIT_MS


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Device, Device, Device]]:
    made = tuple(Device(tmp_path / name, name) for name in ("seoul-office", "makassar", "parepare"))
    yield made  # type: ignore[misc]
    for device in made:
        device.close()


def test_a_scaling_plan_publishes_a_variant_that_every_device_links_to_its_original(devices) -> None:
    seoul, makassar, parepare = devices
    case = owl_bus()
    seoul.catalogue.save(case)
    seoul.send(makassar)
    seoul.send(parepare)
    prototyping = adapt(makassar, case.id, "Makassar", "prototyping", "not met")
    scaling = adapt(parepare, case.id, "Parepare", "scaling", "not met")

    with pytest.raises(
        CatalogueError, match="reached scaling can publish its practice as a case; this one is prototyping"
    ):
        publish_variant(Planning(makassar.catalogue), prototyping)
    variant = publish_variant(Planning(parepare.catalogue), scaling)
    assert adapted_from(variant) == case.id
    assert (variant.title, variant.city, variant.country, variant.stage) == (
        "Owl Bus (Parepare)",
        "Parepare",
        "ID",
        "scaled",
    )
    # Components with their decisions; the dropped one is left out.
    assert [(c.name, c.description) for c in variant.components] == [
        ("Night routes from call data", "Replace: ride-hailing trip data (Parepare)")
    ]
    assert "Night riders: 312 (2026-11-01) trips; target 500" in variant.results

    # Makassar adapts the variant in turn, then everything travels everywhere.
    parepare.send(makassar)
    adapt(makassar, variant.id, "Makassar", "draft", "met")
    for sender in (makassar, parepare, seoul, makassar):
        for receiver in devices:
            if receiver is not sender:
                sender.send(receiver)

    for device in devices:
        graph = lineage_graph(device.catalogue, variant.id)
        assert graph.case_id == case.id  # the graph starts from the original
        assert [(a.city, a.state) for a in graph.adaptations] == [
            ("Makassar", "prototyping"),
            ("Parepare", "scaling"),
        ]
        assert [(v.case_id, [(a.city, a.state) for a in v.adaptations]) for v in graph.variants] == [
            (variant.id, [("Makassar", "draft")])
        ]
        page = case_page_lineage(device.catalogue, case.id)
        assert "Lineage" in page and f"leaps-case:{variant.id}" in page
        found = device.catalogue.search(SearchRequest(text=f"adapted_from:{case.id}"))
        assert [card.id for card in found.cards] == [variant.id]


def test_two_variants_of_one_case_are_not_taken_for_duplicates(devices) -> None:
    seoul, makassar, parepare = devices
    case = owl_bus()
    seoul.catalogue.save(case)
    planning = Planning(seoul.catalogue)
    first = publish_variant(planning, adapt(seoul, case.id, "Makassar", "scaling", "met"))
    second = publish_variant(planning, adapt(seoul, case.id, "Parepare", "scaling", "met"))
    assert adapted_from(first) == adapted_from(second) == case.id
    assert find_duplicates(seoul.catalogue) == []


def test_the_plan_window_publishes_a_scaling_plan_and_says_why_it_will_not_otherwise(qtbot, worker) -> None:
    from desktop.ui.plans.plan_list import OPEN_WINDOWS, open_plan

    def make_plans() -> tuple[str, str, str]:
        planning = Planning(worker.catalogue)
        case = next(c for c in worker.catalogue.all_cases() if "Owl Bus" in c.title)
        scaling = planning.start_plan(case.id)
        scaling.update(title="Night buses for Da Nang", state="scaling")
        planning.save_plan(scaling)
        draft = planning.start_plan(case.id)
        return case.id, scaling["id"], draft["id"]

    case_id, scaling_id, draft_id = worker.run(make_plans)
    for plan_id, expected in (
        (draft_id, "has reached scaling can publish"),
        (scaling_id, "Published as the case “Owl Bus"),
    ):
        open_plan(worker.tasks, worker.access, plan_id)
        qtbot.waitUntil(lambda plan_id=plan_id: plan_id in OPEN_WINDOWS, timeout=WAIT_MS)
        window = OPEN_WINDOWS[plan_id]
        published: list[str] = []
        window.published.connect(published.append)
        window.publish_button.click()
        qtbot.waitUntil(
            lambda window=window, expected=expected: expected in window.status.text(), timeout=WAIT_MS
        )
        window.close()
    assert len(published) == 1
    variant = worker.run(lambda: worker.catalogue.get(published[0]))
    assert adapted_from(variant) == case_id
