"""Shortlists in the window: add cases while browsing, reorder, annotate, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.plans.service import Planning
from desktop.ui.browse.shortlists import ShortlistsWindow, add_to_shortlist
from tests.worker_helpers import WAIT_MS, CatalogueWorker, open_main_window, run_on_worker


@pytest.fixture
def setup(qtbot: QtBot, worker: CatalogueWorker) -> Any:
    """A parent window, the task runner and the catalogue on its thread, as the main window passes them."""
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent, worker.tasks, worker.catalogue


def test_cases_added_while_browsing_are_reordered_annotated_and_kept(
    qtbot: QtBot, setup: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent, tasks, catalogue = setup
    cases = run_on_worker(qtbot, tasks, lambda: [(c.id, c.title) for c in catalogue.all_cases()[:3]])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: ("New shortlist…", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Transport ideas for Makassar", True))
    add_to_shortlist(parent, tasks, catalogue, [cases[0][0], cases[1][0]])
    planning = Planning(catalogue)
    qtbot.waitUntil(lambda: bool(run_on_worker(qtbot, tasks, planning.shortlists)), timeout=WAIT_MS)
    [made] = run_on_worker(qtbot, tasks, planning.shortlists)
    assert made["name"] == "Transport ideas for Makassar" and len(made["items"]) == 2

    window = ShortlistsWindow(tasks, catalogue, parent)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.items.rowCount() == 2, timeout=WAIT_MS)
    assert window.items.item(0, 0).text() == cases[0][1]
    window.items.selectRow(0)
    window.move_selected(1)
    window.items.item(0, 2).setText("Ask Jakarta how they ran it")
    qtbot.waitUntil(lambda: window.status.text() == "Saved", timeout=WAIT_MS)
    kept = run_on_worker(qtbot, tasks, lambda: planning.shortlist(made["id"]))["items"]
    assert [i["case_id"] for i in kept] == [cases[1][0], cases[0][0]]
    assert kept[0]["note"] == "Ask Jakarta how they ran it"


def test_a_shortlist_exports_as_html_and_markdown(qtbot: QtBot, setup: Any, tmp_path: Path) -> None:
    parent, tasks, catalogue = setup
    planning = Planning(catalogue)

    def make() -> dict[str, Any]:
        case = next(c for c in catalogue.all_cases() if "Owl Bus" in c.title)
        return planning.save_shortlist(
            {"name": "밤 교통 ideas", "items": [{"case_id": case.id, "note": "Check the call data"}]}
        )

    run_on_worker(qtbot, tasks, make)
    window = ShortlistsWindow(tasks, catalogue, parent)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.items.rowCount() == 1, timeout=WAIT_MS)
    written: list[Path] = []
    for fmt in ("html", "md"):
        window.export(tmp_path / f"list.{fmt}", fmt, written.append)
    qtbot.waitUntil(lambda: len(written) == 2, timeout=WAIT_MS)
    page = (tmp_path / "list.html").read_text(encoding="utf-8")
    assert "밤 교통 ideas" in page and "Owl Bus" in page and "Check the call data" in page
    markdown = (tmp_path / "list.md").read_text(encoding="utf-8")
    assert "# 밤 교통 ideas" in markdown and "| Owl Bus" in markdown


def test_the_main_window_adds_the_selected_case_to_a_shortlist(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_main_window(qtbot, data_dir)
    window.result_table.setCurrentIndex(window.results.index(0, 0))
    first = window.results.card(0)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: ("New shortlist…", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("To read", True))
    window.shortlist_action.trigger()
    window.shortlists_action.trigger()
    shortlists = window.picked.shortlists_window
    assert shortlists is not None
    qtbot.waitUntil(lambda: shortlists.items.rowCount() == 1, timeout=WAIT_MS)
    assert shortlists.items.item(0, 0).text() == first.title
    window.close()


def test_ctrl_d_says_what_it_did_and_that_a_case_is_already_listed(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_main_window(qtbot, data_dir)
    window.result_table.setCurrentIndex(window.results.index(0, 0))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: ("New shortlist…", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Night ideas", True))
    window.shortlist_action.trigger()
    qtbot.waitUntil(lambda: "added" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    assert window.statusBar().currentMessage().startswith("1 case")
    assert "“Night ideas”" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: ("Night ideas", True))
    window.shortlist_action.trigger()
    qtbot.waitUntil(lambda: "already" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    assert "added" not in window.statusBar().currentMessage()
    [kept] = run_on_worker(qtbot, window.tasks, Planning(window.catalogue).shortlists)
    assert len(kept["items"]) == 1
