"""Numbered schema migrations; `PRAGMA user_version` records the last one applied."""

from __future__ import annotations

import json
from collections.abc import Callable

import sqlite_utils

STAMPED = {"field_versions": str, "updated_stamp": str}


def _v1_catalogue(db: sqlite_utils.Database) -> None:
    """Cases and their parts, device identity and the clock."""
    db["catalogue_meta"].create({"key": str, "value": str}, pk="key")
    db["cases"].create(
        {
            "id": str,
            "title": str,
            "local_title": str,
            "summary": str,
            "body": str,
            "problem": str,
            "approach": str,
            "results": str,
            "costs": str,
            "partners": str,
            "lessons": str,
            "themes": str,
            "sdgs": str,
            "city": str,
            "country": str,
            "region": str,
            "latitude": float,
            "longitude": float,
            "year_started": int,
            "stage": str,
            "level_of_government": str,
            "language": str,
            "curation": str,
            "disputed": str,
            "contacts": str,
            "created_at": str,
            "updated_at": str,
            **STAMPED,
        },
        pk="id",
        not_null={"title"},
    )
    db["case_themes"].create(
        {"case_id": str, "theme": str},
        pk=("case_id", "theme"),
        foreign_keys=[("case_id", "cases", "id")],
    )
    db["case_sdgs"].create(
        {"case_id": str, "sdg": int},
        pk=("case_id", "sdg"),
        foreign_keys=[("case_id", "cases", "id")],
    )
    db["components"].create(
        {
            "id": str,
            "case_id": str,
            "position": int,
            "name": str,
            "description": str,
            "mechanism": str,
            "preconditions": str,
            "role": str,
            **STAMPED,
        },
        pk="id",
        foreign_keys=[("case_id", "cases", "id")],
    )
    db["sources"].create(
        {
            "id": str,
            "case_id": str,
            "position": int,
            "title": str,
            "url": str,
            "citation": str,
            "date": str,
            "reliability": str,
            **STAMPED,
        },
        pk="id",
        foreign_keys=[("case_id", "cases", "id")],
    )
    db["attachment_blobs"].create(
        {"sha256": str, "media_type": str, "size": int, "content": bytes}, pk="sha256"
    )
    db["attachments"].create(
        {
            "id": str,
            "case_id": str,
            "position": int,
            "sha256": str,
            "filename": str,
            "media_type": str,
            "size": int,
            "caption": str,
            **STAMPED,
        },
        pk="id",
        foreign_keys=[("case_id", "cases", "id"), ("sha256", "attachment_blobs", "sha256")],
    )
    for table in ("case_themes", "case_sdgs", "components", "sources", "attachments"):
        db[table].create_index(["case_id"], find_unique_name=True)
    db["cases"].create_index(["country"])
    db["cases"].create_index(["updated_stamp"])


def _v2_tombstones(db: sqlite_utils.Database) -> None:
    """Deleted records leave a tombstone so the deletion can travel to other devices."""
    db["tombstones"].create(
        {"record_type": str, "record_id": str, "deleted_stamp": str, "case_id": str},
        pk=("record_type", "record_id"),
    )
    db["tombstones"].create_index(["deleted_stamp"])


SYNCED_TABLES = ("cases", "components", "sources", "attachments")


def _vector_of(field_versions: dict[str, str]) -> dict[str, str]:
    """The newest stamp from each device among a record's field stamps."""
    vector: dict[str, str] = {}
    for stamp in field_versions.values():
        device = stamp.split(".", 2)[2]
        vector[device] = max(vector.get(device, ""), stamp)
    return vector


def _v3_sync(db: sqlite_utils.Database) -> None:
    """Version vectors, kept states of deleted records, conflicts, peers and sync history."""
    for table in SYNCED_TABLES:
        db[table].add_column("version_vector", str)
        # Set while a record deleted on one device was edited on another: it stays until decided.
        db[table].add_column("deleted_context", str)
        for record_id, versions in db.execute(f"SELECT id, field_versions FROM [{table}]").fetchall():
            db.execute(
                f"UPDATE [{table}] SET version_vector = ? WHERE id = ?",
                [json.dumps(_vector_of(json.loads(versions or "{}")), sort_keys=True), record_id],
            )
    db["tombstones"].add_column("state", str)
    db["conflicts"].create(
        {"record_type": str, "record_id": str, "field": str, "stamp": str, "value": str},
        pk=("record_type", "record_id", "field", "stamp"),
    )
    db["pending_records"].create(
        {"record_type": str, "record_id": str, "waits_for": str, "state": str},
        pk=("record_type", "record_id"),
    )
    db["peers"].create(
        {
            "device_id": str,
            "name": str,
            "public_key": str,
            "fingerprint": str,
            "trust": str,
            "knowledge": str,
            "last_import_at": str,
            "last_export_at": str,
        },
        pk="device_id",
    )
    db["sync_history"].create(
        {
            "id": int,
            "at": str,
            "direction": str,
            "file": str,
            "peer_device_id": str,
            "bundle_id": str,
            "summary": str,
        },
        pk="id",
    )
    db["sync_history"].create_index(["bundle_id"])


def _v4_seed_baseline(db: sqlite_utils.Database) -> None:
    """The seed as last loaded, so a newer seed's corrections can be told from unchanged fields."""
    db["seed_baseline"].create(
        {"record_type": str, "record_id": str, "state": str}, pk=("record_type", "record_id")
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_catalogue,
    _v2_tombstones,
    _v3_sync,
    _v4_seed_baseline,
]
LATEST_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database, upto: int = LATEST_VERSION) -> None:
    """Apply each pending migration in its own transaction, stopping at `upto`."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    for number in range(current + 1, upto + 1):
        with db.atomic():
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
