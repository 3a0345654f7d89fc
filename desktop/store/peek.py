"""Cases read with Python's own sqlite3 before the catalogue is opened and its search engine is up.

The window shows the first cases, and answers words typed, from these while the catalogue (and its
libraries) load; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import sqlite3

T = TypeVar("T")

CARD_COLUMNS = ("id", "title", "local_title", "summary", "city", "country", "year_started", "stage")
# Where a typed word is looked for, besides the places it names.
TEXT_COLUMNS = ("title", "local_title", "summary")
# The orders a search can ask for, as the search engine sorts them (relevance: title matches first).
_BY_TITLE = "title COLLATE NOCASE"
ORDERS = {
    "relevance": f"title_hits DESC, {_BY_TITLE}",
    "title": _BY_TITLE,
    "city": f"city COLLATE NOCASE, {_BY_TITLE}",
    "year": f"year_started DESC, {_BY_TITLE}",
}
_REVERSED = {
    "relevance": ORDERS["relevance"],
    "title": f"{_BY_TITLE} DESC",
    "city": f"city COLLATE NOCASE DESC, {_BY_TITLE}",
    "year": f"year_started IS NULL DESC, year_started, {_BY_TITLE}",
}


def _read(db_path: Path, reading: Callable[[sqlite3.Connection], T]) -> T | None:
    """What `reading` reads through a read-only connection to the file; None when there is no file,
    or it is not a catalogue (or one being made: the catalogue itself will say what is wrong)."""
    import sqlite3  # here, on a worker: the window's thread does not wait for the module

    if not db_path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    connection.row_factory = sqlite3.Row
    with closing(connection):
        try:
            return reading(connection)
        except sqlite3.Error:
            return None


def first_cases(db_path: Path, limit: int) -> tuple[list[dict[str, Any]], int] | None:
    """The first `limit` cases by title and how many there are; None if there is nothing to read."""

    def reading(connection: sqlite3.Connection) -> tuple[list[dict[str, Any]], int]:
        rows = connection.execute(
            f"SELECT {', '.join(CARD_COLUMNS)} FROM cases ORDER BY {_BY_TITLE} LIMIT ?", [limit]
        ).fetchall()
        total = connection.execute("SELECT count(*) FROM cases").fetchone()[0]
        return [dict(row) for row in rows], total

    return _read(db_path, reading)


def _escaped(word: str) -> str:
    """The word for a LIKE pattern, its own % and _ taken literally."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _in_titles(*patterns: str) -> str:
    """1 where the title or the local title is like any of the named patterns, else 0."""
    return "(" + " OR ".join(
        f"{column} LIKE :{pattern} ESCAPE '\\'" for pattern in patterns for column in ("title", "local_title")
    ) + ")"


@dataclass(frozen=True)
class Places:
    """The places a searched word names: country codes, and cities as (name, country code); cities
    None when the catalogue's are not known, and the word is looked for in every case's city."""

    countries: Collection[str] = ()
    cities: Collection[tuple[str, str]] | None = None


def case_places(db_path: Path) -> list[tuple[str, str]] | None:
    """Each city the cases name, with its country code; None if there is nothing to read."""
    return _read(
        db_path,
        lambda connection: [
            (row["city"], row["country"])
            for row in connection.execute(
                "SELECT DISTINCT city, country FROM cases WHERE city IS NOT NULL AND country IS NOT NULL"
            )
        ],
    )


def _word_holds(number: int, places: Places, params: dict[str, object]) -> str:
    """Where word `number` (its patterns in `params`) is held: its texts, and the places it names."""
    found = [f"{column} LIKE :w{number} ESCAPE '\\'" for column in TEXT_COLUMNS]
    if places.cities is None:
        found.append(f"city LIKE :w{number} ESCAPE '\\'")
    named: list[str] = []
    for index, code in enumerate(places.countries):
        params[f"c{number}_{index}"] = code
        named.append(f"country = :c{number}_{index}")
    for index, (city, code) in enumerate(places.cities or ()):
        params[f"t{number}_{index}"], params[f"tc{number}_{index}"] = city, code
        named.append(f"(country = :tc{number}_{index} AND city = :t{number}_{index})")
    if named:
        # Found through the index of countries: a city is read only in the cases of its country, far
        # quicker than reading every case's (stored after its long texts).
        found.append(f"rowid IN (SELECT rowid FROM cases WHERE {' OR '.join(named)})")
    return f"({' OR '.join(found)})"


def matching_cases(
    db_path: Path,
    words: Mapping[str, Places],
    sort: str = "relevance",
    reverse: bool = False,
    offset: int = 0,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], int] | None:
    """A page of the cases holding every word, and how many there are; None if there is nothing to read.

    `words` maps each lower-cased word to the places it names: a word is found anywhere in the
    title, local title or summary (LIKE: letters of other scripts compare as written), or as a
    place it names. Title matches come first, then cases by title, unless `sort` (a key of ORDERS)
    asks for another order.
    """
    params: dict[str, object] = {"offset": offset, "limit": limit}
    holds: list[str] = []  # each word's condition
    in_titles: list[str] = []  # each word found in the title or the local title, as 1 or 0
    for number, (word, places) in enumerate(words.items()):
        escaped = _escaped(word)
        params[f"w{number}"] = f"%{escaped}%"  # anywhere
        params[f"s{number}"] = f"{escaped}%"  # at the start
        params[f"m{number}"] = f"% {escaped}%"  # at the start of a later word
        holds.append(_word_holds(number, places, params))
        # Found at the start of a word of a title counts twice, inside one once.
        in_titles += [_in_titles(f"w{number}"), _in_titles(f"s{number}", f"m{number}")]
    where = f"WHERE {' AND '.join(holds)}" if holds else ""
    order = (_REVERSED if reverse else ORDERS).get(sort, ORDERS["relevance"])

    def reading(connection: sqlite3.Connection) -> tuple[list[dict[str, Any]], int]:
        # The page's cases first, then their cards: what follows the texts is read for them only.
        found = connection.execute(
            f"SELECT rowid, {' + '.join(in_titles) or '0'} AS title_hits, count(*) OVER () AS total "
            f"FROM cases {where} ORDER BY {order} LIMIT :limit OFFSET :offset",
            params,
        ).fetchall()
        if found or not offset:
            total = found[0]["total"] if found else 0
        else:  # a page past the last one
            total = connection.execute(f"SELECT count(*) FROM cases {where}", params).fetchone()[0]
        rowids = [row["rowid"] for row in found]
        cards = {
            row["rowid"]: {name: row[name] for name in CARD_COLUMNS}
            for row in connection.execute(
                f"SELECT rowid, {', '.join(CARD_COLUMNS)} FROM cases "
                f"WHERE rowid IN ({', '.join('?' * len(rowids))})",
                rowids,
            )
        }
        return [cards[rowid] for rowid in rowids], total

    return _read(db_path, reading)
