"""The sample (utvalg): the municipalities the study means to interview, made one of three ways, and recorded:

- a census: every municipality of the study's registry;
- a stratified draw: a number per centrality class (or per class and county), drawn reproducibly from a seed
  (Python's Mersenne Twister: the same seed, registry and sizes give the same municipalities everywhere);
- an imported list of municipality numbers (CSV or XLSX), read with a report per row before anything is
  taken (``read_list``).

How the sample was made (rule, sizes, seed, source, time, who) is the ``sample`` record. Changing it later
(adding a replacement, dropping one) is a change of that municipality's ``in_sample``, with its reason.
Assigning a municipality to a coordinator is a change of its ``coordinator``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.base.errors import FeltkartError, ValidationError
from core.fieldwork import records
from core.fieldwork.records import SAMPLE_ID, municipality_id
from core.fieldwork.sample_list import ListReport, read_list
from core.model import hlc, ilog
from core.reference import registry, study

if TYPE_CHECKING:
    from pathlib import Path

    from core.reference.registry import Municipality
    from core.storage.store import Store


class StratumTooSmall(FeltkartError):
    """A draw asks for more municipalities than a stratum holds: ``shortfalls`` maps the stratum ("6", or
    "6:18" for class 6 in county 18) to (asked, held)."""

    def __init__(self, shortfalls: dict[str, tuple[int, int]]):
        self.shortfalls = shortfalls
        super().__init__(", ".join(f"{k}: {a} asked, {h} held" for k, (a, h) in shortfalls.items()))


@dataclass(frozen=True)
class Design:
    """How the sample was made."""
    rule: str  # census, stratified, imported
    sizes: dict[str, int] = field(default_factory=dict)
    by_county: bool = False
    seed: int | None = None
    source: str | None = None
    made_at: str | None = None
    made_by: str | None = None


def strata(municipalities: list["Municipality"], by_county: bool) -> dict[str, list["Municipality"]]:
    """The municipalities per stratum: "6" (class), or "6:18" (class and county), in number order."""
    found: dict[str, list] = {}
    for m in sorted(municipalities, key=lambda m: m.number):
        key = f"{m.centrality_class}:{m.county_number}" if by_county else str(m.centrality_class)
        found.setdefault(key, []).append(m)
    return found


def draw(municipalities: list["Municipality"], sizes: dict[str, int], seed: int, by_county: bool = False) -> list[str]:
    """The numbers drawn: ``sizes[stratum]`` from each stratum, without replacement, reproducibly from ``seed``.
    A stratum not named is not drawn from. StratumTooSmall when one is asked for more than it holds."""
    groups = strata(municipalities, by_county)
    short = {k: (n, len(groups.get(k, []))) for k, n in sizes.items() if n > len(groups.get(k, []))}
    if short:
        raise StratumTooSmall(short)
    rng = random.Random(seed)
    chosen = []
    for key in sorted(sizes, key=lambda k: (int(k.split(":")[0]), k)):
        chosen += [m.number for m in rng.sample(groups[key], sizes[key])]
    return sorted(chosen)


def parse_sizes(text: str) -> dict[str, int]:
    """ "6:20,5:20,4:10" (class:n) or "6/18:3" (class/county:n) -> sizes; ValueError naming the part at fault."""
    sizes: dict[str, int] = {}
    for part in (p.strip() for p in text.split(",") if p.strip()):
        stratum, _, n = part.rpartition(":")
        stratum = stratum.replace("/", ":")
        klass = stratum.split(":")[0]
        if not (klass in "123456" and len(klass) == 1 and n.isdigit()):
            raise ValueError(part)
        if ":" in stratum and not (len(stratum) == 4 and stratum[2:].isdigit()):
            raise ValueError(part)
        sizes[stratum] = int(n)
    if not sizes:
        raise ValueError(text)
    return sizes


def design(store: "Store") -> Design | None:
    """How the sample was made, or None when there is none yet."""
    try:
        r = records.get(store, SAMPLE_ID)
    except FeltkartError:
        return None
    return Design(r.get("rule"), dict(r.get("sizes", {})), bool(r.get("by_county", False)), r.get("seed"),
                  r.get("source"), r.get("made_at"), r.get("made_by"))


def members(store: "Store") -> list[str]:
    """The numbers of the municipalities in the sample, in number order."""
    return sorted(r.municipality for r in records.records(store, "municipality") if r.get("in_sample"))


def make(store: "Store", rule: str, numbers: list[str], sizes: dict[str, int] | None = None,
         by_county: bool = False, seed: int | None = None, source: str | None = None) -> int:
    """Make the sample (or make it again): these municipalities in it, the others of the registry out, and
    how it was made recorded; in one transaction. Returns how many are in it."""
    settings = study.load(store)
    version = settings.registry_version
    known = {m.number for m in registry.municipalities(store, version)}
    unknown = sorted(set(numbers) - known)
    if unknown:
        raise ValidationError({"numbers": "not_in_registry"})
    chosen = set(numbers)
    sizes = {k: (sizes or {})[k] for k in sorted(sizes or {}, key=lambda k: (int(k.split(":")[0]), k))}
    with store.write():
        records.change(store, SAMPLE_ID, "sample", None, {
            "rule": rule, "sizes": sizes, "by_county": by_county, "seed": seed, "source": source,
            "made_at": store.now(), "made_by": settings.coordinator_name, "registry": version})
        # every municipality of the registry in or out: a sample made on another laptop before the two shared
        # data differs municipality by municipality, each a conflict to settle, never a silent union
        for number in sorted(known):
            records.change(store, municipality_id(version, number), "municipality", number,
                           {"in_sample": number in chosen})
    return len(chosen)


def census(store: "Store") -> int:
    version = study.load(store).registry_version
    return make(store, "census", [m.number for m in registry.municipalities(store, version)])


def make_drawn(store: "Store", sizes: dict[str, int], seed: int) -> int:
    """Draw the sample from the study's registry (``draw``: by class and county when a stratum names a county)
    and make it. StratumTooSmall, with nothing changed, when a stratum holds too few."""
    by_county = any(":" in k for k in sizes)
    numbers = draw(registry.municipalities(store, study.load(store).registry_version), sizes, seed, by_county)
    return make(store, "stratified", numbers, sizes=sizes, by_county=by_county, seed=seed)


def read_sample_list(path: Path | str, places: list[Municipality]) -> ListReport:
    """The list at ``path`` read row by row against these municipalities, by number or by name
    (``sample_list.read_list``); nothing is taken yet (``make_imported``)."""
    return read_list(path, {m.number for m in places}, {m.name.casefold(): m.number for m in places})


def make_imported(store: "Store", report: ListReport) -> int:
    """Make the sample of a list's valid rows, its file named as the source."""
    return make(store, "imported", report.valid, source=report.path.name)


