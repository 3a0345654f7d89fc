"""Exporting a bundle reports progress and can be cancelled without leaving a file behind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store.errors import CancelledError
from tests.conftest import make_case
from tests.sync_helpers import Device


@pytest.fixture
def sender(tmp_path: Path, seeded_template: Path) -> Iterator[Device]:
    """A device holding the seed and one case of its own."""
    device = Device(tmp_path / "sender", "sender", seeded_template)
    device.catalogue.save(make_case(title="Rain gardens on every school roof"))
    yield device
    device.close()


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def exports_recorded(device: Device) -> int:
    return sum(1 for entry in device.sync.history() if entry["direction"] == "export")


def test_progress_counts_up_to_the_end_and_the_bundle_imports(sender: Device, tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    out = tmp_path / "all.leaps"
    [path] = sender.sync.export(out, progress=lambda *report: reports.append(report))
    done = [d for d, _total in reports]
    assert done == sorted(done) and len(reports) > 2
    assert reports[-1][0] == reports[-1][1], "the bar ends full"
    receiver = Device(tmp_path / "receiver", "receiver")
    receiver.sync.import_bundle(receiver.sync.read(path), "always")
    assert receiver.catalogue.count() == sender.catalogue.count()
    receiver.close()


@pytest.mark.parametrize("when", ["while reading records", "while writing the file"])
def test_a_cancelled_export_leaves_no_file_and_no_history(sender: Device, tmp_path: Path, when: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    totals: set[int] = set()
    reads: list[int] = []

    def cancelled() -> bool:
        # Reading counts records against the records stored; writing against those being written.
        if when == "while reading records":
            return len(reads) > 1
        return len(totals) > 1

    def progress(done: int, total: int) -> None:
        totals.add(total)
        reads.append(done)

    before = exports_recorded(sender)
    with pytest.raises(CancelledError, match="no file was written"):
        sender.sync.export(out / "all.leaps", progress=progress, cancelled=cancelled)
    assert files_in(out) == []
    assert exports_recorded(sender) == before
    [path] = sender.sync.export(out / "all.leaps")
    assert files_in(out) == ["all.leaps"], "the next export works"


def test_a_split_export_cancelled_after_its_first_part_removes_that_part(
    sender: Device, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # Parts are written beside their names first: cancel once the first one holds a whole part.
    with pytest.raises(CancelledError):
        sender.sync.export(
            out / "split.leaps",
            max_size=64 * 1024,
            cancelled=lambda: any(p.stat().st_size for p in out.iterdir()),
        )
    assert files_in(out) == []
