"""The adaptation-plan window: starting a plan from a case, the fit check, autosave, monitoring, programme."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from desktop.catalogue.service import Catalogue
from desktop.plans.drafts import load_plan_draft
from desktop.plans.service import Planning
from desktop.ui.plans.fit_section import ComponentBox
from desktop.ui.plans.indicator_chart import chart_geometry
from desktop.ui.plans.monitoring import ProgressDialog
from desktop.ui.plans.plan_fields import ChoiceBox
from desktop.ui.plans.plan_list import OPEN_WINDOWS, ProgrammeDialog, new_plan, start_plan_from_case
from desktop.ui.plans.plan_window import PlanWindow
from desktop.ui.plans.profile_dialog import ProfilesDialog
from tests.conftest import make_case
from tests.worker_helpers import WAIT_MS, CatalogueWorker

SHOTS = Path("/tmp/plan-shots")


@pytest.fixture
def worker(worker: CatalogueWorker) -> Iterator[CatalogueWorker]:
    """The shared catalogue worker; plan windows left open close before the catalogue does."""
    yield worker
    for window in list(OPEN_WINDOWS.values()):
        window._timer.stop()
        window.close()


def planned(worker: CatalogueWorker, work: Callable[[Planning], Any]) -> Any:
    """Run planning work on the catalogue thread and wait for its answer."""
    return worker.run(lambda: work(Planning(worker.catalogue)))


def seeded_case(worker: CatalogueWorker) -> str:
    """A case with one core component needing a budget and data, and one adaptable one."""
    case = make_case(title="Night buses drawn from call data", city="Seoul", country="KR")
    case.components[0].name = "Route planning from call data"
    case.components[1].role = "adaptable"
    planned(worker, lambda p: p.catalogue.save(case))
    return case.id


def start_with_new_profile(qtbot: QtBot, worker: CatalogueWorker, case_id: str) -> PlanWindow:
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


def comparison(window: PlanWindow) -> dict[str, str]:
    """The target city's column of the context comparison, by dimension."""
    grid = window.sections[1].grid
    return {grid.item(n, 0).text(): grid.item(n, 2).text() for n in range(grid.rowCount())}


def progress_form(qtbot: QtBot, window: PlanWindow) -> ProgressDialog:
    window.add_progress()  # saves the plan's latest indicators first, then opens the form
    qtbot.waitUntil(lambda: window.progress_dialog is not None, timeout=WAIT_MS)
    return window.progress_dialog


def rows_where(qtbot: QtBot, view: ProgrammeDialog, city: str) -> None:
    qtbot.waitUntil(lambda: [view.table.item(n, 1).text() for n in range(view.table.rowCount())] == [city],
                    timeout=WAIT_MS)


def combo(box: ChoiceBox, value: str) -> None:
    box.setCurrentIndex(box.findData(value))


def wait_saved(qtbot: QtBot, window: PlanWindow) -> None:
    qtbot.waitUntil(lambda: not window.has_unsaved_changes(), timeout=WAIT_MS)


def shoot(window: PlanWindow, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"{name}.png"))


def test_a_plan_started_from_a_case_with_a_new_profile_is_prefilled(
    qtbot: QtBot, worker: CatalogueWorker
) -> None:
    window = start_with_new_profile(qtbot, worker, seeded_case(worker))
    assert "Night buses drawn from call data" in window.intent.fields.widgets["title"].text()
    assert "Da Nang" in window.intent.target.text()
    assert [box.values()["component"] for box in window.fit.boxes][0] == "Route planning from call data"
    targets = comparison(window)
    assert targets["Population"] == "1230000"
    assert targets["Languages"] == "vi, en"
    [profile] = planned(worker, lambda p: p.profiles())
    assert profile["country"] == "VN"


def test_an_unmet_core_precondition_is_flagged_at_once_on_the_fit_and_risks_pages(
    qtbot: QtBot, worker: CatalogueWorker
) -> None:
    window = start_with_new_profile(qtbot, worker, seeded_case(worker))
    # Nothing judged yet is no green light.
    assert "No risks flagged" not in window.fit.flagged.text()
    banner = window.fit.flagged.text()
    assert "Not judged yet: 2 need" in banner and "still Unknown" in banner
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
    saved = planned(worker, lambda p: p.plan(window.plan["id"]))
    assert saved["fit"][0]["preconditions"][0]["status"] == "not met"


