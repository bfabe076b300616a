"""Erasing personal data on this laptop: the names and contacts of the informants and of the contact persons,
for the whole study or for one informant, from the current answers, every change of the logs and everything
worked out from them (the stored answers, the conflicts, the text index), in one transaction that also writes
the erasure's record (``personal_data_erasures``: who, when, what, its stamp). The record travels in packages;
a merge applies every erasure to the logs it unites (``core.sync.erasures``). What the file's free pages, its
write-ahead log and the backups beside it still hold is ``core.privacy.purge``'s."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.base.errors import FeltkartError
from core.fieldwork.fields import PERSONAL
from core.fieldwork.records import STORE as STORE_RECORD
from core.interviews.logs import STORE_LOG, next_log_seq
from core.model import hlc, ilog
from core.privacy import purge, scrub
from core.privacy.scopes import INFORMANT, STUDY
from core.privacy.scrub import Erasure
from core.reference import guide_library, study
from core.storage import stamps

if TYPE_CHECKING:
    from core.storage.store import Store

COLUMNS = ("id", "stamp", "scope", "interview_id", "informant", "municipality", "fingerprints", "device_id",
           "coordinator", "erased_at")
INSERT = (f"INSERT OR IGNORE INTO personal_data_erasures ({', '.join(COLUMNS)})"
          f" VALUES ({', '.join('?' for _ in COLUMNS)})")


class UnknownInformantError(FeltkartError):
    """An informant id that names no informant here: ``reason`` is "format" (not <interview id>-<no.>),
    "interview" (no such interview) or "number" (the interview has fewer informants), or "empty" (the
    informant has neither name nor contact: nothing to erase)."""

    def __init__(self, informant_id: str, reason: str, count: int = 0):
        self.informant_id, self.reason, self.count = informant_id, reason, count
        super().__init__(f"informant {informant_id!r}: {reason}")


def row_of(e: Erasure) -> tuple:
    return (e.id, e.stamp, e.scope, e.interview_id, e.informant, e.municipality, json.dumps(list(e.fingerprints)),
            e.device_id, e.coordinator, e.erased_at)


def from_row(row) -> Erasure:
    (eid, stamp, scope, interview_id, informant, municipality, fingerprints, device, coordinator, at) = row
    return Erasure(eid, stamp, scope, interview_id, informant, municipality, tuple(json.loads(fingerprints)),
                   device, coordinator, at)


def records(conn) -> list[Erasure]:
    """The erasures this database holds (its own and those merged), oldest first."""
    return [from_row(r) for r in conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM personal_data_erasures ORDER BY stamp, id")]


def described(conn, lang: str = "nb") -> str:
    """Whether personal data were erased, and when, by whom, what: the export's ``om`` sheet says it."""
    from core.base.dates import format_timestamp
    from core.base.words import word

    found = records(conn)
    if not found:
        return word("about.erased_no", lang)
    return "; ".join(
        word("about.erased_study" if e.scope == STUDY else "about.erased_one", lang,
             informant=informant_id(e.interview_id or "", e.informant or 0), when=format_timestamp(e.erased_at),
             who=e.coordinator or e.device_id[:8]) for e in found)


def informant_id(interview_id: str, number: int) -> str:
    """An informant as the export names it (``informant_id``): the interview's id, a hyphen, its number from 1."""
    return f"{interview_id}-{number}"


def informant_fields(store: "Store") -> set[str]:
    """The names of the questions of the ``informants`` type in every guide this database holds."""
    found = set()
    for gid, version in store.conn.execute("SELECT id, version FROM guides").fetchall():
        try:
            guide = guide_library.get(store, gid, version)
        except Exception:  # a guide this build cannot read: its interviews' informants are under the usual name
            found.add("informants")
            continue
        found |= {q.name for q in guide.questions() if q.type == "informants"}
    return found or {"informants"}


@dataclass
class Target:
    """One informant to erase, as found: interview, number, municipality and the texts to erase."""
    interview_id: str
    number: int
    municipality: str | None
    texts: set[str] = field(default_factory=set)


