"""The smaller windows on a first afternoon: conflicts with nothing to settle, a bundle from this very
device, and a first start that logs no warning."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.catalogue.service import Catalogue
from desktop.ui.exchange.sync_dialogs import ImportPreviewDialog
from tests.worker_helpers import WAIT_MS, open_main_window, run_on_worker


def test_the_empty_conflicts_window_says_there_is_nothing_to_settle(qtbot: QtBot, data_dir: Path) -> None:
    window = open_main_window(qtbot, data_dir)
    window.sync.show_conflicts()
    dialog = window.sync.conflicts_dialog
    qtbot.waitUntil(lambda: dialog.summary.text() != "", timeout=WAIT_MS)
    assert dialog.nothing.isVisible() and "No conflicts to settle" in dialog.nothing.text()
    assert not dialog.merge_edit.isVisible() and not dialog.keep_mine.isVisible()
    dialog.close()


def test_a_bundle_from_this_device_says_so_and_counts_cases(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, data_dir)
    sync = run_on_worker(qtbot, window.tasks, window.sync.service)
    [bundle] = run_on_worker(qtbot, window.tasks, lambda: sync.export(tmp_path / "mine.leaps"))
    report = run_on_worker(qtbot, window.tasks, lambda: sync.preview(sync.read(bundle)))
    dialog = ImportPreviewDialog(report, window, sync.device_id)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"{report.signer_name} (this device)" in texts
    assert "Cases it adds or changes:" in texts and "Unchanged records:" in texts
    assert "Unchanged:" not in texts


def test_a_first_start_logs_no_warning_and_a_damaged_index_still_does(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        Catalogue.open(tmp_path / "fresh").close()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    assert "it will be built" in caplog.text
    caplog.clear()
    (tmp_path / "fresh" / "index" / "leaps-index.json").write_text("{broken", encoding="utf-8")
    with caplog.at_level(logging.INFO):
        Catalogue.open(tmp_path / "fresh").close()
    assert [r for r in caplog.records if r.levelno == logging.WARNING and "unusable" in r.getMessage()]
