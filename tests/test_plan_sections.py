"""Each section of a plan is described once (desktop/plans/sections.py): a new plan starts with
every section as it says, the plan window's pages and the plan document's headings and labels read
it, the bundle checks take its shapes, and the store's own lists agree with it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.catalogue.validation import ValidationError
from desktop.documents.export import export_document
from desktop.plans import sections
from desktop.plans.document import plan_document
from desktop.plans.model import empty_plan
from desktop.plans.sections import CHOICE, DATE, OBJECT, PROSE, PlanColumn, PlanText, plan_sections
from desktop.plans.validation import check_plan
from desktop.store.migrations import PLAN_SECTIONS as PLAN_COLUMNS
from desktop.store.planning import JSON_COLUMNS, OUTCOMES_WITHHELD
from desktop.sync.bundle_records import JSON_SHAPES
from desktop.ui.plans.plan_sections import plan_sections as window_pages


def test_a_new_plan_starts_with_every_section_the_registry_names_empty() -> None:
    plan = empty_plan("Night buses")
    assert {name: plan[name] for name in PLAN_COLUMNS} == {s.name: s.empty() for s in plan_sections()}
    # Each plan starts with sections of its own, never one another plan also holds.
    plan["scaling"]["paths"].append("vertical")
    assert empty_plan()["scaling"]["paths"] == []


def test_the_store_and_the_bundle_checks_agree_with_the_registry() -> None:
    assert [s.name for s in plan_sections()] == list(PLAN_COLUMNS)
    assert JSON_COLUMNS["plans"] == {s.name for s in plan_sections() if s.shape != PROSE}
    assert OUTCOMES_WITHHELD["plans"] == {s.name for s in plan_sections() if not s.shared_as_outcome}
    for section in plan_sections():
        if section.shape != PROSE:
            shaped = JSON_SHAPES[section.name]
            assert shaped(section.empty())
            assert not shaped([] if section.shape == OBJECT else {}), section.name


@pytest.fixture
def relabelled(monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry with the resources section and its budget worded otherwise."""
    changed = []
    for section in sections.PLAN_SECTIONS:
        if section.name == "resources":
            budget = dataclasses.replace(section.texts[0], label="Money on hand", form_label="&Money on hand")
            section = dataclasses.replace(
                section, heading="Means", page="Means and people", texts=(budget, *section.texts[1:])
            )
        changed.append(section)
    monkeypatch.setattr(sections, "PLAN_SECTIONS", tuple(changed))


@pytest.mark.usefixtures("relabelled")
def test_a_section_worded_otherwise_in_the_registry_reads_so_in_the_window(qtbot: QtBot) -> None:
    pages = window_pages()
    for page in pages:
        qtbot.addWidget(page)
    [resources] = [page for page in pages if "resources.budget" in page.fields.widgets]
    assert resources.title == "Means and people"
    budget = resources.fields.widgets["resources.budget"]
    assert [label.text() for label in resources.findChildren(QLabel) if label.buddy() is budget] == [
        "&Money on hand"
    ]
    # Every labelled text of the registry has its field, on the page of its section.
    fields = {path for page in pages for path in page.fields.widgets}
    assert {f"{s.name}.{t.key}" for s in plan_sections() for t in s.texts} <= fields


@pytest.mark.usefixtures("relabelled")
def test_a_section_worded_otherwise_in_the_registry_reads_so_in_the_document(tmp_path: Path) -> None:
    plan = empty_plan("Night buses")
    plan["resources"]["budget"] = "Three buses from the city fleet"
    plan["signoff"]["date"] = "2026-03-31"
    markdown = export_document(plan_document(plan, None, None, [], []), "md", tmp_path / "plan.md")
    text = markdown.read_text(encoding="utf-8")
    assert "# Means" in text and "Money on hand" in text and "Three buses from the city fleet" in text
    for section in plan_sections():
        assert section.heading in text, section.name
        for labelled in section.texts:
            assert labelled.label in text, f"{section.name}.{labelled.key}"


@pytest.fixture
def with_start_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry with one more labelled text in the prototype section: a date."""
    starts = PlanText("starts", "Starts on", "S&tarts on", DATE)
    changed = tuple(
        dataclasses.replace(s, texts=(*s.texts, starts)) if s.name == "prototype" else s
        for s in sections.PLAN_SECTIONS
    )
    monkeypatch.setattr(sections, "PLAN_SECTIONS", changed)


@pytest.mark.usefixtures("with_start_date")
def test_a_text_added_to_a_section_is_checked_edited_and_written(qtbot: QtBot, tmp_path: Path) -> None:
    plan = empty_plan("Night buses")
    assert plan["prototype"]["starts"] == ""

    def exists(_id: str) -> bool:
        return True

    with pytest.raises(ValidationError) as refused:
        check_plan({**plan, "prototype": {**plan["prototype"], "starts": "soon"}}, exists, exists)
    assert [problem.field for problem in refused.value.problems] == ["prototype.starts"]
    checked = check_plan({**plan, "prototype": {**plan["prototype"], "starts": "2026-05-01"}}, exists, exists)
    assert checked["prototype"]["starts"] == "2026-05-01"

    pages = window_pages()
    for page in pages:
        qtbot.addWidget(page)
    [prototype] = [page for page in pages if "prototype.starts" in page.fields.widgets]
    assert "prototype.scope" in prototype.fields.widgets

    markdown = export_document(plan_document(checked, None, None, [], []), "md", tmp_path / "plan.md")
    assert "Starts on" in markdown.read_text(encoding="utf-8")


@pytest.fixture
def measures(monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry with the indicators' first column named otherwise and a choice column added."""
    changed = []
    for section in sections.PLAN_SECTIONS:
        if section.name == "indicators":
            first = dataclasses.replace(section.columns[0], label="Measure", form_label="Measure name")
            trend = PlanColumn("trend", "Trend", kind=CHOICE, choices=("rising", "falling"))
            section = dataclasses.replace(section, columns=(first, *section.columns[1:], trend))
        changed.append(section)
    monkeypatch.setattr(sections, "PLAN_SECTIONS", tuple(changed))


@pytest.mark.usefixtures("measures")
def test_the_columns_of_rows_are_read_from_the_registry(qtbot: QtBot, tmp_path: Path) -> None:
    pages = window_pages()
    for page in pages:
        qtbot.addWidget(page)
    [table] = [page.tables["indicators"] for page in pages if "indicators" in page.tables]
    headers = [table.table.horizontalHeaderItem(n).text() for n in range(table.table.columnCount())]
    assert headers == ["Measure name", "Unit", "Baseline", "Target", "Source", "Trend"]

    def exists(_id: str) -> bool:
        return True

    plan = empty_plan("Night buses")
    row = {"name": "Night riders", "unit": "trips", "baseline": "0", "target": "900", "source": ""}
    with pytest.raises(ValidationError) as refused:
        check_plan({**plan, "indicators": [{**row, "trend": "sideways"}]}, exists, exists)
    assert [problem.field for problem in refused.value.problems] == ["indicators[0].trend"]
    checked = check_plan({**plan, "indicators": [{**row, "trend": "rising"}]}, exists, exists)
    assert checked["indicators"][0]["trend"] == "rising"

    markdown = export_document(plan_document(checked, None, None, [], []), "md", tmp_path / "plan.md")
    text = markdown.read_text(encoding="utf-8")
    assert "| Measure | Unit | Baseline | Target | Source | Trend |" in text
    assert "Night riders" in text
