"""Uniting a package's interview logs with this laptop's: read what that needs from both databases, unite each
log by change id and work out again what the new changes touch (the current answers, the statistics' rows,
conflicts, the text index, the interview rows), in batches that are written one after the other."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core.base.clock import iso_from_ms
from core.base.driver import sqlite3
from core.interviews import DELETED_FIELD, STATS_FIELDS, STATUS_FIELD, SUMMARY_FIELDS, deletion_disputed
from core.interviews.logs import STORE_LOG, next_log_seq
from core.interviews.passage_rows import CONSENT, derive
from core.interviews.quotes import FACT_FIELDS, facts_row, write_facts
from core.interviews.statsrows import stats_row, write_stats
from core.interviews.textindex import index_texts
from core.model import hlc, ilog
from core.model.ilog import Key
from core.sync.ahead import LogsAhead, Parsed
from core.sync.checks import ValueCheck, clock_ahead, guide_or_none
from core.sync.package import PackageError, has_table

if TYPE_CHECKING:
    from core.storage.store import Store


@dataclass
class _Merged:
    """What merging one package's logs changes, gathered before anything is written."""
    logs: list[tuple[str, str, str]] = field(default_factory=list)  # (interview id, answers, log) to store
    stats: list[tuple] = field(default_factory=list)  # (interview id, its new row of interview_stats or None)
    new_stats: list[tuple] = field(default_factory=list)  # rows for interviews new here (interviews.stats_row)
    facts: list[tuple] = field(default_factory=list)  # rows of interview_facts (quotes.facts_row)
    # per interview, the searchable answers and the consent as they stand now, for its passages (``derive``)
    answers: dict[str, tuple[Collection[Key], dict[Key, str]]] = field(default_factory=dict)
    conflicts_on: list[tuple[str, str, str]] = field(default_factory=list)
    conflicts_off: list[tuple[str, str, str]] = field(default_factory=list)
    unindex: list[tuple[str, str, str]] = field(default_factory=list)  # answers whose text index row goes
    texts: list[tuple[str, str, str, str]] = field(default_factory=list)  # (body, interview id, field, scheme)
    summary: list[tuple[str, str, object]] = field(default_factory=list)  # (column, interview id, value)
    touched: list[str] = field(default_factory=list)  # interviews with new changes
    changed_at: list[tuple[str, str]] = field(default_factory=list)  # (its latest change's time, interview id)
    disputed: list[str] = field(default_factory=list)  # deleted here, edited elsewhere after the deletion
    added: int = 0
    updated: int = 0
    latest: tuple[int, int] | None = None  # the latest stamp's (wall ms, counter) among the new changes


SUMMARY_COLUMNS = {**SUMMARY_FIELDS, STATUS_FIELD: "status", DELETED_FIELD: "deleted"}
STOP_EVERY = 200  # interviews between two looks at whether the user stopped the merge


BATCH = 500  # interviews per batch worked out, then written


@dataclass
class _Inputs:
    """What uniting a package's logs with this laptop's needs, read from both databases before it starts:
    ``_unite`` itself touches no database."""
    path: Path
    logs: list[tuple[str, str | None, ilog.Log | None]]  # the package's: (interview id, as stored, or as read)
    local: dict[str, str]  # this laptop's logs of the interviews the package has and it had before, as stored
    new_here: set[str]  # interviews the package brought
    rows: dict[str, tuple]  # interview id: guide id, guide version and the summary columns (SUMMARY_COLUMNS)
    schemes: set[str]  # scheme codes this laptop has, and "" (a question asked once)
    now: int  # this laptop's clock (ms): no change may be stamped more than hlc.MAX_AHEAD_MS after it
    searchable: dict[tuple[str, int], set[tuple[str, str]]]  # per guide, the answers the text index holds
    told: dict[tuple[str, int], frozenset[Key]]  # per guide, those and the consent (what ``_Merged.answers`` tells)
    values: "ValueCheck"  # every received value passes the checks a typed one does


