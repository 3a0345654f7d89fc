"""What a catalogue remembers of its exchanges: every bundle imported or exported, and from when
each author is known to sign its edits."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.store import jsontext, meta

SIGNING_SINCE_KEY = "signing_since"
# The newest of this device's own stamps any bundle it wrote could carry.
SENT_UP_TO_KEY = "sent_up_to"


def now_text() -> str:
    """The time an exchange is noted at."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_history(
    db: sqlite_utils.Database, direction: str, path: Path, peer: str, bundle_id: str, summary: dict[str, Any]
) -> None:
    """Note one bundle imported or exported."""
    db.table("sync_history").insert(
        {
            "at": now_text(),
            "direction": direction,
            "file": str(path),
            "peer_device_id": peer,
            "bundle_id": bundle_id,
            "summary": jsontext.dumps(summary),
        },
        pk="id",
    )


def history(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every import and export, newest first."""
    return list(db.query("SELECT * FROM sync_history ORDER BY id DESC"))


def imported_bundle_ids(db: sqlite_utils.Database) -> set[str]:
    """The id of every bundle imported so far."""
    return {row[0] for row in db.execute("SELECT bundle_id FROM sync_history WHERE direction = 'import'")}


def other_parts_imported(db: sqlite_utils.Database, set_id: str, bundle_id: str) -> int:
    """How many parts of a split set other than this bundle were imported."""
    count: int = db.execute(
        "SELECT count(DISTINCT bundle_id) FROM sync_history WHERE direction = 'import' "
        "AND json_extract(summary, '$.set_id') = ? AND bundle_id != ?",
        [set_id, bundle_id],
    ).fetchone()[0]
    return count


def signing_since(db: sqlite_utils.Database) -> dict[str, str]:
    """Device id -> the first of its edits known to be signed."""
    value: dict[str, str] = jsontext.loads(meta.get(db, SIGNING_SINCE_KEY), {})
    return value


def save_signing_since(db: sqlite_utils.Database, since: dict[str, str]) -> None:
    """Store what `signing_since` reads."""
    meta.put(db, {SIGNING_SINCE_KEY: jsontext.dumps(since)})


def sent_up_to(db: sqlite_utils.Database) -> str | None:
    """The newest own stamp this device has written into a bundle, or None if that is not known
    (nothing exported since this was first noted)."""
    return meta.get(db, SENT_UP_TO_KEY)


def note_sent(db: sqlite_utils.Database, stamp: str) -> None:
    """Note that a bundle written now carries this device's edits up to `stamp`."""
    if stamp > (sent_up_to(db) or ""):
        meta.put(db, {SENT_UP_TO_KEY: stamp})
