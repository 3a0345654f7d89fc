"""Reading and writing cases with their components, sources and attachments."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any

import sqlite_utils

from desktop.store import jsontext
from desktop.store.errors import case_not_found
from desktop.store.migrations import TRANSLATION_TABLE
from desktop.store.records import (
    CASE_SCALAR_FIELDS,
    Attachment,
    Case,
    Component,
    Precondition,
    Source,
)
from desktop.store.replica import DELETED, META_COLUMNS, iso_time, record_columns
from desktop.store.writer import StampedWriter

# The parts of a case (and its translations) whose text the search index holds.
INDEXED_PARTS = ("components", "sources", "attachments")
TRANSLATION_CASE = "json_extract(value, '$.case_id')"
JSON_CASE_FIELDS = {"partners", "disputed", "contacts", "themes", "sdgs"}


def _case_row(case: Case) -> dict[str, Any]:
    row: dict[str, Any] = {"id": case.id}
    for name in (*CASE_SCALAR_FIELDS, "themes", "sdgs"):
        value = getattr(case, name)
        row[name] = jsontext.dumps(value) if name in JSON_CASE_FIELDS else value
    return {**case.more, **row}


def _children(case: Case) -> dict[str, list[dict[str, Any]]]:
    components = [
        {
            **asdict(c),
            "case_id": case.id,
            "position": i,
            "preconditions": jsontext.dumps([asdict(p) for p in c.preconditions]),
        }
        for i, c in enumerate(case.components)
    ]
    sources = [{**asdict(s), "case_id": case.id, "position": i} for i, s in enumerate(case.sources)]
    attachments = [{**asdict(a), "case_id": case.id, "position": i} for i, a in enumerate(case.attachments)]
    return {"components": components, "sources": sources, "attachments": attachments}


def case_records(case: Case) -> list[tuple[str, dict[str, Any]]]:
    """The rows a case is stored as: the case itself, then its components, sources, attachments."""
    records: list[tuple[str, dict[str, Any]]] = [("cases", _case_row(case))]
    for table, rows in _children(case).items():
        records += [(table, row) for row in rows]
    return records


def _every_column(db: sqlite_utils.Database, record: dict[str, Any]) -> dict[str, Any]:
    """A new case's row with empty text in each column it does not name (a field a migration added
    that the Case was made without), so every field of the stored case has a stamp to travel with."""
    columns = record_columns(db, "cases")
    return {**{name: "" for name in columns if name not in _NOT_CASE_FIELDS}, **record}


def save_case(writer: StampedWriter, case: Case) -> bool:
    """Create or update a case and its parts in one transaction; True if anything changed."""
    db = writer.db
    with db.atomic():
        stamp = writer.next_stamp()
        changed = False
        keep: dict[str, set[str]] = {table: set() for table in ("components", "sources", "attachments")}
        for table, record in case_records(case):
            if table != "cases":
                keep[table].add(record["id"])
            elif not db["cases"].count_where("id = ?", [case.id]):
                record = {**_every_column(db, record), "created_at": iso_time(stamp.encode())}
            changed |= writer.save(table, record, stamp)
        for table, kept in keep.items():
            for (old_id,) in db.execute(f"SELECT id FROM [{table}] WHERE case_id = ?", [case.id]).fetchall():
                if old_id not in kept:
                    writer.delete(table, old_id, stamp)
                    changed = True
    return changed


def delete_case(writer: StampedWriter, case_id: str) -> None:
    """Delete a case and its parts, leaving tombstones for each."""
    db = writer.db
    if not db["cases"].count_where("id = ?", [case_id]):
        raise case_not_found(case_id)
    with db.atomic():
        stamp = writer.next_stamp()
        for table in ("components", "sources", "attachments"):
            for (child_id,) in db.execute(
                f"SELECT id FROM [{table}] WHERE case_id = ?", [case_id]
            ).fetchall():
                writer.delete(table, child_id, stamp)
        writer.delete("cases", case_id, stamp)


def store_blob(db: sqlite_utils.Database, content: bytes, media_type: str) -> str:
    """Keep an attachment's bytes once, by SHA-256; returns the digest."""
    digest = hashlib.sha256(content).hexdigest()
    db.table("attachment_blobs").insert(
        {"sha256": digest, "media_type": media_type, "size": len(content), "content": content},
        pk="sha256",
        ignore=True,
    )
    return digest


