"""Appointments as an iCalendar file (RFC 5545), which Outlook, Google Calendar and Apple's Calendar import.
Times are written as the local times they were booked in ("floating"), as a calendar on the coordinator's
laptop shows them; each event's UID is the appointment's id, so importing the file again updates the events
instead of doubling them."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from core import __version__
from core.base.atomic import atomic_file, refused
from core.fieldwork.contacts import appointments
from core.reference import registry, study

if TYPE_CHECKING:
    from core.storage.store import Store


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace(
        "\n", "\\n")


def _fold(line: str) -> list[str]:
    """A content line folded at 75 octets, as RFC 5545 asks (never inside a character)."""
    out, current = [], ""
    for ch in line:
        limit = 75 if not out else 74  # a continuation line starts with a space
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0], *(" " + part for part in out[1:])]


def _local(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%Y%m%dT%H%M%S")


def calendar_text(store: "Store", title: str = "Feltkart") -> str:
    """The appointments (not cancelled) as an iCalendar document."""
    stamp = datetime.fromisoformat(store.now()).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Feltkart//Feltkart {__version__}//NB",
             "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_escape(title)}"]
    names = {m.number: m.name for m in registry.municipalities(store, study.load(store).registry_version)}
    for a in appointments(store):
        start = datetime.fromisoformat(a.get("at"))
        end = start + timedelta(minutes=a.get("minutes", 60))
        name = names.get(a.municipality, a.municipality)
        description = "\n".join(x for x in (a.get("with"), a.get("note")) if x)
        lines += ["BEGIN:VEVENT", f"UID:{a.id}@feltkart", f"DTSTAMP:{stamp}", f"DTSTART:{_local(a.get('at'))}",
                  f"DTEND:{end.strftime('%Y%m%dT%H%M%S')}", f"SUMMARY:{_escape('Feltkart: ' + name)}"]
        if a.get("place"):
            lines.append(f"LOCATION:{_escape(a.get('place'))}")
        if description:
            lines.append(f"DESCRIPTION:{_escape(description)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(part for line in lines for part in _fold(line)) + "\r\n"


def write_calendar(store: "Store", target: Path, title: str = "Feltkart") -> Path:
    """The appointments as an .ics file at ``target``, whole or not at all."""
    text = calendar_text(store, title)
    with atomic_file(Path(target)) as tmp:
        try:
            tmp.write_bytes(text.encode("utf-8"))
        except OSError as exc:
            raise refused(Path(target), exc) from exc
    return Path(target)
