"""Realistic, reproducible demo data: ``main.py demo`` and the welcome's "Prøv med demodata".

Municipalities are drawn across counties and centrality classes; answers follow plausible patterns
(rural municipalities know, apply to and take part in the schemes less, and name capacity and competence
as barriers more often). A few interviews are drafts and a few are in the trash. The same seed gives the
same data. All demo databases share one study id, so they can be merged with each other.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Callable

from core.interviews.logs import STORE_LOG, next_log_seq
from core.interviews.statsrows import stats_row, write_stats
from core.interviews.textindex import index_texts
from core.model import hlc, ilog
from core.reference import guide_library, registry, study
from core.reference import schemes as scheme_catalogue
from core.storage import stamps

if TYPE_CHECKING:
    from core.model.guide import Guide
    from core.storage.store import Store

DEMO_STUDY_ID = "00000000-0000-4000-8000-00000000de30"
DEMO_STUDY_NAME = "Demo: distriktskommuner og nasjonale ordninger"
START = date(2026, 1, 12)  # the first day of the demo's fieldwork
COORDINATORS = ["Kari Nordmann", "Ola Hansen", "Aslak Somby", "Ingrid Østby", "Siv Åsheim"]
NOTES = [
    "Rådmannen peker på at kommunen har for få folk til å skrive søknader.",
    "Kommunen deltar i et regionalt digitaliseringsnettverk og opplever det som nyttig.",
    "Ordføreren mener ordningene er laget for store kommuner.",
    "Innovasjonslederen har god erfaring med StimuLab og tjenestedesign.",
    "Krav om egenandel gjør det vanskelig å delta i DigiFin-prosjekter.",
    "Kort søknadsfrist rett etter sommeren ble nevnt flere ganger.",
    "Kommunen samarbeider med nabokommunene om velferdsteknologi.",
    "Statsforvalteren har gitt god veiledning om prosjektskjønn.",
]
QUOTES = [
    "«Vi har ikke en egen utviklingsavdeling – det er meg og kaffekoppen.»",
    "«Når fristen kommer i august, er vi allerede sprengt.»",
    "«Uten prosjektskjønnet hadde vi ikke fått til noe som helst.»",
    "«Vi visste rett og slett ikke at ordningen fantes.»",
]


def _weighted(rng: random.Random, pairs: list[tuple[object, float]]):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x <= 0:
            return value
    return pairs[-1][0]


def _answers(rng: random.Random, centrality: int, scheme_codes: list[str], informant_roles: list[str]) -> dict:
    rural = centrality >= 5
    a: dict[tuple[str, str], object] = {}
    a[("form", "")] = _weighted(rng, [("fysisk", 5), ("video", 3), ("telefon", 1)])
    a[("informants", "")] = [
        {"role": role, "name": "", "contact": ""}
        for role in rng.sample(informant_roles, k=_weighted(rng, [(1, 5), (2, 3), (3, 1)]))
    ]
    a[("consent", "")] = "ja"
    a[("consent_how", "")] = _weighted(rng, [("muntlig", 3), ("skriftlig", 2), ("epost", 2)])
    a[("strategy", "")] = _weighted(rng, [("ja", 7 - centrality), ("nei", centrality), ("vet_ikke", 1)])
    a[("dev_fte", "")] = round(max(0.0, rng.gauss(12 / centrality, 1.0)), 1)
    a[("network", "")] = _weighted(rng, [("ja", 6), ("nei", 3 + centrality / 2)])
    if a[("network", "")] == "ja":
        a[("network_name", "")] = rng.choice(["DigiNord", "Digi Vestland", "Innlandet digitalt", "Digi Trøndelag"])
    a[("capacity", "")] = _weighted(rng, [(1, centrality), (2, centrality), (3, 4), (4, 7 - centrality), (5, 4 - centrality / 2), ("vet_ikke", 0.5)])
    reach = 1.0 - (centrality - 1) * 0.11  # 1.0 at class 1, 0.45 at class 6
    for code in scheme_codes:
        aware = _weighted(rng, [("kjenner_ikke", 1.2 - reach), ("kjenner_til", 1.0), ("kjenner_godt", reach)])
        a[("aware", code)] = aware
        if aware == "kjenner_ikke":
            a[("applied", code)] = "nei"
            continue
        applied = _weighted(rng, [("ja", reach * 0.8), ("nei", 1.0), ("vet_ikke", 0.1)])
        a[("applied", code)] = applied
        if applied == "ja":
            a[("applied_year", code)] = rng.randint(2017, 2025)
            took = _weighted(rng, [("ja", 0.4 + reach * 0.4), ("nei", 0.5)])
            a[("took_part", code)] = took
            if took == "ja":
                a[("benefit", code)] = _weighted(rng, [(1, 0.3), (2, 1), (3, 2), (4, 2 + reach), (5, reach), ("vet_ikke", 0.2)])
        if rng.random() < 0.08:
            a[("scheme_comment", code)] = rng.choice(NOTES)
    barriers = [b for b, p in (
        ("kapasitet", 0.35 + 0.08 * centrality), ("kompetanse", 0.2 + 0.07 * centrality),
        ("egenandel", 0.35), ("passer_ikke", 0.05 + 0.08 * centrality), ("kjente_ikke", 0.1 + 0.05 * centrality),
        ("frister", 0.3), ("rapportering", 0.25), ("partnere", 0.1 + 0.04 * centrality), ("annet", 0.05),
    ) if rng.random() < p]
    if barriers:
        a[("barriers", "")] = barriers
        a[("barrier_main", "")] = rng.choice(barriers)
        if "annet" in barriers:
            a[("barrier_other", "")] = "Lang reisevei til samlinger"
    measures = [m for m, p in (
        ("enklere_soknad", 0.6), ("regional_stotte", 0.3 + 0.05 * centrality), ("forskudd", 0.25),
        ("maler", 0.35), ("veiledning", 0.2 + 0.05 * centrality), ("egne_ordninger", 0.05 + 0.08 * centrality),
        ("annet", 0.05),
    ) if rng.random() < p]
    if measures:
        a[("measures", "")] = measures
    a[("notes", "")] = " ".join(rng.sample(NOTES, k=2))
    if rng.random() < 0.5 or rural:
        a[("quotes", "")] = rng.choice(QUOTES)
    return a


@dataclass
class _Plan:
    """What every demo interview is drawn from, and the rows made so far."""

    rng: random.Random
    guide: "Guide"
    registry_version: int
    municipalities: list
    weights: list[float]  # rural municipalities, the study's focus, are drawn more often; every class is present
    scheme_codes: list[str]
    roles: list[str]
    interviews: list[tuple] = field(default_factory=list)
    logs: list[tuple] = field(default_factory=list)
    stats: list = field(default_factory=list)
    texts: list[tuple] = field(default_factory=list)


def make_demo(store: "Store", interviews: int = 300, seed: int = 1,
              progress: Callable[[int, int], bool] | None = None) -> int:
    """Fill ``store`` with ``interviews`` demo interviews, in one transaction. Returns how many were written.

    ``progress(done, total)`` is called now and then; returning False stops (nothing is written then).
    """
    guide = guide_library.current(store)
    version = study.load(store).registry_version
    municipalities = registry.municipalities(store, version)
    plan = _Plan(random.Random(seed), guide, version, municipalities,
                 [1.0 + 0.25 * m.centrality_class for m in municipalities],
                 [s.code for s in scheme_catalogue.list_schemes(store, include_inactive=False)],
                 [c.value for c in guide.question("informants").choices])
    conn = store.conn
    try:
        with store.write():  # one transaction: cancelled or failed, nothing of the demo is written
            settings = study.load(store)
            study.save(store, settings.with_changes(
                study_name=settings.study_name if settings.configured else DEMO_STUDY_NAME,
                coordinator_name=settings.coordinator_name or COORDINATORS[0]))
            batch = stamps.StampBatch(conn, store.device_id, store.clock())
            conn.execute("INSERT INTO meta (key, value) VALUES ('demo', '1') ON CONFLICT(key) DO UPDATE SET value = '1'")
            conn.execute("UPDATE settings SET value = ? WHERE key = 'study_id'", [DEMO_STUDY_ID])
            for n in range(interviews):
                if progress and n % 500 == 0 and progress(n, interviews) is False:
                    raise _Cancelled()
                _interview(store, plan, batch)
            _write(conn, plan)
            batch.close()
    except _Cancelled:
        return 0
    if progress:
        progress(interviews, interviews)
    return interviews


def _interview(store: "Store", plan: _Plan, batch: stamps.StampBatch) -> None:
    """One demo interview drawn, its changes stamped, its rows added to the plan."""
    rng, guide, device = plan.rng, plan.guide, store.device_id
    m = rng.choices(plan.municipalities, weights=plan.weights)[0]
    when = (START + timedelta(days=rng.randint(0, 300))).isoformat()
    coordinator = rng.choice(COORDINATORS)
    interview_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    status = "draft" if rng.random() < 0.06 else "complete"
    deleted = rng.random() < 0.02
    answers = {("interview_date", ""): when, ("municipality", ""): m.number,
               **_answers(rng, m.centrality_class, plan.scheme_codes, plan.roles)}
    now = store.now()
    plan.interviews.append((interview_id, guide.id, guide.version, plan.registry_version, m.number, when, status,
                            int(deleted), coordinator, device, now, now))
    entries = [("_status", "", "draft"), *((f, s, v) for (f, s), v in answers.items())]
    if status == "complete":
        entries.append(("_status", "", "complete"))
    if deleted:
        entries.append(("_deleted", "", True))
    searchable = guide.searchable()
    log, current = ilog.Log(), {}
    for fld, scheme, value in entries:
        stamp = batch.next()
        change_id = hlc.change_id(stamp, rng.getrandbits(128))  # 128 bits drawn as before: same demo per seed
        encoded = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        head = current.get((fld, scheme))
        log.add(ilog.Change(change_id, fld, scheme, encoded, head[1] if head else None, stamp, device, coordinator,
                            None, (), *log.context(fld)))
        current[(fld, scheme)] = (encoded, change_id)
        if fld in searchable:
            plan.texts.append((value, interview_id, fld, scheme))
    plan.logs.append((interview_id, ilog.encode_answers(current), log.dumps()))
    plan.stats.append(stats_row(interview_id, current))


def _write(conn, plan: _Plan) -> None:
    conn.executemany("INSERT INTO interviews (id, guide_id, guide_version, registry, municipality, interview_date,"
                     " status, deleted, coordinator, device_id, created_at, updated_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", plan.interviews)
    seq = next_log_seq(conn)
    conn.executemany(STORE_LOG, [(*row, seq) for row in plan.logs])
    write_stats(conn, plan.stats)
    index_texts(conn, plan.texts)


class _Cancelled(Exception):
    pass


is_demo = study.is_demo

