"""Unsaved plan edits kept on disk while the form does not validate, so nothing typed is lost."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.catalogue.drafts import discard_draft, drafts_folder, load_draft, save_draft

# Plan drafts live under their own folder so the case editor never mistakes one for a case draft.
PLANS_FOLDER = "plans"


def _base(data_dir: Path) -> Path:
    return data_dir / PLANS_FOLDER


def _plan_id(name: str) -> str | None:
    # Draft files are named by the canonical form of the id; a plan may be stored under another form.
    try:
        return str(uuid.UUID(name))
    except ValueError:
        return None


def plan_draft_path(data_dir: Path, plan_id: str) -> Path:
    """Where a plan's draft is kept."""
    return drafts_folder(_base(data_dir)) / f"{uuid.UUID(plan_id)}.json"


def save_plan_draft(data_dir: Path, plan_id: str, values: dict[str, Any]) -> Path:
    """Write the plan form's values atomically; the previous draft stays whole until then."""
    return save_draft(_base(data_dir), plan_id, values, is_new=False)


def load_plan_draft(data_dir: Path, plan_id: str) -> tuple[str, dict[str, Any]] | None:
    """The draft of a plan as (saved at, values), or None if there is none or it is damaged."""
    path = plan_draft_path(data_dir, plan_id)
    draft = load_draft(path) if path.is_file() else None
    return (draft.saved_at, draft.values) if draft else None


def discard_plan_draft(data_dir: Path, plan_id: str) -> None:
    """Remove a plan's draft once the plan itself is saved or deleted."""
    if _plan_id(plan_id):  # an id that is not a UUID never had a draft
        discard_draft(_base(data_dir), plan_id)


def drafted_plan_ids(data_dir: Path) -> list[str]:
    """The ids of the plans that have a draft."""
    ids = (_plan_id(path.stem) for path in drafts_folder(_base(data_dir)).glob("*.json"))
    return sorted(plan_id for plan_id in ids if plan_id)


def discard_drafts_of_missing_plans(data_dir: Path, live_plan_ids: Iterable[str]) -> list[str]:
    """Discard the drafts of plans that no longer exist (deleted by a sync, or before a crash); their ids."""
    live = {_plan_id(plan_id) for plan_id in live_plan_ids}
    gone = [plan_id for plan_id in drafted_plan_ids(data_dir) if plan_id not in live]
    for plan_id in gone:
        discard_plan_draft(data_dir, plan_id)
    return gone
