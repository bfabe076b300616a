"""One interview's change log, stored as one row (``interview_logs``): every change to its answers, and the
current answers worked out from them.

A change is never updated or deleted. It names its ``parent``, the change it replaced on its laptop, and a
change that settled a conflict also names the other heads it replaced (``parents``). An answer's *heads* are
its changes no other change replaced: one, or several when two laptops changed the answer since they last
shared data. The current value is the head with the latest stamp (the stamp ends with the device id, the
tie-break); heads with different values are a conflict. Merging two logs is the union of their changes by
id, so the result depends only on the set of changes.

Deleting an interview is a change of the field ``_deleted`` (``DELETED``). Whether another laptop edited it
without knowing of the deletion is decided by what each laptop had received, never by the clocks: a change
to ``_deleted`` records, per laptop, the latest change of that laptop its log held (``seen``), and any other
change made while the log held changes to ``_deleted`` records their heads (``known``). An edit the deletion
had not seen, made without knowing of the deletion, is a conflict (``Log.unaware_edits``).

The log is kept as compact JSON, in columns: the devices and coordinators once each (``d``, ``c``), then a
list per field of the changes: ``id``, ``f`` (field), ``s`` (scheme, '' for a question asked once), ``v`` (the
answer as JSON text), ``p`` (parent or null), ``w`` and ``n`` (the stamp's wall time in ms and counter),
``dv`` and ``co`` (numbers in the device and coordinator lists), and, only for the changes that have them,
``r`` (``[[change no., reason], ...]``), ``pp`` (``[[change no., [further parents]], ...]``), ``k`` (``[[change
no., [known heads of _deleted]], ...]``) and ``sv`` (``[[change no., [[device id, wall ms, counter], ...]],
...]``, the changes each laptop had made that a change to ``_deleted`` had seen). A stamp in
``hlc`` form is ``WALLMS.COUNTER.DEVICE``. Columns of one type each are quick to read and to check
(``logcheck``), and keeping an interview in one row lets a merge write one row per interview instead of one
per change and one per answer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any, Iterable

import orjson

from core.model import hlc
from core.model.logcheck import LogError, check_columns

Key = tuple[str, str]  # (field, scheme); scheme '' for a question asked once
DELETED = "_deleted"  # the field of deleting (true) and restoring (false) an interview
Seen = tuple[tuple[str, int, int], ...]  # (device id, wall ms, counter) of the latest change seen of each laptop


@dataclass(frozen=True)
class Change:
    id: str
    field: str
    scheme: str
    value: str  # JSON text
    parent: str | None
    stamp: str
    device_id: str
    coordinator: str
    reason: str | None = None
    parents: tuple[str, ...] = ()  # further changes it replaced (a conflict settled)
    known: tuple[str, ...] = ()  # a change to another field: the heads of _deleted its laptop had
    seen: Seen | None = None  # a change to _deleted: the latest change of each laptop its laptop had

    @property
    def key(self) -> Key:
        return self.field, self.scheme


# JSON as compact as it goes, the form of every answer and log; they hold no cycles to look for (a third
# faster without the check)
dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode

# the columns of the changes, in order (see the module)
COLUMNS = ("id", "f", "s", "v", "p", "w", "n", "dv", "co")
_STORED = ("d", "c", *COLUMNS, "r", "pp")  # the columns every stored log has


class Log:
    """The changes of one interview, in columns (see the module's docstring); a change is known by its
    number in the log (its place in the columns)."""

    __slots__ = ("devices", "coordinators", "id", "field", "scheme", "value", "parent", "wall", "counter",
                 "device", "coordinator", "reasons", "parents", "known", "seen", "as_written", "_device_no",
                 "_coordinator_no",
                 "_ids")

    def __init__(self):
        self.devices: list[str] = []
        self.coordinators: list[str] = []
        self.id: list[str] = []
        self.field: list[str] = []
        self.scheme: list[str] = []
        self.value: list[str] = []
        self.parent: list[str | None] = []
        self.wall: list[int] = []
        self.counter: list[int] = []
        self.device: list[int] = []
        self.coordinator: list[int] = []
        self.reasons: dict[int, str] = {}
        self.parents: dict[int, list[str]] = {}
        self.known: dict[int, list[str]] = {}
        self.seen: dict[int, list[list]] = {}  # change no. -> [[device id, wall, counter], ...]
        # read from a text that holds only the columns Feltkart writes (so that it may be stored as it came)
        self.as_written = False
        self._device_no: dict[str, int] | None = {}  # None until a change is added to a log read
        self._coordinator_no: dict[str, int] | None = {}
        self._ids: set[str] | None = None

    # -- reading and writing ----------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str, check: bool = True) -> "Log":
        """The log in ``text``, every column checked; LogError when it is not one (a damaged package).
        ``check=False`` for a log this laptop stored, which was checked when it came."""
        try:
            doc = _decoded(text)
        except (ValueError, TypeError) as exc:
            raise LogError(f"not a change log: {exc}") from None
        if type(doc) is not dict:
            raise LogError("not a change log")
        try:
            columns = [doc[name] for name in _STORED]
        except KeyError as exc:
            raise LogError(f"not a change log: no {exc}") from None
        # what each change knew of deletions: absent from logs written before it was recorded (none known)
        known, seen = doc.get("k", []), doc.get("sv", [])
        if set(map(type, columns)) != {list} or type(known) is not list or type(seen) is not list:
            raise LogError("not a change log: a column is not a list")
        devices, coordinators, *changes, reasons, parents = columns
        if check:
            check_columns(devices, coordinators, changes, reasons, parents, known, seen)
        log = cls.__new__(cls)  # every attribute set here (a merge reads tens of thousands of logs)
        log.devices, log.coordinators = devices, coordinators
        (log.id, log.field, log.scheme, log.value, log.parent, log.wall, log.counter, log.device,
         log.coordinator) = changes
        # [[change no., what it has], ...] as a dict (each pair checked above, or stored so)
        log.reasons, log.parents, log.known, log.seen = dict(reasons), dict(parents), dict(known), dict(seen)
        log._device_no = log._coordinator_no = log._ids = None
        log.as_written = len(doc) == len(_STORED) + ("k" in doc) + ("sv" in doc)
        return log

    def check(self) -> None:
        """The checks ``parse`` makes, for a log put together otherwise (from a package's rows); LogError."""
        check_columns(self.devices, self.coordinators,
                    [self.id, self.field, self.scheme, self.value, self.parent, self.wall, self.counter, self.device,
                     self.coordinator], [[n, r] for n, r in self.reasons.items()],
                    [[n, p] for n, p in self.parents.items()], [[n, k] for n, k in self.known.items()],
                    [[n, v] for n, v in self.seen.items()])

    def dumps(self) -> str:
        return dumps({"d": self.devices, "c": self.coordinators, "id": self.id, "f": self.field, "s": self.scheme,
                       "v": self.value, "p": self.parent, "w": self.wall, "n": self.counter, "dv": self.device,
                       "co": self.coordinator, "r": [[n, r] for n, r in sorted(self.reasons.items())],
                       "pp": [[n, p] for n, p in sorted(self.parents.items())],
                       "k": [[n, k] for n, k in sorted(self.known.items())],
                       "sv": [[n, v] for n, v in sorted(self.seen.items())]})

    def __len__(self) -> int:
        return len(self.id)

    def ids(self) -> set[str]:
        if self._ids is None:
            self._ids = set(self.id)
        return self._ids

    def order(self, n: int) -> tuple[int, int, str]:
        """Sorts as change ``n``'s stamp does."""
        return self.wall[n], self.counter[n], self.devices[self.device[n]]

    def change(self, n: int) -> Change:
        device = self.devices[self.device[n]]
        return Change(self.id[n], self.field[n], self.scheme[n], self.value[n], self.parent[n],
                      hlc.make_stamp(self.wall[n], self.counter[n], device), device,
                      self.coordinators[self.coordinator[n]], self.reasons.get(n), tuple(self.parents.get(n, ())),
                      tuple(self.known.get(n, ())),
                      tuple(tuple(e) for e in self.seen[n]) if n in self.seen else None)

    def changes(self) -> list[Change]:
        """Every change, in the order they came into this log."""
        return [self.change(n) for n in range(len(self))]

    def keys(self, numbers: Iterable[int]) -> set[Key]:
        """The answers these changes are to."""
        field, scheme = self.field, self.scheme
        return {(field[n], scheme[n]) for n in numbers}

    def latest(self, numbers: Iterable[int] | None = None) -> tuple[int, int]:
        """The latest (wall ms, counter) of these changes (None: of all)."""
        wall, counter = self.wall, self.counter
        if numbers is None:
            return max(zip(wall, counter))
        return max((wall[n], counter[n]) for n in numbers)

    # -- adding -------------------------------------------------------------------------------------

    @staticmethod
    def _number(item: str, items: list[str], numbers: dict[str, int]) -> int:
        """The number of ``item`` in ``items`` (a device or coordinator list), added at the end if new."""
        n = numbers.get(item)
        if n is None:
            n = numbers[item] = len(items)
            items.append(item)
        return n

    def _device(self, device: str) -> int:
        if self._device_no is None:
            self._device_no = {d: n for n, d in enumerate(self.devices)}
        return self._number(device, self.devices, self._device_no)

    def _coordinator(self, name: str) -> int:
        if self._coordinator_no is None:
            self._coordinator_no = {c: n for n, c in enumerate(self.coordinators)}
        return self._number(name, self.coordinators, self._coordinator_no)

    def _append(self, change_id, field, scheme, value, parent, wall, counter, *, device, coordinator, reason,
                parents, known, seen) -> None:
        n = len(self.id)
        self.id.append(change_id)
        self.field.append(field)
        self.scheme.append(scheme)
        self.value.append(value)
        self.parent.append(parent)
        self.wall.append(wall)
        self.counter.append(counter)
        self.device.append(self._device(device))
        self.coordinator.append(self._coordinator(coordinator))
        if reason is not None:
            self.reasons[n] = reason
        if parents:
            self.parents[n] = sorted(parents)
        if known:
            self.known[n] = sorted(known)
        if seen is not None:
            self.seen[n] = sorted([list(e) for e in seen])
        if self._ids is not None:
            self._ids.add(change_id)

    def add(self, change: Change) -> None:
        wall, counter, device = hlc.parts(change.stamp)
        self._append(change.id, change.field, change.scheme, change.value, change.parent, wall, counter,
                     device=device, coordinator=change.coordinator, reason=change.reason, parents=change.parents,
                     known=change.known, seen=change.seen)

    def union(self, other: "Log") -> list[int]:
        """Add the changes of ``other`` this log does not have (by id); returns their numbers in this log."""
        known = self.ids()
        added = []
        for n, change_id in enumerate(other.id):
            if change_id in known:
                continue
            added.append(len(self.id))
            self._append(change_id, other.field[n], other.scheme[n], other.value[n], other.parent[n], other.wall[n],
                         other.counter[n], device=other.devices[other.device[n]],
                         coordinator=other.coordinators[other.coordinator[n]], reason=other.reasons.get(n),
                         parents=other.parents.get(n), known=other.known.get(n), seen=other.seen.get(n))
        return added

    def context(self, field: str) -> tuple[tuple[str, ...], Seen | None]:
        """What a change to ``field`` made now on this laptop knows of deletions, as ``Change.known`` and
        ``Change.seen`` take it: for a change to ``_deleted``, the latest change of each laptop in this log;
        for another change, the heads of ``_deleted`` (none when the interview was never deleted)."""
        if field == DELETED:
            latest: dict[int, tuple[int, int]] = {}
            for device, wall, counter in zip(self.device, self.wall, self.counter):
                if (wall, counter) > latest.get(device, (-1, -1)):
                    latest[device] = (wall, counter)
            return (), tuple(sorted((self.devices[d], w, c) for d, (w, c) in latest.items()))
        found = self.heads([(DELETED, "")]).get((DELETED, ""), [])
        return tuple(sorted(c.id for c in found)), None

    # -- working out the answers ------------------------------------------------------------------

    def _replaced(self) -> set:
        """The ids of changes another change replaced (with None among them, for speed)."""
        replaced = set(self.parent)
        for found in self.parents.values():
            replaced.update(found)
        return replaced

    def heads(self, keys: Iterable[Key] | None = None) -> dict[Key, list[Change]]:
        """Per answer (only ``keys`` when given), its heads, latest stamp first."""
        replaced = self._replaced()
        wanted = None if keys is None else set(keys)
        found: dict[Key, list[int]] = {}
        for n, (change_id, field, scheme) in enumerate(zip(self.id, self.field, self.scheme)):
            if change_id in replaced or (wanted is not None and (field, scheme) not in wanted):
                continue
            found.setdefault((field, scheme), []).append(n)
        return {key: [self.change(n) for n in sorted(numbers, key=self.order, reverse=True)]
                for key, numbers in found.items()}

    def _heads(self) -> tuple[list[int], list[Key]]:
        """The numbers of the changes no other replaced, and their keys, in log order."""
        replaced = self._replaced()
        heads = [n for n, change_id in enumerate(self.id) if change_id not in replaced]
        return heads, list(zip(map(self.field.__getitem__, heads), map(self.scheme.__getitem__, heads)))

    def _settle(self, heads: list[int], keys: list[Key]) -> tuple[dict[Key, int], set[Key]]:
        """Per answer, its head with the latest stamp, and the keys whose heads disagree on the value."""
        values = self.value
        best: dict[Key, int] = {}
        conflicted: set[Key] = set()
        for n, key in zip(heads, keys):
            m = best.get(key)
            if m is None:
                best[key] = n
                continue
            if values[m] != values[n]:
                conflicted.add(key)  # two heads that disagree (whichever wins, they still disagree)
            if self.order(n) > self.order(m):
                best[key] = n
        return best, conflicted

    def current(self) -> tuple[dict[Key, int], set[Key]]:
        """Per answer, the number of its current change: the head with the latest stamp; and the keys in
        conflict, whose heads disagree on the value. The common case, one head per answer, is found without a
        loop in Python."""
        heads, keys = self._heads()
        best = dict(zip(keys, heads))
        if len(best) == len(heads):
            return best, set()
        return self._settle(heads, keys)

    def answers(self, best: dict[Key, int] | None = None, conflicted: set[Key] | None = None) \
            -> tuple[dict[Key, tuple[str, str]], set[Key]]:
        """The current answers, (value as JSON text, change id) per key (see ``current``); and the keys in
        conflict. ``best`` and ``conflicted``: what ``current`` gave, when it is at hand."""
        value, ids = self.value.__getitem__, self.id.__getitem__
        if best is None:
            heads, keys = self._heads()
            found = dict(zip(keys, zip(map(value, heads), map(ids, heads))))
            if len(found) == len(heads):
                return found, set()
            best, conflicted = self._settle(heads, keys)
        numbers = best.values()
        return dict(zip(best, zip(map(value, numbers), map(ids, numbers)))), conflicted

    def values(self) -> list[Any]:
        """Every change's value decoded, in the log's order: one decoding for them all, as the log was checked
        (each is one JSON value, so that commas part them unmistakably)."""
        return json.loads(f"[{','.join(self.value)}]")

    def unaware_edits(self, deletion_id: str) -> list[int]:
        """The changes (their numbers) to anything but ``_deleted`` that the deletion ``deletion_id`` had not
        seen and that were made without knowing of it: edits made on another laptop while the interview was
        being deleted. Decided by what each laptop had received (``seen``, ``known``), so clocks that are
        wrong by any amount, or stamps in the same millisecond, give the same answer; the order in which
        logs were united does not matter either. A change to ``_deleted`` from before this was recorded has
        no ``seen``: the changes stamped before it count as seen."""
        if deletion_id not in self.ids():
            return []
        d = self.id.index(deletion_id)
        deleter = self.device[d]
        seen = self.seen.get(d)
        before = None if seen is None else {device: (wall, counter) for device, wall, counter in seen}
        # knowing of the deletion: knowing it, or a later change to _deleted that replaced it
        children: dict[str, list[str]] = {}
        for n, field in enumerate(self.field):
            if field == DELETED:
                for parent in (self.parent[n], *self.parents.get(n, ())):
                    if parent is not None:
                        children.setdefault(parent, []).append(self.id[n])
        aware, todo = {deletion_id}, [deletion_id]
        while todo:
            for child in children.get(todo.pop(), ()):
                if child not in aware:
                    aware.add(child)
                    todo.append(child)
        found = []
        for n, field in enumerate(self.field):
            if field == DELETED or self.device[n] == deleter:  # a laptop knows the order of its own changes
                continue
            if before is None:
                if self.order(n) < self.order(d):
                    continue
            elif (self.wall[n], self.counter[n]) <= before.get(self.devices[self.device[n]], (-1, -1)):
                continue
            if aware.isdisjoint(self.known.get(n, ())):
                found.append(n)
        return found

    def newest(self) -> str | None:
        """The latest stamp in the log."""
        if not len(self):
            return None
        return self.change(max(range(len(self)), key=self.order)).stamp

    def by_id(self, change_id: str) -> Change:
        return self.change(self.id.index(change_id))


_PLAIN_TEXT = re.compile(r'[^"\\\x00-\x1f]*')  # text JSON writes as it is, between quotes


@lru_cache(maxsize=4096)
def _texts(texts: tuple[str, ...]) -> str:
    """A JSON list of these strings; names and codes need no escapes, so they mostly go the short way. The
    same fields or schemes come again and again (every passage has the same fields)."""
    if texts and _PLAIN_TEXT.fullmatch("".join(texts)):
        return '["' + '","'.join(texts) + '"]'
    return dumps(list(texts))


def _decoded(text: str) -> Any:
    """A log's JSON decoded by orjson (a merge decodes tens of thousands: half the time of ``json.loads``), and
    by the standard library what orjson refuses (text that is not Unicode, NaN, deep nesting, not text at all),
    so that a damaged log reads as it always did. A number beyond 64 bits comes as a float where ``json`` makes
    an int: no column of a log holds either, and its checks refuse both alike (tests/core/test_ilog_decode.py)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def value_of(text: str) -> Any:
    """The value of an answer stored as JSON text (``json.loads``), the short way for plain text, true and
    false: a merge reads a few of every interview it brings."""
    if text[:1] == '"' and "\\" not in text:
        return text[1:-1]
    if text == "true" or text == "false":
        return text == "true"
    return json.loads(text)


def encode_answers(current: dict[Key, tuple[str, str]]) -> str:
    """The current answers as stored beside the log, for reading (the list, the form, the export): in
    columns, ``{"f": fields, "s": schemes, "v": values}``, the values as JSON values (not text). Worked out
    from the log whenever it changes; ``current`` maps (field, scheme) to (value as JSON text, change id)."""
    fields, schemes = zip(*current) if current else ((), ())
    values = ",".join(map(itemgetter(0), current.values()))
    return f'{{"f":{_texts(fields)},"s":{_texts(schemes)},"v":[{values}]}}'


def decode_answers(text: str) -> dict[Key, Any]:
    """The stored answers: the value per (field, scheme)."""
    found = json.loads(text)
    return dict(zip(zip(found["f"], found["s"]), found["v"]))


def from_rows(rows: Iterable[tuple], parents: dict[str, list[str]]) -> dict[str, Log]:
    """Logs per interview from changes stored a row each, as before ``interview_logs`` (a database being
    migrated, a package from an older Feltkart): rows of (id, interview id, field, scheme or None, value,
    parent, stamp, device id, coordinator, reason) in the order they were recorded; ``parents`` maps a
    change id to the further parents it named."""
    logs: dict[str, Log] = {}
    for change_id, interview_id, field, scheme, value, parent, stamp, device, coordinator, reason in rows:
        logs.setdefault(interview_id, Log()).add(Change(
            change_id, field, scheme or "", value, parent, stamp, device, coordinator, reason,
            tuple(parents.get(change_id, ()))))
    return logs


def parents_of(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """(change id, parent) pairs grouped by change id."""
    found: dict[str, list[str]] = {}
    for change_id, parent in pairs:
        found.setdefault(change_id, []).append(parent)
    return found
