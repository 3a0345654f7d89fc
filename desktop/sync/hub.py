"""The hub: an always-on catalogue over a synced folder that merges every device's bundles and
writes each device one bundle of what it has not yet received.

The folder is kept in sync by Syncthing (or is a network share); the hub never talks to the network
itself. Devices write `<device id>.leaps` there as usual; the hub writes `to-<device id>.leaps`,
which each device reads on its next sync. A bundle every device already holds is removed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.store.files import write_atomically
from desktop.sync.folder import addressed_bundle_name, addressee

if TYPE_CHECKING:
    from desktop.sync.service import ProgressFor, SyncService

_STATE_FILE = "hub.json"


def _covers(outer: dict[str, str], inner: dict[str, str]) -> bool:
    """True when `outer` holds every device's edits up to where `inner` does."""
    return all(outer.get(device, "") >= stamp for device, stamp in inner.items())


@dataclass
class HubRound:
    """What one pass over the folder did."""

    imported: list[dict[str, Any]] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "refused": self.refused,
            "written": self.written,
            "pruned": self.pruned,
        }


class Hub:
    """One catalogue relaying for every device it trusts, over one synced folder."""

    def __init__(self, sync: SyncService, folder: Path) -> None:
        self.sync = sync
        self.folder = folder
        # What the hub last wrote for each device, so an unread bundle is not rewritten every round
        # (each rewrite would be a new file for Syncthing to carry).
        self._state_path = sync.catalogue.data_dir / _STATE_FILE
        try:
            self._written: dict[str, dict[str, str]] = json.loads(self._state_path.read_text("utf-8"))
        except (OSError, ValueError):
            self._written = {}

    def devices(self) -> list[str]:
        """The devices the hub relays for: those trusted always."""
        return [p["device_id"] for p in self.sync.peers() if p.get("trust") == "always"]

    def run_round(self, trust: str | None = None, progress_for: ProgressFor | None = None) -> HubRound:
        """Import what arrived, write each device what it lacks, remove what everyone holds;
        `progress_for("import" or "export", file name)` gives each file's progress function."""
        found = self.sync.import_folder(self.folder, trust, progress_for)
        result = HubRound(imported=found["imported"], refused=found["refused"])
        knowledge = self.sync.knowledge()
        devices = self.devices()
        holdings = {device: self.sync.peer_knowledge(device) for device in devices}
        for device in devices:
            target = self.folder / addressed_bundle_name(device)
            if not self.sync.unseen_count(device):
                if target.exists():  # read and acknowledged: nothing left to carry
                    target.unlink()
                    result.pruned.append(target.name)
                continue
            if target.exists() and self._written.get(device) == knowledge:
                continue  # written already and not yet read
            progress = progress_for("export", target.name) if progress_for else None
            result.written += [str(p) for p in self.sync.export(target, for_peer=device, progress=progress)]
            self._written[device] = knowledge
        for path, covered in found["covers"].items():
            if addressee(path) is None and holdings and all(_covers(h, covered) for h in holdings.values()):
                path.unlink(missing_ok=True)
                result.pruned.append(path.name)
        self._save_state()
        return result

    def _save_state(self) -> None:
        write_atomically(self._state_path, json.dumps(self._written, sort_keys=True).encode())
