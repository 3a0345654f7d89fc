"""The records of a bundle checked one by one: known type and fields, values each column can hold
(text within its cap, JSON of the right shape), well-formed stamps and signed-edit proofs."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.plans.sections import OBJECT, PROSE, plan_sections
from desktop.store.migrations import SYNCED_TABLES, TRANSLATION_TABLE
from desktop.store.planning import MAY_BE_MISSING
from desktop.store.records import MAX_TEXT_CHARS
from desktop.store.replica import RecordState
from desktop.store.translations import check_value as check_translation
from desktop.sync.bundle_json import SHA256, STAMP, BundleError, check_vector, load_json

REAL_COLUMNS = {"latitude", "longitude"}
# Said of more than one check each.
CONFLICT_VERSIONS = QT_TRANSLATE_NOOP("Validation", "{kind} {id}: malformed conflict versions")
EDIT_SIGNATURES = QT_TRANSLATE_NOOP("Validation", "{where}: malformed edit signatures")


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_object(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) for k in value)


def _is_object_list(value: Any) -> bool:
    return isinstance(value, list) and all(_is_object(v) for v in value)


# Columns whose TEXT holds JSON, and the shape that JSON must have.
JSON_SHAPES: dict[str, Callable[[Any], bool]] = {
    "themes": _is_text_list,
    "partners": _is_text_list,
    "languages": _is_text_list,
    # A plan's sections, as the section registry shapes them.
    **{
        section.name: _is_object if section.shape == OBJECT else _is_object_list
        for section in plan_sections()
        if section.shape != PROSE
    },
    **dict.fromkeys(("readings", "adaptations", "items"), _is_object_list),
    "disputed": _is_text_list,
    "sdgs": lambda v: (
        isinstance(v, list)
        and all(isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= 17 for n in v)
    ),
    "contacts": lambda v: (
        isinstance(v, list)
        and all(isinstance(c, dict) and all(isinstance(x, str) for x in c.values()) for c in v)
    ),
    "preconditions": lambda v: (
        isinstance(v, list)
        and all(
            isinstance(p, dict) and isinstance(p.get("kind"), str) and isinstance(p.get("text"), str)
            for p in v
        )
    ),
    "deleted_context": lambda v: (
        isinstance(v, dict)
        and all(isinstance(k, str) and isinstance(s, str) and STAMP.match(s) for k, s in v.items())
    ),
}
REQUIRED = {("cases", "title")}
INTEGER_LIMIT = 2**63


def _check_value(kind: str, name: str, column_type: str, value: Any, record_id: str = "") -> Any:
    """A field value as the column can hold it; raises BundleError otherwise."""
    where = f"{kind} field {name}"
    if value is None:
        if (kind, name) in REQUIRED:
            raise BundleError(
                message(QT_TRANSLATE_NOOP("Validation", "{where} is required but empty"), where=where)
            )
        return None
    if name in REAL_COLUMNS:
        if not isinstance(value, str):
            raise BundleError(
                message(
                    QT_TRANSLATE_NOOP("Validation", "{where} must be a decimal number written as text"),
                    where=where,
                )
            )
        try:
            number = float(value)
        except ValueError:
            raise BundleError(
                message(QT_TRANSLATE_NOOP("Validation", "{where} is not a decimal number"), where=where)
            ) from None
        if not math.isfinite(number):
            raise BundleError(
                message(QT_TRANSLATE_NOOP("Validation", "{where} is not a finite number"), where=where)
            )
        return number
    if column_type == "INTEGER":
        if (
            not isinstance(value, int)
            or isinstance(value, bool)
            or not -INTEGER_LIMIT <= value < INTEGER_LIMIT
        ):
            raise BundleError(
                message(QT_TRANSLATE_NOOP("Validation", "{where} must be a whole number"), where=where)
            )
        return value
    if not isinstance(value, str):
        raise BundleError(message(QT_TRANSLATE_NOOP("Validation", "{where} must be text"), where=where))
    if len(value) > MAX_TEXT_CHARS:
        raise BundleError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{where} holds {count} characters, more than {limit}"),
                where=where,
                count=f"{len(value):,}",
                limit=f"{MAX_TEXT_CHARS:,}",
            )
        )
    if name == "sha256" and not SHA256.match(value):
        raise BundleError(
            message(QT_TRANSLATE_NOOP("Validation", "{where} is not a SHA-256 digest"), where=where)
        )
    if kind == TRANSLATION_TABLE and name == "value":
        problem = check_translation(record_id, load_json(value, f"{where} (JSON text)"))
        if problem is not None:
            raise BundleError(
                message(QT_TRANSLATE_NOOP("Validation", "{where} {problem}"), where=where, problem=problem)
            )
        return value
    shape = JSON_SHAPES.get(name)
    if shape is not None:
        parsed = load_json(value, f"{where} (JSON text)")
        if not shape(parsed):
            raise BundleError(
                message(QT_TRANSLATE_NOOP("Validation", "{where} holds JSON of the wrong shape"), where=where)
            )
    return value


def check_record(data: Any, columns: dict[str, dict[str, str]]) -> RecordState:
    if not isinstance(data, dict):
        raise BundleError(message(QT_TRANSLATE_NOOP("Validation", "a record is not an object")))
    kind, record_id = data.get("type"), data.get("id")
    if kind not in SYNCED_TABLES:
        raise BundleError(
            message(QT_TRANSLATE_NOOP("Validation", "a record has an unknown type {kind}"), kind=repr(kind))
        )
    if not isinstance(record_id, str) or not 1 <= len(record_id) <= 64:
        raise BundleError(
            message(QT_TRANSLATE_NOOP("Validation", "a {kind} record has a malformed id"), kind=kind)
        )
    fields, stamps = data.get("fields"), data.get("stamps")
    if not isinstance(fields, dict) or not isinstance(stamps, dict):
        raise BundleError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{kind} {id}: fields and stamps must be objects"),
                kind=kind,
                id=record_id,
            )
        )
    types = columns[kind]
    unknown = set(fields) - set(types)
    if unknown:
        raise BundleError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{kind} {id}: unknown fields {fields}"),
                kind=kind,
                id=record_id,
                fields=sorted(unknown),
            )
        )
    # An outcomes-only plan leaves its notes out (desktop/plans/sharing.py).
    missing = set(types) - set(fields) - MAY_BE_MISSING.get(kind, frozenset())
    if missing:
        raise BundleError(
            message(
                QT_TRANSLATE_NOOP(
                    "Validation", "{kind} {id}: missing fields {fields} (send null for empty ones)"
                ),
                kind=kind,
                id=record_id,
                fields=sorted(missing),
            )
        )
    if set(stamps) != set(fields):
        raise BundleError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{kind} {id}: every field needs a stamp"),
                kind=kind,
                id=record_id,
            )
        )
    vv = check_vector(data.get("vv"), f"{kind} {record_id}: vv")
    for name, stamp in stamps.items():
        if not isinstance(stamp, str) or not STAMP.match(stamp):
            raise BundleError(
                message(
                    QT_TRANSLATE_NOOP("Validation", "{kind} {id}: field {field} has a malformed stamp"),
                    kind=kind,
                    id=record_id,
                    field=name,
                )
            )
    checked = {
        name: _check_value(kind, name, types[name], value, record_id) for name, value in fields.items()
    }
    siblings = data.get("siblings", {})
    if not isinstance(siblings, dict):
        raise BundleError(message(CONFLICT_VERSIONS, kind=kind, id=record_id))
    losers: dict[str, list[tuple[Any, str]]] = {}
    for name, versions in siblings.items():
        if name not in types or not isinstance(versions, list):
            raise BundleError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Validation", "{kind} {id}: malformed conflict versions (unknown field '{field}')"
                    ),
                    kind=kind,
                    id=record_id,
                    field=name,
                )
            )
        for version in versions:
            if not (isinstance(version, list) and len(version) == 2 and isinstance(version[1], str)):
                raise BundleError(message(CONFLICT_VERSIONS, kind=kind, id=record_id))
            if not STAMP.match(version[1]):
                raise BundleError(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Validation", "{kind} {id}: a conflict version has a malformed stamp"
                        ),
                        kind=kind,
                        id=record_id,
                    )
                )
            value = _check_value(kind, name, types[name], version[0], record_id)
            losers.setdefault(name, []).append((value, version[1]))
    return RecordState(
        type=kind,
        id=record_id,
        fields=checked,
        stamps=dict(stamps),
        siblings=losers,
        vv=dict(vv),
        edits=_check_edits(data.get("edits", {}), types, f"{kind} {record_id}"),
        past=_check_past(data.get("past", {}), kind, record_id, types),
    )


EARLIER_VERSIONS = QT_TRANSLATE_NOOP("Validation", "{kind} {id}: malformed earlier versions")


def _check_past(
    data: Any, kind: str, record_id: str, types: dict[str, str]
) -> dict[str, list[tuple[Any, str]]]:
    """A record's earlier versions (its history), in shape; their signatures are checked on import."""
    if not isinstance(data, dict):
        raise BundleError(message(EARLIER_VERSIONS, kind=kind, id=record_id))
    found: dict[str, list[tuple[Any, str]]] = {}
    for name, versions in data.items():
        if name not in types or not isinstance(versions, list):
            raise BundleError(message(EARLIER_VERSIONS, kind=kind, id=record_id))
        for version in versions:
            if not (isinstance(version, list) and len(version) == 2 and isinstance(version[1], str)):
                raise BundleError(message(EARLIER_VERSIONS, kind=kind, id=record_id))
            if not STAMP.match(version[1]):
                raise BundleError(message(EARLIER_VERSIONS, kind=kind, id=record_id))
            value = _check_value(kind, name, types[name], version[0], record_id)
            found.setdefault(name, []).append((value, version[1]))
    return found