def find_informant(store: "Store", text: str) -> Target:
    """The informant ``text`` names (``informant_id``), with every name and contact it was written with in
    its interview and the fieldwork records of its municipality that share one of them; UnknownInformantError."""
    interview_id, _sep, number = text.strip().rpartition("-")
    if not interview_id or not number.isdigit() or int(number) < 1:
        raise UnknownInformantError(text, "format")
    row = store.conn.execute("SELECT municipality FROM interviews WHERE id = ?", [interview_id]).fetchone()
    if row is None:
        raise UnknownInformantError(text, "interview")
    conn, fields = store.conn, informant_fields(store)
    log_row = conn.execute("SELECT answers, log FROM interview_logs WHERE interview_id = ?",
                           [interview_id]).fetchone()
    answers = ilog.decode_answers(log_row[0]) if log_row else {}
    people = next((v for (f, s), v in answers.items() if f in fields and not s and isinstance(v, list)), [])
    if int(number) > len(people):
        raise UnknownInformantError(text, "number", len(people))
    person = people[int(number) - 1]
    start = {scrub.normal(person.get(k)) for k in scrub.PERSON_KEYS} - {""}
    if not start:
        raise UnknownInformantError(text, "empty", len(people))
    log = ilog.Log.parse(log_row[1], check=False)
    values = [ilog.value_of(v) for f, v in zip(log.field, log.value) if f in fields]
    texts = scrub.people_texts(values, start)
    for _id, kind, _m, record_log in _records(conn, row[0]):
        own = {scrub.normal(ilog.value_of(v)) for f, v in zip(record_log.field, record_log.value)
               if f in PERSONAL[kind]} - {""}
        if own & texts:
            texts |= own
    return Target(interview_id, int(number), row[0], texts)


def _records(conn, municipality: str | None = None, ids: set[str] | None = None):
    """(record id, kind, municipality, log) of the fieldwork records that hold personal data (of a
    municipality; only ``ids`` when given)."""
    kinds = tuple(PERSONAL)
    sql = (f"SELECT record_id, kind, municipality, log FROM fieldwork_logs WHERE kind IN"
           f" ({', '.join('?' for _ in kinds)})")
    params: list = list(kinds)
    if municipality is not None:
        sql += " AND municipality = ?"
        params.append(municipality)
    for record_id, kind, m, text in conn.execute(sql, params).fetchall():
        if ids is None or record_id in ids:
            yield record_id, kind, m, ilog.Log.parse(text, check=False)


@dataclass(frozen=True)
class Outcome:
    """What an erasure did: its record, how many logs changed, whether the write-ahead log is empty, the
    backups removed and those left (which still hold the names)."""
    erasure: Erasure
    changed: int
    log_emptied: bool
    removed: list
    left: list


def erase_personal_data(store: "Store", informant: str | None = None, remove_backups: bool = False) -> Outcome:
    """Erase (``erase``), then purge the file (``purge.purge``) and, when asked, remove the backups beside it.
    Refused before anything is written when the informant is unknown or the disk has no room."""
    if informant:
        find_informant(store, informant)  # UnknownInformantError before the disk is looked at
    purge.check_space(store.path)
    erasure, changed = erase(store, informant)
    emptied = purge.purge(store)
    found = purge.backups(store.path)
    removed = purge.remove_backups(found) if remove_backups else []
    return Outcome(erasure, changed, emptied, removed, [p for p in found if p not in removed])


def erase(store: "Store", informant: str | None = None) -> tuple[Erasure, int]:
    """Erase the study's personal data (``informant``: one informant's, ``informant_id``), in one
    transaction with its record, SQLite writing zeros over what it deletes (``secure_delete``): the record
    and how many logs changed. The caller then purges the file (``purge.purge``)."""
    conn = store.conn
    conn.execute("PRAGMA secure_delete = ON")
    try:
        return _erase(store, informant)
    finally:
        conn.execute("PRAGMA secure_delete = OFF")


