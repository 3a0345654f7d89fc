"""Opening, checking, migrating, backing up and restoring the catalogue file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from desktop.errors import QT_TRANSLATE_NOOP, message
from desktop.store.errors import CatalogueError, NewerCatalogueError, NotACatalogueError
from desktop.store.files import replacing
from desktop.store.migrations import LATEST_VERSION, migrate

SQLITE_HEADER = b"SQLite format 3\x00"


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def inspect_catalogue(path: Path) -> int:
    """The schema version of an existing catalogue file; raises if it is not one we can open."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        not_sqlite = QT_TRANSLATE_NOOP(
            "Validation",
            "{path} is not an SQLite file, so it is not a LEAPS catalogue. Move it aside or choose "
            "another data dir.",
        )
        raise NotACatalogueError(message(not_sqlite, path=path), hint="`--data-dir DIR` chooses another.")
    if not header:
        return 0
    try:
        conn = _read_only(path)
        try:
            version: int = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise NotACatalogueError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{path} is damaged or not SQLite ({reason})."),
                path=path,
                reason=error,
            )
        ) from error
    if version > LATEST_VERSION:
        newer = QT_TRANSLATE_NOOP(
            "Validation",
            "{path} was written by a newer version of LEAPS Catalogue (schema {version}; this app knows "
            "up to {latest}). Install the newer app to open it; the file has not been changed.",
        )
        raise NewerCatalogueError(message(newer, path=path, version=version, latest=LATEST_VERSION))
    if (version == 0 and tables) or (version > 0 and "cases" not in tables):
        raise NotACatalogueError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{path} is an SQLite file but not a LEAPS catalogue."),
                path=path,
            )
        )
    return version


def connect(path: Path) -> sqlite_utils.Database:
    """Open a catalogue file with the settings every connection needs."""
    db = sqlite_utils.Database(sqlite3.connect(path, timeout=10))
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def open_catalogue(path: Path, backup_dir: Path) -> sqlite_utils.Database:
    """Open (creating or migrating) the catalogue; an older one is backed up first."""
    version = inspect_catalogue(path) if path.exists() else 0
    try:
        db = connect(path)
    except sqlite3.OperationalError as error:
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP(
                    "Validation", "Cannot open {path}: {reason}. Check the data dir is writable."
                ),
                path=path,
                reason=error,
            )
        ) from error
    if 0 < version < LATEST_VERSION:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup(db, backup_dir / f"catalogue-v{version}-{stamp}.db")
    migrate(db)
    return db


def backup(db: sqlite_utils.Database, out: Path) -> Path:
    """Copy the live catalogue to `out` with SQLite's online backup."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        raise CatalogueError(
            message(
                QT_TRANSLATE_NOOP(
                    "Validation", "{path} already exists; choose a new file name for the backup."
                ),
                path=out,
            )
        )
    try:
        with replacing(out) as temporary:
            target = sqlite3.connect(temporary)
            try:
                db.conn.backup(target)
                # One self-contained file, and checked: a disk that filled up shows here.
                target.execute("PRAGMA journal_mode=DELETE")
                if target.execute("PRAGMA quick_check").fetchone() != ("ok",):
                    raise CatalogueError(
                        message(
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "The backup {path} did not read back whole; nothing was written.",
                            ),
                            path=out,
                        )
                    )
            finally:
                target.close()
    except (OSError, sqlite3.Error) as error:
        unwritten = QT_TRANSLATE_NOOP(
            "Validation",
            "The backup {path} could not be written ({reason}); if the disk is full, free some space.",
        )
        raise CatalogueError(message(unwritten, path=out, reason=error)) from None
    return out


def restore(db: sqlite_utils.Database, source: Path, backup_dir: Path) -> Path:
    """Replace the live catalogue with `source`, after checking it and backing up the current one."""
    if not source.is_file():
        raise CatalogueError(
            message(QT_TRANSLATE_NOOP("Validation", "{path} does not exist or is not a file."), path=source)
        )
    version = inspect_catalogue(source)
    if version == 0:
        raise NotACatalogueError(
            message(
                QT_TRANSLATE_NOOP("Validation", "{path} is an empty file, not a LEAPS catalogue."),
                path=source,
            )
        )
    incoming = _read_only(source)
    try:
        problems = incoming.execute("PRAGMA integrity_check").fetchall()
        if problems != [("ok",)]:
            raise NotACatalogueError(
                message(
                    QT_TRANSLATE_NOOP("Validation", "{path} is damaged: {reason}. Nothing was restored."),
                    path=source,
                    reason=problems[0][0],
                )
            )
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        saved = backup(db, backup_dir / f"catalogue-before-restore-{stamp}.db")
        incoming.backup(db.conn)
    finally:
        incoming.close()
    migrate(db)
    return saved


def integrity_problems(db: sqlite_utils.Database) -> list[str]:
    """What SQLite's integrity and foreign key checks find wrong, one line each; empty if nothing."""
    problems = [
        f"SQLite: {row[0]}" for row in db.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"
    ]
    problems += [
        f"SQLite foreign key: {row[0]} row {row[1]} points at a missing {row[2]}"
        for row in db.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return problems


def row_counts(db: sqlite_utils.Database, tables: tuple[str, ...]) -> dict[str, int]:
    """How many rows each of the tables holds."""
    return {table: db.table(table).count for table in tables}


def sqlite_version(db: sqlite_utils.Database) -> str:
    """The version of the SQLite library the catalogue is opened with."""
    return str(db.execute("select sqlite_version()").fetchone()[0])
