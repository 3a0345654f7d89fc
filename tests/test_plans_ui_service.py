"""Service functions the plan window relies on: a stored plan as a document, plan drafts on disk."""

from __future__ import annotations

from pathlib import Path

from desktop.catalogue.service import Catalogue
from desktop.plans.document import stored_plan_document
from desktop.plans.drafts import discard_plan_draft, load_plan_draft, plan_draft_path, save_plan_draft
from desktop.plans.service import Planning
from tests.conftest import make_case


def test_a_stored_plan_becomes_a_document_naming_its_city_and_source(catalogue: Catalogue) -> None:
    case = make_case(title="Rainwater tanks for street markets")
    catalogue.save(case)
    planning = Planning(catalogue)
    profile = planning.save_profile({"name": "Kandy", "country": "LK"})
    plan = planning.start_plan(case.id, profile["id"])
    document = stored_plan_document(planning, plan["id"])
    assert document.title == plan["title"]
    assert "Kandy" in document.title


def test_a_plan_draft_is_written_whole_read_back_and_discarded(tmp_path: Path) -> None:
    plan_id = "0b5c8f7e-2f7c-4d69-9a55-7d7f1e0c1a11"
    assert load_plan_draft(tmp_path, plan_id) is None
    save_plan_draft(tmp_path, plan_id, {"title": "", "engagement": "Night panels"})
    saved_at, values = load_plan_draft(tmp_path, plan_id) or ("", {})
    assert values == {"title": "", "engagement": "Night panels"} and saved_at
    assert list(plan_draft_path(tmp_path, plan_id).parent.glob("*.tmp")) == []
    discard_plan_draft(tmp_path, plan_id)
    assert load_plan_draft(tmp_path, plan_id) is None


def test_a_damaged_plan_draft_is_ignored(tmp_path: Path) -> None:
    plan_id = "0b5c8f7e-2f7c-4d69-9a55-7d7f1e0c1a12"
    path = plan_draft_path(tmp_path, plan_id)
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert load_plan_draft(tmp_path, plan_id) is None
