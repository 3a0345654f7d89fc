"""Exchanging bundles from the window: the import preview, trust, conflicts, devices."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.ui.exchange.conflicts_dialog import ConflictsDialog
from desktop.ui.exchange.sync_dialogs import ExportDialog
from tests.conftest import make_case
from tests.sync_helpers import Device, edit_on_each
from tests.worker_helpers import WAIT_MS, open_main_window


def click_in_next_dialog(label: str, seen: list[str]) -> None:
    """Press a button of the next modal dialog, as a person would, and note its text."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, press)
            return
        seen.append(" ".join(w.text().replace("&", "") for w in dialog.findChildren(QPushButton)))
        for button in dialog.findChildren(QPushButton):
            if button.text().replace("&", "") == label:
                button.click()
                return

    QTimer.singleShot(50, press)


def wait_for(qtbot: QtBot, condition: Callable[[], bool]) -> None:
    qtbot.waitUntil(condition, timeout=WAIT_MS)


def test_a_bundle_opened_on_the_window_is_previewed_then_imported(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    other = Device(tmp_path / "other", "field-laptop")
    case = make_case(title="Floating clinics on the river")
    other.catalogue.save(case)
    [bundle] = other.sync.export(tmp_path / "from-field.leaps")
    other.close()
    window = open_main_window(qtbot, data_dir)
    before = window.results.rowCount()
    buttons: list[str] = []
    click_in_next_dialog("Always trust", buttons)
    window.open_files([str(bundle)])
    wait_for(qtbot, lambda: window.results.rowCount() == before + 1)
    assert "Trust once" in buttons[0] and "Refuse" in buttons[0], "an unknown signer is asked about"
    assert "1 new" in window.statusBar().currentMessage() or window.results.rowCount() == before + 1


def test_a_damaged_bundle_is_explained_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    broken = tmp_path / "broken.leaps"
    broken.write_bytes(b"PK\x03\x04 this is not really a bundle")
    window = open_main_window(qtbot, data_dir)
    before = window.results.rowCount()
    messages: list[str] = []

    def read_message() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, read_message)
            return
        messages.append(dialog.text())
        dialog.close()

    QTimer.singleShot(50, read_message)
    window.open_files([str(broken)])
    wait_for(qtbot, lambda: bool(messages))
    assert "broken.leaps" in messages[0] and "damaged" in messages[0]
    assert window.results.rowCount() == before


def open_conflicts(qtbot: QtBot, mine: Device, theirs: Device) -> tuple[Any, ConflictsDialog]:
    """Close both devices, open the window on mine and its conflicts dialog, with one conflict listed."""
    theirs.close()
    mine.close()
    window = open_main_window(qtbot, mine.folder)
    window.sync.show_conflicts()
    dialog: ConflictsDialog = window.sync.conflicts_dialog
    wait_for(qtbot, lambda: dialog.listing.count() == 1)
    return window, dialog


def test_conflicts_are_listed_and_settled_from_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    mine = Device(tmp_path / "mine", "mine")
    theirs = Device(tmp_path / "theirs", "theirs")
    case = make_case()
    mine.catalogue.save(case)
    mine.send(theirs)
    edit_on_each(case.id, "title", {mine: "Title written here", theirs: "Title written there"})
    theirs.send(mine)
    window, dialog = open_conflicts(qtbot, mine, theirs)
    assert dialog.listing.item(0).text().endswith("— Title"), "the field as the person knows it"
    shown = dialog.diff.toPlainText()
    assert "Title written here" in shown and "Title written there" in shown
    dialog.keep_mine.click()
    wait_for(qtbot, lambda: dialog.listing.count() == 0)
    titles = lambda: {window.results.card(i).title for i in range(window.results.rowCount())}  # noqa: E731
    wait_for(qtbot, lambda: "Title written here" in titles() and "Title written there" not in titles())


def test_a_profile_deleted_while_edited_elsewhere_is_named_as_a_profile_in_the_conflicts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.plans.service import Planning

    mine = Device(tmp_path / "mine", "mine")
    theirs = Device(tmp_path / "theirs", "theirs")
    profile = Planning(mine.catalogue).save_profile({"name": "Da Nang", "country": "VN"})
    mine.send(theirs)
    Planning(theirs.catalogue).delete_profile(profile["id"])
    Planning(mine.catalogue).save_profile({**profile, "climate": "tropical monsoon"})
    theirs.send(mine)
    window, dialog = open_conflicts(qtbot, mine, theirs)
    shown = dialog.diff.toPlainText()
    assert "This city profile was deleted" in shown and "keep the profile with its edits" in shown


def test_devices_dialog_lists_peers_and_history(qtbot: QtBot, tmp_path: Path) -> None:
    mine = Device(tmp_path / "mine", "mine")
    theirs = Device(tmp_path / "theirs", "laptop-of-ana")
    theirs.catalogue.save(make_case())
    theirs.send(mine)
    theirs.close()
    mine.close()
    window = open_main_window(qtbot, tmp_path / "mine")
    window.sync.show_devices()
    wait_for(qtbot, lambda: window.sync.devices_dialog is not None)
    table = window.sync.devices_dialog.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "laptop-of-ana"


def fill_export_dialog(target: Path, seen: list[str], before_save: Callable[[], None] = lambda: None) -> None:
    """In the next export dialog, type where the bundle goes and press Save."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(50, fill)
            return
        dialog.file.setText(str(target))
        seen.append(dialog.problem.text())
        before_save()
        save = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Save"]
        save[0].click()
        seen.append(dialog.problem.text() if dialog.isVisible() else "")
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(50, fill)


def test_export_writes_the_bundle_with_progress(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
    window = open_main_window(qtbot, data_dir)
    labels: list[str] = []
    window.tasks.progressed.connect(lambda label, _done, _total: labels.append(label))
    fill_export_dialog(tmp_path / "for-the-office", [])
    window.sync.export_bundle()
    wait_for(qtbot, lambda: "Wrote" in window.statusBar().currentMessage())
    assert (tmp_path / "for-the-office.leaps").exists(), "the extension is added"
    assert "Exporting for-the-office.leaps" in labels
    assert not window.cancel_button.isVisible()
    receiver = Device(tmp_path / "receiver", "receiver")
    [report] = receiver.sync.import_files([tmp_path / "for-the-office.leaps"], "once")
    assert report.counts["new"] > 0
    receiver.close()


def test_a_cancelled_export_writes_nothing(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
    window = open_main_window(qtbot, data_dir)
    # The catalogue thread is kept busy until Cancel is pressed, so the export sees it from the start.
    release = threading.Event()
    fill_export_dialog(
        tmp_path / "cancelled.leaps", [], before_save=lambda: window.tasks.run(lambda: release.wait(20))
    )
    window.sync.export_bundle()
    wait_for(qtbot, window.cancel_button.isVisible)
    window.cancel_button.click()
    release.set()
    wait_for(qtbot, lambda: "cancelled" in window.statusBar().currentMessage())
    assert list(tmp_path.glob("cancelled*")) == []
    assert not window.cancel_button.isVisible()


def test_export_to_a_missing_folder_is_explained_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    window = open_main_window(qtbot, data_dir)
    seen: list[str] = []
    fill_export_dialog(tmp_path / "no such folder" / "x.leaps", seen)
    window.sync.export_bundle()
    wait_for(qtbot, lambda: len(seen) == 2)
    assert "no such folder" in seen[1] and "does not exist" in seen[1]
    assert not (tmp_path / "no such folder").exists()
