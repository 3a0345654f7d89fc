"""A bundle manifest's parts checked for shape and caps: its member list, a split set's part, the
signer's key announcements and the organisation's certificates and revocation lists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store.records import MAX_ATTACHMENT_BYTES
from desktop.sync.bundle_json import SHA256, BundleError
from desktop.sync.keys import MAX_ANNOUNCEMENTS
from desktop.sync.org import MAX_CERTIFICATES, MAX_REVOCATION_LISTS, MAX_REVOKED

MAX_MEMBERS = 20_000
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_RECORDS_MEMBER_BYTES = 64 * 1024**2
MAX_PARTS = 100_000
MEMBER_NAME = re.compile(r"^(records/\d{4,6}\.json|blobs/[0-9a-f]{64})$")


@dataclass
class Part:
    """Where a bundle stands in a set split to fit a size cap."""

    set_id: str
    index: int
    count: int


def check_members(path: Path, members: Any) -> list[dict[str, Any]]:
    """The manifest's member list, each entry well formed and within its cap."""
    if len(members) > MAX_MEMBERS:
        raise BundleError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{file} lists {count} members, more than a bundle may hold"),
                file=path.name,
                count=len(members),
            )
        )
    total = 0
    for entry in members:
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("path"), str)
            and MEMBER_NAME.match(entry["path"])
            and isinstance(entry.get("size"), int)
            and not isinstance(entry["size"], bool)
            and entry["size"] >= 0
            and isinstance(entry.get("sha256"), str)
            and SHA256.match(entry["sha256"])
        ):
            raise BundleError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Validation", "{file}: the manifest lists a member with a bad name or size"
                    ),
                    file=path.name,
                )
            )
        name, size = entry["path"], entry["size"]
        total += size
        if total > MAX_TOTAL_BYTES:
            raise BundleError(
                message(
                    QT_TRANSLATE_NOOP("Validation", "{file} would unpack to more than {limit} bytes"),
                    file=path.name,
                    limit=MAX_TOTAL_BYTES,
                )
            )
        if name.startswith("blobs/") and size > MAX_ATTACHMENT_BYTES:
            too_big = QT_TRANSLATE_NOOP(
                "Validation",
                "{file}: attachment {member} is {size} bytes; attachments may be at most {limit}",
            )
            raise BundleError(
                message(
                    too_big, file=path.name, member=name, size=f"{size:,}", limit=f"{MAX_ATTACHMENT_BYTES:,}"
                )
            )
        if name.startswith("records/") and size > MAX_RECORDS_MEMBER_BYTES:
            too_big = QT_TRANSLATE_NOOP(
                "Validation", "{file}: {member} is {size} bytes; a records member may be at most {limit}"
            )
            raise BundleError(
                message(
                    too_big,
                    file=path.name,
                    member=name,
                    size=f"{size:,}",
                    limit=f"{MAX_RECORDS_MEMBER_BYTES:,}",
                )
            )
    if len({e["path"] for e in members}) != len(members):
        raise BundleError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{file}: the manifest lists a member twice"), file=path.name
            )
        )
    checked: list[dict[str, Any]] = members
    return checked


def check_part(part: Any) -> Part | None:
    """A split set's part, or None; raises ValueError if malformed."""
    if part is None:
        return None
    if not isinstance(part, dict) or not isinstance(part.get("set_id"), str):
        raise ValueError(message(QT_TRANSLATE_NOOP("Validation", "bad part")))
    index, count = part.get("index"), part.get("count")
    whole = all(isinstance(n, int) and not isinstance(n, bool) for n in (index, count))
    if not (whole and isinstance(index, int) and isinstance(count, int)):
        raise ValueError(
            message(QT_TRANSLATE_NOOP("Validation", "part index and count must be whole numbers"))
        )
    if not 1 <= index <= count <= MAX_PARTS:
        out_of_range = QT_TRANSLATE_NOOP("Validation", "part {index} of {count} is out of range")
        raise ValueError(message(out_of_range, index=index, count=count))
    return Part(part["set_id"], index, count)


def manifest_text(manifest: dict[str, Any], *keys: str) -> str:
    """A required text value of the manifest (keys walk into nested objects)."""
    value: Any = manifest
    for key in keys:
        value = value[key]
    if not isinstance(value, str):
        raise TypeError(message(QT_TRANSLATE_NOOP("Validation", "{key} must be text"), key=".".join(keys)))
    return value


def check_announcements(value: Any) -> list[Any]:
    """The key rotations a manifest lists (checked later, against the key pinned)."""
    if not isinstance(value, list) or len(value) > MAX_ANNOUNCEMENTS:
        raise TypeError(message(QT_TRANSLATE_NOOP("Validation", "bad key announcements")))
    return value


def check_organisation(value: Any) -> dict[str, list[Any]]:
    """The certificates and revocation lists a manifest carries (verified later, by the receiver)."""
    if not isinstance(value, dict):
        raise TypeError(message(QT_TRANSLATE_NOOP("Validation", "bad organisation part")))
    certificates, revocations = value.get("certificates", []), value.get("revocations", [])
    if not isinstance(certificates, list) or len(certificates) > MAX_CERTIFICATES:
        too_many = QT_TRANSLATE_NOOP("Validation", "more than {limit} certificates, or not a list")
        raise TypeError(message(too_many, limit=MAX_CERTIFICATES))
    if not isinstance(revocations, list) or len(revocations) > MAX_REVOCATION_LISTS:
        too_many = QT_TRANSLATE_NOOP("Validation", "more than {limit} revocation lists, or not a list")
        raise TypeError(message(too_many, limit=MAX_REVOCATION_LISTS))
    for signed in revocations:
        revoked = signed.get("body", {}).get("revoked", []) if isinstance(signed, dict) else None
        if not isinstance(revoked, list) or len(revoked) > MAX_REVOKED:
            raise TypeError(message(QT_TRANSLATE_NOOP("Validation", "bad revocation list")))
    return {"certificates": certificates, "revocations": revocations}
