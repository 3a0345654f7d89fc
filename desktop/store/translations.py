"""Stored translations of cases: one synced record per translated field of a case or part and language.

A record has one field, `value`: JSON naming what it translates (`case_id`, `record_type`,
`record_id`, `field`, `language`) and holding the translated `text`, the original's text it was
made from (`source`) and that field's stamp then (`from`), the engine that drafted it while no
person has confirmed it (`machine`, else "") and the translator's name (`by`, may be ""). Its id is
made from what it translates, so two devices translating one field write one record (a concurrent
edit of it is a conflict like any other), and two translating different fields never meet.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from desktop.errors import QT_TRANSLATE_NOOP, Message, message
from desktop.store import jsontext
from desktop.store.migrations import TRANSLATED_FIELDS, TRANSLATION_TABLE
from desktop.store.writer import StampedWriter

_NAMESPACE = uuid.UUID("5b0d6f5e-8a43-4c39-9d1e-2f6a3c1b7e10")
IDENTITY_KEYS = ("case_id", "record_type", "record_id", "field", "language")
TEXT_KEYS = ("text", "source", "from", "machine", "by")
MAX_LANGUAGE_CHARS = 35
_CASE = "json_extract(value, '$.case_id')"
_LANGUAGE = "json_extract(value, '$.language')"


def translation_id(record_type: str, record_id: str, name: str, language: str) -> str:
    """The id of the translation of one field of a case or part into one language."""
    return str(uuid.uuid5(_NAMESPACE, f"{record_type}/{record_id}/{name}/{language.lower()}"))


def check_value(record_id: str, value: Any) -> Message | None:
    """What is wrong with a translation record's decoded value, or None if it is well formed."""
    wrong_shape = message(QT_TRANSLATE_NOOP("Validation", "holds JSON of the wrong shape"))
    if not isinstance(value, dict) or set(value) != set(IDENTITY_KEYS + TEXT_KEYS):
        return wrong_shape
    if not all(isinstance(value[k], str) for k in IDENTITY_KEYS + TEXT_KEYS):
        return wrong_shape
    if value["field"] not in TRANSLATED_FIELDS.get(value["record_type"], ()):
        return message(QT_TRANSLATE_NOOP("Validation", "names no field of a case that is translated"))
    if not 1 <= len(value["language"]) <= MAX_LANGUAGE_CHARS:
        return message(QT_TRANSLATE_NOOP("Validation", "is not a language tag"))
    wanted = translation_id(value["record_type"], value["record_id"], value["field"], value["language"])
    if record_id != wanted:
        return message(QT_TRANSLATE_NOOP("Validation", "does not match the record's id"))
    return None


def save_translations(writer: StampedWriter, values: list[dict[str, str]]) -> int:
    """Write translated fields (each a full value) as one edit; how many changed."""
    db = writer.db
    changed = 0
    with db.atomic():
        stamp = writer.next_stamp()
        for value in values:
            record_id = translation_id(
                value["record_type"], value["record_id"], value["field"], value["language"]
            )
            changed += writer.save(
                TRANSLATION_TABLE, {"id": record_id, "value": jsontext.dumps(value)}, stamp
            )
    return changed


def translation_values(
    db: sqlite_utils.Database, case_id: str, language: str | None = None
) -> list[dict[str, Any]]:
    """The translated fields of a case (in one language, or all): each value with its `stamp` and
    `updated_at`."""
    where, params = f"{_CASE} = ?", [case_id]
    if language is not None:
        where += f" AND {_LANGUAGE} = ?"
        params.append(language)
    found = []
    for value, stamp, updated_at in db.execute(
        f"SELECT value, updated_stamp, updated_at FROM [{TRANSLATION_TABLE}] WHERE {where} ORDER BY id",
        params,
    ):
        decoded = jsontext.loads(value)
        if isinstance(decoded, dict):
            found.append({**decoded, "stamp": stamp or "", "updated_at": updated_at or ""})
    return found


