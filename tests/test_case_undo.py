"""Edit > Undo and Redo after saving a case in the editor: the stored case goes back and forth,
a new case goes away and comes back, and a case changed since (here or by a sync) is never
overwritten."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.store.errors import RecordNotFoundError
from desktop.store.records import Case
from desktop.sync.service import SyncService
from desktop.ui.case.case_editing import CaseEditing
from tests.sync_helpers import Device
from tests.test_case_editor import closing_discards, fill_in, is_stored, stored  # noqa: F401 (autouse fixture)
from tests.worker_helpers import WAIT_MS, CatalogueWorker, open_main_window, run_on_worker


@pytest.fixture
def editing(qtbot: QtBot, worker: CatalogueWorker) -> CaseEditing:
    window = QWidget()
    qtbot.addWidget(window)
    made = CaseEditing(worker.tasks, worker.access, worker.data_dir, window)
    made.report_refused = lambda message: pytest.fail(f"refused unexpectedly: {message}")
    return made


def content(case: Case) -> Case:
    """A case without the time it was stored, to compare what it holds."""
    return replace(case, updated_at="")


def seed_case(worker: CatalogueWorker, word: str) -> Case:
    return worker.run(lambda: next(c for c in worker.catalogue.all_cases() if word in c.title))


def save_edit(qtbot: QtBot, editing: CaseEditing, case_id: str, field: str, value: Any) -> None:
    """Open the case in the editor, change one field and save, as a person would."""
    editing.edit_case(case_id)
    qtbot.waitUntil(lambda: case_id in editing.editors, timeout=WAIT_MS)
    editor = editing.editors[case_id]
    editor._fields[field].put(value)
    with qtbot.waitSignal(editing.case_changed, timeout=WAIT_MS):
        editor.save()
    qtbot.waitUntil(lambda: case_id not in editing.editors, timeout=WAIT_MS)


def edited_by_a_sync(tmp_path: Path, seeded_template: Path, worker: CatalogueWorker, case_id: str) -> None:
    """Another device changes the case's summary and its bundle is imported here, on the worker."""
    other = Device(tmp_path / "other", "other", seeded_template)
    try:
        changed = other.catalogue.get(case_id)
        changed.summary = "Rewritten on the other laptop."
        other.catalogue.save(changed)
        paths = other.sync.export(tmp_path / "from-other.leaps")
    finally:
        other.close()

    def import_here() -> None:
        sync = SyncService(worker.catalogue, "here")
        for path in paths:
            sync.import_bundle(sync.read(path), "always")

    worker.run(import_here)


def test_undo_puts_back_the_case_as_it_was_before_the_save_and_redo_reapplies_it(
    qtbot: QtBot, worker: CatalogueWorker, editing: CaseEditing
) -> None:
    original = seed_case(worker, "Owl")
    save_edit(qtbot, editing, original.id, "lessons", "Start with one district.")
    edited = stored(worker.data_dir, original.id)
    assert edited.lessons == "Start with one district."
    assert editing.undo_stack.undoText() == f"Edit “{original.title}”"

    with qtbot.waitSignal(editing.case_changed, timeout=WAIT_MS) as changed:
        editing.undo_stack.undo()
    assert changed.args == [original.id]
    assert content(stored(worker.data_dir, original.id)) == content(original)
    assert editing.undo_stack.redoText() == f"Edit “{original.title}”"

    with qtbot.waitSignal(editing.case_changed, timeout=WAIT_MS):
        editing.undo_stack.redo()
    assert content(stored(worker.data_dir, original.id)) == content(edited)


def test_undoing_a_new_case_removes_it_and_redo_brings_it_back(
    qtbot: QtBot, worker: CatalogueWorker, editing: CaseEditing
) -> None:
    editor = editing.new_case()
    assert editor is not None
    fill_in(editor)
    with qtbot.waitSignal(editing.case_changed, timeout=WAIT_MS):
        editor.save()
    created = stored(worker.data_dir, editor.case_id)
    assert editing.undo_stack.undoText() == "New Case “Plastic bottles as bus fares”"

    with qtbot.waitSignal(editing.case_deleted, timeout=WAIT_MS) as deleted:
        editing.undo_stack.undo()
    assert deleted.args == [created.id]
    with pytest.raises(RecordNotFoundError):
        stored(worker.data_dir, created.id)
    assert "Plastic bottles as bus fares" not in worker.run(
        lambda: worker.catalogue.search_titles("bottle fare")
    )

    with qtbot.waitSignal(editing.case_changed, timeout=WAIT_MS):
        editing.undo_stack.redo()
    assert content(stored(worker.data_dir, created.id)) == content(created)
    assert "Plastic bottles as bus fares" in worker.run(lambda: worker.catalogue.search_titles("bottle fare"))


def test_a_save_that_changes_nothing_leaves_nothing_to_undo(
    qtbot: QtBot, worker: CatalogueWorker, editing: CaseEditing
) -> None:
    original = seed_case(worker, "Owl")
    save_edit(qtbot, editing, original.id, "lessons", original.lessons)
    assert editing.undo_stack.count() == 0


