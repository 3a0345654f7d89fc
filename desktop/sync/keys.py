"""This device's signing key: an Ed25519 pair made once and kept in the data dir."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import CryptoError
from nacl.signing import SigningKey, VerifyKey

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store import jsontext
from desktop.store.errors import CatalogueError
from desktop.store.files import write_atomically

KEY_FILE = "device_key.pem"

# The key file is PKCS#8 (RFC 8410) in PEM, as OpenSSL writes an Ed25519 key: this DER prefix, then
# the 32-byte seed. The optional public key of a version-2 file follows the seed and is ignored.
_PKCS8_PREFIXES = (
    bytes.fromhex("302e020100300506032b657004220420"),
    bytes.fromhex("3051020101300506032b657004220420"),
)
_PEM_BEGIN, _PEM_END = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----"
_SEED_SIZE = 32


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a public key: the first 128 bits of its SHA-256."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass
class DeviceKey:
    """The private key that signs this device's bundles."""

    private: SigningKey

    @classmethod
    def generate(cls) -> DeviceKey:
        """A new random key."""
        return cls(SigningKey.generate())

    @property
    def public_bytes(self) -> bytes:
        """The raw 32-byte public key."""
        return bytes(self.private.verify_key)

    @property
    def public_text(self) -> str:
        """The public key as base64, as written in manifests."""
        return base64.b64encode(self.public_bytes).decode("ascii")

    @property
    def fingerprint(self) -> str:
        """This device's fingerprint, as peers see it."""
        return fingerprint(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        """An Ed25519 signature of `data` (64 bytes, without the message)."""
        return self.private.sign(data).signature

    def pem(self) -> bytes:
        """The key as an unencrypted PKCS#8 PEM file, readable by OpenSSL."""
        der = _PKCS8_PREFIXES[0] + bytes(self.private)
        return f"{_PEM_BEGIN}\n{base64.b64encode(der).decode('ascii')}\n{_PEM_END}\n".encode("ascii")


def key_from_pem(pem: bytes) -> DeviceKey:
    """The key held in a PKCS#8 PEM file; ValueError naming what is wrong otherwise."""
    text = pem.decode("ascii", errors="replace").strip()
    if not (text.startswith(_PEM_BEGIN) and text.endswith(_PEM_END)):
        raise ValueError(message(QT_TRANSLATE_NOOP("Validation", "not a PEM private key")))
    try:
        der = base64.b64decode("".join(text[len(_PEM_BEGIN) : -len(_PEM_END)].split()), validate=True)
    except binascii.Error as error:
        raise ValueError(
            message(QT_TRANSLATE_NOOP("Validation", "bad base64: {reason}"), reason=error)
        ) from error
    prefix = der[: len(_PKCS8_PREFIXES[0])]
    seed = der[len(prefix) : len(prefix) + _SEED_SIZE]
    if prefix not in _PKCS8_PREFIXES or len(seed) != _SEED_SIZE:
        raise ValueError(message(QT_TRANSLATE_NOOP("Validation", "not an Ed25519 key")))
    return DeviceKey(SigningKey(seed))


def load_or_create_key(folder: Path) -> DeviceKey:
    """The device key from the data dir, made on first use and never replaced."""
    path = folder / KEY_FILE
    if path.exists():
        try:
            return key_from_pem(path.read_bytes())
        except ValueError as error:
            raise CatalogueError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Validation", "{path} is damaged ({reason}); restore it from a backup."
                    ),
                    path=path,
                    reason=error,
                )
            ) from error
    key = DeviceKey.generate()
    try:
        write_atomically(path, key.pem(), mode=0o600)  # private: only this user may read it
    except OSError as error:
        unwritten = QT_TRANSLATE_NOOP(
            "Validation",
            "The device key cannot be written to {path} ({reason}); if the disk is full, free some space "
            "and try again.",
        )
        raise CatalogueError(message(unwritten, path=path, reason=error.strerror or error)) from None
    return key


def verify(public_key_text: str, signature: bytes, data: bytes) -> bool:
    """True if `signature` is the given public key's signature of `data`."""
    try:
        raw = base64.b64decode(public_key_text, validate=True)
        VerifyKey(raw).verify(data, signature)
    except (CryptoError, ValueError, TypeError):
        return False
    return True


ANNOUNCEMENTS_FILE = "key_announcements.json"
# Rotations a bundle may carry: far more than a device makes in its life.
MAX_ANNOUNCEMENTS = 32


def announcement_bytes(device_id: str, old_key: str, new_key: str) -> bytes:
    """What the old key signs to announce the device's new key."""
    return jsontext.dumps({"device_id": device_id, "new_key": new_key, "old_key": old_key}).encode("utf-8")


def load_announcements(folder: Path) -> list[dict[str, str]]:
    """This device's key rotations, oldest first, each signed by the key it replaced."""
    path = folder / ANNOUNCEMENTS_FILE
    return jsontext.loads(path.read_text(encoding="utf-8"), []) if path.exists() else []


def rotate_key(folder: Path, device_id: str) -> DeviceKey:
    """Make this device a new key, announced under the old one so peers that pinned it follow.

    The announcement is written before the key, so a crash in between keeps the old key working.
    """
    old = load_or_create_key(folder)
    new = DeviceKey.generate()
    signed = old.sign(announcement_bytes(device_id, old.public_text, new.public_text))
    entry = {
        "device_id": device_id,
        "old_key": old.public_text,
        "new_key": new.public_text,
        "signature": base64.b64encode(signed).decode("ascii"),
    }
    announcements = [*load_announcements(folder), entry]
    try:
        write_atomically(folder / ANNOUNCEMENTS_FILE, jsontext.dumps(announcements).encode("utf-8"))
        write_atomically(folder / KEY_FILE, new.pem(), mode=0o600)
    except OSError as error:
        unwritten = QT_TRANSLATE_NOOP(
            "Validation",
            "The new device key cannot be written in {folder} ({reason}); the old key stays in use. If the "
            "disk is full, free some space and try again.",
        )
        raise CatalogueError(message(unwritten, folder=folder, reason=error.strerror or error)) from None
    return new


def announces(entry: object, device_id: str, old_key: str) -> str | None:
    """The new key an announcement validly gives after `old_key`, or None."""
    if not isinstance(entry, dict) or entry.get("device_id") != device_id or entry.get("old_key") != old_key:
        return None
    new_key, signature = entry.get("new_key"), entry.get("signature")
    if not isinstance(new_key, str) or not isinstance(signature, str):
        return None
    try:
        raw = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError):
        return None
    return new_key if verify(old_key, raw, announcement_bytes(device_id, old_key, new_key)) else None


def announced(device_id: str, pinned: str, key: str, announcements: list[object]) -> bool:
    """True if `key` follows the `pinned` key of a device through rotations each signed by the
    key it replaced."""
    current = pinned
    for _ in announcements[:MAX_ANNOUNCEMENTS]:
        following = [n for n in (announces(a, device_id, current) for a in announcements) if n]
        if not following:
            return False
        current = following[0]
        if current == key:
            return True
    return False
