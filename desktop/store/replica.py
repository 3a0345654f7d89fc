"""Syncable records as whole states: values, per-field stamps, losing siblings, a version vector.

A record's state is what travels in a bundle and what merging works on. A live record is a
row of its table (plus rows in `conflicts`); a deleted one keeps its whole state in
`tombstones`, so an edit made elsewhere before the deletion was seen can still be merged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import sqlite_utils
from sqlite_utils.db import jsonify_if_needed

from desktop.store import jsontext
from desktop.store.clock import Stamp
from desktop.store.history import has_history, read_past, write_past
from desktop.store.migrations import PLAN_TABLES, TRANSLATION_TABLE

PARENT_TABLE = {"components": "cases", "sources": "cases", "attachments": "cases"}
# Columns that describe a row rather than hold a value of the record.
META_COLUMNS = {"id", "field_versions", "updated_stamp", "version_vector", "updated_at", "edits"}
DELETED = "deleted_context"
# Tables whose rows show when they last changed.
DATED_TABLES = {"cases", *PLAN_TABLES, TRANSLATION_TABLE}


@dataclass
class RecordState:
    """Everything known of one record: the shown value and stamp of each field, the values
    that lost a concurrent edit (`siblings`), and the newest stamp seen from each device."""

    type: str
    id: str
    fields: dict[str, Any] = field(default_factory=dict)
    stamps: dict[str, str] = field(default_factory=dict)
    siblings: dict[str, list[tuple[Any, str]]] = field(default_factory=dict)
    vv: dict[str, str] = field(default_factory=dict)
    # Stamp -> the author's signed proof of that edit (see desktop/store/proofs.py).
    edits: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Versions a later edit replaced, kept (with their edits' proofs) as the record's history.
    past: dict[str, list[tuple[Any, str]]] = field(default_factory=dict)

    @property
    def deleted(self) -> bool:
        """True if the winning version of the record says it was deleted."""
        return self.fields.get(DELETED) is not None

    @property
    def parent_id(self) -> str | None:
        """The case a part belongs to, for parts; None for cases."""
        return self.fields.get("case_id") if self.type in PARENT_TABLE else None

    def delete_conflicted(self) -> bool:
        """Deleted on one device while edited on another that had not seen the deletion."""
        if not self.deleted:
            return False
        seen_at_delete = jsontext.loads(self.fields[DELETED])
        return any(
            not covers(seen_at_delete, stamp) for name, stamp in self.stamps.items() if name != DELETED
        )

    def archive(self, name: str, value: Any, stamp: str) -> None:
        """Keep a version of a field that is being replaced in the record's history."""
        versions = self.past.setdefault(name, [])
        if all(held != stamp for _, held in versions):
            versions.append((value, stamp))
            versions.sort(key=lambda version: version[1])

    def updated_stamp(self) -> str:
        """The newest stamp of any field."""
        return max(self.stamps.values(), default="")

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form, as stored in tombstones and written to bundles."""
        return {
            "type": self.type,
            "id": self.id,
            "fields": self.fields,
            "stamps": self.stamps,
            "siblings": {k: [list(v) for v in vs] for k, vs in self.siblings.items() if vs},
            "vv": self.vv,
            **({"edits": self.edits} if self.edits else {}),
            **(
                {"past": {k: [list(v) for v in vs] for k, vs in self.past.items() if vs}} if self.past else {}
            ),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RecordState:
        """Inverse of `to_json`."""
        return cls(
            type=data["type"],
            id=data["id"],
            fields=dict(data["fields"]),
            stamps=dict(data["stamps"]),
            siblings={k: [(v[0], v[1]) for v in vs] for k, vs in data.get("siblings", {}).items()},
            vv=dict(data["vv"]),
            edits={stamp: dict(proof) for stamp, proof in data.get("edits", {}).items()},
            past={k: [(v[0], v[1]) for v in vs] for k, vs in data.get("past", {}).items()},
        )


KNOWLEDGE_KEY = "knowledge"


def read_knowledge(db: sqlite_utils.Database) -> dict[str, str]:
    """For each device, the stamp up to which this catalogue holds all of that device's edits."""
    row = db.execute("SELECT value FROM catalogue_meta WHERE key = ?", [KNOWLEDGE_KEY]).fetchone()
    return jsontext.loads(row[0], {}) if row else {}


def learn(db: sqlite_utils.Database, vector: dict[str, str]) -> None:
    """Record that this catalogue now holds every edit the vector names."""
    known = read_knowledge(db)
    merged = {d: max(known.get(d, ""), vector.get(d, "")) for d in set(known) | set(vector)}
    db.table("catalogue_meta").upsert({"key": KNOWLEDGE_KEY, "value": jsontext.dumps(merged)}, pk="key")


def covers(vv: dict[str, str], stamp: str) -> bool:
    """True if a version vector has seen the edit with this stamp."""
    device = Stamp.decode(stamp).device
    seen = vv.get(device)
    return seen is not None and seen >= stamp


