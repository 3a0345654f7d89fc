"""Stamps too far ahead of this computer's clock: finding them in records, and repairing them.

A stamp beyond the clock's drift bound (see `clock.MAX_DRIFT_MS`) comes from a device whose clock
is wrong or from a forged bundle. Such a record is not imported; one stored before this check
existed is found by `leaps check` and fixed by `leaps repair-clock`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import sqlite_utils

from desktop.store import jsontext
from desktop.store.clock import Stamp, beyond
from desktop.store.migrations import SYNCED_TABLES
from desktop.store.replica import (
    DELETED,
    KNOWLEDGE_KEY,
    RecordState,
    load_state,
    read_knowledge,
    store_state,
)
from desktop.store.writer import StampedWriter


def stamps_of(state: RecordState) -> Iterator[str]:
    """Every stamp a record state holds: its fields', its conflicts', its vector's, its deletion's."""
    yield from state.stamps.values()
    for versions in state.siblings.values():
        yield from (stamp for _, stamp in versions)
    yield from state.vv.values()
    for value in [state.fields.get(DELETED), *(v for v, _ in state.siblings.get(DELETED, []))]:
        if isinstance(value, str):
            yield from jsontext.loads(value, {}).values()


def newest_beyond(state: RecordState, limit_ms: int) -> str | None:
    """The newest stamp of the state that is further ahead than `limit_ms`, or None."""
    first_bad = beyond(limit_ms)
    found = [s for s in stamps_of(state) if isinstance(s, str) and s >= first_bad]
    return max(found) if found else None


@dataclass
class FutureStamps:
    """Records that hold stamps beyond the drift bound, and what is known of them."""

    records: list[tuple[str, str]] = field(default_factory=list)
    newest: str = ""
    devices: set[str] = field(default_factory=set)
    own_clock: bool = False

    def __bool__(self) -> bool:
        """True if anything is too far ahead."""
        return bool(self.records) or self.own_clock


def _candidates(db: sqlite_utils.Database, first_bad: str) -> Iterator[tuple[str, str]]:
    """(table, id) of every record, live, deleted or waiting, that holds a stamp from too far ahead."""
    for table in SYNCED_TABLES:
        yield from db.execute(
            f"SELECT ?, id FROM [{table}] t WHERE updated_stamp >= ? "
            "OR EXISTS (SELECT 1 FROM json_each(t.version_vector) WHERE value >= ?)",
            [table, first_bad, first_bad],
        ).fetchall()
    yield from db.execute(
        "SELECT record_type, record_id FROM conflicts WHERE stamp >= ?", [first_bad]
    ).fetchall()
    for source in ("tombstones", "pending_records"):
        yield from db.execute(
            f"SELECT record_type, record_id FROM {source} WHERE state IS NOT NULL AND ("
            "EXISTS (SELECT 1 FROM json_each(json_extract(state, '$.vv')) WHERE value >= ?) "
            "OR EXISTS (SELECT 1 FROM json_each(json_extract(state, '$.stamps')) WHERE value >= ?))",
            [first_bad, first_bad],
        ).fetchall()


def find_future_stamps(db: sqlite_utils.Database, limit_ms: int, own_last: Stamp) -> FutureStamps:
    """Every record holding a stamp further ahead than `limit_ms`, and whether this clock is."""
    found = FutureStamps(own_clock=own_last.wall_ms > limit_ms)
    first_bad = beyond(limit_ms)
    for table, record_id in dict.fromkeys(_candidates(db, first_bad)):
        state = _any_state(db, table, record_id)
        bad = [s for s in stamps_of(state) if s >= first_bad] if state else []
        if bad:
            found.records.append((table, record_id))
            found.devices |= {Stamp.decode(s).device for s in bad}
            found.newest = max([found.newest, *bad])
    return found


def _any_state(db: sqlite_utils.Database, table: str, record_id: str) -> RecordState | None:
    state = load_state(db, table, record_id)
    if state is not None:
        return state
    row = db.execute(
        "SELECT state FROM pending_records WHERE record_type = ? AND record_id = ?", [table, record_id]
    ).fetchone()
    return RecordState.from_json(jsontext.loads(row[0])) if row else None


def _clamp_vector(vector: dict[str, str], first_bad: str) -> dict[str, str]:
    return {device: stamp for device, stamp in vector.items() if stamp < first_bad}


def repaired(
    state: RecordState, first_bad: str, stamp: Stamp, writer: StampedWriter | None = None
) -> RecordState:
    """The state with every version from too far ahead replaced by this device's edit at `stamp`.

    The value shown stays the same; only its stamp changes, so peers take it as a new edit.
    Conflict versions from too far ahead are dropped, and so are such entries of the vector.
    """
    fixed = RecordState(state.type, state.id, dict(state.fields), dict(state.stamps), edits=dict(state.edits))
    encoded = stamp.encode()
    for name, versions in state.siblings.items():
        kept = [(value, s) for value, s in versions if s < first_bad]
        if kept:
            fixed.siblings[name] = kept
    for name, value in state.fields.items():
        if name == DELETED and isinstance(value, str):
            context = jsontext.loads(value, {})
            clamped = _clamp_vector(context, first_bad)
            if clamped != context:
                fixed.fields[name] = jsontext.dumps(clamped)
                fixed.stamps[name] = encoded
        if fixed.stamps[name] >= first_bad:
            fixed.stamps[name] = encoded
    fixed.vv = _clamp_vector(state.vv, first_bad)
    seen = dict(fixed.vv)
    fixed.vv[stamp.device] = max(fixed.vv.get(stamp.device, ""), encoded)
    if writer is not None:
        writer.sign_edit(fixed, encoded, seen)
    return fixed


def repair_future_stamps(db: sqlite_utils.Database, writer: StampedWriter) -> list[str]:
    """Restamp, as this device's edit, every version from too far ahead; returns the cases touched.

    Also forgets such stamps in what this catalogue believes it and its peers hold, and sets
    this device's clock back to the computer's time if it had run ahead. Runs in one transaction.
    """
    clock = writer.clock
    limit_ms = clock.limit_ms()
    first_bad = beyond(limit_ms)
    found = find_future_stamps(db, limit_ms, clock.last)
    with db.atomic():
        if found.own_clock:
            clock.reset()
        stamp = writer.next_stamp()
        for table, record_id in found.records:
            state = load_state(db, table, record_id)
            if state is not None:
                store_state(db, repaired(state, first_bad, stamp, writer))
            row = db.execute(
                "SELECT state FROM pending_records WHERE record_type = ? AND record_id = ?",
                [table, record_id],
            ).fetchone()
            if row:
                waiting = repaired(RecordState.from_json(jsontext.loads(row[0])), first_bad, stamp, writer)
                db.execute(
                    "UPDATE pending_records SET state = ? WHERE record_type = ? AND record_id = ?",
                    [jsontext.dumps(waiting.to_json()), table, record_id],
                )
        knowledge = _clamp_vector(read_knowledge(db), first_bad)
        meta = db.table("catalogue_meta")
        meta.upsert({"key": KNOWLEDGE_KEY, "value": jsontext.dumps(knowledge)}, pk="key")
        for device_id, text in db.execute("SELECT device_id, knowledge FROM peers").fetchall():
            db.execute(
                "UPDATE peers SET knowledge = ? WHERE device_id = ?",
                [jsontext.dumps(_clamp_vector(jsontext.loads(text, {}), first_bad)), device_id],
            )
    return sorted({case_of(db, table, record_id) for table, record_id in found.records} - {""})


def case_of(db: sqlite_utils.Database, table: str, record_id: str) -> str:
    """The case a record belongs to (itself for a case), or "" if it is not a live part of one."""
    if table == "cases":
        return record_id
    row = db.execute(f"SELECT case_id FROM [{table}] WHERE id = ?", [record_id]).fetchone()
    return row[0] if row and row[0] else ""
