"""Device signing keys: key files written by earlier versions still load and sign the same way."""

from __future__ import annotations

import base64
import stat
import sys
from pathlib import Path

import pytest

from desktop.store.errors import CatalogueError
from desktop.sync.keys import KEY_FILE, DeviceKey, fingerprint, load_or_create_key, verify

# A device_key.pem as earlier versions wrote it (OpenSSL's PKCS#8), with its public key and its
# signature of MESSAGE: Ed25519 signatures are deterministic, so the same key must give the same one.
EARLIER_KEY_FILE = b"""-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEINrCaFfViWkdi+1VNVmPOxxHdkcUZr/pG39IDLHoN2Vf
-----END PRIVATE KEY-----
"""
EARLIER_PUBLIC = "P/4xLdep1kDt+epG1aIPWyg/oJ7v6dlg31y5/MTXnkM="
EARLIER_SIGNATURE = base64.b64decode(
    "dClYqQjwdC26N4Qu19Li3scVpsZe1iKNA82p8lUWKQVd+uSUlYJCseE9Agkd+27SVYEmhBDHvHS8TvsV9N7TCg=="
)
MESSAGE = b"LEAPS bundle manifest"


def test_a_key_file_from_an_earlier_version_keeps_its_identity(tmp_path: Path) -> None:
    (tmp_path / KEY_FILE).write_bytes(EARLIER_KEY_FILE)
    key = load_or_create_key(tmp_path)
    assert key.public_text == EARLIER_PUBLIC
    assert key.fingerprint == fingerprint(base64.b64decode(EARLIER_PUBLIC))
    assert key.sign(MESSAGE) == EARLIER_SIGNATURE
    assert (tmp_path / KEY_FILE).read_bytes() == EARLIER_KEY_FILE


def test_a_new_key_is_written_in_the_same_format_and_kept(tmp_path: Path) -> None:
    first = load_or_create_key(tmp_path)
    text = (tmp_path / KEY_FILE).read_text(encoding="ascii")
    assert text.startswith("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI")
    assert load_or_create_key(tmp_path).public_bytes == first.public_bytes
    assert len(first.public_bytes) == 32
    if sys.platform != "win32":
        assert stat.S_IMODE((tmp_path / KEY_FILE).stat().st_mode) == 0o600


def test_signatures_verify_only_for_their_key_and_bytes() -> None:
    key, other = DeviceKey.generate(), DeviceKey.generate()
    signature = key.sign(MESSAGE)
    assert len(signature) == 64
    assert verify(key.public_text, signature, MESSAGE)
    assert verify(EARLIER_PUBLIC, EARLIER_SIGNATURE, MESSAGE)
    assert not verify(other.public_text, signature, MESSAGE)
    assert not verify(key.public_text, signature, MESSAGE + b".")
    assert not verify(key.public_text, signature[:-1], MESSAGE)
    assert not verify("not base64!", signature, MESSAGE)
    assert not verify(base64.b64encode(b"short").decode(), signature, MESSAGE)


@pytest.mark.parametrize(
    "content",
    [
        b"garbage",
        b"-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----\n",
        # An RSA-style PKCS#8 header: a PEM key, but not Ed25519.
        b"-----BEGIN PRIVATE KEY-----\n"
        b"MIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA\n"
        b"-----END PRIVATE KEY-----\n",
        EARLIER_KEY_FILE.replace(b"N2Vf", b""),
    ],
    ids=["not pem", "bad base64", "not ed25519", "truncated"],
)
def test_a_damaged_key_file_is_named_and_left_alone(tmp_path: Path, content: bytes) -> None:
    (tmp_path / KEY_FILE).write_bytes(content)
    with pytest.raises(CatalogueError, match=KEY_FILE):
        load_or_create_key(tmp_path)
    assert (tmp_path / KEY_FILE).read_bytes() == content
