"""A case's family in the main window: a plan published as a case is listed and found at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.plans.service import Planning
from desktop.ui.main_window import MainWindow
from desktop.ui.plans.plan_list import OPEN_WINDOWS, PlansDialog
from tests.worker_helpers import WAIT_MS, open_main_window, run_on_worker


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    opened = open_main_window(qtbot, data_dir)
    yield opened
    for plan_window in list(OPEN_WINDOWS.values()):
        plan_window._timer.stop()
        plan_window.close()


# The case the Da Nang plan publishes: the original's title and the city.
VARIANT = "Owl Bus: night bus routes drawn from phone and taxi data (Da Nang)"


def scaling_plan(qtbot: QtBot, window: MainWindow, city: str) -> str:
    """A plan adapting the seed's Owl Bus to `city`, at scaling; gives its id."""

    def make() -> str:
        planning = Planning(window.catalogue)
        case = next(c for c in window.catalogue.all_cases() if c.title.startswith("Owl Bus"))
        profile = planning.save_profile({"name": city, "country": "VN"})
        plan = planning.start_plan(case.id, profile["id"])
        plan["state"] = "scaling"
        return str(planning.save_plan(plan)["id"])

    return str(run_on_worker(qtbot, window.tasks, make))


def listed_titles(window: MainWindow) -> list[str]:
    return [card.title for card in window.last_page.cards] if window.last_page else []


def test_a_plan_published_as_a_case_is_listed_and_found_without_reopening(
    qtbot: QtBot, window: MainWindow
) -> None:
    plan_id = scaling_plan(qtbot, window, "Da Nang")
    window.search_box.setText("Da Nang")
    window.run_search()
    qtbot.waitUntil(lambda: window.last_page is not None and window.last_page.request.text == "Da Nang")
    assert VARIANT not in listed_titles(window)

    next(a for a in window.plans_menu.actions() if a.text() == "&Plans…").trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PlansDialog) and w.isVisible()]
    plans = dialogs[0]
    qtbot.waitUntil(lambda: plans.table.rowCount() == 1, timeout=WAIT_MS)
    plans.open_chosen()
    qtbot.waitUntil(lambda: plan_id in OPEN_WINDOWS, timeout=WAIT_MS)
    OPEN_WINDOWS[plan_id].publish_button.click()

    qtbot.waitUntil(lambda: VARIANT in listed_titles(window), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: window.shown_case is not None and window.shown_case[1] == VARIANT, timeout=WAIT_MS
    )
    plans.close()


def three_generations(qtbot: QtBot, window: MainWindow) -> dict[str, str]:
    """The seed's Owl Bus adapted in Makassar and 부산; 부산's scaling plan published as a variant,
    which Da Nang adapts in turn. Gives the ids by name."""
    from desktop.plans.variants import publish_variant

    def make() -> dict[str, str]:
        planning = Planning(window.catalogue)
        case = next(c for c in window.catalogue.all_cases() if c.title.startswith("Owl Bus"))

        def plan(case_id: str, city: str, state: str) -> str:
            profile = planning.save_profile({"name": city, "country": "KR"})
            made = planning.start_plan(case_id, profile["id"])
            made["state"] = state
            return str(planning.save_plan(made)["id"])

        ids = {"original": case.id, "makassar": plan(case.id, "Makassar", "prototyping")}
        ids["busan"] = plan(case.id, "부산", "scaling")
        ids["variant"] = publish_variant(planning, ids["busan"]).id
        ids["da nang"] = plan(ids["variant"], "Da Nang", "draft")
        return ids

    return dict(run_on_worker(qtbot, window.tasks, make))


def test_the_lineage_tab_draws_the_family_and_opens_what_is_clicked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from desktop.ui.case.lineage_layout import CASE, PLAN

    ids = three_generations(qtbot, window)
    window.show_case(ids["original"])
    qtbot.waitUntil(lambda: window.shown_case is not None and window.shown_case[0] == ids["original"])
    window.case_actions.lineage_action.trigger()
    tabs = window.case_tabs
    assert tabs.currentWidget() is tabs.lineage
    graph = tabs.lineage.graph
    qtbot.waitUntil(lambda: len(graph.layout_shown.nodes) == 5, timeout=WAIT_MS)

    nodes = graph.layout_shown.nodes
    assert [(n.kind, n.key) for n in nodes] == [
        (CASE, ids["original"]),
        (PLAN, ids["makassar"]),
        (PLAN, ids["busan"]),
        (CASE, ids["variant"]),
        (PLAN, ids["da nang"]),
    ]
    assert [n.column for n in nodes] == [0, 1, 1, 2, 3]
    assert nodes[0].current and not nodes[3].current
    assert (nodes[2].title, nodes[2].detail) == ("부산", "Plan · Scaling")
    edges = [(e.start, e.end, e.published) for e in graph.layout_shown.edges]
    assert edges == [(0, 1, False), (0, 2, False), (2, 3, True), (3, 4, False)]
    assert "2 case(s) and 3 plan(s)" in tabs.lineage.message.text()
    # Each node sits within the graph and apart from the others.
    rects = [graph.node_rect(n) for n in range(len(nodes))]
    assert all(graph.rect().toRectF().contains(r) for r in rects)
    assert not any(a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1 :])
    graph.grab().save(str(tmp_path / "lineage.png"))

    # The keyboard: Right goes from the original to its first plan, Enter opens that plan.
    graph.setFocus()
    qtbot.keyClick(graph, Qt.Key.Key_Right)
    assert graph.chosen == 1 and "Makassar" in graph.accessibleDescription()
    qtbot.keyClick(graph, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ids["makassar"] in OPEN_WINDOWS, timeout=WAIT_MS)

    # A click on the variant opens its page.
    qtbot.mouseClick(graph, Qt.MouseButton.LeftButton, pos=rects[3].center().toPoint())
    qtbot.waitUntil(lambda: window.shown_case is not None and window.shown_case[0] == ids["variant"])
    assert tabs.currentWidget() is tabs.view
    tabs.show_lineage()
    qtbot.waitUntil(lambda: graph.layout_shown.nodes[3].current, timeout=WAIT_MS)
