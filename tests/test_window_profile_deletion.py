"""Deleting a city profile from its dialog, and plan drafts that never outlive their plan in the window."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.plans.drafts import drafted_plan_ids, load_plan_draft, save_plan_draft
from desktop.plans.service import Planning
from desktop.sync.service import SyncService
from desktop.text.language import load_translator
from desktop.ui.plans.plan_list import OPEN_WINDOWS, PlansDialog, notice_deleted_plans, open_plan
from desktop.ui.plans.plan_window import PlanWindow
from desktop.ui.plans.profile_dialog import ProfilesDialog
from tests.sync_helpers import Device
from tests.worker_helpers import WAIT_MS, CatalogueWorker


@pytest.fixture
def worker(worker: CatalogueWorker) -> Iterator[CatalogueWorker]:
    """The shared catalogue worker; plan windows left open close before the catalogue does."""
    yield worker
    for window in list(OPEN_WINDOWS.values()):
        window.close_without_saving()


@pytest.fixture
def english() -> Iterator[None]:
    """The app's English words installed, as the window installs them, for plural forms."""
    translator = load_translator("en")
    assert translator is not None
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def planned(worker: CatalogueWorker, work: Callable[[Planning], Any]) -> Any:
    """Run planning work on the catalogue thread and wait for its answer."""
    return worker.run(lambda: work(Planning(worker.catalogue)))


def profiles_dialog(qtbot: QtBot, worker: CatalogueWorker, names: list[str]) -> ProfilesDialog:
    """The profiles dialog listing a profile of each name."""
    for name in names:
        planned(worker, lambda p, name=name: p.save_profile({"name": name}))
    dialog = ProfilesDialog(worker.tasks, worker.access)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == len(names), timeout=WAIT_MS)
    return dialog


def choose(dialog: ProfilesDialog, name: str) -> dict[str, Any]:
    """Select a profile in the list by name, as a click does."""
    item = dialog.list.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    dialog.list.setCurrentItem(item)
    chosen = dialog.chosen_profile()
    assert chosen is not None
    return chosen


def names(worker: CatalogueWorker) -> list[str]:
    return [p["name"] for p in planned(worker, lambda p: p.profiles())]


def test_a_profile_is_deleted_from_the_dialog_once_the_question_is_answered_yes(
    qtbot: QtBot, worker: CatalogueWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = profiles_dialog(qtbot, worker, ["Da Nang", "Makassar"])
    assert not dialog.delete_button.isEnabled()  # nothing chosen yet
    choose(dialog, "Makassar")
    assert dialog.fields.widgets["name"].text() == "Makassar"
    assert dialog.delete_button.isEnabled()
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=WAIT_MS)
    # The name is the profile's own text, handed to the box escaped: this is what the box shows.
    shown = [QTextDocumentFragment.fromHtml(text).toPlainText() for text in asked]
    assert shown == ["Delete the city profile “Makassar”? This cannot be undone."]
    assert names(worker) == ["Da Nang"]
    assert dialog.fields.widgets["name"].text() == ""  # the form is cleared for a new profile
    assert not dialog.delete_button.isEnabled()


