"""Feltkart's domain and storage layer. Never imports Qt or ``ui``."""

__version__ = "0.1.0"