def _read_inputs(store: "Store", path: Path, first_interview: int, parsed: Parsed | None = None) -> _Inputs:
    """Everything ``_unite`` needs: the package's logs (a package from a Feltkart before interview_logs holds
    a row per change; those are read into logs as the migration does) and this laptop's. ``parsed``: logs of
    the package parsed ahead (``core.sync.ahead``), taken where the log read here is the one parsed."""
    conn = store.conn
    try:
        if has_table(conn, "interview_logs"):
            parsed = parsed or {}
            logs = [(i, text, hit[1] if (hit := parsed.get(i)) is not None and hit[0] == text else None)
                    for i, text in conn.execute("SELECT interview_id, log FROM pkg.interview_logs").fetchall()]
        else:
            rows = conn.execute("SELECT id, interview_id, field, scheme, value, parent, hlc, device_id, coordinator,"
                                " reason FROM pkg.changes ORDER BY interview_id, rowid").fetchall()
            parents = ilog.parents_of(conn.execute("SELECT change_id, parent FROM pkg.change_parents").fetchall())
            logs = [(i, None, log_) for i, log_ in ilog.from_rows(rows, parents).items()]
            for _i, _text, log_ in logs:
                log_.check()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):  # the user pressed Stop (merge._interruptible): not the package's fault
            raise
        raise PackageError(path, "damaged", f"a change log cannot be read ({exc})") from None
    except (sqlite3.DatabaseError, TypeError, ValueError, AttributeError) as exc:  # LogError is a ValueError
        raise PackageError(path, "damaged", f"a change log cannot be read ({exc})") from None
    if len({i for i, _t, _l in logs}) != len(logs):
        raise PackageError(path, "damaged", "an interview's change log is in the package twice")
    new_here = {i for (i,) in conn.execute("SELECT id FROM interviews WHERE rowid >= ?", [first_interview])}
    theirs = [i for i, _t, _l in logs if i not in new_here]
    local = {}
    for start in range(0, len(theirs), 500):  # SQLite takes a limited number of parameters
        chunk = theirs[start:start + 500]
        local.update(conn.execute(f"SELECT interview_id, log FROM interview_logs WHERE interview_id IN"
                                  f" ({', '.join('?' for _ in chunk)})", chunk))
    rows = {row[0]: row[1:] for row in conn.execute(
        f"SELECT id, guide_id, guide_version, {', '.join(SUMMARY_COLUMNS.values())} FROM interviews")}
    schemes = {"", *(code for (code,) in conn.execute("SELECT code FROM schemes"))}
    guides = {guide: guide_or_none(store, *guide) for guide in {row[:2] for row in rows.values()}}
    searchable = {key: {(fld, scheme) for fld in (guide.searchable() if guide else ()) for scheme in schemes}
                  for key, guide in guides.items()}
    municipalities = {n for (n,) in conn.execute(
        "SELECT m.number FROM municipalities m JOIN settings s ON s.key = 'registry_version'"
        " AND m.registry = CAST(s.value AS INTEGER)")}
    told = {key: frozenset({*keys, CONSENT}) for key, keys in searchable.items()}
    return _Inputs(path, logs, local, new_here, rows, schemes, store.clock(), searchable, told,
                   ValueCheck(path, guides, municipalities))


def _unite(inputs: _Inputs, stop: Callable[[], None]) -> Iterator[_Merged]:
    """Each of the package's interview logs united with this laptop's (by change id), and the current
    answers worked out again where new changes came, in batches of ``BATCH`` interviews, ready to write.
    Touches no database; ``stop()`` is called now and then (it raises when the user stopped the merge).
    PackageError when a change refers to an interview or scheme this laptop does not have, a log is
    damaged, a value would be refused if typed, or a change is stamped far ahead of this laptop's clock."""
    # the answers the statistics count, as keys: a set intersection per interview finds them among its
    # answers ("" is in schemes, so every field has its plain key)
    counted = {(fld, scheme) for fld in STATS_FIELDS for scheme in inputs.schemes}
    out = _Merged()
    for n, (interview_id, text, theirs) in enumerate(inputs.logs):
        if n % STOP_EVERY == 0:
            stop()
        if len(out.touched) >= BATCH:
            yield out
            out = _Merged()
        if text is not None and text == inputs.local.get(interview_id):
            continue  # the very log this laptop has (the same package again): nothing new
        theirs = _checked_log(inputs, interview_id, text, theirs)
        if theirs is None:
            continue  # nothing to merge
        united = _united(inputs, interview_id, theirs, out)
        if united is not None:
            _work_out(inputs, interview_id, united, counted, out, text)
    yield out


