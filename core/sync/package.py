"""Field packages: one file (``.feltkart``) that carries a laptop's data to another.

A package is a zip holding ``data.sqlite`` (a consistent snapshot made with SQLite's backup API, without the
tables and indexes that are worked out from the change log: ``DERIVED_TABLES``) and
``manifest.json`` (format, study, registry version, device, coordinator, schema, Feltkart version, time,
counts and the SHA-256 of ``data.sqlite``). ``read_package`` checks all of it before anything is merged and
refuses with a ``PackageError`` that names the file and the reason.

A package of an encrypted study is encrypted: ``data.sqlite`` is an SQLCipher file with the study's key (so
the laptops of the study open it without a word), or with a key of its own from a one-off passphrase for a
recipient (``make_package(passphrase=…)``: it then opens with that passphrase only). The manifest says
which (``encryption``: "study", "one-off" or none) and whether the study is encrypted (``study_encrypted``),
and holds no personal data. A package of an encrypted study is not merged into a plain one, nor the reverse.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core import __version__
from core.base.atomic import WriteError, atomic_file, refused, work_folder
from core.base.driver import Key, connect, derive_key, new_key, salt_of, sqlite3
from core.base.errors import FeltkartError, is_disk_full
from core.model import ilog
from core.reference import study

if TYPE_CHECKING:
    from core.storage.store import Store

FORMAT = 1
# Kept up to date from the change log on every laptop, so a package leaves them empty (the merge recomputes them).
DERIVED_TABLES = ("interview_stats", "answer_text", "answer_text_rows", "open_conflicts", "fieldwork_conflicts",
                  "coding_conflicts", "passages", "passage_themes", "quote_marks", "interview_facts")
# The change logs a package carries: with ``since_last``, only those written since the last package to the recipient.
LOG_TABLES = ("interview_logs", "fieldwork_logs", "coding_logs")
SUFFIX = ".feltkart"
DATA = "data.sqlite"
MANIFEST = "manifest.json"


class PackageError(FeltkartError):
    """A file that cannot be merged or written. ``reason``: not_found, not_a_package, damaged, checksum, newer,
    other_study, other_registry, clock_ahead, too_large, disk_full, unwritable, encrypted_into_plain,
    plain_into_encrypted, passphrase_needed, wrong_passphrase. ``detail`` says it in English
    for the log and the command line; ``facts`` are the values the window words it with."""

    def __init__(self, path: Path | str, reason: str, detail: str = "", **facts):
        self.path, self.reason, self.detail, self.facts = Path(path), reason, detail, facts
        super().__init__(f"{path}: {reason}" + (f" ({detail})" if detail else ""))

    @property
    def text(self) -> str:
        """The reason and the detail, as the command line and the merge report's text print them."""
        return self.reason + (f" ({self.detail})" if self.detail else "")


@dataclass(frozen=True)
class Manifest:
    format: int
    study_id: str
    study_name: str
    registry_version: int
    device_id: str
    coordinator: str
    schema: list[str]
    feltkart_version: str
    created: str
    interviews: int
    changes: int
    sha256: str
    since: str | None = None  # a partial package: only changes stamped after this (see make_package)
    recipient: str | None = None
    encryption: str | None = None  # "study" (the study's key), "one-off" (a passphrase of its own) or None
    study_encrypted: bool | None = None  # None: made by a Feltkart before encryption (a plain study)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _sent_key(recipient: str) -> str:
    return "sent:" + " ".join(recipient.split()).casefold()


def last_sent(store: "Store", recipient: str) -> str | None:
    """How far the last package to ``recipient`` went (``log_seq`` when it was made), or None: none was made,
    or it was made by a Feltkart that marked it otherwise, so the next one holds everything."""
    row = store.conn.execute("SELECT value FROM meta WHERE key = ?", [_sent_key(recipient)]).fetchone()
    return row[0] if row and row[0].isdigit() else None


