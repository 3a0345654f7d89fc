"""What a catalogue keeps of organisations: roots it trusts, certificates and revocations seen."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from desktop.store import jsontext

ROOTS_KEY = "org_roots"  # org id -> {"name", "public_key"}: organisations this catalogue trusts
OWN_CERTIFICATE_KEY = "org_own_certificate"  # this device's certificate, shown in every bundle
CERTIFICATES_KEY = "org_certificates"  # key fingerprint -> certificate, as verified on arrival
REVOCATIONS_KEY = "org_revocations"  # org id -> the newest revocation list seen
# Curation states only a curator may set; a member's change setting one is refused.
CURATOR_STATES = ("reviewed", "verified")


def read(db: sqlite_utils.Database, key: str, default: Any) -> Any:
    """One of the values above, or `default` if the catalogue holds none."""
    row = db.execute("SELECT value FROM catalogue_meta WHERE key = ?", [key]).fetchone()
    return jsontext.loads(row[0], default) if row else default


def write(db: sqlite_utils.Database, key: str, value: Any) -> None:
    """Store one of the values above."""
    db.execute(
        "INSERT INTO catalogue_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, jsontext.dumps(value)],
    )


def own_role(db: sqlite_utils.Database) -> str | None:
    """The role this device's own certificate gives it (checked when it was taken), or None."""
    certificate = read(db, OWN_CERTIFICATE_KEY, None)
    body = certificate.get("body") if isinstance(certificate, dict) else None
    return body.get("role") if isinstance(body, dict) else None
