"""Export a document to a file in one of five formats, written whole or not at all."""

from __future__ import annotations

import importlib
from pathlib import Path

from desktop.documents.formats import FORMATS, WRITERS
from desktop.documents.labels import tr
from desktop.documents.model import Document, cleaned
from desktop.errors import QT_TRANSLATE_NOOP, LeapsError, message
from desktop.store.files import Check, FolderNotWritableError, is_whole_pdf, is_whole_zip, replacing
from desktop.text.language import document_language

# How a finished file is checked before it replaces the earlier one (any format must not be empty).
_WHOLE: dict[str, Check] = {"docx": is_whole_zip, "odt": is_whole_zip, "pdf": is_whole_pdf}


class DocumentExportError(LeapsError):
    """A document that cannot be written, with a message saying why and what to do."""

    code = "document-not-written"


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
        unknown = QT_TRANSLATE_NOOP(
            "Validation", "'{format}' is not a document format this app writes. Choose one of: {formats}."
        )
        raise DocumentExportError(message(unknown, format=fmt, formats=", ".join(FORMATS)))
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        folder = QT_TRANSLATE_NOOP("Validation", "{path} is a folder. Choose a file name for the document.")
        raise DocumentExportError(message(folder, path=target))
    if not target.parent.is_dir():
        missing = QT_TRANSLATE_NOOP(
            "Validation", "The folder {folder} does not exist. Choose an existing folder."
        )
        raise DocumentExportError(message(missing, folder=target.parent))
    return target


def export_document(document: Document, fmt: str, path: Path | str) -> Path:
    """Write the document as `fmt` (one of FORMATS) to `path`; a file already there is replaced on success."""
    fmt = fmt.lower().lstrip(".")
    target = _checked_target(fmt, Path(path))
    module, function = WRITERS[fmt]
    try:
        # The words the exporter adds itself (page numbers) follow the document's language.
        with replacing(target, _WHOLE.get(fmt)) as partial, document_language(document.language):
            getattr(importlib.import_module(module), function)(cleaned(document), partial)
    except FolderNotWritableError as error:
        read_only = QT_TRANSLATE_NOOP(
            "Validation", "Cannot write in {folder} ({reason}). Choose a folder you can write to."
        )
        raise DocumentExportError(
            message(read_only, folder=target.parent, reason=error.strerror or error)
        ) from error
    except OSError as error:
        unwritten = QT_TRANSLATE_NOOP(
            "Validation",
            "{name} could not be written ({reason}). If it is open in another program, "
            "close it there; if the disk is full, free some space; then export again.",
        )
        raise DocumentExportError(
            message(unwritten, name=target.name, reason=error.strerror or error)
        ) from error
    return target