def make_package(store: "Store", out: Path, since_last: str | None = None, passphrase: str | None = None
                 ) -> Manifest:
    """Write the database as a package at ``out`` (complete or not at all). With ``since_last`` (a recipient's
    name), only the logs of the interviews, fieldwork records, themes and passages that changed here (edited or
    merged) since the last package to that recipient are included, each whole (every interview row, guide and
    scheme still is), and the mark is moved on once the file is written. ``passphrase``: a one-off passphrase for a recipient, which alone opens
    the package; otherwise the package of an encrypted study has the study's key."""
    from core.storage.schema import known_migration_names
    from core.storage.store import check_intact, copy_database

    out = Path(out)
    if not out.parent.is_dir():
        raise PackageError(out, "unwritable", "the folder does not exist")
    check_intact(store.conn, store.path)  # a damaged database is not passed on (DamagedDatabaseError)
    settings = study.load(store)
    with work_folder("feltkart-package-") as work:
        data = work / DATA
        key = new_key(passphrase) if passphrase is not None else store.key
        copy_database(store.conn, data, key)
        dest = connect(data, key)
        try:
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
        since = last_sent(store, since_last) if since_last else None
        conn = connect(data, key)
        try:
            # what this copy holds: the mark of the next package to the same recipient
            written = conn.execute("SELECT value FROM meta WHERE key = 'log_seq'").fetchone()[0]
            if since is not None:  # the whole logs written since the last package to this recipient
                for table in LOG_TABLES:
                    conn.execute(f"DELETE FROM {table} WHERE seq <= ?", [int(since)])
            logs = " UNION ALL ".join(f"SELECT log FROM {table}" for table in LOG_TABLES)
            changes = conn.execute(f"SELECT coalesce(sum(json_array_length(log, '$.id')), 0) FROM ({logs})"
                                   ).fetchone()[0]
            # what the merge works out again from the log stays behind: half the size to send and to unpack
            for table in LOG_TABLES:
                conn.execute(f"UPDATE {table} SET answers = ?", [ilog.encode_answers({})])
            for table in DERIVED_TABLES:
                conn.execute(f"DELETE FROM {table}")
            for (index,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                         " AND tbl_name IN ('interview_logs', 'interviews', 'fieldwork_logs')").fetchall():
                conn.execute(f'DROP INDEX "{index}"')
            conn.commit()
            conn.execute("VACUUM")
            interviews = conn.execute("SELECT count(*) FROM interviews").fetchone()[0]
        finally:
            conn.close()
        manifest = Manifest(FORMAT, settings.study_id, settings.study_name, settings.registry_version,
                            store.device_id, settings.coordinator_name, known_migration_names(), __version__,
                            store.now(), interviews, changes, _sha256(data), since, since_last,
                            "one-off" if passphrase is not None else ("study" if store.key else None), store.encrypted)
        try:
            with atomic_file(out) as tmp:
                try:
                    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
                        z.writestr(MANIFEST, json.dumps(manifest.__dict__, ensure_ascii=False, indent=1))
                        z.write(data, DATA)
                except OSError as exc:
                    raise refused(out, exc) from exc
        except WriteError as exc:
            raise PackageError(out, "unwritable", exc.reason) from exc
    if since_last:
        with store.write():
            store.db["meta"].upsert({"key": _sent_key(since_last), "value": str(written)}, pk="key")
    return manifest


# What a manifest holds, and the types of its values (None where a value may be missing: a whole package).
MANIFEST_FIELDS = {"format": (int,), "study_id": (str,), "study_name": (str,), "registry_version": (int,),
                   "device_id": (str,), "coordinator": (str,), "schema": (list,), "feltkart_version": (str,),
                   "created": (str,), "interviews": (int,), "changes": (int,), "sha256": (str,),
                   "since": (str, type(None)), "recipient": (str, type(None)), "encryption": (str, type(None)),
                   "study_encrypted": (bool, type(None))}
# The tables a Feltkart package's database has (whatever its age): without them it is another program's.
PACKAGE_TABLES = {"meta", "settings", "schemes", "guides", "interviews", "registries", "municipalities"}
MIN_ALLOWED = 64 << 20  # a package's database may unpack to this size at least,
MAX_RATIO = 100  # or to this many times its compressed size (a real one is 3 to 10 times): beyond, a zip bomb


def _newer_version(text: object) -> bool:
    """True when ``text`` names a Feltkart version after this one."""
    def parts(version: str) -> tuple[int, ...]:
        return tuple(int(p) for p in version.split("."))

    try:
        return isinstance(text, str) and parts(text) > parts(__version__)
    except ValueError:
        return False


