"""Documents: one format-neutral model written out as DOCX, ODT, PDF, HTML or Markdown."""

from desktop.documents.export import FORMATS, DocumentExportError, export_document, format_name
from desktop.documents.fonts import missing_scripts, script_label
from desktop.documents.pdf_writer import print_document

__all__ = [
    "FORMATS",
    "DocumentExportError",
    "export_document",
    "format_name",
    "missing_scripts",
    "print_document",
    "script_label",
]
