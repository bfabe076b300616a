"""File names Feltkart suggests (an export, a report, a chart, a package), made from a study's, a chart's or a
coordinator's name: valid on Windows, macOS and Linux, and still reading well.

None of < > : " / \\ | ? * nor a control or invisible formatting character; no leading or trailing dot or space;
not a name Windows keeps for a device (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with or without a suffix); at most
``MAX_STEM`` characters, cut after a whole word. Norwegian letters, spaces and case are kept:
"Demo: distriktskommuner og nasjonale ordninger" -> "Demo - distriktskommuner og nasjonale ordninger.xlsx".
"""

from __future__ import annotations

import re
import unicodedata

MAX_STEM = 60  # characters before the suffix: room for a folder's path on Windows, readable in a dialog
FORBIDDEN = frozenset('<>:"/\\|?*')
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|(COM|LPT)[0-9¹²³])$", re.IGNORECASE)
_REPLACED = {":": " - ", "/": "-", "\\": "-", "|": "-"}  # what separates stays a separator; the rest a space
_DROPPED = ("Cc", "Cf", "Cs")  # control, invisible formatting (direction marks, zero width), lone surrogates
_TRIMMED = " .-_,;"  # never at the end of a name cut short, nor around it


def suggested_stem(text: str | None, fallback: str = "feltkart", max_length: int = MAX_STEM) -> str:
    """``text`` as the part of a file name before its suffix; ``fallback`` when nothing of it is left."""
    clean = []
    for ch in unicodedata.normalize("NFC", text or ""):
        if ch in _REPLACED:
            clean.append(_REPLACED[ch])
        elif ch in FORBIDDEN or ch.isspace():
            clean.append(" ")
        elif unicodedata.category(ch) not in _DROPPED:
            clean.append(ch)
    stem = " ".join("".join(clean).split())
    stem = re.sub(r"\s*(?:-\s*){2,}", " - ", stem)  # "a: - b", "a//b": one separator
    stem = _shorten(stem.strip(_TRIMMED), max_length).strip(_TRIMMED)
    if not stem:
        return fallback or "feltkart"
    device, dot, rest = stem.partition(".")
    if _RESERVED.match(device.strip()):  # "CON" and "nul.tar" are devices on Windows; "CON fil" is a file
        stem = f"{device.rstrip()} fil{dot}{rest}"
    return stem


def suggested_name(text: str | None, suffix: str, fallback: str = "feltkart", max_length: int = MAX_STEM) -> str:
    """``text`` as a whole file name ending in ``suffix`` ("xlsx" or ".xlsx")."""
    return f"{suggested_stem(text, fallback, max_length)}.{suffix.lstrip('.')}"


def _shorten(text: str, max_length: int) -> str:
    """At most ``max_length`` characters, cut before the first word that does not fit whole (mid-word only when
    that would leave less than half of it)."""
    if len(text) <= max_length:
        return text
    head = text[: max_length + 1]
    cut = max(head.rfind(" "), head.rfind("-"))
    return head[:cut] if cut >= max_length // 2 else text[:max_length]
