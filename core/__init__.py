"""Feltkart's domain and storage layer. Never imports Qt or ``ui``."""

import core.base.driver  # noqa: F401  (SQLCipher's SQLite, before anything imports sqlite-utils)

__version__ = "0.1.0"
