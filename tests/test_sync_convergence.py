"""Random edits on several devices and random exchanges always converge, losing no edit."""

from __future__ import annotations

import json
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.store import jsontext
from desktop.store.replica import covers, load_state
from desktop.sync.keys import load_or_create_key
from tests.conftest import make_case
from tests.sync_helpers import Device, Records, content, rewrite

FIELDS = ("title", "summary", "results")
NAMESPACE = uuid.UUID("9a0f3c2e-8d1b-4c55-9e0a-2b7f6d4c1a11")


@dataclass(frozen=True)
class Edit:
    """One write of one field, with what its device had seen of the record before it."""

    key: tuple[str, str, str]
    stamp: str
    seen_before: tuple[tuple[str, str], ...]


devices_count = st.integers(min_value=3, max_value=5)
operation = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 4)),
    st.tuples(st.just("edit"), st.integers(0, 4), st.integers(0, 9), st.sampled_from(FIELDS)),
    st.tuples(st.just("edit_part"), st.integers(0, 4), st.integers(0, 9)),
    st.tuples(st.just("delete"), st.integers(0, 4), st.integers(0, 9)),
    st.tuples(
        st.just("send"),
        st.integers(0, 4),
        st.integers(0, 4),
        st.sampled_from(["full", "incremental", "split"]),
    ),
    st.tuples(st.just("relay"), st.integers(0, 4), st.integers(0, 4), st.integers(0, 4)),
)


def _record_edits(
    device: Device, table: str, record_id: str, before: dict[str, str], log: list[Edit]
) -> None:
    state = load_state(device.catalogue.db, table, record_id)
    assert state is not None
    seen = tuple(sorted(before.items()))
    for name, stamp in state.stamps.items():
        if not covers(before, stamp):
            log.append(Edit((table, record_id, name), stamp, seen))


def _vv(device: Device, table: str, record_id: str) -> dict[str, str]:
    state = load_state(device.catalogue.db, table, record_id)
    return dict(state.vv) if state else {}


def _live_case(device: Device, index: int) -> str | None:
    ids = sorted(c.id for c in device.catalogue.all_cases())
    return ids[index % len(ids)] if ids else None


def _run(devices: list[Device], steps: list[tuple], log: list[Edit], first_number: int = 0) -> None:
    count = len(devices)
    for number, step in enumerate(steps, start=first_number):
        kind = step[0]
        if kind == "create":
            device = devices[step[1] % count]
            # Fixed ids keep each example repeatable: which case an edit picks depends on them.
            case = make_case(id=str(uuid.uuid5(NAMESPACE, f"case {number}")), title=f"Case {number}")
            for part_number, part in enumerate([*case.components, *case.sources]):
                part.id = str(uuid.uuid5(NAMESPACE, f"part {number}.{part_number}"))
            device.catalogue.save(case)
            _record_edits(device, "cases", case.id, {}, log)
            for part in case.components:
                _record_edits(device, "components", part.id, {}, log)
            for source in case.sources:
                _record_edits(device, "sources", source.id, {}, log)
        elif kind in ("edit", "edit_part", "delete"):
            device = devices[step[1] % count]
            case_id = _live_case(device, step[2])
            if case_id is None:
                continue
            case = device.catalogue.get(case_id)
            # Every record of the case may change (saving a case deleted elsewhere restores it).
            records = [("cases", case_id)] + [("components", p.id) for p in case.components]
            records += [("sources", s.id) for s in case.sources]
            before = {key: _vv(device, *key) for key in records}
            if kind == "delete":
                device.catalogue.delete(case_id)
            elif kind == "edit":
                setattr(case, step[3], f"{step[3]} {number} on {device.name}")
                device.catalogue.save(case)
            elif case.components:
                case.components[0].mechanism = f"mechanism {number} on {device.name}"
                device.catalogue.save(case)
            for (table, record_id), seen in before.items():
                _record_edits(device, table, record_id, seen, log)
        elif kind == "send":
            source, target = devices[step[1] % count], devices[step[2] % count]
            if source is target:
                continue
            if step[3] == "incremental" and source.sync.peers():
                known = {p["device_id"] for p in source.sync.peers()}
                if target.id in known:
                    source.send(target, for_peer=target.id)
                    continue
            source.send(target, max_size=32 * 1024 if step[3] == "split" else None)
        else:
            source, hub, target = (devices[i % count] for i in step[1:])
            if len({source.id, hub.id, target.id}) == 3:
                source.send(hub)
                hub.send(target)


def _exchange_all(devices: list[Device]) -> None:
    """Gather everything at the first device, then hand it to every other."""
    first = devices[0]
    for other in devices[1:]:
        other.send(first)
    for other in devices[1:]:
        first.send(other)


def _versions(device: Device, table: str, record_id: str, name: str) -> set[str]:
    state = load_state(device.catalogue.db, table, record_id)
    assert state is not None
    return {state.stamps[name], *(s for _, s in state.siblings.get(name, []))}


def _assert_every_latest_edit_kept(reference: Device, log: list[Edit]) -> None:
    """Each field holds exactly the edits no other edit of it had seen: none lost, none stale."""
    by_key: dict[tuple[str, str, str], list[Edit]] = {}
    for edit in log:
        by_key.setdefault(edit.key, []).append(edit)
    for (table, record_id, name), edits in by_key.items():
        live = reference.catalogue.db[table].count_where("id = ?", [record_id])
        if not live:
            continue  # deleted after every edit was seen: nothing is waiting to be decided
        latest = {
            e.stamp for e in edits if not any(covers(dict(other.seen_before), e.stamp) for other in edits)
        }
        assert _versions(reference, table, record_id, name) == latest, (table, name)


