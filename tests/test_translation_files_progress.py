"""Whole-catalogue translator files: progress to the total, and Cancel that leaves no file (export) or
the catalogue as it was, search index included (import); on the command line and in the window."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.catalogue.service import Catalogue
from desktop.catalogue.translations import Translations
from desktop.search import SearchRequest
from desktop.sheets.translation_files import export_translations, import_translations
from desktop.store.errors import CancelledError
from tests.sync_helpers import content
from tests.worker_helpers import WAIT_MS, CatalogueWorker

# A word no case holds: found only once the translations a translator typed are in.
TRANSLATED_WORD = "번역가의낱말"


def snapshot(catalogue: Catalogue) -> dict[str, list[tuple[Any, ...]]]:
    """Every record, version, conflict and kept deletion of the catalogue."""
    return content(SimpleNamespace(catalogue=catalogue))  # type: ignore[arg-type]


def translated_sheet(catalogue: Catalogue, out: Path) -> tuple[int, int]:
    """Export every case's fields for Korean to a CSV sheet, then type a translation into each row,
    as a translator would; the number of rows, and of cases they belong to."""
    export_translations(Translations(catalogue), "ko", out, None)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    at = rows[0].index("translation")
    for number, row in enumerate(rows[1:]):
        row[at] = f"{TRANSLATED_WORD} {number}"
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return len(rows) - 1, len({row[0] for row in rows[1:]})


def cancel_at(step: int) -> tuple[Callable[[int, int], None], Callable[[], bool], list[tuple[int, int]]]:
    """A progress function that asks to cancel once `step` is reported, and its cancel check."""
    seen: list[tuple[int, int]] = []
    flag = threading.Event()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= step:
            flag.set()

    return progress, flag.is_set, seen


def finds(catalogue: Catalogue, text: str) -> int:
    return catalogue.search(SearchRequest(text=text)).total


def test_a_whole_catalogue_export_reports_each_case_and_reaches_the_total(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    out = tmp_path / "ko.xlf"
    count = export_translations(
        Translations(catalogue), "ko", out, None, progress=lambda *step: seen.append(step)
    )
    cases = len(catalogue.all_cases())
    assert count > cases and out.exists()
    assert seen[-1] == (cases + 1, cases + 1), "a step per case, and the file written"
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)


@pytest.mark.parametrize("name", ["ko.xlsx", "ko.xlf"])
def test_an_export_cancelled_midway_leaves_no_file_and_an_earlier_one_as_it_was(
    catalogue: Catalogue, tmp_path: Path, name: str
) -> None:
    progress, cancelled, seen = cancel_at(5)
    out = tmp_path / "out" / name
    out.parent.mkdir()
    with pytest.raises(CancelledError, match="Export cancelled; no file was written"):
        export_translations(Translations(catalogue), "ko", out, None, progress=progress, cancelled=cancelled)
    assert list(out.parent.iterdir()) == [], "no file, whole or partial"
    assert 5 <= seen[-1][0] < seen[-1][1], "stopped midway"
    out.write_bytes(b"an earlier export")
    with pytest.raises(CancelledError):
        export_translations(
            Translations(catalogue), "ko", out, None, progress=cancel_at(5)[0], cancelled=lambda: True
        )
    assert out.read_bytes() == b"an earlier export" and list(out.parent.iterdir()) == [out]


@pytest.mark.parametrize("where", ["checking", "writing"])
def test_an_import_cancelled_midway_changes_nothing_search_included(
    catalogue: Catalogue, tmp_path: Path, where: str
) -> None:
    sheet = tmp_path / "ko.csv"
    rows, cases = translated_sheet(catalogue, sheet)
    before = snapshot(catalogue)
    # While checking, halfway through the rows; while writing, after the first cases are saved.
    step = rows // 2 if where == "checking" else rows + 3
    progress, cancelled, seen = cancel_at(step)
    with pytest.raises(CancelledError, match="Import cancelled; nothing was changed"):
        import_translations(Translations(catalogue), sheet, progress=progress, cancelled=cancelled)
    assert step <= seen[-1][0] < seen[-1][1]
    assert snapshot(catalogue) == before
    assert finds(catalogue, TRANSLATED_WORD) == 0, "the search index follows the catalogue back"
    seen.clear()
    changed, changed_cases = import_translations(
        Translations(catalogue), sheet, progress=lambda *step: seen.append(step)
    )
    assert (changed, changed_cases) == (rows, cases)
    assert seen[-1][0] == seen[-1][1], "progress reaches the total"
    assert finds(catalogue, TRANSLATED_WORD) > 0


def test_the_command_line_shows_progress_of_a_whole_catalogue_export_and_import(
    data_dir: Path, tmp_path: Path
) -> None:
    from tests.test_cli import leaps

    opened = Catalogue.open(data_dir)
    try:
        cases = len(opened.all_cases())
        rows, translated = translated_sheet(opened, tmp_path / "ko.csv")
    finally:
        opened.close()
    exported = leaps(data_dir, "translate", "export", "ko", str(tmp_path / "all.xlsx"))
    assert f"Reading cases: {cases + 1:,}/{cases + 1:,} (100%)" in exported.stderr
    assert exported.stdout.startswith("wrote ")
    imported = leaps(data_dir, "translate", "import", str(tmp_path / "ko.csv"))
    total = rows + translated
    assert f"Checking and saving fields: {total:,}/{total:,} (100%)" in imported.stderr
    assert imported.stdout == f"updated {rows} fields in {translated} cases\n"


def _paused_at(files: Any, step: int) -> tuple[threading.Event, threading.Event]:
    """Hold the worker when the work reports `step`, until released: the person presses Cancel then."""
    from PySide6.QtCore import Qt

    reached, release = threading.Event(), threading.Event()

    def pause(done: int, _total: int) -> None:
        if done == step:
            reached.set()
            release.wait(WAIT_MS / 1000)

    files.progressed.connect(pause, Qt.ConnectionType.DirectConnection)
    return reached, release


def _press_cancel(qtbot: QtBot, files: Any, reached: threading.Event, release: threading.Event) -> None:
    from PySide6.QtWidgets import QPushButton

    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    [cancel] = files.dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    release.set()


def test_cancel_in_the_window_stops_an_import_midway_and_changes_nothing(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path
) -> None:
    from desktop.ui.exchange.translator_files import TranslatorFiles

    sheet = tmp_path / "ko.csv"
    rows, _cases = worker.run(lambda: translated_sheet(worker.catalogue, sheet))
    before = worker.run(lambda: snapshot(worker.catalogue))
    files = TranslatorFiles(worker.tasks, worker.access)
    reached, release = _paused_at(files, rows + 2)
    with qtbot.waitSignal(files.finished, timeout=WAIT_MS) as finished:
        files.import_from(sheet)
        _press_cancel(qtbot, files, reached, release)
    assert finished.args == ["Import cancelled; nothing was changed."]
    assert worker.run(lambda: snapshot(worker.catalogue)) == before
    assert worker.run(lambda: finds(worker.catalogue, TRANSLATED_WORD)) == 0


def test_cancel_in_the_window_stops_an_export_midway_and_leaves_no_file(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path
) -> None:
    from desktop.ui.exchange.translator_files import TranslatorFiles

    files = TranslatorFiles(worker.tasks, worker.access)
    reached, release = _paused_at(files, 4)
    out = tmp_path / "out" / "ko.xlsx"
    out.parent.mkdir()
    with qtbot.waitSignal(files.finished, timeout=WAIT_MS) as finished:
        files.export_to("ko", out)
        _press_cancel(qtbot, files, reached, release)
    assert finished.args == ["Export cancelled; no file was written."]
    assert list(out.parent.iterdir()) == []


def test_the_file_menu_exports_every_translation_with_progress_to_the_total_and_imports_it_back(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from tests.worker_helpers import open_main_window

    out = tmp_path / "every-case-ko.xliff"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("ko", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(out), ""))
    window = open_main_window(qtbot, data_dir)
    labels = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert "Export Translations…" in labels and "Import Translations…" in labels
    [export_action] = [a for a in window.file_menu.actions() if a.text() == "Export &Translations…"]
    [import_action] = [a for a in window.file_menu.actions() if a.text() == "Import Tr&anslations…"]
    steps: list[tuple[int, int]] = []
    window.translator_files.progressed.connect(lambda *step: steps.append(step))
    export_action.trigger()
    qtbot.waitUntil(lambda: "Wrote" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    assert out.exists() and out.name in window.statusBar().currentMessage()
    assert steps[-1][0] == steps[-1][1] > 1, "the progress dialog reached the total"
    window.statusBar().clearMessage()
    import_action.trigger()
    qtbot.waitUntil(lambda: "Updated" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    said = window.statusBar().currentMessage()
    assert said.startswith("Updated 0 field") and " in 0 case" in said, "a round trip changes nothing"
