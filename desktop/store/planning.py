"""Stored planning records: city profiles, plans, progress entries and shortlists, with JSON sections."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlite_utils

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store import jsontext
from desktop.store.errors import RecordNotFoundError
from desktop.store.migrations import PLAN_SECTIONS
from desktop.store.replica import DELETED, META_COLUMNS, iso_time, load_state, record_columns
from desktop.store.writer import StampedWriter

# Columns holding JSON; the rest are plain text or numbers.
JSON_COLUMNS = {
    "city_profiles": {"languages", "partners"},
    "plans": set(PLAN_SECTIONS) - {"engagement"},
    "progress_entries": {"readings", "adaptations"},
    "shortlists": {"items"},
}
NOT_FOUND = {
    "city_profiles": QT_TRANSLATE_NOOP("Validation", "No city profile has the id {id}."),
    "plans": QT_TRANSLATE_NOOP("Validation", "No plan has the id {id}."),
    "progress_entries": QT_TRANSLATE_NOOP("Validation", "No progress entry has the id {id}."),
    "shortlists": QT_TRANSLATE_NOOP("Validation", "No shortlist has the id {id}."),
}
HIDDEN = META_COLUMNS - {"id", "updated_at"} | {DELETED}


def _to_row(table: str, record: dict[str, Any]) -> dict[str, Any]:
    json_columns = JSON_COLUMNS[table]
    return {
        name: jsontext.dumps(value) if name in json_columns and value is not None else value
        for name, value in record.items()
        if name not in ("created_at", "updated_at")
    }


def _from_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    json_columns = JSON_COLUMNS[table]
    return {
        name: jsontext.loads(value) if name in json_columns else value
        for name, value in row.items()
        if name not in HIDDEN
    }


def save_record(writer: StampedWriter, table: str, record: dict[str, Any]) -> bool:
    """Create or update one record in one transaction; True if anything changed."""
    db = writer.db
    with db.atomic():
        stamp = writer.next_stamp()
        row = _to_row(table, record)
        if not db[table].count_where("id = ?", [record["id"]]):
            # A new record carries every column, so that each field has a version to sync.
            empty = {name: None for name in record_columns(db, table) if name != DELETED}
            row = {**empty, **row, "created_at": iso_time(stamp.encode())}
        return writer.save(table, row, stamp)


def delete_records(writer: StampedWriter, table: str, ids: list[str]) -> None:
    """Delete records together, leaving tombstones so the deletion travels."""
    db = writer.db
    with db.atomic():
        stamp = writer.next_stamp()
        for record_id in ids:
            writer.delete(table, record_id, stamp)


def get_record(db: sqlite_utils.Database, table: str, record_id: str) -> dict[str, Any]:
    """One live record as plain data; RecordNotFoundError if there is none."""
    rows = list(db[table].rows_where("id = ?", [record_id]))
    if not rows:
        raise RecordNotFoundError(message(NOT_FOUND[table], id=record_id))
    return _from_row(table, rows[0])


def exists(db: sqlite_utils.Database, table: str, record_id: str) -> bool:
    """True if a live record of the table has this id."""
    return bool(db[table].count_where("id = ?", [record_id]))


def last_fields(db: sqlite_utils.Database, table: str, record_id: str) -> dict[str, Any]:
    """The stored fields of a record, live or deleted (its tombstone); empty if never seen here."""
    state = load_state(db, table, record_id)
    return dict(state.fields) if state is not None else {}


def iter_records(
    db: sqlite_utils.Database,
    table: str,
    where: str | None = None,
    params: list[Any] | None = None,
    order_by: str = "updated_at DESC",
) -> Iterator[dict[str, Any]]:
    """Live records of a table, newest change first unless told otherwise."""
    for row in db[table].rows_where(where, params or [], order_by=order_by):
        yield _from_row(table, row)


def record_ids(db: sqlite_utils.Database, table: str) -> list[str]:
    """The id of every record of a planning table."""
    return [str(row[0]) for row in db.execute(f"SELECT id FROM [{table}]").fetchall()]


def updated_stamp(db: sqlite_utils.Database, table: str, record_id: str) -> str:
    """The stamp of a record's last change; empty if it has none or does not exist."""
    row = db.execute(f"SELECT updated_stamp FROM [{table}] WHERE id = ?", [record_id]).fetchone()
    return str(row[0]) if row and row[0] else ""


def profile_place(db: sqlite_utils.Database, profile_id: str) -> tuple[str, str] | None:
    """A city profile's name and country, or None if there is no such profile."""
    row = db.execute("SELECT name, country FROM city_profiles WHERE id = ?", [profile_id]).fetchone()
    return None if row is None else (row[0], row[1])


def latest_progress(db: sqlite_utils.Database, plan_id: str) -> tuple[str, str] | None:
    """The stage and date of a plan's latest progress entry, or None if it has none."""
    row = db.execute(
        "SELECT stage, date FROM progress_entries WHERE plan_id = ? ORDER BY date DESC, created_at DESC",
        [plan_id],
    ).fetchone()
    return None if row is None else (row[0], row[1])


# What an outcomes-only plan (and each of its progress entries) leaves out of every bundle: its
# notes, stakeholders, budgets and reasoning. Decisions, state and indicator readings travel.
OUTCOMES_WITHHELD = {
    "plans": frozenset(
        {
            "intent",
            "context",
            "hypothesis",
            "stakeholders",
            "engagement",
            "resources",
            "risks",
            "prototype",
            "scaling",
            "milestones",
            "signoff",
        }
    ),
    "progress_entries": frozenset({"narrative", "adaptations"}),
    # A city profile only outcomes-only (or private) plans use travels as a name and a country.
    "city_profiles": frozenset(
        {
            "population",
            "density",
            "governance_level",
            "powers",
            "budget_band",
            "digital_readiness",
            "data_readiness",
            "connectivity",
            "climate",
            "languages",
            "legal_constraints",
            "partners",
            "notes",
        }
    ),
}
# Fields a bundle may leave out of a plan record: the withheld ones, and the sharing level, which
# a catalogue older than schema 14 does not have.
MAY_BE_MISSING = {
    "plans": OUTCOMES_WITHHELD["plans"] | {"sharing"},
    "progress_entries": OUTCOMES_WITHHELD["progress_entries"],
    "city_profiles": OUTCOMES_WITHHELD["city_profiles"],
}


def sharing_levels(db: sqlite_utils.Database) -> dict[str, str]:
    """Each plan's sharing level by id, deleted plans included; none set reads as organisation."""
    levels = {row[0]: row[1] or "organisation" for row in db.execute("SELECT id, sharing FROM plans")}
    for plan_id, level in db.execute(
        "SELECT record_id, json_extract(state, '$.fields.sharing') FROM tombstones "
        "WHERE record_type = 'plans' AND state IS NOT NULL"
    ):
        levels.setdefault(plan_id, level or "organisation")
    return levels


def profile_sharing(db: sqlite_utils.Database) -> dict[str, set[str]]:
    """The sharing levels of the plans using each city profile, by profile id."""
    used: dict[str, set[str]] = {}
    for profile_id, level in db.execute("SELECT profile_id, coalesce(sharing, 'organisation') FROM plans"):
        if profile_id:
            used.setdefault(profile_id, set()).add(level)
    return used


def sharing_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """How many live plans have each sharing level."""
    rows = db.execute("SELECT coalesce(sharing, 'organisation'), count(*) FROM plans GROUP BY 1")
    return dict(rows.fetchall())
