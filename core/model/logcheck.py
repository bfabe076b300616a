"""The checks of a change log (``core.model.ilog``) read from a package or a database: every column of the
type and in the range Feltkart writes, every answer one JSON value."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import chain

from core.model import hlc


class LogError(ValueError):
    """A stored or received log that is not in this format."""


_DECODER = json.JSONDecoder()
# One JSON value as this program writes it (compact, json.dumps): text without escapes, a number, true, false
# or null; a list of those; an object of those; a list of such objects (the informants). Anything else is
# decoded to be sure.
_TEXT = r'"[^"\\\x00-\x1f]*"'
_SCALAR = rf'(?:{_TEXT}|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null)'
_OBJECT = rf'\{{(?:{_TEXT}:{_SCALAR}(?:,{_TEXT}:{_SCALAR})*)?\}}'
_PLAIN_JSON = (rf'(?:{_SCALAR}|\[(?:{_SCALAR}(?:,{_SCALAR})*)?\]|{_OBJECT}'
               rf'|\[{_OBJECT}(?:,{_OBJECT})*\])')


@lru_cache(maxsize=1)
def _plain() -> tuple[re.Pattern, re.Pattern]:
    """The patterns of one plain JSON value and of several parted by NUL: compiled when a log is first checked
    (a merge), not when the window starts."""
    return re.compile(_PLAIN_JSON), re.compile(f"{_PLAIN_JSON}(?:\x00{_PLAIN_JSON})*")


_NONE = type(None)


def check_columns(devices: list, coordinators: list, changes: list[list], reasons: list, parents: list,
                  known: list = (), seen: list = ()) -> None:
    """The columns of a log hold what Feltkart writes there; LogError naming what does not. A merge checks
    every log it brings: the columns of one type are checked together, and the rare columns only when a
    change has them."""
    ids, fields, schemes, values, parent, wall, counter, device, coordinator = changes
    size = len(ids)
    if set(map(len, changes)) != {size}:
        raise LogError("not a change log: a column's length")
    if set(map(type, chain(devices, coordinators, ids, fields, schemes, values))) - {str}:
        raise LogError("not a change log: a device, coordinator, id, field, scheme or value is not text")
    if set(map(type, parent)) - {str, _NONE}:
        raise LogError("not a change log: column p")
    if size and (set(map(type, chain(wall, counter, device, coordinator))) != {int}
                 or min(chain(wall, counter, device, coordinator)) < 0 or max(wall) > hlc.MAX_WALL
                 or max(counter) > hlc.MAX_COUNTER or max(device) >= len(devices)
                 or max(coordinator) >= len(coordinators)):
        raise LogError("not a change log: a number out of range")
    if (reasons or parents) and not (
            all(type(r) is list and len(r) == 2 and type(r[0]) is int and 0 <= r[0] < size
                and type(r[1]) is str for r in reasons)
            and all(type(p) is list and len(p) == 2 and type(p[0]) is int and 0 <= p[0] < size
                    and type(p[1]) is list and set(map(type, p[1])) <= {str} for p in parents)
            and len({r[0] for r in reasons}) == len(reasons) and len({p[0] for p in parents}) == len(parents)):
        raise LogError("not a change log: a reason or further parents")
    if (known or seen) and not (
            all(type(k) is list and len(k) == 2 and type(k[0]) is int and 0 <= k[0] < size
                and type(k[1]) is list and set(map(type, k[1])) <= {str} for k in known)
            and all(type(v) is list and len(v) == 2 and type(v[0]) is int and 0 <= v[0] < size
                    and type(v[1]) is list and all(
                        type(e) is list and len(e) == 3 and type(e[0]) is str and type(e[1]) is int
                        and type(e[2]) is int and 0 <= e[1] <= hlc.MAX_WALL and 0 <= e[2] <= hlc.MAX_COUNTER
                        for e in v[1]) for v in seen)
            and len({k[0] for k in known}) == len(known) and len({v[0] for v in seen}) == len(seen)):
        raise LogError("not a change log: what a change knew of deletions")
    # each answer one JSON value, as the answers stored for reading take them in. Most are plain text,
    # numbers or true/false: one regular expression over all of them; the others are decoded one by one
    joined = "\x00".join(values)  # no JSON value holds a raw NUL, so it parts them unmistakably
    plain_value, plain_values = _plain()
    if values and not (joined.count("\x00") == len(values) - 1 and plain_values.fullmatch(joined)):
        for value in values:
            if not plain_value.fullmatch(value):
                try:
                    if _DECODER.raw_decode(value)[1] != len(value):
                        raise ValueError("more than one value")
                except ValueError:
                    raise LogError(f"not a change log: an answer is not a JSON value: {value[:40]!r}") from None

