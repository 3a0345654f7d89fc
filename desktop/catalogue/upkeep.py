"""Looking after a catalogue: its health check, a clock run ahead, and what `leaps info` shows."""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.store import cases as case_store
from desktop.store import database
from desktop.store.migrations import LATEST_VERSION
from desktop.store.replica import iso_time

if TYPE_CHECKING:
    from desktop.catalogue.service import Catalogue

LIBRARIES = ("PySide6-Essentials", "sqlite-utils", "whoosh-reloaded", "markdown", "nh3", "platformdirs")


def package_version(name: str) -> str:
    """The installed version of a library, or "unknown"."""
    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


def check(catalogue: Catalogue) -> list[str]:
    """Problems found by SQLite's integrity check and by comparing the index with the catalogue."""
    problems = database.integrity_problems(catalogue.db)
    clock = clock_problem(catalogue)
    if clock:
        problems.append(clock)
    index = catalogue.index
    if index.needs_rebuild:
        problems.append("Search index: missing or damaged; run `leaps reindex`.")
        return problems
    truth = case_store.case_stamps(catalogue.db)
    indexed = index.stamps()
    missing = [i for i in truth if i not in indexed]
    stale = [i for i in truth if i in indexed and indexed[i] != truth[i]]
    extra = [i for i in indexed if i not in truth]
    for label, ids in (("not indexed", missing), ("out of date", stale), ("deleted", extra)):
        if ids:
            problems.append(f"Search index: {len(ids)} case(s) {label} (e.g. {ids[0]}); run `leaps reindex`.")
    return problems


def clock_problem(catalogue: Catalogue) -> str | None:
    """What holds stamps further ahead of this computer's clock than the drift allows, if any."""
    found = catalogue.future_stamps()
    if not found:
        return None
    parts = []
    if found.records:
        devices = ", ".join(sorted(found.devices))
        parts.append(
            f"{len(found.records)} record(s) hold edits stamped up to {iso_time(found.newest)} (by {devices})"
        )
    if found.own_clock:
        parts.append(f"this device's clock stands at {iso_time(catalogue.writer.clock.last.encode())}")
    return (
        f"Clock: {' and '.join(parts)}, more than a day ahead of this computer's clock; "
        "run `leaps repair-clock`."
    )


def info(catalogue: Catalogue) -> dict[str, Any]:
    """Where the catalogue is, what it holds, and the versions in use."""
    db, data_dir = catalogue.db, catalogue.data_dir
    return {
        "data_dir": str(data_dir),
        "catalogue": str(data_dir / "catalogue.db"),
        "device_id": catalogue.writer.device_id,
        "schema_version": LATEST_VERSION,
        "counts": database.row_counts(db, ("cases", "components", "sources", "attachments", "tombstones")),
        "indexed": catalogue.index.doc_count(),
        "versions": {
            "leaps-catalogue": __version__,
            "python": platform.python_version(),
            "sqlite": database.sqlite_version(db),
            **{name: package_version(name) for name in LIBRARIES},
        },
    }
