"""Merging incoming record states into the catalogue: the one path for bundles and the seed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

import sqlite_utils

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store import cases as case_store
from desktop.store import jsontext
from desktop.store.errors import CancelledError
from desktop.store.merge import merge_states, same_state
from desktop.store.migrations import CASE_TABLES, TRANSLATION_TABLE
from desktop.store.pending import expire_pending, now_text
from desktop.store.replica import (
    IDS_PER_QUERY,
    PARENT_TABLE,
    RecordState,
    is_live,
    load_state,
    load_states,
    store_state,
)
from desktop.store.translations import case_of

PROGRESS_EVERY = 100
# Records whose local state is read in one go: few queries, little memory, steady progress.
READ_AHEAD = 500
COUNT_NAMES = ("new", "updated", "unchanged", "conflicts", "deletions", "waiting")
Key = tuple[str, str]


class _Catalogue:
    """The records an import merges with, read a window of records at a time in a few queries.

    A record written during the import (a case brought back for its part, say) is read again
    from the database, so it is never merged with a stale copy.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._local: dict[Key, RecordState] = {}
        self._pending: dict[Key, str] = {}
        self._written: set[Key] = set()

    def read_ahead(self, states: Sequence[RecordState]) -> None:
        """Read what the catalogue holds of these records, forgetting the previous window."""
        ids: dict[str, list[str]] = {}
        for state in states:
            ids.setdefault(state.type, []).append(state.id)
        self._local = {
            (table, record_id): state
            for table, wanted in ids.items()
            for record_id, state in load_states(self.db, table, wanted).items()
        }
        # Only the waiting parts of this window: thousands of orphans cost an import nothing.
        self._pending = {
            (table, record_id): text
            for table, wanted in ids.items()
            for record_id, text in _pending_texts(self.db, table, wanted)
        }

    def local(self, key: Key) -> RecordState | None:
        """What the catalogue holds of a record, live or deleted."""
        if key in self._written:
            return load_state(self.db, *key)
        return self._local.get(key)

    def pending(self, key: Key) -> RecordState | None:
        """The state of a record waiting for its case or its file, if it waits."""
        if key in self._written:
            return _pending_state(self.db, *key)
        text = self._pending.get(key)
        return RecordState.from_json(jsontext.loads(text)) if text else None

    def written(self, key: Key) -> None:
        """Note that the import changed what the database holds of this record."""
        self._written.add(key)

    def arrivals(self) -> set[str]:
        """What waiting parts may have waited for that this import wrote: its cases' ids."""
        return {record_id for table, record_id in self._written if table == "cases"}


