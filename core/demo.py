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
from datetime import date, timedelta
from typing import TYPE_CHECKING, Callable

from core.reference import guide_library, registry, study
from core.model import hlc, ilog
from core.storage import stamps
from core.reference import schemes as scheme_catalogue
from core.interviews.logs import STORE_LOG, next_log_seq
from core.interviews.statsrows import stats_row, write_stats
from core.interviews.textindex import index_texts

if TYPE_CHECKING:
    from core.storage.store import Store

DEMO_STUDY_ID = "00000000-0000-4000-8000-00000000de30"
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


def make_demo(store: "Store", interviews: int = 300, seed: int = 1,
              progress: Callable[[int, int], bool] | None = None) -> int:
    """Fill ``store`` with ``interviews`` demo interviews. Returns how many were written.

    ``progress(done, total)`` is called now and then; returning False stops (nothing is written then).
    """
    rng = random.Random(seed)
    guide = guide_library.current(store)
    version = study.load(store).registry_version
    municipalities = registry.municipalities(store, version)
    scheme_codes = [s.code for s in scheme_catalogue.list_schemes(store, include_inactive=False)]
    roles = [c.value for c in guide.question("informants").choices]
    searchable = guide.searchable()
    start = date(2026, 1, 12)
    # Rural municipalities are the study's focus: draw them more often, but every class is present.
    weights = [1.0 + 0.25 * m.centrality_class for m in municipalities]

    try:
        return _write(store, rng, interviews, guide, version, municipalities, weights, scheme_codes, roles,
                      searchable, start, progress)
    except _Cancelled:
        return 0


def _write(store, rng, interviews, guide, version, municipalities, weights, scheme_codes, roles, searchable,
           start, progress) -> int:
    device = store.device_id
    interview_rows, log_rows, stats_rows, text_rows = [], [], [], []
    conn = store.conn
    with store.write():  # one transaction: cancelled or failed, nothing of the demo is written
        settings = study.load(store)
        study.save(store, settings.with_changes(
            study_name=settings.study_name if settings.configured else "Demo: distriktskommuner og nasjonale ordninger",
            coordinator_name=settings.coordinator_name or COORDINATORS[0],
        ))
        batch = stamps.StampBatch(conn, device, store.clock())
        conn.execute("INSERT INTO meta (key, value) VALUES ('demo', '1') ON CONFLICT(key) DO UPDATE SET value = '1'")
        conn.execute("UPDATE settings SET value = ? WHERE key = 'study_id'", [DEMO_STUDY_ID])
        for n in range(interviews):
            if progress and n % 500 == 0 and progress(n, interviews) is False:
                raise _Cancelled()
            m = rng.choices(municipalities, weights=weights)[0]
            when = (start + timedelta(days=rng.randint(0, 300))).isoformat()
            coordinator = rng.choice(COORDINATORS)
            interview_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            status = "draft" if rng.random() < 0.06 else "complete"
            deleted = rng.random() < 0.02
            answers = {("interview_date", ""): when, ("municipality", ""): m.number,
                       **_answers(rng, m.centrality_class, scheme_codes, roles)}
            now = store.now()
            interview_rows.append((interview_id, guide.id, guide.version, version, m.number, when, status,
                                   int(deleted), coordinator, device, now, now))
            entries = [("_status", "", "draft")]
            entries += [(f, s, v) for (f, s), v in answers.items()]
            if status == "complete":
                entries.append(("_status", "", "complete"))
            if deleted:
                entries.append(("_deleted", "", True))
            log, current = ilog.Log(), {}
            for field, scheme, value in entries:
                stamp = batch.next()
                change_id = hlc.change_id(stamp, rng.getrandbits(128))  # 128 bits drawn as before: same demo per seed
                encoded = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
                head = current.get((field, scheme))
                log.add(ilog.Change(change_id, field, scheme, encoded, head[1] if head else None, stamp, device,
                                    coordinator, None, (), *log.context(field)))
                current[(field, scheme)] = (encoded, change_id)
                if field in searchable:
                    text_rows.append((value, interview_id, field, scheme))
            log_rows.append((interview_id, ilog.encode_answers(current), log.dumps()))
            stats_rows.append(stats_row(interview_id, current))
        conn.executemany("INSERT INTO interviews (id, guide_id, guide_version, registry, municipality, interview_date,"
                         " status, deleted, coordinator, device_id, created_at, updated_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", interview_rows)
        seq = next_log_seq(conn)
        conn.executemany(STORE_LOG, [(*row, seq) for row in log_rows])
        write_stats(conn, stats_rows)
        index_texts(conn, text_rows)
        batch.close()
    if progress:
        progress(interviews, interviews)
    return interviews


class _Cancelled(Exception):
    pass


is_demo = study.is_demo

