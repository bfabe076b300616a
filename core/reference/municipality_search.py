"""Finding a municipality by what a coordinator types: any part of its official name, in any case, with or
without the Sami and Kven letters' diacritics, or its number.

Twenty-two municipalities have an official name of two or three parts ("Trondheim - Tråante", "Guovdageaidnu -
Kautokeino"); each part is a name people use, so "Trondheim" or "Kautokeino" alone names the municipality.
Folding: á→a, š→s, č→c, đ→d, ŧ→t, ŋ→n, ž→z (and any other accent dropped), while æ, ø and å stay letters of
their own and match only themselves, in either case. Used by the window wherever a municipality is chosen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from core.reference.registry import Municipality

_OWN_LETTERS = frozenset("æøå")  # Norwegian letters, not a letter with an accent: kept
_NO_DECOMPOSITION = {"đ": "d", "ŧ": "t", "ŋ": "n", "ł": "l", "ð": "d", "ß": "ss"}
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—−"), "-")
_PART_SEPARATOR = " - "
_LABEL = re.compile(r"^(?P<name>.*?)\s*\(\s*(?P<number>\d{1,4})\s*(?:,[^)]*)?\)\s*$")
_WORD_START = re.compile(r"(?:^|[\s-])(\w)")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """``text`` as it is compared: case folded, accents dropped but æ, ø, å kept, dashes as '-', one space."""
    out = []
    for ch in text.translate(_DASHES).casefold():
        if ch in _OWN_LETTERS:
            out.append(ch)
        elif ch in _NO_DECOMPOSITION:
            out.append(_NO_DECOMPOSITION[ch])
        else:
            out.append("".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)))
    return " ".join("".join(out).split())


_LOOSE = dict.fromkeys(map(ord, " -(),."))


def _loose(folded: str) -> str:
    """Without spaces, hyphens and brackets: "nord odal", "Nord-Odal" and "nordodal" are the same, as are
    "herøy nordland" and "Herøy (Nordland)"."""
    return folded.translate(_LOOSE)


def parts(name: str) -> list[str]:
    """The names an official name is made of: "Storfjord - Omasvuotna - Omasvuono" -> its three parts."""
    return [p.strip() for p in name.split(_PART_SEPARATOR) if p.strip()]


def label(m: Municipality) -> str:
    """What a chosen municipality reads as in a field: "Trondheim - Tråante (5001)"."""
    return f"{m.name} ({m.number})"


def label_with_county(m: Municipality) -> str:
    """What a list of matches shows: "Hemnes (1832, Nordland)"; "Herøy (Nordland) (1818)", whose name has it."""
    if m.name.endswith(f"({m.county_name})"):
        return label(m)
    return f"{m.name} ({m.number}, {m.county_name})"


@dataclass(frozen=True)
class _Entry:
    municipality: Municipality
    name: str  # the whole name, folded and loose
    parts: tuple[str, ...]  # each part, folded and loose
    words: tuple[str, ...]  # each word (after a space or a hyphen) to the end of the name, loose


class MunicipalitySearch:
    """The municipalities of one registry, searchable by typed text. ``municipalities`` in the order matches
    are to be listed within a rank (the registry gives them in Norwegian alphabetical order)."""

    def __init__(self, municipalities: Iterable[Municipality]):
        self._entries = []
        for m in municipalities:
            folded = fold(m.name)
            words = tuple(_loose(folded[w.start(1):]) for w in _WORD_START.finditer(folded))
            self._entries.append(_Entry(m, _loose(folded), tuple(_loose(fold(p)) for p in parts(m.name)), words))
        self._by_number = {e.municipality.number: e.municipality for e in self._entries}

    @property
    def municipalities(self) -> list[Municipality]:
        return [e.municipality for e in self._entries]

    def by_number(self, number: str) -> Municipality | None:
        return self._by_number.get(number)

    def matches(self, text: str) -> list[Municipality]:
        """Every municipality ``text`` may mean, the likeliest first: the number it is (or begins), a name or
        part of a name it is, then names with a part or a word it begins, then names that contain it."""
        text = text.strip()
        if not text:
            return []
        if text.isdigit():
            exact = self._by_number.get(text.zfill(4)) if len(text) <= 4 else None
            return ([exact] if exact else []) + [e.municipality for e in self._entries
                                                 if e.municipality.number.startswith(text) and e.municipality is not exact]
        labelled = self._labelled(text)
        if labelled is not None:
            return [labelled]
        query = _loose(fold(text))
        if not query:
            return []
        ranked = []
        for e in self._entries:
            rank = self._rank(e, query)
            if rank is not None:
                ranked.append((rank, e.municipality))
        ranked.sort(key=lambda r: r[0])  # stable: the registry's order within a rank
        return [m for _, m in ranked]

    @staticmethod
    def _rank(e: _Entry, query: str) -> int | None:
        if query == e.name or query in e.parts:
            return 0
        if any(p.startswith(query) for p in e.parts):
            return 1
        if any(w.startswith(query) for w in e.words):
            return 2
        return 3 if query in e.name else None

    def resolve(self, text: str) -> Municipality | None:
        """The one municipality ``text`` names: its label ("Hemnes (1832)", with or without the county), its
        number ("1832", "301" for 0301), or its name or one part of it ("Trondheim", "kautokeino") when that
        fits no other municipality. None when it names none, or more than one (Herøy)."""
        text = text.strip()
        if not text:
            return None
        if text.isdigit():
            return self._by_number.get(text.zfill(4)) if len(text) <= 4 else None
        labelled = self._labelled(text)
        if labelled is not None:
            return labelled
        query = _loose(fold(text))
        found = [e.municipality for e in self._entries if query == e.name or query in e.parts]
        return found[0] if len(found) == 1 else None

    def _labelled(self, text: str) -> Municipality | None:
        """The municipality of a label "Name (number)" or "Name (number, county)" whose name is its own."""
        m = _LABEL.match(text)
        if not m:
            return None
        found = self._by_number.get(m["number"].zfill(4))
        if found is None or _loose(fold(m["name"])) != _loose(fold(found.name)):
            return None
        return found
