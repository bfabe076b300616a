"""Norwegian dates: dd.mm.åååå (and hh:mm) on screen, ISO 8601 (YYYY-MM-DD, YYYY-MM-DDTHH:MM) in the database."""

from __future__ import annotations

import re
from datetime import date, datetime

_NO = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\s*$")
CENTURY = 2000  # a two-digit year is this century's: 1.12.26 is 1 December 2026, never 1926
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse(text: str) -> str | None:
    """'2.3.2026', '02.03.2026', '2.3.26' or '2026-03-02' -> '2026-03-02'; '' -> None; ValueError for an
    impossible date. A two-digit year is this century's (00-99: 2000-2099)."""
    if not text or not text.strip():
        return None
    m = _NO.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            year += CENTURY
    else:
        m = _ISO.match(text)
        if not m:
            raise ValueError(text)
        year, month, day = (int(g) for g in m.groups())
    return date(year, month, day).isoformat()  # raises ValueError for 31.02 and the like


def format(iso: str | None) -> str:
    """'2026-03-02' -> '02.03.2026'; None -> ''."""
    if not iso:
        return ""
    d = date.fromisoformat(iso[:10])
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def format_moment(text: str | None) -> str:
    """A local date and time (2026-03-02T09:00) as dd.mm.åååå hh:mm; a date alone as dd.mm.åååå; None -> ''."""
    if not text:
        return ""
    return f"{format(text[:10])} {text[11:16]}".strip()


def local(iso: str) -> datetime:
    """An ISO timestamp with its time zone -> this computer's local date and time, without a zone."""
    return datetime.fromisoformat(iso).astimezone().replace(tzinfo=None)


def format_timestamp(iso: str | None) -> str:
    """An ISO UTC timestamp -> local '02.03.2026 14:05'."""
    if not iso:
        return ""
    return format_moment(local(iso).isoformat(timespec="minutes"))
