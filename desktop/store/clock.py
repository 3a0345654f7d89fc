"""Hybrid logical clock: stamps that order edits across devices whose clocks disagree."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


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


class HybridClock:
    """Issues stamps that never go backwards, even if the system clock does."""

    def __init__(self, device: str, last: Stamp | None = None, now: Callable[[], float] = time.time) -> None:
        self.device = device
        self.last = last or Stamp(0, 0, device)
        self._now = now

    def tick(self) -> Stamp:
        """A new stamp later than every stamp seen so far."""
        wall = max(int(self._now() * 1000), self.last.wall_ms)
        counter = self.last.counter + 1 if wall == self.last.wall_ms else 0
        self.last = Stamp(wall, counter, self.device)
        return self.last

    def observe(self, remote: Stamp) -> None:
        """Move past a stamp received from another device."""
        if (remote.wall_ms, remote.counter) > (self.last.wall_ms, self.last.counter):
            self.last = Stamp(remote.wall_ms, remote.counter, self.device)
