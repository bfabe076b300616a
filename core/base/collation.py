"""Norwegian alphabetical order: a-z, then æ, ø, å; accents sort with their base letter.

``sort_key`` is used by the tables' sort role and by every list the core returns sorted by name,
so that Ålesund comes after Østre Toten, and Kárášjohka sits among the K's.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters with their own place after z. ä/ö sort as æ/ø in Norwegian dictionaries.
_AFTER_Z = {"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"}
# Letters that do not decompose to a base letter (Sami and others).
_BASE = {"ŋ": "n", "đ": "d", "ŧ": "t", "ł": "l", "ß": "ss", "ð": "d", "þ": "th"}


@lru_cache(maxsize=8192)
def sort_key(text: str) -> tuple[str, str]:
    """A key that orders strings the Norwegian way; ties are broken by the original text."""
    out = []
    for ch in text.casefold():
        if ch in _AFTER_Z:
            out.append(_AFTER_Z[ch])
            continue
        if ch in _BASE:
            out.append(_BASE[ch])
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out), text
