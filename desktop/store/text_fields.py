"""Text fields added to a synced table after its records were made: by a numbered migration, or
by a field registry (desktop/catalogue/fields.py) when the catalogue opens."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Types only: the catalogue's field registry imports this module before the window shows.
    import sqlite_utils


def _with_text_fields(state: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """A stored state given new empty text fields, versioned as its first field was, so every
    device that migrates the same record agrees on them and bundles carry a stamp for each."""
    stamps = state.get("stamps") or {}
    first = min(stamps.values()) if stamps else None
    fields = state.setdefault("fields", {})
    for name in names:
        if name not in fields:
            fields[name] = ""
            if first is not None:
                stamps[name] = first
    return state


def _state_text(state: dict[str, Any]) -> str:
    """A kept state as stored: canonical JSON text."""
    return json.dumps(state, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def add_text_fields(db: sqlite_utils.Database, table: str, names: tuple[str, ...]) -> None:
    """New text fields of a synced table: a column each, empty in every record and in the kept
    states of deleted, waiting and seed records, so they travel whole."""
    for name in names:
        db.table(table).add_column(name, str)
    sets = ", ".join(f"[{n}] = ?" for n in names)
    for record_id, versions in db.execute(f"SELECT id, field_versions FROM [{table}]").fetchall():
        state = _with_text_fields({"fields": {}, "stamps": json.loads(versions or "{}")}, names)
        db.execute(
            f"UPDATE [{table}] SET {sets}, field_versions = ? WHERE id = ?",
            [*("" for _ in names), json.dumps(state["stamps"], sort_keys=True), record_id],
        )
    for kept in ("tombstones", "pending_records", "seed_baseline"):
        rows = db.execute(f"SELECT record_id, state FROM [{kept}] WHERE record_type = ?", [table]).fetchall()
        for record_id, text in rows:
            if text:
                state = _with_text_fields(json.loads(text), names)
                db.execute(
                    f"UPDATE [{kept}] SET state = ? WHERE record_type = ? AND record_id = ?",
                    [_state_text(state), table, record_id],
                )


def add_missing_text_fields(db: sqlite_utils.Database, table: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """Of the named text fields, those `table` has no column for yet, added as `add_text_fields`
    adds them, in one transaction; none when every one is there, so calling it again is harmless.

    A catalogue opening adds the plain text fields its registry names this way, so such a field
    needs no numbered migration of its own.
    """
    if not _missing_columns(db, table, names):
        return ()
    # The write lock first: two processes opening the catalogue at once add each column once.
    db.execute("BEGIN IMMEDIATE")
    with db.conn:
        missing = _missing_columns(db, table, names)
        if missing:
            add_text_fields(db, table, missing)
    return missing


def _missing_columns(db: sqlite_utils.Database, table: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names, in order and once each, that `table` has no column for."""
    have = set(db[table].columns_dict)
    return tuple(dict.fromkeys(name for name in names if name not in have))
