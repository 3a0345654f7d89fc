"""Progress of a long command on the terminal: a count, a share and an estimate of the time left."""

from __future__ import annotations

import sys
import time
from typing import TextIO

# A terminal's line is redrawn at most this often; a file or pipe gets a line per tenth done.
REDRAW_SECONDS = 0.2
STEPS = 10


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    minutes, seconds = divmod(round(seconds), 60)
    return f"{minutes} min {seconds:02d} s"


class ProgressLine:
    """Reports `(done, total)` calls as "Importing rows: 4,000/20,000 (20%), about 48 s left".

    On a terminal one line is redrawn in place; elsewhere (a log, a test) a line is written at
    each tenth of the work, so the output stays short. A total of 0 means the size is not known
    yet: the count alone is shown. Work of fewer than `min_total` steps shows nothing.
    """

    def __init__(self, label: str, out: TextIO | None = None, min_total: int = 0) -> None:
        self.label = label
        self.min_total = min_total
        self.out = out if out is not None else sys.stderr
        self.live = self.out.isatty()
        self._started = time.monotonic()
        self._drawn = 0.0
        self._step = -1
        self._width = 0
        self._open = False

    def __call__(self, done: int, total: int) -> None:
        """Show that `done` of `total` steps are done."""
        if total < self.min_total or not total and done < self.min_total:
            return  # too little work to be worth a line
        now = time.monotonic()
        finished = bool(total) and done >= total
        if self.live:
            if not finished and now - self._drawn < REDRAW_SECONDS:
                return
        else:
            step = done * STEPS // total if total else -1
            if step <= self._step:
                return
            self._step = step
        self._drawn = now
        self._write(self.describe(done, total, now - self._started))

    def describe(self, done: int, total: int, elapsed: float) -> str:
        """The line for `done` of `total` steps after `elapsed` seconds."""
        if not total:
            return f"{self.label}: {done:,}"
        text = f"{self.label}: {done:,}/{total:,} ({done * 100 // total}%)"
        if 0 < done < total and elapsed >= 1:
            text += f", about {_duration(elapsed * (total - done) / done)} left"
        return text

    def _write(self, text: str) -> None:
        if self.live:
            self.out.write("\r" + text.ljust(self._width))
            self._width = len(text)
            self._open = True
        else:
            self.out.write(text + "\n")
        self.out.flush()

    def done(self, text: str = "") -> None:
        """End the line, with a last word if given."""
        if self.live and self._open:
            self.out.write("\r" + text.ljust(self._width) + "\n" if text else "\n")
        elif text:
            self.out.write(text + "\n")
        self.out.flush()
        self._open = False


class FileProgress:
    """Progress lines for the files of a folder's sync or a hub round, one after another: each
    file's line is ended when the next one starts. Call `done` once the work is over."""

    VERBS = {"import": "Importing", "export": "Writing"}

    def __init__(self, out: TextIO | None = None, min_total: int = 0) -> None:
        self.out = out
        self.min_total = min_total
        self._line: ProgressLine | None = None

    def __call__(self, kind: str, name: str) -> ProgressLine:
        """The progress line of one file being imported or written."""
        self.done()
        self._line = ProgressLine(f"{self.VERBS.get(kind, kind)} {name}", self.out, self.min_total)
        return self._line

    def done(self) -> None:
        """End the current file's line."""
        if self._line is not None:
            self._line.done()
            self._line = None
