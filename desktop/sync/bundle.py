"""The `.leaps` file: a signed manifest, records in canonical JSON, attachments by SHA-256.

Reading goes in two steps, so that a bundle can be refused before its members cost anything:
`open_bundle` checks the container, the manifest and its signature; `read_members` then streams
each member, hashing it as it comes and stopping at its cap, and checks the shape of every record.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import stat
import unicodedata
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, LeapsError, message
from desktop.store import jsontext
from desktop.store.clock import Stamp
from desktop.store.migrations import SYNCED_TABLES, TRANSLATION_TABLE
from desktop.store.records import MAX_ATTACHMENT_BYTES, MAX_TEXT_CHARS
from desktop.store.replica import RecordState
from desktop.store.translations import check_value as check_translation
from desktop.sync.keys import MAX_ANNOUNCEMENTS, DeviceKey, fingerprint, verify
from desktop.sync.org import MAX_CERTIFICATES, MAX_REVOCATION_LISTS, MAX_REVOKED

FORMAT = "leaps-bundle"
FORMAT_VERSION = 3
# Format 3 adds translation records; a bundle without any is written as format 2, so that an app
# that reads up to format 2 still takes it.
FORMAT_WITHOUT_TRANSLATIONS = 2
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORDS_PER_MEMBER = 500
MAX_MEMBERS = 20_000
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_MANIFEST_BYTES = 16 * 1024**2
# What one bundle may hold, checked while reading (docs/bundle-format.md lists them). The app's
# own exports stay well inside: 500 records to a member, attachments under the editor's cap.
MAX_RECORDS = 200_000
MAX_RECORDS_MEMBER_BYTES = 64 * 1024**2
MAX_JSON_DEPTH = 32
MAX_PARTS = 100_000
MEMBER_NAME = re.compile(r"^(records/\d{4,6}\.json|blobs/[0-9a-f]{64})$")
STAMP = re.compile(r"^\d{13}\.\d{5}\.[A-Za-z0-9-]{1,64}$")
REAL_COLUMNS = {"latitude", "longitude"}
SHA256 = re.compile(r"^[0-9a-f]{64}$")
KINDS = ("full", "incremental", "selection")
UNREADABLE_MANIFEST = QT_TRANSLATE_NOOP("Validation", "{file}: the manifest cannot be read ({reason})")


class BundleError(LeapsError):
    """A bundle that cannot be imported; the message says what is wrong with it."""

    code = "bundle-refused"


@dataclass
class Part:
    """Where a bundle stands in a set split to fit a size cap."""

    set_id: str
    index: int
    count: int


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
        if state.type == TRANSLATION_TABLE:
            version = FORMAT_VERSION
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


# A JSON string (escapes included), and the brackets left once strings are gone.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_INNERMOST = re.compile(r"\[\]|\{\}")
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


def _deeper_than(text: str, limit: int) -> bool:
    """True if arrays and objects nest more than `limit` deep; found without parsing, so
    that no parser recurses into a file made to exhaust it."""
    brackets = _NOT_BRACKETS.sub("", _JSON_STRING.sub("", text))
    for _ in range(limit):
        if not brackets:
            return False
        brackets, removed = _INNERMOST.subn("", brackets)
        if not removed:
            return False  # unbalanced: not JSON, which the parser says
    return bool(brackets)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def load_json(data: bytes | str, what: str) -> Any:
    """Parse JSON from a bundle: no NaN or Infinity, no nesting deeper than MAX_JSON_DEPTH."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise BundleError(f"{what} is not UTF-8 JSON") from None
    if _deeper_than(text, MAX_JSON_DEPTH):
        raise BundleError(f"{what} nests deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:
        raise BundleError(f"{what} is not valid JSON ({error})") from None


def _check_vector(value: Any, what: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and STAMP.match(v) and Stamp.decode(v).device == k
        for k, v in value.items()
    ):
        raise BundleError(f"{what} is not a version vector")
    return value


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_object(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) for k in value)


def _is_object_list(value: Any) -> bool:
    return isinstance(value, list) and all(_is_object(v) for v in value)


