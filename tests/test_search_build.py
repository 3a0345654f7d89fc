"""Bulk index builds: the fast writer gives the same index as Whoosh's own, searchable in every script."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from whoosh import index
from whoosh.fields import Schema
from whoosh.formats import Frequency, Positions
from whoosh.writing import SegmentWriter

import desktop.catalogue.service as catalogue_module
from desktop.catalogue.service import REBUILD_MIN_CASES, Catalogue, index_doc
from desktop.search import SearchRequest
from desktop.search.analysis import MixedScriptFrequency, MixedScriptPositions
from desktop.search.engine import FACET_CACHE, _fields, _schema
from desktop.search.writer import PooledWriter
from desktop.store import cases as case_store
from tests.conftest import make_case

# A pool this small spills to run files every few cases, as a large import does.
SPILLING_MB = 0.05


def stock_schema() -> Schema:
    """The catalogue's schema with Whoosh's own formats, which read the analyzer's token stream."""
    schema = copy.deepcopy(_schema())
    for name in schema.names():
        field = schema[name]
        if isinstance(field.format, MixedScriptPositions):
            field.format = Positions(field_boost=field.format.field_boost)
        elif isinstance(field.format, MixedScriptFrequency):
            field.format = Frequency(field_boost=field.format.field_boost)
    return schema


def written_index(folder: Path, schema: Schema, catalogue: Catalogue, writer_class: type) -> dict:
    """Index every case of the catalogue with the given writer, a third at a time (the last commit
    merges the segments before it into the new one); what the index holds."""
    folder.mkdir()
    ix = index.create_in(str(folder), schema)
    options = {"limitmb": SPILLING_MB} if writer_class is PooledWriter else {}
    stamps = case_store.case_stamps(catalogue.db)
    cases = list(case_store.iter_cases(catalogue.db))
    third = len(cases) // 3 + 1
    for start in range(0, len(cases), third):
        writer = writer_class(ix, compound=False, **options)
        for case in cases[start : start + third]:
            writer.add_document(**_fields(index_doc(case, stamps[case.id])))
        writer.commit(optimize=start + third >= len(cases))
    with ix.reader() as reader:
        return {
            "postings": list(reader.iter_postings()),
            "stored": list(reader.all_stored_fields()),
            "lengths": {name: reader.field_length(name) for name in reader.indexed_field_names()},
            "segments": reader.leaf_readers(),
        }


def mixed_script_cases(catalogue: Catalogue) -> None:
    """Cases whose text repeats words, mixes scripts and holds stop words and accents."""
    catalogue.save(
        make_case(
            title="서울 올빼미버스 night buses",
            summary="The the night bus runs; 서울시 심야버스 서울 서울.",
            body="Bus bus BUS Hà Nội Đà Nẵng café 杭州公共自行车 กรุงเทพมหานคร 1,200 riders.",
        )
    )
    catalogue.save(make_case(title="A", summary="of", body="杭"))


def test_the_fast_writer_writes_exactly_the_index_whoosh_would(catalogue: Catalogue, tmp_path: Path) -> None:
    mixed_script_cases(catalogue)
    ours = written_index(tmp_path / "ours", _schema(), catalogue, PooledWriter)
    stock = written_index(tmp_path / "stock", stock_schema(), catalogue, SegmentWriter)
    assert len(ours["segments"]) == 1, "the commits merged the earlier segments"
    assert ours["postings"] == stock["postings"]
    assert ours["stored"] == stock["stored"]
    assert ours["lengths"] == stock["lengths"]


def test_a_spilling_rebuild_leaves_no_run_files(catalogue: Catalogue, tmp_path: Path) -> None:
    folder = tmp_path / "ours"
    written_index(folder, _schema(), catalogue, PooledWriter)
    leftovers = [p.name for p in folder.rglob("*") if p.suffix == ".run" or p.name.endswith(".tmp")]
    assert leftovers == []


def test_after_a_full_rebuild_every_kind_of_search_still_works(catalogue: Catalogue) -> None:
    assert catalogue.reindex()
    assert catalogue.index.doc_count() == catalogue.count()
    assert "Owl Bus" in catalogue.search(SearchRequest(text="올빼미버스")).cards[0].title
    assert {c.city for c in catalogue.search(SearchRequest(text="杭州")).cards} == {"Hangzhou"}
    assert {c.city for c in catalogue.search(SearchRequest(text="กรุงเทพ")).cards} == {"Bangkok"}
    assert catalogue.search(SearchRequest(text='"participatory budgeting"')).total > 0
    assert "<mark>" in catalogue.search(SearchRequest(text="night bus")).cards[0].snippet
    assert catalogue.search(SearchRequest(text="nigth")).suggestion == "night"
    owl = catalogue.search(SearchRequest(text="night bus")).cards[0]
    assert catalogue.more_like(owl.id)
    assert catalogue.check() == []


