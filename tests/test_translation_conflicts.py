"""A translated field edited on two devices at once: the conflict reads as text with its state and
translator, on the command line and in the window, and settles (merged too) the same everywhere."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.catalogue.translations import Translations
from tests.sync_helpers import Device, content

# What the stored record holds besides the text: none of it is for a person to read.
STORED_JSON_KEYS = ("case_id", "record_type", '"source"', '"from"')


@pytest.fixture
def pair(tmp_path: Path, seeded_template: Path) -> Iterator[tuple[Device, Device]]:
    """Two installs of the app with the seed, each with its own identity."""
    first = Device(tmp_path / "a", "seoul-office", seeded_template)
    second = Device(tmp_path / "b", "surabaya-office", seeded_template)
    yield first, second
    first.close()
    second.close()


def _case_and_title_key(device: Device) -> tuple[str, str]:
    case_id = sorted(c.id for c in device.catalogue.all_cases() if c.language == "en" and c.summary)[0]
    return case_id, f"cases:{case_id}:title"


def _translate_on_both(a: Device, b: Device) -> str:
    """A person translates a case's title into Korean on one device while, on the other, the
    original title is edited and a local engine drafts the title; both sync both ways."""
    case_id, key = _case_and_title_key(a)
    Translations(a.catalogue).save(case_id, "ko", {key: "서울 사람의 제목"}, by="Min")
    case = b.catalogue.get(case_id)
    case.title += " (revised)"
    b.catalogue.save(case)
    Translations(b.catalogue).save(case_id, "ko", {key: "기계 초안 제목"}, machine="local-mt")
    a.send(b)
    b.send(a)
    return case_id


def test_a_translation_conflict_reads_as_text_with_state_and_translator_on_every_device(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    _translate_on_both(a, b)
    for device in (a, b):
        [conflict] = device.sync.conflicts()
        assert conflict.translated is not None
        assert (conflict.translated.language, conflict.translated.label) == ("ko", "Title")
        read = {v.text: v for v in conflict.translated.versions.values()}
        assert set(read) == {"서울 사람의 제목", "기계 초안 제목"}
        person, machine = read["서울 사람의 제목"], read["기계 초안 제목"]
        assert (person.state, person.by, person.machine) == ("out of date", "Min", ""), (
            "made from the title before it was revised"
        )
        assert (machine.state, machine.machine) == ("up to date", "local-mt")
        versions = [conflict.to_json()["shown"], *conflict.to_json()["others"]]
        assert {v["value"] for v in versions} == set(read), "the text, not the stored JSON"
        assert conflict.to_json()["label"] == "Title"


def test_a_merged_translation_is_a_persons_text_linked_to_the_newest_original_on_both_devices(
    pair: tuple[Device, Device],
) -> None:
    a, b = pair
    case_id = _translate_on_both(a, b)
    [conflict] = a.sync.conflicts()
    a.sync.resolve(conflict.id, "merge", "합쳐 쓴 제목\n")
    a.send(b)
    for device in (a, b):
        assert device.sync.conflicts() == []
        [title] = [
            f
            for f in Translations(device.catalogue).status(case_id, "ko").fields
            if f.unit.key == f"cases:{case_id}:title"
        ]
        assert (title.translation, title.state, title.machine) == ("합쳐 쓴 제목", "current", "")
    assert content(a) == content(b)


def test_an_empty_merge_of_a_translation_is_refused_and_changes_nothing(pair: tuple[Device, Device]) -> None:
    from desktop.store.errors import CatalogueError

    a, b = pair
    _translate_on_both(a, b)
    before = content(a)
    [conflict] = a.sync.conflicts()
    with pytest.raises(CatalogueError, match="Write the merged translation first"):
        a.sync.resolve(conflict.id, "merge", "  ")
    assert content(a) == before


def test_the_command_line_lists_a_translation_conflict_as_text(pair: tuple[Device, Device]) -> None:
    from tests.test_cli import leaps

    a, b = pair
    _translate_on_both(a, b)
    a.close()
    listed = leaps(a.folder, "conflicts").stdout
    assert "[Korean translation: Title]" in listed
    assert "(out of date; translated by Min): 서울 사람의 제목" in listed
    assert "(up to date; machine draft by local-mt): 기계 초안 제목" in listed
    assert not any(key in listed for key in STORED_JSON_KEYS)
    [as_json] = json.loads(leaps(a.folder, "conflicts", "--json").stdout)
    versions = [as_json["shown"], *as_json["others"]]
    assert {(v["value"], v["state"]) for v in versions} == {
        ("서울 사람의 제목", "out of date"),
        ("기계 초안 제목", "up to date"),
    }


def test_the_conflicts_window_shows_a_translation_conflict_as_text_and_merges_it(
    qtbot: QtBot, pair: tuple[Device, Device]
) -> None:
    from tests.test_window_sync import open_conflicts, wait_for

    a, b = pair
    case_id = _translate_on_both(a, b)
    window, dialog = open_conflicts(qtbot, a, b)
    assert dialog.listing.item(0).text().endswith("— Korean translation: Title")
    shown = dialog.diff.toPlainText()
    assert "서울 사람의 제목" in shown and "기계 초안 제목" in shown
    assert "Out of date" in shown and "translated by Min" in shown
    assert "Machine draft (local-mt)" in shown and "Up to date" in shown
    assert not any(key in shown for key in STORED_JSON_KEYS)
    assert dialog.save_merge.isEnabled() and dialog.merge_edit.toPlainText() in (
        "서울 사람의 제목",
        "기계 초안 제목",
    )
    dialog.merge_edit.setPlainText("창에서 합친 제목")
    dialog.save_merge.click()
    wait_for(qtbot, lambda: dialog.listing.count() == 0)
    catalogue = window.catalogue
    from tests.worker_helpers import run_on_worker

    status = run_on_worker(qtbot, window.tasks, lambda: Translations(catalogue).status(case_id, "ko"))
    [title] = [f for f in status.fields if f.unit.key == f"cases:{case_id}:title"]
    assert (title.translation, title.machine) == ("창에서 합친 제목", "")
