"""Export a document to a file in one of five formats, written whole or not at all."""

from __future__ import annotations

import importlib
from pathlib import Path

from desktop.documents.labels import tr
from desktop.documents.model import Document, cleaned
from desktop.store.files import Check, FolderNotWritableError, is_whole_pdf, is_whole_zip, replacing
from desktop.text.language import document_language

FORMATS = ("docx", "odt", "pdf", "html", "md")
# Writers load only when used: python-docx and odfpy cost start-up time the window does not need.
_WRITERS = {
    "docx": ("desktop.documents.docx_writer", "write_docx"),
    "odt": ("desktop.documents.odt_writer", "write_odt"),
    "pdf": ("desktop.documents.pdf_writer", "write_pdf"),
    "html": ("desktop.documents.html_writer", "write_html"),
    "md": ("desktop.documents.markdown_writer", "write_markdown"),
}
# How a finished file is checked before it replaces the earlier one (any format must not be empty).
_WHOLE: dict[str, Check] = {"docx": is_whole_zip, "odt": is_whole_zip, "pdf": is_whole_pdf}


class DocumentExportError(Exception):
    """A document that cannot be written, with a message saying why and what to do."""


def format_name(fmt: str) -> str:
    """A format as people read it, for file dialogs and menus."""
    names = {
        "docx": tr("Word document (*.docx)"),
        "odt": tr("OpenDocument text (*.odt)"),
        "pdf": tr("PDF (*.pdf)"),
        "html": tr("Web page (*.html)"),
        "md": tr("Markdown (*.md)"),
    }
    return names.get(fmt, fmt)


def _checked_target(fmt: str, path: Path) -> Path:
    """The target path, once the format is known and the folder exists; DocumentExportError otherwise."""
    if fmt not in FORMATS:
        raise DocumentExportError(
            tr("'{format}' is not a document format this app writes. Choose one of: {formats}.").format(
                format=fmt, formats=", ".join(FORMATS)
            )
        )
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        raise DocumentExportError(
            tr("{path} is a folder. Choose a file name for the document.").format(path=target)
        )
    if not target.parent.is_dir():
        raise DocumentExportError(
            tr("The folder {folder} does not exist. Choose an existing folder.").format(folder=target.parent)
        )
    return target


def export_document(document: Document, fmt: str, path: Path | str) -> Path:
    """Write the document as `fmt` (one of FORMATS) to `path`; a file already there is replaced on success."""
    fmt = fmt.lower().lstrip(".")
    target = _checked_target(fmt, Path(path))
    module, function = _WRITERS[fmt]
    try:
        # The words the exporter adds itself (page numbers) follow the document's language.
        with replacing(target, _WHOLE.get(fmt)) as partial, document_language(document.language):
            getattr(importlib.import_module(module), function)(cleaned(document), partial)
    except FolderNotWritableError as error:
        raise DocumentExportError(
            tr("Cannot write in {folder} ({reason}). Choose a folder you can write to.").format(
                folder=target.parent, reason=error.strerror or error
            )
        ) from error
    except OSError as error:
        raise DocumentExportError(
            tr(
                "{name} could not be written ({reason}). If it is open in another program, "
                "close it there; if the disk is full, free some space; then export again."
            ).format(name=target.name, reason=error.strerror or error)
        ) from error
    return target
