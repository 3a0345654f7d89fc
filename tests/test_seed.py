"""The shipped seed: every file valid, enough real cases, and a validator that names problems."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest

from desktop.catalogue.casefile import case_to_markdown, read_case
from desktop.catalogue.seed import check_seed, seed_files
from desktop.catalogue.service import Catalogue
from desktop.store.records import ASIA_PACIFIC
from desktop.sync.service import SyncService

SEED_MINIMUM = 25
ASIA_PACIFIC_MINIMUM = 15


def test_every_seed_file_is_valid() -> None:
    cases, errors = check_seed()
    assert [str(e) for e in errors] == []
    assert len(cases) == len(seed_files())


def test_seed_has_enough_cases_mostly_in_asia_pacific() -> None:
    cases, _ = check_seed()
    assert len(cases) >= SEED_MINIMUM
    assert sum(c.region in ASIA_PACIFIC for c in cases) >= ASIA_PACIFIC_MINIMUM


def test_every_seed_case_is_taken_apart_and_sourced() -> None:
    cases, _ = check_seed()
    for case in cases:
        assert len(case.components) >= 3, case.title
        assert case.sources, case.title
        assert all(c.mechanism and c.description for c in case.components), case.title


def test_seed_ids_are_unique() -> None:
    cases, _ = check_seed()
    assert len({c.id for c in cases}) == len(cases)


def _copy_seed_with(tmp_path: Path, edit: callable) -> Path:  # type: ignore[valid-type]
    folder = tmp_path / "seed"
    folder.mkdir()
    original = seed_files()[0]
    target = folder / original.name
    target.write_text(edit(original.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda t: "\n".join(line for line in t.splitlines() if not line.startswith("city:")), "city"),
        (lambda t: t.replace("\ncountry:", "\ncountry: kr\nold_country:", 1), "country"),
        (lambda t: t.replace("\nsdgs:", "\nsdgs: [18]\nold_sdgs:", 1), "sdgs"),
        (lambda t: t.replace("\nstage:", "\nstage: finished\nold_stage:", 1), "stage"),
        (lambda t: t.replace("\nyear_started:", "\nyear_started: soon\nold_year:", 1), "year_started"),
    ],
)
def test_validator_names_the_file_and_the_field(tmp_path: Path, edit: callable, field: str) -> None:  # type: ignore[valid-type]
    folder = _copy_seed_with(tmp_path, edit)
    cases, errors = check_seed(folder)
    assert cases == []
    message = str(errors[0])
    assert seed_files(folder)[0].name in message
    assert f"{field}:" in message


def test_validator_rejects_a_file_without_front_matter(tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    folder.mkdir()
    (folder / "notes.md").write_text("# Just some notes\n")
    _, errors = check_seed(folder)
    assert "notes.md" in str(errors[0]) and "front matter" in str(errors[0])


def test_validator_rejects_two_files_with_one_id(tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    folder.mkdir()
    shutil.copy(seed_files()[0], folder / "a.md")
    shutil.copy(seed_files()[0], folder / "b.md")
    cases, errors = check_seed(folder)
    assert len(cases) == 1 and "also used by" in str(errors[0])


def test_two_installs_hold_identical_seed_records(tmp_path: Path) -> None:
    first = Catalogue.open(tmp_path / "one")
    second = Catalogue.open(tmp_path / "two")
    try:
        rows = "SELECT id, title, field_versions, updated_stamp FROM cases ORDER BY id"
        assert first.db.execute(rows).fetchall() == second.db.execute(rows).fetchall()
        parts = "SELECT id, field_versions FROM components ORDER BY id"
        assert first.db.execute(parts).fetchall() == second.db.execute(parts).fetchall()
        assert first.writer.device_id != second.writer.device_id
    finally:
        first.close()
        second.close()


def test_seed_loads_only_on_first_run(tmp_path: Path) -> None:
    catalogue = Catalogue.open(tmp_path / "data")
    seeded = catalogue.count()
    some_id = catalogue.all_cases()[0].id
    catalogue.delete(some_id)
    catalogue.close()
    reopened = Catalogue.open(tmp_path / "data")
    assert reopened.count() == seeded - 1, "a deleted seed case does not come back on restart"
    reopened.close()


def _seed_copy(tmp_path: Path, name: str, released: str) -> Path:
    root = tmp_path / name
    shutil.copytree(seed_files()[0].parent, root / "cases")
    (root / "release.json").write_text(json.dumps({"released": released}), encoding="utf-8")
    return root


def _rewrite(root: Path, file_name: str, **changes: object) -> None:
    path = root / "cases" / file_name
    case = read_case(path)
    for name, value in changes.items():
        setattr(case, name, value)
    path.write_text(case_to_markdown(case), encoding="utf-8")


def test_a_newer_seed_merges_like_a_bundle_from_a_trusted_origin(tmp_path: Path) -> None:
    first = _seed_copy(tmp_path, "seed-1", "2025-11-25T00:00:00Z")
    catalogue = Catalogue.open(tmp_path / "data", load_seed=False)
    catalogue.merge_seed(first)
    edited_name, untouched_name = seed_files(first / "cases")[:2]
    edited, untouched = read_case(edited_name), read_case(untouched_name)
    mine = catalogue.get(edited.id)
    mine.title = "Our own title for this case"
    catalogue.save(mine)

    second = _seed_copy(tmp_path, "seed-2", "2026-06-01T00:00:00Z")
    _rewrite(second, edited_name.name, title="Corrected seed title", summary="Corrected seed summary.")
    _rewrite(second, untouched_name.name, summary="A corrected summary.")
    added = read_case(untouched_name)
    added.id, added.title = str(uuid.uuid4()), "A case new in this seed"
    for part in [*added.components, *added.sources]:
        part.id = str(uuid.uuid4())
    (second / "cases" / "zz-new.md").write_text(case_to_markdown(added), encoding="utf-8")

    counts = catalogue.merge_seed(second)
    assert counts is not None and counts["new"] >= 1 and counts["conflicts"] == 1
    assert catalogue.get(untouched.id).summary == "A corrected summary.", "untouched cases take corrections"
    assert catalogue.get(added.id).title == "A case new in this seed"
    merged = catalogue.get(edited.id)
    assert merged.summary == "Corrected seed summary.", "a field nobody changed here is corrected"
    conflicts = SyncService(catalogue).conflicts()
    assert [(c.record_id, c.field) for c in conflicts] == [(edited.id, "title")]
    values = {conflicts[0].shown[0], *(v for v, _ in conflicts[0].others)}
    assert values == {"Our own title for this case", "Corrected seed title"}
    assert catalogue.merge_seed(second) is None, "the same seed is merged once"
    assert catalogue.search_titles("A case new in this seed")[0] == "A case new in this seed"
    catalogue.close()


def test_installs_that_merge_the_same_seeds_agree(tmp_path: Path) -> None:
    first = _seed_copy(tmp_path, "seed-1", "2025-11-25T00:00:00Z")
    second = _seed_copy(tmp_path, "seed-2", "2026-06-01T00:00:00Z")
    _rewrite(second, seed_files(second / "cases")[3].name, results="Results updated in the new seed.")
    rows = []
    for name in ("one", "two"):
        catalogue = Catalogue.open(tmp_path / name, load_seed=False)
        catalogue.merge_seed(first)
        catalogue.merge_seed(second)
        rows.append(catalogue.db.execute("SELECT * FROM cases ORDER BY id").fetchall())
        catalogue.close()
    assert rows[0] == rows[1]
