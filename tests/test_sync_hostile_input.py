"""Hostile bundles: files made to crash the reader, to cost memory and time before trust is
decided, or to stop a sync folder. Each is refused in one line, cheaply, changing nothing."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.catalogue.validation import ValidationError, validate_case
from desktop.store import jsontext
from desktop.store.records import MAX_ATTACHMENT_BYTES, MAX_TEXT_CHARS
from desktop.sync.bundle import MANIFEST, MAX_RECORDS, SIGNATURE, BundleError
from desktop.sync.bundle_json import MAX_JSON_DEPTH
from desktop.sync.keys import DeviceKey, load_or_create_key
from desktop.sync.service import UntrustedSignerError
from desktop.ui.exchange.sync_dialogs import ImportPreviewDialog
from desktop.ui.settings import settings
from tests.conftest import make_case
from tests.sync_helpers import Device, content
from tests.test_cli import leaps
from tests.test_sync_bad_bundles import describe, read_members, write_zip, zeros_member
from tests.worker_helpers import WAIT_MS, open_main_window

RECORDS = "records/0001.json"


@dataclass
class Peer:
    """A real device's good bundle, taken apart so that tests can forge others it signs."""

    key: DeviceKey
    members: dict[str, bytes]
    case_id: str
    device: Device

    def manifest(self) -> dict[str, Any]:
        return json.loads(self.members[MANIFEST])

    def records(self) -> list[dict[str, Any]]:
        return json.loads(self.members[RECORDS])

    def write(
        self,
        out: Path,
        manifest_bytes: bytes | None = None,
        *,
        manifest: dict[str, Any] | None = None,
        members: dict[str, bytes] | None = None,
        key: DeviceKey | None = None,
    ) -> Path:
        """A bundle of `members` (the good ones by default) under a manifest signed by `key`."""
        data = manifest_bytes if manifest_bytes is not None else jsontext.dumps(manifest).encode()
        files = dict(members if members is not None else self.members)
        files[MANIFEST] = data
        files[SIGNATURE] = base64.b64encode((key or self.key).sign(data))
        return write_zip(out, files)

    def with_records(self, out: Path, records: list[dict[str, Any]]) -> Path:
        """The good bundle with its records replaced, honestly declared and signed."""
        data = jsontext.dumps(records).encode()
        manifest = self.manifest()
        describe(manifest, RECORDS, data)
        return self.write(out, manifest=manifest, members={**self.members, RECORDS: data})

    def later_bundle(self, out: Path, title: str) -> Path:
        """A good bundle written by the peer after one more case."""
        self.device.catalogue.save(make_case(title=title))
        return self.device.sync.export(out)[0]


@pytest.fixture
def peer(tmp_path: Path) -> Iterator[Peer]:
    device = Device(tmp_path / "peer", "Field laptop")
    case = make_case(title="Rain gardens in school yards")
    device.catalogue.save(case)
    [good] = device.sync.export(tmp_path / "good.leaps")
    yield Peer(load_or_create_key(device.folder), read_members(good), case.id, device)
    device.close()


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Device]:
    device = Device(tmp_path / "receiver", "Office desktop")
    yield device
    device.close()


def refusal(receiver: Device, path: Path, trust: str | None = "always") -> BaseException:
    """Import `path`; the error it raised, after checking that the catalogue did not change."""
    before = content(receiver)
    with pytest.raises(Exception) as raised:
        receiver.sync.import_files([path], trust=trust)
    assert content(receiver) == before, "a refused bundle changed the catalogue"
    return raised.value


def assert_one_line_refusal(error: BaseException, says: str) -> None:
    assert isinstance(error, BundleError), f"not a clear refusal: {type(error).__name__}: {error}"
    assert "\n" not in str(error), "the refusal is one line"
    assert re.search(says, str(error), re.IGNORECASE), str(error)


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def manifest_with(peer: Peer, extra: str) -> bytes:
    """The good manifest's canonical text with `extra` (raw JSON text) spliced in as a key."""
    text = jsontext.dumps(peer.manifest())
    return (text[:-1] + ',"zz":' + extra + "}").encode()


