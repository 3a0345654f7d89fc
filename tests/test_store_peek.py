"""Words searched straight from the catalogue file while the search engine loads: read-only SQLite."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from desktop.catalogue.service import Catalogue
from desktop.store.peek import Places, case_places, matching_cases
from tests.conftest import make_case

NOWHERE = Places()  # a word naming no country, looked for in every case's city
EMPTY = hashlib.sha256(b"").hexdigest()


def titles(
    db: Path, words: dict[str, Places], sort: str = "relevance", offset: int = 0, limit: int = 50
) -> list[str]:
    """The titles of the page of cases found."""
    found = matching_cases(db, words, sort, offset=offset, limit=limit)
    assert found is not None
    return [row["title"] for row in found[0]]


def folder_state(folder: Path) -> dict[str, str]:
    """Every file of the folder and a digest of its bytes, but SQLite's shared memory for readers."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith("-shm")
    }


def test_words_are_found_in_titles_summaries_places_and_countries(
    catalogue: Catalogue, data_dir: Path
) -> None:
    catalogue.save(make_case(title="Quiet lanes", summary="A ferry at dawn.", city="Busan", country="KR"))
    catalogue.save(make_case(title="Ferry timetables online", summary="Printed.", city="Kochi", country="IN"))
    catalogue.close()
    db = data_dir / "catalogue.db"
    before = folder_state(data_dir)

    found = matching_cases(db, {"ferry": NOWHERE})
    assert found is not None and found[1] == 2
    assert titles(db, {"ferry": NOWHERE}) == ["Ferry timetables online", "Quiet lanes"], "title matches first"
    assert titles(db, {"ferry": NOWHERE, "dawn": NOWHERE}) == ["Quiet lanes"], "every word must be held"
    assert titles(db, {"busan": NOWHERE, "dawn": NOWHERE}) == ["Quiet lanes"], "the city holds words too"
    assert titles(db, {"owl": NOWHERE})[0].startswith("Owl Bus"), "letters compare whatever their case"
    assert [t[:7] for t in titles(db, {"올빼미": NOWHERE})] == ["Owl Bus"], "the Korean local title"
    in_korea = {"korea": Places(["KR", "KP"]), "ferry": NOWHERE}
    assert titles(db, in_korea) == ["Quiet lanes"], "a word naming a country finds its cases"
    assert matching_cases(db, {"zzqx": NOWHERE}) == ([], 0)
    assert matching_cases(db, {"100%_sure": NOWHERE}) == ([], 0), "% and _ are letters, not patterns"

    places = case_places(db)
    assert places is not None and ("Busan", "KR") in places and ("Kochi", "IN") in places
    busan = Places(cities=[("Busan", "KR")])
    assert titles(db, {"busan": busan, "dawn": NOWHERE}) == ["Quiet lanes"], "a city of the catalogue"
    assert matching_cases(db, {"busan": Places(cities=[]), "dawn": NOWHERE}) == ([], 0), "no city holds it"

    first_five = matching_cases(db, {}, sort="title", limit=5)
    assert first_five is not None and first_five[1] == 29 and len(first_five[0]) == 5
    by_title = sorted(titles(db, {}, sort="title"), key=str.casefold)
    assert titles(db, {}, sort="title", offset=5, limit=5) == by_title[5:10]
    assert matching_cases(db, {"ferry": NOWHERE}, offset=50) == ([], 2), "a page past the last still counts"

    after = folder_state(data_dir)
    # A reader of a write-ahead-logged file may leave an empty log beside it, as the catalogue does.
    assert after.pop("catalogue.db-wal", EMPTY) == EMPTY
    assert after == before, "reading never writes"


def test_a_missing_damaged_or_foreign_file_reads_as_nothing(tmp_path: Path) -> None:
    assert matching_cases(tmp_path / "missing.db", {"bus": NOWHERE}) is None
    assert not (tmp_path / "missing.db").exists()
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert matching_cases(damaged, {"bus": NOWHERE}) is None
    assert case_places(damaged) is None
    notes = tmp_path / "notes.db"
    notes.write_text("not a catalogue", encoding="utf-8")
    assert matching_cases(notes, {"bus": NOWHERE}) is None
    assert notes.read_text(encoding="utf-8") == "not a catalogue"
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    assert matching_cases(other, {"bus": NOWHERE}) is None, "a database without cases is no catalogue"
    assert case_places(other) is None
