"""Roles in an organisation: only a curator publishes a seed catalogue, and a member's refusals are
said in the window's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.catalogue.seed import check_seed, publish_seed
from desktop.cli import main
from desktop.store.errors import CatalogueError
from desktop.sync import org
from desktop.sync.org import Membership
from desktop.ui.i18n import error_text, install_translators
from tests.sync_helpers import Device


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "root"
    org.init_organisation(folder, "Makassar programme")
    return folder


@pytest.fixture
def devices(tmp_path: Path, seeded_template: Path) -> Iterator[dict[str, Device]]:
    made = {name: Device(tmp_path / name, name, seeded_template) for name in ("member", "curator")}
    yield made
    for device in made.values():
        device.close()


def _join(root: Path, device: Device, role: str) -> None:
    identity = device.sync.device()
    certificate = org.certify(root, identity["device_id"], identity["public_key"], device.name, role, 365)
    with device.catalogue.db.atomic():
        Membership(device.catalogue.db).join(certificate, identity["device_id"], identity["public_key"])


def test_only_a_curator_publishes_a_seed_catalogue(
    tmp_path: Path, root: Path, devices: dict[str, Device], capsys: pytest.CaptureFixture[str]
) -> None:
    member, curator = devices["member"], devices["curator"]
    _join(root, member, "member")
    _join(root, curator, "curator")
    refused = tmp_path / "from-the-member"
    assert main(["--data-dir", str(member.folder), "seed-publish", str(refused)]) == 1
    assert "Only a curator of the organisation may publish a seed" in capsys.readouterr().err
    assert not refused.exists(), "nothing was written"
    published = tmp_path / "from-the-curator"
    assert main(["--data-dir", str(curator.folder), "seed-publish", str(published)]) == 0
    cases, errors = check_seed(published / "cases")
    assert errors == [] and len(cases) == curator.catalogue.count()
    assert (published / "release.json").is_file()
    with pytest.raises(CatalogueError, match="already exists"):
        publish_seed(curator.catalogue, published)


@pytest.mark.parametrize(
    ("language", "words"),
    [("ko", "큐레이터"), ("id", "kurator")],
)
def test_a_members_refusals_are_said_in_the_windows_language(
    qtbot: QtBot, tmp_path: Path, root: Path, devices: dict[str, Device], language: str, words: str
) -> None:
    member = devices["member"]
    _join(root, member, "member")
    case = member.catalogue.all_cases()[0]
    case.curation = "verified"
    install_translators(language)
    try:
        with pytest.raises(CatalogueError) as refused_save:
            member.catalogue.save(case)
        assert words in error_text(refused_save.value)
        with pytest.raises(CatalogueError) as refused_seed:
            publish_seed(member.catalogue, tmp_path / "seed")
        assert words in error_text(refused_seed.value)
    finally:
        install_translators("en")
