"""The first cases of a catalogue, read with Python's own sqlite3 before the catalogue is opened.

The window shows them while the catalogue (and its libraries) load; nothing here writes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

CARD_COLUMNS = ("id", "title", "local_title", "summary", "city", "country", "year_started", "stage")


def first_cases(db_path: Path, limit: int) -> tuple[list[dict[str, Any]], int] | None:
    """The first `limit` cases by title and how many there are; None if there is nothing to read."""
    import sqlite3  # here, on the worker: the window's thread does not wait for the module

    if not db_path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        connection.row_factory = sqlite3.Row
        rows = connection.execute(
            f"SELECT {', '.join(CARD_COLUMNS)} FROM cases ORDER BY title COLLATE NOCASE LIMIT ?", [limit]
        ).fetchall()
        total = connection.execute("SELECT count(*) FROM cases").fetchone()[0]
    except sqlite3.Error:
        # Not a catalogue, or one being made: the catalogue itself will say what is wrong.
        return None
    finally:
        connection.close()
    return [dict(row) for row in rows], total
