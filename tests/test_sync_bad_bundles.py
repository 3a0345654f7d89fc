"""A corpus of bad `.leaps` bundles: each is refused with a clear message and changes nothing."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import shutil
import sqlite3
import stat
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.catalogue.service import Catalogue
from desktop.datadir import device_id
from desktop.store import jsontext
from desktop.sync.bundle import FORMAT_VERSION, MANIFEST, SIGNATURE, BundleError
from desktop.sync.keys import DeviceKey, load_or_create_key
from desktop.sync.service import SyncService, UntrustedSignerError
from tests.sync_helpers import Device

RECORDS = "records/0001.json"
Records = list[dict[str, Any]]
Manifest = dict[str, Any]


# The good bundle every bad one is made from


@dataclass
class Source:
    """A real bundle exported by a second device, and what a test needs to forge others from it."""

    good: Path
    later: Path  # a second export from the same device, carrying one more edit
    key: DeviceKey
    other_key: DeviceKey
    sender_id: str
    receiver_id: str
    edited_case: str
    members: dict[str, bytes]
    manifest: Manifest
    records: Records

    def fresh_members(self) -> dict[str, bytes]:
        return dict(self.members)

    def fresh_manifest(self) -> Manifest:
        return copy.deepcopy(self.manifest)

    def fresh_records(self) -> Records:
        return copy.deepcopy(self.records)


def read_members(path: Path) -> dict[str, bytes]:
    """Every member of a zip, by name, in archive order."""
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory, seeded_template: Path) -> Source:
    """A second device (the seed, one case edited) and the full bundle it exports."""
    base = tmp_path_factory.mktemp("bad-bundles")
    sender = base / "sender"
    device = Device(sender, "Field laptop", seeded_template)
    catalogue, sync = device.catalogue, device.sync
    try:
        case = sorted(catalogue.all_cases(), key=lambda c: c.id)[0]
        case.title = f"{case.title} (edited in the field)"
        assert catalogue.save(case)
        good = sync.export(base / "good.leaps")[0]
        case.summary = f"{case.summary} Checked again on a second visit."
        assert catalogue.save(case)
        later = sync.export(base / "later.leaps")[0]
        sender_id = sync.device_id
    finally:
        catalogue.close()
    members = read_members(good)
    assert list(members)[:3] == [MANIFEST, SIGNATURE, RECORDS], "the good bundle has one records member"
    return Source(
        good=good,
        later=later,
        key=load_or_create_key(sender),
        other_key=DeviceKey.generate(),
        sender_id=sender_id,
        receiver_id=device_id(seeded_template),
        edited_case=case.id,
        members=members,
        manifest=json.loads(members[MANIFEST]),
        records=json.loads(members[RECORDS]),
    )


# Writing zips


def write_zip(
    path: Path,
    members: dict[str, bytes] | list[tuple[str, bytes]],
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A zip holding exactly these members (a list may repeat a name)."""
    items = list(members.items()) if isinstance(members, dict) else members
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return path


def sign_into(members: dict[str, bytes], manifest: Manifest, key: DeviceKey) -> None:
    """Put the manifest, in canonical bytes, and `key`'s signature of those bytes into `members`."""
    manifest_bytes = jsontext.dumps(manifest).encode("utf-8")
    members[MANIFEST] = manifest_bytes
    members[SIGNATURE] = base64.b64encode(key.sign(manifest_bytes))


