"""Unsaved plan edits kept on disk while the form does not validate, so nothing typed is lost."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from desktop.drafts import discard_draft, drafts_folder, load_draft, save_draft

# Plan drafts live under their own folder so the case editor never mistakes one for a case draft.
PLANS_FOLDER = "plans"


def _base(data_dir: Path) -> Path:
    return data_dir / PLANS_FOLDER


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
    """Remove a plan's draft once the plan itself is saved."""
    discard_draft(_base(data_dir), plan_id)
