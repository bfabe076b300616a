"""The stored form of an interview's log: one row of ``interview_logs`` per interview, with its current answers
beside it for reading, and the fields Feltkart keeps in the log beside the answers (status, deletion)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from core.model import hlc, ilog
from core.storage import stamps

if TYPE_CHECKING:
    from core.storage.store import Store

STATUS_FIELD = "_status"
DELETED_FIELD = ilog.DELETED
DRAFT, COMPLETE = "draft", "complete"
SUMMARY_FIELDS = {"municipality": "municipality", "interview_date": "interview_date"}


def read_log(conn, interview_id: str) -> ilog.Log:
    """The interview's change log (empty for an interview with no changes yet)."""
    row = conn.execute("SELECT log FROM interview_logs WHERE interview_id = ?", [interview_id]).fetchone()
    return ilog.Log.parse(row[0], check=False) if row else ilog.Log()


def load_log(conn, interview_id: str) -> tuple[ilog.Log, dict[tuple[str, str], tuple[str, str]]]:
    """The interview's change log and its current answers worked out from it, (value as JSON text, change
    id) per (field, scheme)."""
    log = read_log(conn, interview_id)
    return log, log.answers()[0]


def current_answers(conn, interview_id: str) -> dict[tuple[str, str], Any]:
    """The interview's current answers as stored for reading: the value per (field, scheme)."""
    row = conn.execute("SELECT answers FROM interview_logs WHERE interview_id = ?", [interview_id]).fetchone()
    return ilog.decode_answers(row[0]) if row else {}


# writing an interview's log and current answers, new or again: (interview id, answers, log, seq), where seq
# (next_log_seq) orders the writes on this laptop, so that a package can take the logs written since the
# last one to its recipient
STORE_LOG = ("INSERT INTO interview_logs (interview_id, answers, log, seq) VALUES (?, ?, ?, ?)"
             " ON CONFLICT (interview_id) DO UPDATE SET answers = excluded.answers, log = excluded.log,"
             " seq = excluded.seq")
LOG_SEQ = "log_seq"


def next_log_seq(conn) -> int:
    """The number of the next write of interview logs on this laptop (in meta); call inside the transaction
    that writes them. The logs written by one transaction may share it."""
    return int(conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = ? RETURNING value",
                            [LOG_SEQ]).fetchone()[0])


def is_deleted(current: dict[tuple[str, str], tuple[str, str]]) -> bool:
    found = current.get((DELETED_FIELD, ""))
    return bool(found and json.loads(found[0]))


def deletion_disputed(log: ilog.Log, current: dict[tuple[str, str], tuple[str, str]]) -> bool:
    """True when the interview is deleted and another laptop edited it without knowing of the deletion, while
    the deletion had not seen that edit: the conflict «deleted on one laptop, edited on another»
    (merge.conflicts). A function of the log alone (``ilog.Log.unaware_edits``: what each laptop had received,
    not its clock), so every laptop that holds the same changes agrees; an edit the deleting laptop had
    received before it deleted is part of what was deleted."""
    if not is_deleted(current):
        return False
    return bool(log.unaware_edits(current[(DELETED_FIELD, "")][1]))


def heads_of(conn, interview_id: str, field: str, scheme: str) -> list[tuple[str, str, str, str, str]]:
    """The heads of one answer (changes no other change replaced: one, or several after a merge brought
    changes made on two laptops), latest stamp first: (change id, value, stamp, device id, coordinator)."""
    found = read_log(conn, interview_id).heads([(field, scheme)]).get((field, scheme), [])
    return [(c.id, c.value, c.stamp, c.device_id, c.coordinator) for c in found]


def append_value(store: "Store", log: ilog.Log, current: dict, key: tuple[str, str], value: Any, coordinator: str,
                 reason: str | None = None, force: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """Append a change of ``key`` to ``value`` to ``log`` and to its ``current`` answers (as
    ``Log.answers`` gives them), stamped by this laptop's clock: (the change's id, the other heads it
    replaced), or None when nothing changed (``force``: record it even so, as when a conflict is settled with
    the value already shown). Call inside the transaction that stores the log. The one way a change is made,
    for interviews and for fieldwork records."""
    encoded = ilog.dumps(value)
    head = current.get(key)
    if (head is not None and head[0] == encoded and not force) or (head is None and value is None):
        return None
    stamp = stamps.next_stamp(store.conn, store.device_id, store.clock())
    change_id = hlc.change_id(stamp)  # sorts by the stamp: see hlc.change_id
    # After a merge an answer may have several heads (a conflict); this change, made with the winner on
    # screen, replaces all of them and so settles the conflict everywhere it travels.
    others = tuple(c.id for c in log.heads([key]).get(key, []) if head is None or c.id != head[1])
    known, seen = log.context(key[0])  # what this laptop knows of deletions (ilog.Log.unaware_edits)
    log.add(ilog.Change(change_id, key[0], key[1], encoded, head[1] if head else None, stamp, store.device_id,
                        coordinator, reason, others, known, seen))
    current[key] = (encoded, change_id)
    return change_id, others
