"""Turning a sheet cell into a case field's value; a value that cannot be read is passed on as it is,
for case validation to name the problem."""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from datetime import date, datetime
from typing import Any

from desktop.catalogue.fields import CHOICE, TEXT, case_fields
from desktop.store.records import REGIONS
from desktop.text.countries import country_code

# A text cell that a spreadsheet would run as a formula is written with a leading apostrophe;
# reading takes it off again. Full-width and small forms count: an input method types them, and
# some spreadsheets read them as the ASCII sign.
FORMULA_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66", "\ufe62", "\ufe63")
# What a spreadsheet may trim before it looks for a formula: spaces of any width, tabs, line
# breaks, other control characters and invisible format characters (zero-width space, BOM...).
_TRIMMED = re.compile(r"^[\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]+")
LIST_SEPARATOR = "; "
JSON_FIELDS = ("sources", "components", "contacts", "disputed")
_SPLIT_LIST = re.compile(r"\s*[;,]\s*")
_SPLIT_SDGS = re.compile(r"[;,\s]+")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?([T ][\d:.]+Z?)?$")
_SDG_PREFIX = re.compile(r"^sdg\s*", re.IGNORECASE)


def needs_guard(text: str) -> bool:
    """True if a spreadsheet could run the text as a formula: after what it may trim, it starts
    with = + - @ (or a full-width one), or it starts with a tab or a line break at all. Such text
    behind apostrophes is guarded too, so that reading takes off only the apostrophe it added."""
    while True:
        if text.startswith(("\t", "\r", "\n")) or _TRIMMED.sub("", text, count=1).startswith(FORMULA_STARTS):
            return True
        if not text.startswith("'"):
            return False
        text = text[1:]


def guard_text(text: str) -> str:
    """Text as a CSV cell, so that a spreadsheet shows it rather than running it as a formula."""
    return "'" + text if needs_guard(text) else text


def _text(cell: Any) -> str:
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    text = str(cell).strip()
    if text.startswith("'") and needs_guard(str(cell).lstrip()[1:]):
        text = str(cell).lstrip()[1:].rstrip()  # what was guarded, its leading tab or space kept
    return unicodedata.normalize("NFC", text)


def _country(cell: Any) -> Any:
    text = _text(cell)
    return country_code(text) or text


def _year(cell: Any) -> Any:
    if isinstance(cell, datetime | date):
        return cell.year
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    if isinstance(cell, str) and cell.strip().isdigit():
        return int(cell.strip())
    if isinstance(cell, str) and _ISO_DATE.match(cell.strip()):
        return int(cell.strip()[:4])  # "2011-03-01" or "2011-03-01T00:00:00.000Z"
    return cell


def _number(cell: Any) -> Any:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return float(cell)
    text = _text(cell)
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # a decimal comma, as many locales write it
    try:
        return float(text)
    except ValueError:
        return text


def _themes(cell: Any) -> list[str]:
    return [re.sub(r"[\s_]+", "-", t.casefold()) for t in _SPLIT_LIST.split(_text(cell)) if t]


def _sdgs(cell: Any) -> list[Any]:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return [_year(cell)]
    numbers: list[Any] = []
    for token in _SPLIT_SDGS.split(_SDG_PREFIX.sub("", _text(cell))):
        token = _SDG_PREFIX.sub("", token)
        if token:
            numbers.append(int(token) if token.isdigit() else token)
    return numbers


def _choice(cell: Any) -> str:
    return re.sub(r"\s+", " ", _text(cell).casefold())


def _region(cell: Any) -> str:
    text = _text(cell)
    return next((r for r in REGIONS if r.casefold() == text.casefold()), text)


def _language(cell: Any) -> str:
    primary, _, rest = _text(cell).replace("_", "-").partition("-")
    return primary.lower() + ("-" + rest if rest else "")


def is_uuid(cell: Any) -> bool:
    """True for a cell that holds a UUID, as the catalogue's case ids are."""
    try:
        uuid.UUID(_text(cell))
    except ValueError:
        return False
    return True


def _case_id(cell: Any) -> str:
    text = _text(cell)
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return text


def _json_list(cell: Any) -> Any:
    """A JSON list as the export writes it; other text is passed on for validation to name."""
    text = _text(cell)
    if text.startswith("["):
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def _sources(cell: Any) -> Any:
    """Sources as the export writes them (JSON), or one per line or ';': a web address, or a citation."""
    found = _json_list(cell)
    if isinstance(found, list):
        return found
    return [
        {"title": piece, "url": piece}
        if piece.startswith(("https://", "http://"))
        else {"title": piece, "citation": piece}
        for piece in (p.strip() for p in re.split(r"[;\n]", found))
        if piece
    ]


def _disputed(cell: Any) -> Any:
    found = _json_list(cell)
    return found if isinstance(found, list) else [found]


READERS = {
    "id": _case_id,
    "country": _country,
    "region": _region,
    "year_started": _year,
    "latitude": _number,
    "longitude": _number,
    "themes": _themes,
    "sdgs": _sdgs,
    "partners": lambda cell: [p.strip() for p in _text(cell).split(";") if p.strip()],
    "language": _language,
    "sources": _sources,
    "components": _json_list,
    "contacts": _json_list,
    "disputed": _disputed,
}


def is_blank(cell: Any) -> bool:
    """True for a cell with nothing in it."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def read_cell(field: str, cell: Any) -> Any:
    """The value a (non-blank) cell gives a case field."""
    reader = READERS.get(field)
    if reader is None:
        # The registry says how any other field reads: a choice as its value, the rest as text.
        kind = next((f.kind for f in case_fields() if f.name == field), TEXT)
        reader = _choice if kind == CHOICE else _text
    return reader(cell)


def write_cell(field: str, value: Any) -> Any:
    """A case field's value as a sheet cell: lists joined with '; ' (sources, components, contacts
    and disputed points as JSON, since their text may hold any separator), nothing as empty."""
    if value is None or value == []:
        return ""
    if field in JSON_FIELDS:
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return value
