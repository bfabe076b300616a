"""Merging field packages: the union of the change logs, answer by answer.

Identity is the record's UUID. The change log is append-only and each change names its parent (the change it
replaced on its laptop), so merging is ``INSERT OR IGNORE`` of changes by id, then recomputing the current value
of every answer the new changes touch:

- a *head* is a change no other change of the same answer names as parent;
- one head: that is the value (changes on different answers of one interview both survive);
- several heads: two laptops changed the answer since they last shared data. Every value is kept in the log;
  the provisional winner is the head with the latest clock stamp (the stamp ends with the device id, the
  tie-break), and the answer is listed as a conflict (``conflicts``).

The result depends only on the set of changes, never on the order of imports: merging is idempotent,
commutative and associative. Deletions and restores are changes of the field ``_deleted`` and merge the same
way; a change made elsewhere after an interview was deleted is reported, not lost. Scheme catalogue rows
merge by their last update. A package of another study or registry is refused (``PackageError``); a laptop
that has no interviews yet joins the package's study.

Safety: a dated backup of the database before the first package is merged; each package is one transaction.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core import hlc, study
from core.clock import now_iso
from core.interviews import DELETED_FIELD, SCHEME_CODES, STATUS_FIELD, SUMMARY_FIELDS, _index_text, scheme_code
from core.package import Manifest, PackageError, read_package

if TYPE_CHECKING:
    from core.store import Store


@dataclass(frozen=True)
class Conflict:
    interview_id: str
    field: str
    scheme: str
    values: list[tuple[object, str, str, str]]  # (value, stamp, device id, coordinator), the winner first


@dataclass
class MergeReport:
    merged: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    added_interviews: int = 0
    added_changes: int = 0
    updated_answers: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    changed_after_delete: list[str] = field(default_factory=list)  # interview ids
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # interview id pairs
    backup: Path | None = None

    def lines(self) -> list[str]:
        out = [f"merged: {', '.join(self.merged) or 'nothing'}"]
        out += [f"refused: {name}: {reason}" for name, reason in self.refused]
        out.append(f"added interviews: {self.added_interviews}; added changes: {self.added_changes}; "
                   f"answers updated: {self.updated_answers}")
        out.append(f"conflicts: {len(self.conflicts)}; changed after deletion: {len(self.changed_after_delete)}; "
                   f"possible duplicates: {len(self.duplicates)}")
        for c in self.conflicts:
            label = c.field + (f" [{c.scheme}]" if c.scheme else "")
            shown = " | ".join(f"{json.dumps(v, ensure_ascii=False)} ({who}, {stamp[:13]})" for v, stamp, _d, who in c.values)
            out.append(f"  conflict {c.interview_id} {label}: {shown}")
        out += [f"  changed after deletion: {i}" for i in self.changed_after_delete]
        out += [f"  possible duplicate: {a} and {b}" for a, b in self.duplicates]
        if self.backup:
            out.append(f"backup before merging: {self.backup}")
        return out


def heads(conn, interview_id: str, fld: str, scheme: str) -> list[tuple[str, str, str, str, str]]:
    """The heads of one answer, latest stamp first: (change id, value, stamp, device id, coordinator)."""
    return conn.execute(
        """SELECT c.id, c.value, c.hlc, c.device_id, c.coordinator FROM changes c
           WHERE c.interview_id = ? AND c.field = ? AND coalesce(c.scheme, '') = ?
             AND NOT EXISTS (SELECT 1 FROM changes d WHERE d.parent = c.id)
             AND NOT EXISTS (SELECT 1 FROM change_parents p WHERE p.parent = c.id)
           ORDER BY c.hlc DESC""",
        [interview_id, fld, scheme],
    ).fetchall()


def conflicts(store: "Store", interview_id: str | None = None) -> list[Conflict]:
    """Every answer with more than one head (for the Konflikter view and the merge report), from the
    ``open_conflicts`` table the merge and every change keep in step."""
    where = " WHERE interview_id = ?" if interview_id else ""
    keys = store.conn.execute(f"SELECT interview_id, field, scheme FROM open_conflicts{where} ORDER BY 1, 2, 3",
                              [interview_id] if interview_id else []).fetchall()
    found = []
    for i, f, s in keys:
        if f == DELETED_FIELD:  # deleted on one laptop, edited on another without knowing
            found.append(_deleted_but_edited(store, i))
            continue
        values = heads(store.conn, i, f, s)
        if len({v for _id, v, *_rest in values}) > 1:
            found.append(Conflict(i, f, s, [(json.loads(v), stamp, dev, who) for _id, v, stamp, dev, who in values]))
    return found


def _deleted_but_edited(store: "Store", interview_id: str) -> Conflict:
    """The choice between the deletion (in use) and keeping the interview with the other laptop's edits."""
    conn = store.conn
    deletion = conn.execute(
        """SELECT c.hlc, c.device_id, c.coordinator FROM answers a JOIN changes c ON c.id = a.change_id
           WHERE a.interview_id = ? AND a.field = ? AND a.scheme = ''""", [interview_id, DELETED_FIELD]).fetchone()
    edit = conn.execute(
        """SELECT hlc, device_id, coordinator FROM changes WHERE interview_id = ? AND field != ? AND device_id != ?
           ORDER BY hlc DESC LIMIT 1""", [interview_id, DELETED_FIELD, deletion[1]]).fetchone()
    return Conflict(interview_id, DELETED_FIELD, "", [(True, *deletion), (False, *(edit or deletion))])


