"""The study a database belongs to, and who records in it: the settings of the welcome and settings dialogs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from core.base.errors import ValidationError
from core.reference.registry import REGISTRY_VERSIONS, RuralDefinition

if TYPE_CHECKING:
    from core.storage.store import Store

MAX_NAME = 120


@dataclass(frozen=True)
class StudySettings:
    study_id: str
    study_name: str
    coordinator_name: str
    registry_version: int
    rural_definition: RuralDefinition
    configured: bool  # False until the welcome (or the settings dialog) has been completed once

    def with_changes(self, **changes) -> "StudySettings":
        return replace(self, **changes)


def load(store: "Store") -> StudySettings:
    values = dict(store.conn.execute("SELECT key, value FROM settings").fetchall())
    return StudySettings(
        study_id=values["study_id"],
        study_name=values["study_name"],
        coordinator_name=values["coordinator_name"],
        registry_version=int(values["registry_version"]),
        rural_definition=RuralDefinition(values["rural_definition"]),
        configured=values["configured"] == "1",
    )


def validate(settings: StudySettings) -> dict[str, str]:
    errors = {}
    for field in ("study_name", "coordinator_name"):
        value = getattr(settings, field)
        if not value.strip():
            errors[field] = "required"
        elif len(value) > MAX_NAME:
            errors[field] = "too_long"
        elif "\n" in value or "\r" in value:
            errors[field] = "one_line"
    if settings.registry_version not in REGISTRY_VERSIONS:
        errors["registry_version"] = "unknown_registry"
    return errors


def save(store: "Store", settings: StudySettings) -> StudySettings:
    """Validate and store the settings in one transaction; marks the study as configured."""
    settings = settings.with_changes(
        study_name=settings.study_name.strip(),
        coordinator_name=settings.coordinator_name.strip(),
        configured=True,
    )
    errors = validate(settings)
    current_registry = store.conn.execute("SELECT value FROM settings WHERE key = 'registry_version'").fetchone()
    if (
        "registry_version" not in errors
        and current_registry
        and int(current_registry[0]) != settings.registry_version
        and registry_locked(store)
    ):
        # Interviews are recorded against the study's municipality structure; a study keeps one.
        errors["registry_version"] = "registry_in_use"
    if errors:
        raise ValidationError(errors)
    values = {
        "study_name": settings.study_name,
        "coordinator_name": settings.coordinator_name,
        "registry_version": str(settings.registry_version),
        "rural_definition": settings.rural_definition.value,
        "configured": "1",
    }
    now = store.now()
    db = store.db
    with store.write():
        current = dict(db.execute("SELECT key, value FROM settings").fetchall())
        changed = [
            {"key": k, "value": v, "updated_at": now, "device_id": store.device_id}
            for k, v in values.items()
            if current.get(k) != v
        ]
        if changed:
            db["settings"].upsert_all(changed, pk="key")
    return load(store)


def registry_locked(store: "Store") -> bool:
    """True once the study has interviews: they are recorded against its municipality registry, which it keeps."""
    return store.conn.execute("SELECT 1 FROM interviews LIMIT 1").fetchone() is not None


def coordinator(store: "Store") -> str:
    """This laptop's coordinator, whose name goes with every change made here ('' before the study is set up)."""
    row = store.conn.execute("SELECT value FROM settings WHERE key = 'coordinator_name'").fetchone()
    return row[0] if row else ""


def is_demo(store: "Store") -> bool:
    """True for a database filled with demo data (main.py demo, or the welcome's demo choice)."""
    row = store.conn.execute("SELECT value FROM meta WHERE key = 'demo'").fetchone()
    return bool(row and row[0] == "1")


RETENTION_DATE = "retention_date"  # settings key: when the study's personal data are to be erased ('' none)


def retention_date(store: "Store") -> date | None:
    """The date the study lead set for erasing the study's personal data, or None."""
    row = store.conn.execute("SELECT value FROM settings WHERE key = ?", [RETENTION_DATE]).fetchone()
    try:
        return date.fromisoformat(row[0]) if row and row[0] else None
    except ValueError:
        return None


def set_retention_date(store: "Store", when: date | None) -> None:
    """Set (or clear, with None) the retention date; it travels in packages (the later setting wins)."""
    value = when.isoformat() if when else ""
    with store.write():
        store.conn.execute(
            "INSERT INTO settings (key, value, updated_at, device_id) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE"
            " SET value = excluded.value, updated_at = excluded.updated_at, device_id = excluded.device_id"
            " WHERE settings.value != excluded.value", [RETENTION_DATE, value, store.now(), store.device_id])


def retention_passed(store: "Store", today: date) -> bool:
    """True once the retention date has come and personal data remain to be erased (no whole-study erasure)."""
    when = retention_date(store)
    if when is None or today < when:
        return False
    return store.conn.execute("SELECT 1 FROM personal_data_erasures WHERE scope = 'study' LIMIT 1").fetchone() is None