def apply_states(
    db: sqlite_utils.Database,
    states: Sequence[RecordState],
    blobs: Mapping[str, bytes] | None = None,
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
    stored = set()
    for digest, content in (blobs or {}).items():
        case_store.store_blob(db, content, "application/octet-stream")
        stored.add(f"blob:{digest}")

    def order(state: RecordState) -> int:
        # Live cases before their parts; deleted cases after, once their parts are gone.
        if state.type == "cases":
            return 0 if is_live(state) else 2
        return 1

    catalogue = _Catalogue(db)
    ordered = sorted(states, key=order)
    total = len(ordered)
    for done, incoming in enumerate(ordered, start=1):
        if (done - 1) % READ_AHEAD == 0:
            catalogue.read_ahead(ordered[done - 1 : done - 1 + READ_AHEAD])
        if done % PROGRESS_EVERY == 0 or done == total:
            if cancelled is not None and cancelled():
                raise CancelledError(
                    message(QT_TRANSLATE_NOOP("Validation", "Import cancelled; nothing was changed."))
                )
            if progress is not None:
                progress(done, total)
        key = (incoming.type, incoming.id)
        local = catalogue.local(key)
        pending = catalogue.pending(key)
        if pending is not None:
            local = merge_states(local, pending) if local else pending
        merged = merge_states(local, incoming)
        unchanged = same_state(local, merged)
        counts["unchanged" if unchanged else _change_kind(local, merged)] += 1
        if unchanged and pending is None:
            continue
        if _place(catalogue, merged):
            if merged.type in CASE_TABLES:
                touched.add(merged.parent_id or merged.id)
            elif merged.type == TRANSLATION_TABLE and case_of(merged.fields.get("value")):
                # The case is found by its translations' words: its index entry changes too.
                touched.add(case_of(merged.fields.get("value")))
        else:
            counts["waiting"] += 1
    touched |= _retry_pending(catalogue, catalogue.arrivals() | stored)
    _take_off_view_deleted_cases_without_parts(db, touched)
    expire_pending(db)
    return dict(counts), touched


def _take_off_view_deleted_cases_without_parts(db: sqlite_utils.Database, case_ids: set[str]) -> None:
    """A deleted case stays on view only while it has live parts: once the last goes, so does it,
    whatever order the parts' edits and deletions came in (every device then shows the same)."""
    for case_id in _deleted_on_view(db, sorted(case_ids)):
        state = load_state(db, "cases", case_id)
        if state is None or is_live(state) or _has_live_parts(db, case_id):
            continue
        store_state(db, state)


def _deleted_on_view(db: sqlite_utils.Database, case_ids: Sequence[str]) -> list[str]:
    """Those of `case_ids` shown although deleted (for parts edited elsewhere, or a conflict): the
    only ones that may have to go off view; read in a few queries, so a large import pays little."""
    found: list[str] = []
    for chunk in _chunks(case_ids):
        marks = ", ".join("?" * len(chunk))
        found += [
            row[0]
            for row in db.execute(
                f"SELECT id FROM cases WHERE deleted_context IS NOT NULL AND id IN ({marks}) ORDER BY id",
                list(chunk),
            )
        ]
    return found


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    return (items[i : i + IDS_PER_QUERY] for i in range(0, len(items), IDS_PER_QUERY))


def _pending_texts(db: sqlite_utils.Database, table: str, ids: Sequence[str]) -> Iterable[tuple[str, str]]:
    """(id, state text) of those of `ids` that wait in `pending_records`."""
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        yield from db.execute(
            f"SELECT record_id, state FROM pending_records WHERE record_type = ? AND record_id IN ({marks})",
            [table, *chunk],
        ).fetchall()


def _pending_state(db: sqlite_utils.Database, table: str, record_id: str) -> RecordState | None:
    row = db.execute(
        "SELECT state FROM pending_records WHERE record_type = ? AND record_id = ?", [table, record_id]
    ).fetchone()
    return RecordState.from_json(jsontext.loads(row[0])) if row else None


def _wait(db: sqlite_utils.Database, state: RecordState, waits_for: str) -> None:
    db.execute(
        "INSERT INTO pending_records (record_type, record_id, waits_for, state, parked_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(record_type, record_id) DO UPDATE SET "
        "waits_for = excluded.waits_for, state = excluded.state, parked_at = excluded.parked_at",
        [state.type, state.id, waits_for, jsontext.dumps(state.to_json()), now_text()],
    )


def _exists(db: sqlite_utils.Database, sql: str, value: str) -> bool:
    return db.execute(sql, [value]).fetchone() is not None


def _place(catalogue: _Catalogue, state: RecordState) -> bool:
    """Store a merged state; a part whose case has not arrived waits. False if it waits."""
    db, key = catalogue.db, (state.type, state.id)
    catalogue.written(key)
    parent = state.parent_id
    if parent and is_live(state) and not _exists(db, "SELECT 1 FROM cases WHERE id = ?", parent):
        parent_state = load_state(db, "cases", parent)
        if parent_state is None:
            _wait(db, state, parent)
            return False
        # The case was deleted elsewhere while this part was edited: keep both in view.
        store_state(db, parent_state, keep_live=True)
        catalogue.written(("cases", parent))
    digest = str(state.fields.get("sha256"))
    if (
        state.type == "attachments"
        and is_live(state)
        and not _exists(db, "SELECT 1 FROM attachment_blobs WHERE sha256 = ?", digest)
    ):
        _wait(db, state, f"blob:{digest}")
        return False
    keep_live = state.type == "cases" and not is_live(state) and _has_live_parts(db, state.id)
    store_state(db, state, keep_live=keep_live)
    db.execute("DELETE FROM pending_records WHERE record_type = ? AND record_id = ?", [state.type, state.id])
    return True


def _has_live_parts(db: sqlite_utils.Database, case_id: str) -> bool:
    return any(_exists(db, f"SELECT 1 FROM [{t}] WHERE case_id = ?", case_id) for t in PARENT_TABLE)


def _retry_pending(catalogue: _Catalogue, arrived: set[str]) -> set[str]:
    """Parts that waited for a case (or file) that this import brought go in now.

    Only those: found by the index on what they wait for, so parts still waiting cost nothing.
    """
    db = catalogue.db
    touched: set[str] = set()
    rows: list[tuple[str, str, str]] = []
    for chunk in _chunks(sorted(arrived)):
        marks = ", ".join("?" * len(chunk))
        rows += db.execute(
            f"SELECT record_type, record_id, state FROM pending_records WHERE waits_for IN ({marks})", chunk
        ).fetchall()
    for table, record_id, state_text in sorted(rows):
        waiting = RecordState.from_json(jsontext.loads(state_text))
        merged = merge_states(load_state(db, table, record_id), waiting)
        if _place(catalogue, merged):
            touched.add(merged.parent_id or merged.id)
    return touched


def _conflict_count(state: RecordState | None) -> int:
    if state is None:
        return 0
    # A version that lost to the same value (set on two devices at once) asks nothing of anyone.
    differing = sum(
        1
        for name, versions in state.siblings.items()
        for value, _ in versions
        if value != state.fields.get(name)
    )
    return differing + (1 if state.delete_conflicted() else 0)


def _change_kind(local: RecordState | None, merged: RecordState) -> str:
    """What merging changed in a record that did change."""
    if _conflict_count(merged) > _conflict_count(local):
        return "conflicts"
    if local is None:
        return "new" if is_live(merged) else "unchanged"
    if is_live(local) and not is_live(merged):
        return "deletions"
    return "updated"
