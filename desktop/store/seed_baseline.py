"""The seed as last merged: each seed record's state, so a newer seed's corrections can be told
from fields nobody changed."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop.store import jsontext


def read(db: sqlite_utils.Database) -> dict[tuple[str, str], Any]:
    """Each seed record's state as last merged (JSON data), by (table, record id)."""
    rows = db.execute("SELECT record_type, record_id, state FROM seed_baseline").fetchall()
    return {(table, record_id): jsontext.loads(state) for table, record_id, state in rows}


def write(db: sqlite_utils.Database, states: list[tuple[str, str, Any]]) -> None:
    """Keep the state (JSON data) of each (table, record id, state) as the seed's."""
    db.table("seed_baseline").upsert_all(
        [
            {"record_type": table, "record_id": record_id, "state": jsontext.dumps(state)}
            for table, record_id, state in states
        ],
        pk=("record_type", "record_id"),
    )
