"""The `.leaps` file: a signed manifest, records in canonical JSON, attachments by SHA-256.

Reading goes in two steps, so that a bundle can be refused before its members cost anything:
`open_bundle` checks the container, the manifest and its signature; `read_members` then streams
each member, hashing it as it comes and stopping at its cap, and checks the shape of every record.
"""

from __future__ import annotations

import base64
import hashlib
import stat
import unicodedata
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store import jsontext
from desktop.store.migrations import MERGE_TABLE, TRANSLATION_TABLE
from desktop.store.replica import RecordState

# Re-exported: callers outside sync/ know a bundle's refusal as desktop.sync.bundle.BundleError.
from desktop.sync.bundle_json import BundleError as BundleError
from desktop.sync.bundle_json import check_vector, load_json
from desktop.sync.bundle_manifest import (
    MAX_MEMBERS,
    Part,
    check_announcements,
    check_members,
    check_organisation,
    check_part,
    manifest_text,
)
from desktop.sync.bundle_records import check_record
from desktop.sync.keys import DeviceKey, fingerprint, verify

FORMAT = "leaps-bundle"
FORMAT_VERSION = 4
# Format 3 adds translation records and format 4 merge records; a bundle is written in the oldest
# format that holds what it carries, so that an app that reads only older formats still takes it.
FORMAT_WITHOUT_TRANSLATIONS = 2
FORMAT_FOR = {TRANSLATION_TABLE: 3, MERGE_TABLE: 4}
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORDS_PER_MEMBER = 500
MAX_MANIFEST_BYTES = 16 * 1024**2
# What one bundle may hold, checked while reading (docs/bundle-format.md lists them). The app's
# own exports stay well inside: 500 records to a member, attachments under the editor's cap.
MAX_RECORDS = 200_000
KINDS = ("full", "incremental", "selection")
UNREADABLE_MANIFEST = QT_TRANSLATE_NOOP("Validation", "{file}: the manifest cannot be read ({reason})")


@dataclass
class Bundle:
    """A verified bundle: who signed it, what it covers, its records and attachments."""

    path: Path
    bundle_id: str
    kind: str
    created_at: str
    device_id: str
    device_name: str
    public_key: str
    since: dict[str, str]
    covers: dict[str, str]
    part: Part | None
    records: list[RecordState]
    blobs: Mapping[str, bytes] = field(default_factory=dict)
    # The manifest's member entries: path, size and sha256 of each, read by `read_members`.
    members: list[dict[str, Any]] = field(default_factory=list)
    members_read: bool = False
    # The signer's key rotations, each signed by the key it replaced (checked by the receiver).
    announcements: list[Any] = field(default_factory=list)
    # Organisation certificates and revocation lists (checked by the receiver against the
    # organisations it trusts): {"certificates": [...], "revocations": [...]}.
    organisation: dict[str, list[Any]] = field(default_factory=dict)
    # Format 1 carries no signature per change: its records are taken on the signer's word.
    format_version: int = FORMAT_VERSION

    @property
    def fingerprint(self) -> str:
        """The signer's key fingerprint."""
        return fingerprint(base64.b64decode(self.public_key))


def to_wire(value: Any) -> Any:
    """Canonical JSON has no floats: decimals travel as text."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def _wire_state(state: RecordState) -> dict[str, Any]:
    data = state.to_json()
    data["fields"] = {k: to_wire(v) for k, v in data["fields"].items()}
    data["siblings"] = {k: [[to_wire(v), s] for v, s in vs] for k, vs in data["siblings"].items()}
    if "past" in data:
        data["past"] = {k: [[to_wire(v), s] for v, s in vs] for k, vs in data["past"].items()}
    return data


def _canonical(value: Any) -> bytes:
    return jsontext.dumps(value).encode("utf-8")


def write_bundle(
    path: Path,
    key: DeviceKey,
    *,
    device_id: str,
    device_name: str,
    kind: str,
    since: dict[str, str],
    covers: dict[str, str],
    records: Iterable[RecordState],
    blobs: dict[str, bytes],
    created_at: str,
    part: Part | None = None,
    announcements: list[dict[str, str]] | None = None,
    organisation: dict[str, Any] | None = None,
) -> Path:
    """Write a signed bundle to `path`; callers write through desktop.store.files.replacing_all."""
    members: list[tuple[str, bytes]] = []
    batch: list[dict[str, Any]] = []
    version = FORMAT_WITHOUT_TRANSLATIONS
    for state in records:
        version = max(version, FORMAT_FOR.get(state.type, version))
        batch.append(_wire_state(state))
        if len(batch) == RECORDS_PER_MEMBER:
            members.append((f"records/{len(members) + 1:04d}.json", _canonical(batch)))
            batch = []
    if batch:
        members.append((f"records/{len(members) + 1:04d}.json", _canonical(batch)))
    record_members = len(members)
    members += [(f"blobs/{digest}", content) for digest, content in sorted(blobs.items())]
    device: dict[str, Any] = {"id": device_id, "name": device_name, "public_key": key.public_text}
    if announcements:
        device["announcements"] = announcements
    manifest = {
        "format": FORMAT,
        "format_version": version,
        "bundle_id": str(uuid.uuid4()),
        "kind": kind,
        "created_at": created_at,
        "device": device,
        "since": since,
        "covers": covers,
        "part": part.__dict__ if part else None,
        "record_members": record_members,
        "members": [
            {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in members
        ],
    }
    if organisation:
        manifest["organisation"] = organisation
    manifest_bytes = _canonical(manifest)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, base64.b64encode(key.sign(manifest_bytes)))
        for name, data in members:
            archive.writestr(name, data)
    return path


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read a member, stopping as soon as it is larger than it may be."""
    return b"".join(_stream_capped(archive, info, limit))


