"""Every replaced version of a record's fields, kept in `field_history` as the record's past.

A version enters when an edit replaces it, here or on the device whose bundle brought the
replacement; its signed proof stays with the record (`edits`), so its author can still be checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlite_utils

from desktop.store import jsontext

Past = dict[str, list[tuple[Any, str]]]


_HAS_HISTORY: dict[tuple[int, int], bool] = {}


def has_history(db: sqlite_utils.Database) -> bool:
    """True if the catalogue has the history table (a catalogue older than schema 13 has not)."""
    key = (id(db.conn), int(db.execute("PRAGMA user_version").fetchone()[0]))
    if key not in _HAS_HISTORY:
        found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'field_history'")
        _HAS_HISTORY[key] = found.fetchone() is not None
    return _HAS_HISTORY[key]


def write_past(db: sqlite_utils.Database, table: str, record_id: str, case_id: str, past: Past) -> None:
    """Keep exactly these replaced versions as the record's history: the table mirrors the state,
    so two devices holding the same state hold the same rows."""
    db.execute("DELETE FROM field_history WHERE record_type = ? AND record_id = ?", [table, record_id])
    if not past:
        return
    db.conn.executemany(
        "INSERT OR IGNORE INTO field_history (record_type, record_id, case_id, field, stamp, value) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (table, record_id, case_id, name, stamp, jsontext.dumps(value))
            for name, versions in past.items()
            for value, stamp in versions
        ],
    )


def read_past(db: sqlite_utils.Database, table: str, record_ids: Sequence[str]) -> dict[str, Past]:
    """The kept past of each of these records of one table, by id."""
    found: dict[str, Past] = {}
    if not record_ids or not has_history(db):
        return found
    marks = ", ".join("?" * len(record_ids))
    for record_id, name, value, stamp in db.execute(
        "SELECT record_id, field, value, stamp FROM field_history "
        f"WHERE record_type = ? AND record_id IN ({marks}) ORDER BY record_id, field, stamp",
        [table, *record_ids],
    ):
        found.setdefault(record_id, {}).setdefault(name, []).append((jsontext.loads(value), stamp))
    return found


def records_of_case(db: sqlite_utils.Database, case_id: str) -> list[tuple[str, str]]:
    """(table, id) of a case and of every part it has or ever had, live or deleted."""
    found = {("cases", case_id)}
    for table in ("components", "sources", "attachments"):
        found |= {
            (table, row[0]) for row in db.execute(f"SELECT id FROM [{table}] WHERE case_id = ?", [case_id])
        }
    found |= {
        (row[0], row[1])
        for row in db.execute(
            "SELECT record_type, record_id FROM tombstones WHERE case_id = ? AND state IS NOT NULL", [case_id]
        )
    }
    if has_history(db):
        found |= {
            (row[0], row[1])
            for row in db.execute(
                "SELECT DISTINCT record_type, record_id FROM field_history WHERE case_id = ?", [case_id]
            )
        }
    return sorted(found)


def deleted_cases(db: sqlite_utils.Database) -> list[tuple[str, str, str]]:
    """(id, title, deletion stamp) of each deleted case whose last state is kept, newest first."""
    return [
        (row[0], row[1] or "", row[2])
        for row in db.execute(
            "SELECT record_id, json_extract(state, '$.fields.title'), deleted_stamp FROM tombstones "
            "WHERE record_type = 'cases' AND state IS NOT NULL ORDER BY deleted_stamp DESC"
        )
    ]


def author_directory(db: sqlite_utils.Database) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Each known device's name by id, and each known key's (device id, trust) by public key."""
    names = {row[0]: row[1] or "" for row in db.execute("SELECT device_id, name FROM peers")}
    keys = {
        row[0]: (row[1], row[2] or "")
        for row in db.execute("SELECT public_key, device_id, trust FROM peer_keys")
    }
    for device, key in db.execute("SELECT device_id, public_key FROM peers WHERE public_key != ''"):
        keys.setdefault(key, (device, ""))
    return names, keys