def test_two_saves_undo_one_at_a_time_back_to_the_first_version(
    qtbot: QtBot, worker: CatalogueWorker, editing: CaseEditing
) -> None:
    original = seed_case(worker, "Owl")
    save_edit(qtbot, editing, original.id, "lessons", "First thoughts.")
    save_edit(qtbot, editing, original.id, "title", "Owl buses, renamed")
    assert editing.undo_stack.undoText() == "Edit “Owl buses, renamed”"
    with qtbot.waitSignal(editing.case_changed, timeout=WAIT_MS):
        editing.undo_stack.undo()
    back_one = stored(worker.data_dir, original.id)
    assert (back_one.title, back_one.lessons) == (original.title, "First thoughts.")
    with qtbot.waitSignal(editing.case_changed, timeout=WAIT_MS):
        editing.undo_stack.undo()
    assert content(stored(worker.data_dir, original.id)) == content(original)


def test_undo_is_refused_when_a_sync_changed_the_case_since_and_nothing_changes(
    qtbot: QtBot,
    worker: CatalogueWorker,
    editing: CaseEditing,
    tmp_path: Path,
    seeded_template: Path,
) -> None:
    original = seed_case(worker, "Owl")
    save_edit(qtbot, editing, original.id, "lessons", "Start with one district.")
    edited_by_a_sync(tmp_path, seeded_template, worker, original.id)
    merged = stored(worker.data_dir, original.id)
    assert (merged.lessons, merged.summary) == ("Start with one district.", "Rewritten on the other laptop.")

    told: list[str] = []
    editing.report_refused = told.append
    editing.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert original.title in told[0] and "nothing was undone" in told[0]
    assert content(stored(worker.data_dir, original.id)) == content(merged)
    # The edit still stands, so the stack still offers to undo it (and would refuse again).
    assert editing.undo_stack.index() == 1 and not editing.undo_stack.canRedo()
    assert editing.undo_stack.undoText() == f"Edit “{original.title}”"


def test_redo_is_refused_when_the_case_changed_after_the_undo(
    qtbot: QtBot, worker: CatalogueWorker, editing: CaseEditing
) -> None:
    original = seed_case(worker, "Owl")
    save_edit(qtbot, editing, original.id, "lessons", "Start with one district.")
    with qtbot.waitSignal(editing.case_changed, timeout=WAIT_MS):
        editing.undo_stack.undo()
    # Changed outside the editor since the undo, as the command line would.
    worker.run(lambda: worker.catalogue.save(replace(original, costs="Two buses a year.")))

    told: list[str] = []
    editing.report_refused = told.append
    editing.undo_stack.redo()
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    assert "nothing was redone" in told[0]
    now = stored(worker.data_dir, original.id)
    assert (now.costs, now.lessons) == ("Two buses a year.", original.lessons)
    assert editing.undo_stack.index() == 0 and editing.undo_stack.canRedo()


def test_an_undo_asked_for_before_a_refusal_is_answered_waits_and_the_stack_matches_the_catalogue(
    qtbot: QtBot,
    worker: CatalogueWorker,
    editing: CaseEditing,
    tmp_path: Path,
    seeded_template: Path,
) -> None:
    deleted = seed_case(worker, "Cheonggyecheon")
    editing.confirm_delete = lambda _title: True
    with qtbot.waitSignal(editing.case_deleted, timeout=WAIT_MS):
        editing.delete_case(deleted.id, deleted.title)
    original = seed_case(worker, "Owl")
    save_edit(qtbot, editing, original.id, "lessons", "Start with one district.")
    edited_by_a_sync(tmp_path, seeded_template, worker, original.id)
    merged = stored(worker.data_dir, original.id)

    told: list[str] = []
    editing.report_refused = told.append
    release = worker.hold()
    editing.undo_stack.undo()  # the edit: refused, the sync changed the case
    editing.undo_stack.undo()  # the deletion: asked before the refusal came back
    release.set()
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    worker.run(lambda: None)  # the second undo's turn on the worker has passed too
    assert len(told) == 1 and original.title in told[0]
    assert not is_stored(worker.data_dir, deleted.id)
    assert content(stored(worker.data_dir, original.id)) == content(merged)
    assert editing.undo_stack.index() == 2 and editing.undo_stack.undoText() == f"Edit “{original.title}”"


def test_the_window_edit_menu_names_the_saved_case_and_undoes_it(qtbot: QtBot, data_dir: Path) -> None:
    window = open_main_window(qtbot, data_dir)
    original = run_on_worker(qtbot, window.tasks, lambda: window.catalogue.all_cases()[0])
    window.show_case(original.id)
    qtbot.waitUntil(lambda: window.shown_case == (original.id, original.title), timeout=WAIT_MS)
    window.case_actions.edit_shown_case()
    qtbot.waitUntil(lambda: original.id in window.editing.editors, timeout=WAIT_MS)
    editor = window.editing.editors[original.id]
    editor.title_edit.setText("A title saved by mistake")
    editor.save()
    qtbot.waitUntil(
        lambda: window.shown_case == (original.id, "A title saved by mistake"), timeout=WAIT_MS
    )
    assert window.case_actions.undo_action.text() == "&Undo Edit “A title saved by mistake”"

    window.case_actions.undo_action.trigger()
    qtbot.waitUntil(lambda: window.shown_case == (original.id, original.title), timeout=WAIT_MS)
    assert stored(data_dir, original.id).title == original.title
    assert window.case_actions.redo_action.text() == "&Redo Edit “A title saved by mistake”"
