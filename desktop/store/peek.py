"""Cases read with Python's own sqlite3 before the catalogue is opened and its search engine is up.

The window shows the first cases, and answers words typed, from these while the catalogue (and its
libraries) load; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

CARD_COLUMNS = ("id", "title", "local_title", "summary", "city", "country", "year_started", "stage")
# Where a typed word is looked for (besides the country, matched by its code).
WORD_COLUMNS = ("title", "local_title", "summary", "city")
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


def _read_only(db_path: Path) -> sqlite3.Connection | None:
    """A read-only connection to the file, or None when there is no file to read."""
    import sqlite3  # here, on a worker: the window's thread does not wait for the module

    if not db_path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    connection.row_factory = sqlite3.Row
    return connection


def first_cases(db_path: Path, limit: int) -> tuple[list[dict[str, Any]], int] | None:
    """The first `limit` cases by title and how many there are; None if there is nothing to read."""
    import sqlite3

    connection = _read_only(db_path)
    if connection is None:
        return None
    with closing(connection):
        try:
            rows = connection.execute(
                f"SELECT {', '.join(CARD_COLUMNS)} FROM cases ORDER BY {_BY_TITLE} LIMIT ?", [limit]
            ).fetchall()
            total = connection.execute("SELECT count(*) FROM cases").fetchone()[0]
        except sqlite3.Error:
            # Not a catalogue, or one being made: the catalogue itself will say what is wrong.
            return None
    return [dict(row) for row in rows], total


def _escaped(word: str) -> str:
    """The word for a LIKE pattern, its own % and _ taken literally."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _in_titles(*patterns: str) -> str:
    """1 where the title or the local title is like any of the named patterns, else 0."""
    return "(" + " OR ".join(
        f"{column} LIKE :{pattern} ESCAPE '\\'" for pattern in patterns for column in ("title", "local_title")
    ) + ")"


def matching_cases(
    db_path: Path,
    words: Mapping[str, Collection[str]],
    sort: str = "relevance",
    reverse: bool = False,
    offset: int = 0,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], int] | None:
    """A page of the cases holding every word, and how many there are; None if there is nothing to read.

    `words` maps each lower-cased word to the codes of the countries it names (often none): a word is
    found anywhere in the title, local title, summary or city (LIKE: letters of other scripts compare
    as written), or as the case's country. Title matches come first, then cases by title, unless
    `sort` (a key of ORDERS) asks for another order.
    """
    import sqlite3

    connection = _read_only(db_path)
    if connection is None:
        return None
    params: dict[str, object] = {"offset": offset, "limit": limit}
    holds: list[str] = []  # each word's condition
    in_titles: list[str] = []  # each word found in the title or the local title, as 1 or 0
    for number, (word, countries) in enumerate(words.items()):
        escaped = _escaped(word)
        params[f"w{number}"] = f"%{escaped}%"  # anywhere
        params[f"s{number}"] = f"{escaped}%"  # at the start
        params[f"m{number}"] = f"% {escaped}%"  # at the start of a later word
        found = [f"{column} LIKE :w{number} ESCAPE '\\'" for column in WORD_COLUMNS]
        codes = [f":c{number}_{index}" for index in range(len(countries))]
        params.update(zip((code[1:] for code in codes), countries, strict=True))
        if codes:
            found.append(f"country IN ({', '.join(codes)})")
        holds.append(f"({' OR '.join(found)})")
        # Found at the start of a word of a title counts twice, inside one once.
        in_titles += [_in_titles(f"w{number}"), _in_titles(f"s{number}", f"m{number}")]
    where = f"WHERE {' AND '.join(holds)}" if holds else ""
    order = (_REVERSED if reverse else ORDERS).get(sort, ORDERS["relevance"])
    with closing(connection):
        try:
            rows = connection.execute(
                f"SELECT {', '.join(CARD_COLUMNS)}, {' + '.join(in_titles) or '0'} AS title_hits, "
                f"count(*) OVER () AS total FROM cases {where} ORDER BY {order} LIMIT :limit OFFSET :offset",
                params,
            ).fetchall()
            if rows or not offset:
                total = rows[0]["total"] if rows else 0
            else:  # a page past the last one
                total = connection.execute(f"SELECT count(*) FROM cases {where}", params).fetchone()[0]
        except sqlite3.Error:
            return None  # not a catalogue: the catalogue itself will say what is wrong
    return [{name: row[name] for name in CARD_COLUMNS} for row in rows], total