def fill_every_section(window: PlanWindow) -> None:
    intent, context, fit, hypothesis, stakeholders, resources, risks, prototype = window.sections[:8]
    indicators, scaling, signoff = window.sections[8:]
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
    combo(signoff.fields.widgets["language"], "ko")


def test_every_section_filled_is_autosaved_and_read_back_by_a_fresh_catalogue(
    qtbot: QtBot, worker: CatalogueWorker, data_dir: Path
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
    assert plan["language"] == "ko"


def test_a_cleared_title_is_flagged_beside_it_while_the_rest_is_kept_in_a_draft(
    qtbot: QtBot, worker: CatalogueWorker, data_dir: Path
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
    saved = planned(worker, lambda p: p.plan(window.plan["id"]))
    assert saved["title"] == stored_title  # the last valid save stays in SQLite
    draft = load_plan_draft(data_dir, window.plan["id"])
    assert draft is not None and draft[1]["intent"]["why"] == "Typed while the title was empty."
    # Reopened, the window restores the draft rather than the older save.
    plan_id = window.plan["id"]
    window.close()
    qtbot.waitUntil(lambda: plan_id not in OPEN_WINDOWS, timeout=WAIT_MS)
    from desktop.ui.plans.plan_list import open_plan

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
    assert planned(worker, lambda p: p.plan(plan_id))["intent"]["why"] == "Typed while the title was empty."


def test_progress_entries_fill_the_timeline_and_the_indicator_chart(
    qtbot: QtBot, worker: CatalogueWorker
) -> None:
    window = start_with_new_profile(qtbot, worker, seeded_case(worker))
    fill_every_section(window)
    progress_form(qtbot, window)
    indicator = window.plan["indicators"][0]["id"]
    for date, stage, value in (("2026-05-01", "prototype", "400"), ("2026-07-01", "prototype", "900")):
        dialog: ProgressDialog = window.progress_dialog
        dialog.fields.widgets["date"].setText(date)
        combo(dialog.fields.widgets["stage"], stage)
        dialog.fields.widgets["narrative"].setPlainText(f"Riders counted on {date}.")
        dialog.set_reading(indicator, value)
        if value == "900":
            dialog.adaptations.add_button.click()
            dialog.adaptations.table.item(0, 0).setText("Later last bus")
            dialog.adaptations.table.item(0, 1).setText("Transport department")
            combo(dialog.adaptations.table.cellWidget(0, 2), "reactive")
        dialog.submit()
        qtbot.waitUntil(lambda d=dialog: d.saved is not None, timeout=WAIT_MS)
        qtbot.waitUntil(lambda d=date: window.monitoring.timeline.topLevelItemCount() > 0
                        and window.monitoring.entries[-1]["date"] == d, timeout=WAIT_MS)
        if value == "400":
            window.add_progress()
    timeline = window.monitoring.timeline
    assert [timeline.topLevelItem(n).text(0) for n in range(2)] == ["2026-05-01", "2026-07-01"]
    latest = timeline.topLevelItem(1)
    children = [latest.child(n).text(2) for n in range(latest.childCount())]
    assert children[0] == "Night riders: 900"
    assert "Later last bus (reactive, core function kept; decided by Transport department)" in children[1]
    [chart] = window.monitoring.charts
    assert chart.series.readings == [("2026-05-01", 400.0), ("2026-07-01", 900.0)]
    assert (chart.series.baseline, chart.series.target) == (0.0, 1500.0)
    window.go_to_section(window.section_list.count() - 1)
    shoot(window, "monitoring")


def test_a_reading_must_be_a_number_and_the_entry_form_says_so(qtbot: QtBot, worker: CatalogueWorker) -> None:
    window = start_with_new_profile(qtbot, worker, seeded_case(worker))
    fill_every_section(window)
    dialog = progress_form(qtbot, window)
    dialog.fields.widgets["date"].setText("next week")
    dialog.set_reading(window.plan["indicators"][0]["id"], "lots")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.status.isVisibleTo(dialog), timeout=WAIT_MS)
    assert "2026-03-31" in dialog.fields.errors["date"].text()
    assert "Night riders (riders per night): Enter a number" in dialog.reading_errors.text()
    assert dialog.isVisible() and planned(worker, lambda p: p.progress(window.plan["id"])) == []


def test_the_chart_places_readings_by_date_between_baseline_and_target() -> None:
    from desktop.plans.service import IndicatorSeries

    series = IndicatorSeries("i", "Riders", "per night", 0.0, 100.0,
                             [("2026-01-01", 20.0), ("2026-01-11", 60.0), ("2026-01-31", 50.0)])
    g = chart_geometry(series, 400, 200)
    assert g.low == 0 and g.high > 100
    assert g.target_y is not None and g.baseline_y is not None and g.target_y < g.baseline_y
    xs = [p.x() for p in g.points]
    assert xs[0] == g.plot.left() and xs[-1] == g.plot.right()
    assert abs((xs[1] - xs[0]) / (xs[2] - xs[0]) - 1 / 3) < 1e-6  # 10 of 30 days
    assert all(g.target_y < p.y() < g.baseline_y for p in g.points)
    assert g.points[1].y() < g.points[2].y() < g.points[0].y()


def test_the_programme_view_lists_transfers_by_stage_and_filters_them(
    qtbot: QtBot, worker: CatalogueWorker
) -> None:
    case_id = seeded_case(worker)
    hanoi = planned(worker, lambda p: p.save_profile({"name": "Hanoi", "country": "VN"}))
    cebu = planned(worker, lambda p: p.save_profile({"name": "Cebu", "country": "PH"}))
    first = planned(worker, lambda p: p.start_plan(case_id, hanoi["id"]))
    second = planned(worker, lambda p: p.start_plan(case_id, cebu["id"]))
    planned(worker, lambda p: p.add_progress(first["id"], {"date": "2026-02-01", "stage": "prototype"}))
    planned(worker, lambda p: p.add_progress(second["id"], {"date": "2026-02-01", "stage": "learn"}))
    planned(worker, lambda p: p.save_plan({**p.plan(second["id"]), "state": "approved"}))
    view = ProgrammeDialog(worker.tasks, worker.access)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=WAIT_MS)
    lines = {view.table.item(n, 1).text(): view.table.item(n, 2).text() for n in range(2)}
    assert lines == {"Seoul, KR → Hanoi, VN": "Prototype", "Seoul, KR → Cebu, PH": "Learn"}
    view.show()
    view.grab().save(str(SHOTS / "programme.png"))
    combo(view.stage, "prototype")
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=WAIT_MS)
    assert view.table.item(0, 1).text() == "Seoul, KR → Hanoi, VN"
    combo(view.stage, "")
    view.country.setText("ph")
    rows_where(qtbot, view, "Seoul, KR → Cebu, PH")
    assert view.table.item(0, 3).text() == "Approved"
    view.country.setText("")
    combo(view.state, "draft")
    rows_where(qtbot, view, "Seoul, KR → Hanoi, VN")


