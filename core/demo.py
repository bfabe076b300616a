"""Realistic, reproducible demo data: ``main.py demo`` and the welcome's "Prøv med demodata".

Municipalities are drawn across counties and centrality classes; answers follow plausible patterns
(rural municipalities know, apply to and take part in the schemes less, and name capacity and competence
as barriers more often). A few interviews are drafts and a few are in the trash. The fieldwork is a census
sample with assignments and a contact history consistent with the interviews (central municipalities refuse
more often, rural ones are harder to reach, so the response rates differ by class). The same seed gives the
same data. All demo databases share one study id, so they can be merged with each other.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Callable

from core.interviews import coding, themes
from core.interviews.logs import STORE_LOG, next_log_seq
from core.interviews.passage_rows import derive
from core.interviews.quotes import refresh_facts
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
SAMI_QUOTES = [
    "«Mii Guovdageainnus dárbbašit veahki – vi trenger hjelp til søknadene 🙏»",
    "«Áhkká sa det rett ut: fristene passer ikke reindriftsåret, og Čáhcesuolu ligger langt unna.»",
    "«Čoahkkin etter čoahkkin, men ingen penger til egenandel 😅»",
]
# a phrase of the demo's texts: the guide's barrier or measure it is marked with (core.interviews.themes)
MARKS = {"for få folk": ("barrier", "kapasitet"), "meg og kaffekoppen": ("barrier", "kapasitet"),
         "skrive søknader": ("barrier", "kompetanse"), "hjelp til søknadene": ("barrier", "kompetanse"),
         "egenandel": ("barrier", "egenandel"), "laget for store kommuner": ("barrier", "passer_ikke"),
         "visste rett og slett ikke": ("barrier", "kjente_ikke"), "søknadsfrist": ("barrier", "frister"),
         "fristen kommer i august": ("barrier", "frister"), "fristene passer ikke": ("barrier", "frister"),
         "nabokommunene": ("barrier", "partnere"), "Statsforvalteren": ("measure", "regional_stotte"),
         "prosjektskjønnet": ("measure", "regional_stotte")}
QUOTES = [
    "«Vi har ikke en egen utviklingsavdeling – det er meg og kaffekoppen.»",
    "«Når fristen kommer i august, er vi allerede sprengt.»",
    "«Uten prosjektskjønnet hadde vi ikke fått til noe som helst.»",
    "«Vi visste rett og slett ikke at ordningen fantes.»",
]


FIRST_NAMES = ["Ingrid", "Ola", "Marit", "Per", "Sigrid", "Knut", "Ragnhild", "Eirik", "Solveig", "Arne", "Liv",
               "Tor", "Berit", "Nils", "Astrid", "Jon"]
LAST_NAMES = ["Bakken", "Lien", "Haugen", "Dahl", "Strand", "Moe", "Berg", "Solberg", "Nygård", "Eide", "Vik",
              "Sandvik", "Myklebust", "Fjeld"]


def _person(rng: random.Random) -> tuple[str, str]:
    """A made-up name and a contact (an e-mail address at example.no or a phone number) for --with-names."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    if rng.random() < 0.6:
        return f"{first} {last}", f"{first.lower()}.{last.lower()}@example.no".replace("å", "a").replace("ø", "o")
    return f"{first} {last}", f"+47 {rng.randint(400, 999)} {rng.randint(10, 99)} {rng.randint(100, 999)}"


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
    marks: random.Random = field(default_factory=random.Random)  # the Sámi quotes and the marking (apart, too)
    coding: list[tuple] = field(default_factory=list)  # marked passages: coding_logs rows
    names: random.Random | None = None  # --with-names: draws the made-up names (apart, so the rest stays the same)
    people: dict[str, tuple[str, str]] = field(default_factory=dict)  # municipality: its first informant
    interviews: list[tuple] = field(default_factory=list)
    logs: list[tuple] = field(default_factory=list)
    stats: list = field(default_factory=list)
    texts: list[tuple] = field(default_factory=list)


