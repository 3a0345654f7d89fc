"""Parts waiting in `pending_records` for their case (or an attachment for its file): listed,
cleared, and dropped once they have waited too long."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlite_utils

# A part waits this long for its case (or an attachment for its file) after it last arrived, then
# it is dropped: long enough for the other parts of a split set to come by a slow road, short
# enough that orphans a device keeps sending do not pile up for good.
PENDING_DAYS = 90


def now_text() -> str:
    """The time a part is parked, as `parked_at` holds it."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def expire_pending(db: sqlite_utils.Database, now: datetime | None = None) -> int:
    """Drop the parts that have waited more than PENDING_DAYS since they last arrived; how many."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=PENDING_DAYS)
    return db.execute(
        "DELETE FROM pending_records WHERE parked_at < ?", [cutoff.isoformat(timespec="seconds")]
    ).rowcount


def waiting_parts(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every waiting part: its table and id, what it waits for, and since when, oldest first."""
    return [
        {"record_type": table, "record_id": record_id, "waits_for": waits_for, "parked_at": parked_at}
        for table, record_id, waits_for, parked_at in db.execute(
            "SELECT record_type, record_id, waits_for, parked_at FROM pending_records "
            "ORDER BY parked_at, record_type, record_id"
        )
    ]


def clear_pending(db: sqlite_utils.Database) -> int:
    """Drop every waiting part; how many. A bundle that carries them again parks them again."""
    with db.atomic():
        return db.execute("DELETE FROM pending_records").rowcount
