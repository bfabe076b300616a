"""Time as Feltkart reads it: one clock per open database (``Store.clock``), so that tests and the checks of
a laptop's date can put any time in its place. Timestamps are stored as UTC ISO 8601 with microseconds."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone

Clock = Callable[[], int]  # milliseconds since 1970-01-01 UTC


def wall_ms() -> int:
    """The computer's clock, in milliseconds."""
    return time.time_ns() // 1_000_000


def iso_from_ms(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).isoformat(timespec="microseconds")


def now_iso(clock: Clock = wall_ms) -> str:
    return iso_from_ms(clock())
