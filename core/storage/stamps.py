"""This laptop's hybrid logical clock, kept in the database (``meta``, key ``hlc``): the wall time and counter
of the latest stamp it made or received. On one laptop stamps never go backwards, even when the system clock
is set back; ``observe`` moves the clock past the stamps of a merged package. The stamps themselves are
``core.model.hlc``."""

from __future__ import annotations

from core.base.driver import sqlite3
from core.model.hlc import MAX_AHEAD_MS, after, make_stamp

META_KEY = "hlc"


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
        wall, counter = after(last_wall, last_counter)
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


class StampBatch:
    """Stamps for many changes written in one transaction (bulk imports): one read and one write of the clock."""

    def __init__(self, conn: sqlite3.Connection, device_id: str, physical: int):
        self._conn, self._device = conn, device_id
        self._wall, self._counter = _read(conn)
        if physical > self._wall:
            self._wall, self._counter = physical, -1

    def next(self) -> str:
        self._wall, self._counter = after(self._wall, self._counter)
        return make_stamp(self._wall, self._counter, self._device)

    def close(self) -> None:
        _write(self._conn, self._wall, max(self._counter, 0))