def test_a_profile_missing_its_name_is_not_saved_and_says_so_beside_the_field(
    qtbot: QtBot, worker: CatalogueWorker
) -> None:
    dialog = ProfilesDialog(worker.tasks, worker.access)
    qtbot.addWidget(dialog)
    dialog.fields.widgets["population"].setText("many")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.status.isVisibleTo(dialog) or not dialog.isVisible(), timeout=WAIT_MS)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.fields.errors["name"].text() != "", timeout=WAIT_MS)
    assert "whole number" in dialog.fields.errors["population"].text()
    assert dialog.fields.widgets["population"].text() == "many"
    assert planned(worker, lambda p: p.profiles()) == []
    dialog.grab().save(str(SHOTS / "profile-errors.png"))


def test_a_plan_from_scratch_compares_the_chosen_city(qtbot: QtBot, worker: CatalogueWorker) -> None:
    planned(worker, lambda p: p.save_profile({"name": "Chiang Mai", "country": "TH", "climate": "tropical"}))
    shown: list[PlanWindow] = []
    dialog = new_plan(None, worker.tasks, worker.access, shown.append)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=WAIT_MS)
    dialog.list.setCurrentRow(0)
    dialog.use_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    window = shown[0]
    assert window.fit.boxes == [] and "No source case" in window.intent.source.text()
    assert comparison(window)["Climate"] == "tropical"
    add = next(b for b in window.fit.findChildren(QPushButton) if b.text() == "Add component")
    add.click()
    box: ComponentBox = window.fit.boxes[0]
    box.fields.widgets["component"].setText("Route data")
    box.fields.widgets["component"].textEdited.emit("Route data")
    box.preconditions.add_button.click()
    box.preconditions.table.item(0, 1).setText("Taxi GPS feed")
    combo(box.preconditions.table.cellWidget(0, 2), "partly")
    assert window.risks.flagged.rowCount() == 1
    assert window.risks.flagged.item(0, 1).text() == "Medium"
    wait_saved(qtbot, window)
    assert planned(worker, lambda p: p.plan(window.plan["id"]))["fit"][0]["component"] == "Route data"