def make_demo(store: "Store", interviews: int = 300, seed: int = 1,
              progress: Callable[[int, int], bool] | None = None, with_names: bool = False) -> int:
    """Fill ``store`` with ``interviews`` demo interviews, in one transaction. Returns how many were written.

    ``progress(done, total)`` is called now and then; returning False stops (nothing is written then).
    """
    guide = guide_library.current(store)
    version = study.load(store).registry_version
    municipalities = registry.municipalities(store, version)
    plan = _Plan(random.Random(seed), guide, version, municipalities,
                 [1.0 + 0.25 * m.centrality_class for m in municipalities],
                 [s.code for s in scheme_catalogue.list_schemes(store, include_inactive=False)],
                 [c.value for c in guide.question("informants").choices],
                 random.Random(seed * 5381 + 7), [], random.Random(seed * 4099 + 3) if with_names else None)
    conn = store.conn
    try:
        with store.write():  # one transaction: cancelled or failed, nothing of the demo is written
            settings = study.load(store)
            study.save(store, settings.with_changes(
                study_name=settings.study_name if settings.configured else DEMO_STUDY_NAME,
                coordinator_name=settings.coordinator_name or COORDINATORS[0]))
            themes.starting_themes(store)  # the guide's barriers and measures, which the demo's passages carry
            batch = stamps.StampBatch(conn, store.device_id, store.clock())
            conn.execute("INSERT INTO meta (key, value) VALUES ('demo', '1') ON CONFLICT(key) DO UPDATE SET value = '1'")
            conn.execute("UPDATE settings SET value = ? WHERE key = 'study_id'", [DEMO_STUDY_ID])
            for n in range(interviews):
                if progress and n % 500 == 0 and progress(n, interviews) is False:
                    raise _Cancelled()
                _interview(store, plan, batch)
            _write(conn, plan)
            _fieldwork(store, plan, batch, random.Random(seed * 7919 + 17))
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
    if plan.names:
        _name_informants(plan, m.number, answers[("informants", "")])
    now = store.now()
    plan.interviews.append((interview_id, guide.id, guide.version, plan.registry_version, m.number, when, status,
                            int(deleted), coordinator, device, now, now))
    if ("quotes", "") in answers and plan.marks.random() < 0.3:  # some in Northern Sámi words, with an emoji
        answers[("quotes", "")] = plan.marks.choice(SAMI_QUOTES)
    entries = [("_status", "", "draft"), *((f, s, v) for (f, s), v in answers.items())]
    if status == "complete":
        entries.append(("_status", "", "complete"))
    if deleted:
        entries.append(("_deleted", "", True))
    searchable = guide.searchable()
    log, current = ilog.Log(), {}
    for fld, scheme, value in entries:
        _append(log, current, (fld, scheme), value, batch, rng, device, coordinator)
        if fld in searchable:
            plan.texts.append((value, interview_id, fld, scheme))
    plan.logs.append((interview_id, ilog.encode_answers(current), log.dumps()))
    _mark(plan, interview_id, answers, batch, device, coordinator)
    plan.stats.append(stats_row(interview_id, current))


def _name_informants(plan: _Plan, municipality: str, people: list[dict]) -> None:
    """Made-up names and contacts for most informants (some are left without); the first named one of a
    municipality is also its contact person in the fieldwork."""
    for person in people:
        if plan.names.random() < 0.8:
            person["name"], person["contact"] = _person(plan.names)
            plan.people.setdefault(municipality, (person["name"], person["contact"]))


def _append(log: ilog.Log, current: dict, key: tuple[str, str], value, batch: stamps.StampBatch,
            rng: random.Random, device: str, coordinator: str) -> None:
    """One change of a demo record's log, stamped from ``batch``, replacing the key's change before it."""
    stamp = batch.next()
    change_id = hlc.change_id(stamp, rng.getrandbits(128))  # 128 bits drawn as before: same demo per seed
    encoded = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    head = current.get(key)
    log.add(ilog.Change(change_id, key[0], key[1], encoded, head[1] if head else None, stamp, device, coordinator,
                        None, (), *log.context(key[0])))
    current[key] = (encoded, change_id)