def blob(db: sqlite_utils.Database, digest: str) -> bytes | None:
    """The bytes of an attachment, or None if the catalogue does not hold them."""
    row = db.execute("SELECT content FROM attachment_blobs WHERE sha256 = ?", [digest]).fetchone()
    return row[0] if row else None


# Columns of `cases` that are no field of a Case: sync bookkeeping and the creation time.
_NOT_CASE_FIELDS = {*META_COLUMNS, DELETED, "created_at"}


def _case_from_row(row: dict[str, Any], parts: dict[str, list[dict[str, Any]]]) -> Case:
    values = {name: row[name] for name in CASE_SCALAR_FIELDS}
    # Columns a migration added for a field of the registry that Case does not type: plain text.
    more = {
        name: value or ""
        for name, value in row.items()
        if name not in values and name not in _NOT_CASE_FIELDS and name not in JSON_CASE_FIELDS
    }
    for name in JSON_CASE_FIELDS:
        values[name] = jsontext.loads(row[name], [])
    themes, sdgs = values.pop("themes"), values.pop("sdgs")
    # A text column left empty reads as empty text; a number left empty stays unknown.
    scalars: dict[str, Any] = {
        k: ("" if v is None and k not in {"latitude", "longitude", "year_started"} else v)
        for k, v in values.items()
    }
    return Case(
        id=row["id"],
        themes=themes,
        sdgs=sdgs,
        updated_at=row["updated_at"] or "",
        more=more,
        components=[
            Component(
                id=c["id"],
                name=c["name"],
                description=c["description"] or "",
                mechanism=c["mechanism"] or "",
                preconditions=[Precondition(**p) for p in jsontext.loads(c["preconditions"], [])],
                role=c["role"],
            )
            for c in parts["components"]
        ],
        sources=[
            Source(**{k: s[k] or "" for k in ("id", "title", "url", "citation", "date", "reliability")})
            for s in parts["sources"]
        ],
        attachments=[
            Attachment(
                id=a["id"],
                sha256=a["sha256"],
                filename=a["filename"],
                media_type=a["media_type"],
                size=a["size"],
                caption=a["caption"] or "",
            )
            for a in parts["attachments"]
        ],
        **scalars,
    )


def case_from_rows(row: dict[str, Any], parts: dict[str, list[dict[str, Any]]]) -> Case:
    """A case from its row and its parts' rows as they are stored (parts in any order)."""
    ordered = {
        table: sorted(parts.get(table, []), key=lambda part: part.get("position") or 0)
        for table in ("components", "sources", "attachments")
    }
    return _case_from_row({"updated_at": "", **row}, ordered)


def get_case(db: sqlite_utils.Database, case_id: str) -> Case:
    """One case with all its parts."""
    rows = list(db["cases"].rows_where("id = ?", [case_id]))
    if not rows:
        raise case_not_found(case_id)
    parts = {
        table: list(db[table].rows_where("case_id = ?", [case_id], order_by="position"))
        for table in ("components", "sources", "attachments")
    }
    return _case_from_row(rows[0], parts)


def iter_cases(db: sqlite_utils.Database, ids: Iterable[str] | None = None) -> Iterator[Case]:
    """Every case (or the ones named), parts included, fetched in batches."""
    wanted = list(ids) if ids is not None else [r[0] for r in db.execute("SELECT id FROM cases")]
    for start in range(0, len(wanted), 500):
        batch = wanted[start : start + 500]
        marks = ",".join("?" * len(batch))
        rows = {r["id"]: r for r in db.query(f"SELECT * FROM cases WHERE id IN ({marks})", batch)}
        parts: dict[str, dict[str, list[dict[str, Any]]]] = {
            case_id: {"components": [], "sources": [], "attachments": []} for case_id in rows
        }
        for table in ("components", "sources", "attachments"):
            for child in db.query(
                f"SELECT * FROM [{table}] WHERE case_id IN ({marks}) ORDER BY position", batch
            ):
                parts[child["case_id"]][table].append(child)
        for case_id in batch:
            if case_id in rows:
                yield _case_from_row(rows[case_id], parts[case_id])


