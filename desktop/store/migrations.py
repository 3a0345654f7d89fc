"""Numbered schema migrations; `PRAGMA user_version` records the last one applied."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable

import sqlite_utils

from desktop.store.text_fields import add_text_fields

STAMPED = {"field_versions": str, "updated_stamp": str}


def _v1_catalogue(db: sqlite_utils.Database) -> None:
    """Cases and their parts, device identity and the clock."""
    db.table("catalogue_meta").create({"key": str, "value": str}, pk="key")
    db.table("cases").create(
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
    db.table("case_themes").create(
        {"case_id": str, "theme": str},
        pk=("case_id", "theme"),
        foreign_keys=[("case_id", "cases", "id")],
    )
    db.table("case_sdgs").create(
        {"case_id": str, "sdg": int},
        pk=("case_id", "sdg"),
        foreign_keys=[("case_id", "cases", "id")],
    )
    db.table("components").create(
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
    db.table("sources").create(
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
    db.table("attachment_blobs").create(
        {"sha256": str, "media_type": str, "size": int, "content": bytes}, pk="sha256"
    )
    db.table("attachments").create(
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
        db.table(table).create_index(["case_id"], find_unique_name=True)
    db.table("cases").create_index(["country"])
    db.table("cases").create_index(["updated_stamp"])


def _v2_tombstones(db: sqlite_utils.Database) -> None:
    """Deleted records leave a tombstone so the deletion can travel to other devices."""
    db.table("tombstones").create(
        {"record_type": str, "record_id": str, "deleted_stamp": str, "case_id": str},
        pk=("record_type", "record_id"),
    )
    db.table("tombstones").create_index(["deleted_stamp"])


CASE_TABLES = ("cases", "components", "sources", "attachments")
PLAN_TABLES = ("city_profiles", "plans", "progress_entries", "shortlists")
# Translations of cases and their parts into other languages, one record per part and language.
TRANSLATION_TABLE = "case_translations"
# Merges of two duplicate cases, one record per case a merge removed (see desktop/store/merges.py).
MERGE_TABLE = "case_merges"
# The synced tables up to schema 10: earlier migrations work on these, as they stood then.
_V10_SYNCED_TABLES = CASE_TABLES + PLAN_TABLES
SYNCED_TABLES = _V10_SYNCED_TABLES + (TRANSLATION_TABLE, MERGE_TABLE)
SYNC_COLUMNS = {"version_vector": str, "deleted_context": str}


def _vector_of(field_versions: dict[str, str]) -> dict[str, str]:
    """The newest stamp from each device among a record's field stamps."""
    vector: dict[str, str] = {}
    for stamp in field_versions.values():
        device = stamp.split(".", 2)[2]
        vector[device] = max(vector.get(device, ""), stamp)
    return vector


