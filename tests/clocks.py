"""Clocks for tests: time that moves only when the test says, so that no test depends on how fast the machine is
or on the date it runs."""

from __future__ import annotations

from datetime import datetime, timezone

START = int(datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc).timestamp() * 1000)


class FakeClock:
    """Milliseconds since 1970 that move on by ``step`` ms at every reading (so that two readings are never
    equal unless ``step`` is 0), plus ``offset`` ms (a laptop whose clock is wrong)."""

    def __init__(self, start: int = START, step: int = 1, offset: int = 0):
        self.now, self.step, self.offset = start, step, offset

    def __call__(self) -> int:
        self.now += self.step
        return self.now + self.offset

    def advance(self, ms: int) -> None:
        self.now += ms


class SkewedClock:
    """Another laptop's view of a shared ``clock``: the same moments, read ``offset`` ms off."""

    def __init__(self, clock: FakeClock, offset: int):
        self.clock, self.offset = clock, offset

    def __call__(self) -> int:
        return self.clock() + self.offset
