"""This device's signing key: an Ed25519 pair made once and kept in the data dir."""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.store.errors import CatalogueError

KEY_FILE = "device_key.pem"


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a public key: the first 128 bits of its SHA-256."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass
class DeviceKey:
    """The private key that signs this device's bundles."""

    private: Ed25519PrivateKey

    @property
    def public_bytes(self) -> bytes:
        """The raw 32-byte public key."""
        return self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def public_text(self) -> str:
        """The public key as base64, as written in manifests."""
        return base64.b64encode(self.public_bytes).decode("ascii")

    @property
    def fingerprint(self) -> str:
        """This device's fingerprint, as peers see it."""
        return fingerprint(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        """An Ed25519 signature of `data`."""
        return self.private.sign(data)


def load_or_create_key(folder: Path) -> DeviceKey:
    """The device key from the data dir, made on first use and never replaced."""
    path = folder / KEY_FILE
    if path.exists():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except ValueError as error:
            raise CatalogueError(f"{path} is damaged ({error}); restore it from a backup.") from error
        if not isinstance(key, Ed25519PrivateKey):
            raise CatalogueError(f"{path} does not hold an Ed25519 key.")
        return DeviceKey(key)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    temporary = path.with_suffix(".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    temporary.replace(path)
    return DeviceKey(key)


def verify(public_key_text: str, signature: bytes, data: bytes) -> bool:
    """True if `signature` is the given public key's signature of `data`."""
    try:
        raw = base64.b64decode(public_key_text, validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
