"""The one place every change to a syncable record passes: it stamps what changed."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop.store import jsontext
from desktop.store.clock import HybridClock, Stamp

CLOCK_KEY = "clock"


class StampedWriter:
    """Writes records with per-field versions `(hybrid logical clock, device id)`."""

    def __init__(self, db: sqlite_utils.Database, device_id: str) -> None:
        self.db = db
        row = db.execute("SELECT value FROM catalogue_meta WHERE key = ?", [CLOCK_KEY]).fetchone()
        newest = db.execute("SELECT max(updated_stamp) FROM cases").fetchone()[0]
        seen = [Stamp.decode(s) for s in (row[0] if row else None, newest) if s]
        self.clock = HybridClock(device_id)
        for stamp in seen:
            self.clock.observe(stamp)

    @property
    def device_id(self) -> str:
        """The id of the device whose edits this writer stamps."""
        return self.clock.device

    def next_stamp(self) -> Stamp:
        """A fresh stamp, remembered in the catalogue so it never repeats after a restart."""
        stamp = self.clock.tick()
        self.db["catalogue_meta"].upsert({"key": CLOCK_KEY, "value": stamp.encode()}, pk="key")
        return stamp

    def save(self, table: str, record: dict[str, Any], stamp: Stamp) -> bool:
        """Insert or update `record` (which has an `id`); stamps only the fields that changed."""
        existing = self._get(table, record["id"])
        changed = [
            name
            for name, value in record.items()
            if name != "id" and (existing is None or existing.get(name) != value)
        ]
        if not changed:
            return False
        versions = jsontext.loads(existing["field_versions"], {}) if existing else {}
        for name in changed:
            versions[name] = stamp.encode()
        row = {
            **record,
            "field_versions": jsontext.dumps(versions),
            "updated_stamp": stamp.encode(),
        }
        self.db[table].upsert(row, pk="id")
        self.db.execute(
            "DELETE FROM tombstones WHERE record_type = ? AND record_id = ?", [table, record["id"]]
        )
        return True

    def delete(self, table: str, record_id: str, stamp: Stamp, case_id: str = "") -> None:
        """Delete a record and leave a tombstone so the deletion travels."""
        self.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [record_id])
        self.db["tombstones"].upsert(
            {
                "record_type": table,
                "record_id": record_id,
                "deleted_stamp": stamp.encode(),
                "case_id": case_id,
            },
            pk=("record_type", "record_id"),
        )

    def _get(self, table: str, record_id: str) -> dict[str, Any] | None:
        rows = list(self.db[table].rows_where("id = ?", [record_id]))
        return rows[0] if rows else None