# Columns whose TEXT holds JSON, and the shape that JSON must have.
JSON_SHAPES: dict[str, Callable[[Any], bool]] = {
    "themes": _is_text_list,
    "partners": _is_text_list,
    "languages": _is_text_list,
    **dict.fromkeys(
        ("intent", "context", "hypothesis", "resources", "prototype", "scaling", "signoff"), _is_object
    ),
    **dict.fromkeys(
        ("fit", "stakeholders", "risks", "indicators", "milestones", "readings", "adaptations", "items"),
        _is_object_list,
    ),
    "disputed": _is_text_list,
    "sdgs": lambda v: (
        isinstance(v, list)
        and all(isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= 17 for n in v)
    ),
    "contacts": lambda v: (
        isinstance(v, list)
        and all(isinstance(c, dict) and all(isinstance(x, str) for x in c.values()) for c in v)
    ),
    "preconditions": lambda v: (
        isinstance(v, list)
        and all(
            isinstance(p, dict) and isinstance(p.get("kind"), str) and isinstance(p.get("text"), str)
            for p in v
        )
    ),
    "deleted_context": lambda v: (
        isinstance(v, dict)
        and all(isinstance(k, str) and isinstance(s, str) and STAMP.match(s) for k, s in v.items())
    ),
}
REQUIRED = {("cases", "title")}
INTEGER_LIMIT = 2**63


def _check_value(kind: str, name: str, column_type: str, value: Any, record_id: str = "") -> Any:
    """A field value as the column can hold it; raises BundleError otherwise."""
    where = f"{kind} field {name}"
    if value is None:
        if (kind, name) in REQUIRED:
            raise BundleError(f"{where} is required but empty")
        return None
    if name in REAL_COLUMNS:
        if not isinstance(value, str):
            raise BundleError(f"{where} must be a decimal number written as text")
        try:
            number = float(value)
        except ValueError:
            raise BundleError(f"{where} is not a decimal number") from None
        if not math.isfinite(number):
            raise BundleError(f"{where} is not a finite number")
        return number
    if column_type == "INTEGER":
        if (
            not isinstance(value, int)
            or isinstance(value, bool)
            or not -INTEGER_LIMIT <= value < INTEGER_LIMIT
        ):
            raise BundleError(f"{where} must be a whole number")
        return value
    if not isinstance(value, str):
        raise BundleError(f"{where} must be text")
    if len(value) > MAX_TEXT_CHARS:
        raise BundleError(f"{where} holds {len(value):,} characters, more than {MAX_TEXT_CHARS:,}")
    if name == "sha256" and not SHA256.match(value):
        raise BundleError(f"{where} is not a SHA-256 digest")
    if kind == TRANSLATION_TABLE and name == "value":
        problem = check_translation(record_id, load_json(value, f"{where} (JSON text)"))
        if problem is not None:
            raise BundleError(f"{where} {problem}")
        return value
    shape = JSON_SHAPES.get(name)
    if shape is not None:
        parsed = load_json(value, f"{where} (JSON text)")
        if not shape(parsed):
            raise BundleError(f"{where} holds JSON of the wrong shape")
    return value


def _check_record(data: Any, columns: dict[str, dict[str, str]]) -> RecordState:
    if not isinstance(data, dict):
        raise BundleError("a record is not an object")
    kind, record_id = data.get("type"), data.get("id")
    if kind not in SYNCED_TABLES:
        raise BundleError(f"a record has an unknown type {kind!r}")
    if not isinstance(record_id, str) or not 1 <= len(record_id) <= 64:
        raise BundleError(f"a {kind} record has a malformed id")
    fields, stamps = data.get("fields"), data.get("stamps")
    if not isinstance(fields, dict) or not isinstance(stamps, dict):
        raise BundleError(f"{kind} {record_id}: fields and stamps must be objects")
    types = columns[kind]
    unknown = set(fields) - set(types)
    if unknown:
        raise BundleError(f"{kind} {record_id}: unknown fields {sorted(unknown)}")
    missing = set(types) - set(fields)
    if missing:
        raise BundleError(f"{kind} {record_id}: missing fields {sorted(missing)} (send null for empty ones)")
    if set(stamps) != set(fields):
        raise BundleError(f"{kind} {record_id}: every field needs a stamp")
    vv = _check_vector(data.get("vv"), f"{kind} {record_id}: vv")
    for name, stamp in stamps.items():
        if not isinstance(stamp, str) or not STAMP.match(stamp):
            raise BundleError(f"{kind} {record_id}: field {name} has a malformed stamp")
    checked = {
        name: _check_value(kind, name, types[name], value, record_id) for name, value in fields.items()
    }
    siblings = data.get("siblings", {})
    if not isinstance(siblings, dict):
        raise BundleError(f"{kind} {record_id}: malformed conflict versions")
    losers: dict[str, list[tuple[Any, str]]] = {}
    for name, versions in siblings.items():
        if name not in types or not isinstance(versions, list):
            raise BundleError(f"{kind} {record_id}: malformed conflict versions (unknown field {name!r})")
        for version in versions:
            if not (isinstance(version, list) and len(version) == 2 and isinstance(version[1], str)):
                raise BundleError(f"{kind} {record_id}: malformed conflict versions")
            if not STAMP.match(version[1]):
                raise BundleError(f"{kind} {record_id}: a conflict version has a malformed stamp")
            value = _check_value(kind, name, types[name], version[0], record_id)
            losers.setdefault(name, []).append((value, version[1]))
    return RecordState(
        type=kind,
        id=record_id,
        fields=checked,
        stamps=dict(stamps),
        siblings=losers,
        vv=dict(vv),
        edits=_check_edits(data.get("edits", {}), types, f"{kind} {record_id}"),
    )


