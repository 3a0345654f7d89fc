"""The Devices window says of each device when it was last seen and what it has not yet received."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.exchange.devices_dialog import DevicesDialog
from tests.sync_helpers import Device


@pytest.fixture
def pair(tmp_path: Path, seeded_template: Path) -> Iterator[tuple[Device, Device]]:
    made = (
        Device(tmp_path / "a", "laptop-a", seeded_template),
        Device(tmp_path / "b", "laptop-b", seeded_template),
    )
    yield made
    for device in made:
        device.close()


def _row(dialog: DevicesDialog, name: str) -> dict[str, str]:
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).text() == name:
            return {h: dialog.table.item(row, c).text() for c, h in enumerate(headers)}
    raise AssertionError(f"no row for {name}")


def test_each_device_shows_when_it_was_last_seen_and_what_it_lacks(
    qtbot: QtBot, pair: tuple[Device, Device]
) -> None:
    a, b = pair
    a.send(b)
    before = DevicesDialog(b.sync.device(), b.sync.peers(), b.sync.history())
    qtbot.addWidget(before)
    assert _row(before, "laptop-a")["Not yet received"] == "0"
    assert _row(before, "laptop-a")["Last seen"], "the import from laptop-a is dated"

    for case in b.catalogue.all_cases()[:2]:
        case.summary += " Revised on b."
        b.catalogue.save(case)
    after = DevicesDialog(b.sync.device(), b.sync.peers(), b.sync.history())
    qtbot.addWidget(after)
    assert _row(after, "laptop-a")["Not yet received"] == "2"

    b.send(a)
    a.send(b)  # a's bundle tells b what a now holds
    caught_up = DevicesDialog(b.sync.device(), b.sync.peers(), b.sync.history())
    qtbot.addWidget(caught_up)
    assert _row(caught_up, "laptop-a")["Not yet received"] == "0"


def test_the_organisation_and_each_devices_certificate_show(
    qtbot: QtBot, pair: tuple[Device, Device], tmp_path: Path
) -> None:
    from desktop.sync import org
    from desktop.sync.org import Membership

    a, b = pair
    root = tmp_path / "root"
    org.init_organisation(root, "Makassar programme")
    for device, role in ((a, "curator"), (b, "member")):
        me = device.sync.device()
        certificate = org.certify(root, me["device_id"], me["public_key"], device.name, role, 30)
        with device.catalogue.db.atomic():
            Membership(device.catalogue.db).join(certificate, me["device_id"], me["public_key"])
    a.sync.export(tmp_path / "a.leaps")
    b.sync.import_bundle(b.sync.read(tmp_path / "a.leaps"))  # no question: a is certified
    dialog = DevicesDialog(
        b.sync.device(), b.sync.peers(), b.sync.history(), Membership(b.catalogue.db).status()
    )
    qtbot.addWidget(dialog)
    line = dialog.organisation.text()
    assert "Makassar programme" in line and "member until" in line and "2 members known, 0 revoked" in line
    assert _row(dialog, "laptop-a")["Certificate"].startswith("curator until ")

    org.revoke(root, a.id)
    with b.catalogue.db.atomic():
        Membership(b.catalogue.db).learn({"revocations": [org._read_json(root / org.REVOCATIONS_FILE, {})]})
    revoked = DevicesDialog(
        b.sync.device(), b.sync.peers(), b.sync.history(), Membership(b.catalogue.db).status()
    )
    qtbot.addWidget(revoked)
    assert _row(revoked, "laptop-a")["Certificate"] == "revoked"
    assert "1 revoked" in revoked.organisation.text()
