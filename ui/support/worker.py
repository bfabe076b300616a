"""Work off the GUI thread: results travel back by queued signals of a QObject that lives in the GUI thread."""

from __future__ import annotations


def safe_emit(signal, *values) -> None:
    """Emit from a worker thread; if the receiving window is already gone (closed meanwhile), nobody waits for the
    result and it is dropped."""
    try:
        signal.emit(*values)
    except RuntimeError:  # the signal's QObject was deleted with its window
        pass