def set_member(store: "Store", number: str, in_sample: bool, reason: str) -> bool:
    """Add a municipality to the sample (a replacement) or drop one, with the reason (ValidationError when
    there is none)."""
    if not reason or not reason.strip():
        raise ValidationError({"reason": "required"})
    version = study.load(store).registry_version
    if number not in {m.number for m in registry.municipalities(store, version)}:
        raise ValidationError({"municipality": "not_in_registry"})
    return records.change(store, municipality_id(version, number), "municipality", number,
                          {"in_sample": in_sample}, reason=reason.strip())


def assign(store: "Store", numbers: list[str], coordinator: str | None) -> int:
    """Assign these sampled municipalities to ``coordinator`` (None: to nobody), in one transaction. Returns how
    many changed."""
    version = study.load(store).registry_version
    n = 0
    with store.write():
        for number in numbers:
            n += records.change(store, municipality_id(version, number), "municipality", number,
                                {"coordinator": (coordinator or "").strip() or None})
    return n


@dataclass(frozen=True)
class SampleChange:
    """A municipality added to the sample or dropped from it after the sample was made, and why."""
    number: str
    added: bool
    reason: str
    when: str  # ISO timestamp (UTC)
    who: str
    name: str = ""  # the municipality's name in the study's registry (its number when not there)


def changes(store: "Store") -> list[SampleChange]:
    """Every change of the sample made with a reason (``set_member``), the earliest first; one read of the
    municipalities' records, with their names."""
    found = []
    for number, text, name in store.conn.execute(
            "SELECT f.municipality, f.log, m.name FROM fieldwork_logs f LEFT JOIN municipalities m"
            " ON m.registry = ? AND m.number = f.municipality WHERE f.kind = 'municipality' ORDER BY f.rowid",
            [study.load(store).registry_version]):
        for c in ilog.Log.parse(text, check=False).changes():
            if c.field == "in_sample" and c.reason and c.reason != records.SETTLED:
                found.append(SampleChange(number, c.value == "true", c.reason, hlc.iso(c.stamp), c.coordinator,
                                          name or number))
    return sorted(found, key=lambda c: (c.when, c.number))


def coordinators(store: "Store") -> list[str]:
    """Everyone a municipality can be assigned to: this laptop's coordinator, those assigned already and those
    who recorded interviews, in Norwegian order."""
    from core.base.collation import sort_key
    from core.interviews import coordinators as interviewers

    names = {study.load(store).coordinator_name, *interviewers(store)}
    names |= {r.get("coordinator") for r in records.records(store, "municipality")}
    return sorted((n for n in names if n and n.strip()), key=sort_key)
