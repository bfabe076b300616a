"""What a package must pass before, and while, it is merged: its study, a clock that is not far ahead, values
that would pass when typed, interview rows Feltkart could have written, and rows that refer to what this
laptop has. Each refusal is a PackageError naming the package and the fault."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from core.base import dates
from core.base.clock import iso_from_ms
from core.base.errors import FeltkartError
from core.interviews import COMPLETE, DELETED_FIELD, DRAFT, STATUS_FIELD
from core.model import hlc, ilog
from core.model.guide import check_value
from core.reference import guide_library, study
from core.sync.package import Manifest, PackageError

if TYPE_CHECKING:
    from core.storage.store import Store

log = logging.getLogger(__name__)


def check_study(store: "Store", manifest: Manifest, path: Path) -> None:
    local = study.load(store)
    has_interviews = store.conn.execute("SELECT 1 FROM interviews UNION ALL SELECT 1 FROM fieldwork_logs LIMIT 1"
                                        ).fetchone() is not None  # or a sample, contacts: this study's
    if manifest.study_id != local.study_id:
        if has_interviews:
            raise PackageError(path, "other_study", f"{manifest.study_name!r}, not {local.study_name!r}")
        return  # this laptop joins the package's study (see _join)
    if manifest.registry_version != local.registry_version:
        raise PackageError(path, "other_registry",
                           f"registry {manifest.registry_version}, this study uses {local.registry_version}")


def clock_ahead(path: Path, log_: ilog.Log, added, now: int) -> None:
    """Refuse a package with a change stamped more than hlc.MAX_AHEAD_MS after this laptop's clock, naming the
    laptop (its coordinator and the start of its id) that stamped it and when."""
    n = max(added, key=log_.order)
    change = log_.change(n)
    stamped = hlc.iso(change.stamp)
    raise PackageError(path, "clock_ahead",
                       f"changes by {change.coordinator or '?'} (laptop {change.device_id[:8]}) are dated "
                       f"{dates.format_timestamp(stamped)}, more than {hlc.MAX_AHEAD_MS // 3_600_000} hours after "
                       f"this computer's clock ({dates.format_timestamp(iso_from_ms(now))}): one of the two clocks "
                       f"is wrong", coordinator=change.coordinator, device=change.device_id, stamped=stamped,
                       now=iso_from_ms(now), hours=hlc.MAX_AHEAD_MS // 3_600_000)


def guide_or_none(store: "Store", guide_id: str, version: int):
    """The guide of an interview; None for one this build cannot read (its answers are then neither checked nor
    indexed, as they could not have been typed here either)."""
    try:
        return guide_library.get(store, guide_id, version)
    except (FeltkartError, KeyError) as exc:
        log.warning("guide %s v%s not readable (%s)", guide_id, version, exc)
        return None


# The values Feltkart's own fields take: status, deleted, and the interviews said not to be duplicates.
INTERNAL_VALUES = {
    STATUS_FIELD: lambda v: v in (DRAFT, COMPLETE),
    DELETED_FIELD: lambda v: type(v) is bool,
    "_distinct_from": lambda v: type(v) is list and all(type(x) is str for x in v),
}


class ValueCheck:
    """Every value a package brings passes the checks the same value passes when it is typed (the question's
    type, choices, limits and length; a municipality of the study's registry; Feltkart's own fields their own
    values), or the package is refused naming the interview, the question and the fault ("invalid"). A value
    seen once is not checked again: most answers repeat."""

    def __init__(self, path: Path, guides: dict, municipalities: set[str]):
        self.path, self.guides, self.municipalities = path, guides, municipalities
        self.passed: set[tuple] = set()

    def check(self, interview_id: str, guide_key: tuple[str, int], log_: ilog.Log) -> None:
        passed, guide = self.passed, self.guides.get(guide_key)
        for field, scheme, text in zip(log_.field, log_.scheme, log_.value):
            key = (guide_key, field, scheme == "", text)
            if key in passed:
                continue
            fault = self._fault(guide, field, scheme, text)
            if fault:
                shown = text if len(text) <= 40 else f"{text[:40]}… ({len(text)} characters)"
                raise PackageError(self.path, "invalid", f"interview {interview_id}, {field}"
                                   f"{f' [{scheme}]' if scheme else ''}: {fault}: {shown}",
                                   interview=interview_id, field=field, scheme=scheme, fault=fault)
            passed.add(key)

    def _fault(self, guide, field: str, scheme: str, text: str) -> str | None:
        value = ilog.value_of(text)
        if field.startswith("_"):
            allowed = INTERNAL_VALUES.get(field)
            if allowed is None:
                return "unknown_question"
            return None if allowed(value) and not scheme else "not_allowed"
        if guide is None:
            return None
        if not guide.has(field):
            return "unknown_question"
        question = guide.question(field)
        if bool(scheme) != question.per_scheme:
            return "scheme_mismatch"
        fault = check_value(question, value)
        if not fault and question.type == "municipality" and value is not None and value not in self.municipalities:
            return "not_in_registry"
        return fault


def check_interview_rows(conn, path: Path) -> None:
    """The package's interview rows hold what Feltkart writes there (the log's values are checked as they are
    united): PackageError "invalid" otherwise."""
    bad = conn.execute(
        """SELECT id FROM pkg.interviews WHERE typeof(id) != 'text' OR status NOT IN ('draft', 'complete')
           OR deleted NOT IN (0, 1) OR typeof(coordinator) != 'text' OR typeof(device_id) != 'text'
           OR (municipality IS NOT NULL AND typeof(municipality) != 'text')
           OR (interview_date IS NOT NULL AND (typeof(interview_date) != 'text'
                                               OR date(interview_date) IS NOT interview_date))
           LIMIT 1""").fetchone()
    if bad:
        raise PackageError(path, "invalid", f"interview {bad[0]}: its row holds a value Feltkart does not write",
                           interview=str(bad[0]))


def check_references(conn, path: Path, first_interview: int) -> None:
    """What foreign keys would check, for the interviews this package added only (``_bulk`` turns them off;
    the changes' references are checked as their logs are read)."""
    dangling = conn.execute(
        """SELECT 'interview ' || i.id FROM interviews i WHERE i.rowid >= :interview AND (
               NOT EXISTS (SELECT 1 FROM municipalities m WHERE m.registry = i.registry AND m.number = i.municipality)
               OR NOT EXISTS (SELECT 1 FROM guides g WHERE g.id = i.guide_id AND g.version = i.guide_version))
           LIMIT 1""", {"interview": first_interview}).fetchone()
    if dangling:
        raise PackageError(path, "damaged", f"{dangling[0]} refers to what this laptop does not have")
