"""The SQLite Feltkart uses: SQLCipher's build of it (``sqlcipher3``), for plain and encrypted databases alike.

One SQLite library in the process: two (the standard library's and SQLCipher's) opening the same file would
not see each other's POSIX locks. Without a key, SQLCipher is plain SQLite (same file format, FTS5, JSON, WAL).
sqlite-utils looks for ``pysqlite3`` before the standard library's ``sqlite3``; pointing that name here, before
sqlite-utils is first imported (``core/__init__`` imports this module), makes it use the same library and catch
its errors.

A study's key (``Key``) is SQLCipher's own: PBKDF2-HMAC-SHA512, 256 000 rounds, 32 bytes, over the passphrase
(NFC) and the 16-byte salt at the start of the database file. It is worked out once when the passphrase is
typed; the passphrase itself is not kept. Every connection, backup and package of the study is opened with the
key and the salt as SQLCipher's raw key (no second key derivation), so each of them also opens with the
passphrase. A study encrypted by Feltkart has a salt worked out from its id (``study_salt``), so that every
laptop of the study that encrypts it with the same passphrase has the same key.
"""

from __future__ import annotations

import hashlib
import os
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2 as sqlite3

sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", sqlite3)

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KDF_ROUNDS = 256_000  # SQLCipher 4's default
MIN_PASSPHRASE = 10  # characters

__all__ = ["Key", "connect", "derive_key", "is_plain", "new_key", "salt_of", "sqlite3", "study_salt"]


@dataclass(frozen=True, repr=False, eq=False)
class Key:
    """The key of an encrypted database: ``secret`` (32 bytes) and ``salt`` (16). Never printed or logged."""

    secret: bytes
    salt: bytes

    def __repr__(self) -> str:
        return "Key(…)"

    @property
    def sql(self) -> str:
        """SQLCipher's raw key with its salt, as the value of ``PRAGMA key`` or ``ATTACH … KEY``."""
        return f"x'{self.secret.hex()}{self.salt.hex()}'"

    def same(self, other: "Key | None") -> bool:
        return other is not None and other.secret == self.secret and other.salt == self.salt


def normal(passphrase: str) -> str:
    """The passphrase as its bytes are taken: Unicode NFC, so that æøå typed on any system give the same key."""
    return unicodedata.normalize("NFC", passphrase)


def derive_key(passphrase: str, salt: bytes) -> Key:
    """The key SQLCipher works out from ``passphrase`` for a file with ``salt`` (about 0.1 s)."""
    secret = hashlib.pbkdf2_hmac("sha512", normal(passphrase).encode("utf-8"), salt, KDF_ROUNDS, 32)
    return Key(secret, salt)


def new_key(passphrase: str) -> Key:
    """A key for a new encrypted file: ``passphrase`` with a new random salt."""
    return derive_key(passphrase, os.urandom(SALT_BYTES))


def study_salt(study_id: str) -> bytes:
    """The salt of a study's encrypted files: the same on every laptop of the study (its id is), so that the
    laptops that encrypt it with the same passphrase have the same key and open each other's packages."""
    return hashlib.sha256(f"feltkart-study:{study_id}".encode()).digest()[:SALT_BYTES]


def is_plain(path: Path) -> bool:
    """True when the file starts as a plain SQLite database does (an encrypted one starts with its salt)."""
    with Path(path).open("rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def salt_of(path: Path) -> bytes:
    with Path(path).open("rb") as fh:
        return fh.read(SALT_BYTES)


def connect(target: str | Path, key: Key | None = None, **options) -> "sqlite3.Connection":
    """A connection to ``target`` (a path, or a ``file:`` URI with ``uri=True``), keyed when ``key`` is given.
    Nothing is read until the first statement, so a wrong key shows there (``sqlite3.DatabaseError``)."""
    conn = sqlite3.connect(str(target) if isinstance(target, Path) else target, **options)
    conn.execute("PRAGMA cipher_log_level = NONE")  # its own lines on stderr; Feltkart says what went wrong
    if key is not None:
        conn.execute(f'PRAGMA key = "{key.sql}"')
    return conn


class KeyInBackground:
    """The key of the encrypted file at ``path`` for ``passphrase``, worked out in a thread of its own while the
    program starts (the key derivation lets other threads run): ``result()`` waits for it. The window's start
    with a passphrase given by file or environment takes no longer for it than the window takes to be made."""

    def __init__(self, passphrase: str, path: Path):
        import threading

        self._salt = salt_of(path)
        self._key: list[Key] = []
        self._thread = threading.Thread(target=lambda: self._key.append(derive_key(passphrase, self._salt)),
                                        name="feltkart-key", daemon=True)
        self._thread.start()

    def result(self) -> Key:
        self._thread.join()
        return self._key[0]
