"""The one place every change to a syncable record passes: it stamps what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlite_utils

from desktop.store import jsontext
from desktop.store.clock import HybridClock, Stamp
from desktop.store.proofs import prove, prune, retire
from desktop.store.replica import DELETED, RecordState, load_state, store_state

CLOCK_KEY = "clock"


class StampedWriter:
    """Writes records with per-field versions `(hybrid logical clock, device id)`."""

    def __init__(self, db: sqlite_utils.Database, device_id: str) -> None:
        self.db = db
        row = db.execute("SELECT value FROM catalogue_meta WHERE key = ?", [CLOCK_KEY]).fetchone()
        newest = db.execute("SELECT max(updated_stamp) FROM cases").fetchone()[0]
        # This device's own clock is restored as it was, even far ahead: going back would stamp
        # new edits below its earlier ones, which peers would take as already seen.
        own = Stamp.decode(row[0]) if row and row[0] else None
        self.clock = HybridClock(device_id, Stamp(own.wall_ms, own.counter, device_id) if own else None)
        if newest:
            self.clock.observe(Stamp.decode(newest))
        # Set by the catalogue: gives the device key's signing function and public key.
        self.signer: Callable[[], tuple[Callable[[bytes], bytes], str]] | None = None
        self._key: tuple[Callable[[bytes], bytes], str] | None = None

    def forget_key(self) -> None:
        """Read the device key again before the next edit (after it was replaced)."""
        self._key = None

    def change(self, state: RecordState, values: dict[str, Any], stamp: Stamp) -> None:
        """Set fields of a state as one edit by this device, signed when a key is set."""
        encoded = stamp.encode()
        seen = dict(state.vv)
        for name, value in values.items():
            retire(state, name)
            state.fields[name] = value
            state.stamps[name] = encoded
            state.siblings.pop(name, None)
        state.vv[stamp.device] = max(state.vv.get(stamp.device, ""), encoded)
        self.sign_edit(state, encoded, seen)

    def sign_edit(self, state: RecordState, encoded: str, seen: dict[str, str]) -> None:
        """Sign this device's edit of a state (made having seen `seen`), dropping spent proofs."""
        prune(state)
        if self.signer is not None:
            self._key = self._key or self.signer()
            sign, public_key = self._key
            prove(state, encoded, seen, public_key, sign)

    @property
    def device_id(self) -> str:
        """The id of the device whose edits this writer stamps."""
        return self.clock.device

    def next_stamp(self) -> Stamp:
        """A fresh stamp, remembered in the catalogue so it never repeats after a restart."""
        stamp = self.clock.tick()
        # Plain SQL: sqlite-utils' upsert checks the table at every call, a fifth of a bulk import.
        self.db.execute(
            "INSERT INTO catalogue_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [CLOCK_KEY, stamp.encode()],
        )
        return stamp

    def save(self, table: str, record: dict[str, Any], stamp: Stamp) -> bool:
        """Insert or update `record` (which has an `id`); stamps only the fields that changed.

        A changed field drops the values that lost a conflict on it: the person has decided.
        Saving a deleted record brings it back.
        """
        state = load_state(self.db, table, record["id"]) or RecordState(table, record["id"])
        # Text is stored NFC-normalised whichever way it came in, so an unchanged "Petén" typed or
        # pasted in another form is no change, and two copies of one catalogue hold the same text.
        values = {**{name: jsontext.nfc(value) for name, value in record.items()}, DELETED: None}
        changed = [
            name
            for name, value in values.items()
            if name != "id" and (name not in state.stamps or state.fields.get(name) != value)
        ]
        if not changed:
            return False
        self.change(state, {name: values[name] for name in changed}, stamp)
        store_state(self.db, state)
        return True

    def delete(self, table: str, record_id: str, stamp: Stamp) -> None:
        """Delete a record, keeping its state as a tombstone so the deletion travels."""
        state = load_state(self.db, table, record_id)
        if state is None:
            return
        if state.deleted and not state.delete_conflicted():
            # Already deleted, yet perhaps still on view here for parts edited on this device
            # (store_state's keep_live): deleting it takes it off view, as the others hold it.
            store_state(self.db, state)
            return
        self.change(state, {DELETED: jsontext.dumps(state.vv)}, stamp)
        store_state(self.db, state)