def describe(manifest: Manifest, name: str, data: bytes) -> None:
    """Make the manifest's entry for `name` (added if absent) state this content's size and hash."""
    entry = {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    for existing in manifest["members"]:
        if existing["path"] == name:
            existing.update(entry)
            return
    manifest["members"].append(entry)


def forged(
    source: Source,
    out: Path,
    *,
    records: Callable[[Records], Records | None] | None = None,
    records_bytes: bytes | None = None,
    manifest: Callable[[Manifest], Manifest | None] | None = None,
    add: dict[str, bytes] | None = None,
    key: DeviceKey | None = None,
) -> Path:
    """The good bundle with records and/or manifest changed, validly signed by `key` (the sender's)."""
    members = source.fresh_members()
    the_manifest = source.fresh_manifest()
    if records is not None or records_bytes is not None:
        data = records_bytes
        if data is None:
            assert records is not None
            changed = source.fresh_records()
            changed = records(changed) or changed
            data = jsontext.dumps(changed).encode("utf-8")
        members[RECORDS] = data
        describe(the_manifest, RECORDS, data)
    for name, data in (add or {}).items():
        members[name] = data
        describe(the_manifest, name, data)
    if manifest is not None:
        the_manifest = manifest(the_manifest) or the_manifest
    sign_into(members, the_manifest, key or source.key)
    return write_zip(out, members)


def stored_zip_with_many_entries(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    """A valid ZIP64 archive of stored members, written by hand: fast even for 100,000 entries."""
    local, central = bytearray(), bytearray()
    dos_date = (0 << 9) | (1 << 5) | 1  # 1980-01-01
    for name, data in entries:
        raw, crc, offset = name.encode("utf-8"), zlib.crc32(data), len(local)
        sizes = (crc, len(data), len(data), len(raw), 0)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, dos_date, *sizes) + raw + data
        central += (
            struct.pack(
                "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 0, 0, dos_date, *sizes, 0, 0, 0, 0, offset
            )
            + raw
        )
    count, start, size = len(entries), len(local), len(central)
    zip64_end = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, size, start)
    locator = struct.pack("<IIQI", 0x07064B50, 0, start + size, 1)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, size, start, 0)
    path.write_bytes(bytes(local + central + zip64_end + locator + end))
    return path


def member_data_offset(path: Path, name: str) -> int:
    """Where a member's (possibly compressed) bytes start in the archive file."""
    with zipfile.ZipFile(path) as archive:
        header = archive.getinfo(name).header_offset
    raw = path.read_bytes()
    name_length, extra_length = struct.unpack("<HH", raw[header + 26 : header + 30])
    return header + 30 + name_length + extra_length


def zeros_member(path: Path, members: dict[str, bytes], name: str, megabytes: int) -> Path:
    """Write `members`, then `name` holding `megabytes` MB of zeros, deflated (a few KB on disk)."""
    write_zip(path, {k: v for k, v in members.items() if k != name})
    chunk = bytes(1 << 20)
    with (
        zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open(name, "w") as handle,
    ):
        for _ in range(megabytes):
            handle.write(chunk)
    return path


# Record edits


def edited_case(records: Records, source_case: str) -> dict[str, Any]:
    return next(r for r in records if r["type"] == "cases" and r["id"] == source_case)


def first_of(records: Records, kind: str) -> dict[str, Any]:
    return next(r for r in records if r["type"] == kind)


def set_case_field(name: str, value: Any) -> Callable[[Source, Path], Path]:
    def build(source: Source, tmp: Path) -> Path:
        def change(records: Records) -> None:
            edited_case(records, source.edited_case)["fields"][name] = value

        return forged(source, tmp / "bad.leaps", records=change)

    return build


def change_records(change: Callable[[Records, Source], Records | None]) -> Callable[[Source, Path], Path]:
    def build(source: Source, tmp: Path) -> Path:
        return forged(source, tmp / "bad.leaps", records=lambda records: change(records, source))

    return build


def change_manifest(change: Callable[[Manifest], Manifest | None]) -> Callable[[Source, Path], Path]:
    def build(source: Source, tmp: Path) -> Path:
        return forged(source, tmp / "bad.leaps", manifest=change)

    return build


# Builders, one per kind of damage


def truncated(fraction: float | None = None, keep: int | None = None) -> Callable[[Source, Path], Path]:
    def build(source: Source, tmp: Path) -> Path:
        raw = source.good.read_bytes()
        cut = keep if keep is not None else int(len(raw) * (fraction or 0))
        out = tmp / "bad.leaps"
        out.write_bytes(raw[:cut])
        return out

    return build


def member_missing(source: Source, tmp: Path) -> Path:
    members = source.fresh_members()
    del members[RECORDS]
    return write_zip(tmp / "bad.leaps", members)


def raw_bytes(content: bytes) -> Callable[[Source, Path], Path]:
    def build(source: Source, tmp: Path) -> Path:
        out = tmp / "bad.leaps"
        out.write_bytes(content)
        return out

    return build


def nonexistent(source: Source, tmp: Path) -> Path:
    return tmp / "never-written.leaps"


def zip_without_manifest(source: Source, tmp: Path) -> Path:
    return write_zip(tmp / "bad.leaps", {"notes.txt": b"holiday photos"})


