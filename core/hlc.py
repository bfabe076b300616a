"""A hybrid logical clock for ordering changes across laptops whose clocks drift.

A stamp is ``WALLMS.COUNTER.DEVICE``: wall time in milliseconds (13 digits), a counter (6 digits) and the
device id, so stamps sort as strings. On one device stamps never go backwards, even when the system clock
is set back; ``observe`` moves the clock past the stamps seen in an imported package.
"""

from __future__ import annotations

import secrets
import sqlite3
import uuid
from datetime import datetime, timezone

META_KEY = "hlc"
MAX_COUNTER = 999_999  # a stamp's counter has six digits
MAX_WALL = 10**13 - 1  # and its wall time thirteen, so stamps sort as text and as numbers alike
# How far ahead of this laptop's clock a received change may be stamped. A merge refuses a package with
# changes stamped further ahead (merge._unite): this laptop's clock would follow them (``observe``) and stamp
# every later change with the wrong time too, and the laptops that take its packages after it.
MAX_AHEAD_MS = 24 * 3600 * 1000


def make_stamp(wall: int, counter: int, device_id: str) -> str:
    return f"{wall:013d}.{counter:06d}.{device_id}"


def parts(stamp: str) -> tuple[int, int, str]:
    """A stamp's (wall ms, counter, device id): sorts as the stamp does."""
    wall, counter, device_id = stamp.split(".", 2)
    return int(wall), int(counter), device_id


def _after(wall: int, counter: int) -> tuple[int, int]:
    """The clock's reading after (wall, counter) when time has not moved on: the next counter in the same
    millisecond or, past six digits, the next millisecond."""
    return (wall, counter + 1) if counter < MAX_COUNTER else (wall + 1, 0)


def _reading(stamp: str) -> tuple[int, int]:
    """A stamp's (wall ms, counter)."""
    return parts(stamp)[:2]


def _read(conn: sqlite3.Connection) -> tuple[int, int]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [META_KEY]).fetchone()
    if not row:
        return 0, 0
    wall, counter = row[0].split(".")
    return int(wall), int(counter)


def _write(conn: sqlite3.Connection, wall: int, counter: int) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [META_KEY, f"{wall:013d}.{counter:06d}"],
    )


def next_stamp(conn: sqlite3.Connection, device_id: str, physical: int) -> str:
    """The next stamp of this device, whose clock reads ``physical`` ms. Call inside the transaction that
    records the change."""
    last_wall, last_counter = _read(conn)
    if physical > last_wall:
        wall, counter = physical, 0
    else:
        wall, counter = _after(last_wall, last_counter)
    _write(conn, wall, counter)
    return make_stamp(wall, counter, device_id)


def recorded(conn: sqlite3.Connection) -> int:
    """The wall time (ms) of the latest stamp this laptop has made or received."""
    return _read(conn)[0]


def behind(conn: sqlite3.Connection, physical: int) -> int | None:
    """When this laptop's clock reads more than ``MAX_AHEAD_MS`` before the latest stamp it has made or
    received (its date was set back, or was wrong when it stamped them), that stamp's wall time; else None."""
    wall = recorded(conn)
    return wall if wall - physical > MAX_AHEAD_MS else None


def observe(conn: sqlite3.Connection, wall: int, counter: int) -> None:
    """Advance this device's clock past the reading (wall ms, counter) of a stamp from elsewhere (so later
    local changes sort after it)."""
    if (wall, counter) > _read(conn):
        _write(conn, wall, counter)


COUNTER_BITS = 20  # MAX_COUNTER < 2**20
RANDOM_BITS = 54


def change_id(stamp: str, random_bits: int | None = None) -> str:
    """The id of the change with this stamp: a UUID of version 7 (RFC 9562), whose leading 48 bits are the
    stamp's wall time in milliseconds and whose next 20 bits are its counter (RFC 9562's "fixed bit-length
    dedicated counter", 12 bits in rand_a and 8 at the start of rand_b), then 54 random bits. The ids of one
    laptop's changes therefore sort in the order it made them, so a merge inserts a package's changes into the
    log's id index in ascending order instead of at random places (random ids made that index the largest
    cost of merging). Two laptops' ids can only be equal if they share the millisecond, the counter and all
    54 random bits. ``random_bits`` for a reproducible demo; otherwise from the operating system's generator."""
    wall, counter = _reading(stamp)
    if not (0 <= wall < 1 << 48 and 0 <= counter < 1 << COUNTER_BITS):
        raise ValueError(f"stamp out of range for an id: {stamp}")
    bits = secrets.randbits(RANDOM_BITS) if random_bits is None else random_bits & ((1 << RANDOM_BITS) - 1)
    value = wall << 80 | 0x7 << 76 | (counter >> 8) << 64 | 0b10 << 62 | (counter & 0xFF) << RANDOM_BITS | bits
    return str(uuid.UUID(int=value))


def wall_time_ms(stamp: str) -> int:
    return _reading(stamp)[0]


def iso(stamp: str) -> str:
    """The stamp's wall time as an ISO timestamp (UTC), for dates.format_timestamp."""
    return datetime.fromtimestamp(wall_time_ms(stamp) / 1000, tz=timezone.utc).isoformat()


class StampBatch:
    """Stamps for many changes written in one transaction (bulk imports): one read and one write of the clock."""

    def __init__(self, conn: sqlite3.Connection, device_id: str, physical: int):
        self._conn, self._device = conn, device_id
        self._wall, self._counter = _read(conn)
        if physical > self._wall:
            self._wall, self._counter = physical, -1

    def next(self) -> str:
        self._wall, self._counter = _after(self._wall, self._counter)
        return make_stamp(self._wall, self._counter, self._device)

    def close(self) -> None:
        _write(self._conn, self._wall, max(self._counter, 0))
