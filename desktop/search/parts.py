"""The second process of a rebuild: it indexes part of the cases as a segment of its own."""

from __future__ import annotations

import base64
import pickle
import subprocess
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from whoosh import index

from desktop.search.schema import _fields
from desktop.search.types import IndexDoc
from desktop.search.writer import PooledWriter

# How often a rebuild waiting for its helper process looks whether the person cancelled.
PART_POLL_S = 0.2


class IndexPartError(Exception):
    """The process indexing part of a rebuild failed; the rebuild can run in one process instead."""


class RebuildCancelled(Exception):
    """The person cancelled a rebuild."""


def write_part(folder: Path, docs: Iterable[IndexDoc], out: BinaryIO) -> None:
    """Index `docs` as a segment of its own in the index being built in `folder`, writing to `out`
    a line per 50 cases done and last the segment, pickled, for `rebuild` to commit with its own."""
    ix = index.open_dir(str(folder))
    # No lock: the rebuilding process holds the index's lock and commits this segment itself.
    writer = PooledWriter(ix, limitmb=128, compound=False, part=True)
    for done, doc in enumerate(docs, start=1):
        writer.add_document(**_fields(doc))
        if done % 50 == 0:
            out.write(f"{done}\n".encode())
            out.flush()
    segment = writer.finish_part()
    out.write(b"segment " + base64.b64encode(pickle.dumps(segment)) + b"\n")
    out.flush()


class PartProcess:
    """The process writing part of a rebuild: how far it is, and its segment once done."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.done = 0
        self._segment: bytes | None = None
        # Its output is read as it comes, so a full pipe never stalls it.
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith(b"segment "):
                self._segment = base64.b64decode(line.split(b" ", 1)[1])
            elif line.strip().isdigit():
                self.done = int(line)

    def segment(self, cancelled: Callable[[], bool] | None) -> Any:
        """Wait for the process to finish (or the person to cancel); its segment."""
        while self._reader.is_alive():
            if cancelled and cancelled():
                raise RebuildCancelled
            self._reader.join(PART_POLL_S)
        if self.process.wait() != 0 or self._segment is None:
            # internal: logged, and the rebuild runs in one process instead; no person is told
            raise IndexPartError(f"the indexing process stopped with status {self.process.returncode}")
        return pickle.loads(self._segment)

    def stop(self) -> None:
        """End the process (a cancelled or failed rebuild)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
