"""Dialogs: each collects input and shows it back; the caller does the work."""
