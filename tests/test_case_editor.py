"""The case editor and the Case menu's work, driven as a person would: fill in, reorder, attach,
save, crash and come back, delete and undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.catalogue.attachments import MAX_ATTACHMENT_BYTES
from desktop.catalogue.drafts import pending_drafts
from desktop.catalogue.service import Catalogue
from desktop.store.errors import RecordNotFoundError
from desktop.ui.case.case_editing import CaseEditing
from desktop.ui.case.case_editor import CaseEditor
from tests.test_render import png_bytes
from tests.worker_helpers import WAIT_MS, CatalogueWorker, open_main_window, run_on_worker


@pytest.fixture(autouse=True)
def closing_discards(monkeypatch: pytest.MonkeyPatch) -> None:
    """Editors left open when a test ends close without a question box waiting for a click."""
    monkeypatch.setattr(CaseEditor, "_ask_unsaved", lambda _self: QMessageBox.StandardButton.Discard)


@pytest.fixture
def editing(qtbot: QtBot, worker: CatalogueWorker) -> CaseEditing:
    window = QWidget()
    qtbot.addWidget(window)
    return CaseEditing(worker.tasks, worker.access, worker.data_dir, window)


def new_editor(qtbot: QtBot, worker: CatalogueWorker) -> CaseEditor:
    editor = CaseEditor(worker.tasks, worker.catalogue)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def fill_in(editor: CaseEditor) -> None:
    """Every required field of a new case, as typed into the form."""
    values = {
        "title": "Plastic bottles as bus fares",
        "local_title": "Bayar bus pakai botol",
        "summary": "Riders pay with plastic bottles.",
        "problem": "Plastic waste and car traffic.",
        "approach": "Bottles are accepted as fares.",
        "results": "Tonnes of plastic collected.",
        "city": "Surabaya",
        "country": "ID",
        "region": "South-East Asia",
        "latitude": -7.25,
        "longitude": 112.75,
        "year_started": 2018,
        "stage": "scaled",
        "themes": ["waste", "transport"],
        "sdgs": [11, 12],
        "curation": "reviewed",
        "sources": [
            {
                "id": "",
                "title": "City page",
                "url": "https://example.org/bus",
                "citation": "",
                "date": "2019",
                "reliability": "Official",
            }
        ],
    }
    for key, value in values.items():
        editor._fields[key].put(value)
    for name in ("Bottle fare", "Recycling partner", "Green bus route"):
        editor.components.add_component()
        editor.components.name.setText(name)
        editor.components.description.setPlainText(f"{name}: what it is")
        editor.components.mechanism.setPlainText(f"{name}: how it works")


def stored(data_dir: Path, case_id: str) -> Any:
    """The case as a fresh connection to the catalogue file reads it."""
    reopened = Catalogue(data_dir)
    try:
        return reopened.get(case_id)
    finally:
        reopened.close()


def is_stored(data_dir: Path, case_id: str) -> bool:
    """True once the catalogue file holds the case."""
    try:
        stored(data_dir, case_id)
    except RecordNotFoundError:
        return False
    return True


def test_a_missing_title_is_shown_beside_the_field_and_save_says_what_is_missing(
    qtbot: QtBot, worker: CatalogueWorker
) -> None:
    editor = new_editor(qtbot, worker)
    fill_in(editor)
    editor.title_edit.setText("")
    qtbot.waitUntil(lambda: "is required" in editor.error_text("title"))
    assert editor.error_text("city") == ""
    assert "Title: is required" in editor.save_button.toolTip()
    editor.save_button.click()
    assert "Not saved" in editor.status.text() and "Title: is required" in editor.status.text()
    assert editor.tabs.currentIndex() == 0 and editor.isVisible()
    with pytest.raises(RecordNotFoundError):
        stored(worker.data_dir, editor.case_id)


def test_components_are_added_reordered_and_removed(qtbot: QtBot, worker: CatalogueWorker) -> None:
    editor = new_editor(qtbot, worker)
    fill_in(editor)
    parts = editor.components
    parts.list.setCurrentRow(2)
    parts.move_component(-1)
    assert [c["name"] for c in parts.values()] == ["Bottle fare", "Green bus route", "Recycling partner"]
    parts.list.setCurrentRow(0)
    parts.move_component(-1)  # already first: nothing moves
    parts.add_precondition()
    parts.preconditions.item(0, 1).setText("A bus depot that can store bottles")
    assert parts.values()[0]["preconditions"] == [
        {"kind": "data", "text": "A bus depot that can store bottles"}
    ]
    parts.add_component()
    parts.name.setText("Spare")
    parts.remove_component()
    assert [c["name"] for c in parts.values()] == ["Bottle fare", "Green bus route", "Recycling partner"]
    assert parts.list.item(1).text() == "Green bus route"


def test_save_persists_every_field_and_the_search_finds_it(qtbot: QtBot, worker: CatalogueWorker) -> None:
    editor = new_editor(qtbot, worker)
    fill_in(editor)
    editor.components.list.setCurrentRow(2)
    editor.components.move_component(-1)
    editor.body.setPlainText("## Details\n\nBottles are **weighed** at the depot.")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    case = stored(worker.data_dir, editor.case_id)
    assert case.title == "Plastic bottles as bus fares" and case.local_title == "Bayar bus pakai botol"
    assert (case.country, case.region, case.year_started, case.stage) == (
        "ID",
        "South-East Asia",
        2018,
        "scaled",
    )
    assert case.themes == ["waste", "transport"] and case.sdgs == [11, 12] and case.curation == "reviewed"
    assert [c.name for c in case.components] == ["Bottle fare", "Green bus route", "Recycling partner"]
    assert case.sources[0].reliability == "Official" and "weighed" in case.body
    assert "Plastic bottles as bus fares" in worker.run(lambda: worker.catalogue.search_titles("bottle fare"))
    assert pending_drafts(worker.data_dir) == []


def test_editing_an_existing_case_changes_only_what_was_edited(
    qtbot: QtBot, worker: CatalogueWorker, editing: CaseEditing
) -> None:
    original = worker.run(lambda: worker.catalogue.all_cases()[0])
    editing.edit_case(original.id)
    qtbot.waitUntil(lambda: original.id in editing.editors, timeout=WAIT_MS)
    editor = editing.editors[original.id]
    assert not editor.is_dirty() and editor.problems() == []
    editor._fields["lessons"].put("Start with one district.")
    with qtbot.waitSignal(editing.case_changed, timeout=WAIT_MS):
        editor.save()
    case = stored(worker.data_dir, original.id)
    assert case.lessons == "Start with one district."
    assert (case.title, case.components, case.sources) == (
        original.title,
        original.components,
        original.sources,
    )


def test_an_attachment_over_the_cap_is_refused_and_nothing_is_added(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path
) -> None:
    editor = new_editor(qtbot, worker)
    big = tmp_path / "site video.mp4"
    with big.open("wb") as file:
        file.truncate(MAX_ATTACHMENT_BYTES + 1)
    blobs_before = worker.run(lambda: worker.catalogue.db["attachment_blobs"].count)
    editor.add_files([big])
    qtbot.waitUntil(lambda: "at most 10 MB" in editor.attachments.message.text(), timeout=WAIT_MS)
    assert "site video.mp4" in editor.attachments.message.text()
    assert editor.attachments.values() == []
    assert worker.run(lambda: worker.catalogue.db["attachment_blobs"].count) == blobs_before


def test_an_image_attached_shows_in_the_preview_and_on_the_saved_case(
    qtbot: QtBot, worker: CatalogueWorker, tmp_path: Path
) -> None:
    editor = new_editor(qtbot, worker)
    fill_in(editor)
    picture = tmp_path / "depot.png"
    picture.write_bytes(png_bytes(4, 4))
    editor.add_files([picture])
    qtbot.waitUntil(lambda: len(editor.attachments.values()) == 1, timeout=WAIT_MS)
    attached = editor.attachments.values()[0]
    assert attached["media_type"] == "image/png" and attached["size"] == picture.stat().st_size
    editor.body.setPlainText(f"![depot](leaps-attachment:{attached['sha256']})")
    qtbot.waitUntil(lambda: "depot" in editor.preview.toHtml(), timeout=WAIT_MS)
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        editor.save()
    case = stored(worker.data_dir, editor.case_id)
    assert [a.filename for a in case.attachments] == ["depot.png"]
    assert worker.run(lambda: worker.catalogue.attachment_bytes(attached["sha256"])) == picture.read_bytes()


def test_a_draft_is_autosaved_and_offered_back_after_a_crash(
    qtbot: QtBot, worker: CatalogueWorker, editing: CaseEditing
) -> None:
    editor = new_editor(qtbot, worker)
    editor.autosave_timer.setInterval(50)
    fill_in(editor)
    editor.title_edit.setText("Unsaved bottle fares")
    qtbot.waitUntil(
        lambda: [d.title for d in pending_drafts(worker.data_dir)] == ["Unsaved bottle fares"],
        timeout=WAIT_MS,
    )
    # The power goes: the editor vanishes without closing, saving or discarding.
    editor.autosave_timer.stop()
    editor.hide()

    offered: list[str] = []
    editing.ask_about_draft = lambda draft: offered.append(draft.title) or True
    editing.offer_drafts()
    assert offered == ["Unsaved bottle fares"]
    restored = editing.editors[editor.case_id]
    assert restored.title_edit.text() == "Unsaved bottle fares" and restored.is_new and restored.is_dirty()
    assert [c["name"] for c in restored.components.values()] == [
        "Bottle fare",
        "Recycling partner",
        "Green bus route",
    ]
    with qtbot.waitSignal(restored.saved, timeout=WAIT_MS):
        restored.save()
    assert stored(worker.data_dir, editor.case_id).title == "Unsaved bottle fares"
    assert pending_drafts(worker.data_dir) == []


def test_a_draft_can_be_discarded_when_offered(
    qtbot: QtBot, worker: CatalogueWorker, editing: CaseEditing
) -> None:
    editor = new_editor(qtbot, worker)
    editor.title_edit.setText("Throwaway")
    editor.autosave()
    editor.autosave_timer.stop()
    editing.ask_about_draft = lambda _draft: False
    editing.offer_drafts()
    assert pending_drafts(worker.data_dir) == [] and editing.editors == {}


def test_escape_asks_before_closing_with_unsaved_changes(qtbot: QtBot, worker: CatalogueWorker) -> None:
    editor = new_editor(qtbot, worker)
    editor.title_edit.setText("Half typed")
    editor.autosave()
    asked: list[bool] = []

    def cancel() -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    editor.ask_unsaved = cancel
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked and editor.isVisible() and pending_drafts(worker.data_dir)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and pending_drafts(worker.data_dir) == []


def test_escape_closes_at_once_when_nothing_changed(qtbot: QtBot, worker: CatalogueWorker) -> None:
    editor = new_editor(qtbot, worker)
    editor.ask_unsaved = lambda: pytest.fail("nothing to ask about")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_delete_asks_and_undo_brings_the_case_back_in_sqlite_and_search(
    qtbot: QtBot, worker: CatalogueWorker, editing: CaseEditing
) -> None:
    target = worker.run(lambda: next(c for c in worker.catalogue.all_cases() if "Owl" in c.title))
    editing.confirm_delete = lambda _title: False
    assert not editing.delete_case(target.id, target.title)
    assert editing.undo_stack.count() == 0

    editing.confirm_delete = lambda title: title == target.title
    with qtbot.waitSignal(editing.case_deleted, timeout=WAIT_MS):
        assert editing.delete_case(target.id, target.title)
    with pytest.raises(RecordNotFoundError):
        stored(worker.data_dir, target.id)
    assert target.title not in worker.run(lambda: worker.catalogue.search_titles("night bus"))
    assert editing.undo_stack.canUndo() and target.title in editing.undo_stack.undoText()

    with qtbot.waitSignal(editing.case_changed, timeout=WAIT_MS):
        editing.undo_stack.undo()
    back = stored(worker.data_dir, target.id)
    assert back.title == target.title and back.components == target.components
    assert target.title in worker.run(lambda: worker.catalogue.search_titles("night bus"))

    with qtbot.waitSignal(editing.case_deleted, timeout=WAIT_MS):
        editing.undo_stack.redo()
    with pytest.raises(RecordNotFoundError):
        stored(worker.data_dir, target.id)


# The main window's Case and Edit menus


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Any:
    return open_main_window(qtbot, data_dir)


def test_window_deletes_the_shown_case_and_undo_brings_it_back(qtbot: QtBot, window: Any) -> None:
    first = run_on_worker(qtbot, window.tasks, lambda: window.catalogue.all_cases()[0])
    case_id, title = first.id, first.title
    window.show_case(case_id)
    qtbot.waitUntil(lambda: window.shown_case == (case_id, title), timeout=WAIT_MS)
    assert window.case_actions.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)

    window.editing.confirm_delete = lambda asked: asked == title
    window.case_actions.delete_shown_case()
    # The page leaves the deleted case; the refreshed results may at once show the next one.
    undo = window.case_actions.undo_action
    qtbot.waitUntil(lambda: (window.shown_case or ("",))[0] != case_id and undo.isEnabled(), timeout=WAIT_MS)
    with pytest.raises(RecordNotFoundError):
        stored(window.data_dir, case_id)

    window.case_actions.undo_action.trigger()
    qtbot.waitUntil(lambda: is_stored(window.data_dir, case_id), timeout=WAIT_MS)
    assert stored(window.data_dir, case_id).title == title


def test_window_new_and_edit_open_the_editor(qtbot: QtBot, window: Any) -> None:
    editor = window.editing.new_case()
    assert editor is not None and editor.isVisible() and editor.is_new
    editor.reject()
    window.tasks.run(lambda: window.catalogue.all_cases()[0], lambda case: window.show_case(case.id))
    qtbot.waitUntil(lambda: window.shown_case is not None and window.shown_case[1] != "", timeout=WAIT_MS)
    case_id, title = window.shown_case
    window.case_actions.edit_shown_case()
    qtbot.waitUntil(lambda: case_id in window.editing.editors, timeout=WAIT_MS)
    assert window.editing.editors[case_id].title_edit.text() == title
