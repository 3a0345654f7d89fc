"""Documents: one format-neutral model written out as DOCX, ODT, PDF, HTML or Markdown.

The names below load on first use, so what only lists the formats (the command line's parser,
through desktop.documents.formats) loads no Qt and no writer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.documents.export import DocumentExportError, export_document, format_name
    from desktop.documents.fonts import missing_scripts, script_label
    from desktop.documents.formats import FORMATS
    from desktop.documents.pdf_writer import print_document

_HOMES = {
    "FORMATS": "desktop.documents.formats",
    "DocumentExportError": "desktop.documents.export",
    "export_document": "desktop.documents.export",
    "format_name": "desktop.documents.export",
    "missing_scripts": "desktop.documents.fonts",
    "script_label": "desktop.documents.fonts",
    "print_document": "desktop.documents.pdf_writer",
}

__all__ = [
    "FORMATS",
    "DocumentExportError",
    "export_document",
    "format_name",
    "missing_scripts",
    "print_document",
    "script_label",
]


def __getattr__(name: str) -> Any:
    """Load a name of the package from its module when first asked for."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")  # internal: Python's protocol
    return getattr(importlib.import_module(_HOMES[name]), name)
