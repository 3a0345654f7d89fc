"""Unsaved case edits kept on disk, one file per case being edited, so a power cut loses nothing."""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.store.files import write_atomically

log = logging.getLogger(__name__)

DRAFTS_FOLDER = "drafts"


@dataclass
class Draft:
    """What an editor held when it last saved a draft: the raw form values of one case."""

    case_id: str
    is_new: bool
    saved_at: str
    values: dict[str, Any]

    @property
    def title(self) -> str:
        """The title typed so far, or nothing."""
        title = self.values.get("title")
        return title if isinstance(title, str) else ""


def drafts_folder(data_dir: Path) -> Path:
    """The folder drafts are kept in."""
    return data_dir / DRAFTS_FOLDER


def _path(data_dir: Path, case_id: str) -> Path:
    # The id names the file: check it is a UUID so no value can point outside the folder.
    return drafts_folder(data_dir) / f"{uuid.UUID(case_id)}.json"


def save_draft(data_dir: Path, case_id: str, values: dict[str, Any], *, is_new: bool) -> Path:
    """Write a case's draft atomically: the old draft stays whole until the new one is on disk."""
    path = _path(data_dir, case_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "case_id": str(uuid.UUID(case_id)),
        "is_new": is_new,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "values": values,
    }
    return write_atomically(path, json.dumps(record, ensure_ascii=False).encode("utf-8"))


def load_draft(path: Path) -> Draft | None:
    """One draft file, or None (logged) if it is damaged."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        return Draft(
            case_id=str(uuid.UUID(record["case_id"])),
            is_new=bool(record["is_new"]),
            saved_at=str(record["saved_at"]),
            values=dict(record["values"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("draft %s cannot be read: %s", path, error)
        return None


def pending_drafts(data_dir: Path) -> list[Draft]:
    """Drafts left by editors that were never saved or discarded, newest first."""
    folder = drafts_folder(data_dir)
    if not folder.is_dir():
        return []
    drafts = [d for d in (load_draft(p) for p in sorted(folder.glob("*.json"))) if d is not None]
    return sorted(drafts, key=lambda d: d.saved_at, reverse=True)


def discard_draft(data_dir: Path, case_id: str) -> None:
    """Remove a case's draft, if there is one."""
    _path(data_dir, case_id).unlink(missing_ok=True)
