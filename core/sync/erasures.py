"""The erasures of personal data a package brings (``core.privacy``): each record checked as Feltkart writes
it and kept, then every erasure this laptop holds applied to the logs: all of them when a new erasure came,
else those the package's merge wrote (a laptop that had not erased yet may bring the same changes with the
old names, or new ones made before the erasure). Erasing again changes nothing, so merging stays idempotent
and the order of packages does not matter."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from core.base import dates
from core.base.clock import iso_from_ms
from core.model import hlc
from core.privacy import erasure
from core.privacy.scopes import INFORMANT, STUDY
from core.privacy.scrub import Erasure
from core.storage import stamps
from core.sync.package import PackageError, has_table

if TYPE_CHECKING:
    from core.storage.store import Store

_HEX = re.compile(r"[0-9a-f]{64}")
MAX_TEXT = 200


def _text(value, limit: int = MAX_TEXT) -> bool:
    return type(value) is str and 0 < len(value) <= limit


def checked_record(path: Path, row: tuple) -> Erasure:
    """A package's erasure record as Feltkart writes it (PackageError otherwise)."""
    eid, stamp, scope, interview_id, informant, municipality, fingerprints, device, coordinator, at = row
    try:
        found = json.loads(fingerprints) if type(fingerprints) is str else None
        hlc.parts(stamp)
        fits = (_text(eid, 80) and scope in (STUDY, INFORMANT) and type(found) is list
                and all(type(f) is str and _HEX.fullmatch(f) for f in found) and _text(device, 80)
                and type(coordinator) is str and len(coordinator) <= MAX_TEXT and _text(at, 40))
        if scope == INFORMANT:
            fits = fits and _text(interview_id, 80) and type(informant) is int and informant >= 1 and bool(found) \
                and (municipality is None or _text(municipality, 8))
        else:
            fits = fits and interview_id is None and informant is None and municipality is None and not found
    except (ValueError, TypeError):
        fits = False
    if not fits:
        raise PackageError(path, "damaged", f"an erasure of personal data ({str(eid)[:40]!r}) holds what Feltkart "
                                            "does not write")
    return erasure.from_row(row)


def receive(store: "Store", path: Path, written_after: int) -> int:
    """Keep the package's erasures (attached as ``pkg``) and apply every erasure here to the logs (all of them
    when one is new, else those written after ``written_after``, the ``log_seq`` before this package):
    how many logs changed. PackageError for a damaged record or one stamped far ahead of this laptop's clock."""
    conn = store.conn
    new = []
    if has_table(conn, "personal_data_erasures"):
        known = {i for (i,) in conn.execute("SELECT id FROM personal_data_erasures")}
        rows = conn.execute(f"SELECT {', '.join(erasure.COLUMNS)} FROM pkg.personal_data_erasures").fetchall()
        new = [checked_record(path, row) for row in rows if row[0] not in known]
    now = store.clock()
    for e in new:
        wall, counter, device = hlc.parts(e.stamp)
        if wall > now + hlc.MAX_AHEAD_MS:
            raise PackageError(path, "clock_ahead", f"an erasure of personal data by {e.coordinator or '?'} (laptop "
                                                    f"{device[:8]}) is dated {dates.format_timestamp(hlc.iso(e.stamp))}"
                                                    f", more than {hlc.MAX_AHEAD_MS // 3_600_000} hours after this "
                                                    f"computer's clock ({dates.format_timestamp(iso_from_ms(now))})")
        conn.execute(erasure.INSERT, erasure.row_of(e))
        stamps.observe(conn, wall, counter)  # what is typed here from now on is stamped after it
    held = erasure.records(conn)
    if not held:
        return 0
    if new:
        return erasure.apply(store, held)
    interviews = {i for (i,) in conn.execute("SELECT interview_id FROM interview_logs WHERE seq > ?",
                                             [written_after])}
    records = {i for (i,) in conn.execute("SELECT record_id FROM fieldwork_logs WHERE seq > ?", [written_after])}
    if not interviews and not records:
        return 0
    return erasure.apply(store, held, interviews, records)