def conflict_count(store: "Store") -> int:
    """How many answers and possible duplicates wait for a choice (the navigation's badge)."""
    count = len(duplicates(store))
    if store.conn.execute("SELECT 1 FROM open_conflicts LIMIT 1").fetchone():
        count += len(conflicts(store))
    return count


def resolve(store: "Store", interview_id: str, fld: str, scheme: str, value: object) -> None:
    """Settle a conflict with the value the user picked (one of the heads' values, or another). Recorded as a
    change that replaces every head, with the reason "konflikt løst", also on a complete interview: picking
    between recorded values is not editing the interview. It travels like any other change."""
    from core.interviews import _checked, _guide_of, _record

    open_row = store.conn.execute(
        "SELECT 1 FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
        [interview_id, fld, scheme]).fetchone()
    if not open_row:
        raise ValueError("no conflict on this answer")
    if not fld.startswith("_"):  # an answer: the same checks as when it is typed (ValidationError)
        _question, value = _checked(store, interview_id, _guide_of(store, interview_id), fld, scheme, value)
    with store.db.atomic():
        # forced: picking the value already shown must still record a change that replaces the other heads
        _record(store, interview_id, fld, scheme, value, reason="konflikt løst", force=True)
        store.conn.execute("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
                           [interview_id, fld, scheme])


def _apply(store: "Store", interview_id: str, fld: str, scheme: str) -> bool:
    """Make the answer's current value the winning head's, and note whether it is in conflict. True when the
    value changed."""
    conn = store.conn
    found = heads(conn, interview_id, fld, scheme)
    if not found:
        return False
    if len({value for _id, value, *_rest in found}) > 1:  # heads that agree are no conflict
        conn.execute("INSERT OR IGNORE INTO open_conflicts VALUES (?, ?, ?)", [interview_id, fld, scheme])
    else:
        conn.execute("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
                     [interview_id, fld, scheme])
    change_id, encoded = found[0][0], found[0][1]
    current = conn.execute("SELECT change_id FROM answers WHERE interview_id = ? AND field = ? AND scheme = ?",
                           [interview_id, fld, scheme]).fetchone()
    if current and current[0] == change_id:
        return False
    conn.execute(
        "INSERT INTO answers (interview_id, field, scheme, value, change_id) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (interview_id, field, scheme) DO UPDATE SET value = excluded.value, change_id = excluded.change_id",
        [interview_id, fld, scheme, encoded, change_id],
    )
    value = json.loads(encoded)
    if scheme and fld in SCHEME_CODES:
        conn.execute(
            f"INSERT INTO scheme_answers (interview_id, scheme, {fld}) VALUES (?, ?, ?)"
            f" ON CONFLICT (interview_id, scheme) DO UPDATE SET {fld} = excluded.{fld}",
            [interview_id, scheme, scheme_code(fld, value)],
        )
    _index_text(store, interview_id, fld, scheme, value)
    if fld in SUMMARY_FIELDS:
        conn.execute(f"UPDATE interviews SET {SUMMARY_FIELDS[fld]} = ? WHERE id = ?", [value, interview_id])
    elif fld == STATUS_FIELD:
        conn.execute("UPDATE interviews SET status = ? WHERE id = ?", [value, interview_id])
    elif fld == DELETED_FIELD:
        conn.execute("UPDATE interviews SET deleted = ? WHERE id = ?", [int(bool(value)), interview_id])
    return True


def _check_study(store: "Store", manifest: Manifest, path: Path) -> None:
    local = study.load(store)
    has_interviews = store.conn.execute("SELECT 1 FROM interviews LIMIT 1").fetchone() is not None
    if manifest.study_id != local.study_id:
        if has_interviews:
            raise PackageError(path, "other_study", f"{manifest.study_name!r}, not {local.study_name!r}")
        return  # this laptop joins the package's study (see _join)
    if manifest.registry_version != local.registry_version:
        raise PackageError(path, "other_registry",
                           f"registry {manifest.registry_version}, this study uses {local.registry_version}")


