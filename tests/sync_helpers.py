"""Devices for sync tests: real catalogues in temp dirs that exchange real bundle files."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path
from typing import Any

from desktop.catalogue import Catalogue
from desktop.store.migrations import SYNCED_TABLES
from desktop.sync.service import ImportReport, SyncService

_files = itertools.count()


class Device:
    """One device: its own data dir, catalogue, key and sync service."""

    def __init__(self, folder: Path, name: str, template: Path | None = None) -> None:
        if template is not None:
            shutil.copytree(template, folder)
            # A copy of another install must not share its identity.
            for identity in ("device.json", "device_key.pem"):
                (folder / identity).unlink(missing_ok=True)
        self.folder = folder
        self.name = name
        self.catalogue = Catalogue.open(folder, load_seed=template is not None)
        self.sync = SyncService(self.catalogue, name)

    @property
    def id(self) -> str:
        return self.sync.device_id

    def send(self, other: Device, **export: Any) -> list[ImportReport]:
        """Export a bundle (or parts) to disk and import it into `other`, trusting the signer."""
        out = self.folder.parent / f"bundle-{next(_files)}-{self.name}-to-{other.name}.leaps"
        paths = self.sync.export(out, **export)
        return [other.sync.import_bundle(other.sync.read(p), "always") for p in paths]

    def close(self) -> None:
        self.catalogue.close()


def edit_on_each(case_id: str, field: str, edits: dict[Device, str]) -> None:
    """Each device sets the field of the case to its own value, before seeing the others'."""
    for device, value in edits.items():
        edited = device.catalogue.get(case_id)
        setattr(edited, field, value)
        device.catalogue.save(edited)


def content(device: Device) -> dict[str, list[tuple[Any, ...]]]:
    """Everything that must converge: records, their versions, conflicts and tombstones."""
    db = device.catalogue.db
    tables = [*SYNCED_TABLES, "case_themes", "case_sdgs"]
    snapshot = {t: sorted(db.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables}
    snapshot["conflicts"] = db.execute("SELECT * FROM conflicts ORDER BY 1, 2, 3, 4").fetchall()
    snapshot["tombstones"] = db.execute(
        "SELECT record_type, record_id, state FROM tombstones ORDER BY 1, 2"
    ).fetchall()
    snapshot["pending"] = db.execute(
        "SELECT record_type, record_id, state FROM pending_records ORDER BY 1, 2"
    ).fetchall()
    return snapshot
