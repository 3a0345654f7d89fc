"""Choosing where to save an export: the suggested name, the format chosen, the extension added."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.kit.document_actions import ask_export_target
from desktop.ui.kit.save_dialog import ask_save_target
from tests.worker_helpers import CatalogueWorker

SHEETS = {"xlsx": "Excel workbook (*.xlsx)", "csv": "CSV UTF-8 (*.csv)"}


def answer(monkeypatch: pytest.MonkeyPatch, path: str, chosen: str) -> list[tuple[Any, ...]]:
    """Make the save dialog answer `path` with filter `chosen`; returns what it was asked."""
    asked: list[tuple[Any, ...]] = []

    def dialog(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return path, chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return asked


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_name_without_an_extension_gets_the_chosen_format(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked = answer(monkeypatch, str(tmp_path / "results"), SHEETS["csv"])
    assert ask_save_target(parent, "Export results", "results", SHEETS) == (tmp_path / "results.csv", "csv")
    assert Path(asked[0][2]).name == "results.xlsx", "the first format is suggested"


def test_the_dialog_opens_in_the_documents_folder_then_where_that_kind_of_file_went(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDir, QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = documents if Path(documents).is_dir() else QDir.homePath()
    asked = answer(monkeypatch, str(tmp_path / "results.csv"), SHEETS["csv"])
    ask_save_target(parent, "Export results", "results", SHEETS)
    assert Path(asked[0][2]).parent == Path(expected), "not the program's own folder"
    ask_save_target(parent, "Export results", "results", SHEETS)
    assert Path(asked[1][2]).parent == tmp_path, "sheets go where the last sheet went"
    ask_export_target(parent, "Export case", "Owl Bus")
    assert Path(asked[2][2]).parent == Path(expected), "documents keep their own folder"


def test_a_typed_extension_of_an_offered_format_is_kept(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answer(monkeypatch, str(tmp_path / "plan.PDF"), "")
    assert ask_export_target(parent, "Export plan", "Plan") == (tmp_path / "plan.PDF", "pdf")


def test_a_title_with_slashes_is_suggested_as_a_safe_file_name_and_cancel_gives_nothing(
    parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, "", "")
    assert ask_export_target(parent, "Export plan", "Bus/BRT: Jakarta?") is None
    assert Path(asked[0][2]).name == "BusBRT Jakarta.docx"


def test_attaching_files_opens_in_documents_then_where_the_last_file_came_from(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, worker: CatalogueWorker
) -> None:
    from PySide6.QtCore import QDir, QStandardPaths

    from desktop.ui.case.case_editor import CaseEditor

    asked: list[tuple[Any, ...]] = []
    picked = tmp_path / "photos" / "market.png"

    def dialog(*args: Any) -> tuple[list[str], str]:
        asked.append(args)
        return [str(picked)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", dialog)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = documents if Path(documents).is_dir() else QDir.homePath()
    picked.parent.mkdir()
    editor = CaseEditor(worker.tasks, worker.catalogue)
    qtbot.addWidget(editor)
    editor.choose_files()
    assert Path(asked[0][2]) == Path(expected), "not the program's own folder"
    editor.choose_files()
    assert Path(asked[1][2]) == picked.parent, "where the last attachment came from"