DIGEST = re.compile(r"^[0-9a-f]{32}$")


def _check_edits(edits: Any, types: dict[str, str], where: str) -> dict[str, dict[str, Any]]:
    """The signed proofs of a record's edits, in shape (their signatures are checked on import)."""
    if not isinstance(edits, dict):
        raise BundleError(message(EDIT_SIGNATURES, where=where))
    checked: dict[str, dict[str, Any]] = {}
    for stamp, proof in edits.items():
        if not (
            STAMP.match(stamp)
            and isinstance(proof, dict)
            and isinstance(proof.get("key"), str)
            and isinstance(proof.get("sig"), str)
        ):
            raise BundleError(message(EDIT_SIGNATURES, where=where))
        gone = proof.get("gone", {})
        if not (
            isinstance(gone, dict)
            and all(name in types and isinstance(d, str) and DIGEST.match(d) for name, d in gone.items())
        ):
            raise BundleError(
                message(
                    QT_TRANSLATE_NOOP("Validation", "{where}: malformed edit signatures (replaced values)"),
                    where=where,
                )
            )
        seen = check_vector(proof.get("seen"), f"{where}: the edit signed at {stamp} has a seen that")
        checked[stamp] = {"seen": seen, "key": proof["key"], "sig": proof["sig"]}
        if gone:
            checked[stamp]["gone"] = gone
    return checked