def _write(conn, plan: _Plan) -> None:
    conn.executemany("INSERT INTO interviews (id, guide_id, guide_version, registry, municipality, interview_date,"
                     " status, deleted, coordinator, device_id, created_at, updated_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", plan.interviews)
    seq = next_log_seq(conn)
    conn.executemany(STORE_LOG, [(*row, seq) for row in plan.logs])
    write_stats(conn, plan.stats)
    index_texts(conn, plan.texts)
    conn.executemany(coding.STORE, [(*row, seq) for row in plan.coding])
    ids = [row[0] for row in plan.logs]
    refresh_facts(conn, ids)
    derive(conn, {row[2] for row in plan.coding})


def _mark(plan: _Plan, interview_id: str, answers: dict, batch: stamps.StampBatch, device: str,
          coordinator: str) -> None:
    """Passages of the demo's quotes and notes marked with the starting theme of what they say: most of them,
    the first place each phrase occurs, cited unless the interview lacks consent (the consent answer says)."""
    for (fld, scheme), text in answers.items():
        if fld not in ("quotes", "notes", "scheme_comment") or not isinstance(text, str):
            continue
        for phrase, (question, code) in MARKS.items():
            start = text.find(phrase)
            if start < 0 or plan.marks.random() < 0.25:
                continue
            log, current = ilog.Log(), {}
            values = {"field": fld, "scheme": scheme, "start": start, "end": start + len(phrase), "text": phrase,
                      "citable": plan.marks.random() < 0.9, "status": "ok",
                      f"{coding.THEME_PREFIX}{themes.starting_id(question, code)}": True}
            for key, value in values.items():
                _append(log, current, (key, ""), value, batch, plan.marks, device, coordinator)
            passage_id = str(uuid.UUID(int=plan.marks.getrandbits(128), version=4))
            plan.coding.append((passage_id, "passage", interview_id, ilog.encode_answers(current), log.dumps()))


SAMPLE_MADE = f"{(START - timedelta(days=14)).isoformat()}T08:00:00.000Z"
FIELDWORK_END = START + timedelta(days=330)  # the planned end: open municipalities' last attempts in the four
# weeks before it, their appointments after
# for a municipality without an interview, by centrality class: how likely it refused, or was never reached
# (central municipalities say no more often, rural ones answer less often)
NONRESPONSE = {1: (0.45, 0.15), 2: (0.35, 0.2), 3: (0.25, 0.25), 4: (0.2, 0.3), 5: (0.15, 0.4), 6: (0.1, 0.5)}
ROLES = ["kommunedirektør", "ordfører", "innovasjonsleder", "digitaliseringsleder"]
PLACES = ["Rådhuset", "Teams", "Kommunestyresalen", "Video (Zoom)"]


def _fieldwork(store: "Store", plan: _Plan, batch: stamps.StampBatch, rng: random.Random) -> None:
    """A census sample of the registry, each municipality assigned to the coordinator who interviewed it (or one
    per county), and a contact history consistent with its interviews: attempts and an appointment before each
    interviewed municipality's first interview; refusals, unanswered attempts and open ones for the others."""
    from core.fieldwork.records import SAMPLE_ID, STORE, municipality_id

    device, boss = store.device_id, COORDINATORS[0]
    done: dict[str, dict] = {}
    for row in plan.interviews:
        if not row[7]:  # not in the trash
            found = done.setdefault(row[4], {"dates": [], "coordinators": []})
            found["dates"].append(row[5])
            found["coordinators"].append(row[8])
    counties = sorted({m.county_number for m in plan.municipalities})
    rows = []

    def record(record_id: str, kind: str, municipality: str | None, values: dict, who: str) -> None:
        log, current = ilog.Log(), {}
        for fld, value in values.items():
            if value is not None:
                _append(log, current, (fld, ""), value, batch, rng, device, who)
        rows.append((record_id, kind, municipality, ilog.encode_answers(current), log.dumps()))

    record(SAMPLE_ID, "sample", None, {"rule": "census", "sizes": {}, "by_county": False, "made_at": SAMPLE_MADE,
                                       "made_by": boss, "registry": plan.registry_version}, boss)
    for m in plan.municipalities:
        seen = done.get(m.number)
        who = (max(set(seen["coordinators"]), key=lambda c: (seen["coordinators"].count(c), c)) if seen
               else COORDINATORS[counties.index(m.county_number) % len(COORDINATORS)])
        record(municipality_id(plan.registry_version, m.number), "municipality", m.number,
               {"in_sample": True, "coordinator": who}, boss)
        for kind, values in _contacts(rng, m, min(seen["dates"]) if seen else None):
            if plan.names:
                _name_contact(plan, m.number, kind, values)
            record(str(uuid.UUID(int=rng.getrandbits(128), version=4)), kind, m.number,
                   {"municipality": m.number, **values}, who)
    seq = next_log_seq(store.conn)
    store.conn.executemany(STORE, [(*row, seq) for row in rows])


