"""Shipped library presets: a sheet in each library's published export layout imports with its
preset, keeping the library's licence and attribution and every document's address."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.catalogue.service import Catalogue
from desktop.cli import main
from desktop.sheets.presets import presets
from tests.test_sheet_imports import write_csv

# The columns of Climate Policy Radar's document data download, in the order its backend writes
# them (climatepolicyradar/navigator-backend, app/core/download.py).
CPR_COLUMNS = [
    "Document ID",
    "Document Title",
    "Family ID",
    "Family Title",
    "Family Summary",
    "Collection Title(s)",
    "Collection Description(s)",
    "Document Role",
    "Document Variant",
    "Document Content URL",
    "Document Type",
    "Category",
    "Framework",
    "Language",
    "Source",
    "Geography ISO",
    "Geography",
    "Topic/Response",
    "Hazard",
    "Sector",
    "Keyword",
    "Instrument",
    "Author",
    "Author Type",
    "First event in timeline",
    "Last event in timeline",
    "Full timeline of events (types)",
    "Full timeline of events (dates)",
    "Date Added to System",
    "Last Modified on System",
    "Internal Document ID",
    "Internal Family ID",
    "Internal Collection ID(s)",
]
CPR_ROWS = [
    {
        "Document ID": "jakarta-flood-early-warning-regulation_1a2b",
        "Document Title": "Regulation on flood early warning",
        "Family ID": "jakarta-flood-early-warning-regulation_9f8e",
        "Family Title": "Regulation on Flood Early Warning for Coastal Districts",
        "Family Summary": "Sets up a district warning network and evacuation drills.",
        "Document Role": "Main",
        "Document Content URL": "https://example.org/laws/flood-early-warning.pdf",
        "Category": "Executive",
        "Language": "Indonesian",
        "Source": "CCLW",
        "Geography ISO": "IDN",
        "Geography": "Indonesia",
        "Topic/Response": "Adaptation;Disaster Risk Management",
        "Sector": "Water",
        "First event in timeline": "2019-03-14",
        "Last event in timeline": "2021-06-01",
        "Internal Document ID": "CCLW.executive.1234.5678",
        "Internal Family ID": "CCLW.family.1234.0",
    },
    {
        "Document ID": "urban-mobility-policy_3c4d",
        "Document Title": "National urban mobility policy",
        "Family ID": "urban-mobility-policy_7a6b",
        "Family Title": "National Urban Mobility Policy",
        "Family Summary": "Municipalities over 20,000 people must adopt a mobility plan.",
        "Document Content URL": "https://example.org/laws/urban-mobility.pdf",
        "Category": "Legislative",
        "Geography ISO": "BRA",
        "Geography": "Brazil",
        "First event in timeline": "2012-01-03",
    },
]


def test_a_climate_policy_radar_download_imports_with_its_preset_keeping_licence_and_sources(
    data_dir: Path, tmp_path: Path, capsys: Any
) -> None:
    rows = [CPR_COLUMNS, *([row.get(column, "") for column in CPR_COLUMNS] for row in CPR_ROWS)]
    sheet = write_csv(tmp_path / "Document_Data_Download-2026-11-01.csv", rows)
    command = [
        "--data-dir",
        str(data_dir),
        "import-sheet",
        str(sheet),
        "--preset",
        "climate-policy-radar-documents",
    ]
    assert main(command) == 0
    assert main(command) == 0
    assert "created 0, updated 0, unchanged 2" in capsys.readouterr().out.splitlines()[-2]
    catalogue = Catalogue.open(data_dir)
    try:
        [case] = [c for c in catalogue.all_cases() if c.title.startswith("Regulation on Flood Early")]
        assert (case.origin, case.external_id, case.country, case.year_started) == (
            "Climate Policy Radar",
            "jakarta-flood-early-warning-regulation_1a2b",
            "ID",
            2019,
        )
        assert case.summary == "Sets up a district warning network and evacuation drills."
        assert case.sources[0].url == "https://example.org/laws/flood-early-warning.pdf"
        assert case.licence == "CC BY 4.0" and "Climate Policy Radar" in case.attribution
        assert "Grantham Research Institute" in case.attribution
        assert case.themes == [] and case.body == "", "columns the preset does not map stay out"
        [other] = [c for c in catalogue.all_cases() if c.title == "National Urban Mobility Policy"]
        assert (other.country, other.year_started) == ("BR", 2012)
    finally:
        catalogue.close()


def test_every_shipped_preset_names_where_its_layout_and_terms_come_from() -> None:
    import json

    from desktop.resources import resource_path
    from desktop.sheets.presets import PRESETS_FOLDER

    assert {"participedia-cases", "climate-policy-radar-documents"} <= set(presets())
    for path in resource_path(PRESETS_FOLDER).glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["layout_source"] and data["licence"] and data["attribution"], path.name
