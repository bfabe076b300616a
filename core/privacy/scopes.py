"""What an erasure covers (``STUDY``: every name and contact; ``INFORMANT``: one informant's), and whether the
study's personal data were erased, read without the rest of the privacy layer: the status bar's note asks
it while the window starts."""

from __future__ import annotations

STUDY, INFORMANT = "study", "informant"


def study_erased(conn) -> bool:
    """Whether this database holds an erasure of the whole study's personal data (its own or one merged)."""
    return conn.execute("SELECT 1 FROM personal_data_erasures WHERE scope = ? LIMIT 1", [STUDY]).fetchone() is not None