def _v3_sync(db: sqlite_utils.Database) -> None:
    """Version vectors, kept states of deleted records, conflicts, peers and sync history."""
    for table in CASE_TABLES:
        db.table(table).add_column("version_vector", str)
        # Set while a record deleted on one device was edited on another: it stays until decided.
        db.table(table).add_column("deleted_context", str)
        for record_id, versions in db.execute(f"SELECT id, field_versions FROM [{table}]").fetchall():
            db.execute(
                f"UPDATE [{table}] SET version_vector = ? WHERE id = ?",
                [json.dumps(_vector_of(json.loads(versions or "{}")), sort_keys=True), record_id],
            )
    db.table("tombstones").add_column("state", str)
    db.table("conflicts").create(
        {"record_type": str, "record_id": str, "field": str, "stamp": str, "value": str},
        pk=("record_type", "record_id", "field", "stamp"),
    )
    db.table("pending_records").create(
        {"record_type": str, "record_id": str, "waits_for": str, "state": str},
        pk=("record_type", "record_id"),
    )
    db.table("peers").create(
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
    db.table("sync_history").create(
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
    db.table("sync_history").create_index(["bundle_id"])


def _v4_seed_baseline(db: sqlite_utils.Database) -> None:
    """The seed as last loaded, so a newer seed's corrections can be told from unchanged fields."""
    db.table("seed_baseline").create(
        {"record_type": str, "record_id": str, "state": str}, pk=("record_type", "record_id")
    )


def _v5_plans(db: sqlite_utils.Database) -> None:
    """City profiles, adaptation plans, their progress entries and shortlists; all of them sync.

    Sections of a plan are JSON in TEXT columns, one column each, so that two teams editing
    different sections on different devices merge without a conflict.
    """
    synced = {**STAMPED, **SYNC_COLUMNS, "created_at": str, "updated_at": str}
    db.table("city_profiles").create(
        {
            "id": str,
            "name": str,
            "country": str,
            "population": int,
            "density": int,
            "governance_level": str,
            "powers": str,
            "budget_band": str,
            "digital_readiness": str,
            "data_readiness": str,
            "connectivity": str,
            "climate": str,
            "languages": str,
            "legal_constraints": str,
            "partners": str,
            "notes": str,
            **synced,
        },
        pk="id",
    )
    # No foreign keys to cases or profiles: a plan may arrive before its case, and outlives it.
    db.table("plans").create(
        {
            "id": str,
            "title": str,
            "case_id": str,
            "profile_id": str,
            "language": str,
            "state": str,
            **{section: str for section in PLAN_SECTIONS},
            **synced,
        },
        pk="id",
    )
    db.table("progress_entries").create(
        {
            "id": str,
            "plan_id": str,
            "date": str,
            "stage": str,
            "narrative": str,
            "readings": str,
            "adaptations": str,
            **synced,
        },
        pk="id",
    )
    db.table("shortlists").create({"id": str, "name": str, "notes": str, "items": str, **synced}, pk="id")
    db.table("plans").create_index(["case_id"])
    db.table("progress_entries").create_index(["plan_id"])


def _v6_nfc_text(db: sqlite_utils.Database) -> None:
    """Text stored before every way in normalised it is NFC-normalised, as bundles carry it.

    Only the text changes, never a field's version: it is the same text, written another way.
    """
    for table in (*_V10_SYNCED_TABLES, "conflicts"):
        names = [c.name for c in db[table].columns if c.type.upper() == "TEXT"]
        key = "rowid"
        for row in db.execute(f"SELECT {key}, {', '.join(f'[{n}]' for n in names)} FROM [{table}]"):
            changed = {
                name: unicodedata.normalize("NFC", value)
                for name, value in zip(names, row[1:], strict=True)
                if isinstance(value, str) and not unicodedata.is_normalized("NFC", value)
            }
            if changed:
                sets = ", ".join(f"[{name}] = ?" for name in changed)
                db.execute(f"UPDATE [{table}] SET {sets} WHERE {key} = ?", [*changed.values(), row[0]])


PROVENANCE_COLUMNS = ("origin", "external_id", "origin_url", "licence", "attribution")


def _v7_provenance(db: sqlite_utils.Database) -> None:
    """Where a case came from: the library or file, its id and page there, licence, attribution."""
    add_text_fields(db, "cases", PROVENANCE_COLUMNS)
    db.table("cases").create_index(["external_id"], find_unique_name=True)
    db.table("cases").create_index(["origin_url"], find_unique_name=True)


PLAN_SECTIONS = (
    "intent",
    "context",
    "fit",
    "hypothesis",
    "stakeholders",
    "engagement",
    "resources",
    "risks",
    "prototype",
    "indicators",
    "scaling",
    "milestones",
    "signoff",
)


def _v8_peer_keys(db: sqlite_utils.Database) -> None:
    """Trust decided per signing key: each key seen, the device it speaks for, and its trust.

    A device's row in `peers` names the key it is pinned to; a key refused never pins anything,
    so an impostor refused cannot lock the real device out.
    """
    db.table("peer_keys").create(
        {
            "fingerprint": str,
            "public_key": str,
            "device_id": str,
            "name": str,
            "trust": str,
            "announced_by": str,
            "first_seen_at": str,
        },
        pk="fingerprint",
    )
    db.execute(
        "INSERT INTO peer_keys "
        "(fingerprint, public_key, device_id, name, trust, announced_by, first_seen_at) "
        "SELECT fingerprint, public_key, device_id, name, trust, '', coalesce(last_import_at, '') FROM peers "
        "WHERE fingerprint IS NOT NULL AND fingerprint != ''"
    )
    # A key refused under the old rules was pinned to the device it claimed: unpin it.
    db.execute("UPDATE peers SET public_key = '', fingerprint = '', trust = '' WHERE trust = 'never'")


def _v9_pending_parts(db: sqlite_utils.Database) -> None:
    """Parts waiting for their case or file: found by what they wait for, dated so that they expire."""
    db.table("pending_records").add_column("parked_at", str)
    # Parts already waiting count from the day the app learnt to expire them.
    db.execute("UPDATE pending_records SET parked_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')")
    db.table("pending_records").create_index(["waits_for"], find_unique_name=True)
    db.table("pending_records").create_index(["parked_at"], find_unique_name=True)


def _v10_edit_proofs(db: sqlite_utils.Database) -> None:
    """Each synced record keeps its authors' signed proofs of the edits it holds (JSON text)."""
    for table in _V10_SYNCED_TABLES:
        db.table(table).add_column("edits", str)


# The fields of a case and of its parts that can be translated, in reading order.
TRANSLATED_FIELDS = {
    "cases": ("title", "summary", "body", "problem", "approach", "results", "lessons"),
    "components": ("name", "description", "mechanism", "preconditions"),
    "sources": ("title", "reliability"),
}


def _v11_translations(db: sqlite_utils.Database) -> None:
    """Linked translations: one synced record per translated field of a case or part and language,
    its `value` JSON naming what it translates, so two translators merge field by field."""
    db.table(TRANSLATION_TABLE).create(
        {"id": str, "value": str, **STAMPED, **SYNC_COLUMNS, "updated_at": str, "edits": str}, pk="id"
    )
    db.execute(
        f"CREATE INDEX idx_{TRANSLATION_TABLE}_case ON [{TRANSLATION_TABLE}] "
        "(json_extract(value, '$.case_id'), json_extract(value, '$.language'))"
    )


def _v12_merges(db: sqlite_utils.Database) -> None:
    """Merges of duplicate cases as synced records, so other devices see and can undo them."""
    db.table(MERGE_TABLE).create(
        {
            "id": str,
            "kept": str,
            "before": str,
            "merged_at": str,
            "undone_at": str,
            **STAMPED,
            **SYNC_COLUMNS,
            "edits": str,
        },
        pk="id",
    )


def _v13_field_history(db: sqlite_utils.Database) -> None:
    """Every replaced version of a synced record's fields, found by record and by case."""
    db.table("field_history").create(
        {"record_type": str, "record_id": str, "case_id": str, "field": str, "stamp": str, "value": str},
        pk=("record_type", "record_id", "field", "stamp"),
    )
    db.table("field_history").create_index(["case_id"], find_unique_name=True)


def _v14_plan_sharing(db: sqlite_utils.Database) -> None:
    """Each plan's sharing level: private, organisation or outcomes (none set: organisation)."""
    db.table("plans").add_column("sharing", str)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_catalogue,
    _v2_tombstones,
    _v3_sync,
    _v4_seed_baseline,
    _v5_plans,
    _v6_nfc_text,
    _v7_provenance,
    _v8_peer_keys,
    _v9_pending_parts,
    _v10_edit_proofs,
    _v11_translations,
    _v12_merges,
    _v13_field_history,
    _v14_plan_sharing,
]
LATEST_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database, upto: int = LATEST_VERSION) -> None:
    """Apply each pending migration in its own transaction, stopping at `upto`."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    for number in range(current + 1, upto + 1):
        with db.atomic():
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
