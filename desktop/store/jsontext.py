"""Canonical JSON for TEXT columns: sorted keys, NFC text, so equal data gives equal text."""

from __future__ import annotations

import json
import unicodedata
from typing import Any


def nfc(value: Any) -> Any:
    """The value with every text in it NFC-normalised, so "Pete\u0301n" and "Petén" are one text."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): nfc(v) for k, v in value.items()}
    return value


def _plain_dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def dumps(value: Any) -> str:
    """Canonical text of a JSON-ready value."""
    text = _plain_dumps(value)
    # Non-ASCII characters are written as they are, so ASCII text means every string in the
    # value is ASCII, which NFC leaves alone: the common case skips the normalizing walk.
    return text if text.isascii() else _plain_dumps(nfc(value))


def loads(text: str | None, default: Any = None) -> Any:
    """Parse a TEXT column, giving `default` for NULL or empty."""
    return json.loads(text) if text else default
