"""Open a study: the database (``core.storage``: checked, locked by the caller, migrated), then what it refers
to brought up to date: the statistics' rows after a migration that asks for it, the bundled municipality
registries, the bundled interview guides and the version of Feltkart that last wrote it. The one way the
window, the commands and the workers open a database (as Anki's ``Collection(path)``)."""

from __future__ import annotations

from pathlib import Path

from core import __version__
from core.base.clock import Clock, wall_ms
from core.base.driver import Key
from core.reference import guide_library, registry
from core.storage.schema import REBUILD_STATS
from core.storage.store import Store, open_store


def open_workspace(path: Path | str, clock: Clock = wall_ms, create: bool = True, check: bool = False,
                   passphrase: str | None = None, key: Key | None = None) -> Store:
    """The study's database at ``path``, ready to use (``open_store`` says what ``create``, ``check``,
    ``passphrase`` and ``key`` do)."""
    store = open_store(path, clock=clock, create=create, check=check, passphrase=passphrase, key=key)
    try:
        bring_up_to_date(store)
    except BaseException:
        store.close()
        raise
    return store


def bring_up_to_date(store: Store) -> None:
    """What a newer Feltkart, or a migration, leaves to be worked out or copied in, each in one transaction."""
    conn = store.conn
    if conn.execute("SELECT 1 FROM meta WHERE key = ?", [REBUILD_STATS]).fetchone():
        from core.interviews import refresh_stats  # after a migration only: not on the start-up path

        with store.write():
            refresh_stats(conn)
            conn.execute("DELETE FROM meta WHERE key = ?", [REBUILD_STATS])
    stale = registry.stale_registries(conn)
    stored = conn.execute("SELECT value FROM meta WHERE key = 'app_version'").fetchone()
    if guide_library.missing_bundled(conn):
        guide_library.sync(store, include_user=False)  # the user's guide files are read after start
    if stale or not stored or stored[0] != __version__:
        with store.write():
            store.db["meta"].upsert({"key": "app_version", "value": __version__}, pk="key")
            registry.sync_bundled(store.db, stale)