@dataclass
class _United:
    """One interview's log after uniting: the changes the package added here and what they changed."""
    log: ilog.Log
    added: range | list[int]
    current: dict
    changed: set
    new: bool  # the interview is new here


def _checked_log(inputs: _Inputs, interview_id: str, text: str | None, theirs: ilog.Log | None) -> ilog.Log | None:
    """The package's log of the interview, read and checked (PackageError); None when it holds no change."""
    path = inputs.path
    if theirs is None:
        try:
            theirs = ilog.Log.parse(text)
        except ilog.LogError as exc:
            raise PackageError(path, "damaged", f"the change log of interview {interview_id} cannot be read"
                                                f" ({exc})") from None
    if not len(theirs):
        return None
    if interview_id not in inputs.rows:
        raise PackageError(path, "damaged", f"interview {interview_id} refers to what this laptop does not have")
    inputs.values.check(interview_id, inputs.rows[interview_id][:2], theirs)
    unknown = set(theirs.scheme) - inputs.schemes
    if unknown:
        raise PackageError(path, "damaged", f"a change of interview {interview_id} refers to scheme "
                                            f"{sorted(unknown)[0]!r}, which this laptop does not have")
    if len(theirs.ids()) != len(theirs):
        raise PackageError(path, "damaged", f"interview {interview_id}: a change is in its log twice")
    return theirs


def _united(inputs: _Inputs, interview_id: str, theirs: ilog.Log, out: _Merged) -> _United | None:
    """The package's log united with this laptop's, the conflicts it opens or settles noted in ``out``; None
    when it brings nothing new."""
    if interview_id in inputs.new_here:  # nothing of it here yet: every answer is new, no conflict or text row
        current, conflicted = theirs.answers()
        out.conflicts_on += [(interview_id, *key) for key in conflicted]
        return _United(theirs, range(len(theirs)), current, current.keys(), True)
    stored = inputs.local.get(interview_id)
    mine = ilog.Log.parse(stored, check=False) if stored else ilog.Log()
    if theirs.ids() <= mine.ids():  # nothing new (the same package again)
        return None
    before = mine.answers()[0]
    added = mine.union(theirs)
    current, conflicted = mine.answers()
    touched = mine.keys(added)
    for key in touched:
        (out.conflicts_on if key in conflicted else out.conflicts_off).append((interview_id, *key))
    changed = {key for key in touched if current.get(key) != before.get(key)}
    out.unindex += [(interview_id, *key) for key in changed]
    return _United(mine, added, current, changed, False)


def _work_out(inputs: _Inputs, interview_id: str, u: _United, counted: set, out: _Merged, text: str | None) -> None:
    """What the united log changes, added to ``out``: the interview's row, its statistics' row, its text
    index rows, whether its deletion is disputed, the log and answers to store, and the counts. ``text``: the
    package's log as it came (stored as it is when the interview is new here)."""
    row = inputs.rows[interview_id]
    current, changed = u.current, u.changed
    for (fld, column), shown in zip(SUMMARY_COLUMNS.items(), row[2:]):
        if (fld, "") in changed:  # the interview row as it came with the package may show it already
            value = ilog.value_of(current[(fld, "")][0])
            value = int(bool(value)) if fld == DELETED_FIELD else value
            if value != shown or type(value) is not type(shown):
                out.summary.append((column, interview_id, value))
    if not counted.isdisjoint(changed):
        if u.new:
            out.new_stats.append(stats_row(interview_id, current))
        else:
            out.stats.append((interview_id, stats_row(interview_id, current)))
    if u.new or any(fld in FACT_FIELDS for fld, _scheme in changed):
        out.facts.append(facts_row(interview_id, current))
    searchable = inputs.searchable[row[:2]]
    keys, texts = searchable.intersection(changed), {}
    if CONSENT in changed:
        keys.add(CONSENT)
    for key in keys:
        value = ilog.value_of(current[key][0])
        if isinstance(value, str):
            texts[key] = value
            if value.strip() and key in searchable:
                out.texts.append((value, interview_id, *key))
    # what a new interview lacks of them, it does not have
    out.answers[interview_id] = (inputs.told[row[:2]] if u.new else keys, texts)
    if (DELETED_FIELD, "") in current and deletion_disputed(u.log, current):
        out.disputed.append(interview_id)
    out.logs.append((interview_id, ilog.encode_answers(current),
                     text if u.new and text and u.log.as_written else u.log.dumps()))
    out.touched.append(interview_id)
    # «last changed» is the time of the latest change in the log, wherever it was made: not the merge's time,
    # so every laptop shows (and the statistics' tie rule uses) the same
    out.changed_at.append((iso_from_ms(max(u.log.wall)), interview_id))
    out.added += len(u.added)
    out.updated += len(changed)
    latest = u.log.latest(None if u.new else u.added)
    if latest[0] > inputs.now + hlc.MAX_AHEAD_MS:
        clock_ahead(inputs.path, u.log, u.added, inputs.now)
    if out.latest is None or latest > out.latest:
        out.latest = latest


