"""Stored merges of duplicate cases: one synced record per case a merge removed.

A record's id is the removed case's id. It holds the case kept (`kept`), both cases as they were
just before the merge (`before`, JSON text: `{"keep": ..., "other": ...}`), when it was merged
(`merged_at`) and when it was undone (`undone_at`, "" while the merge stands). The record travels
in bundles like a case, so every device lists the merge and any of them can undo it; the undo is
an edit of `undone_at` that travels too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop.store import jsontext
from desktop.store.migrations import MERGE_TABLE
from desktop.store.replica import IDS_PER_QUERY
from desktop.store.writer import StampedWriter


@dataclass(frozen=True)
class MergeRecord:
    """A merge as stored: the case kept, the case removed and both as they were before it."""

    kept: str
    removed: str
    before: dict[str, Any]
    merged_at: str
    undone_at: str
    author: str = ""  # the device id of whoever made the merge (or merged again after an undo)


def record_merge(
    writer: StampedWriter, kept: str, removed: str, before: dict[str, Any], merged_at: str
) -> None:
    """Write (or write again, after an undo) the merge that removed `removed` into `kept`."""
    record = {
        "id": removed,
        "kept": kept,
        "before": jsontext.dumps(before),
        "merged_at": merged_at,
        "undone_at": "",
    }
    writer.save(MERGE_TABLE, record, writer.next_stamp())


def record_undo(writer: StampedWriter, removed: str, undone_at: str) -> None:
    """Mark the merge that removed `removed` as undone; the mark travels like any edit."""
    row = writer.db.execute(
        f"SELECT kept, before, merged_at FROM [{MERGE_TABLE}] WHERE id = ?", [removed]
    ).fetchone()
    if row is None:
        return
    record = {"id": removed, "kept": row[0], "before": row[1], "merged_at": row[2], "undone_at": undone_at}
    writer.save(MERGE_TABLE, record, writer.next_stamp())


def standing_merge(db: sqlite_utils.Database, removed: str) -> MergeRecord | None:
    """The merge that removed `removed`, if it stands (not undone)."""
    return next((m for m in standing_merges(db) if m.removed == removed), None)


def standing_merges(db: sqlite_utils.Database) -> list[MergeRecord]:
    """Every merge held here that has not been undone, on this device or another."""
    found = []
    for removed, kept, before, merged_at, stamps in db.execute(
        f"SELECT id, kept, before, merged_at, field_versions FROM [{MERGE_TABLE}] "
        "WHERE coalesce(undone_at, '') = '' AND deleted_context IS NULL ORDER BY merged_at DESC"
    ):
        decoded = jsontext.loads(before)
        if isinstance(decoded, dict):
            # A standing merge's `undone_at` was last set (to "") by whoever made it, or made it
            # again after an undo.
            stamp = str(jsontext.loads(stamps, {}).get("undone_at", ""))
            author = stamp.split(".", 2)[2] if stamp.count(".") >= 2 else ""
            found.append(MergeRecord(kept, removed, decoded, merged_at or "", "", author))
    return found


def merges_concerning(db: sqlite_utils.Database, case_ids: Iterable[str]) -> list[tuple[str, str]]:
    """(case removed, case kept) of every merge record, standing or undone, that names one of
    `case_ids` as either."""
    ids = list(dict.fromkeys(case_ids))
    found: list[tuple[str, str]] = []
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[start : start + IDS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        found += db.execute(
            f"SELECT id, kept FROM [{MERGE_TABLE}] WHERE id IN ({marks}) OR kept IN ({marks}) ORDER BY id",
            [*chunk, *chunk],
        ).fetchall()
    return found
