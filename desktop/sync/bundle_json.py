"""JSON as a bundle carries it: parsed with no NaN or Infinity and a depth cap found before any
parser recurses, and version vectors checked for shape."""

from __future__ import annotations

import json
import re
from typing import Any

from desktop.errors import QT_TRANSLATE_NOOP, LeapsError, message
from desktop.store.clock import Stamp

MAX_JSON_DEPTH = 32
STAMP = re.compile(r"^\d{13}\.\d{5}\.[A-Za-z0-9-]{1,64}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class BundleError(LeapsError):
    """A bundle that cannot be imported; the message says what is wrong with it."""

    code = "bundle-refused"


# A JSON string (escapes included), and the brackets left once strings are gone.
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_INNERMOST = re.compile(r"\[\]|\{\}")
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


def _deeper_than(text: str, limit: int) -> bool:
    """True if arrays and objects nest more than `limit` deep; found without parsing, so
    that no parser recurses into a file made to exhaust it."""
    brackets = _NOT_BRACKETS.sub("", _JSON_STRING.sub("", text))
    for _ in range(limit):
        if not brackets:
            return False
        brackets, removed = _INNERMOST.subn("", brackets)
        if not removed:
            return False  # unbalanced: not JSON, which the parser says
    return bool(brackets)


def _no_constant(name: str) -> Any:
    raise ValueError(message(QT_TRANSLATE_NOOP("Validation", "{name} is not a JSON number"), name=name))


def load_json(data: bytes | str, what: str) -> Any:
    """Parse JSON from a bundle: no NaN or Infinity, no nesting deeper than MAX_JSON_DEPTH."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise BundleError(
            message(QT_TRANSLATE_NOOP("Validation", "{what} is not UTF-8 JSON"), what=what)
        ) from None
    if _deeper_than(text, MAX_JSON_DEPTH):
        raise BundleError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{what} nests deeper than {limit} levels"),
                what=what,
                limit=MAX_JSON_DEPTH,
            )
        )
    try:
        return json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:
        raise BundleError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{what} is not valid JSON ({reason})"),
                what=what,
                reason=error,
            )
        ) from None


def check_vector(value: Any, what: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and STAMP.match(v) and Stamp.decode(v).device == k
        for k, v in value.items()
    ):
        raise BundleError(
            message(QT_TRANSLATE_NOOP("Validation", "{what} is not a version vector"), what=what)
        )
    return value