# Crashes: JSON made to exhaust the parser, numbers that are not numbers


@pytest.mark.parametrize("depth", [100_000, MAX_JSON_DEPTH + 8], ids=["100000-deep", "just-too-deep"])
def test_a_deeply_nested_manifest_is_refused_in_one_line(
    peer: Peer, receiver: Device, tmp_path: Path, depth: int
) -> None:
    bad = peer.write(tmp_path / "deep.leaps", manifest_with(peer, nested(depth)))
    assert_one_line_refusal(refusal(receiver, bad), r"manifest cannot be read.*nests deeper")


@pytest.mark.parametrize(
    ("index", "count"),
    [
        ("Infinity", "2"),
        ("NaN", "2"),
        ("-Infinity", "2"),
        (str(10**30), str(10**30 + 1)),
        ("3", "2"),
        ("0", "2"),
    ],
    ids=["infinity", "nan", "minus-infinity", "huge", "past-count", "zero"],
)
def test_a_part_index_that_is_not_a_small_whole_number_is_refused(
    peer: Peer, receiver: Device, tmp_path: Path, index: str, count: str
) -> None:
    text = jsontext.dumps(peer.manifest()).replace(
        '"part":null', f'"part":{{"count":{count},"index":{index},"set_id":"s"}}'
    )
    bad = peer.write(tmp_path / "part.leaps", text.encode())
    assert_one_line_refusal(refusal(receiver, bad), r"manifest (cannot be read|is incomplete or malformed)")