def case_stamps(db: sqlite_utils.Database) -> dict[str, str]:
    """Each case's id and the stamp of its latest change, parts included (the index holds
    their text too), to check the search index against."""
    parts = " ".join(
        f", coalesce((SELECT max(updated_stamp) FROM [{t}] WHERE {key} = c.id), '')"
        for t, key in [*((t, "case_id") for t in INDEXED_PARTS), (TRANSLATION_TABLE, TRANSLATION_CASE)]
    )
    return dict(db.execute(f"SELECT id, max(coalesce(updated_stamp, ''){parts}) FROM cases c").fetchall())


def catalogue_mark(db: sqlite_utils.Database) -> str:
    """A short summary that changes whenever any case or part changes or is deleted."""
    newest = max(
        db.execute(f"SELECT coalesce(max(updated_stamp), '') FROM [{t}]").fetchone()[0]
        for t in ("cases", *INDEXED_PARTS, TRANSLATION_TABLE)
    )
    cases = db.execute("SELECT count(*) FROM cases").fetchone()[0]
    deleted = db.execute("SELECT count(*), coalesce(max(deleted_stamp), '') FROM tombstones").fetchone()
    return f"{cases}:{newest}:{deleted[0]}:{deleted[1]}"


def count_cases(db: sqlite_utils.Database) -> int:
    """How many cases the catalogue holds."""
    return db["cases"].count


def card_rows(db: sqlite_utils.Database, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The few fields a result list shows, for the cases named."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = (
        "SELECT id, title, local_title, summary, city, country, year_started, stage "
        f"FROM cases WHERE id IN ({marks})"
    )
    return {r["id"]: r for r in db.query(sql, ids)}


# What searching without the index reads of every case.
_SEARCH_COLUMNS = (
    "id", "title", "local_title", "summary", "city", "country", "region", "themes", "sdgs", "stage",
    "language", "level_of_government", "year_started",
)