def _join(store: "Store", manifest: Manifest) -> None:
    """A laptop without interviews takes the package's study: id, name, registry and rural definition."""
    conn = store.conn
    now = now_iso()
    for key in ("study_id", "study_name", "registry_version", "rural_definition"):
        row = conn.execute("SELECT value FROM pkg.settings WHERE key = ?", [key]).fetchone()
        if row:
            conn.execute("UPDATE settings SET value = ?, updated_at = ? WHERE key = ?", [row[0], now, key])
    local = conn.execute("SELECT value FROM settings WHERE key = 'coordinator_name'").fetchone()
    if not local or not local[0].strip():
        conn.execute("UPDATE settings SET value = ?, updated_at = ? WHERE key = 'coordinator_name'",
                     [manifest.coordinator, now])


def _merge_one(store: "Store", manifest: Manifest, data: Path, report: MergeReport) -> None:
    conn = store.conn
    conn.execute("ATTACH DATABASE ? AS pkg", [f"{data.resolve().as_uri()}?mode=ro"])
    try:
        with store.db.atomic():
            if manifest.study_id != study.load(store).study_id:
                _join(store, manifest)
            else:  # the study's name and rural definition: the later setting wins (the coordinator is per laptop)
                for key in ("study_name", "rural_definition"):
                    conn.execute(
                        """UPDATE settings SET value = p.value, updated_at = p.updated_at FROM pkg.settings p
                           WHERE settings.key = ? AND p.key = settings.key AND p.updated_at > settings.updated_at""",
                        [key])
            conn.execute("INSERT OR IGNORE INTO guides SELECT * FROM pkg.guides")
            # the scheme catalogue: new codes come in; a code both have takes the later update
            cols = [r[1] for r in conn.execute("PRAGMA main.table_info(schemes)")]
            conn.execute(f"""INSERT INTO schemes ({', '.join(cols)}) SELECT {', '.join(cols)} FROM pkg.schemes p
                             WHERE true ON CONFLICT (code) DO UPDATE SET
                             {', '.join(f'{c} = excluded.{c}' for c in cols if c != 'code')}
                             WHERE excluded.updated_at > schemes.updated_at""")
            before = conn.execute("SELECT count(*) FROM interviews").fetchone()[0]
            icols = [r[1] for r in conn.execute("PRAGMA main.table_info(interviews)")]
            conn.execute(f"INSERT OR IGNORE INTO interviews ({', '.join(icols)}) SELECT {', '.join(icols)} FROM pkg.interviews")
            added_interviews = conn.execute("SELECT count(*) FROM interviews").fetchone()[0] - before
            new = conn.execute(
                "SELECT p.id, p.interview_id, p.field, coalesce(p.scheme, ''), p.hlc FROM pkg.changes p"
                " WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.id = p.id)").fetchall()
            ccols = [r[1] for r in conn.execute("PRAGMA main.table_info(changes)")]
            conn.execute(f"INSERT OR IGNORE INTO changes ({', '.join(ccols)}) SELECT {', '.join(ccols)} FROM pkg.changes")
            conn.execute("INSERT OR IGNORE INTO change_parents SELECT * FROM pkg.change_parents")
            touched = sorted({(i, f, s) for _id, i, f, s, _h in new})
            updated = sum(_apply(store, i, f, s) for i, f, s in touched)
            for interview_id in {i for i, _f, _s in touched}:
                conn.execute("UPDATE interviews SET updated_at = ? WHERE id = ?", [now_iso(), interview_id])
            flagged = _edits_of_deleted(conn, new)
            conn.executemany("INSERT OR IGNORE INTO open_conflicts VALUES (?, ?, '')",
                             [(i, DELETED_FIELD) for i in flagged])
            report.changed_after_delete += flagged
            if new:
                hlc.observe(conn, max(h for *_rest, h in new))
        report.added_interviews += added_interviews
        report.added_changes += len(new)
        report.updated_answers += updated
    finally:
        conn.execute("DETACH DATABASE pkg")