def translation_ids(db: sqlite_utils.Database, case_id: str) -> list[str]:
    """Ids of the translation records of a case, live ones first, then kept deleted ones."""
    live = db.execute(f"SELECT id FROM [{TRANSLATION_TABLE}] WHERE {_CASE} = ? ORDER BY id", [case_id])
    deleted = db.execute(
        "SELECT record_id FROM tombstones WHERE record_type = ? AND state IS NOT NULL "
        "AND json_extract(json_extract(state, '$.fields.value'), '$.case_id') = ? ORDER BY record_id",
        [TRANSLATION_TABLE, case_id],
    )
    return [row[0] for row in live] + [row[0] for row in deleted]


def case_of(value: Any) -> str:
    """The case a translation record's `value` (JSON text) belongs to, or ""."""
    decoded = jsontext.loads(value) if isinstance(value, str) else None
    return str(decoded.get("case_id", "")) if isinstance(decoded, dict) else ""


def translated_cases(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(case id, language) of every translation held, for cases that are live here."""
    sql = (
        f"SELECT DISTINCT c.id, {_LANGUAGE} AS language FROM [{TRANSLATION_TABLE}] t "
        f"JOIN cases c ON c.id = {_CASE.replace('value', 't.value')} "
        "ORDER BY c.title COLLATE NOCASE, language"
    )
    return [(row[0], row[1]) for row in db.execute(sql).fetchall()]


def field_stamps(db: sqlite_utils.Database, record_type: str, record_id: str) -> dict[str, str]:
    """The stamp of each field of an original record (a case, component or source)."""
    if record_type not in TRANSLATED_FIELDS:
        return {}
    row = db.execute(f"SELECT field_versions FROM [{record_type}] WHERE id = ?", [record_id]).fetchone()
    return jsontext.loads(row[0], {}) if row else {}


def translation_texts(db: sqlite_utils.Database, case_ids: Iterable[str]) -> dict[str, dict[str, list[str]]]:
    """For each case, the translated texts by language (what search finds it by)."""
    ids = list(case_ids)
    found: dict[str, dict[str, list[str]]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for (value,) in db.execute(
            f"SELECT value FROM [{TRANSLATION_TABLE}] WHERE {_CASE} IN ({marks}) ORDER BY id", chunk
        ):
            decoded = jsontext.loads(value)
            if isinstance(decoded, dict) and decoded.get("text"):
                found.setdefault(decoded["case_id"], {}).setdefault(decoded["language"], []).append(
                    decoded["text"]
                )
    return found


def device_names(db: sqlite_utils.Database) -> dict[str, str]:
    """The name of each device this catalogue has heard from, by id."""
    return {row[0]: row[1] for row in db.execute("SELECT device_id, name FROM peers") if row[1]}


def case_field_translations(
    db: sqlite_utils.Database, case_ids: list[str], language: str, names: tuple[str, ...]
) -> dict[str, dict[str, dict[str, Any]]]:
    """For each case, its own fields (`names`) translated into a language (or a regional form of
    it: "ko" finds "ko-KR"), decoded: what a result list shows in the reader's language."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    primary = language.split("-")[0].lower()
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT value FROM [{TRANSLATION_TABLE}] WHERE {_CASE} IN ({marks}) "
            f"AND (lower({_LANGUAGE}) = ? OR lower({_LANGUAGE}) LIKE ?) ORDER BY {_LANGUAGE}",
            [*chunk, primary, f"{primary}-%"],
        )
        for (value,) in rows:
            decoded = jsontext.loads(value)
            if (
                isinstance(decoded, dict)
                and decoded.get("record_type") == "cases"
                and decoded.get("field") in names
                and decoded.get("text")
            ):
                found.setdefault(decoded["case_id"], {}).setdefault(decoded["field"], decoded)
    return found
