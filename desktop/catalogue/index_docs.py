"""What the search index holds of a case, and the second process that indexes half of a large
rebuild."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from desktop.catalogue.fields import CONTENT, fields_where
from desktop.catalogue.places import other_names
from desktop.search import IndexDoc
from desktop.search.facets import registry_facets
from desktop.store import cases as case_store
from desktop.store import database
from desktop.store import translations as translation_store
from desktop.store.records import ADAPTED_ORIGIN, Case
from desktop.text.countries import country_name

# The hidden command line of that process: `leaps --index-part DATA_DIR INDEX_FOLDER`.
INDEX_PART_ARGUMENT = "--index-part"
# Cases read (with their translations) in one go while indexing.
INDEX_BATCH = 500


def index_doc(case: Case, stamp: str, translated: list[str] | None = None) -> IndexDoc:
    """What the search index needs to know of a case, its translations' texts included (so a
    reader finds it in their own language)."""
    parts: list[str] = []
    for field in fields_where(search=CONTENT):
        value = field.value(case)
        parts += value if isinstance(value, list) else [value]
    for component in case.components:
        parts += [component.name, component.description, component.mechanism]
        parts += [p.text for p in component.preconditions]
    parts += [source.title for source in case.sources]
    parts += translated or []
    return IndexDoc(
        id=case.id,
        stamp=stamp,
        title=case.title,
        local_title=case.local_title,
        summary=case.summary,
        body="\n".join(p for p in parts if p),
        city=case.city,
        city_other_names=list(other_names(case.city)),
        country_name=country_name(case.country),
        region=case.region,
        year=case.year_started,
        facets=registry_facets(case.value),
        adapted_from=case.external_id if case.origin == ADAPTED_ORIGIN else "",
    )


def index_docs(db: sqlite_utils.Database, ids: list[str], stamps: dict[str, str]) -> Iterator[IndexDoc]:
    """What the index needs of each of the named cases (translations included), read from `db` in
    batches."""
    for start in range(0, len(ids), INDEX_BATCH):
        batch = ids[start : start + INDEX_BATCH]
        texts = translation_store.translation_texts(db, batch)
        for case in case_store.iter_cases(db, batch):
            translated = [text for found in texts.get(case.id, {}).values() for text in found]
            yield index_doc(case, stamps[case.id], translated)


def start_index_part(data_dir: Path, folder: Path, cases: list[tuple[str, str]]) -> subprocess.Popen[bytes]:
    """Start a process indexing the given cases (id, stamp) into the index being built in `folder`."""
    command = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "desktop"]
    arguments = [*command, INDEX_PART_ARGUMENT, str(data_dir), str(folder)]
    process = subprocess.Popen(arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert process.stdin is not None
    stdin = process.stdin

    def send() -> None:
        # From a thread: the list outgrows the pipe before the process starts reading it.
        with stdin:
            stdin.write(json.dumps(cases).encode())

    threading.Thread(target=send, daemon=True).start()
    return process


def index_part(data_dir: Path, folder: Path) -> int:
    """The process `start_index_part` starts: index the cases read from stdin into `folder`."""
    from desktop.search.engine import write_part

    stamps = dict(json.load(sys.stdin.buffer))
    db = database.connect(data_dir / "catalogue.db")
    try:
        write_part(folder, index_docs(db, list(stamps), stamps), sys.stdout.buffer)
    finally:
        db.close()
    return 0