def _edits_of_deleted(conn, new: list[tuple]) -> list[str]:
    """Interviews that are deleted after this merge although another laptop edited them without knowing of the
    deletion: edits that arrive for an interview deleted here, or a deletion that arrives for an interview with
    edits here that the deleting laptop had not seen (they are not in its package). Nothing is lost either way
    (the answers stay in the log and come back with a restore); the report names them."""
    flagged = []
    new_ids = {change_id for change_id, *_ in new}
    for interview_id in sorted({i for _c, i, *_ in new}):
        row = conn.execute(
            """SELECT d.id, d.device_id FROM interviews i JOIN answers a ON a.interview_id = i.id
               AND a.field = ? AND a.scheme = '' JOIN changes d ON d.id = a.change_id
               WHERE i.id = ? AND i.deleted = 1""", [DELETED_FIELD, interview_id]).fetchone()
        if row is None:
            continue
        deletion, deleter = row
        later = conn.execute(
            """SELECT 1 FROM changes e WHERE e.interview_id = ? AND e.field != ? AND e.device_id != ?
               AND e.hlc > (SELECT hlc FROM changes WHERE id = ?)
               AND NOT EXISTS (SELECT 1 FROM changes r WHERE r.interview_id = e.interview_id AND r.field = ?
                               AND r.device_id = e.device_id AND r.hlc > (SELECT hlc FROM changes WHERE id = ?))
               LIMIT 1""", [interview_id, DELETED_FIELD, deleter, deletion, DELETED_FIELD, deletion]).fetchone()
        if later:  # an edit stamped after the deletion, by a laptop that never restored it: it did not know
            flagged.append(interview_id)
            continue
        edits = conn.execute(
            "SELECT id FROM changes WHERE interview_id = ? AND field != ? AND device_id != ?",
            [interview_id, DELETED_FIELD, deleter]).fetchall()
        if deletion in new_ids:  # the deletion arrived: edits here that its laptop had not seen
            unseen = [c for (c,) in edits if c not in new_ids and
                      not conn.execute("SELECT 1 FROM pkg.changes WHERE id = ?", [c]).fetchone()]
        else:  # edits arrived for an interview deleted here
            unseen = [c for (c,) in edits if c in new_ids]
        if unseen:
            flagged.append(interview_id)
    return flagged


DISTINCT_FIELD = "_distinct_from"  # interviews the user said are not duplicates of this one (a list of ids)


def duplicates(store: "Store") -> list[tuple[str, str]]:
    """Interviews of one municipality on one date recorded on different laptops (not in the trash), unless the
    user kept both."""
    rows = store.conn.execute(
        """SELECT a.id, b.id FROM interviews a JOIN interviews b
           ON a.municipality = b.municipality AND a.interview_date = b.interview_date AND a.id < b.id
           AND a.device_id != b.device_id
           WHERE a.deleted = 0 AND b.deleted = 0""").fetchall()
    kept = {}
    for interview_id, value in store.conn.execute(
            "SELECT interview_id, value FROM answers WHERE field = ? AND scheme = ''", [DISTINCT_FIELD]):
        kept[interview_id] = set(json.loads(value) or [])
    return [(a, b) for a, b in rows if b not in kept.get(a, set()) and a not in kept.get(b, set())]


def keep_both(store: "Store", first: str, second: str) -> None:
    """The user says the two are different interviews: recorded on both (a change that travels)."""
    from core.interviews import _record

    with store.db.atomic():
        for this, other in ((first, second), (second, first)):
            row = store.conn.execute("SELECT value FROM answers WHERE interview_id = ? AND field = ? AND scheme = ''",
                                     [this, DISTINCT_FIELD]).fetchone()
            ids = sorted(set(json.loads(row[0]) if row else []) | {other})
            _record(store, this, DISTINCT_FIELD, "", ids)


def mark_duplicate(store: "Store", duplicate: str, kept: str) -> None:
    """The user says ``duplicate`` repeats ``kept``: it goes to the trash with that reason (it can be restored)."""
    from core.interviews import DELETED_FIELD as deleted, _record

    with store.db.atomic():
        _record(store, duplicate, deleted, "", True, reason=f"duplikat av {kept}")


def merge(store: "Store", paths: list[Path], progress=None) -> MergeReport:
    """Merge packages into the store. Refused files are listed in the report; the others are merged, each in
    one transaction, after one backup of the database. ``progress(done, total)`` after each package."""
    from core.store import backup_database

    report = MergeReport()
    with tempfile.TemporaryDirectory(prefix="feltkart-merge-") as work:
        checked = []
        for n, path in enumerate(paths):
            folder = Path(work) / str(n)
            folder.mkdir()
            try:
                manifest, data = read_package(path, folder)
                _check_study(store, manifest, Path(path))
            except PackageError as exc:
                report.refused.append((str(path), f"{exc.reason}" + (f" ({exc.detail})" if exc.detail else "")))
                continue
            checked.append((path, manifest, data))
        if checked:
            report.backup = backup_database(store.conn, store.path, "before-merge")
        for path, manifest, data in checked:
            try:
                _check_study(store, manifest, Path(path))  # an earlier package may have made this laptop join
            except PackageError as exc:
                report.refused.append((str(path), f"{exc.reason} ({exc.detail})"))
                continue
            _merge_one(store, manifest, data, report)
            report.merged.append(str(path))
            if progress:
                progress(len(report.merged), len(checked))
    report.conflicts = conflicts(store)
    report.changed_after_delete = sorted(set(report.changed_after_delete))
    report.duplicates = duplicates(store)
    return report
