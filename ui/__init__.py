"""Feltkart's Qt layer: windows, dialogs, item models. Asks ``core`` for data; never writes SQL."""
