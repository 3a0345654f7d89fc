"""Trust in other devices: which key a bundle's signer holds, what was decided about it, and what
each known device holds. Trust is a decision about a key; a device id is pinned to the key first
trusted for it, and another key for that id is refused unless the pinned key announced it."""

from __future__ import annotations

from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, UsageError, message
from desktop.store import jsontext
from desktop.store import peers as stored
from desktop.store.errors import CatalogueError, RecordNotFoundError
from desktop.store.migrations import SYNCED_TABLES
from desktop.store.replica import records_beyond
from desktop.store.sync_log import now_text, other_parts_imported
from desktop.sync.bundle import Bundle
from desktop.sync.bundle_json import BundleError
from desktop.sync.context import SyncContext
from desktop.sync.keys import announced
from desktop.sync.org import Certificate, Membership


def vector_max(a: dict[str, str], b: dict[str, str]) -> dict[str, str]:
    """The newest stamp of each device in either vector."""
    return {d: max(a.get(d, ""), b.get(d, "")) for d in set(a) | set(b)}


def unseen_total(context: SyncContext, knowledge: dict[str, str]) -> int:
    """How many records hold an edit beyond `knowledge`."""
    return sum(len(records_beyond(context.db, table, knowledge)) for table in SYNCED_TABLES)


def set_complete(context: SyncContext, bundle: Bundle) -> bool:
    """True for a whole bundle, or for the last part of a split set to arrive."""
    if bundle.part is None:
        return True
    done = other_parts_imported(context.db, bundle.part.set_id, bundle.bundle_id)
    return done + 1 >= bundle.part.count


def _unknown_peer(device_or_fingerprint: str) -> RecordNotFoundError:
    """The error for a device or key this catalogue has not seen in any bundle."""
    unknown = QT_TRANSLATE_NOOP("Validation", "No known peer is {peer}.")
    return RecordNotFoundError(
        message(unknown, peer=device_or_fingerprint), hint="`leaps peers` lists the devices seen so far."
    )


