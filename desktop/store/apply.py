"""Merging incoming record states into the catalogue: the one path for bundles and the seed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import sqlite_utils

from desktop.store import cases as case_store
from desktop.store import jsontext
from desktop.store.errors import CancelledError
from desktop.store.merge import merge_states, same_state
from desktop.store.migrations import CASE_TABLES
from desktop.store.replica import PARENT_TABLE, RecordState, is_live, load_state, store_state

PROGRESS_EVERY = 100
COUNT_NAMES = ("new", "updated", "unchanged", "conflicts", "deletions", "waiting")


def apply_states(
    db: sqlite_utils.Database,
    states: Sequence[RecordState],
    blobs: dict[str, bytes] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[dict[str, int], set[str]]:
    """Merge each state with what the catalogue holds; returns counts and the cases touched.

    Runs inside the caller's transaction. Parts whose case has not arrived (or attachments
    whose file has not) wait in `pending_records` and go in when it does. A cancel raises
    CancelledError, which rolls the caller's transaction back.
    """
    counts: Counter[str] = Counter({name: 0 for name in COUNT_NAMES})
    touched: set[str] = set()
    for content in (blobs or {}).values():
        case_store.store_blob(db, content, "application/octet-stream")

    def order(state: RecordState) -> int:
        # Live cases before their parts; deleted cases after, once their parts are gone.
        if state.type == "cases":
            return 0 if is_live(state) else 2
        return 1

    total = len(states)
    for done, incoming in enumerate(sorted(states, key=order), start=1):
        if done % PROGRESS_EVERY == 0 or done == total:
            if cancelled is not None and cancelled():
                raise CancelledError("Import cancelled; nothing was changed.")
            if progress is not None:
                progress(done, total)
        local = load_state(db, incoming.type, incoming.id)
        pending = _pending_state(db, incoming.type, incoming.id)
        if pending is not None:
            local = merge_states(local, pending) if local else pending
        merged = merge_states(local, incoming)
        counts[_classify(local, merged)] += 1
        if same_state(local, merged) and pending is None:
            continue
        if _place(db, merged):
            if merged.type in CASE_TABLES:
                touched.add(merged.parent_id or merged.id)
        else:
            counts["waiting"] += 1
    touched |= _retry_pending(db)
    return dict(counts), touched


def _pending_state(db: sqlite_utils.Database, table: str, record_id: str) -> RecordState | None:
    row = db.execute(
        "SELECT state FROM pending_records WHERE record_type = ? AND record_id = ?", [table, record_id]
    ).fetchone()
    return RecordState.from_json(jsontext.loads(row[0])) if row else None


def _wait(db: sqlite_utils.Database, state: RecordState, waits_for: str) -> None:
    db["pending_records"].upsert(
        {
            "record_type": state.type,
            "record_id": state.id,
            "waits_for": waits_for,
            "state": jsontext.dumps(state.to_json()),
        },
        pk=("record_type", "record_id"),
    )


def _place(db: sqlite_utils.Database, state: RecordState) -> bool:
    """Store a merged state; a part whose case has not arrived waits. False if it waits."""
    parent = state.parent_id
    if parent and is_live(state) and not db["cases"].count_where("id = ?", [parent]):
        parent_state = load_state(db, "cases", parent)
        if parent_state is None:
            _wait(db, state, parent)
            return False
        # The case was deleted elsewhere while this part was edited: keep both in view.
        store_state(db, parent_state, keep_live=True)
    digest = state.fields.get("sha256")
    if (
        state.type == "attachments"
        and is_live(state)
        and not db["attachment_blobs"].count_where("sha256 = ?", [digest])
    ):
        _wait(db, state, f"blob:{digest}")
        return False
    keep_live = state.type == "cases" and not is_live(state) and _has_live_parts(db, state.id)
    store_state(db, state, keep_live=keep_live)
    db.execute("DELETE FROM pending_records WHERE record_type = ? AND record_id = ?", [state.type, state.id])
    return True


def _has_live_parts(db: sqlite_utils.Database, case_id: str) -> bool:
    return any(db[t].count_where("case_id = ?", [case_id]) for t in PARENT_TABLE)


def _retry_pending(db: sqlite_utils.Database) -> set[str]:
    """Parts that waited for their case (or file) go in once it has arrived."""
    touched: set[str] = set()
    for table, record_id, state_text in db.execute(
        "SELECT record_type, record_id, state FROM pending_records ORDER BY record_type, record_id"
    ).fetchall():
        waiting = RecordState.from_json(jsontext.loads(state_text))
        merged = merge_states(load_state(db, table, record_id), waiting)
        if _place(db, merged):
            touched.add(merged.parent_id or merged.id)
    return touched


def _conflict_count(state: RecordState | None) -> int:
    if state is None:
        return 0
    return sum(len(v) for v in state.siblings.values()) + (1 if state.delete_conflicted() else 0)


def _classify(local: RecordState | None, merged: RecordState) -> str:
    if same_state(local, merged):
        return "unchanged"
    if _conflict_count(merged) > _conflict_count(local):
        return "conflicts"
    if local is None:
        return "new" if is_live(merged) else "unchanged"
    if is_live(local) and not is_live(merged):
        return "deletions"
    return "updated"
