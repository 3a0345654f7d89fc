"""The catalogue file: stamped writes, migrations, refusing what it cannot open, backup and restore."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from desktop.store import cases as case_store
from desktop.store import database, jsontext
from desktop.store.clock import HybridClock, Stamp
from desktop.store.errors import NewerCatalogueError, NotACatalogueError, RecordNotFoundError
from desktop.store.migrations import LATEST_VERSION, migrate
from desktop.store.writer import StampedWriter
from tests.conftest import make_case

DEVICE = "11111111-1111-4111-8111-111111111111"


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    return database.open_catalogue(tmp_path / "catalogue.db", tmp_path / "backups")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_case_round_trips_with_all_its_parts(db: sqlite_utils.Database) -> None:
    writer = StampedWriter(db, DEVICE)
    case = make_case(local_title="콜롬보", disputed=["Start year: 2019 or 2020"])
    assert case_store.save_case(writer, case)
    loaded = case_store.get_case(db, case.id)
    assert loaded.title == case.title
    assert loaded.local_title == "콜롬보"
    assert [c.name for c in loaded.components] == ["Part 0", "Part 1", "Part 2"]
    assert loaded.components[0].preconditions[0].kind == "budget"
    assert loaded.sources[0].citation == "Visit report, 2020"
    assert loaded.themes == ["water"] and loaded.sdgs == [6, 11]
    assert loaded.disputed == ["Start year: 2019 or 2020"]
    assert db["case_themes"].count == 1 and db["case_sdgs"].count == 2


def test_update_stamps_only_the_fields_that_changed(db: sqlite_utils.Database) -> None:
    writer = StampedWriter(db, DEVICE)
    case = make_case()
    case_store.save_case(writer, case)
    before = jsontext.loads(db["cases"].get(case.id)["field_versions"])
    case.title = "Rainwater tanks for every market"
    assert case_store.save_case(writer, case)
    after = jsontext.loads(db["cases"].get(case.id)["field_versions"])
    assert after["title"] > before["title"]
    assert after["summary"] == before["summary"]
    assert Stamp.decode(after["title"]).device == DEVICE
    assert not case_store.save_case(writer, case), "saving the same case again changes nothing"


def test_reordering_components_is_an_update_not_new_records(db: sqlite_utils.Database) -> None:
    writer = StampedWriter(db, DEVICE)
    case = make_case()
    case_store.save_case(writer, case)
    ids = {c.id for c in case.components}
    case.components.reverse()
    case_store.save_case(writer, case)
    loaded = case_store.get_case(db, case.id)
    assert [c.name for c in loaded.components] == ["Part 2", "Part 1", "Part 0"]
    assert {c.id for c in loaded.components} == ids
    assert db["tombstones"].count == 0


def test_delete_leaves_tombstones_for_the_case_and_its_parts(db: sqlite_utils.Database) -> None:
    writer = StampedWriter(db, DEVICE)
    case = make_case()
    case_store.save_case(writer, case)
    case_store.delete_case(writer, case.id)
    with pytest.raises(RecordNotFoundError):
        case_store.get_case(db, case.id)
    kinds = [r["record_type"] for r in db["tombstones"].rows]
    assert kinds.count("cases") == 1 and kinds.count("components") == 3 and kinds.count("sources") == 1
    assert db["components"].count == 0 and db["case_themes"].count == 0


def test_removed_component_leaves_a_tombstone(db: sqlite_utils.Database) -> None:
    writer = StampedWriter(db, DEVICE)
    case = make_case()
    case_store.save_case(writer, case)
    removed = case.components.pop()
    case_store.save_case(writer, case)
    assert [r["record_id"] for r in db["tombstones"].rows] == [removed.id]


def test_clock_never_goes_backwards_even_when_the_system_clock_does() -> None:
    times = iter([1000.0, 999.0, 999.0, 1001.0])
    clock = HybridClock(DEVICE, now=lambda: next(times))
    stamps = [clock.tick() for _ in range(4)]
    assert stamps == sorted(stamps)
    assert len({s.encode() for s in stamps}) == 4
    assert [Stamp.decode(s.encode()) for s in stamps] == stamps


def test_clock_survives_a_restart(tmp_path: Path, db: sqlite_utils.Database) -> None:
    first = StampedWriter(db, DEVICE).next_stamp()
    again = StampedWriter(db, DEVICE)
    again.clock._now = lambda: 0.0  # the system clock jumped back to 1970
    assert again.next_stamp() > first


@pytest.mark.parametrize("start", range(LATEST_VERSION))
def test_migrates_from_every_earlier_version(tmp_path: Path, start: int) -> None:
    path = tmp_path / "catalogue.db"
    old = sqlite_utils.Database(path)
    migrate(old, upto=start)
    if start >= 1:
        old["cases"].insert({"id": "c1", "title": "Kept through the migration"})
    old.close()
    db = database.open_catalogue(path, tmp_path / "backups")
    assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert "tombstones" in db.table_names()
    if start >= 1:
        assert db["cases"].get("c1")["title"] == "Kept through the migration"
        backups = list((tmp_path / "backups").glob(f"catalogue-v{start}-*.db"))
        assert len(backups) == 1, "an older catalogue is backed up before it is migrated"
        saved = sqlite3.connect(backups[0])
        assert saved.execute("PRAGMA user_version").fetchone()[0] == start


def test_refuses_a_catalogue_from_a_newer_version_and_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.db"
    database.open_catalogue(path, tmp_path / "b").execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = digest(path)
    with pytest.raises(NewerCatalogueError, match="newer version"):
        database.open_catalogue(path, tmp_path / "b")
    assert digest(path) == before


def test_refuses_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.db"
    path.write_text("these are my notes, not a database")
    with pytest.raises(NotACatalogueError, match="not an SQLite file"):
        database.open_catalogue(path, tmp_path / "b")
    assert path.read_text() == "these are my notes, not a database"


def test_refuses_an_sqlite_file_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.db"
    sqlite_utils.Database(path)["photos"].insert({"name": "cat.jpg"})
    with pytest.raises(NotACatalogueError, match="not a LEAPS catalogue"):
        database.open_catalogue(path, tmp_path / "b")


def test_backup_then_restore_brings_back_the_old_catalogue(tmp_path: Path, db: sqlite_utils.Database) -> None:
    writer = StampedWriter(db, DEVICE)
    kept = make_case(title="Before the backup")
    case_store.save_case(writer, kept)
    saved = database.backup(db, tmp_path / "backup.db")
    case_store.delete_case(writer, kept.id)
    case_store.save_case(writer, make_case(title="After the backup"))
    database.restore(db, saved, tmp_path / "backups")
    titles = [r["title"] for r in db["cases"].rows]
    assert titles == ["Before the backup"]
    assert list((tmp_path / "backups").glob("catalogue-before-restore-*.db"))


@pytest.mark.parametrize("content", [b"not a database at all", b"", b"SQLite format 3\x00" + b"\x00" * 200])
def test_restore_refuses_what_is_not_a_catalogue_and_changes_nothing(
    tmp_path: Path, db: sqlite_utils.Database, content: bytes
) -> None:
    writer = StampedWriter(db, DEVICE)
    case_store.save_case(writer, make_case(title="Still here"))
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(content)
    with pytest.raises(NotACatalogueError):
        database.restore(db, bogus, tmp_path / "backups")
    assert [r["title"] for r in db["cases"].rows] == ["Still here"]


def test_the_first_cases_are_read_without_opening_the_catalogue(data_dir: Path, tmp_path: Path) -> None:
    from desktop.store.peek import first_cases

    found = first_cases(data_dir / "catalogue.db", 5)
    assert found is not None
    rows, total = found
    assert total == 27 and len(rows) == 5
    titles = [row["title"] for row in rows]
    assert titles == sorted(titles, key=str.casefold)
    assert first_cases(tmp_path / "missing.db", 5) is None
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("not a catalogue", encoding="utf-8")
    assert first_cases(not_sqlite, 5) is None
    assert not_sqlite.read_text(encoding="utf-8") == "not a catalogue"