def search_rows(
    db: sqlite_utils.Database, ids: list[str], more: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """What searching the given cases without the index reads of them (titles, summary, place,
    facet values and the `more` columns the caller names; no bodies)."""
    if not ids:
        return []
    columns = dict.fromkeys((*_SEARCH_COLUMNS, *more))
    sql = (
        f"SELECT {', '.join(f'[{name}]' for name in columns)} FROM cases "
        "WHERE id IN (SELECT value FROM json_each(?))"
    )
    rows = []
    for row in db.query(sql, [json.dumps(ids)]):
        row["themes"] = jsontext.loads(row["themes"], [])
        row["sdgs"] = jsontext.loads(row["sdgs"], [])
        rows.append(row)
    return rows


def component_names(db: sqlite_utils.Database, ids: list[str]) -> list[tuple[str, str]]:
    """(case id, component name) of the given cases' components, in their order."""
    marks = ",".join("?" * len(ids))
    sql = f"SELECT case_id, name FROM components WHERE case_id IN ({marks}) ORDER BY case_id, position"
    return [(row[0], row[1]) for row in db.execute(sql, ids).fetchall()] if ids else []


PROSE_COLUMNS = ("summary", "problem", "approach", "results", "costs", "lessons", "body")


def snippet_sources(
    db: sqlite_utils.Database, ids: list[str], prose: tuple[str, ...] = PROSE_COLUMNS
) -> dict[str, str]:
    """The text of each case to cut snippets from: its prose (the text columns named), then its
    components, partners, facts in dispute, sources, titles and city: every text the search index
    holds, so a case found by any of them shows why."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    # Each part ends in a newline; || with NULL is NULL, hence the coalesce around every part.
    parts = [
        *(f"[{column}]" for column in prose),
        "(SELECT group_concat(coalesce(name, '') || ': ' || coalesce(description, '') || ' ' || "
        "coalesce(mechanism, '') || ' ' || "
        "coalesce((SELECT group_concat(json_extract(p.value, '$.text'), '; ') "
        "FROM json_each(components.preconditions) AS p), ''), char(10)) "
        "FROM components WHERE case_id = cases.id)",
        "(SELECT group_concat(value, '; ') FROM json_each(cases.partners))",
        "(SELECT group_concat(value, char(10)) FROM json_each(cases.disputed))",
        "(SELECT group_concat(title, char(10)) FROM sources WHERE case_id = cases.id)",
        "title",
        "local_title",
        "city",
    ]
    text = " || ".join(f"coalesce({part}, '') || char(10)" for part in parts)
    sql = f"SELECT id, {text} FROM cases WHERE id IN ({marks})"
    return dict(db.execute(sql, ids).fetchall())


def case_exists(db: sqlite_utils.Database, case_id: str) -> bool:
    """True if the catalogue holds a case of that id."""
    return bool(db.table("cases").count_where("id = ?", [case_id]))


def stored_curation(db: sqlite_utils.Database, case_id: str) -> str | None:
    """The curation state the catalogue holds for a case, or None if it holds no such case."""
    row = db.execute("SELECT curation FROM cases WHERE id = ?", [case_id]).fetchone()
    return None if row is None else str(row[0])


def ids_by_title(db: sqlite_utils.Database, limit: int) -> list[str]:
    """The ids of the first cases by title (case-blind)."""
    sql = "SELECT id FROM cases ORDER BY title COLLATE NOCASE LIMIT ?"
    return [str(row[0]) for row in db.execute(sql, [limit]).fetchall()]


def place_of_case(db: sqlite_utils.Database, case_id: str) -> tuple[str, str, str] | None:
    """A case's title, city and country, or None if the catalogue holds no such case."""
    row = db.execute("SELECT title, city, country FROM cases WHERE id = ?", [case_id]).fetchone()
    return None if row is None else (row[0], row[1], row[2])


def titles_and_cities(db: sqlite_utils.Database, ids: list[str]) -> dict[str, tuple[str, str]]:
    """The title and city of each of the named cases the catalogue holds, by id."""
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT id, title, city FROM cases WHERE id IN ({marks})", ids).fetchall()
    return {case_id: (title, city) for case_id, title, city in rows}


Identity = tuple[str, str, str, str, str, str]


def identities(db: sqlite_utils.Database, by_title: bool = False) -> list[Identity]:
    """(id, title, city, origin, external id, web address) of every case, in stored order or by
    title then id; a field left empty reads as empty text. What tells one practice written up twice."""
    sql = (
        "SELECT id, title, coalesce(city, ''), coalesce(origin, ''), coalesce(external_id, ''), "
        "coalesce(origin_url, '') FROM cases" + (" ORDER BY title, id" if by_title else "")
    )
    return [tuple(row) for row in db.execute(sql).fetchall()]


def source_addresses(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(case id, web address) of every source that has one."""
    sql = "SELECT case_id, url FROM sources WHERE coalesce(url, '') != ''"
    return [(row[0], row[1]) for row in db.execute(sql).fetchall()]


def city_counts(db: sqlite_utils.Database, ids: list[str]) -> list[tuple[str, str, float, float, int]]:
    """(city, country, mean latitude, mean longitude, cases) of the named cases with coordinates,
    one row a city, by city: one query whatever the number of ids (they go in as one JSON list)."""
    sql = (
        "SELECT city, country, avg(latitude), avg(longitude), count(*) FROM cases"
        " WHERE id IN (SELECT value FROM json_each(?))"
        " AND latitude IS NOT NULL AND longitude IS NOT NULL"
        " GROUP BY coalesce(city, ''), coalesce(country, '')"
        " ORDER BY coalesce(city, ''), coalesce(country, '')"
    )
    return [
        (city or "", country or "", float(latitude), float(longitude), int(count))
        for city, country, latitude, longitude, count in db.execute(sql, [json.dumps(ids)]).fetchall()
    ]


def cases_from_origin(db: sqlite_utils.Database, origin: str, external_id: str) -> list[tuple[str, str, str]]:
    """(id, title, city) of the cases brought in from this origin under this external id."""
    rows = db.execute(
        "SELECT id, title, coalesce(city, '') FROM cases WHERE origin = ? AND external_id = ? "
        "ORDER BY title, id",
        [origin, external_id],
    )
    return [(str(row[0]), str(row[1]), str(row[2])) for row in rows.fetchall()]
