"""The database file: open and check it, back it up, migrate it (the schema), and this laptop's clock in it.
Nothing above it: bringing reference data up to date after opening is ``core.workspace``."""
