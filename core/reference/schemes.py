"""The catalogue of national schemes (*ordninger*) that interviews ask about.

Schemes are keyed by a stable code. Coordinators may add, edit and deactivate them; a scheme is
deleted (a tombstone, so that merging laptops does not bring it back) only while no recorded data
refers to it. References are found through the foreign keys that point at ``schemes.code``, so tables
added later are covered without changes here.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING

from core.base.collation import sort_key
from core.base.errors import NotFoundError, SchemeInUseError, ValidationError

if TYPE_CHECKING:
    from core.storage.store import Store

CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_-]{1,31}$")
MAX_NAME = 120
MAX_OWNER = 120
MAX_DESCRIPTION = 300
FIRST_YEAR = 1950

_COLUMNS = (
    "code, name_nb, name_en, owner, start_year, description_nb, description_en, active, builtin, updated_at"
)


@dataclass(frozen=True)
class SchemeDraft:
    """What a coordinator types in the scheme dialog."""

    code: str
    name_nb: str
    name_en: str
    owner: str
    start_year: int | None
    description_nb: str = ""
    description_en: str = ""

    def cleaned(self) -> "SchemeDraft":
        return SchemeDraft(
            code=self.code.strip().lower(),
            name_nb=self.name_nb.strip(),
            name_en=self.name_en.strip(),
            owner=self.owner.strip(),
            start_year=self.start_year,
            description_nb=self.description_nb.strip(),
            description_en=self.description_en.strip(),
        )


@dataclass(frozen=True)
class Scheme(SchemeDraft):
    active: bool = True
    builtin: bool = False
    updated_at: str = ""

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_nb

    def description(self, lang: str) -> str:
        return self.description_en if lang == "en" else self.description_nb


def _row_to_scheme(row) -> Scheme:
    code, name_nb, name_en, owner, start_year, d_nb, d_en, active, builtin, updated_at = row
    return Scheme(code, name_nb, name_en, owner, start_year, d_nb, d_en, bool(active), bool(builtin), updated_at)


def list_schemes(store: "Store", include_inactive: bool = True) -> list[Scheme]:
    """The catalogue in its own order (built-in first, in the order of the study), then new ones by name."""
    where = "deleted = 0" + ("" if include_inactive else " AND active = 1")
    rows = store.conn.execute(f"SELECT {_COLUMNS}, sort_order FROM schemes WHERE {where}").fetchall()
    rows.sort(key=lambda r: (r[-1] == 0, r[-1], sort_key(r[1])))
    return [_row_to_scheme(r[:-1]) for r in rows]


def get(store: "Store", code: str) -> Scheme:
    row = store.conn.execute(f"SELECT {_COLUMNS} FROM schemes WHERE code = ? AND deleted = 0", [code]).fetchone()
    if row is None:
        raise NotFoundError("scheme", code)
    return _row_to_scheme(row)


def validate(draft: SchemeDraft, taken_codes: set[str] | frozenset[str] = frozenset()) -> dict[str, str]:
    """Field -> error code for every rule the draft breaks (empty when valid). ``draft`` is cleaned first."""
    d = draft.cleaned()
    errors: dict[str, str] = {}
    if not d.code:
        errors["code"] = "required"
    elif not CODE_PATTERN.match(d.code):
        errors["code"] = "code_format"
    elif d.code in taken_codes:
        errors["code"] = "code_taken"
    for field, limit in (("name_nb", MAX_NAME), ("name_en", MAX_NAME), ("owner", MAX_OWNER)):
        value = getattr(d, field)
        if not value:
            errors[field] = "required"
        elif len(value) > limit:
            errors[field] = "too_long"
        elif "\n" in value:
            errors[field] = "one_line"
    if d.start_year is not None and not FIRST_YEAR <= d.start_year <= date.today().year + 1:
        errors["start_year"] = "year_range"
    for field in ("description_nb", "description_en"):
        value = getattr(d, field)
        if len(value) > MAX_DESCRIPTION:
            errors[field] = "too_long"
        elif "\n" in value:
            errors[field] = "one_line"
    return errors


def all_codes(store: "Store") -> set[str]:
    # Deleted codes stay taken: a tombstone keeps its code so merged data cannot be confused.
    return {r[0] for r in store.conn.execute("SELECT code FROM schemes")}


def add(store: "Store", draft: SchemeDraft) -> Scheme:
    d = draft.cleaned()
    db = store.db
    with store.write():
        errors = validate(d, all_codes(store))
        if errors:
            raise ValidationError(errors)
        now = store.now()
        db["schemes"].insert(
            {
                **asdict(d),
                "active": 1,
                "builtin": 0,
                "deleted": 0,
                "sort_order": 0,
                "created_at": now,
                "updated_at": now,
                "device_id": store.device_id,
            }
        )
    return get(store, d.code)


def update(store: "Store", code: str, draft: SchemeDraft) -> Scheme:
    """Change a scheme's names, owner, year and descriptions. The code never changes."""
    d = draft.cleaned()
    if d.code != code:
        raise ValidationError({"code": "code_fixed"})
    db = store.db
    with store.write():
        get(store, code)
        errors = validate(d)
        if errors:
            raise ValidationError(errors)
        editable = {k: v for k, v in asdict(d).items() if k != "code"}
        db["schemes"].update(
            code,
            {
                **editable,
                "updated_at": store.now(),
                "device_id": store.device_id,
            },
        )
    return get(store, code)


def set_active(store: "Store", code: str, active: bool) -> Scheme:
    """Deactivate (no longer asked about in new interviews) or reactivate a scheme."""
    db = store.db
    with store.write():
        get(store, code)
        db["schemes"].update(code, {"active": int(active), "updated_at": store.now(), "device_id": store.device_id})
    return get(store, code)


def references(store: "Store", code: str) -> int:
    """How many rows refer to this scheme: through a foreign key in any table, and the interviews whose
    change log has a change to one of its answers (the logs are JSON, so no foreign key can say it)."""
    conn = store.conn
    total = conn.execute(
        """SELECT count(*) FROM interview_logs WHERE instr(log, ?) > 0
           AND EXISTS (SELECT 1 FROM json_each(log, '$.s') WHERE value = ?)""", [json.dumps(code), code]).fetchone()[0]
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for fk in conn.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            # (id, seq, table, from, to, on_update, on_delete, match)
            if fk[2] == "schemes" and fk[4] in ("code", None):
                total += conn.execute(f"SELECT count(*) FROM [{table}] WHERE [{fk[3]}] = ?", [code]).fetchone()[0]
    return total


def delete(store: "Store", code: str) -> None:
    """Delete a scheme nothing refers to; one that is referred to can only be deactivated."""
    db = store.db
    with store.write():
        get(store, code)
        n = references(store, code)
        if n:
            raise SchemeInUseError(code, n)
        db["schemes"].update(
            code, {"deleted": 1, "active": 0, "updated_at": store.now(), "device_id": store.device_id}
        )