def test_ctrl_page_down_and_up_move_between_sections(qtbot: QtBot, worker: CatalogueWorker) -> None:
    window = start_with_new_profile(qtbot, worker, seeded_case(worker))
    window.activateWindow()
    assert window.current_section() == 0
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == window.section_list.count() - 1


def test_a_plan_exports_as_it_was_just_typed_and_the_programme_as_a_report(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path
) -> None:
    from docx import Document as WordFile

    window = start_with_new_profile(qtbot, worker, seeded_case(worker))
    window.intent.fields.widgets["intent.why"].setPlainText("Because night workers have no way home.")
    written: list[Path] = []
    window._when_saved(lambda: window.export(tmp_path / "plan.docx", "docx", written.append))
    qtbot.waitUntil(lambda: bool(written), timeout=WAIT_MS)
    text = "\n".join(p.text for p in WordFile(str(written[0])).paragraphs)
    assert "Because night workers have no way home." in text
    assert window.status.text().startswith("Exported to ")
    view = ProgrammeDialog(worker.tasks, worker.access)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=WAIT_MS)
    reports: list[Path] = []
    view.export(tmp_path / "report.md", "md", reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=WAIT_MS)
    assert "Da Nang" in reports[0].read_text(encoding="utf-8")


def test_a_pdf_with_a_script_no_font_shows_is_written_only_if_the_person_says_so(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.documents.fonts as fonts

    window = start_with_new_profile(qtbot, worker, seeded_case(worker))
    window.intent.fields.widgets["intent.why"].setPlainText("กรุงเทพมหานคร night buses")
    # A computer with no Thai font: what the export would draw as empty boxes.
    found = fonts.family_for
    monkeypatch.setattr(
        fonts, "family_for", lambda script: None if script == fonts.THAI else found(script)
    )
    asked: list[list[str]] = []
    window.ask_fonts = lambda scripts: asked.append(scripts) or False
    window._when_saved(lambda: window.export(tmp_path / "plan.pdf", "pdf"))
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT_MS)
    assert asked == [[fonts.THAI]]
    qtbot.waitUntil(lambda: window.status.text() == "Not exported: fonts missing", timeout=WAIT_MS)
    assert not (tmp_path / "plan.pdf").exists()
    written: list[Path] = []
    window.ask_fonts = lambda scripts: True
    window.export(tmp_path / "plan.pdf", "pdf", written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=WAIT_MS)
    assert written[0].read_bytes().startswith(b"%PDF")


def test_the_main_window_has_a_plans_menu_and_adapt_starts_a_plan(qtbot: QtBot, data_dir: Path) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.catalogue is not None, timeout=WAIT_MS)
    labels = [a.text().replace("&", "") for a in window.plans_menu.actions()]
    assert labels == ["Plans…", "New Plan…", "City Profiles…", "Programme View…", "Document Issuer…"]
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles.index("Plans") == titles.index("Help") - 1
    with sqlite3.connect(data_dir / "catalogue.db") as db:
        case_id, title = db.execute("SELECT id, title FROM cases ORDER BY title LIMIT 1").fetchone()
    window.case_view.adapt_requested.emit(case_id)
    qtbot.waitUntil(lambda: bool(window.findChildren(ProfilesDialog)), timeout=WAIT_MS)
    [dialog] = window.findChildren(ProfilesDialog)
    dialog.fields.widgets["name"].setText("Vientiane")
    dialog.use_button.click()
    qtbot.waitUntil(lambda: any(title in w.windowTitle() for w in OPEN_WINDOWS.values()), timeout=WAIT_MS)
    for plan_window in list(OPEN_WINDOWS.values()):
        plan_window.close()
    window.close()