DIGEST = re.compile(r"^[0-9a-f]{32}$")


def _check_edits(edits: Any, types: dict[str, str], where: str) -> dict[str, dict[str, Any]]:
    """The signed proofs of a record's edits, in shape (their signatures are checked on import)."""
    if not isinstance(edits, dict):
        raise BundleError(f"{where}: malformed edit signatures")
    checked: dict[str, dict[str, Any]] = {}
    for stamp, proof in edits.items():
        if not (
            STAMP.match(stamp)
            and isinstance(proof, dict)
            and isinstance(proof.get("key"), str)
            and isinstance(proof.get("sig"), str)
        ):
            raise BundleError(f"{where}: malformed edit signatures")
        gone = proof.get("gone", {})
        if not (
            isinstance(gone, dict)
            and all(name in types and isinstance(d, str) and DIGEST.match(d) for name, d in gone.items())
        ):
            raise BundleError(f"{where}: malformed edit signatures (replaced values)")
        seen = _check_vector(proof.get("seen"), f"{where}: the edit signed at {stamp} has a seen that")
        checked[stamp] = {"seen": seen, "key": proof["key"], "sig": proof["sig"]}
        if gone:
            checked[stamp]["gone"] = gone
    return checked


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
                state = _check_record(item, columns)
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


def _check_members(path: Path, members: Any) -> list[dict[str, Any]]:
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
    return members


def _check_part(part: Any) -> Part | None:
    """A split set's part, or None; raises ValueError if malformed."""
    if part is None:
        return None
    if not isinstance(part, dict) or not isinstance(part.get("set_id"), str):
        raise ValueError("bad part")
    index, count = part.get("index"), part.get("count")
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (index, count)):
        raise ValueError("part index and count must be whole numbers")
    if not 1 <= index <= count <= MAX_PARTS:
        raise ValueError(f"part {index} of {count} is out of range")
    return Part(part["set_id"], index, count)


def _text(manifest: dict[str, Any], *keys: str) -> str:
    """A required text value of the manifest (keys walk into nested objects)."""
    value: Any = manifest
    for key in keys:
        value = value[key]
    if not isinstance(value, str):
        raise TypeError(f"{'.'.join(keys)} must be text")
    return value


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
            raise TypeError("bad kind, device or members")
        name = device.get("name", "")
        return Bundle(
            path=path,
            bundle_id=_text(manifest, "bundle_id"),
            kind=kind,
            created_at=_text(manifest, "created_at"),
            device_id=device["id"],
            device_name=name if isinstance(name, str) else "",
            public_key=_text(manifest, "device", "public_key"),
            since=_check_vector(manifest.get("since", {}), "since"),
            covers=_check_vector(manifest.get("covers", {}), "covers"),
            part=_check_part(manifest.get("part")),
            records=[],
            members=_check_members(path, members),
            announcements=_announcements(device.get("announcements", [])),
            organisation=_organisation(manifest.get("organisation", {})),
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


def _announcements(value: Any) -> list[Any]:
    """The key rotations a manifest lists (checked later, against the key pinned)."""
    if not isinstance(value, list) or len(value) > MAX_ANNOUNCEMENTS:
        raise TypeError("bad key announcements")
    return value


def _organisation(value: Any) -> dict[str, list[Any]]:
    """The certificates and revocation lists a manifest carries (verified later, by the receiver)."""
    if not isinstance(value, dict):
        raise TypeError("bad organisation part")
    certificates, revocations = value.get("certificates", []), value.get("revocations", [])
    if not isinstance(certificates, list) or len(certificates) > MAX_CERTIFICATES:
        raise TypeError(f"more than {MAX_CERTIFICATES} certificates, or not a list")
    if not isinstance(revocations, list) or len(revocations) > MAX_REVOCATION_LISTS:
        raise TypeError(f"more than {MAX_REVOCATION_LISTS} revocation lists, or not a list")
    for signed in revocations:
        revoked = signed.get("body", {}).get("revoked", []) if isinstance(signed, dict) else None
        if not isinstance(revoked, list) or len(revoked) > MAX_REVOKED:
            raise TypeError("bad revocation list")
    return {"certificates": certificates, "revocations": revocations}
