"""Hybrid logical clock: stamps that order edits across devices whose clocks disagree.

A clock never adopts a stamp more than `MAX_DRIFT_MS` ahead of its own computer's time, so one
device with a wrong (or forged) clock cannot drag every other device's clock with it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

# How far ahead of this computer's clock a stamp may be and still be accepted. One day covers the
# clocks of honest devices that are wrong: a time zone set wrong puts UTC off by up to 14 hours,
# and weeks offline add minutes of drift. What a device can gain by running ahead is bounded too:
# its concurrent edits are shown first for at most a day, and the other versions are kept beside
# them as conflicts.
MAX_DRIFT_MS = 24 * 60 * 60 * 1000
# The text form has room for 5 digits of counter; past that the clock moves to the next millisecond.
MAX_COUNTER = 99_999


@dataclass(frozen=True, order=True)
class Stamp:
    """One version: wall time in ms, a counter for ties, and the device that made it."""

    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        """Text form whose string order is the stamp order."""
        return f"{self.wall_ms:013d}.{self.counter:05d}.{self.device}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        """Parse the text form made by `encode`."""
        wall, counter, device = text.split(".", 2)
        return cls(int(wall), int(counter), device)


def beyond(limit_ms: int) -> str:
    """The smallest stamp text whose wall time is past `limit_ms`: stamps >= it are too far ahead."""
    return f"{limit_ms + 1:013d}"


def stamp_wall_ms(text: str) -> int:
    """The wall time of a stamp in its text form."""
    return int(text[:13])


class HybridClock:
    """Issues stamps that never go backwards, even if the system clock does."""

    def __init__(self, device: str, last: Stamp | None = None, now: Callable[[], float] = time.time) -> None:
        self.device = device
        self.last = last or Stamp(0, 0, device)
        self._now = now

    def physical_ms(self) -> int:
        """This computer's clock, in ms."""
        return int(self._now() * 1000)

    def limit_ms(self) -> int:
        """The latest wall time a stamp from elsewhere may have and still be accepted."""
        return self.physical_ms() + MAX_DRIFT_MS

    def tick(self) -> Stamp:
        """A new stamp later than every stamp seen so far."""
        wall = max(self.physical_ms(), self.last.wall_ms)
        counter = self.last.counter + 1 if wall == self.last.wall_ms else 0
        if counter > MAX_COUNTER:
            wall, counter = wall + 1, 0
        self.last = Stamp(wall, counter, self.device)
        return self.last

    def observe(self, remote: Stamp) -> bool:
        """Move past a stamp received from another device; False (clock unchanged) if it is
        further ahead of this computer's clock than the drift allows."""
        if remote.wall_ms > self.limit_ms():
            return False
        if (remote.wall_ms, remote.counter) > (self.last.wall_ms, self.last.counter):
            self.last = Stamp(remote.wall_ms, remote.counter, self.device)
        return True

    def reset(self) -> None:
        """Forget stamps beyond the drift: the clock starts again from this computer's time."""
        self.last = Stamp(self.physical_ms(), 0, self.device)
