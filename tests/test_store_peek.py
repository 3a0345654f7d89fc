"""Words searched straight from the catalogue file while the search engine loads: read-only SQLite."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.catalogue.service import Catalogue
from desktop.store.peek import matching_cases
from tests.conftest import make_case


EMPTY = hashlib.sha256(b"").hexdigest()


def titles(found: tuple[list[dict[str, object]], int] | None) -> list[object]:
    assert found is not None
    return [row["title"] for row in found[0]]


def folder_state(folder: Path) -> dict[str, str]:
    """Every file of the folder and a digest of its bytes, but SQLite's shared memory for readers."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith("-shm")
    }


def test_words_are_found_in_titles_summaries_places_and_countries(catalogue: Catalogue, data_dir: Path) -> None:
    catalogue.save(make_case(title="Quiet lanes", summary="A ferry shuttle at dawn.", city="Busan", country="KR"))
    catalogue.save(make_case(title="Ferry timetables online", summary="Printed notes.", city="Kochi", country="IN"))
    catalogue.close()
    db = data_dir / "catalogue.db"
    before = folder_state(data_dir)

    found = matching_cases(db, {"ferry": []})
    assert found is not None and found[1] == 2
    assert titles(found) == ["Ferry timetables online", "Quiet lanes"], "a title match comes first"
    assert titles(matching_cases(db, {"ferry": [], "dawn": []})) == ["Quiet lanes"], "every word must be held"
    assert "Quiet lanes" in titles(matching_cases(db, {"busan": [], "shuttle": []})), "the city holds words too"
    assert titles(matching_cases(db, {"owl": []}))[0].startswith("Owl Bus"), "letters compare whatever their case"
    korean = matching_cases(db, {"올빼미": []})
    assert korean is not None and korean[1] == 1 and titles(korean)[0].startswith("Owl Bus"), "the local title"
    in_korea = matching_cases(db, {"korea": ["KR", "KP"], "ferry": []})
    assert titles(in_korea) == ["Quiet lanes"], "a word naming a country finds its cases"
    assert matching_cases(db, {"zzqx": []}) == ([], 0)
    assert matching_cases(db, {"100%_sure": []}) == ([], 0), "% and _ are letters, not patterns"

    by_title = matching_cases(db, {}, sort="title", limit=5)
    assert by_title is not None and by_title[1] == 29 and len(by_title[0]) == 5
    later = matching_cases(db, {}, sort="title", offset=5, limit=5)
    assert titles(later) == sorted(titles(matching_cases(db, {}, sort="title")), key=str.casefold)[5:10]
    assert matching_cases(db, {"ferry": []}, offset=50) == ([], 2), "a page past the last still counts"
    after = folder_state(data_dir)
    # A reader of a write-ahead-logged file may leave an empty log beside it, as the catalogue does.
    assert after.pop("catalogue.db-wal", EMPTY) == EMPTY
    assert after == before, "reading never writes"


def test_a_missing_damaged_or_foreign_file_reads_as_nothing(tmp_path: Path) -> None:
    assert matching_cases(tmp_path / "missing.db", {"bus": []}) is None
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert matching_cases(damaged, {"bus": []}) is None
    notes = tmp_path / "notes.db"
    notes.write_text("not a catalogue", encoding="utf-8")
    assert matching_cases(notes, {"bus": []}) is None
    assert notes.read_text(encoding="utf-8") == "not a catalogue"
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    assert matching_cases(other, {"bus": []}) is None, "a database without cases is no catalogue"
    assert not (tmp_path / "missing.db").exists()