def _manifest(path: Path, raw: object) -> Manifest:
    """The manifest, every field checked: PackageError "newer" for a newer Feltkart's, "damaged" otherwise."""
    from core.storage.schema import known_migration_names

    if type(raw) is not dict:
        raise PackageError(path, "damaged", "manifest: not a JSON object")
    fmt = raw.get("format")
    unknown = sorted(set(raw) - set(MANIFEST_FIELDS))
    if (type(fmt) is int and fmt > FORMAT) or (unknown and _newer_version(raw.get("feltkart_version"))):
        raise PackageError(path, "newer", f"made by Feltkart {raw.get('feltkart_version')}",
                           version=str(raw.get("feltkart_version")))
    if unknown:
        raise PackageError(path, "damaged", f"manifest: unknown field {unknown[0]!r}")
    for name, types in MANIFEST_FIELDS.items():
        value = raw.get(name)
        if name not in raw and type(None) in types:
            continue
        if type(value) not in types:
            raise PackageError(path, "damaged", f"manifest: {name} is {value!r}")
    if not all(type(name) is str for name in raw["schema"]) or not raw["schema"]:
        raise PackageError(path, "damaged", "manifest: schema")
    if fmt < 1 or raw["interviews"] < 0 or raw["changes"] < 0 or raw.get("encryption") not in (None, "study", "one-off"):
        raise PackageError(path, "damaged", "manifest: a number out of range")
    if any(name not in known_migration_names() for name in raw["schema"]):
        raise PackageError(path, "newer", f"made by Feltkart {raw['feltkart_version']}",
                           version=raw["feltkart_version"])
    return Manifest(**raw)


def _unpack(path: Path, z: zipfile.ZipFile, target: Path) -> None:
    """The package's database into ``target``, its size checked before and while it is unpacked (a zip bomb
    is refused before it fills the disk)."""
    import shutil

    info = z.getinfo(DATA)
    allowed = max(MIN_ALLOWED, MAX_RATIO * info.compress_size)
    if info.file_size > allowed:
        raise PackageError(path, "too_large", f"its data would unpack to {info.file_size} bytes")
    free = shutil.disk_usage(target.parent).free
    if info.file_size > free:
        raise PackageError(path, "disk_full", f"the disk is full: {info.file_size} bytes to unpack, {free} free in "
                           f"{target.parent}", where=str(target.parent))
    written = 0
    try:
        with z.open(DATA) as src, target.open("wb") as dst:
            while block := src.read(1 << 20):
                written += len(block)
                if written > info.file_size or written > allowed:
                    raise PackageError(path, "too_large", "its data unpack to more than the package says")
                dst.write(block)
    except OSError as exc:
        if is_disk_full(exc):
            raise PackageError(path, "disk_full", f"the disk is full: could not unpack it into {target.parent}",
                               where=str(target.parent)) from exc
        raise


def package_salt(path: Path) -> bytes | None:
    """The salt of an encrypted package's database (its first 16 bytes), read without unpacking it; None for a
    file that is not a package."""
    try:
        with zipfile.ZipFile(path) as z, z.open(DATA) as fh:
            return fh.read(16)
    except Exception:  # whatever a damaged zip raises (zlib's errors too): reading it says what is wrong
        return None


def has_table(conn, name: str, schema: str = "pkg") -> bool:
    """The package's database (attached as ``schema``, or ``main`` on a connection of its own) holds a table
    ``name``: one made by an older Feltkart may lack it, and a view of that name (only a hostile package has one)
    is not read as it."""
    return conn.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?", [name]
                        ).fetchone() is not None