def _name_contact(plan: _Plan, municipality: str, kind: str, values: dict) -> None:
    """--with-names: the contact person of an attempt or appointment, named (the municipality's informant when
    it has one)."""
    name, contact = plan.people.get(municipality) or plan.people.setdefault(municipality, _person(plan.names))
    if kind == "attempt":
        values["name"], values["contact"] = name, contact
    else:
        values["with"] = f"{name} ({values['with']})"


def _at(day: date, rng: random.Random) -> str:
    return f"{day.isoformat()}T{rng.choice([8, 9, 10, 11, 13, 14, 15]):02d}:{rng.choice(['00', '15', '30', '45'])}"


def _contacts(rng: random.Random, m, first: str | None) -> list[tuple[str, dict]]:
    """A municipality's attempts and appointments: (kind, values) in the order made."""
    role = rng.choice(ROLES)
    if first is not None:  # interviewed: asked by e-mail, then called, then met on the interview's day
        day = date.fromisoformat(first)
        found = []
        if rng.random() < 0.5:
            found.append(("attempt", {"at": _at(day - timedelta(days=rng.randint(25, 40)), rng), "channel": "epost",
                                      "role": role, "outcome": "no_answer", "final": False}))
        found.append(("attempt", {"at": _at(day - timedelta(days=rng.randint(5, 20)), rng), "channel": "telefon",
                                  "role": role, "outcome": "appointment", "final": False}))
        found.append(("appointment", {"at": f"{first}T10:00", "minutes": rng.choice([60, 90]),
                                      "place": rng.choice(PLACES), "with": role}))
        return found
    refuse, unreached = NONRESPONSE[m.centrality_class]
    x = rng.random()
    start = START + timedelta(days=rng.randint(0, 250))
    first_try = {"at": _at(start, rng), "channel": "epost", "role": role, "outcome": "no_answer", "final": False}
    if x < refuse:
        return [("attempt", first_try), ("attempt", {
            "at": _at(start + timedelta(days=rng.randint(7, 30)), rng), "channel": "telefon", "role": role,
            "outcome": "refused", "final": True, "note": rng.choice(["Har ikke kapasitet nå.",
                                                                     "Deltar ikke i flere undersøkelser i år."])})]
    if x < refuse + unreached:
        tries = [("attempt", first_try)] + [("attempt", {
            "at": _at(start + timedelta(days=9 * k), rng), "channel": rng.choice(["telefon", "epost"]),
            "role": role, "outcome": "no_answer", "final": False}) for k in (1, 2)]
        tries[-1][1]["final"] = True
        return tries
    if x < refuse + unreached + 0.01:
        return [("attempt", {**first_try, "outcome": "not_eligible", "final": True,
                             "note": "Sammenslåing vedtatt; utenfor studien."})]
    # still open near the end of the fieldwork: an appointment ahead, a next step due, or not contacted yet
    late = FIELDWORK_END - timedelta(days=rng.randint(7, 28))  # attempts made; appointments ahead
    y = rng.random()
    if y < 0.4:
        return [("attempt", {"at": _at(late, rng), "channel": "telefon", "role": role, "outcome": "appointment",
                             "final": False}),
                ("appointment", {"at": _at(late + timedelta(days=rng.randint(6, 20)), rng), "minutes": 60,
                                 "place": rng.choice(PLACES), "with": role})]
    if y < 0.8:
        return [("attempt", {"at": _at(late, rng), "channel": "epost", "role": role,
                             "outcome": rng.choice(["no_answer", "postponed"]), "final": False,
                             "next_step": rng.choice(["Ring igjen", "Purre på e-post", "Avtale tid etter ferien"]),
                             "next_due": (late + timedelta(days=rng.randint(3, 14))).isoformat()})]
    return []


class _Cancelled(Exception):
    pass


is_demo = study.is_demo