def _stream_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
    """A member's bytes in chunks, stopping as soon as it is larger than it may be."""
    total = 0
    with archive.open(info) as handle:
        while chunk := handle.read(1 << 16):
            total += len(chunk)
            if total > limit:
                raise BundleError(
                    message(
                        QT_TRANSLATE_NOOP("Validation", "member {member} is larger than the manifest says"),
                        member=info.filename,
                    )
                )
            yield chunk


def _entries(path: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The archive's entries by name, after the container's own checks."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS + 2:
        raise BundleError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{file} has {count} entries, more than a bundle may hold"),
                file=path.name,
                count=len(infos),
            )
        )
    by_name = {}
    for info in infos:
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleError(
                message(
                    QT_TRANSLATE_NOOP("Validation", "{file} contains a symbolic link ({member}); refused"),
                    file=path.name,
                    member=info.filename,
                )
            )
        if info.filename in by_name:
            raise BundleError(
                message(
                    QT_TRANSLATE_NOOP("Validation", "{file} names {member} twice"),
                    file=path.name,
                    member=info.filename,
                )
            )
        by_name[info.filename] = info
    if MANIFEST not in by_name or SIGNATURE not in by_name:
        unsigned = QT_TRANSLATE_NOOP("Validation", "{file} has no manifest or no signature")
        raise BundleError(message(unsigned, file=path.name))
    return by_name


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BundleError(
            message(QT_TRANSLATE_NOOP("Validation", "{path} does not exist"), path=path)
        ) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        damaged = QT_TRANSLATE_NOOP(
            "Validation",
            "{file} is damaged, incomplete or not a LEAPS bundle (not a readable zip archive: {reason})",
        )
        raise BundleError(message(damaged, file=path.name, reason=error)) from None


def open_bundle(path: Path) -> Bundle:
    """Check a bundle's container, manifest and signature, reading no other member.

    What it returns names the signer and lists the members; `read_members` reads them.
    """
    with _open_zip(path) as archive:
        by_name = _entries(path, archive)
        try:
            manifest_bytes = _read_capped(archive, by_name[MANIFEST], MAX_MANIFEST_BYTES)
            signature = base64.b64decode(_read_capped(archive, by_name[SIGNATURE], 1024), validate=True)
        except (ValueError, zipfile.BadZipFile, EOFError, OSError, zlib.error) as error:
            raise BundleError(message(UNREADABLE_MANIFEST, file=path.name, reason=error)) from None
        try:
            manifest = load_json(manifest_bytes, "the manifest")
        except BundleError as error:
            raise BundleError(message(UNREADABLE_MANIFEST, file=path.name, reason=error)) from None
    bundle = _check_manifest(path, manifest)
    if not verify(bundle.public_key, signature, manifest_bytes):
        altered = QT_TRANSLATE_NOOP(
            "Validation", "{file}: the signature does not match; the bundle was altered or damaged"
        )
        raise BundleError(message(altered, file=path.name))
    return bundle


def read_members(bundle: Bundle, columns: dict[str, dict[str, str]]) -> None:
    """Stream and verify every member the manifest lists; fills the bundle's records and blobs.

    Attachments are hashed as they stream and not kept: `bundle.blobs` reads each again,
    checked again, when it is stored.
    """
    path = bundle.path
    with _open_zip(path) as archive:
        by_name = _entries(path, archive)
        records: list[RecordState] = []
        seen: set[tuple[str, str]] = set()
        blobs: dict[str, tuple[str, int]] = {}
        for entry in bundle.members:
            name, size, digest = entry["path"], entry["size"], entry["sha256"]
            info = by_name.get(name)
            if info is None:
                truncated = QT_TRANSLATE_NOOP("Validation", "{file} is missing {member}; it may be truncated")
                raise BundleError(message(truncated, file=path.name, member=name))
            hasher = hashlib.sha256()
            chunks = []
            for chunk in _verified_chunks(path, archive, info, size, digest, hasher):
                if name.startswith("records/"):
                    chunks.append(chunk)
            if name.startswith("blobs/"):
                if hasher.hexdigest() != name.removeprefix("blobs/"):
                    raise BundleError(
                        message(
                            QT_TRANSLATE_NOOP(
                                "Validation", "{file}: attachment {member} is not what its name says"
                            ),
                            file=path.name,
                            member=name,
                        )
                    )
                blobs[digest] = (name, size)
                continue
            batch = load_json(b"".join(chunks), f"{path.name}: {name}")
            if not isinstance(batch, list):
                raise BundleError(
                    message(
                        QT_TRANSLATE_NOOP("Validation", "{file}: {member} is not a list of records"),
                        file=path.name,
                        member=name,
                    )
                )
            if len(records) + len(batch) > MAX_RECORDS:
                raise BundleError(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Validation", "{file} holds more than {limit} records; a bundle may not"
                        ),
                        file=path.name,
                        limit=f"{MAX_RECORDS:,}",
                    )
                )
            for item in batch:
                state = check_record(item, columns)
                if (state.type, state.id) in seen:
                    raise BundleError(
                        message(
                            QT_TRANSLATE_NOOP("Validation", "{file}: {kind} {id} appears twice"),
                            file=path.name,
                            kind=state.type,
                            id=state.id,
                        )
                    )
                seen.add((state.type, state.id))
                records.append(state)
    bundle.records = records
    bundle.blobs = BundleBlobs(path, blobs)
    bundle.members_read = True


