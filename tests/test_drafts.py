"""Drafts of unsaved case edits: kept whole on disk, offered back, gone once saved or discarded."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from desktop.catalogue.drafts import discard_draft, drafts_folder, pending_drafts, save_draft


def test_a_saved_draft_is_pending_until_discarded(tmp_path: Path) -> None:
    case_id = str(uuid.uuid4())
    save_draft(tmp_path, case_id, {"title": "Night buses 서울", "sdgs": [11]}, is_new=True)
    [draft] = pending_drafts(tmp_path)
    assert draft.case_id == case_id and draft.is_new and draft.title == "Night buses 서울"
    assert draft.values["sdgs"] == [11]
    discard_draft(tmp_path, case_id)
    assert pending_drafts(tmp_path) == []


def test_one_file_per_case_and_the_latest_values_win(tmp_path: Path) -> None:
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    save_draft(tmp_path, first, {"title": "one"}, is_new=False)
    save_draft(tmp_path, first, {"title": "one, edited"}, is_new=False)
    save_draft(tmp_path, second, {"title": "two"}, is_new=True)
    drafts = {d.case_id: d for d in pending_drafts(tmp_path)}
    assert set(drafts) == {first, second}
    assert drafts[first].title == "one, edited" and not drafts[first].is_new
    assert sorted(p.suffix for p in drafts_folder(tmp_path).iterdir()) == [".json", ".json"]


def test_half_written_and_damaged_files_are_not_offered(tmp_path: Path) -> None:
    case_id = str(uuid.uuid4())
    save_draft(tmp_path, case_id, {"title": "kept"}, is_new=True)
    folder = drafts_folder(tmp_path)
    (folder / ".draft-abc.tmp").write_text('{"case_id": "cut off', encoding="utf-8")
    (folder / f"{uuid.uuid4()}.json").write_text("not json", encoding="utf-8")
    assert [d.title for d in pending_drafts(tmp_path)] == ["kept"]


def test_an_id_that_is_not_a_uuid_cannot_name_a_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        save_draft(tmp_path, "../../escape", {"title": "x"}, is_new=True)
    assert not (tmp_path.parent / "escape.json").exists()


def test_no_drafts_folder_means_nothing_pending(tmp_path: Path) -> None:
    assert pending_drafts(tmp_path / "missing") == []
