"""Records that arrive out of order, and imports large enough to be read in several windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store.apply import READ_AHEAD
from desktop.store.records import Attachment, Case
from desktop.store.replica import load_state
from desktop.sync.bundle import write_bundle
from desktop.sync.service import ImportReport
from tests.conftest import make_case
from tests.sync_helpers import Device, content

PHOTO = b"\x89PNG\r\n\x1a\n a small photo of the rainwater tanks"


@pytest.fixture
def blank(tmp_path: Path) -> Iterator[list[Device]]:
    """Two devices with empty catalogues."""
    devices = [Device(tmp_path / name, name) for name in ("a", "b")]
    yield devices
    for device in devices:
        device.close()


def case_with_photo(device: Device) -> Case:
    """A case with three components, a source and an attached photo, saved on `device`."""
    digest = device.catalogue.store_attachment(PHOTO, "image/png")
    case = make_case(title="Rainwater tanks with a photo")
    case.attachments = [Attachment("photo-1", digest, "tanks.png", "image/png", len(PHOTO))]
    device.catalogue.save(case)
    return case


def send_records(
    sender: Device, receiver: Device, records: list[tuple[str, str]], with_files: bool
) -> ImportReport:
    """Send only these records (table, id) of the sender, as a selection, with or without files."""
    states = [load_state(sender.catalogue.db, table, record_id) for table, record_id in records]
    digests = [s.fields["sha256"] for s in states if s.type == "attachments"] if with_files else []
    blobs = {digest: sender.catalogue.attachment_bytes(digest) for digest in digests}
    path = sender.folder.parent / f"records-{len(list(sender.folder.parent.glob('records-*')))}.leaps"
    write_bundle(
        path,
        sender.sync.key,
        device_id=sender.id,
        device_name=sender.name,
        kind="selection",
        since={},
        covers=sender.sync.knowledge(),
        records=states,
        blobs=blobs,
        created_at="2024-05-01T09:00:00+00:00",
    )
    return receiver.sync.import_bundle(receiver.sync.read(path), "always")


def parts_of(case: Case) -> list[tuple[str, str]]:
    return (
        [("components", c.id) for c in case.components]
        + [("sources", s.id) for s in case.sources]
        + [("attachments", a.id) for a in case.attachments]
    )


def test_parts_that_arrive_before_their_case_wait_and_go_in_with_it(blank: list[Device]) -> None:
    a, b = blank
    case = case_with_photo(a)
    first = send_records(a, b, parts_of(case), with_files=False)
    assert first.counts["waiting"] == 5  # three components, a source, the photo
    assert b.catalogue.count() == 0, "no part shows without its case"
    waiting = content(b)
    again = send_records(a, b, parts_of(case), with_files=False)
    assert again.counts["waiting"] == 5 and content(b) == waiting, "waiting parts do not pile up"

    alone = send_records(a, b, [("cases", case.id)], with_files=False)
    arrived = b.catalogue.get(case.id)
    assert alone.touched_cases == [case.id]
    assert len(arrived.components) == 3 and len(arrived.sources) == 1
    assert arrived.attachments == [], "the photo still waits for its file"

    send_records(a, b, [("attachments", "photo-1")], with_files=True)
    assert [p.filename for p in b.catalogue.get(case.id).attachments] == ["tanks.png"]
    assert b.catalogue.attachment_bytes(case.attachments[0].sha256) == PHOTO
    assert content(b) == content(a), "nothing is left waiting"


def test_a_waiting_part_merges_with_a_later_edit_of_it(blank: list[Device]) -> None:
    a, b = blank
    case = make_case()
    a.catalogue.save(case)
    send_records(a, b, parts_of(case), with_files=False)
    edited = a.catalogue.get(case.id)
    edited.components[0].mechanism = "Market associations lend the tanks"
    a.catalogue.save(edited)
    [report] = a.send(b)
    assert report.counts["conflicts"] == 0
    assert b.catalogue.get(case.id).components[0].mechanism == "Market associations lend the tanks"
    assert content(b) == content(a)


def test_a_large_bundle_merges_each_record_with_what_is_held(blank: list[Device]) -> None:
    a, b = blank
    cases = [make_case(title=f"Market {n}") for n in range(READ_AHEAD // 5 + 20)]
    with a.catalogue.db.atomic():
        for case in cases:
            a.catalogue.save(case)
    [first] = a.send(b)
    records = first.counts["new"]
    assert records > READ_AHEAD and b.catalogue.count() == len(cases)
    # Edits early and late in the bundle, so they fall in different read-ahead windows.
    for case in (cases[0], cases[-1]):
        edited = a.catalogue.get(case.id)
        edited.summary = f"Edited: {edited.title}"
        a.catalogue.save(edited)
    edited_part = a.catalogue.get(cases[len(cases) // 2].id)
    edited_part.components[2].name = "Tank loans"
    a.catalogue.save(edited_part)
    [second] = a.send(b)
    assert second.counts["updated"] == 3 and second.counts["unchanged"] == records - 3
    assert second.counts["new"] == second.counts["conflicts"] == 0
    assert b.catalogue.get(cases[-1].id).summary == f"Edited: {cases[-1].title}"
    assert content(b) == content(a)


def test_a_part_edited_against_a_deletion_keeps_its_case_in_view(blank: list[Device]) -> None:
    a, b = blank
    case = make_case()
    a.catalogue.save(case)
    a.send(b)
    b.catalogue.delete(case.id)
    edited = a.catalogue.get(case.id)
    edited.components[1].mechanism = "Tanks are refilled by the fire brigade"
    a.catalogue.save(edited)
    # One bundle brings the deleted case back into view (for its edited part), then the case.
    [report] = a.send(b)
    assert report.counts["conflicts"] == 1
    [kept] = b.catalogue.get(case.id).components  # the parts nobody edited stay deleted
    assert (kept.id, kept.mechanism) == (edited.components[1].id, "Tanks are refilled by the fire brigade")
    conflicts = sorted((c.kind, c.record_type) for c in b.sync.conflicts())
    assert conflicts == [("delete", "cases"), ("delete", "components")], "not a silent delete"
    b.send(a)
    assert content(a) == content(b)