def test_a_cancelled_rebuild_leaves_the_old_index_searchable(catalogue: Catalogue) -> None:
    before = catalogue.search(SearchRequest(text="night bus")).total
    asked: list[bool] = []

    def cancel_halfway() -> bool:
        asked.append(True)
        return len(asked) > catalogue.count() // 2

    finished = catalogue.reindex(cancelled=cancel_halfway)
    assert not finished
    assert catalogue.search(SearchRequest(text="night bus")).total == before
    assert catalogue.index.doc_count() == catalogue.count()
    assert not catalogue.index.folder.with_name("index.new").exists()
    assert catalogue.check() == []


def rewrite_every_case(catalogue: Catalogue) -> list[str]:
    """Change the text of every case in one transaction, as a full bundle import does; their ids."""
    ids = sorted(case_store.case_stamps(catalogue.db))
    with catalogue.db.atomic():
        for case_id in ids:
            case = catalogue.get(case_id)
            case.summary = f"Zeppelin ferries replaced the old service. {case.summary}"
            case.body = "Rewritten for the test: 우주정거장 飞艇"
            case_store.save_case(catalogue.writer, case)
    return ids


def folder_size(folder: Path) -> int:
    """Bytes of the files in a folder."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_updating_many_cases_at_once_replaces_their_text(catalogue: Catalogue) -> None:
    ids = rewrite_every_case(catalogue)
    catalogue.reindex_cases(ids)
    assert catalogue.search(SearchRequest(text="zeppelin ferries", limit=100)).total == len(ids)
    assert catalogue.search(SearchRequest(text="우주정거장", limit=100)).total == len(ids)
    assert catalogue.search(SearchRequest(text="飞艇", limit=100)).total == len(ids)
    assert catalogue.index.doc_count() == len(ids)
    assert catalogue.check() == []


def test_a_change_to_most_cases_leaves_no_replaced_copies_in_the_index(catalogue: Catalogue) -> None:
    with catalogue.db.atomic():
        for n in range(REBUILD_MIN_CASES):
            case_store.save_case(catalogue.writer, make_case(title=f"Generated practice {n}"))
    assert catalogue.reindex()
    before = folder_size(catalogue.index.folder)
    ids = rewrite_every_case(catalogue)
    catalogue.reindex_cases(ids)
    assert catalogue.search(SearchRequest(text="zeppelin ferries", limit=200)).total == len(ids)
    assert catalogue.search(SearchRequest(text="Generated practice", limit=200)).total == REBUILD_MIN_CASES
    assert folder_size(catalogue.index.folder) < 1.3 * before, "replaced cases are not kept beside new ones"
    assert catalogue.check() == []


def test_a_large_rebuild_shared_with_a_second_process_finds_every_case(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalogue_module, "PARALLEL_MIN_CASES", 10)
    mixed_script_cases(catalogue)
    assert catalogue.reindex()
    reader = catalogue.index._live_searcher().reader()
    assert len(reader.leaf_readers()) == 2, "each process wrote a segment"
    assert catalogue.index.doc_count() == catalogue.count()
    assert catalogue.check() == []
    for case in catalogue.all_cases():
        if not (words := re.findall(r"[^\W_]{3,}", case.title)):
            continue  # "A": a stop word alone
        word = words[0]
        found = catalogue.search(SearchRequest(text=f"title:{word}", limit=100)).cards
        assert case.id in {c.id for c in found}, case.title
    assert any("Owl Bus" in c.title for c in catalogue.search(SearchRequest(text="올빼미버스")).cards)
    assert not [p for p in catalogue.index.folder.iterdir() if p.name.endswith(".tmp")]


def test_a_rebuilt_index_has_its_facet_table_written_before_the_first_search(catalogue: Catalogue) -> None:
    """The first search after a rebuild reads the facets from the file, not every document again."""
    catalogue.reindex()
    folder = catalogue.index.folder
    written = json.loads((folder / FACET_CACHE).read_text(encoding="utf-8"))
    assert written["generation"] == index.open_dir(str(folder)).latest_generation()
    assert written["table"]