def read_manifest(path: Path) -> Manifest:
    """A package's manifest alone, checked (PackageError): what the window shows and asks before a merge."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(path, "not_found", "no such file" if not path.exists() else "not a file")
    try:
        with zipfile.ZipFile(path) as z:
            return _manifest(path, json.loads(z.read(MANIFEST).decode("utf-8")))
    except KeyError as exc:
        raise PackageError(path, "not_a_package", "no manifest") from exc
    except zipfile.BadZipFile as exc:
        raise PackageError(path, "not_a_package", str(exc)) from exc
    except (OSError, EOFError, ValueError) as exc:
        raise PackageError(path, "damaged", str(exc)) from exc


def needs_passphrase(path: Path, key: Key | None) -> bool:
    """True when the package at ``path`` is encrypted with a key this laptop does not have (a one-off
    passphrase, or a study encrypted apart on another laptop): its passphrase must be asked."""
    try:
        manifest = read_manifest(path)
    except PackageError:
        return False  # the merge refuses it with its reason
    if not manifest.encryption:
        return False
    return key is None or package_salt(path) != key.salt or manifest.encryption == "one-off"


def check_passphrase(path: Path, passphrase: str) -> None:
    """PackageError "wrong_passphrase" when ``passphrase`` does not open the encrypted package at ``path``,
    found from its first page alone (the window asks again before anything is unpacked)."""
    import tempfile

    with zipfile.ZipFile(path) as z, z.open(DATA) as fh:
        first = fh.read(4096)
    with tempfile.TemporaryDirectory(prefix="feltkart-key-") as folder:
        page = Path(folder) / DATA
        page.write_bytes(first)
        conn = connect(page, derive_key(passphrase, first[:16]))
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise PackageError(path, "wrong_passphrase", "the passphrase does not open it") from exc
        finally:
            conn.close()


def read_package(path: Path, work: Path, key: Key | None = None, passphrase: str | None = None,
                 derive: Callable[[str, bytes], Key] = derive_key,
                 unpacked: Callable[[Path, Key | None], None] | None = None) -> tuple[Manifest, Path, Key | None]:
    """Check a package and unpack its database into the folder ``work``: its manifest, its database and the
    key that opens it. ``key``: the study's (None for a plain study); ``passphrase``: the package's, when it
    has one of its own, made a key by ``derive`` (a merge's works out each passphrase and salt once);
    ``unpacked(database, key)`` once its database is unpacked and matches its checksum, before SQLite checks
    it. Raises PackageError."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(path, "not_found", "no such file" if not path.exists() else "not a file")
    target = Path(work) / DATA
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if MANIFEST not in names or DATA not in names:
                raise PackageError(path, "not_a_package", "no manifest or no data")
            try:
                raw = json.loads(z.read(MANIFEST).decode("utf-8"))
            except ValueError as exc:
                raise PackageError(path, "damaged", f"manifest: {exc}") from exc
            manifest = _manifest(path, raw)
            _unpack(path, z, target)
    except zipfile.BadZipFile as exc:
        raise PackageError(path, "not_a_package", str(exc)) from exc
    except (OSError, EOFError, zipfile.LargeZipFile) as exc:  # a truncated or unreadable zip
        raise PackageError(path, "damaged", str(exc)) from exc
    except Exception as exc:  # zlib errors and the like inside a damaged archive
        if isinstance(exc, PackageError):
            raise
        raise PackageError(path, "damaged", f"{type(exc).__name__}: {exc}") from exc
    if _sha256(target) != manifest.sha256:
        raise PackageError(path, "checksum", "the data does not match its checksum")
    opener = _package_key(path, manifest, target, key, passphrase, derive)
    if unpacked is not None:
        unpacked(target, opener)
    try:
        conn = connect(f"{target.resolve().as_uri()}?mode=ro", opener, uri=True)
        try:
            _first_read(conn, path, opener)
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise PackageError(path, "damaged", "the database inside fails its check")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise PackageError(path, "damaged", str(exc)) from exc
    if not PACKAGE_TABLES <= tables or not {"interview_logs", "changes"} & tables:
        raise PackageError(path, "foreign", "the database inside is not a Feltkart database")
    return manifest, target, opener


def _package_key(path: Path, manifest: Manifest, data: Path, key: Key | None, passphrase: str | None,
                 derive: Callable[[str, bytes], Key]) -> Key | None:
    """The key that opens the package's database, or PackageError: encryption of study and package disagree,
    or the package's passphrase is needed."""
    if bool(manifest.study_encrypted) != (key is not None):
        reason = "encrypted_into_plain" if manifest.study_encrypted else "plain_into_encrypted"
        raise PackageError(path, reason, "the package's study is encrypted and this database is not"
                           if manifest.study_encrypted else "the package's study is not encrypted and this one is")
    if not manifest.encryption:
        return None
    salt = salt_of(data)
    if passphrase is not None:
        return derive(passphrase, salt)
    if key is not None and key.salt == salt and manifest.encryption == "study":
        return key
    raise PackageError(path, "passphrase_needed", "it is encrypted with a passphrase of its own",
                       one_off=manifest.encryption == "one-off")


def _first_read(conn, path: Path, key: Key | None) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if key is not None:
            raise PackageError(path, "wrong_passphrase", "the passphrase does not open it") from exc
        raise