def test_a_profile_stays_when_the_question_is_answered_no(
    qtbot: QtBot, worker: CatalogueWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    dialog = profiles_dialog(qtbot, worker, ["Da Nang"])
    choose(dialog, "Da Nang")
    dialog.delete_button.click()
    dialog.reload()
    # The worker runs one task at a time, in order: this answer comes after the reload's (and after
    # a deletion, had one been queued).
    assert names(worker) == ["Da Nang"]
    assert dialog.list.count() == 1 and dialog.fields.widgets["name"].text() == "Da Nang"


def test_the_delete_key_on_the_list_deletes_but_not_in_a_field(qtbot: QtBot, worker: CatalogueWorker) -> None:
    dialog = profiles_dialog(qtbot, worker, ["Da Nang"])
    asked: list[str] = []
    dialog.confirm_delete = lambda name: bool(asked.append(name)) or True
    choose(dialog, "Da Nang")
    dialog.fields.widgets["name"].setFocus()
    qtbot.keyClick(dialog.fields.widgets["name"], Qt.Key.Key_Delete)
    assert asked == []
    dialog.list.setFocus()
    qtbot.waitUntil(dialog.list.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=WAIT_MS)
    assert asked == ["Da Nang"] and names(worker) == []


@pytest.mark.usefixtures("english")
def test_a_profile_a_plan_adapts_to_is_not_deleted_and_the_dialog_says_which_plan(
    qtbot: QtBot, worker: CatalogueWorker
) -> None:
    dialog = profiles_dialog(qtbot, worker, ["Makassar"])
    profile = choose(dialog, "Makassar")
    planned(worker, lambda p: p.save_plan({"title": "Night buses", "profile_id": profile["id"]}))
    dialog.confirm_delete = lambda _name: True
    dialog.delete_chosen()
    qtbot.waitUntil(lambda: dialog.status.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.status.text() == (
        "Not deleted: Makassar is the target city of 1 plan: “Night buses”. "
        "Delete the plan first, then this profile."
    )
    assert names(worker) == ["Makassar"]
    qtbot.waitUntil(lambda: dialog.chosen_profile() is not None, timeout=WAIT_MS)
    assert dialog.chosen_profile()["id"] == profile["id"]
    assert dialog.fields.widgets["name"].text() == "Makassar"


def open_window(qtbot: QtBot, worker: CatalogueWorker, plan_id: str) -> PlanWindow:
    shown: list[PlanWindow] = []
    open_plan(worker.tasks, worker.access, plan_id, shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    return shown[0]


def test_a_plan_deleted_from_the_list_closes_its_window_and_loses_its_draft_for_good(
    qtbot: QtBot, worker: CatalogueWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = planned(worker, lambda p: p.save_plan({"title": "Night buses"}))
    window = open_window(qtbot, worker, plan["id"])
    title = window.intent.fields.widgets["title"]
    title.clear()
    title.textEdited.emit("")  # not valid: kept as a draft
    window.save_now()
    qtbot.waitUntil(lambda: not window.has_unsaved_changes(), timeout=WAIT_MS)
    assert load_plan_draft(worker.data_dir, plan["id"]) is not None
    title.setText("Typed just before the deletion")
    title.textEdited.emit("Typed just before the deletion")  # its autosave waits
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    plans = PlansDialog(worker.tasks, worker.access)
    qtbot.addWidget(plans)
    qtbot.waitUntil(lambda: plans.table.rowCount() == 1, timeout=WAIT_MS)
    plans.delete_chosen()
    qtbot.waitUntil(lambda: plans.table.rowCount() == 0, timeout=WAIT_MS)
    assert plan["id"] not in OPEN_WINDOWS
    # Once the window is gone its autosave timer is too, and the worker's answers come in order: a
    # save that waited would be in the catalogue by the time the plans are listed.
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=WAIT_MS)
    assert planned(worker, lambda p: p.plans()) == []  # the waiting autosave did not bring it back
    assert drafted_plan_ids(worker.data_dir) == []


def test_opening_the_plans_list_discards_drafts_of_plans_that_are_gone(
    qtbot: QtBot, worker: CatalogueWorker
) -> None:
    plan = planned(worker, lambda p: p.save_plan({"title": "Night buses"}))
    gone = str(uuid.uuid4())  # a plan deleted by a sync, or before a crash
    for plan_id in (plan["id"], gone):
        save_plan_draft(worker.data_dir, plan_id, {"title": ""})
    plans = PlansDialog(worker.tasks, worker.access)
    qtbot.addWidget(plans)
    qtbot.waitUntil(lambda: plans.table.rowCount() == 1, timeout=WAIT_MS)
    assert drafted_plan_ids(worker.data_dir) == [plan["id"]]


def test_a_draft_of_a_missing_plan_is_never_offered(qtbot: QtBot, worker: CatalogueWorker) -> None:
    gone = str(uuid.uuid4())
    save_plan_draft(worker.data_dir, gone, {"title": "Left by a crash"})
    failures: list[str] = []
    worker.tasks.failed.connect(failures.append)
    open_plan(worker.tasks, worker.access, gone)
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert failures == [f"No plan has the id {gone}."]
    assert gone not in OPEN_WINDOWS


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Device]:
    """Another device, whose plans reach the worker's catalogue by bundle."""
    device = Device(tmp_path / "other", "field-laptop")
    yield device
    device.close()


def receive(worker: CatalogueWorker, other: Device) -> None:
    """Bring everything the other device holds into the worker's catalogue, through a bundle file."""
    [bundle] = other.sync.export(other.folder.parent / f"{uuid.uuid4()}.leaps")

    def import_it() -> None:
        sync = SyncService(worker.catalogue)
        sync.import_bundle(sync.read(bundle), "always")

    worker.run(import_it)


def type_title(window: PlanWindow, text: str) -> None:
    """Type a new title, as a person does: its autosave waits for a pause."""
    title = window.intent.fields.widgets["title"]
    title.setText(text)
    title.textEdited.emit(text)


def titles(worker: CatalogueWorker) -> list[str]:
    return [p["title"] for p in planned(worker, lambda p: p.plans())]


def test_a_plan_deleted_by_a_bundle_is_not_saved_back_by_its_window_which_keeps_the_edits_as_new(
    qtbot: QtBot, worker: CatalogueWorker, other: Device
) -> None:
    plan = Planning(other.catalogue).save_plan({"title": "Night buses"})
    receive(worker, other)
    window = open_window(qtbot, worker, plan["id"])
    Planning(other.catalogue).delete_plan(plan["id"])
    receive(worker, other)
    type_title(window, "Typed after the deletion came in")
    qtbot.waitUntil(lambda: window.deleted, timeout=WAIT_MS)  # its autosave was refused
    assert window.banner.isVisibleTo(window)
    assert "deleted on another device" in window.banner_text.text()
    assert "Your changes not yet saved are still here" in window.banner_text.text()
    assert not window.export_button.isEnabled() and not window.print_button.isEnabled()
    assert titles(worker) == [] and drafted_plan_ids(worker.data_dir) == []
    assert window.intent.fields.widgets["title"].text() == "Typed after the deletion came in"

    window.keep_button.click()
    qtbot.waitUntil(lambda: not window.deleted, timeout=WAIT_MS)
    [kept] = planned(worker, lambda p: p.plans())
    assert kept["title"] == "Typed after the deletion came in" and kept["id"] != plan["id"]
    assert OPEN_WINDOWS.get(kept["id"]) is window and plan["id"] not in OPEN_WINDOWS
    assert not window.banner.isVisibleTo(window) and window.export_button.isEnabled()
    saves = window.save_count
    type_title(window, "Night buses, kept")  # from now on it saves into the new plan
    qtbot.waitUntil(lambda: window.save_count > saves, timeout=WAIT_MS)
    assert titles(worker) == ["Night buses, kept"]


def test_a_window_hears_its_plan_was_deleted_by_a_sync_stops_saving_and_asks_before_dropping_edits(
    qtbot: QtBot, worker: CatalogueWorker, other: Device
) -> None:
    plan = Planning(other.catalogue).save_plan({"title": "Night buses"})
    receive(worker, other)
    window = open_window(qtbot, worker, plan["id"])
    Planning(other.catalogue).delete_plan(plan["id"])
    receive(worker, other)
    notice_deleted_plans(worker.tasks, worker.access)
    qtbot.waitUntil(lambda: window.deleted, timeout=WAIT_MS)
    assert "Keep it as a new plan, or close this window." in window.banner_text.text()

    type_title(window, "Typed once the deletion was shown")
    assert not window._timer.isActive()  # nothing waits to be saved into the deleted plan
    assert titles(worker) == []
    asked: list[bool] = []
    window.confirm_discard = lambda: bool(asked.append(True))  # answered Cancel: the window stays
    window.close()
    assert asked == [True] and window.isVisible() and OPEN_WINDOWS.get(plan["id"]) is window
    window.confirm_discard = lambda: True
    window.close()
    qtbot.waitUntil(lambda: plan["id"] not in OPEN_WINDOWS, timeout=WAIT_MS)
    assert titles(worker) == [] and drafted_plan_ids(worker.data_dir) == []


def test_a_deletion_kept_when_a_conflict_is_resolved_reaches_the_open_window(
    qtbot: QtBot, worker: CatalogueWorker, other: Device
) -> None:
    plan = Planning(other.catalogue).save_plan({"title": "Night buses"})
    receive(worker, other)
    window = open_window(qtbot, worker, plan["id"])
    Planning(other.catalogue).delete_plan(plan["id"])
    saves = window.save_count
    type_title(window, "Edited here before the deletion came")
    qtbot.waitUntil(lambda: window.save_count > saves, timeout=WAIT_MS)
    receive(worker, other)  # a deletion against an edit: a conflict, the plan stays
    notice_deleted_plans(worker.tasks, worker.access)
    [conflict] = worker.run(lambda: SyncService(worker.catalogue).conflicts())
    assert conflict.kind == "delete" and not window.deleted
    worker.run(lambda: SyncService(worker.catalogue).resolve(conflict.id, "theirs"))
    notice_deleted_plans(worker.tasks, worker.access)
    qtbot.waitUntil(lambda: window.deleted, timeout=WAIT_MS)
    assert titles(worker) == []


def test_a_plan_made_for_a_profile_deleted_elsewhere_shows_it_deleted_and_still_saves(
    qtbot: QtBot, worker: CatalogueWorker, other: Device
) -> None:
    on_other = Planning(other.catalogue)
    profile = on_other.save_profile({"name": "Makassar", "country": "ID"})
    receive(worker, other)
    on_other.delete_profile(profile["id"])
    plan = planned(worker, lambda p: p.save_plan({"title": "Night buses", "profile_id": profile["id"]}))
    receive(worker, other)
    assert planned(worker, lambda p: p.profiles()) == []
    window = open_window(qtbot, worker, plan["id"])
    assert window.intent.target.text() == "City profile deleted"
    saves = window.save_count
    type_title(window, "Night buses for Makassar")
    qtbot.waitUntil(lambda: window.save_count > saves, timeout=WAIT_MS)
    assert window.problems == {} and titles(worker) == ["Night buses for Makassar"]
    plans = PlansDialog(worker.tasks, worker.access)
    qtbot.addWidget(plans)
    qtbot.waitUntil(lambda: plans.table.rowCount() == 1, timeout=WAIT_MS)
    assert plans.table.item(0, 1).text() == "? → city profile deleted"


def test_the_main_window_tells_an_open_plan_window_a_bundle_deleted_its_plan(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, other: Device
) -> None:
    from tests.test_window_sync import click_in_next_dialog
    from tests.worker_helpers import open_main_window

    plan = Planning(other.catalogue).save_plan({"title": "Night buses"})
    [first] = other.sync.export(tmp_path / "first.leaps")
    main = open_main_window(qtbot, data_dir)
    buttons: list[str] = []
    click_in_next_dialog("Always trust", buttons)
    main.open_files([str(first)])
    qtbot.waitUntil(lambda: "Imported" in main.statusBar().currentMessage(), timeout=WAIT_MS)
    main.plans_menu.actions()[0].trigger()  # Plans…
    shown: list[PlanWindow] = []
    open_plan(main.tasks, lambda: main.catalogue, plan["id"], shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    window = shown[0]
    Planning(other.catalogue).delete_plan(plan["id"])
    [second] = other.sync.export(tmp_path / "second.leaps")
    click_in_next_dialog("Import", buttons)
    main.open_files([str(second)])
    try:
        qtbot.waitUntil(lambda: window.deleted, timeout=WAIT_MS)
        assert window.banner.isVisibleTo(window)
    finally:
        window.close_without_saving()
