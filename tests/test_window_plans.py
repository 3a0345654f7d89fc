"""The adaptation-plan window: starting a plan from a case, the fit check, autosave, monitoring, programme."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.catalogue import Catalogue
from desktop.plan_drafts import load_plan_draft
from desktop.plans.service import Planning
from desktop.ui.indicator_chart import chart_geometry
from desktop.ui.monitoring import ProgressDialog
from desktop.ui.plan_fields import ChoiceBox
from desktop.ui.plan_list import OPEN_WINDOWS, ProgrammeDialog, new_plan, start_plan_from_case
from desktop.ui.plan_sections import ComponentBox
from desktop.ui.plan_window import PlanWindow
from desktop.ui.profile_dialog import ProfilesDialog
from desktop.ui.tasks import TaskRunner
from tests.conftest import make_case

WAIT_MS = 20_000
SHOTS = Path("/tmp/plan-shots")


class Worker:
    """A task runner with a catalogue opened on its thread, as the main window has."""

    def __init__(self, qtbot: QtBot, data_dir: Path) -> None:
        self.qtbot = qtbot
        self.tasks = TaskRunner()
        self.catalogue: Catalogue | None = None
        self.tasks.run(lambda: Catalogue.open(data_dir, check_index=False), self._opened)
        qtbot.waitUntil(lambda: self.catalogue is not None, timeout=WAIT_MS)

    def _opened(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def access(self) -> Catalogue | None:
        """The catalogue accessor the windows take."""
        return self.catalogue

    def call(self, work: Callable[[Planning], Any]) -> Any:
        """Run planning work on the catalogue thread and wait for its answer."""
        box: list[Any] = []
        catalogue = self.catalogue
        self.tasks.run(lambda: work(Planning(catalogue)), box.append, box.append)
        self.qtbot.waitUntil(lambda: bool(box), timeout=WAIT_MS)
        if isinstance(box[0], Exception):
            raise box[0]
        return box[0]

    def close(self) -> None:
        catalogue, self.catalogue = self.catalogue, None
        self.tasks.run(catalogue.close)
        self.tasks.shutdown()


@pytest.fixture
def worker(qtbot: QtBot, data_dir: Path) -> Iterator[Worker]:
    opened = Worker(qtbot, data_dir)
    yield opened
    for window in list(OPEN_WINDOWS.values()):
        window._timer.stop()
        window.close()
    opened.close()


def seeded_case(worker: Worker) -> str:
    """A case with one core component needing a budget and data, and one adaptable one."""
    case = make_case(title="Night buses drawn from call data", city="Seoul", country="KR")
    case.components[0].name = "Route planning from call data"
    case.components[1].role = "adaptable"
    worker.call(lambda p: p.catalogue.save(case))
    return case.id


def start_with_new_profile(qtbot: QtBot, worker: Worker, case_id: str) -> PlanWindow:
    shown: list[PlanWindow] = []
    dialog = start_plan_from_case(None, worker.tasks, worker.access, case_id, shown.append)
    qtbot.addWidget(dialog)
    dialog.fields.widgets["name"].setText("Da Nang")
    dialog.fields.widgets["country"].setText("vn")
    dialog.fields.widgets["population"].setText("1,230,000")
    dialog.fields.widgets["languages"].setText("vi, en")
    dialog.use_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    return shown[0]


def combo(box: ChoiceBox, value: str) -> None:
    box.setCurrentIndex(box.findData(value))


def wait_saved(qtbot: QtBot, window: PlanWindow) -> None:
    qtbot.waitUntil(lambda: not window.has_unsaved_changes(), timeout=WAIT_MS)


def shoot(window: PlanWindow, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"{name}.png"))


def test_a_plan_started_from_a_case_with_a_new_profile_is_prefilled(qtbot: QtBot, worker: Worker) -> None:
    window = start_with_new_profile(qtbot, worker, seeded_case(worker))
    assert "Night buses drawn from call data" in window.intent.fields.widgets["title"].text()
    assert "Da Nang" in window.intent.target.text()
    assert [box.values()["component"] for box in window.fit.boxes][0] == "Route planning from call data"
    context = window.sections[1]
    targets = {context.grid.item(n, 0).text(): context.grid.item(n, 2).text() for n in range(context.grid.rowCount())}
    assert targets["Population"] == "1230000"
    assert targets["Languages"] == "vi, en"
    [profile] = worker.call(lambda p: p.profiles())
    assert profile["country"] == "VN"


def test_an_unmet_core_precondition_is_flagged_at_once_on_the_fit_and_risks_pages(
    qtbot: QtBot, worker: Worker
) -> None:
    window = start_with_new_profile(qtbot, worker, seeded_case(worker))
    assert "No risks flagged" in window.fit.flagged.text()
    core, adaptable = window.fit.boxes[0], window.fit.boxes[1]
    combo(adaptable.preconditions.table.cellWidget(0, 2), "not met")
    assert window.risks.flagged.rowCount() == 0  # only core components raise risks
    combo(core.preconditions.table.cellWidget(0, 2), "not met")
    assert "Route planning from call data: A small fund" in window.fit.flagged.text()
    assert window.risks.flagged.rowCount() == 1
    assert window.risks.flagged.item(0, 1).text() == "High"
    window.go_to_section(2)
    shoot(window, "fit-check")
    wait_saved(qtbot, window)
    saved = worker.call(lambda p: p.plan(window.plan["id"]))
    assert saved["fit"][0]["preconditions"][0]["status"] == "not met"


def fill_every_section(window: PlanWindow) -> None:
    intent, context, fit, hypothesis, stakeholders, resources, risks, prototype, indicators, scaling, signoff = (
        window.sections
    )
    combo(intent.fields.widgets["intent.degree"], "emulate")
    intent.fields.widgets["intent.why"].setPlainText("The core works; the data source differs.")
    context.grid.item(0, 1).setText("9,400,000")
    context.fields.widgets["context.notes"].setPlainText("Da Nang is much smaller.")
    fit.boxes[0].fields.widgets["adaptation"].setPlainText("Use taxi GPS data instead of call logs.")
    combo(fit.boxes[2].fields.widgets["decision"], "drop")
    for path in ("context", "mechanism", "outcome"):
        hypothesis.fields.widgets[f"hypothesis.{path}"].setPlainText(f"The {path}.")
    stakeholders.tables["stakeholders"].add_button.click()
    table = stakeholders.tables["stakeholders"].table
    table.item(0, 0).setText("Bus operators' union")
    combo(table.cellWidget(0, 3), "high")
    stakeholders.fields.widgets["engagement"].setPlainText("Night workers' panels.")
    resources.fields.widgets["resources.budget"].setPlainText("USD 40,000")
    risks.tables["risks"].add_button.click()
    risks.tables["risks"].table.item(0, 0).setText("Drivers refuse night shifts")
    prototype.fields.widgets["prototype.place"].setText("Hai Chau district")
    indicators.tables["indicators"].add_button.click()
    row = indicators.tables["indicators"].table
    for column, text in enumerate(("Night riders", "riders per night", "0", "1500", "Operator counts")):
        row.item(0, column).setText(text)
    scaling.paths["horizontal"].setChecked(True)
    scaling.tables["milestones"].add_button.click()
    scaling.tables["milestones"].table.item(0, 0).setText("2026-06-01")
    scaling.tables["milestones"].table.item(0, 1).setText("First route runs")
    signoff.fields.widgets["signoff.name"].setText("Nguyen Van A")
    signoff.fields.widgets["signoff.date"].setText("2026-04-02")
    combo(signoff.fields.widgets["state"], "approved")


def test_every_section_filled_is_autosaved_and_read_back_by_a_fresh_catalogue(
    qtbot: QtBot, worker: Worker, data_dir: Path
) -> None:
    window = start_with_new_profile(qtbot, worker, seeded_case(worker))
    fill_every_section(window)
    assert window.has_unsaved_changes()
    wait_saved(qtbot, window)
    assert window.status.text().startswith("Saved ")
    for n in range(window.section_list.count()):
        window.go_to_section(n)
        shoot(window, f"section-{n:02d}")
    fresh = Catalogue(data_dir)
    try:
        plan = Planning(fresh).plan(window.plan["id"])
    finally:
        fresh.close()
    assert plan["intent"] == {"degree": "emulate", "why": "The core works; the data source differs."}
    assert plan["context"]["rows"][0]["source"] == "9,400,000"
    assert plan["fit"][0]["adaptation"] == "Use taxi GPS data instead of call logs."
    assert plan["fit"][2]["decision"] == "drop"
    assert plan["stakeholders"] == [
        {"name": "Bus operators' union", "role": "", "interest": "", "influence": "high"}
    ]
    assert plan["risks"][0]["risk"] == "Drivers refuse night shifts"
    assert plan["indicators"][0]["name"] == "Night riders" and plan["indicators"][0]["id"]
    assert plan["scaling"]["paths"] == ["horizontal"]
    assert plan["milestones"] == [{"date": "2026-06-01", "title": "First route runs", "done": False}]
    assert plan["signoff"]["name"] == "Nguyen Van A" and plan["state"] == "approved"


def test_a_cleared_title_is_flagged_beside_it_while_the_rest_is_kept_in_a_draft(
    qtbot: QtBot, worker: Worker, data_dir: Path
) -> None:
    window = start_with_new_profile(qtbot, worker, seeded_case(worker))
    title: QLineEdit = window.intent.fields.widgets["title"]
    stored_title = title.text()
    title.clear()
    title.textEdited.emit("")
    window.intent.fields.widgets["intent.why"].setPlainText("Typed while the title was empty.")
    wait_saved(qtbot, window)
    error = window.intent.fields.errors["title"]
    assert error.isVisibleTo(window) and "Required" in error.text()
    assert window.status.text().startswith("Not saved: Title")
    assert "(1 to fix)" in window.section_list.item(0).text()
    window.go_to_section(0)
    shoot(window, "title-missing")
    saved = worker.call(lambda p: p.plan(window.plan["id"]))
    assert saved["title"] == stored_title  # the last valid save stays in SQLite
    draft = load_plan_draft(data_dir, window.plan["id"])
    assert draft is not None and draft[1]["intent"]["why"] == "Typed while the title was empty."
    # Reopened, the window restores the draft rather than the older save.
    plan_id = window.plan["id"]
    window.close()
    qtbot.waitUntil(lambda: plan_id not in OPEN_WINDOWS, timeout=WAIT_MS)
    from desktop.ui.plan_list import open_plan

    shown: list[PlanWindow] = []
    open_plan(worker.tasks, worker.access, plan_id, shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    again = shown[0]
    assert again.intent.fields.widgets["intent.why"].toPlainText() == "Typed while the title was empty."
    again.intent.fields.widgets["title"].setText("Night buses for Da Nang")
    again.intent.fields.widgets["title"].textEdited.emit("Night buses for Da Nang")
    wait_saved(qtbot, again)
    assert not again.intent.fields.errors["title"].isVisibleTo(again)
    assert load_plan_draft(data_dir, plan_id) is None
    assert worker.call(lambda p: p.plan(plan_id))["intent"]["why"] == "Typed while the title was empty."