@settings(
    max_examples=25,
    # The same examples on every run, so a run never passes or fails by the luck of the draw.
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(devices_count, st.lists(operation, min_size=4, max_size=18))
def test_devices_converge_and_keep_every_concurrent_edit(count: int, steps: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        devices = [Device(Path(folder) / f"d{i}", f"d{i}") for i in range(count)]
        try:
            log: list[Edit] = []
            # Start from one shared case, so that edits collide often enough to matter.
            _run(devices, [("create", 0), *[("send", 0, i, "full") for i in range(1, count)], *steps], log)
            _exchange_all(devices)
            snapshots = [content(d) for d in devices]
            assert all(s == snapshots[0] for s in snapshots[1:]), "every catalogue is identical"
            _assert_every_latest_edit_kept(devices[0], log)
        finally:
            for device in devices:
                device.close()


# A dishonest device among honest ones

FORGERIES = ("inflate", "alter", "recredit", "future", "covers")
forge = st.tuples(st.just("forge"), st.integers(0, 4), st.integers(0, 4), st.sampled_from(FORGERIES))


def _forged_bundle(liar: Device, honest: list[Device], kind: str, out: Path) -> Path:
    """What the dishonest device sends: its real bundle, changed as `kind` says, validly signed."""
    soon = f"{int((time.time() + 3600) * 1000):013d}"
    victim, other = honest[0], honest[-1]

    def records(batch: Records) -> None:
        for record in batch:
            if kind == "inflate":  # claims to have seen every device's edits of the next hour
                record["vv"] = {d: f"{soon}.00000.{d}" for d in [*record["vv"], *(h.id for h in honest)]}
            elif kind == "alter":  # rewrites others' words, keeping their stamps and signatures
                for name in set(record["fields"]) & {"title", "summary", "results", "mechanism", "name"}:
                    record["fields"][name] = f"forged {name}"
            elif kind == "future":
                record["stamps"] = {k: f"9999999999999.99999.{victim.id}" for k in record["stamps"]}
        if kind == "recredit":
            batch[:] = json.loads(jsontext.dumps(batch).replace(victim.id, other.id))

    def manifest(data: dict[str, Any]) -> None:
        if kind == "covers":
            data["covers"] = {h.id: f"{soon}.00000.{h.id}" for h in honest}

    [real] = liar.sync.export(out.with_suffix(".real.leaps"))
    return rewrite(real, out, load_or_create_key(liar.folder), records, manifest)


def _exchange_incrementally(devices: list[Device]) -> None:
    """Gather at the first device and hand back, each time only what the other has not seen."""
    first = devices[0]
    for other in devices[1:]:
        other.send(first, for_peer=first.id)
    for other in devices[1:]:
        first.send(other, for_peer=other.id)


@settings(
    max_examples=8,
    # The same examples on every run, so a run never passes or fails by the luck of the draw.
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(devices_count, st.lists(st.one_of(operation, forge), min_size=4, max_size=12))
# A case kept on view for a part edited here, though deleted elsewhere, then deleted here too
# (directly, and with the deletion relayed): every device ends with it off view.
@example(
    count=4,
    steps=[
        ("create", 0),
        ("create", 0),
        ("delete", 0, 0),
        ("create", 3),
        ("create", 0),
        ("edit_part", 2, 0),
        ("create", 0),
        ("create", 0),
        ("relay", 0, 2, 1),
        ("delete", 2, 0),
    ],
)
@example(
    count=4,
    steps=[
        ("edit", 0, 0, "title"),
        ("edit", 0, 0, "title"),
        ("delete", 0, 0),
        ("create", 3),
        ("create", 0),
        ("edit_part", 2, 0),
        ("create", 0),
        ("create", 0),
        ("send", 0, 2, "full"),
        ("delete", 2, 0),
    ],
)
def test_honest_devices_converge_and_lose_no_edit_whatever_a_dishonest_one_sends(
    count: int, steps: list[tuple]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        honest = [Device(Path(folder) / f"d{i}", f"d{i}") for i in range(count)]
        liar = Device(Path(folder) / "liar", "liar")
        try:
            log: list[Edit] = []
            _run(honest, [("create", 0), *[("send", 0, i, "full") for i in range(1, count)]], log)
            for number, step in enumerate(steps, start=count):
                if step[0] != "forge":
                    _run(honest, [step], log, number)  # numbered on: ids and values stay unique
                    continue
                source, target = honest[step[1] % count], honest[step[2] % count]
                source.send(liar)  # the liar holds real data, passed on by an honest device
                bad = _forged_bundle(liar, honest, step[3], Path(folder) / f"forged-{number}.leaps")
                target.sync.import_bundle(target.sync.read(bad), "always")  # trusted, the worst case
            _exchange_incrementally(honest)
            snapshots = [content(d) for d in honest]
            assert all(s == snapshots[0] for s in snapshots[1:]), "every honest catalogue is identical"
            assert "forged " not in repr(snapshots[0]), "no word the liar rewrote was taken in"
            _assert_every_latest_edit_kept(honest[0], log)
        finally:
            for device in [*honest, liar]:
                device.close()
