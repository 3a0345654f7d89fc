"""Devices for sync tests: real catalogues in temp dirs that exchange real bundle files."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.catalogue.service import Catalogue
from desktop.store import jsontext
from desktop.store.migrations import SYNCED_TABLES
from desktop.sync.bundle import MANIFEST, SIGNATURE
from desktop.sync.keys import DeviceKey
from desktop.sync.service import ImportReport, SyncService

Records = list[dict[str, Any]]
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
    snapshot["history"] = db.execute("SELECT * FROM field_history ORDER BY 1, 2, 3, 4").fetchall()
    snapshot["tombstones"] = db.execute(
        "SELECT record_type, record_id, state FROM tombstones ORDER BY 1, 2"
    ).fetchall()
    snapshot["pending"] = db.execute(
        "SELECT record_type, record_id, state FROM pending_records ORDER BY 1, 2"
    ).fetchall()
    return snapshot


def rewrite(
    bundle: Path,
    out: Path,
    key: DeviceKey,
    records: Callable[[Records], None] | None = None,
    manifest: Callable[[dict[str, Any]], None] | None = None,
) -> Path:
    """A copy of a real bundle with its records and/or manifest changed, validly signed by `key`."""
    with zipfile.ZipFile(bundle) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    the_manifest = json.loads(members.pop(MANIFEST))
    members.pop(SIGNATURE)
    for entry in the_manifest["members"]:
        name = entry["path"]
        if records is not None and name.startswith("records/"):
            batch = json.loads(members[name])
            records(batch)
            members[name] = jsontext.dumps(batch).encode("utf-8")
        entry.update(size=len(members[name]), sha256=hashlib.sha256(members[name]).hexdigest())
    if manifest is not None:
        manifest(the_manifest)
    manifest_bytes = jsontext.dumps(the_manifest).encode("utf-8")
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, base64.b64encode(key.sign(manifest_bytes)))
        for name, data in members.items():
            archive.writestr(name, data)
    return out