def _verified_chunks(
    path: Path,
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    size: int,
    digest: str,
    hasher: Any,
) -> Iterator[bytes]:
    """A member's chunks, hashed as they stream; refused if its length or SHA-256 is not declared."""
    total = 0
    try:
        for chunk in _stream_capped(archive, info, size):
            hasher.update(chunk)
            total += len(chunk)
            yield chunk
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error) as error:
        unreadable = QT_TRANSLATE_NOOP(
            "Validation", "{file}: {member} cannot be read; the bundle is damaged ({reason})"
        )
        raise BundleError(message(unreadable, file=path.name, member=info.filename, reason=error)) from None
    if total != size or hasher.hexdigest() != digest:
        damaged = QT_TRANSLATE_NOOP(
            "Validation", "{file}: {member} does not match its checksum; the bundle is damaged"
        )
        raise BundleError(message(damaged, file=path.name, member=info.filename))


class BundleBlobs(Mapping[str, bytes]):
    """A verified bundle's attachments by digest, read from the file one at a time when asked for."""

    def __init__(self, path: Path, members: dict[str, tuple[str, int]]) -> None:
        self.path, self._members = path, members

    def __getitem__(self, digest: str) -> bytes:
        name, size = self._members[digest]
        with _open_zip(self.path) as archive:
            info = _entries(self.path, archive).get(name)
            if info is None:
                raise BundleError(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Validation", "{file} is missing {member}; it changed since it was checked"
                        ),
                        file=self.path.name,
                        member=name,
                    )
                )
            return b"".join(_verified_chunks(self.path, archive, info, size, digest, hashlib.sha256()))

    def __iter__(self) -> Iterator[str]:
        return iter(self._members)

    def __len__(self) -> int:
        return len(self._members)


def read_bundle(path: Path, columns: dict[str, dict[str, str]]) -> Bundle:
    """Open and verify a bundle whole; raises BundleError saying what is wrong."""
    bundle = open_bundle(path)
    read_members(bundle, columns)
    return bundle


def _check_manifest(path: Path, manifest: Any) -> Bundle:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        other = QT_TRANSLATE_NOOP(
            "Validation", "{file} is not a LEAPS bundle (its manifest has another format)"
        )
        raise BundleError(message(other, file=path.name))
    version = manifest.get("format_version")
    if not isinstance(version, int):
        raise BundleError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{file}: the manifest has no format version"), file=path.name
            )
        )
    if version > FORMAT_VERSION:
        newer = QT_TRANSLATE_NOOP(
            "Validation",
            "{file} was made by a newer LEAPS Catalogue (bundle format {version}; this app reads up to "
            "{supported}). Update the app to import it.",
        )
        raise BundleError(message(newer, file=path.name, version=version, supported=FORMAT_VERSION))
    try:
        device = manifest["device"]
        members = manifest["members"]
        kind = manifest["kind"]
        if (
            kind not in KINDS
            or not isinstance(device, dict)
            or not isinstance(device.get("id"), str)
            or not isinstance(members, list)
        ):
            raise TypeError(message(QT_TRANSLATE_NOOP("Validation", "bad kind, device or members")))
        name = device.get("name", "")
        return Bundle(
            path=path,
            bundle_id=manifest_text(manifest, "bundle_id"),
            kind=kind,
            created_at=manifest_text(manifest, "created_at"),
            device_id=device["id"],
            device_name=name if isinstance(name, str) else "",
            public_key=manifest_text(manifest, "device", "public_key"),
            since=check_vector(manifest.get("since", {}), "since"),
            covers=check_vector(manifest.get("covers", {}), "covers"),
            part=check_part(manifest.get("part")),
            records=[],
            members=check_members(path, members),
            announcements=check_announcements(device.get("announcements", [])),
            organisation=check_organisation(manifest.get("organisation", {})),
            format_version=version,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise BundleError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{file}: the manifest is incomplete or malformed ({reason})"),
                file=path.name,
                reason=error,
            )
        ) from None
