"""The devices and keys a catalogue has met: `peers` (a device pinned to a key, what it holds)
and `peer_keys` (every signing key seen, the device it claims and the trust decided for it)."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop.store import jsontext, meta

Row = dict[str, Any]


def peer(db: sqlite_utils.Database, device_or_fingerprint: str) -> Row | None:
    """A known device by its id or by the fingerprint of the key it is pinned to."""
    rows = list(
        db.query(
            "SELECT * FROM peers WHERE device_id = ? OR fingerprint = ?",
            [device_or_fingerprint, device_or_fingerprint],
        )
    )
    return rows[0] if rows else None


def peer_by_device(db: sqlite_utils.Database, device_id: str) -> Row | None:
    """A device's row in `peers`, pinned to a key or not."""
    rows = list(db.query("SELECT * FROM peers WHERE device_id = ?", [device_id]))
    return rows[0] if rows else None


def all_peers(db: sqlite_utils.Database) -> list[Row]:
    """Every known device, by name."""
    return list(db.query("SELECT * FROM peers ORDER BY name"))


def peer_names(db: sqlite_utils.Database) -> dict[str, str]:
    """Each known device's name by id."""
    return {row[0]: row[1] for row in db.execute("SELECT device_id, name FROM peers")}


def pinned_keys(db: sqlite_utils.Database) -> dict[str, str]:
    """Device id -> the public key it is pinned to."""
    return {
        row[0]: row[1] for row in db.execute("SELECT device_id, public_key FROM peers WHERE public_key != ''")
    }


def save_peer(db: sqlite_utils.Database, row: Row) -> None:
    """Insert or replace a device's row."""
    db.table("peers").upsert(row, pk="device_id")


def unpin(db: sqlite_utils.Database, device_id: str) -> None:
    """The device is pinned to no key (its key was refused)."""
    db.table("peers").update(device_id, {"public_key": "", "fingerprint": "", "trust": ""})


def note_export(db: sqlite_utils.Database, device_id: str, at: str) -> None:
    """When a bundle was last written for a device."""
    db.execute("UPDATE peers SET last_export_at = ? WHERE device_id = ?", [at, device_id])


def key(db: sqlite_utils.Database, fingerprint: str) -> Row | None:
    """A key seen, by its fingerprint."""
    rows = list(db.query("SELECT * FROM peer_keys WHERE fingerprint = ?", [fingerprint]))
    return rows[0] if rows else None


def keys_claiming(db: sqlite_utils.Database, device_id: str) -> list[Row]:
    """The keys not refused that claimed to be this device."""
    return list(db.query("SELECT * FROM peer_keys WHERE device_id = ? AND trust != 'never'", [device_id]))


def unannounced_keys(db: sqlite_utils.Database) -> list[Row]:
    """Every key no later key was announced under (the newest of each device's), by name."""
    return list(
        db.query(
            "SELECT * FROM peer_keys k WHERE NOT EXISTS "
            "(SELECT 1 FROM peer_keys n WHERE n.announced_by = k.fingerprint) ORDER BY name"
        )
    )


def known_keys(db: sqlite_utils.Database) -> dict[str, tuple[str, str]]:
    """Public key -> (the device it claims, its trust)."""
    return {
        row[0]: (row[1], row[2]) for row in db.execute("SELECT public_key, device_id, trust FROM peer_keys")
    }


def save_key(db: sqlite_utils.Database, row: Row) -> None:
    """Insert or replace a key's row."""
    db.table("peer_keys").upsert(row, pk="fingerprint")


def forget_key(db: sqlite_utils.Database, fingerprint: str) -> None:
    """Forget a key and the device pinned to it."""
    db.execute("DELETE FROM peer_keys WHERE fingerprint = ?", [fingerprint])
    db.execute("DELETE FROM peers WHERE fingerprint = ?", [fingerprint])


# Device id -> {"by": the key fingerprint of the relay trusted always that first passed its edits on,
# "keys": the keys that relay passed them on under}, for devices never met directly.
VOUCHED_KEY = "vouched_keys"


def vouched_keys(db: sqlite_utils.Database) -> dict[str, dict[str, Any]]:
    """Device id -> the relay that vouched for its keys, and those keys."""
    value: dict[str, dict[str, Any]] = jsontext.loads(meta.get(db, VOUCHED_KEY), {})
    return value


def save_vouched_keys(db: sqlite_utils.Database, vouched: dict[str, dict[str, Any]]) -> None:
    """Store what `vouched_keys` reads."""
    meta.put(db, {VOUCHED_KEY: jsontext.dumps(vouched)})