# A version vector holds an edit beyond the knowledge (JSON bound as :knowledge): some device's
# stamp in it is newer than the knowledge's stamp for that device, or the device is not known.
_BEYOND = """EXISTS (
    SELECT 1 FROM json_each({vector}) AS edit
    WHERE edit.value > coalesce((SELECT known.value FROM json_each(:knowledge) AS known
                                 WHERE known.key = edit.key), ''))"""


def records_beyond(db: sqlite_utils.Database, table: str, knowledge: dict[str, str]) -> list[str]:
    """Ids of the table's live and kept deleted records holding an edit that `knowledge` lacks."""
    bound = {"knowledge": jsontext.dumps(knowledge), "table": table}
    live_beyond = _BEYOND.format(vector="version_vector")
    deleted_beyond = _BEYOND.format(vector="json_extract(state, '$.vv')")
    live = db.execute(f"SELECT id FROM [{table}] WHERE {live_beyond} ORDER BY id", bound)
    deleted = db.execute(
        "SELECT record_id FROM tombstones WHERE record_type = :table AND state IS NOT NULL "
        f"AND {deleted_beyond} ORDER BY record_id",
        bound,
    )
    return [row[0] for row in live] + [row[0] for row in deleted]


def record_columns(db: sqlite_utils.Database, table: str) -> dict[str, str]:
    """The value columns of a synced table and their SQLite types, in table order."""
    return {c.name: c.type.upper() for c in db[table].columns if c.name not in META_COLUMNS}


def _live_state(table: str, names: list[str], row: tuple[Any, ...]) -> RecordState:
    """The state a table row holds, before its conflicts are added."""
    values = dict(zip(names, row, strict=True))
    stamps = jsontext.loads(values["field_versions"], {})
    return RecordState(
        type=table,
        id=values["id"],
        # A column added after the record was last saved (a plan's sharing level) is not yet one
        # of its fields: empty and never stamped, it would travel with no version.
        fields={k: v for k, v in values.items() if k not in META_COLUMNS and (k in stamps or v is not None)},
        stamps=stamps,
        vv=jsontext.loads(values["version_vector"], {}),
        edits=jsontext.loads(values.get("edits"), {}),
    )


def load_state(db: sqlite_utils.Database, table: str, record_id: str) -> RecordState | None:
    """The state of a live or deleted record, or None if the catalogue never saw it."""
    cursor = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
    row = cursor.fetchone()
    if row is not None:
        state = _live_state(table, [d[0] for d in cursor.description], row)
        for name, value, stamp in db.execute(
            "SELECT field, value, stamp FROM conflicts WHERE record_type = ? AND record_id = ? "
            "ORDER BY stamp",
            [table, record_id],
        ):
            state.siblings.setdefault(name, []).append((jsontext.loads(value), stamp))
        state.past = read_past(db, table, [record_id]).get(record_id, {})
        return state
    kept = db.execute(
        "SELECT state FROM tombstones WHERE record_type = ? AND record_id = ?", [table, record_id]
    ).fetchone()
    if kept is not None and kept[0]:
        return _with_kept_past(db, RecordState.from_json(jsontext.loads(kept[0])))
    return None


def _with_kept_past(db: sqlite_utils.Database, state: RecordState) -> RecordState:
    """A deleted record's state with every version its history table holds."""
    for name, versions in read_past(db, state.type, [state.id]).get(state.id, {}).items():
        for value, stamp in versions:
            state.archive(name, value, stamp)
    return state


# Ids per query when reading many records: well under SQLite's limit on bound parameters.
IDS_PER_QUERY = 500


