"""Plans met from the main window: New Plan adapts the case being read, a plan from scratch can be
given its case later, the fit check is no green light before it is judged, and the comparison reads
as words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.plans.service import Planning
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.plans.plan_list import OPEN_WINDOWS, new_plan
from desktop.ui.plans.plan_window import PlanWindow
from desktop.ui.plans.profile_dialog import ProfilesDialog
from tests.worker_helpers import WAIT_MS, open_main_window, run_on_worker


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    opened = open_main_window(qtbot, data_dir)
    yield opened
    for plan_window in list(OPEN_WINDOWS.values()):
        plan_window._timer.stop()
        plan_window.close()


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    install_translators("en")


def save_city(qtbot: QtBot, window: MainWindow, name: str) -> None:
    planning = lambda: Planning(window.catalogue)  # noqa: E731
    run_on_worker(qtbot, window.tasks, lambda: planning().save_profile({"name": name, "country": "VN"}))


def choose_the_city(qtbot: QtBot) -> None:
    """In the city dialog that opened, pick the one city listed."""
    found: list[ProfilesDialog] = []

    def dialog_open() -> bool:
        shown = QApplication.topLevelWidgets()
        found[:] = [w for w in shown if isinstance(w, ProfilesDialog) and w.isVisible()]
        return bool(found) and found[0].list.count() == 1

    qtbot.waitUntil(dialog_open, timeout=WAIT_MS)
    found[0].list.setCurrentRow(0)
    found[0].use_button.click()


def plan_window_opened(qtbot: QtBot) -> PlanWindow:
    qtbot.waitUntil(lambda: bool(OPEN_WINDOWS), timeout=WAIT_MS)
    return next(iter(OPEN_WINDOWS.values()))


def read_case(qtbot: QtBot, window: MainWindow, words: str) -> None:
    window.search_box.setText(words)
    window.run_search()
    qtbot.waitUntil(lambda: window.shown_case is not None and words in window.shown_case[1], timeout=WAIT_MS)


def test_new_plan_adapts_the_case_being_read(qtbot: QtBot, window: MainWindow) -> None:
    save_city(qtbot, window, "Da Nang")
    read_case(qtbot, window, "Owl Bus")
    next(a for a in window.plans_menu.actions() if a.text() == "&New Plan…").trigger()
    choose_the_city(qtbot)
    plan = plan_window_opened(qtbot)
    assert "Owl Bus" in plan.intent.source.text()
    assert plan.fit.boxes and not plan.intent.choose_source.isVisibleTo(plan)


def test_a_plan_from_scratch_is_given_its_source_case_later(qtbot: QtBot, window: MainWindow) -> None:
    save_city(qtbot, window, "Da Nang")
    new_plan(window, window.tasks, lambda: window.catalogue)
    choose_the_city(qtbot)
    plan = plan_window_opened(qtbot)
    assert "No source case" in plan.intent.source.text() and plan.fit.boxes == []
    assert plan.intent.choose_source.isVisibleTo(plan)
    offered: list[list[tuple[str, str]]] = []

    def pick_owl_bus(cases: list[tuple[str, str]]) -> str:
        offered.append(cases)
        return next(case_id for case_id, title in cases if title.startswith("Owl Bus"))

    plan.ask_case = pick_owl_bus
    plan.intent.choose_source.click()
    qtbot.waitUntil(lambda: "Owl Bus" in plan.intent.source.text(), timeout=WAIT_MS)
    assert len(offered[0]) == window.results.rowCount() or len(offered[0]) > 20
    assert plan.fit.boxes and not plan.intent.choose_source.isVisibleTo(plan)
    qtbot.waitUntil(lambda: not plan.has_unsaved_changes(), timeout=WAIT_MS)
    stored = run_on_worker(qtbot, window.tasks, lambda: Planning(window.catalogue).plan(plan.plan["id"]))
    assert stored["case_id"] == next(i for i, t in offered[0] if t.startswith("Owl Bus"))
    assert len(stored["fit"]) == len(plan.fit.boxes)


def test_a_fit_check_not_yet_judged_is_no_green_light_and_its_banner_keeps_its_height(
    qtbot: QtBot, window: MainWindow
) -> None:
    save_city(qtbot, window, "Da Nang")
    read_case(qtbot, window, "Owl Bus")
    next(a for a in window.plans_menu.actions() if a.text() == "&New Plan…").trigger()
    choose_the_city(qtbot)
    plan = plan_window_opened(qtbot)
    plan.go_to_section(2)
    banner = plan.fit.flagged
    assert "No risks flagged" not in banner.text() and "Not judged yet" in banner.text()
    height, first_box_y = banner.height(), plan.fit.boxes[0].y()
    core = [box for box in plan.fit.boxes if box.values()["role"] == "core"]
    tables = [box.preconditions.table for box in core]
    statuses = [table.cellWidget(row, 2) for table in tables for row in range(table.rowCount())]
    for status in statuses:
        status.setCurrentIndex(status.findData("not met"))
    assert f"{len(statuses)} risk" in banner.text() and "flagged" in banner.text()
    QApplication.processEvents()
    assert banner.height() == height and plan.fit.boxes[0].y() == first_box_y
    for status in statuses:
        status.setCurrentIndex(status.findData("met"))
    assert banner.text().startswith("No risks flagged")


def test_the_korean_context_comparison_names_the_level_and_language(
    qtbot: QtBot, data_dir: Path, english_after: None
) -> None:
    install_translators("ko")
    window = open_main_window(qtbot, data_dir)
    save_city(qtbot, window, "다낭")
    read_case(qtbot, window, "Owl Bus")
    next(a for a in window.plans_menu.actions() if a.text() == "새 계획(&N)…").trigger()
    choose_the_city(qtbot)
    plan = plan_window_opened(qtbot)
    grid = plan.sections[1].grid
    source = [grid.item(row, 1).text() for row in range(grid.rowCount())]
    assert "city" not in source and "en" not in source
    assert "시" in source and "영어" in source
