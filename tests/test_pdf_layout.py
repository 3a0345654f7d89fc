"""The app's own PDF laid out as a printed document: rows kept whole, every script on one line pitch."""

from __future__ import annotations

import itertools
import statistics
from pathlib import Path

import pypdf

from desktop.documents import export_document
from desktop.documents.model import Document, Heading, Paragraph, Table
from tests.document_reader import page_texts, unspaced


def test_a_table_row_is_never_split_across_two_pages(tmp_path: Path) -> None:
    rows = [
        [f"Risk {n}", f"Mitigation {n}: first line\nsecond line of {n}\nthird line of {n}\nlast line of {n}"]
        for n in range(60)
    ]
    document = Document("Rows", blocks=[Heading(1, "Risks"), Table(["Risk", "Mitigation"], rows)])
    pages = [unspaced(text) for text in page_texts(export_document(document, "pdf", tmp_path / "rows.pdf"))]
    assert len(pages) > 3
    split = [row[0] for row in rows if not any(unspaced(row[0] + row[1]) in page for page in pages)]
    assert split == []


def _baselines(pdf: Path, page: int) -> list[tuple[float, float, str]]:
    """Each run of text on a page: where its baseline starts (x, and y from the page's foot), its text."""
    runs = []

    def keep(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, text.strip()))

    pypdf.PdfReader(str(pdf)).pages[page].extract_text(visitor_text=keep)
    return runs


def _pitch(runs: list[tuple[float, float, str]], words: str) -> float:
    """The distance between consecutive lines holding these words' runs."""
    lines = sorted({round(y, 2) for _x, y, text in runs if text.split()[0] in words.split()}, reverse=True)
    return statistics.median(above - below for above, below in itertools.pairwise(lines))


def test_korean_and_thai_lines_are_spaced_and_sit_as_latin_lines_do(tmp_path: Path) -> None:
    # Each line was as tall as its tallest font: lines with Korean stood wider apart than Latin
    # lines, and Korean, Chinese or Thai in a table cell sat about 1 pt lower than Latin in the
    # next cell of the row.
    latin = "The night bus network follows where people are after midnight in the city. " * 6
    korean = "서울시는 심야 통화 데이터를 분석해 올빼미버스 노선을 설계했고 귀가 시간이 줄었다. " * 6
    row = ["Latin", "한국어", "中文单元格", "ภาษาไทย"]
    blocks = [Paragraph(latin), Paragraph(korean), Table(["A", "B", "C", "D"], [row])]
    pdf = export_document(Document("Lines", blocks=blocks), "pdf", tmp_path / "lines.pdf")
    runs = _baselines(pdf, 1)
    assert abs(_pitch(runs, korean) - _pitch(runs, latin)) <= 0.5
    cells = {text: y for _x, y, text in runs if text in row}
    assert set(cells) == set(row)
    assert max(cells.values()) - min(cells.values()) <= 0.5, cells
