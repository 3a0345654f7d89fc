"""The catalogue's own settings and notes: text values by key in `catalogue_meta`."""

from __future__ import annotations

import sqlite_utils


def get(db: sqlite_utils.Database, key: str) -> str | None:
    """The value kept under `key`, or None."""
    row = db.execute("SELECT value FROM catalogue_meta WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else None


def get_many(db: sqlite_utils.Database, keys: list[str]) -> dict[str, str]:
    """The values kept under any of `keys`, by key; keys with no value are left out."""
    marks = ",".join("?" * len(keys))
    rows = db.execute(f"SELECT key, value FROM catalogue_meta WHERE key IN ({marks})", keys).fetchall()
    return {str(key): str(value) for key, value in rows}


def with_prefix(db: sqlite_utils.Database, prefix: str) -> dict[str, str]:
    """Every value whose key starts with `prefix`, by key."""
    sql = "SELECT key, value FROM catalogue_meta WHERE substr(key, 1, ?) = ?"
    return {str(key): str(value) for key, value in db.execute(sql, [len(prefix), prefix]).fetchall()}


def put(db: sqlite_utils.Database, values: dict[str, str]) -> None:
    """Keep each value under its key, replacing what was there."""
    db.conn.executemany(
        "INSERT INTO catalogue_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )


def remove(db: sqlite_utils.Database, key: str) -> None:
    """Forget the value kept under `key`."""
    db.execute("DELETE FROM catalogue_meta WHERE key = ?", [key])