def test_a_manifest_whose_device_is_not_an_object_is_refused(
    peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    manifest = peer.manifest()
    manifest["device"] = [manifest["device"]["id"]]
    bad = peer.write(tmp_path / "device-list.leaps", manifest=manifest)
    assert_one_line_refusal(refusal(receiver, bad), r"incomplete or malformed")


def test_a_deeply_nested_records_member_is_refused_in_one_line(
    peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    data = nested(100_000).encode()
    manifest = peer.manifest()
    describe(manifest, RECORDS, data)
    bad = peer.write(
        tmp_path / "deep-records.leaps", manifest=manifest, members={**peer.members, RECORDS: data}
    )
    assert_one_line_refusal(refusal(receiver, bad), r"records/0001\.json nests deeper")


def test_deeply_nested_json_text_in_a_record_field_is_refused_in_one_line(
    peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    records = peer.records()
    case = next(r for r in records if r["type"] == "cases")
    case["fields"]["themes"] = nested(100_000)
    bad = peer.with_records(tmp_path / "deep-field.leaps", records)
    assert_one_line_refusal(refusal(receiver, bad), r"themes.*nests deeper")


# Caps


def test_a_text_field_over_the_cap_is_refused(peer: Peer, receiver: Device, tmp_path: Path) -> None:
    records = peer.records()
    next(r for r in records if r["type"] == "cases")["fields"]["summary"] = "a" * (MAX_TEXT_CHARS + 1)
    bad = peer.with_records(tmp_path / "long-summary.leaps", records)
    assert_one_line_refusal(refusal(receiver, bad), r"summary holds 1,000,001 characters")


def test_more_records_than_a_bundle_may_hold_are_refused_before_any_is_checked(
    peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    """Counted as they are read: the 200,001st record stops the reading, whatever the records are."""
    bad = peer.with_records(tmp_path / "too-many.leaps", [0] * (MAX_RECORDS + 1))
    assert_one_line_refusal(refusal(receiver, bad), r"holds more than 200,000 records")


def test_a_records_member_declared_over_its_cap_is_refused_before_it_is_read(
    peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    """A 500 MB summary would need a records member of that size: refused on its declaration."""
    manifest = peer.manifest()
    manifest["members"][0]["size"] = 500 * 1024**2
    bad = peer.write(tmp_path / "huge-records.leaps", manifest=manifest)
    assert_one_line_refusal(refusal(receiver, bad), r"a records member may be at most")


def attachment_bundle(peer: Peer, out: Path, size: int, declared: int | None = None) -> Path:
    """The good bundle plus an attachment of `size` zero bytes (deflated: a few KB on disk)."""
    digest = hashlib.sha256(bytes(size)).hexdigest()
    records = peer.records()
    case = next(r for r in records if r["type"] == "cases")
    stamp = case["stamps"]["title"]
    fields = {
        "case_id": case["id"], "position": 0, "sha256": digest, "filename": "zeros.pdf",
        "media_type": "application/pdf", "caption": None, "size": size, "deleted_context": None,
    }  # fmt: skip
    records.append(
        {"type": "attachments", "id": "a" * 32, "fields": fields,
         "stamps": dict.fromkeys(fields, stamp), "siblings": {}, "vv": case["vv"]}
    )  # fmt: skip
    data = jsontext.dumps(records).encode()
    manifest = peer.manifest()
    describe(manifest, RECORDS, data)
    manifest["members"].append({"path": f"blobs/{digest}", "size": declared or size, "sha256": digest})
    members = {**peer.members, RECORDS: data}
    members[MANIFEST] = jsontext.dumps(manifest).encode()
    members[SIGNATURE] = base64.b64encode(peer.key.sign(members[MANIFEST]))
    return zeros_member(out, members, f"blobs/{digest}", size // 1024**2)


def test_an_attachment_over_the_windows_cap_is_refused(peer: Peer, receiver: Device, tmp_path: Path) -> None:
    bad = attachment_bundle(peer, tmp_path / "big-attachment.leaps", MAX_ATTACHMENT_BYTES + 1024**2)
    assert_one_line_refusal(refusal(receiver, bad), r"attachments may be at most 10,485,760")


def test_an_attachment_at_the_cap_imports(peer: Peer, receiver: Device, tmp_path: Path) -> None:
    good = attachment_bundle(peer, tmp_path / "attachment.leaps", MAX_ATTACHMENT_BYTES)
    [report] = receiver.sync.import_files([good], trust="always")
    assert report.counts["new"] == 1 + 3 + 1 + 1  # the case, its 3 components, a source, the attachment
    stored = receiver.catalogue.db.execute("SELECT size FROM attachment_blobs").fetchall()
    assert stored == [(MAX_ATTACHMENT_BYTES,)]


# Trust before cost


def damaged_records(peer: Peer, out: Path) -> Path:
    """The good bundle, validly signed, whose records member is not what the manifest declares."""
    members = {**peer.members, RECORDS: peer.members[RECORDS].replace(b"Rain", b"Pain")}
    return peer.write(out, peer.members[MANIFEST], members=members)


def test_an_unknown_signer_is_refused_before_any_member_is_read(
    peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    bad = damaged_records(peer, tmp_path / "unknown.leaps")
    error = refusal(receiver, bad, trust=None)
    assert isinstance(error, UntrustedSignerError), f"a member was read first: {error}"
    assert error.preview.fingerprint == peer.key.fingerprint and error.preview.counts == {}


def test_a_refused_signer_is_refused_before_any_member_is_read(
    peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    receiver.sync.import_files([peer.later_bundle(tmp_path / "first.leaps", "Bike lanes")], trust="once")
    receiver.sync.trust(peer.key.fingerprint, "never")
    bad = damaged_records(peer, tmp_path / "refused.leaps")
    assert_one_line_refusal(refusal(receiver, bad), r"does not trust")
    with pytest.raises(BundleError, match="does not trust"):
        receiver.sync.read(bad)


def test_an_unknown_signers_huge_attachment_is_refused_by_trust_not_by_reading_it(
    peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    """Declared within the cap, it inflates to 64 MB: refused on the signer, so never inflated."""
    bad = attachment_bundle(peer, tmp_path / "bomb.leaps", 64 * 1024**2, declared=MAX_ATTACHMENT_BYTES)
    error = refusal(receiver, bad, trust=None)
    assert isinstance(error, UntrustedSignerError), f"a member was read first: {error}"


# Sync folders go on past bad files


def bad_folder(peer: Peer, receiver: Device, tmp_path: Path) -> tuple[Path, Path]:
    """A sync folder holding a crashing manifest, a crashing part index, a stranger's file and
    then a trusted peer's good bundle; returns the folder and the good bundle."""
    receiver.sync.import_files([peer.later_bundle(tmp_path / "first.leaps", "Bike lanes")], trust="always")
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    peer.write(folder / "a-deep.leaps", manifest_with(peer, nested(100_000)))
    infinity = jsontext.dumps(peer.manifest()).replace(
        '"part":null', '"part":{"count":2,"index":Infinity,"set_id":"s"}'
    )
    peer.write(folder / "b-infinity.leaps", infinity.encode())
    stranger = Device(tmp_path / "stranger", "Stranger")
    stranger.catalogue.save(make_case(title="From a stranger"))
    stranger.sync.export(folder / "c-stranger.leaps")
    stranger.close()
    good = peer.later_bundle(folder / "d-good.leaps", "Night markets")
    return folder, good


def test_sync_folder_goes_on_past_bad_files_and_reports_each(
    peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    folder, good = bad_folder(peer, receiver, tmp_path)
    result = receiver.sync.sync_folder(folder)
    assert [Path(r["file"]).name for r in result["imported"]] == [good.name]
    assert receiver.catalogue.search_titles("Night markets") == ["Night markets"]
    reasons = {Path(r["file"]).name: r["reason"] for r in result["refused"]}
    assert set(reasons) == {"a-deep.leaps", "b-infinity.leaps", "c-stranger.leaps"}
    assert "nests deeper" in reasons["a-deep.leaps"]
    assert "Infinity" in reasons["b-infinity.leaps"]
    assert "not seen before" in reasons["c-stranger.leaps"]
    assert all("\n" not in reason for reason in reasons.values())
    assert result["exported"] == [str(folder / f"{receiver.id}.leaps")]
    assert (folder / f"{receiver.id}.leaps").is_file(), "the device's own bundle is written"


def test_leaps_sync_goes_on_past_bad_files_and_names_each(
    peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    folder, good = bad_folder(peer, receiver, tmp_path)
    receiver.close()
    result = leaps(receiver.folder, "sync", str(folder), check=False)
    assert result.returncode == 1, "a refused file makes the exit status 1"
    assert f"imported {good}" in result.stdout
    refused = [line for line in result.stdout.splitlines() if line.startswith("refused ")]
    assert [line.split(":")[0] for line in refused] == [
        f"refused {folder / name}" for name in ("a-deep.leaps", "b-infinity.leaps", "c-stranger.leaps")
    ]
    assert f"wrote {folder / receiver.id}.leaps" in result.stdout
    assert "Traceback" not in result.stderr


def test_sync_now_in_the_window_goes_on_past_bad_files_and_names_them(
    qtbot: QtBot, peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    folder, good = bad_folder(peer, receiver, tmp_path)
    receiver.close()
    window = open_main_window(qtbot, receiver.folder)
    # Chosen once the window is open: a folder chosen before is synced as the catalogue opens, and
    # that sync's report could be replaced by the one asked for here before it is read.
    settings("sync").setValue("folder", str(folder))
    window.sync.sync_folder_now()
    qtbot.waitUntil(lambda: "refused" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    message = window.statusBar().currentMessage()
    assert "1 bundle(s) imported" in message
    assert all(name in message for name in ("a-deep.leaps", "b-infinity.leaps", "c-stranger.leaps"))
    assert (folder / f"{receiver.id}.leaps").is_file()


# Orphan parts: parts whose case never comes


def park_orphans(peer: Peer, receiver: Device, out: Path) -> list[tuple[str, str]]:
    """Import the peer's parts without their case; they wait. Returns (table, id) of each."""
    parts = [r for r in peer.records() if r["type"] != "cases"]
    [report] = receiver.sync.import_files([peer.with_records(out, parts)], trust="always")
    assert report.counts["waiting"] == len(parts) == 4  # three components and a source
    return sorted((r["type"], r["id"]) for r in parts)


def test_orphan_parts_expire_after_90_days_and_unrelated_imports_leave_them_alone(
    peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    orphans = park_orphans(peer, receiver, tmp_path / "orphans.leaps")
    db = receiver.catalogue.db
    now = datetime.now(UTC)
    ages = {orphans[0]: 91, orphans[1]: 91, orphans[2]: 89, orphans[3]: 89}
    for (table, record_id), days in ages.items():
        parked = (now - timedelta(days=days)).isoformat(timespec="seconds")
        db.execute(
            "UPDATE pending_records SET parked_at = ? WHERE record_type = ? AND record_id = ?",
            [parked, table, record_id],
        )
    before = db.execute(
        "SELECT record_type, record_id, parked_at FROM pending_records ORDER BY 1, 2"
    ).fetchall()
    stranger = Device(tmp_path / "stranger", "Stranger")
    stranger.catalogue.save(make_case(title="From a stranger"))
    [unrelated] = stranger.sync.export(tmp_path / "unrelated.leaps")
    stranger.close()
    receiver.sync.import_files([unrelated], trust="always")
    after = db.execute(
        "SELECT record_type, record_id, parked_at FROM pending_records ORDER BY 1, 2"
    ).fetchall()
    assert after == [row for row in before if ages[row[:2]] == 89], (
        "older than 90 days: dropped; others untouched"
    )


def test_waiting_parts_are_listed_and_cleared_from_the_command_line(
    peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    orphans = park_orphans(peer, receiver, tmp_path / "orphans.leaps")
    receiver.close()
    listed = leaps(receiver.folder, "pending").stdout
    assert f"waits for case {peer.case_id}" in listed and "4 part(s) waiting" in listed
    as_json = json.loads(leaps(receiver.folder, "pending", "--json").stdout)
    assert sorted((p["record_type"], p["record_id"]) for p in as_json) == orphans
    assert "cleared 4 waiting part(s)" in leaps(receiver.folder, "pending", "clear").stdout
    assert "no parts are waiting" in leaps(receiver.folder, "pending").stdout


def test_the_window_asks_about_an_unknown_signer_before_reading_its_bundle(
    qtbot: QtBot, peer: Peer, receiver: Device, tmp_path: Path
) -> None:
    """The file's records are damaged: a window that read them first would say so instead of asking."""
    bad = damaged_records(peer, tmp_path / "unknown.leaps")
    receiver.close()
    window = open_main_window(qtbot, receiver.folder)
    shown: list[str] = []
    refused: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportPreviewDialog):
            shown.extend(label.text() for label in dialog.findChildren(QLabel))
            next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Refuse").click()
        elif isinstance(dialog, QMessageBox):
            refused.append(dialog.text())
            dialog.close()
            return
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    window.open_files([str(bad)])
    qtbot.waitUntil(lambda: bool(refused), timeout=WAIT_MS)
    assert peer.key.fingerprint in shown
    assert not any("records" in text for text in shown), "no counts: the records were not read"
    assert any("once you trust its signer" in text for text in shown)
    assert "does not trust" in refused[0] and "checksum" not in refused[0]


def test_a_case_text_over_the_bundle_cap_is_refused_where_it_is_typed(tmp_path: Path) -> None:
    """Were it saved, every bundle of this device would be refused everywhere: it is said at once."""
    with pytest.raises(ValidationError) as refused:
        validate_case({"id": str(uuid.uuid4()), "title": "A long report", "body": "a" * (MAX_TEXT_CHARS + 1)})
    [problem] = refused.value.problems
    assert problem.field == "body" and "at most 1,000,000 fit" in str(problem.message)
    assert validate_case({"id": str(uuid.uuid4()), "title": "A report", "body": "a" * MAX_TEXT_CHARS})
