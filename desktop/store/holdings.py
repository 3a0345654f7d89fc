"""What a catalogue holds, as sync asks about it: record ids to export, a case's parts, open
conflicts, the newest stamp seen of each device and the live plans."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop.store import jsontext
from desktop.store.migrations import SYNCED_TABLES


def record_ids(db: sqlite_utils.Database, table: str) -> list[str]:
    """Every record of a synced table: live ones, then deleted ones whose last state is kept."""
    live = [row[0] for row in db.execute(f"SELECT id FROM [{table}] ORDER BY id")]
    kept = db.execute(
        "SELECT record_id FROM tombstones WHERE record_type = ? AND state IS NOT NULL ORDER BY record_id",
        [table],
    )
    return live + [row[0] for row in kept]


def live_part_ids(db: sqlite_utils.Database, table: str, case_id: str) -> list[str]:
    """The live parts of a case in one parts table."""
    return [row[0] for row in db.execute(f"SELECT id FROM [{table}] WHERE case_id = ?", [case_id])]


def part_ids(db: sqlite_utils.Database, table: str, case_id: str) -> list[str]:
    """A case's parts in one parts table, live or deleted, sorted."""
    ids = set(live_part_ids(db, table, case_id))
    ids |= {
        row[0]
        for row in db.execute(
            "SELECT record_id FROM tombstones WHERE record_type = ? AND case_id = ?", [table, case_id]
        )
    }
    return sorted(ids)


def conflict_versions(db: sqlite_utils.Database) -> dict[tuple[str, str, str], list[tuple[Any, str]]]:
    """(table, record id, field) -> the versions that lost a concurrent edit, oldest first."""
    groups: dict[tuple[str, str, str], list[tuple[Any, str]]] = {}
    for table, record_id, name, value, stamp in db.execute(
        "SELECT record_type, record_id, field, value, stamp FROM conflicts ORDER BY stamp"
    ).fetchall():
        groups.setdefault((table, record_id, name), []).append((jsontext.loads(value), stamp))
    return groups


def delete_conflicted_ids(db: sqlite_utils.Database, table: str) -> list[str]:
    """Records of a table deleted on one device while edited on another."""
    query = f"SELECT id FROM [{table}] WHERE deleted_context IS NOT NULL ORDER BY id"
    return [row[0] for row in db.execute(query).fetchall()]


def case_title(db: sqlite_utils.Database, case_id: str) -> str:
    """A live case's title, or "" if there is none."""
    row = db.execute("SELECT title FROM cases WHERE id = ?", [case_id]).fetchone()
    return str(row[0] or "") if row else ""


def newest_held(db: sqlite_utils.Database) -> dict[str, str]:
    """For each device, the newest of its stamps that a record here (live or kept) has seen."""
    newest: dict[str, str] = {}
    queries = [
        f"SELECT j.key, max(j.value) FROM [{table}] t, json_each(t.version_vector) j GROUP BY j.key"
        for table in SYNCED_TABLES
    ]
    queries.append(
        "SELECT j.key, max(j.value) FROM tombstones t, json_each(json_extract(t.state, '$.vv')) j "
        "WHERE t.state IS NOT NULL GROUP BY j.key"
    )
    for query in queries:
        for device, stamp in db.execute(query).fetchall():
            if isinstance(stamp, str) and newest.get(device, "") < stamp:
                newest[device] = stamp
    return newest


def live_plan_ids(db: sqlite_utils.Database) -> list[str]:
    """The id of every plan not deleted."""
    return [row[0] for row in db.execute("SELECT id FROM plans")]
