"""Spreadsheets from the window: the import dialog's mapping, preview, import and cancel, and exporting."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from desktop.search import SearchRequest
from desktop.ui.exchange.results_export import ResultsExporter
from desktop.ui.exchange.sheet_dialogs import SheetImportDialog
from tests.worker_helpers import WAIT_MS, CatalogueWorker, open_main_window

HEADER = ["Title", "City", "Country", "Year", "Themes", "SDGs"]


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def open_dialog(qtbot: QtBot, worker: CatalogueWorker) -> SheetImportDialog:
    dialog = SheetImportDialog(worker.tasks, worker.access)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def titles(worker: CatalogueWorker) -> set[str]:
    return worker.run(lambda: {case.title for case in worker.catalogue.all_cases()})


def test_a_bad_row_blocks_the_import_until_the_mapping_ignores_its_column(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path
) -> None:
    sheet = write_csv(
        tmp_path / "cases.csv",
        [
            HEADER,
            ["Bike library", "Pune", "IN", "2016", "transport", "11"],
            ["Tool shed", "Pune", "Narnia", "", "", ""],
        ],
    )
    dialog = open_dialog(qtbot, worker)
    dialog.load(sheet)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    rows = dialog.preview_rows()
    assert rows[0][:3] == ["3", "Error", "Tool shed"] and "Country" in rows[0][3], "errors are listed first"
    assert rows[1][:3] == ["2", "Create", "Bike library"]
    assert not dialog.import_button.isEnabled() and "nothing is imported" in dialog.message.text()
    assert dialog.mapping_combo("Year").currentData() == "year_started", "the mapping is guessed from headers"

    combo = dialog.mapping_combo("Country")
    dialog.plan = None
    combo.setCurrentIndex(combo.findData(None))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    assert [r[1] for r in dialog.preview_rows()] == ["Create", "Create"]
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as done:
        dialog.import_button.click()
    assert done.args[0]["created"] == 2
    assert {"Bike library", "Tool shed"} <= titles(worker)


def test_a_file_that_is_not_a_sheet_is_explained_in_the_dialog(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path
) -> None:
    broken = tmp_path / "cases.xlsx"
    broken.write_bytes(b"not a zip at all")
    dialog = open_dialog(qtbot, worker)
    dialog.load(broken)
    qtbot.waitUntil(lambda: "not an Excel workbook" in dialog.message.text(), timeout=WAIT_MS)
    assert not dialog.import_button.isEnabled() and dialog.preview_table.rowCount() == 0


@pytest.mark.parametrize("button", ["cancel_button", "close_button"])
def test_cancel_stops_an_import_and_changes_nothing(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path, button: str
) -> None:
    rows = [HEADER] + [[f"Case {n}", "Pune", "IN", "2020", "water", "6"] for n in range(300)]
    dialog = open_dialog(qtbot, worker)
    dialog.load(write_csv(tmp_path / "many.csv", rows))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    assert dialog.plan.counts["create"] == 300
    before = worker.run(lambda: worker.catalogue.count())
    release = worker.hold()
    dialog.import_button.click()
    assert dialog.cancel_button.isVisible()
    getattr(dialog, button).click()
    release.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.isVisible(), "the dialog stays to say the import was cancelled"
    assert worker.run(lambda: worker.catalogue.count()) == before


def test_results_are_exported_whole_on_the_worker(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path
) -> None:
    exporter = ResultsExporter(worker.tasks, worker.access)
    out = tmp_path / "seoul.xlsx"
    with qtbot.waitSignal(exporter.finished, timeout=WAIT_MS) as done:
        exporter.export_to(SearchRequest(text="city:seoul", limit=2), out)
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert len(rows) > 3, "every match, not the two on screen"
    assert str(len(rows) - 1) in done.args[0] and all(row[3] == "Seoul" for row in rows[1:])


def test_the_file_menu_imports_a_sheet_and_exports_the_results(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    sheet = write_csv(
        tmp_path / "cases.csv", [HEADER, ["Floating clinics", "Dhaka", "BD", "2019", "health", "3"]]
    )
    out = tmp_path / "results"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(sheet), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), "CSV UTF-8 (*.csv)"))
    window = open_main_window(qtbot, data_dir)
    before = window.results.rowCount()
    assert window.import_sheet_action in window.file_menu.actions()

    window.import_sheet_action.trigger()
    dialog = window.findChild(SheetImportDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    assert dialog.preview_rows()[0][:3] == ["2", "Create", "Floating clinics"]
    dialog.import_button.click()
    qtbot.waitUntil(
        lambda: "Sheet imported: 1 created" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: window.results.rowCount() == before + 1, timeout=WAIT_MS)

    window.export_results_action.trigger()
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    with (tmp_path / "results.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == before + 2 and "Floating clinics" in {row[1] for row in rows}


def _drop(window: Any, paths: list[Path]) -> bool:
    """Drag files over the window and drop them, as a file manager would; True if it accepted."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = window.rect().center()
    enter = QDragEnterEvent(
        centre, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    return True


def test_a_sheet_dropped_on_the_window_opens_its_import(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    first = write_csv(tmp_path / "first.csv", [HEADER, ["Rain gardens", "Semarang", "ID", "2020", "", ""]])
    second = write_csv(tmp_path / "second.csv", [HEADER, ["Tool library", "Pune", "IN", "2016", "", ""]])
    notes = tmp_path / "notes.txt"
    notes.write_text("not a sheet", encoding="utf-8")
    window = open_main_window(qtbot, data_dir)

    assert not _drop(window, [notes]), "only bundles and sheets are taken"
    assert window.findChild(SheetImportDialog) is None

    assert _drop(window, [first, second])
    dialog = window.findChild(SheetImportDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    assert dialog.preview_rows()[0][:3] == ["2", "Create", "Rain gardens"]
    assert "second.csv" not in dialog.file_label.text()
    assert "first.csv" in window.statusBar().currentMessage(), "the person is told the others wait"
