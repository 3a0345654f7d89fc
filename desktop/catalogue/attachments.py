"""Files attached to cases: reading them in under a size cap, and handing out a copy to open."""

from __future__ import annotations

import mimetypes
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.errors import LeapsError
from desktop.store.records import MAX_ATTACHMENT_BYTES

_UNSAFE_NAME = re.compile(r"[^\w.\- ]+")


class AttachmentError(LeapsError, ValueError):
    """A file that cannot be attached, with a message saying why and what to do."""

    code = "attachment-refused"


def media_type_for(filename: str) -> str:
    """The media type a file name suggests, or a generic one."""
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def read_attachment(path: Path, limit: int = MAX_ATTACHMENT_BYTES) -> tuple[bytes, str]:
    """The bytes and media type of a file to attach; AttachmentError if too big or unreadable."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise AttachmentError(
                QCoreApplication.translate(
                    "Attachments",
                    "{name} is {size:.1f} MB; attachments may be at most {limit} MB. "
                    "Make the file smaller (a lower resolution or a compressed PDF) and add it again.",
                ).format(name=path.name, size=size / (1024 * 1024), limit=limit // (1024 * 1024))
            )
        content = path.read_bytes()
    except OSError as error:
        raise AttachmentError(
            QCoreApplication.translate("Attachments", "{name} cannot be read ({reason}).").format(
                name=path.name, reason=error.strerror or error
            )
        ) from error
    return content, media_type_for(path.name)


def safe_filename(filename: str) -> str:
    """A file name with no folder part and no character a file system might refuse."""
    name = _UNSAFE_NAME.sub("_", Path(filename.replace("\\", "/")).name).strip(" .")
    return name or "attachment"


def temporary_copy(filename: str, content: bytes) -> Path:
    """Write an attachment to a fresh private temporary folder so another program can open it."""
    folder = Path(tempfile.mkdtemp(prefix="leaps-attachment-"))
    target = folder / safe_filename(filename)
    target.write_bytes(content)
    return target