def flipped_stored_record_byte(source: Source, tmp: Path) -> Path:
    """One bit flipped in a records member stored uncompressed: the zip's CRC no longer matches."""
    out = write_zip(tmp / "bad.leaps", source.fresh_members(), compression=zipfile.ZIP_STORED)
    raw = bytearray(out.read_bytes())
    raw[member_data_offset(out, RECORDS) + len(source.members[RECORDS]) // 2] ^= 0x01
    out.write_bytes(bytes(raw))
    return out


def flipped_deflate_block_type(source: Source, tmp: Path) -> Path:
    """One bit flipped in the first byte of a deflated records member: its block type becomes invalid."""
    out = tmp / "bad.leaps"
    shutil.copyfile(source.good, out)
    raw = bytearray(out.read_bytes())
    at = member_data_offset(out, RECORDS)
    block_type = (raw[at] >> 1) & 0b11
    assert block_type in (1, 2), "the records member starts with a Huffman-coded block"
    raw[at] ^= 0b010 if block_type == 2 else 0b100  # either way the type becomes 3, which is reserved
    out.write_bytes(bytes(raw))
    return out


def flipped_record_byte_valid_zip(source: Source, tmp: Path) -> Path:
    """One bit flipped in a record, written as a valid zip: only the manifest's SHA-256 can tell."""
    members = source.fresh_members()
    data = bytearray(members[RECORDS])
    data[len(data) // 2] ^= 0x01
    members[RECORDS] = bytes(data)
    return write_zip(tmp / "bad.leaps", members)


def wrong_member_hash(manifest: Manifest) -> None:
    manifest["members"][0]["sha256"] = hashlib.sha256(b"something else").hexdigest()


def replace_signature(signature: bytes) -> Callable[[Source, Path], Path]:
    def build(source: Source, tmp: Path) -> Path:
        members = source.fresh_members()
        members[SIGNATURE] = signature
        return write_zip(tmp / "bad.leaps", members)

    return build


def altered_after_signing(source: Source, tmp: Path) -> Path:
    members = source.fresh_members()
    manifest = source.fresh_manifest()
    manifest["device"]["name"] = "Head office"
    members[MANIFEST] = jsontext.dumps(manifest).encode("utf-8")  # the old signature stays
    return write_zip(tmp / "bad.leaps", members)


def signed_by_other_key(source: Source, tmp: Path) -> Path:
    """Signed by another key while the manifest still names the sender's public key."""
    return forged(source, tmp / "bad.leaps", key=source.other_key)


def no_signature(source: Source, tmp: Path) -> Path:
    members = source.fresh_members()
    del members[SIGNATURE]
    return write_zip(tmp / "bad.leaps", members)


def good_bundle(source: Source, tmp: Path) -> Path:
    return source.good


def later_bundle(source: Source, tmp: Path) -> Path:
    return source.later


def sender_id_with_other_key(source: Source, tmp: Path) -> Path:
    """The sender's device id, but another key, whose own valid signature the bundle carries."""

    def change(manifest: Manifest) -> None:
        manifest["device"]["public_key"] = source.other_key.public_text

    return forged(source, tmp / "bad.leaps", manifest=change, key=source.other_key)


def claims_receiver_device(source: Source, tmp: Path) -> Path:
    """Claims the importing device's own id, signed (validly) by the sender's key."""

    def change(manifest: Manifest) -> None:
        manifest["device"]["id"] = source.receiver_id

    return forged(source, tmp / "bad.leaps", manifest=change)


def listed_member_named(name: str) -> Callable[[Source, Path], Path]:
    def build(source: Source, tmp: Path) -> Path:
        return forged(source, tmp / "bad.leaps", add={name: b'{"escaped": true}'})

    return build


def symlink_member(source: Source, tmp: Path) -> Path:
    """The records member is a symbolic link (its target path as content), as unzip would create."""
    members = source.fresh_members()
    out = tmp / "bad.leaps"
    target = b"../../../../etc/passwd"
    manifest = source.fresh_manifest()
    describe(manifest, RECORDS, target)
    sign_into(members, manifest, source.key)
    link = zipfile.ZipInfo(RECORDS)
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(MANIFEST, members[MANIFEST])
        archive.writestr(SIGNATURE, members[SIGNATURE])
        archive.writestr(link, target)
    return out


def zip_bomb(source: Source, tmp: Path) -> Path:
    """The manifest declares a 10-byte records member; it inflates to 50 MB of zeros."""
    members = source.fresh_members()
    manifest = source.fresh_manifest()
    describe(manifest, RECORDS, b"[]        ")
    sign_into(members, manifest, source.key)
    return zeros_member(tmp / "bad.leaps", members, RECORDS, 50)


def manifest_bomb(source: Source, tmp: Path) -> Path:
    """The manifest itself inflates to 20 MB."""
    return zeros_member(tmp / "bad.leaps", source.fresh_members(), MANIFEST, 20)


def declared_over_total_cap(manifest: Manifest) -> None:
    """A first member said to be 3 GB: refused on the declaration, before a byte is inflated."""
    manifest["members"].insert(0, {"path": f"blobs/{0:064x}", "size": 3 * 1024**3, "sha256": "0" * 64})


def hundred_thousand_entries(source: Source, tmp: Path) -> Path:
    entries = [(MANIFEST, source.members[MANIFEST]), (SIGNATURE, source.members[SIGNATURE])]
    entries += [(f"blobs/{n:064x}", b"") for n in range(100_000)]
    return stored_zip_with_many_entries(tmp / "bad.leaps", entries)


def hundred_thousand_listed(manifest: Manifest) -> None:
    empty = hashlib.sha256(b"").hexdigest()
    manifest["members"] += [{"path": f"blobs/{n:064x}", "size": 0, "sha256": empty} for n in range(100_000)]


def declared_size_off_by(delta: int) -> Callable[[Manifest], None]:
    def change(manifest: Manifest) -> None:
        manifest["members"][0]["size"] += delta

    return change


def member_named_twice(source: Source, tmp: Path) -> Path:
    members = source.fresh_members()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of the duplicate it is asked to write
        return write_zip(tmp / "bad.leaps", [*members.items(), (RECORDS, members[RECORDS])])


def member_listed_twice(manifest: Manifest) -> None:
    manifest["members"].append(dict(manifest["members"][0]))


def attachment_under_wrong_name(source: Source, tmp: Path) -> Path:
    name = f"blobs/{hashlib.sha256(b'a photo').hexdigest()}"
    return forged(source, tmp / "bad.leaps", add={name: b"not that photo"})


def without(key: str) -> Callable[[Manifest], None]:
    def change(manifest: Manifest) -> None:
        del manifest[key]

    return change


def manifest_set(key: str, value: Any) -> Callable[[Manifest], None]:
    def change(manifest: Manifest) -> None:
        manifest[key] = value

    return change


def manifest_bytes(content: bytes) -> Callable[[Source, Path], Path]:
    def build(source: Source, tmp: Path) -> Path:
        members = source.fresh_members()
        members[MANIFEST] = content
        members[SIGNATURE] = base64.b64encode(source.key.sign(content))
        return write_zip(tmp / "bad.leaps", members)

    return build


def records_member(data: bytes) -> Callable[[Source, Path], Path]:
    def build(source: Source, tmp: Path) -> Path:
        return forged(source, tmp / "bad.leaps", records_bytes=data)

    return build


def drop_key(key: str) -> Callable[[Records, Source], None]:
    def change(records: Records, source: Source) -> None:
        del edited_case(records, source.edited_case)[key]

    return change


def duplicate_record(records: Records, source: Source) -> Records:
    return [*records, copy.deepcopy(edited_case(records, source.edited_case))]


def unknown_type(records: Records, source: Source) -> None:
    edited_case(records, source.edited_case)["type"] = "users"


def malformed_stamp(records: Records, source: Source) -> None:
    edited_case(records, source.edited_case)["stamps"]["title"] = "yesterday at noon"


def malformed_id(records: Records, source: Source) -> None:
    first_of(records, "components")["id"] = ""


def field_without_stamp(records: Records, source: Source) -> None:
    del edited_case(records, source.edited_case)["stamps"]["title"]


def vector_of_another_device(records: Records, source: Source) -> None:
    record = edited_case(records, source.edited_case)
    record["vv"] = {"somebody-else": next(iter(record["vv"].values()))}


def not_a_column(records: Records, source: Source) -> None:
    record = edited_case(records, source.edited_case)
    name = "title = 'x'; DROP TABLE cases; --"
    record["fields"][name] = "gone"
    record["stamps"][name] = record["stamps"]["title"]


def sibling_of_unknown_column(records: Records, source: Source) -> None:
    record = edited_case(records, source.edited_case)
    record["siblings"] = {"password": [["hunter2", record["stamps"]["title"]]]}


def sibling_object_value(records: Records, source: Source) -> None:
    """A losing version of the title that is a JSON object, stamped just after the shown one."""
    record = edited_case(records, source.edited_case)
    wall, counter, device = record["stamps"]["title"].split(".", 2)
    record["siblings"] = {"title": [[{"x": 1}, f"{wall}.{int(counter) + 1:05d}.{device}"]]}


def precondition_text(value: str) -> Callable[[Records, Source], None]:
    def change(records: Records, source: Source) -> None:
        component = next(
            r for r in records if r["type"] == "components" and r["fields"]["case_id"] == source.edited_case
        )
        component["fields"]["preconditions"] = value

    return change


def record_is(value: Any) -> Callable[[Records, Source], None]:
    def change(records: Records, source: Source) -> None:
        records[0] = value

    return change


# Importing-side preparations


def import_good_first(sync: SyncService, source: Source) -> None:
    sync.import_files([source.good], trust="always")


def import_good_then_refuse_signer(sync: SyncService, source: Source) -> None:
    sync.import_files([source.good], trust="once")
    sync.trust(source.sender_id, "never")


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


@dataclass(frozen=True)
class Bad:
    """One bad bundle: how to make it, the words its refusal must contain, how to import it."""

    name: str
    build: Callable[[Source, Path], Path]
    says: str  # a regular expression, matched case-insensitively against the error message
    trust: str | None = "always"
    prepare: Callable[[SyncService, Source], None] | None = None
    error: type[BundleError] = BundleError


class CatalogueChanged(AssertionError):
    """A refused (or failed) import changed the catalogue's content."""


class CheckFailed(AssertionError):
    """`Catalogue.check()` found problems after the import."""


class NotRefused(AssertionError):
    """The bundle was imported as if it were good."""


class WrongError(AssertionError):
    """The import failed with something other than a BundleError (a crash, not a clear refusal)."""


class UnclearMessage(AssertionError):
    """The refusal does not say what is wrong."""


CASES = [
    # The file is not (all) there, or is not a bundle at all.
    Bad("truncated-to-100-bytes", truncated(keep=100), r"not a readable zip archive"),
    Bad("truncated-to-half", truncated(0.5), r"not a readable zip archive"),
    Bad("truncated-to-90-percent", truncated(0.9), r"not a readable zip archive"),
    Bad("truncated-by-one-byte", truncated(keep=-1), r"not a readable zip archive"),
    Bad("truncated-records-member-missing", member_missing, r"missing records/0001\.json.*truncated"),
    Bad("empty-file", raw_bytes(b""), r"not a LEAPS bundle"),
    Bad("text-file", raw_bytes(b"Meeting notes, 3 March\nBring the USB stick.\n"), r"not a LEAPS bundle"),
    Bad("png-image", raw_bytes(PNG), r"not a LEAPS bundle"),
    Bad("file-that-does-not-exist", nonexistent, r"does not exist"),
    Bad("zip-without-manifest", zip_without_manifest, r"no manifest"),
    # Damage in transit.
    Bad("bit-flip-in-stored-record-member", flipped_stored_record_byte, r"records/0001\.json cannot be read"),
    Bad(
        "bit-flip-in-deflated-record-member",
        flipped_deflate_block_type,
        r"records/0001\.json cannot be read",
    ),
    Bad("bit-flip-in-record-zip-rewritten", flipped_record_byte_valid_zip, r"does not match its checksum"),
    # Tampering.
    Bad("wrong-member-hash-resigned", change_manifest(wrong_member_hash), r"does not match its checksum"),
    Bad("wrong-signature", replace_signature(base64.b64encode(bytes(64))), r"signature does not match"),
    Bad("signature-not-base64", replace_signature(b"not base64 at all!"), r"manifest cannot be read"),
    Bad("no-signature", no_signature, r"no signature"),
    Bad("manifest-altered-after-signing", altered_after_signing, r"signature does not match.*altered"),
    Bad("signature-from-another-key", signed_by_other_key, r"signature does not match"),
    # Who signed it.
    Bad(
        "unknown-signer-without-an-answer",
        good_bundle,
        r"not seen before",
        trust=None,
        error=UntrustedSignerError,
    ),
    Bad(
        "signer-marked-never",
        later_bundle,
        r"does not trust.*nothing was imported",
        trust=None,
        prepare=import_good_then_refuse_signer,
    ),
    Bad(
        "signer-marked-never-despite-trust-always",
        later_bundle,
        r"does not trust",
        prepare=import_good_then_refuse_signer,
    ),
    Bad(
        "known-device-presents-another-key",
        sender_id_with_other_key,
        r"different key",
        prepare=import_good_first,
    ),
    Bad("claims-to-be-the-importing-device", claims_receiver_device, r"claims to come from this device"),
    # Safe to open.
    Bad("path-traversal-dotdot", listed_member_named("../../evil"), r"bad name"),
    Bad("path-traversal-absolute", listed_member_named("/abs/path"), r"bad name"),
    Bad("path-traversal-windows-drive", listed_member_named("C:\\x"), r"bad name"),
    Bad("path-traversal-inside-records", listed_member_named("records/../../x"), r"bad name"),
    Bad("symlink-member", symlink_member, r"symbolic link"),
    Bad("zip-bomb-10-bytes-declared-50-mb-inside", zip_bomb, r"larger than the manifest says"),
    Bad("manifest-bomb-20-mb", manifest_bomb, r"manifest\.json is larger"),
    Bad("declared-sizes-over-total-cap", change_manifest(declared_over_total_cap), r"would unpack to more"),
    Bad("zip-with-100000-entries", hundred_thousand_entries, r"100002 entries.*more than a bundle may hold"),
    Bad(
        "manifest-listing-100000-members",
        change_manifest(hundred_thousand_listed),
        r"more than a bundle may hold",
    ),
    Bad("member-larger-than-declared", change_manifest(declared_size_off_by(-1)), r"larger than"),
    Bad("member-smaller-than-declared", change_manifest(declared_size_off_by(+1)), r"checksum"),
    Bad("zip-names-a-member-twice", member_named_twice, r"twice"),
    Bad("manifest-lists-a-member-twice", change_manifest(member_listed_twice), r"lists a member twice"),
    Bad("attachment-not-what-its-name-says", attachment_under_wrong_name, r"not what its name says"),
    # Records that are not records.
    Bad(
        "records-member-invalid-json",
        records_member(b'[{"type": "cases", "id": '),
        r"not valid JSON",
    ),
    Bad(
        "records-member-not-a-list",
        records_member(b'{"type": "cases"}'),
        r"not a list of records",
    ),
    Bad("record-not-an-object", change_records(record_is("a case")), r"not an object"),
    Bad("bool-value", set_case_field("year_started", True), r"year_started must be a whole number"),
    Bad("float-value", set_case_field("year_started", 2019.5), r"year_started must be a whole number"),
    Bad("list-value", set_case_field("title", ["Rain", "water"]), r"title must be text"),
    Bad("object-value", set_case_field("title", {"en": "Rain"}), r"title must be text"),
    Bad("latitude-not-a-number", set_case_field("latitude", "north"), r"latitude is not a decimal number"),
    Bad("malformed-stamp", change_records(malformed_stamp), r"malformed stamp"),
    Bad("malformed-record-id", change_records(malformed_id), r"malformed id"),
    Bad("missing-stamps", change_records(drop_key("stamps")), r"stamps must be objects"),
    Bad("missing-vv", change_records(drop_key("vv")), r"vv is not a version vector"),
    Bad("missing-fields", change_records(drop_key("fields")), r"fields and stamps must be objects"),
    Bad("field-without-stamp", change_records(field_without_stamp), r"every field needs a stamp"),
    Bad("vv-names-the-wrong-device", change_records(vector_of_another_device), r"not a version vector"),
    Bad("duplicate-record-ids", change_records(duplicate_record), r"appears twice"),
    Bad("unknown-record-type", change_records(unknown_type), r"unknown type 'users'"),
    Bad("field-name-is-sql-injection", change_records(not_a_column), r"unknown fields"),
    Bad("sibling-of-unknown-column", change_records(sibling_of_unknown_column), r"malformed conflict"),
    # Manifests that are not manifests.
    Bad("manifest-without-members", change_manifest(without("members")), r"incomplete or malformed"),
    Bad("manifest-without-device", change_manifest(without("device")), r"incomplete or malformed"),
    Bad("manifest-without-format-version", change_manifest(without("format_version")), r"no format version"),
    Bad(
        "future-format-version",
        change_manifest(manifest_set("format_version", FORMAT_VERSION + 1)),
        r"made by a newer LEAPS Catalogue.*update",
    ),
    Bad(
        "manifest-of-another-format", change_manifest(manifest_set("format", "zip-backup")), r"another format"
    ),
    Bad("manifest-unknown-kind", change_manifest(manifest_set("kind", "everything")), r"malformed"),
    Bad("manifest-since-not-a-vector", change_manifest(manifest_set("since", ["all"])), r"since is not"),
    Bad("manifest-not-json", manifest_bytes(b"format: leaps-bundle\n"), r"manifest cannot be read"),
    Bad("manifest-is-a-list", manifest_bytes(b'["leaps-bundle", 1]'), r"not a LEAPS bundle"),
    # Values that pass the shape check but not the catalogue: found by this corpus.
    Bad(
        "themes-text-not-json",
        set_case_field("themes", "water, energy"),
        r"themes",
    ),
    Bad(
        "sdgs-text-nested-list",
        set_case_field("sdgs", "[[6]]"),
        r"sdgs",
    ),
    Bad(
        "year-too-large-for-sqlite",
        set_case_field("year_started", 10**30),
        r"year_started",
    ),
    Bad(
        "required-title-null",
        set_case_field("title", None),
        r"title",
    ),
    Bad(
        "precondition-text-not-json",
        change_records(precondition_text("a small fund")),
        r"preconditions",
    ),
    Bad(
        "sibling-value-is-an-object",
        change_records(sibling_object_value),
        r"title must be text",
    ),
    Bad(
        "latitude-nan",
        set_case_field("latitude", "nan"),
        r"latitude is not a finite number",
    ),
    Bad(
        "int-value-for-text-column",
        set_case_field("title", 5),
        r"title must be text",
    ),
]


def content(db: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: the catalogue's whole content."""
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(db.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables}


def changed_tables(before: dict[str, list[Any]], after: dict[str, list[Any]]) -> list[str]:
    return sorted(t for t in before.keys() | after.keys() if before.get(t) != after.get(t))


@pytest.mark.parametrize("bad", [pytest.param(b, id=b.name) for b in CASES])
def test_bad_bundle_is_refused_with_a_clear_message_and_changes_nothing(
    bad: Bad, source: Source, data_dir: Path, tmp_path: Path
) -> None:
    bundle = bad.build(source, tmp_path)
    catalogue = Catalogue.open(data_dir)
    try:
        sync = SyncService(catalogue)
        if bad.prepare:
            bad.prepare(sync, source)
        before = content(catalogue.db)
        error: BaseException | None = None
        try:
            sync.import_files([bundle], trust=bad.trust)
        except Exception as raised:  # judged below: only a BundleError is a clear refusal
            error = raised
        after = content(catalogue.db)
        problems = catalogue.check()
    finally:
        catalogue.close()
    on_disk = sqlite3.connect(data_dir / "catalogue.db")
    try:
        stored = content(on_disk)
    finally:
        on_disk.close()

    if error is None:
        raise NotRefused(f"{bad.name}: imported without complaint")
    if after != before or stored != before:
        raise CatalogueChanged(
            f"tables changed: {changed_tables(before, after) or changed_tables(before, stored)}; "
            f"error: {type(error).__name__}: {error}"
        )
    if problems:
        raise CheckFailed(f"check() after the import: {problems}")
    if not isinstance(error, bad.error):
        raise WrongError(f"{type(error).__module__}.{type(error).__name__}: {error}")
    if not re.search(bad.says, str(error), re.IGNORECASE | re.DOTALL):
        raise UnclearMessage(f"{str(error)!r} does not match {bad.says!r}")


def test_the_corpus_holds_at_least_25_bad_bundles() -> None:
    assert len(CASES) >= 25
    assert len({b.name for b in CASES}) == len(CASES)


def test_the_good_bundle_itself_imports(source: Source, data_dir: Path) -> None:
    """The corpus is built from a bundle that is good: only the damage makes each one bad."""
    catalogue = Catalogue.open(data_dir)
    try:
        report = SyncService(catalogue).import_files([source.good], trust="always")[0]
        assert report.applied and report.counts["updated"] == 1
        assert catalogue.get(source.edited_case).title.endswith("(edited in the field)")
        assert catalogue.check() == []
    finally:
        catalogue.close()
