"""Hostile bundles against clocks and trust: each attack is refused and no honest edit is lost.

Each test forges real bundle files (signed as a trusted device would sign them) and imports
them into real catalogues.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.cli.app import parser
from desktop.store import jsontext
from desktop.store.clock import MAX_DRIFT_MS, HybridClock, Stamp
from desktop.store.errors import CatalogueError
from desktop.store.proofs import retire
from desktop.store.replica import RecordState, load_state, store_state
from desktop.sync.bundle import BundleError
from desktop.sync.bundle_json import STAMP
from desktop.sync.keys import DeviceKey, load_or_create_key
from desktop.sync.service import UntrustedSignerError
from tests.conftest import make_case
from tests.sync_helpers import Device, Records, rewrite
from tests.worker_helpers import WAIT_MS, open_main_window, run_on_worker

YEAR_2286 = 9_999_999_999_999  # the largest wall time the stamp format can hold
THREE_YEARS = 3 * 365 * 24 * 3600.0


def export(device: Device, out: Path, **options: Any) -> Path:
    [path] = device.sync.export(out, **options)
    return path


def restamp(record: dict[str, Any], stamp: str) -> None:
    """Give every field of a record the same stamp, and a vector that has seen it."""
    record["stamps"] = dict.fromkeys(record["stamps"], stamp)
    record["siblings"] = {}
    record["vv"] = {Stamp.decode(stamp).device: stamp}


def has_case(device: Device, case_id: str) -> bool:
    return device.catalogue.db["cases"].count_where("id = ?", [case_id]) == 1


def key_of(device: Device) -> DeviceKey:
    return load_or_create_key(device.folder)


def leaps(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LEAPS_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env, timeout=120
    )


# Clocks


def test_a_record_stamped_in_2286_is_held_back_and_never_moves_the_clock(tmp_path: Path) -> None:
    mine, peer, third = (Device(tmp_path / n, n) for n in ("mine", "peer", "third"))
    honest, forged_case = make_case(title="Honest case"), make_case(title="From the far future")
    peer.catalogue.save(honest)
    peer.send(mine)  # the peer is trusted from now on
    peer.catalogue.save(forged_case)
    future = f"{YEAR_2286:013d}.99999.{peer.id}"

    def far_future(records: Records) -> None:
        for record in records:
            if forged_case.id in (record["id"], record["fields"].get("case_id")):
                restamp(record, future)

    bad = rewrite(export(peer, tmp_path / "p.leaps"), tmp_path / "bad.leaps", key_of(peer), far_future)
    report = mine.sync.import_bundle(mine.sync.read(bad))
    assert report.applied and report.held_back, "the rest of the bundle goes in; the forged record does not"
    assert "peer" in report.held_back[0] and peer.id in report.held_back[0] and "2286" in report.held_back[0]
    assert not has_case(mine, forged_case.id)
    assert has_case(mine, honest.id)
    assert mine.catalogue.writer.clock.last.wall_ms < YEAR_2286 // 2, "the clock did not follow the stamp"
    edited = mine.catalogue.get(honest.id)
    edited.summary = "Edited after the forged bundle arrived."
    mine.catalogue.save(edited)
    stamp = load_state(mine.catalogue.db, "cases", honest.id).stamps["summary"]
    assert STAMP.match(stamp) and Stamp.decode(stamp).wall_ms < YEAR_2286 // 2
    mine.send(third)  # every other device still takes this one's bundles
    assert third.catalogue.get(honest.id).summary == "Edited after the forged bundle arrived."


def test_the_counter_moves_to_the_next_millisecond_instead_of_overflowing() -> None:
    clock = HybridClock("dev-a", now=lambda: 1_800_000_000.0)
    clock.observe(Stamp(1_800_000_000_000, 99_999, "dev-b"))
    stamps = [clock.tick().encode() for _ in range(3)]
    assert all(STAMP.match(s) for s in stamps), stamps
    assert stamps == sorted(stamps) and stamps[0].startswith("1800000000001.00000.")


def test_a_stamp_just_inside_the_drift_is_adopted_and_one_past_it_is_not() -> None:
    now = 1_800_000_000.0
    clock = HybridClock("dev-a", now=lambda: now)
    assert not clock.observe(Stamp(int(now * 1000) + MAX_DRIFT_MS + 1, 0, "dev-b"))
    assert clock.last.wall_ms == 0
    assert clock.observe(Stamp(int(now * 1000) + MAX_DRIFT_MS, 0, "dev-b"))
    assert clock.last.wall_ms == int(now * 1000) + MAX_DRIFT_MS


def test_a_laptop_clock_years_ahead_is_named_and_its_edits_come_through_once_repaired(tmp_path: Path) -> None:
    mine, laptop = Device(tmp_path / "mine", "mine"), Device(tmp_path / "laptop", "Field laptop")
    before = make_case(title="Written while the clock was right")
    laptop.catalogue.save(before)
    laptop.catalogue.writer.clock._now = lambda: time.time() + THREE_YEARS  # the battery was changed
    ahead = make_case(title="Written with the clock three years ahead")
    laptop.catalogue.save(ahead)
    [report] = laptop.send(mine)
    assert has_case(mine, before.id) and not has_case(mine, ahead.id)
    assert len(report.held_back) == 1 and "Field laptop" in report.held_back[0]
    assert "repair-clock" in report.held_back[0]
    assert mine.catalogue.writer.clock.last.wall_ms < (time.time() + 3600) * 1000
    laptop.catalogue.writer.clock._now = time.time  # someone set the date right
    problem = laptop.catalogue.clock_problem()
    assert problem and "repair-clock" in problem
    assert laptop.catalogue.repair_clock() == [ahead.id]
    assert laptop.catalogue.clock_problem() is None
    assert laptop.catalogue.get(ahead.id).title == "Written with the clock three years ahead"
    [again] = laptop.send(mine)
    assert not again.held_back and has_case(mine, ahead.id)


def poison(device: Device, case_id: str) -> None:
    """What an older version left behind after adopting a year-2286 stamp: records and clock."""
    db = device.catalogue.db
    state = load_state(db, "cases", case_id)
    assert state is not None
    future = f"{YEAR_2286:013d}.99999.evil-device"
    poisoned = RecordState.from_json(state.to_json())
    retire(poisoned, "title")  # as a merge does when a version replaces another
    poisoned.fields["title"] = "Title from the far future"
    poisoned.stamps["title"] = future
    poisoned.vv["evil-device"] = future
    with db.atomic():
        store_state(db, poisoned)
        own = f"{YEAR_2286:013d}.99999.{device.id}"
        db["catalogue_meta"].upsert({"key": "clock", "value": own}, pk="key")


def test_check_finds_far_future_stamps_already_stored_and_repair_clock_fixes_them(tmp_path: Path) -> None:
    mine, peer = Device(tmp_path / "mine", "mine"), Device(tmp_path / "peer", "peer")
    case = make_case(title="Held by both")
    mine.catalogue.save(case)
    mine.send(peer)
    poison(mine, case.id)
    mine.close()
    checked = leaps(mine.folder, "check")
    assert checked.returncode == 1 and "2286" in checked.stdout and "leaps repair-clock" in checked.stdout
    assert "evil-device" in checked.stdout
    repaired = leaps(mine.folder, "repair-clock")
    assert repaired.returncode == 0, repaired.stderr
    assert leaps(mine.folder, "check").returncode == 0
    mine = Device(mine.folder, "mine")
    assert mine.catalogue.get(case.id).title == "Title from the far future", "the value shown stays"
    assert mine.catalogue.writer.clock.last.wall_ms < (time.time() + 3600) * 1000
    edited = mine.catalogue.get(case.id)
    edited.summary = "Edited after the repair."
    mine.catalogue.save(edited)
    [report] = mine.send(peer)
    assert not report.held_back, "after the repair, peers take this device's bundles again"
    assert peer.catalogue.get(case.id).summary == "Edited after the repair."
    assert re.match(r"Title from the far future", peer.catalogue.get(case.id).title)


def test_the_window_says_when_the_catalogue_holds_stamps_from_too_far_ahead_and_repairs_them(
    qtbot: QtBot, tmp_path: Path
) -> None:
    mine = Device(tmp_path / "mine", "mine")
    case = make_case(title="Held here")
    mine.catalogue.save(case)
    poison(mine, case.id)
    mine.close()
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == "Repair now").click()

    QTimer.singleShot(50, answer)
    window = open_main_window(qtbot, mine.folder)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert "2286" in seen[0] and "leaps repair-clock" in seen[0]
    catalogue = window.catalogue
    assert catalogue is not None
    qtbot.waitUntil(lambda: not run_on_worker(qtbot, window.tasks, catalogue.future_stamps), timeout=WAIT_MS)


# Keys


def impostor_of(colleague: Device, impostor: Device, out: Path) -> Path:
    """A bundle made by `impostor` that claims, in its manifest, to come from `colleague`."""

    def claim(manifest: dict[str, Any]) -> None:
        manifest["device"].update(id=colleague.id, name=colleague.name)

    return rewrite(export(impostor, out.with_suffix(".real.leaps")), out, key_of(impostor), manifest=claim)


def test_refusing_an_impostor_never_locks_out_the_real_device(tmp_path: Path) -> None:
    mine, colleague, impostor = (Device(tmp_path / n, n) for n in ("mine", "colleague", "impostor"))
    colleague.catalogue.save(make_case(title="From the real colleague"))
    impostor.catalogue.save(make_case(title="From the impostor"))
    fake = impostor_of(colleague, impostor, tmp_path / "fake.leaps")
    with pytest.raises(BundleError, match="does not trust"):
        mine.sync.import_bundle(mine.sync.read(fake), "never")
    with pytest.raises(CatalogueError):
        mine.sync.trust(colleague.id)  # the device id does not name the refused impostor's key
    real = export(colleague, tmp_path / "real.leaps")
    with pytest.raises(UntrustedSignerError):
        mine.sync.import_bundle(mine.sync.read(real))  # asked about, as any device not seen before
    assert mine.sync.import_bundle(mine.sync.read(real), "once").applied
    assert mine.sync.trust(colleague.id)["fingerprint"] == colleague.sync.key.fingerprint
    with pytest.raises(BundleError):
        mine.sync.import_bundle(mine.sync.read(fake))  # the impostor's key stays refused


def test_a_known_device_with_a_key_it_never_announced_is_refused_by_name_until_forgotten(
    tmp_path: Path,
) -> None:
    mine, colleague, impostor = (Device(tmp_path / n, n) for n in ("mine", "colleague", "impostor"))
    colleague.catalogue.save(make_case(title="From the real colleague"))
    colleague.send(mine)
    fake = impostor_of(colleague, impostor, tmp_path / "fake.leaps")
    with pytest.raises(BundleError) as refused:
        mine.sync.import_bundle(mine.sync.read(fake), "always")
    message = refused.value.command_line_text()  # the English message and its command-line hint
    assert "colleague" in message and "never announced" in message
    assert f"leaps peers forget {colleague.sync.key.fingerprint}" in message
    colleague.catalogue.save(make_case(title="Still accepted"))
    assert colleague.send(mine)[0].applied, "the real device is not locked out"
    forgot = leaps(mine.folder, "peers", "forget", colleague.sync.key.fingerprint)
    assert forgot.returncode == 0, forgot.stderr
    with pytest.raises(UntrustedSignerError):  # forgotten: asked about again, like a new device
        mine.sync.import_bundle(mine.sync.read(export(colleague, tmp_path / "again.leaps")))


def test_a_rotated_key_announced_under_the_old_one_is_followed_without_a_prompt(tmp_path: Path) -> None:
    mine, colleague = Device(tmp_path / "mine", "mine"), Device(tmp_path / "colleague", "colleague")
    colleague.catalogue.save(make_case(title="Before the new key"))
    colleague.send(mine)
    old = colleague.sync.key.fingerprint
    rotated = leaps(colleague.folder, "device", "rotate-key")
    assert rotated.returncode == 0 and old in rotated.stdout, rotated.stderr
    colleague.close()
    colleague = Device(colleague.folder, "colleague")
    assert colleague.sync.key.fingerprint != old
    after = make_case(title="After the new key")
    colleague.catalogue.save(after)
    report = mine.sync.import_bundle(mine.sync.read(export(colleague, tmp_path / "new-key.leaps")))
    assert report.applied and report.trust == "always"
    assert report.fingerprint == colleague.sync.key.fingerprint
    assert has_case(mine, after.id)
    [peer] = [p for p in mine.sync.peers() if p["device_id"] == colleague.id]
    assert peer["fingerprint"] == colleague.sync.key.fingerprint and peer["trust"] == "always"


def test_the_devices_window_forgets_a_key(qtbot: QtBot, tmp_path: Path) -> None:
    mine, theirs = Device(tmp_path / "mine", "mine"), Device(tmp_path / "theirs", "laptop-of-ana")
    theirs.catalogue.save(make_case())
    theirs.send(mine)
    mine.close()
    window = open_main_window(qtbot, mine.folder)
    window.sync.show_devices()
    qtbot.waitUntil(lambda: window.sync.devices_dialog is not None, timeout=WAIT_MS)
    dialog = window.sync.devices_dialog
    dialog.table.selectRow(0)
    next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Forget").click()
    assert dialog.table.rowCount() == 0
    peers = window.sync.service().peers
    qtbot.waitUntil(lambda: not run_on_worker(qtbot, window.tasks, peers), timeout=WAIT_MS)


# Every change carries its author


def soon(device: Device, hours: int = 1) -> str:
    """A stamp of `device` an hour ahead: within the drift bound, so only signatures can catch it."""
    return f"{int((time.time() + hours * 3600) * 1000):013d}.00000.{device.id}"


def three(tmp_path: Path, *names: str) -> list[Device]:
    return [Device(tmp_path / n, n) for n in names]


def test_a_relay_cannot_credit_its_edits_to_another_device(tmp_path: Path) -> None:
    mine, colleague, relay = three(tmp_path, "mine", "colleague", "relay")
    colleague.catalogue.save(make_case(title="The colleague's own case"))
    colleague.send(mine)
    relay.send(mine)  # the relay is trusted always
    forged_case = make_case(title="Written by the relay")
    relay.catalogue.save(forged_case)

    def credit_to_colleague(records: Records) -> None:
        text = jsontext.dumps(records).replace(relay.id, colleague.id)
        records[:] = json.loads(text)

    relayed = export(relay, tmp_path / "r.leaps")
    bad = rewrite(relayed, tmp_path / "bad.leaps", key_of(relay), credit_to_colleague)
    report = mine.sync.import_bundle(mine.sync.read(bad))
    assert not has_case(mine, forged_case.id)
    assert any("colleague" in line and "did not sign" in line for line in report.held_back), report.held_back


def test_a_relay_cannot_alter_a_change_it_passes_on(tmp_path: Path) -> None:
    mine, author, relay = three(tmp_path, "mine", "author", "relay")
    case = make_case(title="As the author wrote it")
    author.catalogue.save(case)
    author.send(relay)
    relay.send(mine)

    def alter(records: Records) -> None:
        for record in records:
            if record["id"] == case.id:
                record["fields"]["summary"] = "Altered on the way"

    author.catalogue.save(replace_field(author, case.id, "title", "Corrected by the author"))
    author.send(relay)
    bad = rewrite(export(relay, tmp_path / "r.leaps"), tmp_path / "bad.leaps", key_of(relay), alter)
    report = mine.sync.import_bundle(mine.sync.read(bad))
    assert mine.catalogue.get(case.id).summary == case.summary
    assert any(author.id in line and "did not sign" in line for line in report.held_back), report.held_back


def replace_field(device: Device, case_id: str, name: str, value: str) -> Any:
    edited = device.catalogue.get(case_id)
    setattr(edited, name, value)
    return edited


def test_an_inflated_version_vector_never_hides_a_later_real_edit(tmp_path: Path) -> None:
    mine, author, relay = three(tmp_path, "mine", "author", "relay")
    case = make_case(title="Shared case")
    author.catalogue.save(case)
    author.send(relay)
    relay.send(mine)
    relay.catalogue.save(replace_field(relay, case.id, "summary", "The relay's summary"))

    def inflate(records: Records) -> None:
        for record in records:
            record["vv"][author.id] = soon(author)  # "I have seen the author's edits of the next hour"

    bad = rewrite(export(relay, tmp_path / "r.leaps"), tmp_path / "bad.leaps", key_of(relay), inflate)
    mine.sync.import_bundle(mine.sync.read(bad))
    # The author, who never saw the relay's summary, writes its own a minute later.
    author.catalogue.save(replace_field(author, case.id, "summary", "The author's summary"))
    author.send(mine)
    [conflict] = mine.sync.conflicts()
    versions = {conflict.shown[0], *(value for value, _ in conflict.others)}
    assert versions == {"The relay's summary", "The author's summary"}, "both kept: the edit was not lost"


def test_covers_from_a_bundle_trusted_once_cannot_stop_a_device_sending_its_new_edits(tmp_path: Path) -> None:
    mine, author, stranger = three(tmp_path, "mine", "author", "stranger")
    case = make_case(title="Written by the author")
    author.catalogue.save(case)
    author.send(mine)
    mine.send(author)
    stranger.catalogue.save(make_case(title="From a stranger"))

    def claim_all_of_the_authors_edits(manifest: dict[str, Any]) -> None:
        manifest["covers"][author.id] = soon(author, hours=12)

    bad = rewrite(
        export(stranger, tmp_path / "s.leaps"), tmp_path / "bad.leaps", key_of(stranger),
        manifest=claim_all_of_the_authors_edits,
    )
    assert mine.sync.import_bundle(mine.sync.read(bad), "once").applied
    mine.send(author, for_peer=author.id)  # tells the author what this device holds
    author.catalogue.save(replace_field(author, case.id, "summary", "A new edit of the author"))
    author.send(mine, for_peer=mine.id)
    assert mine.catalogue.get(case.id).summary == "A new edit of the author"


def test_conflicts_and_the_import_preview_name_the_verified_author(tmp_path: Path) -> None:
    mine, author = three(tmp_path, "mine", "author")
    case = make_case(title="Both edit it")
    author.catalogue.save(case)
    author.send(mine)
    author.catalogue.save(replace_field(author, case.id, "summary", "Author's summary"))
    mine.catalogue.save(replace_field(mine, case.id, "summary", "My summary"))
    bundle = export(author, tmp_path / "a.leaps")
    preview = mine.sync.preview(mine.sync.read(bundle))
    assert preview.authors == [f"author ({author.sync.key.fingerprint})"]
    mine.sync.import_bundle(mine.sync.read(bundle))
    [conflict] = mine.sync.conflicts()
    versions = [conflict.to_json()["shown"], *conflict.to_json()["others"]]
    assert {v["author"] for v in versions} == {"mine", "author"}
    listed = io.StringIO()
    with contextlib.redirect_stdout(listed):
        args = parser().parse_args(["conflicts"])
        args.handler(mine.catalogue, args)
    # The command line names this device as it names itself (its computer's name), the other by its name.
    line = listed.getvalue()
    assert re.search(r"shown: by \S+; other: by \S+", line) and "by author" in line, line