def _erase(store: "Store", informant: str | None) -> tuple[Erasure, int]:
    conn = store.conn
    with store.write():
        target = find_informant(store, informant) if informant else None
        stamp = stamps.next_stamp(conn, store.device_id, store.clock())
        eid = hlc.change_id(stamp)
        erasure = Erasure(
            eid, stamp, INFORMANT if target else STUDY, target and target.interview_id, target and target.number,
            target and target.municipality,
            tuple(sorted(scrub.fingerprint(eid, t) for t in target.texts)) if target else (), store.device_id,
            study.coordinator(store), store.now())
        conn.execute(INSERT, row_of(erasure))
        changed = apply(store, [erasure])
    return erasure, changed


def apply(store: "Store", erasures: list[Erasure], interviews: set[str] | None = None,
          fieldwork: set[str] | None = None) -> int:
    """Apply ``erasures`` to the logs (only ``interviews`` and ``fieldwork`` records when given), inside the
    caller's transaction, and write what changed with what is worked out from it. Returns how many logs
    changed."""
    if not erasures:
        return 0
    conn = store.conn
    seq = None
    changed = 0
    fields = informant_fields(store)
    wide = [e for e in erasures if e.scope == STUDY]
    single: dict[str, list[Erasure]] = {}
    for e in erasures:
        if e.scope == INFORMANT:
            single.setdefault(e.interview_id, []).append(e)
    rows = conn.execute("SELECT interview_id, log FROM interview_logs").fetchall() if wide else [
        r for i in single for r in conn.execute("SELECT interview_id, log FROM interview_logs WHERE interview_id = ?",
                                                [i]).fetchall()]
    for interview_id, text in rows:
        if interviews is not None and interview_id not in interviews:
            continue
        if not any(f'"{f}"' in text for f in fields):
            continue
        log = ilog.Log.parse(text, check=False)
        if not scrub.scrub_interview(log, fields, wide + single.get(interview_id, [])):
            continue
        seq = seq or next_log_seq(conn)
        _store_interview(conn, interview_id, log, fields, seq)
        changed += 1
    for municipality in ([None] if wide else sorted({e.municipality for e in erasures if e.scope == INFORMANT},
                                                     key=str)):
        applying = wide or [e for e in erasures if e.scope == INFORMANT and e.municipality == municipality]
        for record_id, kind, m, log in _records(conn, municipality, fieldwork):
            if not scrub.scrub_record(log, kind, applying):
                continue
            seq = seq or next_log_seq(conn)
            _store_record(conn, record_id, kind, m, log, seq)
            changed += 1
    return changed


def _store_interview(conn, interview_id: str, log: ilog.Log, fields: set[str], seq: int) -> None:
    current, conflicted = log.answers()
    conn.execute(STORE_LOG, [interview_id, ilog.encode_answers(current), log.dumps(), seq])
    for f in fields:  # heads that differed only by a name now agree; an informants answer is never indexed
        conn.execute("DELETE FROM answer_text WHERE rowid IN (SELECT fts_rowid FROM answer_text_rows"
                     " WHERE interview_id = ? AND field = ?)", [interview_id, f])
        conn.execute("DELETE FROM answer_text_rows WHERE interview_id = ? AND field = ?", [interview_id, f])
        for (scheme,) in conn.execute("SELECT scheme FROM open_conflicts WHERE interview_id = ? AND field = ?",
                                      [interview_id, f]).fetchall():
            if (f, scheme) not in conflicted:
                conn.execute("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
                             [interview_id, f, scheme])


def _store_record(conn, record_id: str, kind: str, municipality: str | None, log: ilog.Log, seq: int) -> None:
    current, conflicted = log.answers()
    conn.execute(STORE_RECORD, [record_id, kind, municipality, ilog.encode_answers(current), log.dumps(), seq])
    for f in PERSONAL[kind]:
        if (f, "") not in conflicted:
            conn.execute("DELETE FROM fieldwork_conflicts WHERE record_id = ? AND field = ?", [record_id, f])
