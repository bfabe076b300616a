"""Where a marked passage stands in its answer's text after the text changed: pure functions, no storage.

Positions are Python string indices, that is Unicode code points (an emoji or a Sámi letter with its own code
point counts one; a letter written with a combining mark counts two, as QDA-XML counts them). ``start`` and
``end`` are a half-open range: the passage is ``text[start:end]``.

- ``follow(old, new, start, end)``: after one edit (``old`` became ``new``), the passage's new range, or None
  when the edit touched the marked text. The edit is found as the part between the longest common beginning
  and end of the two texts, so an edit wholly before the passage shifts it, one wholly after leaves it, and
  one that overlaps it (or falls strictly inside it) gives None, unless the text is ambiguous (a run of one
  letter) and the marked text stands unchanged where an edit before or after it would have left it. Whatever it returns, ``new[s:e] ==
  old[start:end]``.
- ``locate(text, start, end, marked)``: where a passage marked as ``marked`` at ``start`` stands in ``text``
  now, worked out from the text alone (used after a merge, where the edits came from another laptop): its
  own range when the text there is still ``marked``; else the one place ``marked`` occurs; else None (to be
  reviewed). Deterministic: every laptop with the same text and passage finds the same.
"""

from __future__ import annotations


def edit_span(old: str, new: str) -> tuple[int, int, int]:
    """(a, b, c): ``old[a:b]`` was replaced by ``new[a:c]``; the rest is the same. The common beginning and end
    are found by halving, comparing slices (a 100 000-character note in well under a millisecond)."""
    limit = min(len(old), len(new))
    a = _common(lambda lo, hi: old[lo:hi] == new[lo:hi], limit)
    n, m = len(old), len(new)
    tail = _common(lambda lo, hi: old[n - hi:n - lo] == new[m - hi:m - lo], limit - a)
    return a, n - tail, m - tail


def _common(same, limit: int) -> int:
    """The largest k <= ``limit`` with ``same(0, k)``, where ``same(lo, hi)`` compares the parts lo..hi (from
    the start or from the end) and ``same(0, k)`` holds for every k up to the answer."""
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if same(lo, mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def follow(old: str, new: str, start: int, end: int, span: tuple[int, int, int] | None = None
           ) -> tuple[int, int] | None:
    """The passage ``old[start:end]`` in ``new``, or None when the edit touched it (see the module). ``span``:
    ``edit_span(old, new)`` when the caller has it (one edit, several passages)."""
    if old == new:
        return start, end
    a, b, c = span or edit_span(old, new)
    if b <= start:  # wholly before (an insertion right at its start too): moved by the change of length
        return start + c - b, end + c - b
    if a >= end:  # wholly after (an insertion right at its end too)
        return start, end
    # in a run of repeated letters the edit's place is ambiguous ("aaa" -> "aa"): where the marked text still
    # stands as it would after an edit wholly after or wholly before it, that edit is the one that was made
    marked, shift = old[start:end], len(new) - len(old)
    for s, e in ((start, end), (start + shift, end + shift)):
        if 0 <= s and new[s:e] == marked:
            return s, e
    return None


def locate(text: str | None, start: int, end: int, marked: str) -> tuple[int, int] | None:
    """The range of the passage in ``text`` now, or None (see the module)."""
    if not isinstance(text, str) or not marked:
        return None
    if 0 <= start <= end <= len(text) and text[start:end] == marked:
        return start, end
    first = text.find(marked)
    if first < 0 or text.find(marked, first + 1) >= 0:
        return None
    return first, first + len(marked)