def unite_and_write(store: "Store", path: Path, first_interview: int, stop: Callable[[], None],
                    ahead: LogsAhead | None = None) -> _Merged:
    """Unite the package's logs with this laptop's (``_unite``) and write each batch as it comes, so that a
    big package is never all in memory at once (but for the logs parsed ``ahead``, which stops here). Returns
    the totals (the counts, the interviews in dispute, the latest stamp)."""
    inputs = _read_inputs(store, path, first_interview, ahead.take() if ahead else None)
    total = _Merged()
    for batch in _unite(inputs, stop):
        try:
            _write_merged(store, batch)
        except (UnicodeEncodeError, OverflowError, sqlite3.ProgrammingError, sqlite3.InterfaceError) as exc:
            # values SQLite cannot take (text that is not Unicode, a list where a date goes): only a damaged
            # package brings them, as every log was checked and this laptop writes none
            raise PackageError(path, "damaged", f"a value cannot be stored ({exc})") from None
        total.added += batch.added
        total.updated += batch.updated
        total.disputed += batch.disputed
        total.answers.update(batch.answers)
        if batch.latest and (total.latest is None or batch.latest > total.latest):
            total.latest = batch.latest
    return total


def _write_merged(store: "Store", merged: _Merged) -> None:
    """Write a batch ``_unite`` made: the logs and current answers, the statistics' rows, the open
    conflicts, the text index and the interview rows."""
    conn = store.conn
    if not merged.logs:  # nothing new in this batch (the same package again): nothing to write
        return
    seq = next_log_seq(conn)
    conn.executemany(STORE_LOG, [(*row, seq) for row in merged.logs])
    conn.executemany("DELETE FROM interview_stats WHERE interview_id = ?", [(i,) for i, _row in merged.stats])
    write_stats(conn, [row for _i, row in merged.stats] + merged.new_stats)
    conn.executemany("DELETE FROM open_conflicts WHERE interview_id = ? AND field = ? AND scheme = ?",
                     merged.conflicts_off)
    conn.executemany("INSERT OR IGNORE INTO open_conflicts VALUES (?, ?, ?)", merged.conflicts_on)
    conn.executemany("INSERT OR IGNORE INTO open_conflicts VALUES (?, ?, '')",
                     [(i, DELETED_FIELD) for i in merged.disputed])
    conn.executemany("""DELETE FROM answer_text WHERE rowid IN (SELECT fts_rowid FROM answer_text_rows
                        WHERE interview_id = ? AND field = ? AND scheme = ?)""", merged.unindex)
    conn.executemany("DELETE FROM answer_text_rows WHERE interview_id = ? AND field = ? AND scheme = ?",
                     merged.unindex)
    index_texts(conn, sorted(merged.texts, key=lambda row: row[1:]))
    for column in set(SUMMARY_COLUMNS.values()):
        conn.executemany(f"UPDATE interviews SET {column} = ? WHERE id = ?",
                         [(value, i) for c, i, value in merged.summary if c == column])
    conn.executemany("UPDATE interviews SET updated_at = ? WHERE id = ?", merged.changed_at)
    write_facts(conn, merged.facts)  # the quotes' roles and consent
    derive(conn, merged.touched, answers=merged.answers)  # the passages against the new texts
