"""Plan windows and documents name kinds of precondition and a deleted source case in their language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.catalogue.service import Catalogue
from desktop.plans.document import export_plan
from desktop.plans.service import Planning
from desktop.text.language import load_translator
from desktop.ui.i18n import install_translators
from desktop.ui.plans.plan_fields import ChoiceBox
from desktop.ui.plans.plan_list import open_plan, summary_cells
from desktop.ui.plans.plan_window import PlanWindow
from tests.conftest import make_case
from tests.test_cli import leaps
from tests.test_window_plans import combo, planned, wait_saved, worker  # noqa: F401 (closes plan windows)
from tests.worker_helpers import WAIT_MS, CatalogueWorker


@pytest.fixture
def korean() -> Iterator[None]:
    """The window speaks Korean; English comes back after the test."""
    install_translators("ko")
    yield
    install_translators("en")


def plan_for_a_case(planning: Planning, *, unmet: bool = False) -> tuple[str, str]:
    """(plan id, case id) of a plan adapting a case whose core components need a budget."""
    case = make_case(title="Rainwater tanks")
    planning.catalogue.save(case)
    profile = planning.save_profile({"name": "Hanoi", "country": "VN"})
    plan = planning.start_plan(case.id, profile["id"])
    if unmet:
        plan["fit"][0]["preconditions"][0]["status"] = "not met"
        planning.save_plan(plan)
    return plan["id"], case.id


def opened(qtbot: QtBot, worker: CatalogueWorker, plan_id: str) -> PlanWindow:  # noqa: F811
    shown: list[PlanWindow] = []
    open_plan(worker.tasks, worker.access, plan_id, shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    return shown[0]


def summary(worker: CatalogueWorker, plan_id: str) -> dict[str, Any]:  # noqa: F811
    """A plan's line in the plans list."""
    return planned(worker, lambda p: next(s for s in p.plans() if s["id"] == plan_id))


def test_the_korean_fit_check_names_kinds_and_keeps_their_codes(
    qtbot: QtBot,
    worker: CatalogueWorker,  # noqa: F811
    korean: None,
) -> None:
    plan_id, _case = planned(worker, plan_for_a_case)
    window = opened(qtbot, worker, plan_id)
    table = window.fit.boxes[0].preconditions.table
    kind = table.cellWidget(0, 0)
    assert isinstance(kind, ChoiceBox) and (kind.currentText(), kind.value()) == ("예산", "budget")
    combo(table.cellWidget(0, 2), "not met")
    assert "Part 0: A small fund (예산, 미충족)" in window.fit.flagged.text()
    assert window.risks.flagged.item(0, 0).text() == "Part 0: A small fund (예산, 미충족)"
    combo(kind, "skills")
    assert kind.currentText() == "역량"
    wait_saved(qtbot, window)
    saved = planned(worker, lambda p: p.plan(plan_id))
    assert saved["fit"][0]["preconditions"][0]["kind"] == "skills"
    assert saved["fit"][1]["preconditions"][0]["kind"] == "budget"


def test_a_plan_whose_case_was_deleted_says_so(
    qtbot: QtBot,
    worker: CatalogueWorker,  # noqa: F811
    korean: None,
) -> None:
    plan_id, case_id = planned(worker, plan_for_a_case)
    worker.run(lambda: worker.catalogue.delete(case_id))
    assert summary(worker, plan_id)["case_deleted"]
    assert opened(qtbot, worker, plan_id).intent.source.text() == "원본 사례 삭제됨"
    scratch = planned(worker, lambda p: p.create_plan({"title": "From nothing"}))
    assert not summary(worker, scratch["id"])["case_deleted"]
    assert opened(qtbot, worker, scratch["id"]).intent.source.text() == "원본 사례 없음"


def test_the_plans_list_says_a_plans_source_case_was_deleted(
    worker: CatalogueWorker,  # noqa: F811
    korean: None,
) -> None:
    plan_id, case_id = planned(worker, plan_for_a_case)
    assert summary_cells(summary(worker, plan_id))[0] == "Rainwater tanks"
    worker.run(lambda: worker.catalogue.delete(case_id))
    assert summary_cells(summary(worker, plan_id))[0] == "원본 사례 삭제됨"
    scratch = planned(worker, lambda p: p.create_plan({"title": "From nothing"}))
    assert summary_cells(summary(worker, scratch["id"]))[0] == "(새로 작성)"


def test_documents_word_flagged_risks_in_their_own_language(catalogue: Catalogue, tmp_path: Path) -> None:
    planning = Planning(catalogue)
    plan_id, _case = plan_for_a_case(planning, unmet=True)
    korean_window = load_translator("ko")
    assert korean_window is not None
    QCoreApplication.installTranslator(korean_window)
    try:
        english = export_plan(planning, plan_id, "md", tmp_path / "plan.md").read_text(encoding="utf-8")
        planning.save_plan({**planning.plan(plan_id), "language": "ko"})
        korean = export_plan(planning, plan_id, "md", tmp_path / "계획.md").read_text(encoding="utf-8")
    finally:
        QCoreApplication.removeTranslator(korean_window)
    assert "Part 0: A small fund (budget, not met) (flagged by the fit check)" in english
    assert "Part 0: A small fund (예산, 미충족)" in korean and "(budget, not met)" not in korean


def test_the_command_line_words_flagged_risks_in_english(catalogue: Catalogue, data_dir: Path) -> None:
    plan_id, _case = plan_for_a_case(Planning(catalogue), unmet=True)
    catalogue.close()
    shown = leaps(data_dir, "plan", "show", plan_id).stdout
    assert "risk: Part 0: A small fund (budget, not met) (flagged by the fit check)" in shown
