"""The app's own PDF laid out as a printed document should be: rows kept whole on a page."""

from __future__ import annotations

from pathlib import Path

from desktop.documents import export_document
from desktop.documents.model import Document, Heading, Table
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
