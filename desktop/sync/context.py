"""What every sync job shares: the open catalogue, this device's id, name and key."""

from __future__ import annotations

import platform

import sqlite_utils

from desktop.catalogue.service import Catalogue
from desktop.store.clock import beyond
from desktop.store.migrations import SYNCED_TABLES
from desktop.store.replica import read_knowledge, record_columns
from desktop.sync.keys import DeviceKey, load_or_create_key


class SyncContext:
    """One catalogue as its sync jobs see it."""

    def __init__(self, catalogue: Catalogue, device_name: str | None = None) -> None:
        self.catalogue = catalogue
        self.db: sqlite_utils.Database = catalogue.db
        self.key: DeviceKey = load_or_create_key(catalogue.data_dir)
        self.device_id: str = catalogue.writer.device_id
        self.device_name = device_name or platform.node() or "LEAPS device"
        self.columns = {t: record_columns(self.db, t) for t in SYNCED_TABLES}

    def knowledge(self) -> dict[str, str]:
        """For each device, the newest of its edits up to which this catalogue holds them all."""
        known = read_knowledge(self.db)
        own = self.catalogue.writer.clock.last.encode()
        known[self.device_id] = max(known.get(self.device_id, ""), own)
        return known

    def within_drift(self, vector: dict[str, str]) -> dict[str, str]:
        """The entries of a vector that are not further ahead than this computer's clock allows."""
        first_bad = beyond(self.catalogue.writer.clock.limit_ms())
        return {device: stamp for device, stamp in vector.items() if stamp < first_bad}
