"""Erasing names and contacts from change logs, a pure function of a log and the erasures: what is personal in
an interview is the ``name`` and ``contact`` of each person in an answer of the guide's ``informants`` type;
in the fieldwork, an attempt's ``name`` and ``contact`` and an appointment's ``with`` (``fields.PERSONAL``).
Roles stay: the statistics and the exports use them.

An erasure covers the changes stamped at or before its own stamp. This laptop's changes all are (its clock
never goes back, and a merge moves it past every stamp it brings), so whatever was typed before the erasure
is erased, on this laptop and, when the erasure travels, on every laptop that merges it, also in the changes
of a laptop that had not erased yet; a name typed after the erasure was received is kept. An erased value
keeps its change (id, parent, stamp): the name and contact become null. Erasing again changes nothing, so
the result depends only on the set of changes and erasures, as a merge's does.

A whole-study erasure takes every name and contact. One informant's takes the people whose name or contact
is one of the erased texts (``fingerprint``: kept as salted SHA-256, never as text) in that interview and in
the fieldwork records of its municipality."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from core.fieldwork.fields import PERSONAL
from core.model import hlc, ilog
from core.privacy.scopes import STUDY

PERSON_KEYS = ("name", "contact")  # what is personal in an informant


@dataclass(frozen=True)
class Erasure:
    id: str
    stamp: str  # the hybrid-logical-clock stamp: the changes at or before it are covered
    scope: str  # STUDY or INFORMANT
    interview_id: str | None  # INFORMANT: the interview, its informant no. (from 1) and municipality
    informant: int | None
    municipality: str | None
    fingerprints: tuple[str, ...]  # INFORMANT: the erased texts, salted with the id and hashed
    device_id: str
    coordinator: str
    erased_at: str  # ISO time, by the erasing laptop's clock

    def covers(self, wall: int, counter: int, device: str) -> bool:
        return (wall, counter, device) <= hlc.parts(self.stamp)


def normal(text: Any) -> str:
    """A name or contact as compared: spaces collapsed, case folded."""
    return " ".join(str(text).split()).casefold() if text else ""


def fingerprint(erasure_id: str, text: Any) -> str:
    return hashlib.sha256(f"{erasure_id}\x00{normal(text)}".encode()).hexdigest()


def _matches(erasure: Erasure, texts: list[Any]) -> bool:
    if erasure.scope == STUDY:
        return True
    found = set(erasure.fingerprints)
    return any(normal(t) and fingerprint(erasure.id, t) in found for t in texts)


def _erase_people(value: Any, erasures: list[Erasure]) -> Any:
    """An informants answer with the names and contacts the erasures take set to null (the same object when
    none was there to erase)."""
    if not isinstance(value, list):
        return value
    out, changed = [], False
    for person in value:
        if isinstance(person, dict) and any(person.get(k) for k in PERSON_KEYS) and any(
                _matches(e, [person.get(k) for k in PERSON_KEYS]) for e in erasures):
            person = {**person, **dict.fromkeys(PERSON_KEYS)}
            changed = True
        out.append(person)
    return out if changed else value


def _covering(log: ilog.Log, n: int, erasures: list[Erasure]) -> list[Erasure]:
    wall, counter, device = log.wall[n], log.counter[n], log.devices[log.device[n]]
    return [e for e in erasures if e.covers(wall, counter, device)]


def scrub_interview(log: ilog.Log, fields: set[str], erasures: list[Erasure]) -> bool:
    """Erase in place the names and contacts of the interview's informants answers (``fields``: the names of
    the guide's questions of that type) that ``erasures`` (those that apply to this interview) cover; True
    when a value changed."""
    changed = False
    for n, field in enumerate(log.field):
        if field not in fields:
            continue
        covering = _covering(log, n, erasures)
        if not covering:
            continue
        value = ilog.value_of(log.value[n])
        erased = _erase_people(value, covering)
        if erased is not value:
            log.value[n] = ilog.dumps(erased)
            changed = True
    return changed


def scrub_record(log: ilog.Log, kind: str, erasures: list[Erasure]) -> bool:
    """Erase in place a fieldwork record's personal fields (``fields.PERSONAL``) that ``erasures`` cover (an
    informant's: when the value is one of its texts); True when a value changed. Each value is judged by
    itself, so that a value erased before and one arriving now are judged alike."""
    personal = PERSONAL.get(kind, ())
    changed = False
    for n, field in enumerate(log.field):
        if field not in personal or log.value[n] == "null":
            continue
        if any(_matches(e, [ilog.value_of(log.value[n])]) for e in _covering(log, n, erasures)):
            log.value[n] = "null"
            changed = True
    return changed


def people_texts(values: list[Any], start: set[str]) -> set[str]:
    """The names and contacts (``normal``) of the people in informants answers ``values`` that share a name or a
    contact with ``start``, and so on until no more are found (a name corrected later, a contact added):
    every text one informant was written with."""
    found = {t for t in start if t}
    people = [[normal(p.get(k)) for k in PERSON_KEYS] for value in values if isinstance(value, list)
              for p in value if isinstance(p, dict)]
    while True:
        more = {t for texts in people if found.intersection(texts) for t in texts if t} - found
        if not more:
            return found
        found |= more
