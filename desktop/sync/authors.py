"""Who made each change in a bundle: every edit checked against its author's signature and key.

A relay (a hub, a colleague's laptop) passes other devices' edits on; it cannot make, alter or
re-attribute one, because each edit is signed by its author's key. A record's version vector
is derived from its signed edits, so a relay cannot claim it has seen more than they show.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils
from nacl.exceptions import CryptoError
from nacl.signing import VerifyKey

from desktop.store import peers as stored_peers
from desktop.store import seed_baseline, sync_log
from desktop.store.proofs import derived_vv, held_versions, past_versions, payload, value_digest
from desktop.store.replica import RecordState
from desktop.sync.bundle import Bundle
from desktop.sync.keys import fingerprint

SEED_DEVICE = "seed"
# Signatures checked ahead per task, and the most tasks waiting at once (bounds the memory).
VERIFY_CHUNK = 256
VERIFY_WORKERS = min(os.cpu_count() or 1, 4)
Signed = tuple[VerifyKey, bytes, bytes]  # a key, the bytes it signed, the signature


def _raw(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _valid(signed: Signed) -> bool:
    verifier, data, signature = signed
    try:
        verifier.verify(data, signature)
    except (CryptoError, ValueError):
        return False
    return True


def _all_valid(batch: list[Signed]) -> list[bool]:
    return [_valid(signed) for signed in batch]


def _by_stamp(state: RecordState) -> dict[str, list[tuple[str, Any]]]:
    """The (field, value) pairs of each held version of the record, by the stamp of its edit."""
    versions: dict[str, list[tuple[str, Any]]] = {}
    for name, value, stamp in held_versions(state):
        versions.setdefault(stamp, []).append((name, value))
    return versions


@dataclass
class AuthorCheck:
    """Checks the authors of one bundle's records against what this catalogue knows of keys."""

    db: sqlite_utils.Database
    bundle: Bundle
    own_device: str
    own_keys: set[str]
    signer_keys: set[str]
    signer_trust: str
    # Device id -> the key a trusted organisation certifies for it.
    certified: dict[str, str] = field(default_factory=dict)
    verified: dict[str, set[str]] = field(default_factory=dict)
    refused: dict[str, int] = field(default_factory=dict)
    # Device id -> records refused because a relay not trusted always passed on their changes
    # signed with a key this catalogue has never met for that device.
    unmet: dict[str, int] = field(default_factory=dict)
    # Device id -> records refused because one of its signed edits claims to have seen an edit of
    # this device that this device never sent anywhere.
    overclaimed: dict[str, int] = field(default_factory=dict)
    first_signed: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._pinned = stored_peers.pinned_keys(self.db)
        self._keys = stored_peers.known_keys(self.db)
        self._signing_since = sync_log.signing_since(self.db)
        self._vouched = stored_peers.vouched_keys(self.db)
        self._newly_vouched = False
        self._sent = sync_log.sent_up_to(self.db)
        self._verifiers: dict[str, VerifyKey | None] = {}
        self._seed: dict[tuple[str, str], RecordState] | None = None
        # (id of a record's state, stamp) -> whether that held edit's signature checked out.
        self._checked_ahead: dict[tuple[int, str], bool] = {}

    def check_ahead(self, states: Iterable[RecordState]) -> None:
        """Check the signature of every held edit of these records before `accept` is asked
        about them, in chunks on a few threads: the Ed25519 checks run outside Python's lock,
        so they take the other cores while the next chunk is prepared. `accept` still makes
        every other check, and checks itself any signature not checked here. The states must
        stay as they are (and alive) until `accept` has seen them."""
        keys: list[tuple[int, str]] = []
        batch: list[Signed] = []
        waiting: deque[tuple[list[tuple[int, str]], Future[list[bool]]]] = deque()
        with ThreadPoolExecutor(VERIFY_WORKERS) as pool:
            for state in states:
                for stamp, named in _by_stamp(state).items():
                    proof = state.edits.get(stamp)
                    signed = self._signed_bytes(state, stamp, proof, named) if proof else None
                    if signed is None:
                        continue
                    keys.append((id(state), stamp))
                    batch.append(signed)
                    if len(batch) == VERIFY_CHUNK:
                        waiting.append((keys, pool.submit(_all_valid, batch)))
                        keys, batch = [], []
                        while len(waiting) > 2 * VERIFY_WORKERS:
                            self._collect(*waiting.popleft())
            if batch:
                waiting.append((keys, pool.submit(_all_valid, batch)))
            while waiting:
                self._collect(*waiting.popleft())

    def _collect(self, keys: list[tuple[int, str]], results: Future[list[bool]]) -> None:
        self._checked_ahead.update(zip(keys, results.result(), strict=True))

    def accept(self, state: RecordState) -> bool:
        """True if every version the record holds is its author's; its vector is then derived
        from what it holds. False (and the author counted) otherwise."""
        versions = _by_stamp(state)
        for stamp, named in versions.items():
            author = stamp.split(".", 2)[2]
            proof = state.edits.get(stamp)
            ok: bool | str
            if proof:
                ok = self._signed(state, stamp, proof, author, named)
            else:
                ok = self._unsigned(state, stamp, author, named)
            if ok in ("unmet", "overclaimed"):
                counts = self.unmet if ok == "unmet" else self.overclaimed
                counts[author] = counts.get(author, 0) + 1
                return False
            if not ok:
                self.refused[author] = self.refused.get(author, 0) + 1
                return False
        kept = set(versions)
        if state.past:
            self._keep_provable_past(state, kept)
            kept |= {stamp for _, _, stamp in past_versions(state)}
        if len(state.edits) != sum(1 for stamp in state.edits if stamp in kept):
            state.edits = {stamp: proof for stamp, proof in state.edits.items() if stamp in kept}
        state.vv = derived_vv(state, kept)
        return True

    def _keep_provable_past(self, state: RecordState, checked: set[str]) -> None:
        """Keep only the earlier versions their authors' signatures vouch for: history no relay
        can forge. An unprovable one is left out, the record itself still taken."""
        ok: dict[str, bool] = dict.fromkeys(checked, True)
        past: dict[str, list[tuple[Any, str]]] = {}
        for name, value, stamp in past_versions(state):
            author = stamp.split(".", 2)[2]
            proof = state.edits.get(stamp)
            if stamp not in ok:
                found = (
                    self._signed(state, stamp, proof, author, [])
                    if proof
                    else self._unsigned(state, stamp, author, [])
                )
                ok[stamp] = found is True
            digest = proof.get("gone", {}).get(name) if proof else None
            if ok[stamp] and (proof is None or digest == value_digest(value)):
                past.setdefault(name, []).append((value, stamp))
        state.past = past

    def _key_is_authors(self, author: str, key: str) -> bool | str:
        """True if `key` may sign for `author`, as far as this catalogue knows; "unmet" if the
        author was never met and the relay may not vouch for its key."""
        if author == self.own_device:
            return key in self.own_keys
        if author == self.bundle.device_id:
            return key in self.signer_keys
        known = self._keys.get(key)
        if known is not None:
            # A key recorded here signs for its own device only, and never once refused.
            return known[1] != "never" and known[0] == author
        pinned = self._pinned.get(author)
        if pinned is not None:
            return pinned == key  # met, and pinned to another key
        if self.certified.get(author) == key:
            return True  # a trusted organisation certifies this key for this device
        vouched = self._vouched.get(author)
        if vouched is not None and key in vouched["keys"]:
            return True
        if vouched is not None and vouched["by"] != self.bundle.fingerprint:
            return False  # another relay vouched for this device first, under other keys
        if self.signer_trust != "always":
            return "unmet"  # a relay trusted once cannot vouch for a device never met
        # The relay that vouched first may vouch for another key (the device rotated it).
        keys = [*vouched["keys"], key] if vouched is not None else [key]
        self._vouched[author] = {"by": self.bundle.fingerprint, "keys": keys}
        self._newly_vouched = True
        return True

    def _verifier(self, key: str) -> VerifyKey | None:
        if key not in self._verifiers:
            raw = _raw(key)
            self._verifiers[key] = VerifyKey(raw) if raw is not None and len(raw) == 32 else None
        return self._verifiers[key]

    def _signed(
        self, state: RecordState, stamp: str, proof: dict[str, Any], author: str, named: list[tuple[str, Any]]
    ) -> bool | str:
        key, seen = proof["key"], proof["seen"]
        if any(s >= stamp for s in seen.values()):
            return False  # an edit cannot have seen what came after it
        if (
            author != self.own_device
            and self._sent is not None
            and seen.get(self.own_device, "") > self._sent
        ):
            # It claims to have seen an edit of this device that no bundle from here carried: a
            # claim that would silently drop that edit (instead of a conflict) wherever it arrives.
            return "overclaimed"
        authors_key = self._key_is_authors(author, key)
        if authors_key is not True:
            return authors_key
        valid = self._checked_ahead.pop((id(state), stamp), None) if named else None
        if valid is None:
            signed = self._signed_bytes(state, stamp, proof, named)
            valid = signed is not None and _valid(signed)
        if not valid:
            return False
        self.verified.setdefault(author, set()).add(key)
        if stamp < self.first_signed.get(author, "~"):
            self.first_signed[author] = stamp
        return True

    def _signed_bytes(
        self, state: RecordState, stamp: str, proof: dict[str, Any], named: list[tuple[str, Any]]
    ) -> Signed | None:
        """The key, signed bytes and signature of one edit whose values held are `named`; None if
        its key or signature is not even well formed."""
        verifier, signature = self._verifier(proof["key"]), _raw(proof["sig"])
        if verifier is None or signature is None:
            return None
        digests = dict(proof.get("gone", {}))
        digests.update((name, value_digest(value)) for name, value in named)
        return verifier, payload(state, stamp, proof["seen"], digests), signature

    def _unsigned(self, state: RecordState, stamp: str, author: str, named: list[tuple[str, Any]]) -> bool:
        """An edit with no signature: the seed's, the signer's own, or one from before signatures
        passed on by a signer trusted always."""
        if author == SEED_DEVICE:
            # A version of the seed this app shipped must say what it says; another release's
            # seed is taken on the signer's word, as a format 1 bundle is.
            seed = self._seed_state(state) or RecordState(state.type, state.id)
            return all(
                seed.stamps.get(name) != stamp or seed.fields.get(name) == value for name, value in named
            )
        if author == self.bundle.device_id:
            return True  # the signer vouches for its own edits, in a format 1 bundle as in any
        since = self._signing_since.get(author)
        # From a device known to sign its edits (or certified, so running an app that signs), an
        # unsigned one is a forgery, whatever the bundle's format: a relay cannot strip the
        # signatures off a device's edits by passing them on as format 1.
        if author in self.certified or (since is not None and stamp >= since):
            return False
        return self.signer_trust == "always"

    def _seed_state(self, state: RecordState) -> RecordState | None:
        if self._seed is None:
            self._seed = {
                key: RecordState.from_json(data) for key, data in seed_baseline.read(self.db).items()
            }
        return self._seed.get((state.type, state.id))

    def remember(self) -> None:
        """Note, for later bundles, from when each author is known to sign its edits, and the key
        a relay trusted always first passed on a device's edits under."""
        merged = dict(self._signing_since)
        for author, stamp in self.first_signed.items():
            merged[author] = min(merged.get(author, stamp), stamp)
        if merged != self._signing_since:
            sync_log.save_signing_since(self.db, merged)
        if self._newly_vouched:
            stored_peers.save_vouched_keys(self.db, self._vouched)

    def author_labels(self, names: dict[str, str]) -> list[str]:
        """ "name (fingerprint)" of each author whose signed edits the bundle carries."""
        return [
            f"{names.get(device) or device} ({', '.join(sorted(fingerprint(_raw(k) or b'') for k in keys))})"
            for device, keys in sorted(self.verified.items())
        ]
