"""Organisations: members trust each other with one certificate each, revocations travel, roles hold."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store import jsontext
from desktop.sync import org
from desktop.sync.bundle import BundleError
from desktop.sync.hub import Hub
from desktop.sync.org import Membership
from desktop.sync.service import UntrustedSignerError
from tests.sync_helpers import Device

_files = itertools.count()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "root"
    org.init_organisation(folder, "Makassar programme")
    return folder


@pytest.fixture
def devices(tmp_path: Path, seeded_template: Path) -> Iterator[dict[str, Device]]:
    made = {name: Device(tmp_path / name, name, seeded_template) for name in ("hub", "a", "b", "c")}
    yield made
    for device in made.values():
        device.close()


def _join(root: Path, device: Device, role: str = "member") -> None:
    identity = device.sync.device()
    certificate = org.certify(root, identity["device_id"], identity["public_key"], device.name, role, 365)
    with device.catalogue.db.atomic():
        Membership(device.catalogue.db).join(certificate, identity["device_id"], identity["public_key"])


def _send(source: Device, target: Device, trust: str | None = None) -> list[str]:
    """Export everything from `source` and import it into `target`, answering no question."""
    out = source.folder.parent / f"bundle-{next(_files)}-{source.name}.leaps"
    [path] = source.sync.export(out)
    return target.sync.import_bundle(target.sync.read(path), trust).held_back


def _retitle(device: Device, title: str) -> str:
    case = device.catalogue.all_cases()[0]
    case.title = title
    device.catalogue.save(case)
    return case.id


def test_members_take_each_others_bundles_with_no_question(root: Path, devices: dict[str, Device]) -> None:
    a, b = devices["a"], devices["b"]
    with pytest.raises(UntrustedSignerError):
        _send(a, b)  # before joining, b asks about a
    _join(root, a)
    _join(root, b)
    case_id = _retitle(a, "Owl Bus, from a member")
    assert _send(a, b) == []
    assert b.catalogue.get(case_id).title == "Owl Bus, from a member"
    assert {m["name"]: m["status"] for m in Membership(b.catalogue.db).status()["members"]} == {
        "a": "valid",
        "b": "valid",
    }


def test_a_new_device_reaches_every_member_through_the_hub_with_one_certificate(
    tmp_path: Path, root: Path, devices: dict[str, Device]
) -> None:
    """The hub and the laptops have never met the newcomer: its certificate is all they need."""
    hub_device, a, newcomer = devices["hub"], devices["a"], devices["c"]
    for device in (hub_device, a, newcomer):
        _join(root, device)
    shared = tmp_path / "shared"
    shared.mkdir()
    hub = Hub(hub_device.sync, shared)
    a.sync.sync_folder(shared)
    hub.run_round()
    case_id = _retitle(newcomer, "Owl Bus, from the newcomer")
    newcomer.sync.sync_folder(shared)  # no trust answer anywhere: every signer is certified
    first = hub.run_round()
    assert first.refused == [] and len(first.imported) == 1
    result = a.sync.sync_folder(shared)
    assert result["refused"] == []
    assert a.catalogue.get(case_id).title == "Owl Bus, from the newcomer"


def test_a_revoked_device_keeps_its_earlier_changes_and_loses_its_later_ones(
    root: Path, devices: dict[str, Device]
) -> None:
    hub_device, a, b = devices["hub"], devices["a"], devices["b"]
    for device in (hub_device, a, b):
        _join(root, device)
    earlier = _retitle(a, "Owl Bus, before the revocation")
    _send(a, hub_device)

    _clock_passes(a.catalogue.writer.clock.last.wall_ms)
    revocations = org.revoke(root, a.sync.device_id)
    _clock_passes(org._ms(revocations["body"]["revoked"][0]["at"]))
    with hub_device.catalogue.db.atomic():
        Membership(hub_device.catalogue.db).learn({"revocations": [revocations]})
    with pytest.raises(BundleError, match="revoked"):
        _send(a, hub_device)  # a's own bundles are refused outright

    later_case = next(c for c in a.catalogue.all_cases() if c.id != earlier)
    later_case.title = "Owl Bus, after the revocation"
    a.catalogue.save(later_case)
    _send(a, b)  # b has not heard of the revocation yet: it takes a's later change
    held = _send(hub_device, b)  # the hub's bundle carries the revocation list to b
    assert held == [] and b.catalogue.get(earlier).title == "Owl Bus, before the revocation"
    assert Membership(b.catalogue.db).revoked(), "the list travelled in the hub's bundle"
    with pytest.raises(BundleError, match="revoked"):
        _send(a, b)
    # Relayed through another member, a's later change is still refused; its earlier one stays.
    relay = devices["c"]
    _join(root, relay)
    held = _send(b, relay)
    assert relay.catalogue.get(earlier).title == "Owl Bus, before the revocation"
    assert relay.catalogue.get(later_case.id).title != "Owl Bus, after the revocation"
    assert any("a (" in line and "after its certificate was revoked" in line for line in held)


def test_a_revoked_signer_is_refused_in_the_windows_language_with_why(
    qapp: object, root: Path, devices: dict[str, Device]
) -> None:
    from desktop.ui.i18n import error_text, install_translators

    hub_device, a = devices["hub"], devices["a"]
    for device in (hub_device, a):
        _join(root, device)
    _clock_passes(a.catalogue.writer.clock.last.wall_ms)
    revocations = org.revoke(root, a.sync.device_id)
    _clock_passes(org._ms(revocations["body"]["revoked"][0]["at"]))
    with hub_device.catalogue.db.atomic():
        Membership(hub_device.catalogue.db).learn({"revocations": [revocations]})
    with pytest.raises(BundleError) as refused:
        _send(a, hub_device)
    assert "its certificate from Makassar programme was revoked on " in str(refused.value)
    install_translators("ko")
    try:
        said = error_text(refused.value)
    finally:
        install_translators("en")
    # The refusal and the reason the organisation gives, both in Korean.
    assert "Makassar programme에서 받은 인증서가" in said and "폐기되었습니다" in said, said
    assert "revoked" not in said and "refused" not in said, said


def _clock_passes(ms: int) -> None:
    """Wait until this computer's clock is past `ms`, so that what follows is strictly later."""
    while time.time() * 1000 <= ms + 1:
        time.sleep(0.001)


