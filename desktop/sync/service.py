"""The sync features the window and the CLI share, over one open catalogue: each job lives in
its own module (exporting, importing, peers, conflicts, folder_sync) and this class hands on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.catalogue.service import Catalogue
from desktop.store.pending import clear_pending, waiting_parts
from desktop.store.sync_log import history
from desktop.sync import folder_sync
from desktop.sync.bundle import Bundle
from desktop.sync.conflicts import Conflicts
from desktop.sync.context import SyncContext
from desktop.sync.exporting import Exporter
from desktop.sync.importing import TRUST_LEVELS, Importer
from desktop.sync.keys import DeviceKey, rotate_key
from desktop.sync.org import Certificate, Membership, read_signed_file
from desktop.sync.peers import PeerBook
from desktop.sync.reports import Conflict, ImportReport, Progress, ProgressFor, UntrustedSignerError

__all__ = ["TRUST_LEVELS", "Conflict", "ImportReport", "ProgressFor", "SyncService", "UntrustedSignerError"]


class SyncService:
    """Bundles in and out of one open catalogue."""

    def __init__(self, catalogue: Catalogue, device_name: str | None = None) -> None:
        self.context = SyncContext(catalogue, device_name)
        self.catalogue = catalogue
        self.db = catalogue.db
        self.device_id = self.context.device_id
        self.device_name = self.context.device_name
        self.peer_book = PeerBook(self.context)
        self.exporter = Exporter(self.context, self.peer_book)
        self.importer = Importer(self.context, self.peer_book)
        self._conflicts = Conflicts(self.context, self.peer_book)

    @property
    def key(self) -> DeviceKey:
        """This device's signing key."""
        return self.context.key

    # This device

    def knowledge(self) -> dict[str, str]:
        """For each device, the newest of its edits up to which this catalogue holds them all."""
        return self.context.knowledge()

    def device(self) -> dict[str, str]:
        """This device's id, name and key fingerprint."""
        return {
            "device_id": self.device_id,
            "name": self.device_name,
            "fingerprint": self.key.fingerprint,
            "public_key": self.key.public_text,
        }

    def rotate_key(self) -> DeviceKey:
        """Give this device a new key, announced under the old one in every bundle from now on."""
        self.context.key = rotate_key(self.catalogue.data_dir, self.device_id)
        self.catalogue.writer.forget_key()
        return self.context.key

    # Export

    def export(
        self,
        out: Path,
        *,
        for_peer: str | None = None,
        case_ids: list[str] | None = None,
        max_size: int | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Path]:
        """Write everything, what a peer has not seen, or chosen cases (see Exporter.export)."""
        return self.exporter.export(
            out,
            for_peer=for_peer,
            case_ids=case_ids,
            max_size=max_size,
            progress=progress,
            cancelled=cancelled,
        )

    def unseen_count(self, device_id: str) -> int:
        """How many records a known device has not yet received from this catalogue."""
        return self.exporter.unseen_count(device_id)

    # Import

    def read(self, path: Path) -> Bundle:
        """Open and verify a bundle file whole (see Importer.read)."""
        return self.importer.read(path)

    def open(self, path: Path) -> Bundle:
        """Open a bundle for its preview (see Importer.open)."""
        return self.importer.open(path)

    def preview(self, bundle: Bundle) -> ImportReport:
        """What importing the bundle would do, without changing anything."""
        return self.importer.preview(bundle)

    def import_bundle(
        self,
        bundle: Bundle,
        trust: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        reindex: bool = True,
    ) -> ImportReport:
        """Apply a bundle in one transaction, asking about an unknown signer first."""
        return self.importer.import_bundle(bundle, trust, progress, cancelled, reindex)

    def import_files(
        self, paths: list[Path], trust: str | None = None, dry_run: bool = False
    ) -> list[ImportReport]:
        """Verify and import (or preview) each file in turn."""
        return self.importer.import_files(paths, trust, dry_run)

    # Conflicts

    def conflicts(self) -> list[Conflict]:
        """Every open conflict: concurrent edits of a field, and deletions against edits."""
        return self._conflicts.conflicts()

    def resolve(self, conflict_id: str, keep: str, merged: Any = None) -> Conflict:
        """Settle a conflict: keep `mine`, `theirs`, or a `merge` a person wrote from both."""
        return self._conflicts.resolve(conflict_id, keep, merged)

    # Peers

    def peers(self) -> list[dict[str, Any]]:
        """Known devices, then keys refused or not yet pinned to a device."""
        return self.peer_book.peers()

    def peer_knowledge(self, device_id: str) -> dict[str, str]:
        """What a known device holds, as its last complete bundle told us."""
        return self.peer_book.peer_knowledge(device_id)

    def trust(self, fingerprint_or_device: str, level: str = "always") -> dict[str, Any]:
        """Trust (or refuse) a known key for future imports; trusting it pins its device to it."""
        return self.peer_book.trust(fingerprint_or_device, level)

    def forget(self, fingerprint_or_device: str) -> dict[str, Any]:
        """Forget a key (or the key a device is pinned to), and the device pinned to it."""
        return self.peer_book.forget(fingerprint_or_device)

    # Organisation

    def organisation(self) -> dict[str, Any]:
        """The organisations trusted, this device's certificate, the members and the revocations."""
        return Membership(self.db).status()

    def join_organisation(self, certificate_file: Path) -> Certificate:
        """Take this device's certificate (made by the organisation's administrator) from a file."""
        device = self.device()
        signed = read_signed_file(certificate_file)
        with self.db.atomic():
            return Membership(self.db).join(signed, device["device_id"], device["public_key"])

    # Waiting parts, history and sync folders

    def pending(self) -> list[dict[str, Any]]:
        """Parts waiting for their case, or attachments for their file, the oldest first."""
        return waiting_parts(self.db)

    def clear_pending(self) -> int:
        """Drop every waiting part (a bundle that carries one again parks it again); how many."""
        return clear_pending(self.db)

    def history(self) -> list[dict[str, Any]]:
        """Every import and export, newest first."""
        return history(self.db)

    def sync_folder(
        self, folder: Path, trust: str | None = None, progress_for: ProgressFor | None = None
    ) -> dict[str, Any]:
        """Import every new bundle found in a folder, then write this device's bundle there."""
        return folder_sync.sync_folder(self.importer, self.exporter, folder, trust, progress_for)

    def import_folder(
        self, folder: Path, trust: str | None = None, progress_for: ProgressFor | None = None
    ) -> dict[str, Any]:
        """Import every new bundle in a folder; also say what each bundle read there covers."""
        return folder_sync.import_folder(self.importer, folder, trust, progress_for)
