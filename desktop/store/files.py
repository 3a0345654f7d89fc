"""Files written whole or not at all: a temporary file beside the target, checked, synced, renamed."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP, message

# A check reads the finished temporary file and says whether it is whole.
Check = Callable[[Path], bool]


class IncompleteWriteError(OSError):
    """A writer finished without an error but left a file that is empty or not whole."""


class FolderNotWritableError(OSError):
    """No file can be made in the target's folder (read-only, no permission, full)."""


def is_whole_zip(path: Path) -> bool:
    """True if the file is a ZIP archive whose directory reads (DOCX, ODT, XLSX, bundles)."""
    import zipfile  # only here: the window's start needs no archive module

    try:
        with zipfile.ZipFile(path) as archive:
            return bool(archive.infolist())
    except (OSError, zipfile.BadZipFile):
        return False


def is_whole_pdf(path: Path) -> bool:
    """True if the file starts as a PDF and ends with its trailer.

    QPdfWriter reports no write error: a full disk leaves a short file, which lacks the trailer.
    """
    with path.open("rb") as handle:
        head = handle.read(5)
        handle.seek(max(path.stat().st_size - 1024, 0))
        tail = handle.read()
    return head == b"%PDF-" and b"%%EOF" in tail


def _temporary_beside(target: Path, mode: int) -> Path:
    """A new empty file in the target's folder, so the final rename never crosses file systems."""
    while True:
        temporary = target.with_name(f".{target.name}.{os.urandom(4).hex()}.part")
        try:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
        except FileExistsError:
            continue
        except OSError as error:
            raise FolderNotWritableError(error.errno, error.strerror, str(target.parent)) from error
        return temporary


def _finish(temporary: Path, check: Check | None) -> None:
    """Raise IncompleteWriteError unless the file has content and passes the check; then flush it to disk."""
    if temporary.stat().st_size == 0 or (check is not None and not check(temporary)):
        reason = message(QT_TRANSLATE_NOOP("Validation", "the file was not written whole; is the disk full?"))
        raise IncompleteWriteError(errno.EIO, reason, str(temporary))
    with temporary.open("rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the renames durable; folders cannot be opened for this on Windows, where NTFS journals them."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def replacing_all(
    targets: Sequence[Path], check: Check | None = None, mode: int = 0o666
) -> Iterator[list[Path]]:
    """Temporary paths to write `targets` through; each replaces its target only when all are whole.

    On any error (a full disk, a cancel, a failed check) every temporary file is removed and every
    earlier target is left as it was. `mode` is the new files' permission before the umask.
    """
    temporaries: list[Path] = []
    try:
        for target in targets:
            temporaries.append(_temporary_beside(Path(target), mode))
        yield list(temporaries)
        for temporary in temporaries:
            _finish(temporary, check)
        for temporary, target in zip(temporaries, targets, strict=True):
            os.replace(temporary, target)
        for folder in {Path(t).parent for t in targets}:
            _sync_folder(folder)
    finally:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)


@contextmanager
def replacing(target: Path, check: Check | None = None, mode: int = 0o666) -> Iterator[Path]:
    """A temporary path to write `target` through; it replaces the target only once whole and on disk."""
    with replacing_all([target], check, mode) as (temporary,):
        yield temporary


def write_atomically(target: Path, content: bytes, mode: int = 0o666) -> Path:
    """Write `content` to `target` whole or not at all."""
    with replacing(target, mode=mode) as temporary:
        temporary.write_bytes(content)
    return target
