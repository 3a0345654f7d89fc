"""The window's organisation view (members, roles, expiries, revocations), joining from the window,
and the view of parts waiting for their case, which clears them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.catalogue.service import Catalogue
from desktop.datadir import device_id
from desktop.store import jsontext
from desktop.sync import org
from desktop.sync.keys import load_or_create_key
from desktop.sync.org import Membership
from desktop.sync.service import SyncService
from desktop.ui.exchange.organisation_dialog import OrganisationDialog
from tests.conftest import make_case
from tests.sync_helpers import Device, Records, rewrite
from tests.worker_helpers import WAIT_MS, open_main_window


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "root"
    org.init_organisation(folder, "Makassar programme")
    return folder


@pytest.fixture
def devices(tmp_path: Path, seeded_template: Path) -> Iterator[dict[str, Device]]:
    made = {name: Device(tmp_path / name, name, seeded_template) for name in ("a", "b", "c")}
    yield made
    for device in made.values():
        device.close()


def _join(root: Path, device: Device, role: str) -> dict[str, Any]:
    identity = device.sync.device()
    certificate = org.certify(root, identity["device_id"], identity["public_key"], device.name, role, 365)
    with device.catalogue.db.atomic():
        Membership(device.catalogue.db).join(certificate, identity["device_id"], identity["public_key"])
    return certificate


def _rows(table: Any) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_organisation_view_lists_every_member_and_the_revocations(
    qtbot: QtBot, root: Path, devices: dict[str, Device]
) -> None:
    a, b, c = devices["a"], devices["b"], devices["c"]
    certificates = {
        "a": _join(root, a, "curator"),
        "b": _join(root, b, "member"),
        "c": _join(root, c, "member"),
    }
    a.send(b)
    c.send(b)
    revocations = org.revoke(root, c.id)
    with b.catalogue.db.atomic():
        Membership(b.catalogue.db).learn({"revocations": [revocations]})
    dialog = OrganisationDialog(b.sync.organisation())
    qtbot.addWidget(dialog)
    members = {row[0]: row[1:4] for row in _rows(dialog.members)}
    expires = {name: cert["body"]["not_after"][:10] for name, cert in certificates.items()}
    assert members == {
        "a": ["curator", expires["a"], "valid"],
        "b": ["member", expires["b"], "valid"],
        "c": ["member", expires["c"], "revoked"],
    }
    [revoked] = _rows(dialog.revocations)
    assert revoked[0] == "c" and revoked[1] == revocations["body"]["revoked"][0]["at"][:10]
    assert "Makassar programme" in dialog.summary.text() and "member until" in dialog.summary.text()


def test_a_device_joins_its_organisation_from_the_window(
    qtbot: QtBot, tmp_path: Path, root: Path, data_dir: Path
) -> None:
    identity = load_or_create_key(data_dir)
    certificate = org.certify(root, device_id(data_dir), identity.public_text, "field laptop", "member", 365)
    path = tmp_path / "field-laptop.cert"
    path.write_text(jsontext.dumps(certificate), encoding="utf-8")
    window = open_main_window(qtbot, data_dir)
    actions = window.organisation_actions
    warnings: list[str] = []
    actions.warn = warnings.append
    actions.choose_certificate = lambda: str(tmp_path / "missing.cert")
    actions.join_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT_MS)
    assert "missing.cert" in warnings[0]
    actions.choose_certificate = lambda: str(path)
    actions.join_action.trigger()
    qtbot.waitUntil(
        lambda: (
            actions.organisation_dialog is not None and actions.organisation_dialog.members.rowCount() == 1
        ),
        timeout=WAIT_MS,
    )
    dialog = actions.organisation_dialog
    assert dialog is not None and dialog.isVisible()
    assert _rows(dialog.members)[0][:2] == ["field laptop", "member"]
    assert "this device: member until" in dialog.summary.text()


def test_the_waiting_parts_view_lists_the_parts_and_clears_them(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    author = Device(tmp_path / "author", "author")
    case = make_case(title="Its parts arrive first")
    author.catalogue.save(case)
    parts = len(case.components) + len(case.sources)
    assert parts, "the case has parts to wait"

    def without_the_case(records: Records) -> None:
        records[:] = [r for r in records if r["type"] != "cases"]

    [full] = author.sync.export(tmp_path / "full.leaps")
    bundle = rewrite(full, tmp_path / "parts.leaps", load_or_create_key(author.folder), without_the_case)
    author.close()
    catalogue = Catalogue.open(data_dir)
    sync = SyncService(catalogue, "here")
    assert sync.import_bundle(sync.read(bundle), "always").counts["waiting"] == parts
    catalogue.close()

    window = open_main_window(qtbot, data_dir)
    actions = window.organisation_actions
    actions.pending_action.trigger()
    qtbot.waitUntil(
        lambda: actions.pending_dialog is not None and actions.pending_dialog.table.rowCount() == parts,
        timeout=WAIT_MS,
    )
    dialog = actions.pending_dialog
    assert dialog is not None
    assert {row[2] for row in _rows(dialog.table)} == {f"case {case.id}"}
    asked: list[int] = []
    dialog.confirm = lambda count: asked.append(count) or True
    dialog.clear_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=WAIT_MS)
    assert asked == [parts] and not dialog.clear_button.isEnabled()
