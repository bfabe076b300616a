"""Stamps of a hybrid logical clock, for ordering changes across laptops whose clocks drift (the clock itself,
kept in the database, is ``core.storage.stamps``).

A stamp is ``WALLMS.COUNTER.DEVICE``: wall time in milliseconds (13 digits), a counter (6 digits) and the
device id, so stamps sort as strings. A change's id is made from its stamp (``change_id``).
"""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime, timezone

MAX_COUNTER = 999_999  # a stamp's counter has six digits
MAX_WALL = 10**13 - 1  # and its wall time thirteen, so stamps sort as text and as numbers alike
# How far ahead of this laptop's clock a received change may be stamped. A merge refuses a package with
# changes stamped further ahead (core.sync.checks): this laptop's clock would follow them and stamp every later
# change with the wrong time too, and the laptops that take its packages after it.
MAX_AHEAD_MS = 24 * 3600 * 1000
COUNTER_BITS = 20  # MAX_COUNTER < 2**20
RANDOM_BITS = 54


def make_stamp(wall: int, counter: int, device_id: str) -> str:
    return f"{wall:013d}.{counter:06d}.{device_id}"


def parts(stamp: str) -> tuple[int, int, str]:
    """A stamp's (wall ms, counter, device id): sorts as the stamp does."""
    wall, counter, device_id = stamp.split(".", 2)
    return int(wall), int(counter), device_id


def after(wall: int, counter: int) -> tuple[int, int]:
    """The clock's reading after (wall, counter) when time has not moved on: the next counter in the same
    millisecond or, past six digits, the next millisecond."""
    return (wall, counter + 1) if counter < MAX_COUNTER else (wall + 1, 0)


def reading(stamp: str) -> tuple[int, int]:
    """A stamp's (wall ms, counter)."""
    return parts(stamp)[:2]


def change_id(stamp: str, random_bits: int | None = None) -> str:
    """The id of the change with this stamp: a UUID of version 7 (RFC 9562), whose leading 48 bits are the
    stamp's wall time in milliseconds and whose next 20 bits are its counter (RFC 9562's "fixed bit-length
    dedicated counter", 12 bits in rand_a and 8 at the start of rand_b), then 54 random bits. The ids of one
    laptop's changes therefore sort in the order it made them, so the merge meets them in ascending order.
    Two laptops' ids can only be equal if they share the millisecond, the counter and all 54 random bits.
    ``random_bits`` for a reproducible demo; otherwise from the operating system's generator."""
    wall, counter = reading(stamp)
    if not (0 <= wall < 1 << 48 and 0 <= counter < 1 << COUNTER_BITS):
        raise ValueError(f"stamp out of range for an id: {stamp}")
    bits = secrets.randbits(RANDOM_BITS) if random_bits is None else random_bits & ((1 << RANDOM_BITS) - 1)
    value = wall << 80 | 0x7 << 76 | (counter >> 8) << 64 | 0b10 << 62 | (counter & 0xFF) << RANDOM_BITS | bits
    return str(uuid.UUID(int=value))


def wall_time_ms(stamp: str) -> int:
    return reading(stamp)[0]


def iso(stamp: str) -> str:
    """The stamp's wall time as an ISO timestamp (UTC), for dates.format_timestamp."""
    return datetime.fromtimestamp(wall_time_ms(stamp) / 1000, tz=timezone.utc).isoformat()
