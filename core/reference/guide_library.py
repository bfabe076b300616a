"""Where guides come from and which one is in force.

Guides are read from ``resources/guides/`` (bundled) and from the user's ``guides`` folder beside the
database's default location (a revised guide from the study lead). Each good file is stored in the
database once per (id, version); interviews keep the version they were recorded with. A faulty file is
reported (file, line, problem) and skipped: the study goes on with the last good version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from core.base import paths
from core.base.resources import resource_path

if TYPE_CHECKING:  # core.model.guide is imported when a guide is read, not when a database is opened
    from core.model.guide import Guide, GuideError
    from core.storage.store import Store

DEFAULT_GUIDE_ID = "distrikt-ordninger"


@dataclass
class GuideReport:
    added: list[tuple[str, int]] = field(default_factory=list)
    errors: list[GuideError] = field(default_factory=list)


def user_guides_dir() -> Path:
    return paths.data_dir() / "guides"


def guide_files(extra_dir: Path | None = None, include_user: bool = True) -> list[Path]:
    """The bundled guide files, then the user's (``extra_dir`` instead of the user folder, when given)."""
    files = sorted(resource_path("guides").glob("*.toml"))
    folder = extra_dir if extra_dir is not None else user_guides_dir()
    if include_user and folder.is_dir():
        files += sorted(folder.glob("*.toml"))
    return files


@lru_cache(maxsize=32)
def _parse_cached(text: str, source: str) -> "Guide":
    from core.model.guide import parse_guide

    return parse_guide(text, source)


def _read(path: Path) -> tuple["Guide", str]:
    """The guide in the file ``path`` and its text; GuideError for anything that keeps it from being used (not
    a file, a link to nothing, not UTF-8, not a guide)."""
    from core.model.guide import GuideError

    if not path.is_file():
        problem = "a link that points to nothing" if path.is_symlink() else "a folder, not a file"
        raise GuideError(path.name, None, f"not a guide file: {problem}")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise GuideError(path.name, None, f"not UTF-8 text: {exc}") from exc
    except OSError as exc:
        raise GuideError(path.name, None, f"cannot be read: {exc.strerror or exc}") from exc
    try:
        return _parse_cached(text, path.name), text
    except GuideError:
        raise
    except Exception as exc:  # a check the parser lacks must not stop Feltkart: the file is reported, not used
        raise GuideError(path.name, None, f"cannot be read as a guide ({type(exc).__name__}: {exc})") from exc


def sync(store: "Store", extra_dir: Path | None = None, include_user: bool = True) -> GuideReport:
    """Store every good guide file not yet in the database; report faulty ones."""
    from core.model.guide import GuideError

    report = GuideReport()
    known = {
        (gid, version): source
        for gid, version, source in store.conn.execute("SELECT id, version, source FROM guides")
    }
    new = []
    for path in guide_files(extra_dir, include_user):
        try:
            guide, text = _read(path)
        except GuideError as exc:
            report.errors.append(exc)
            continue
        key = (guide.id, guide.version)
        if key in known:
            if known[key] != text:
                report.errors.append(
                    GuideError(path.name, None, f"version {guide.version} of '{guide.id}' is already in use with other "
                               "content; give the changed guide a new version number")
                )
            continue
        known[key] = text
        new.append({"id": guide.id, "version": guide.version, "source": text, "origin": str(path), "loaded_at": store.now()})
        report.added.append(key)
    if new:
        with store.write():
            store.db["guides"].insert_all(new)
    return report


def missing_bundled(conn) -> list[Path]:
    """Bundled guide files whose (id, version) is not stored yet. Reads the files' heads only, parses nothing."""
    import re

    stored = {(gid, v) for gid, v in conn.execute("SELECT id, version FROM guides")}
    missing = []
    for path in sorted(resource_path("guides").glob("*.toml")):
        head = path.read_text(encoding="utf-8")[:2000]
        gid = re.search(r'^\s*id\s*=\s*"([^"]+)"', head, re.M)
        version = re.search(r"^\s*version\s*=\s*(\d+)", head, re.M)
        if not gid or not version or (gid.group(1), int(version.group(1))) not in stored:
            missing.append(path)
    return missing


def get(store: "Store", guide_id: str, version: int) -> Guide:
    row = store.conn.execute("SELECT source FROM guides WHERE id = ? AND version = ?", [guide_id, version]).fetchone()
    if row is None:
        raise KeyError((guide_id, version))
    return _parse_cached(row[0], f"{guide_id} v{version}")


def current(store: "Store", guide_id: str = DEFAULT_GUIDE_ID) -> Guide:
    """The newest stored version of the study's guide (the bundled ones are stored on first use)."""
    row = store.conn.execute("SELECT max(version) FROM guides WHERE id = ?", [guide_id]).fetchone()
    if row[0] is None:
        sync(store)
        row = store.conn.execute("SELECT max(version) FROM guides WHERE id = ?", [guide_id]).fetchone()
        if row[0] is None:
            raise KeyError(guide_id)
    return get(store, guide_id, row[0])
