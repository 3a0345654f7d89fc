"""A case's family in the main window: a plan published as a case is listed and found at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
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