class PeerBook:
    """The devices and keys a catalogue has met, and the trust decided for each key."""

    def __init__(self, context: SyncContext) -> None:
        self.context = context
        self.db = context.db

    def peer(self, device_or_fingerprint: str) -> dict[str, Any]:
        """A known device by id or fingerprint; refused with a message if there is none."""
        row = stored.peer(self.db, device_or_fingerprint)
        if row is None:
            raise _unknown_peer(device_or_fingerprint)
        return row

    def pinned(self, device_id: str) -> dict[str, Any] | None:
        """The device's row if it is pinned to a key."""
        row = stored.peer_by_device(self.db, device_id)
        return row if row and row["public_key"] else None

    def key_trust(self, fingerprint: str) -> str:
        """The trust decided for a key, or "" if none was."""
        key = stored.key(self.db, fingerprint)
        return str(key["trust"]) if key else ""

    def peer_knowledge(self, device_id: str) -> dict[str, str]:
        """What a known device holds, as its last complete bundle told us."""
        knowledge: dict[str, str] = jsontext.loads(self.peer(device_id)["knowledge"], {})
        return knowledge

    def names(self) -> dict[str, str]:
        """Each known device's name by id, this one's included."""
        return {**stored.peer_names(self.db), self.context.device_id: self.context.device_name}

    def device_label(
        self, device_id: str, bundle: Bundle, members: dict[str, Certificate] | None = None
    ) -> str:
        """A device's name and id, as well as this catalogue (or its organisation) knows it."""
        if device_id == bundle.device_id:
            return f"{bundle.device_name} ({device_id})"
        row = stored.peer_by_device(self.db, device_id)
        if row and row["name"]:
            return f"{row['name']} ({device_id})"
        member = (members or {}).get(device_id)
        return f"{member.name} ({device_id})" if member else f"device {device_id}"

    def trust_of(self, bundle: Bundle) -> str:
        """What this catalogue decided about the bundle's signing key: always, never or unknown."""
        context = self.context
        if bundle.device_id == context.device_id:
            if bundle.public_key != context.key.public_text:
                not_ours = QT_TRANSLATE_NOOP(
                    "Validation", "{file} claims to come from this device but is signed by another key"
                )
                raise BundleError(message(not_ours, file=bundle.path.name))
            return "always"
        key = stored.key(self.db, bundle.fingerprint)
        if key is not None and key["trust"] == "never":
            return "never"
        standing, why = Membership(self.db).standing(bundle.device_id, bundle.public_key, bundle.organisation)
        if standing == "revoked":
            revoked = QT_TRANSLATE_NOOP("Validation", "{file} is signed by {device}, but {why}; refused.")
            raise BundleError(message(revoked, file=bundle.path.name, device=bundle.device_name, why=why))
        if standing == "certified":
            return "always"  # a device of an organisation this catalogue trusts: no question asked
        pinned = self.pinned(bundle.device_id)
        if pinned is not None and pinned["public_key"] != bundle.public_key:
            if not announced(bundle.device_id, pinned["public_key"], bundle.public_key, bundle.announcements):
                name = pinned["name"] or bundle.device_id
                impostor = QT_TRANSLATE_NOOP(
                    "Validation",
                    "{file} claims to come from {name} ({device_id}) but is signed by a different key that "
                    "{name} never announced ({fingerprint}; {name} signs with {pinned}); refused. If {name} "
                    "really has a new key, check its fingerprint with its owner, then forget the old key "
                    "and import the bundle again.",
                )
                raise BundleError(
                    message(
                        impostor,
                        file=bundle.path.name,
                        name=name,
                        device_id=bundle.device_id,
                        fingerprint=bundle.fingerprint,
                        pinned=pinned["fingerprint"],
                    ),
                    hint=f"`leaps peers forget {pinned['fingerprint']}` forgets the old key.",
                )
            return self.key_trust(pinned["fingerprint"]) or "unknown"
        if key is not None and key["trust"] == "always":
            if key["device_id"] != bundle.device_id:
                borrowed = QT_TRANSLATE_NOOP(
                    "Validation",
                    "{file} is signed with the key of {name} ({device_id}) but claims to come from device "
                    "{claimed}; refused.",
                )
                raise BundleError(
                    message(
                        borrowed,
                        file=bundle.path.name,
                        name=key["name"],
                        device_id=key["device_id"],
                        claimed=bundle.device_id,
                    )
                )
            return "always"
        return "unknown"

    def key_for(self, fingerprint_or_device: str) -> dict[str, Any]:
        """The key a fingerprint names, or the key a device id is pinned to."""
        key = stored.key(self.db, fingerprint_or_device)
        if key is not None:
            return key
        pinned = self.pinned(fingerprint_or_device)
        if pinned is not None:
            return stored.key(self.db, pinned["fingerprint"]) or {
                **pinned,
                "announced_by": "",
                "first_seen_at": "",
            }
        # A key refused is never picked by the device id it claimed: an impostor's could be.
        claiming = stored.keys_claiming(self.db, fingerprint_or_device)
        if len(claiming) == 1:
            return claiming[0]
        if claiming:
            several = QT_TRANSLATE_NOOP(
                "Validation", "{count} keys claim to be device {device}; name one by its fingerprint."
            )
            raise CatalogueError(
                message(several, count=len(claiming), device=fingerprint_or_device),
                hint="`leaps peers` lists them.",
            )
        raise _unknown_peer(fingerprint_or_device)

    def peers(self) -> list[dict[str, Any]]:
        """Known devices with their fingerprint, trust and last bundles in and out, then keys
        refused or not yet pinned to a device (an impostor's, say)."""
        devices = [
            {
                **{k: v for k, v in row.items() if k not in ("public_key", "knowledge")},
                "unseen": unseen_total(self.context, jsontext.loads(row["knowledge"], {})),
            }
            for row in stored.all_peers(self.db)
        ]
        pinned = {d["fingerprint"] for d in devices}
        keys = [
            {
                "device_id": row["device_id"],
                "name": row["name"],
                "fingerprint": row["fingerprint"],
                "trust": row["trust"],
                "last_import_at": None,
                "last_export_at": None,
                "unseen": None,
            }
            for row in stored.unannounced_keys(self.db)
            if row["fingerprint"] not in pinned
        ]
        return devices + keys

    def trust(self, fingerprint_or_device: str, level: str = "always") -> dict[str, Any]:
        """Trust (or refuse) a known key for future imports; trusting it pins its device to it."""
        if level not in ("always", "never"):
            raise UsageError(message(QT_TRANSLATE_NOOP("Validation", "trust must be always or never")))
        key = self.key_for(fingerprint_or_device)
        with self.db.atomic():
            stored.save_key(self.db, {**key, "trust": level})
            existing = stored.peer_by_device(self.db, key["device_id"])
            row = existing or {"device_id": key["device_id"], "knowledge": "{}"}
            if level == "always":
                pin = {k: key[k] for k in ("public_key", "fingerprint", "name")}
                stored.save_peer(self.db, {**row, **pin, "trust": level})
            elif existing and row["fingerprint"] == key["fingerprint"]:
                stored.unpin(self.db, key["device_id"])
        return {**key, "trust": level}

    def forget(self, fingerprint_or_device: str) -> dict[str, Any]:
        """Forget a key (or the key a device is pinned to): its trust, and the device pinned to it.

        The device's next bundle is asked about as if never seen; records already imported stay.
        """
        key = self.key_for(fingerprint_or_device)
        with self.db.atomic():
            stored.forget_key(self.db, key["fingerprint"])
        return key

    def remember(
        self, bundle: Bundle, trust: str, learn: bool = True, covers: dict[str, str] | None = None
    ) -> None:
        """Record the signer's key and trust; after an import, pin the device to it and note what
        it holds. A refused key pins nothing, so the real device is never locked out by it."""
        if bundle.device_id == self.context.device_id:
            return
        key_trust = self._remember_key(bundle, trust)
        if key_trust == "never":
            return
        row = stored.peer_by_device(self.db, bundle.device_id) or {
            "device_id": bundle.device_id,
            "knowledge": "{}",
        }
        knowledge = jsontext.loads(row.get("knowledge"), {})
        if learn and bundle.kind in ("full", "incremental") and set_complete(self.context, bundle):
            knowledge = vector_max(knowledge, covers or {})
        stored.save_peer(
            self.db,
            {
                **row,
                "name": bundle.device_name,
                "public_key": bundle.public_key,
                "fingerprint": bundle.fingerprint,
                "trust": key_trust,
                "knowledge": jsontext.dumps(knowledge),
                "last_import_at": now_text() if learn else row.get("last_import_at"),
            },
        )

    def _remember_key(self, bundle: Bundle, trust: str) -> str:
        """Record the signer's key, the device it claims and its trust (a rotated key inherits the
        trust of the key that announced it); returns that trust."""
        key = stored.key(self.db, bundle.fingerprint) or {}
        pinned = self.pinned(bundle.device_id)
        rotated_from = pinned["fingerprint"] if pinned and pinned["public_key"] != bundle.public_key else ""
        inherited = self.key_trust(rotated_from) if rotated_from else ""
        key_trust = str(trust or key.get("trust") or inherited)
        stored.save_key(
            self.db,
            {
                "fingerprint": bundle.fingerprint,
                "public_key": bundle.public_key,
                "device_id": bundle.device_id,
                "name": bundle.device_name,
                "trust": key_trust,
                "announced_by": rotated_from or key.get("announced_by") or "",
                "first_seen_at": key.get("first_seen_at") or now_text(),
            },
        )
        return key_trust
