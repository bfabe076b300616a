"""One interview's change log, stored as one row (``interview_logs``): every change to its answers, and the
current answers worked out from them.

A change is never updated or deleted. It names its ``parent``, the change it replaced on its laptop, and a
change that settled a conflict also names the other heads it replaced (``parents``). An answer's *heads* are
its changes no other change replaced: one, or several when two laptops changed the answer since they last
shared data. The current value is the head with the latest stamp (the stamp ends with the device id, the
tie-break); heads with different values are a conflict. Merging two logs is the union of their changes by
id, so the result depends only on the set of changes.

The log is kept as compact JSON: the devices and coordinators once each, and a change as a list
``[id, field, scheme, value, parent, wall ms, counter, device no., coordinator no., reason, parents]`` where
``value`` is the answer as JSON text and the last two are left out when empty. A change's stamp is
``hlc`` format: ``WALLMS.COUNTER.DEVICE``. Keeping an interview in one row lets a merge write one row per
interview instead of one per change and one per answer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable

Key = tuple[str, str]  # (field, scheme); scheme '' for a question asked once


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

    @property
    def key(self) -> Key:
        return self.field, self.scheme


class LogError(ValueError):
    """A stored or received log that is not in this format."""


# JSON as compact as it goes; the logs hold no cycles to look for (a third faster without the check)
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def _stamp(wall: int, counter: int, device: str) -> str:
    return f"{wall:013d}.{counter:06d}.{device}"


_NONE = type(None)
# the types of a change's fields as stored: parent and reason may be null; reason and the further parents
# are left out when empty
_ROW_TYPES = frozenset(
    (str, str, str, str, parent, int, int, int, int, *rest)
    for parent in (str, _NONE) for rest in ((), (str,), (_NONE,), (str, list), (_NONE, list)))


def _is_row(row, devices: int, coordinators: int) -> bool:
    """A change as stored (see the module's docstring), its numbers in range."""
    return (type(row) is list and tuple(map(type, row)) in _ROW_TYPES
            and row[5] >= 0 and row[6] >= 0 and 0 <= row[7] < devices and 0 <= row[8] < coordinators
            and (len(row) < 11 or all(type(p) is str for p in row[10])))


class Log:
    """The changes of one interview. Rows are kept as read (lists), for speed: a merge reads hundreds of
    thousands of changes."""

    __slots__ = ("devices", "coordinators", "rows", "_device_no", "_coordinator_no", "_ids")

    def __init__(self, devices: list[str] | None = None, coordinators: list[str] | None = None,
                 rows: list[list] | None = None):
        self.devices = devices or []
        self.coordinators = coordinators or []
        self.rows = rows or []
        self._device_no = {d: n for n, d in enumerate(self.devices)}
        self._coordinator_no = {c: n for n, c in enumerate(self.coordinators)}
        self._ids: set[str] | None = None

    # -- reading and writing ----------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> "Log":
        """The log in ``text``; LogError when it is not one (a damaged row or package)."""
        try:
            doc = json.loads(text)
            devices, coordinators, rows = doc["d"], doc["c"], doc["x"]
        except (ValueError, TypeError, KeyError) as exc:
            raise LogError(f"not a change log: {exc}") from None
        if not (isinstance(devices, list) and isinstance(coordinators, list) and isinstance(rows, list)
                and all(isinstance(d, str) for d in devices) and all(isinstance(c, str) for c in coordinators)):
            raise LogError("not a change log")
        for row in rows:
            if not _is_row(row, len(devices), len(coordinators)):
                raise LogError(f"not a change: {str(row)[:80]}")
        return cls(devices, coordinators, rows)

    def dumps(self) -> str:
        return _dumps({"d": self.devices, "c": self.coordinators, "x": self.rows})

    def __len__(self) -> int:
        return len(self.rows)

    def ids(self) -> set[str]:
        if self._ids is None:
            self._ids = {row[0] for row in self.rows}
        return self._ids

    def stamp(self, row: list) -> str:
        return _stamp(row[5], row[6], self.devices[row[7]])

    def order(self, row: list) -> tuple[int, int, str]:
        """Sorts as the row's stamp does."""
        return row[5], row[6], self.devices[row[7]]

    def change(self, row: list) -> Change:
        return Change(row[0], row[1], row[2], row[3], row[4], self.stamp(row), self.devices[row[7]],
                      self.coordinators[row[8]], row[9] if len(row) > 9 else None,
                      tuple(row[10]) if len(row) > 10 else ())

    def changes(self) -> list[Change]:
        return [self.change(row) for row in self.rows]

    # -- adding -------------------------------------------------------------------------------------

    def _device(self, device: str) -> int:
        n = self._device_no.get(device)
        if n is None:
            n = self._device_no[device] = len(self.devices)
            self.devices.append(device)
        return n

    def _coordinator(self, name: str) -> int:
        n = self._coordinator_no.get(name)
        if n is None:
            n = self._coordinator_no[name] = len(self.coordinators)
            self.coordinators.append(name)
        return n

    def add(self, change: Change) -> None:
        wall, counter, device = change.stamp.split(".", 2)
        row = [change.id, change.field, change.scheme, change.value, change.parent, int(wall), int(counter),
               self._device(device), self._coordinator(change.coordinator)]
        if change.reason is not None or change.parents:
            row.append(change.reason)
        if change.parents:
            row.append(sorted(change.parents))
        self.rows.append(row)
        if self._ids is not None:
            self._ids.add(change.id)

    def union(self, other: "Log") -> list[list]:
        """Add the changes of ``other`` this log does not have (by id); returns them, as rows of this log."""
        known = self.ids()
        added = []
        for row in other.rows:
            if row[0] in known:
                continue
            new = [*row]
            new[7] = self._device(other.devices[row[7]])
            new[8] = self._coordinator(other.coordinators[row[8]])
            self.rows.append(new)
            known.add(row[0])
            added.append(new)
        return added

    # -- working out the answers ------------------------------------------------------------------

    def _replaced(self) -> set:
        """The ids of changes another change replaced (with None among them, for speed)."""
        replaced = {row[4] for row in self.rows}
        for row in self.rows:
            if len(row) > 10:
                replaced.update(row[10])
        return replaced

    def heads(self, keys: Iterable[Key] | None = None) -> dict[Key, list[list]]:
        """Per answer (only ``keys`` when given), its heads, latest stamp first."""
        replaced = self._replaced()
        wanted = None if keys is None else set(keys)
        found: dict[Key, list[list]] = {}
        for row in self.rows:
            if row[0] in replaced:
                continue
            key = (row[1], row[2])
            if wanted is not None and key not in wanted:
                continue
            found.setdefault(key, []).append(row)
        for rows in found.values():
            if len(rows) > 1:
                rows.sort(key=self.order, reverse=True)
        return found

    def answers(self) -> tuple[dict[Key, tuple[str, str]], set[Key]]:
        """The current answers, (value as JSON text, change id) per key: the head with the latest stamp; and
        the keys in conflict, whose heads disagree on the value. One pass over the log (a merge works out
        the answers of every interview it brings)."""
        replaced = self._replaced()
        devices = self.devices
        best: dict[Key, list] = {}
        conflicted: set[Key] = set()
        for row in self.rows:
            if row[0] in replaced:
                continue
            key = (row[1], row[2])
            other = best.get(key)
            if other is None:
                best[key] = row
                continue
            if other[3] != row[3]:
                conflicted.add(key)  # two heads that disagree (whichever wins, they still disagree)
            if (row[5], row[6], devices[row[7]]) > (other[5], other[6], devices[other[7]]):
                best[key] = row
        return {key: (row[3], row[0]) for key, row in best.items()}, conflicted

    def row_of(self, change_id: str) -> list | None:
        return next((row for row in self.rows if row[0] == change_id), None)

    def edited_after_deletion(self, deletion_id: str, deleted_field: str) -> bool:
        """True when a change on another laptop, to anything but the deletion, is stamped after the change
        ``deletion_id`` and that laptop did not delete or restore the interview after it either: the other
        laptop edited the interview without knowing it was deleted."""
        deletion = self.row_of(deletion_id)
        if deletion is None:
            return False
        when, deleter = self.order(deletion), self.devices[deletion[7]]
        later = [row for row in self.rows if self.order(row) > when and self.devices[row[7]] != deleter]
        restorers = {row[7] for row in later if row[1] == deleted_field}
        return any(row[1] != deleted_field and row[7] not in restorers for row in later)

    def since(self, stamp: str) -> "Log":
        """The changes stamped after ``stamp`` (a package with only what is new to its recipient)."""
        wall, counter, device = stamp.split(".", 2)
        after = (int(wall), int(counter), device)
        kept = Log()
        for row in self.rows:
            if self.order(row) > after:
                new = [*row]
                new[7] = kept._device(self.devices[row[7]])
                new[8] = kept._coordinator(self.coordinators[row[8]])
                kept.rows.append(new)
        return kept

    def newest(self) -> str | None:
        return self.stamp(max(self.rows, key=self.order)) if self.rows else None


def encode_answers(current: dict[Key, tuple[str, str]]) -> str:
    """The current answers as stored beside the log: ``[[field, scheme, value, change id], ...]``."""
    return _dumps([[*key, *answer] for key, answer in current.items()])


def decode_answers(text: str) -> dict[Key, tuple[str, str]]:
    return {(f, s): (v, c) for f, s, v, c in json.loads(text)}


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