def load_states(db: sqlite_utils.Database, table: str, record_ids: Iterable[str]) -> dict[str, RecordState]:
    """`load_state` of many records of one table, by id, in a few queries; unseen ids are left out."""
    found: dict[str, RecordState] = {}
    ids = list(dict.fromkeys(record_ids))
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[start : start + IDS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        cursor = db.execute(f"SELECT * FROM [{table}] WHERE id IN ({marks})", chunk)
        names = [d[0] for d in cursor.description]
        live = {state.id: state for state in (_live_state(table, names, row) for row in cursor)}
        for record_id, name, value, stamp in db.execute(
            "SELECT record_id, field, value, stamp FROM conflicts "
            f"WHERE record_type = ? AND record_id IN ({marks}) ORDER BY record_id, stamp",
            [table, *chunk],
        ):
            if record_id in live:
                live[record_id].siblings.setdefault(name, []).append((jsontext.loads(value), stamp))
        for record_id, past in read_past(db, table, list(live)).items():
            live[record_id].past = past
        found.update(live)
        for record_id, kept in db.execute(
            f"SELECT record_id, state FROM tombstones WHERE record_type = ? AND record_id IN ({marks})",
            [table, *chunk],
        ):
            if kept and record_id not in live:
                found[record_id] = _with_kept_past(db, RecordState.from_json(jsontext.loads(kept)))
    return found


def iso_time(stamp: str) -> str:
    """The wall-clock time of a stamp as ISO 8601 UTC."""
    wall_ms = Stamp.decode(stamp).wall_ms
    return datetime.fromtimestamp(wall_ms / 1000, UTC).isoformat(timespec="seconds")


# Values SQLite stores as they are; others (lists, dicts...) are encoded as sqlite-utils would.
_SQLITE_TYPES = frozenset({str, int, float, bytes, type(None)})


@lru_cache(maxsize=256)
def _upsert_sql(table: str, names: tuple[str, ...], key: tuple[str, ...]) -> str:
    """The statement that inserts a row or updates the given columns of the existing one."""
    columns = ", ".join(f"[{n}]" for n in names)
    updates = ", ".join(f"[{n}] = excluded.[{n}]" for n in names if n not in key)
    action = f"UPDATE SET {updates}" if updates else "NOTHING"
    return (
        f"INSERT INTO [{table}] ({columns}) VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT({', '.join(key)}) DO {action}"
    )


def _upsert(db: sqlite_utils.Database, table: str, row: dict[str, Any], key: tuple[str, ...]) -> None:
    """Insert a row, or update the columns it names if its key exists (sqlite-utils' upsert)."""
    names = tuple(row)
    values = [v if type(v) in _SQLITE_TYPES else jsonify_if_needed(v) for v in row.values()]
    db.execute(_upsert_sql(table, names, key), values)


def _derive_case_rows(db: sqlite_utils.Database, state: RecordState, live: bool) -> None:
    """Keep the theme and SDG lookup rows in step with the case's own `themes` and `sdgs`."""
    db.execute("DELETE FROM case_themes WHERE case_id = ?", [state.id])
    db.execute("DELETE FROM case_sdgs WHERE case_id = ?", [state.id])
    if not live:
        return
    themes = set(jsontext.loads(state.fields.get("themes"), []))
    sdgs = set(jsontext.loads(state.fields.get("sdgs"), []))
    db.conn.executemany(
        "INSERT INTO case_themes (case_id, theme) VALUES (?, ?)", [(state.id, t) for t in themes]
    )
    db.conn.executemany("INSERT INTO case_sdgs (case_id, sdg) VALUES (?, ?)", [(state.id, s) for s in sdgs])


_EDITS_COLUMNS: dict[tuple[int, int, str], bool] = {}


def _keeps_edits(db: sqlite_utils.Database, table: str) -> bool:
    """True if the table has the `edits` column (a catalogue older than schema 10 has not)."""
    key = (id(db.conn), db.execute("PRAGMA user_version").fetchone()[0], table)
    if key not in _EDITS_COLUMNS:
        _EDITS_COLUMNS[key] = any(row[1] == "edits" for row in db.execute(f"PRAGMA table_info([{table}])"))
    return _EDITS_COLUMNS[key]


def is_live(state: RecordState) -> bool:
    """True if the record is shown: not deleted, or deleted while edited elsewhere."""
    return not state.deleted or state.delete_conflicted()


def store_state(db: sqlite_utils.Database, state: RecordState, keep_live: bool = False) -> None:
    """Write a state back: a live row with its conflicts, or a tombstone holding the whole state.

    A record deleted while edited elsewhere stays live (with a conflict) until someone decides;
    `keep_live` does the same for a deleted case whose parts were edited elsewhere.
    """
    table, record_id = state.type, state.id
    db.execute("DELETE FROM conflicts WHERE record_type = ? AND record_id = ?", [table, record_id])
    if state.past or has_history(db):
        case_id = state.parent_id or (record_id if table == "cases" else "")
        write_past(db, table, record_id, case_id, state.past)
    if not keep_live and not is_live(state):
        if table == "cases":
            _derive_case_rows(db, state, live=False)
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [record_id])
        tombstone = {
            "record_type": table,
            "record_id": record_id,
            "deleted_stamp": state.stamps[DELETED],
            "case_id": state.parent_id or (record_id if table == "cases" else ""),
            "state": jsontext.dumps(state.to_json()),
        }
        _upsert(db, "tombstones", tombstone, ("record_type", "record_id"))
        return
    row = {name: jsontext.nfc(value) for name, value in state.fields.items()}
    newest = state.updated_stamp()
    if table in DATED_TABLES:
        row["updated_at"] = iso_time(newest)
    row.update(
        id=record_id,
        field_versions=jsontext.dumps(state.stamps),
        updated_stamp=newest,
        version_vector=jsontext.dumps(state.vv),
    )
    if state.edits or _keeps_edits(db, table):
        row["edits"] = jsontext.dumps(state.edits) if state.edits else None
    _upsert(db, table, row, ("id",))
    if table == "cases":
        _derive_case_rows(db, state, live=True)
    db.execute("DELETE FROM tombstones WHERE record_type = ? AND record_id = ?", [table, record_id])
    db.conn.executemany(
        "INSERT INTO conflicts (record_type, record_id, field, stamp, value) VALUES (?, ?, ?, ?, ?)",
        [
            (table, record_id, name, stamp, jsontext.dumps(value))
            for name, losers in state.siblings.items()
            for value, stamp in losers
        ],
    )
