"""Python's cyclic garbage collector held back while a piece of work makes millions of short-lived lists,
dictionaries and tuples that are never part of a cycle (a merge's logs, the Sitater list's rows): it would
otherwise walk everything made so far again and again (a tenth of a merge's time). Reference counting frees
them as before; the collector runs again when the work ends. It is held for the whole process (Python has one),
so only around work that takes seconds, not minutes."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The collector held back inside the block; turned on again after it only if it was on before (work of
    this kind in two threads at once ends with it on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