def test_only_a_curator_marks_cases_verified(root: Path, devices: dict[str, Device]) -> None:
    """On import: a member's own app refuses it (next test), but an older app, or a member's
    change made before it joined, reaches the others all the same."""
    member, curator, reader = devices["a"], devices["c"], devices["b"]
    case = member.catalogue.all_cases()[0]
    case.curation = "verified"
    member.catalogue.save(case)
    _join(root, member, "member")
    _join(root, curator, "curator")
    _join(root, reader, "member")
    held = _send(member, reader)
    assert any("which only a curator may" in line and "a (" in line for line in held)
    assert reader.catalogue.get(case.id).curation != "verified"

    curated = curator.catalogue.get(case.id)
    curated.curation = "verified"
    curator.catalogue.save(curated)
    assert _send(curator, reader) == []
    assert reader.catalogue.get(case.id).curation == "verified"


def test_a_rotated_key_is_still_taken_with_no_question(root: Path, devices: dict[str, Device]) -> None:
    a, b = devices["a"], devices["b"]
    _join(root, a)
    _join(root, b)
    _send(a, b)
    a.sync.rotate_key()
    case_id = _retitle(a, "Owl Bus, signed with a new key")
    assert _send(a, b) == []
    assert b.catalogue.get(case_id).title == "Owl Bus, signed with a new key"


def test_a_certificate_from_an_organisation_not_trusted_or_altered_earns_no_trust(
    tmp_path: Path, root: Path, devices: dict[str, Device]
) -> None:
    a, b = devices["a"], devices["b"]
    stranger = tmp_path / "stranger"
    org.init_organisation(stranger, "Somebody else")
    _join(stranger, a)
    _join(root, b)
    with pytest.raises(UntrustedSignerError):
        _send(a, b)
    identity = a.sync.device()
    forged = org.certify(root, "someone-else", identity["public_key"], "a", "curator", 365)
    forged["body"]["device_id"] = identity["device_id"]  # altered after signing
    assert org.Certificate.from_signed(forged) is None
    with pytest.raises(Exception, match="not a certificate"):
        Membership(a.catalogue.db).join(forged, identity["device_id"], identity["public_key"])


def _leaps(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )


def test_the_command_line_runs_an_organisation(tmp_path: Path, devices: dict[str, Device]) -> None:
    a = devices["a"]
    a.close()
    made = _leaps("org", "init", str(tmp_path / "admin"), "--name", "Ministry of Cities")
    assert made.returncode == 0, made.stderr
    again = _leaps("org", "init", str(tmp_path / "admin"), "--name", "Twice")
    assert again.returncode == 1 and again.stderr.count("\n") == 1 and "already holds" in again.stderr
    identity = jsontext.loads(_leaps("--data-dir", str(a.folder), "device", "--json").stdout)
    cert = tmp_path / "a.cert"
    certified = _leaps(
        "org",
        "certify",
        str(tmp_path / "admin"),
        "--device-id",
        identity["device_id"],
        "--public-key",
        identity["public_key"],
        "--name",
        "Ayu's laptop",
        "--role",
        "curator",
        "--out",
        str(cert),
    )
    assert certified.returncode == 0, certified.stderr
    joined = _leaps("--data-dir", str(a.folder), "org", "join", str(cert))
    assert joined.returncode == 0 and "joined Ministry of Cities as curator" in joined.stdout, joined.stderr
    status = jsontext.loads(_leaps("--data-dir", str(a.folder), "org", "status", "--json").stdout)
    assert status["certificate"]["role"] == "curator"
    assert status["organisations"][0]["name"] == "Ministry of Cities"
    revoked = _leaps(
        "org", "revoke", str(tmp_path / "admin"), identity["device_id"], "--out", str(tmp_path / "r")
    )
    assert revoked.returncode == 0 and "1 revoked" in revoked.stdout, revoked.stderr
    taken = _leaps("--data-dir", str(a.folder), "org", "revocations", str(tmp_path / "r"))
    assert taken.returncode == 0 and "1 certificate(s) revoked" in taken.stdout, taken.stderr
    a.catalogue = type(a.catalogue).open(a.folder)


def test_a_member_cannot_mark_a_case_verified_on_its_own_device(
    root: Path, devices: dict[str, Device]
) -> None:
    from desktop.store.errors import CatalogueError

    member, curator = devices["a"], devices["c"]
    _join(root, member, "member")
    _join(root, curator, "curator")
    case = member.catalogue.all_cases()[0]
    case.curation = "verified"
    with pytest.raises(CatalogueError, match="Only a curator"):
        member.catalogue.save(case)
    assert member.catalogue.get(case.id).curation == "reviewed", "nothing was saved"
    case.curation = "reviewed"
    case.title = "Owl Bus, edited by a member"
    assert member.catalogue.save(case), "a case already reviewed stays editable by a member"
    curated = curator.catalogue.get(case.id)
    curated.curation = "verified"
    assert curator.catalogue.save(curated)
