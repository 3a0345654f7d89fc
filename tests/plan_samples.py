"""A plan filled as a planning team fills one, in four scripts, and every string entered in it."""

from __future__ import annotations

from typing import Any

from desktop.catalogue.service import Catalogue
from desktop.plans.service import Planning

KOREAN = "서울 올빼미버스 노선을 마카사르 야간 교통에 맞게 조정"
CHINESE = "杭州城市大脑交通信号"
THAI = "กรุงเทพมหานครรถเมล์กลางคืนผู้โดยสารน้ำท่วม"
TRACKED_URL = "https://data.makassar.go.id/night_bus/trips?utm_source=plan_export&utm_medium=pdf_file"
PRECONDITION_NOTE = "Dishub_data has no night counts before 2025"
READING_VALUE = "512"
ADAPTATION = "Route_N2 moved to Jalan Perintis after flooding"
ADAPTATION_REASON = "Flooded underpass on the old_route"


def _fit(number: int) -> dict[str, Any]:
    """A fit-check entry; core components have a precondition the city does not meet."""
    core = number < 3
    names = ("night routing", "call data", "fares", "branding", "stops")
    return {
        "component": f"Component {number} {names[number]}",
        "role": "core" if core else "adaptable",
        "mechanism": f"Mechanism {number}: demand drawn from trips {CHINESE if number == 1 else ''}".strip(),
        "preconditions": [
            {
                "kind": ("data", "law", "budget", "skills", "partners")[number],
                "text": f"Need {number}: {THAI if number == 2 else 'trip records'}",
                "status": "not met" if core else "met",
                "note": PRECONDITION_NOTE if number == 0 else f"Note on need {number}",
            }
        ],
        "decision": ("adapt", "keep", "replace", "adapt", "drop")[number],
        "adaptation": f"Adaptation {number}: use ride-hailing trips" if number != 1 else "",
        "rationale": f"Rationale {number}: {KOREAN if number == 0 else 'the data exists'}",
    }


def full_plan(catalogue: Catalogue, language: str = "en") -> tuple[Planning, str]:
    """Five components, eight stakeholders, four risks, five indicators, six milestones, two entries."""
    planning = Planning(catalogue)
    case = next(c for c in catalogue.all_cases() if "Owl Bus" in c.title)
    profile = planning.save_profile({"name": "Makassar", "country": "ID", "population": 1571814})
    plan = planning.start_plan(case.id, profile["id"], language)
    plan.update(
        title=f"Night buses for Makassar — {KOREAN}",
        state="under review",
        intent={"degree": "emulate", "why": f"Night workers walk home. {THAI} See {TRACKED_URL}"},
        fit=[_fit(n) for n in range(5)],
        hypothesis={"context": CHINESE, "mechanism": "Routes follow demand", "outcome": "Safer trips home"},
        stakeholders=[
            {"name": f"Stakeholder {n}", "role": f"Role {n}", "interest": "high", "influence": "low"}
            for n in range(8)
        ],
        engagement=f"Public meetings in each kecamatan; survey at {TRACKED_URL}",
        resources={"budget": "IDR 4 billion", "staff": "6", "data": "Trip data", "technology": "GTFS"},
        risks=[
            {"risk": f"Risk {n}", "likelihood": "medium", "impact": "high", "mitigation": f"Mitigation {n}"}
            for n in range(4)
        ],
        prototype={
            "scope": "Two routes",
            "place": "Panakkukang",
            "duration": "6 months",
            "routine_conditions": "Regular fares",
            "success_criteria": "800 riders a night",
        },
        indicators=[
            {
                "name": f"Indicator {n}",
                "unit": "per night",
                "baseline": "0",
                "target": "800",
                "source": "Fares",
            }
            for n in range(5)
        ],
        scaling={"paths": ["horizontal", "vertical"], "notes": "Other districts next"},
        milestones=[
            {"date": f"2027-0{n + 1}-14", "title": f"Milestone {n}", "done": n < 2} for n in range(6)
        ],
        signoff={
            "name": "Head of Transport",
            "role": "Dinas Perhubungan",
            "date": "2026-12-01",
            "decision": "Go",
        },
    )
    plan = planning.save_plan(plan)
    first = plan["indicators"][0]["id"]
    for date, stage in (("2027-02-01", "prototype"), ("2027-03-01", "prototype")):
        planning.add_progress(
            plan["id"],
            {
                "date": date,
                "stage": stage,
                "narrative": f"Entry of {date}",
                "readings": [{"indicator_id": first, "value": READING_VALUE}],
                "adaptations": [
                    {"what": ADAPTATION, "why": ADAPTATION_REASON, "who": "Dishub", "kind": "reactive"}
                ],
            },
        )
    return planning, plan["id"]


def entered_strings(planning: Planning, plan_id: str) -> list[str]:
    """Every free-text string a person typed into the plan, as typed (labels and codes aside)."""
    plan = planning.plan(plan_id)
    found = [plan["title"], plan["intent"]["why"], plan["engagement"], *plan["hypothesis"].values()]
    for entry in plan["fit"]:
        found += [entry["component"], entry["mechanism"], entry["adaptation"], entry["rationale"]]
        found += [text for p in entry["preconditions"] for text in (p["text"], p["note"])]
    found += [text for s in plan["stakeholders"] for text in (s["name"], s["role"])]
    found += [text for r in plan["risks"] for text in (r["risk"], r["mitigation"])]
    found += [*plan["resources"].values(), *plan["prototype"].values()]
    found += [text for i in plan["indicators"] for text in (i["name"], i["unit"], i["source"])]
    found += [m["title"] for m in plan["milestones"]] + [plan["scaling"]["notes"]]
    found += [plan["signoff"][key] for key in ("name", "role", "decision")]
    for entry in planning.progress(plan_id):
        found.append(entry["narrative"])
        found += [reading["value"] for reading in entry["readings"]]
        found += [
            text for change in entry["adaptations"] for text in (change["what"], change["why"], change["who"])
        ]
    return [text for text in found if text]
