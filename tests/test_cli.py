"""The `leaps` command end to end, as a subprocess on a private data dir."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store.migrations import LATEST_VERSION


def leaps(data_dir: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LEAPS_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env, timeout=120
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def owl_bus_id(data_dir: Path) -> str:
    found = json.loads(leaps(data_dir, "search", "올빼미버스", "--json").stdout)
    return found["results"][0]["id"]


def test_search_prints_ranked_results_as_json(data_dir: Path) -> None:
    found = json.loads(leaps(data_dir, "search", "night bus", "--json").stdout)
    assert found["total"] >= 1
    first = found["results"][0]
    assert "Owl Bus" in first["title"] and first["country"] == "KR" and first["year_started"] == 2013
    assert "KR" in found["facets"]["country"]


def test_search_text_output_and_filters(data_dir: Path) -> None:
    out = leaps(data_dir, "search", "bus", "--filter", "country=CN").stdout
    assert "China" in out and "South Korea" not in out
    bad = leaps(data_dir, "search", "bus", "--filter", "planet=mars", check=False)
    assert bad.returncode == 1 and "FACET=VALUE" in bad.stderr


def test_show_json_and_edit_round_trip(data_dir: Path, tmp_path: Path) -> None:
    case_id = owl_bus_id(data_dir)
    shown = json.loads(leaps(data_dir, "show", case_id, "--json").stdout)
    assert shown["id"] == case_id and len(shown["components"]) >= 3 and shown["sources"]
    path = tmp_path / "case.json"
    path.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    assert leaps(data_dir, "edit", case_id, str(path)).stdout.strip() == "unchanged"
    shown["title"] = "Owl Bus, edited"
    path.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    assert leaps(data_dir, "edit", case_id, str(path)).stdout.strip() == "updated"
    again = json.loads(leaps(data_dir, "show", case_id, "--json").stdout)
    assert again["title"] == "Owl Bus, edited"
    assert {k: v for k, v in again.items() if k not in {"title", "updated_at"}} == {
        k: v for k, v in shown.items() if k not in {"title", "updated_at"}
    }


def test_show_markdown_round_trips_through_edit(data_dir: Path, tmp_path: Path) -> None:
    case_id = owl_bus_id(data_dir)
    path = tmp_path / "case.md"
    path.write_text(leaps(data_dir, "show", case_id, "--markdown").stdout, encoding="utf-8")
    assert path.read_text(encoding="utf-8").startswith("---\n")
    assert leaps(data_dir, "edit", case_id, str(path)).stdout.strip() == "unchanged"


def test_add_then_delete(data_dir: Path, tmp_path: Path) -> None:
    source = json.loads(leaps(data_dir, "show", owl_bus_id(data_dir), "--json").stdout)
    for key in ("id", "updated_at"):
        source.pop(key)
    for part in source["components"] + source["sources"]:
        part.pop("id")
    source["title"] = "Night buses for Makassar"
    path = tmp_path / "new.json"
    path.write_text(json.dumps(source), encoding="utf-8")
    new_id = leaps(data_dir, "add", str(path)).stdout.strip()
    assert json.loads(leaps(data_dir, "show", new_id, "--json").stdout)["title"] == "Night buses for Makassar"
    assert "Makassar" in leaps(data_dir, "search", "night buses makassar").stdout
    leaps(data_dir, "delete", new_id)
    gone = leaps(data_dir, "show", new_id, check=False)
    assert gone.returncode == 1 and new_id in gone.stderr


def test_bad_inputs_give_one_clear_line_and_a_failing_status(data_dir: Path, tmp_path: Path) -> None:
    before = hashlib.sha256((data_dir / "catalogue.db").read_bytes()).hexdigest()
    unknown = leaps(data_dir, "show", "00000000-0000-4000-8000-000000000000", check=False)
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1 and "No case" in unknown.stderr
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\nbody\n", encoding="utf-8")
    bad_yaml = leaps(data_dir, "add", str(broken), check=False)
    assert bad_yaml.returncode == 1 and "broken.md" in bad_yaml.stderr and "YAML" in bad_yaml.stderr
    missing = tmp_path / "missing.json"
    # A draft may hold only a title; a reviewed case needs every field.
    missing.write_text(json.dumps({"title": "Only a title", "curation": "reviewed"}), encoding="utf-8")
    incomplete = leaps(data_dir, "add", str(missing), check=False)
    assert incomplete.returncode == 1 and "summary: is required" in incomplete.stderr
    assert "Traceback" not in bad_yaml.stderr + incomplete.stderr + unknown.stderr
    assert leaps(data_dir, "delete", "nope", check=False).returncode == 1
    after = hashlib.sha256((data_dir / "catalogue.db").read_bytes()).hexdigest()
    assert before == after


def test_a_catalogue_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    (tmp_path / "catalogue.db").write_text("not a database")
    result = leaps(tmp_path, "info", check=False)
    assert result.returncode == 1 and "not an SQLite file" in result.stderr
    assert (tmp_path / "catalogue.db").read_text() == "not a database"


def test_a_catalogue_from_a_newer_version_is_refused_untouched(data_dir: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(data_dir / "catalogue.db")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    before = (data_dir / "catalogue.db").read_bytes()
    result = leaps(data_dir, "search", "bus", check=False)
    assert result.returncode == 1 and "newer version" in result.stderr
    assert (data_dir / "catalogue.db").read_bytes() == before


def test_a_data_dir_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    result = leaps(blocker / "data", "info", check=False)
    assert result.returncode == 1 and "not writable" in result.stderr and "--data-dir" in result.stderr


def test_reindex_check_info(data_dir: Path) -> None:
    assert "index rebuilt" in leaps(data_dir, "reindex").stderr
    assert leaps(data_dir, "check").stdout.startswith("ok:")
    info = json.loads(leaps(data_dir, "info", "--json").stdout)
    assert info["counts"]["cases"] == info["indexed"] > 0
    assert info["schema_version"] == LATEST_VERSION


def test_export_json_holds_every_case(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    leaps(data_dir, "export-json", str(out))
    exported = json.loads(out.read_text(encoding="utf-8"))
    info = json.loads(leaps(data_dir, "info", "--json").stdout)
    assert len(exported["cases"]) == info["counts"]["cases"]


def test_backup_and_restore(data_dir: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.db"
    leaps(data_dir, "backup", str(saved))
    case_id = owl_bus_id(data_dir)
    leaps(data_dir, "delete", case_id)
    assert leaps(data_dir, "restore", str(saved)).returncode == 0
    assert json.loads(leaps(data_dir, "show", case_id, "--json").stdout)["id"] == case_id
    assert owl_bus_id(data_dir) == case_id, "the index follows the restored catalogue"
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    refused = leaps(data_dir, "restore", str(notes), check=False)
    assert refused.returncode == 1 and "not an SQLite file" in refused.stderr
    assert owl_bus_id(data_dir) == case_id


@pytest.mark.parametrize("args", [["--help"], ["search", "--help"], ["--version"]])
def test_help_and_version(args: list[str], tmp_path: Path) -> None:
    assert leaps(tmp_path, *args).stdout


def test_a_case_exports_as_a_document(data_dir: Path, tmp_path: Path) -> None:
    case_id = owl_bus_id(data_dir)
    out = tmp_path / "owl.md"
    printed = leaps(data_dir, "export-case", case_id, "--format", "md", "-o", str(out)).stdout
    assert printed.strip() == str(out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Owl Bus") and "올빼미버스" in text and "Night demand mapping" in text
    nowhere = str(tmp_path / "no" / "x.md")
    refused = leaps(data_dir, "export-case", case_id, "--format", "md", "-o", nowhere, check=False)
    assert refused.returncode == 1 and "does not exist" in refused.stderr
