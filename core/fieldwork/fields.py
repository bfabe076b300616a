"""What a fieldwork record holds, field by field, and the checks a value must pass, typed or merged.

Four kinds of record, each a change log as an interview has:

- ``municipality``: one per municipality of the study's registry that was ever in the sample: whether it is in
  the sample (``in_sample``; a change after the sample was made carries its reason) and the coordinator it is
  assigned to (``coordinator``);
- ``sample``: how the sample was made (one per study): the rule, the sizes per stratum, the seed, the source
  file, when and by whom;
- ``attempt``: one contact attempt: when, channel, whom (role; name and contact are personal data), outcome,
  whether it is final, a note, and a next step with its due date;
- ``appointment``: a booked visit or video meeting: when, how long, where (a place or a link), with whom.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from core.model.ilog import DELETED

KINDS = ("municipality", "sample", "attempt", "appointment")
# DELETED (ilog's): an attempt or appointment removed is a change of it, as an interview deleted is

CHANNELS = ("epost", "telefon", "besok", "annet")
OUTCOMES = ("no_answer", "reached", "appointment", "postponed", "refused", "not_eligible", "other")
RULES = ("census", "stratified", "imported")
MAX_TEXT = 2000  # a note or a next step
MAX_NAME = 200  # a name, a contact, a place or a link
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
_NUMBER = re.compile(r"^\d{4}$")


def _text(limit: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "not_text"
        return "too_long" if len(value) > limit else None
    return check


def _choice(allowed: tuple) -> Callable[[Any], str | None]:
    return lambda value: None if value in allowed else "not_a_choice"


def _flag(value: Any) -> str | None:
    return None if type(value) is bool else "not_a_choice"


def _date(value: Any) -> str | None:
    if not isinstance(value, str) or not _DATE.match(value):
        return "not_a_date"
    try:
        date.fromisoformat(value)
    except ValueError:
        return "not_a_date"
    return None


def _datetime(value: Any) -> str | None:
    if not isinstance(value, str) or not _DATETIME.match(value):
        return "not_a_date"
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return "not_a_date"
    return None


def _timestamp(value: Any) -> str | None:
    """An ISO 8601 timestamp with its time zone, as ``Store.now`` writes it."""
    if not isinstance(value, str) or len(value) > 40:
        return "not_a_date"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return "not_a_date"
    return None if moment.tzinfo is not None else "not_a_date"


def _municipality(value: Any) -> str | None:
    return None if isinstance(value, str) and _NUMBER.match(value) else "not_a_municipality"


def _minutes(value: Any) -> str | None:
    return None if type(value) is int and 5 <= value <= 24 * 60 else "not_a_number"


def _whole(value: Any) -> str | None:
    return None if type(value) is int and 0 <= value < 2**53 else "not_a_number"


def _sizes(value: Any) -> str | None:
    """Sizes per stratum: {"6": 20} by class, {"6:18": 3} by class and county."""
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and re.fullmatch(r"[1-6](:\d{2})?", k) and type(n) is int and n >= 0
            for k, n in value.items()):
        return "not_sizes"
    return None


FIELDS: dict[str, dict[str, Callable[[Any], str | None]]] = {
    "municipality": {"in_sample": _flag, "coordinator": _text(MAX_NAME)},
    "sample": {"rule": _choice(RULES), "sizes": _sizes, "by_county": _flag, "seed": _whole,
               "source": _text(MAX_NAME), "made_at": _timestamp, "made_by": _text(MAX_NAME), "registry": _whole},
    "attempt": {"municipality": _municipality, "at": _datetime, "channel": _choice(CHANNELS),
                "role": _text(60), "name": _text(MAX_NAME), "contact": _text(MAX_NAME),
                "outcome": _choice(OUTCOMES), "final": _flag, "note": _text(MAX_TEXT),
                "next_step": _text(MAX_TEXT), "next_due": _date, DELETED: _flag},
    "appointment": {"municipality": _municipality, "at": _datetime, "minutes": _minutes,
                    "place": _text(MAX_NAME), "with": _text(MAX_NAME), "note": _text(MAX_TEXT), DELETED: _flag},
}
REQUIRED = {"attempt": ("municipality", "at", "channel", "outcome"), "appointment": ("municipality", "at")}
PERSONAL = {"attempt": ("name", "contact"), "appointment": ("with",)}  # personal data: exported only when asked


def fault(kind: str, field: str, value: Any) -> str | None:
    """Why ``value`` cannot be the ``field`` of a ``kind`` record (an error code), or None. None (empty) is
    always allowed but for what is required (``missing``)."""
    check = FIELDS.get(kind, {}).get(field)
    if check is None:
        return "unknown_field"
    if value is None or value == "":
        return None
    return check(value)


def missing(kind: str, values: dict[str, Any]) -> list[str]:
    """The required fields of a ``kind`` record that ``values`` leaves empty."""
    return [f for f in REQUIRED.get(kind, ()) if values.get(f) in (None, "")]
