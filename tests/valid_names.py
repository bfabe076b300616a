"""What makes a file name valid on Windows, macOS and Linux, as the tests of suggested names check it."""

import re

from core.base.filenames import MAX_STEM

WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", *(f"{p}{d}" for p in ("COM", "LPT") for d in "0123456789¹²³")}


def assert_valid_everywhere(name: str, suffix: str) -> None:
    assert name.endswith(f".{suffix}")
    stem = name[: -len(suffix) - 1]
    assert stem and stem.strip(" .") == stem and not stem.startswith("-")
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f\x7f]', name)
    assert not any(ch in "\u200b\u200e\u200f\u202e\ufeff\u00ad" for ch in name)  # invisible: zero width, direction
    assert name == name.strip() and not name.endswith(".")
    assert name.split(".")[0].strip().upper() not in WINDOWS_DEVICES
    assert len(stem) <= MAX_STEM + len(" fil")
    assert len(name.encode("utf-8")) <= 255  # also rules out lone surrogates
