"""The merge as a state machine (hypothesis): three laptops create, edit, delete and restore interviews, change
the sample and its assignments, add, change, remove and restore contact attempts, create, rename and delete
themes (their markings dropped or moved to another theme), mark passages of the notes with themes, and exchange
packages in any order and any subset, whole or since the last one to a recipient. At the end every laptop takes
the others' packages and a fresh laptop takes all of them: all must hold the same data (themes, passages and
each quote's marks too), every value ever written must still be in every laptop's log (the current value,
history or a conflict), the conflicts of the themes and passages are those their logs give (a theme renamed on
one laptop and deleted on another without knowing is one), and a passage marked with different themes on two
laptops keeps every theme no laptop removed."""

import json
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test

from core import interviews as iv
from core.base.errors import FeltkartError
from core.fieldwork import contacts, records, sample
from core.interviews import coding as coding_records
from core.interviews import passages, themes
from core.model import ilog
from core.privacy import erasure
from core.reference import study
from core.sync import conflicts as cf
from core.sync import merge as mg
from core.sync.package import make_package
from core.workspace import open_workspace
from tests import logs
from tests.clocks import FakeClock, SkewedClock
from tests.helpers import check_kept_rows, state

LAPTOPS = st.integers(0, 2)
LOGS = ("interview_logs", "fieldwork_logs", "coding_logs")
THEME_NAMES = st.sampled_from(["Kapasitet", "Frister", "Bemanning", "Samarbeid"])


def check_against_the_log(store, had: dict[str, set[str]]) -> None:
    """The current values, worked out again here from the log alone: an answer's heads are the changes no
    other change names as its parent; the current value is the head with the latest stamp; heads with
    different values are a conflict. A deleted interview is a conflict too when a change to it and the
    deletion did not know of each other (``had``: the changes each change's laptop had when it was made,
    written down by the machine as it ran). The interview rows and the statistics' codes follow the current
    values."""
    conn = store.conn
    expected, in_conflict = _worked_out(conn, "interview_logs", had)
    assert set(conn.execute("SELECT * FROM open_conflicts").fetchall()) == in_conflict
    fieldwork, fieldwork_conflicts = _worked_out(conn, "fieldwork_logs", had)
    assert set(conn.execute("SELECT * FROM fieldwork_conflicts").fetchall()) == {(r, f) for r, f, _s in
                                                                                 fieldwork_conflicts}
    _coding, coding_conflicts = _worked_out(conn, "coding_logs", had)
    assert set(conn.execute("SELECT * FROM coding_conflicts").fetchall()) == {(r, f) for r, f, _s in
                                                                              coding_conflicts}
    # a removed theme that a passage still carries (marked on one laptop, removed on another unaware) is listed
    def now(record, fld):
        found = _coding.get((record, fld, ""))
        return json.loads(found[1]) if found else None
    carried = {fld[len("theme:"):] for (record, fld, _s), (_c, encoded) in _coding.items()
               if fld.startswith("theme:") and json.loads(encoded) is True and not now(record, "_deleted")
               and record in live_passages(conn)}
    orphans = {t for t in carried if now(t, "_deleted")}
    assert set(coding_records.orphaned(conn)) == orphans
    assert orphans <= {c.record_id for c in coding_records.conflicts(store) if c.field == "_deleted"}
    for interview, status, deleted, municipality, day in conn.execute(
            "SELECT id, status, deleted, municipality, interview_date FROM interviews"):
        def value(fld, default=None):
            found = expected.get((interview, fld, ""))
            return json.loads(found[1]) if found else default
        assert (status, bool(deleted), municipality, day) == (
            value(iv.STATUS_FIELD), bool(value(iv.DELETED_FIELD, False)), value("municipality"),
            value("interview_date"))
    # what the statistics read, worked out here from the current answers
    values = {key: json.loads(encoded) for key, (_c, encoded) in expected.items()}
    facts: dict[str, dict] = {}
    for (interview, fld, scheme), value in values.items():
        fact = facts.setdefault(interview, {"aware": set(), "applied": set(), "took_part": set(), "benefit": {}})
        applied = values.get((interview, "applied", scheme)) == "ja"
        if scheme and fld == "aware" and value in ("kjenner_til", "kjenner_godt"):
            fact["aware"].add(scheme)
        elif scheme and fld == "applied" and applied:
            fact["applied"].add(scheme)
        elif scheme and fld == "took_part" and value == "ja" and applied:
            fact["took_part"].add(scheme)
        elif (scheme and fld == "benefit" and value in (1, 2, 3, 4, 5, "vet_ikke") and applied
              and values.get((interview, "took_part", scheme)) == "ja"):
            fact["benefit"][scheme] = value
        elif not scheme and fld in ("barriers", "measures") and isinstance(value, list):
            fact[fld] = value
        elif not scheme and fld == "barrier_main" and isinstance(value, str):
            fact[fld] = value
    stored = {}
    for interview, aware, applied, took_part, benefit, barriers, main, measures in conn.execute(
            "SELECT * FROM interview_stats"):
        stored[interview] = {
            "aware": set((aware or "").split()), "applied": set((applied or "").split()),
            "took_part": set((took_part or "").split()),
            "benefit": {k: json.loads(v) for k, v in (item.split("=", 1) for item in (benefit or "").split())},
            **({"barriers": json.loads(barriers)} if barriers else {}),
            **({"measures": json.loads(measures)} if measures else {}),
            **({"barrier_main": main} if main else {})}
    def nonempty(found):
        return {i: fact for i, fact in found.items() if any(fact.values())}
    assert nonempty(stored) == nonempty(facts)


def live_passages(conn) -> set[str]:
    """The passages worked out for interviews not in the trash (an interview's passages go with it)."""
    return {p for (p,) in conn.execute("SELECT passage_id FROM passages")}


def _worked_out(conn, table: str, had: dict[str, set[str]]) -> tuple[dict, set]:
    """The current values of a table's logs and the keys in conflict, worked out from the changes alone (and
    checked against the values stored for reading)."""
    changes = logs.changes(conn, table=table)
    replaced = {c[5] for c in changes if c[5]} | {p for c in changes for p in c[10]}
    heads: dict[tuple, list] = {}
    for cid, interview, fld, scheme, value, _parent, stamp, *_rest in changes:
        if cid not in replaced:
            heads.setdefault((interview, fld, scheme), []).append((stamp, cid, value))
    expected = {key: max(found)[1:] for key, found in heads.items()}
    current = {(i, f, s): v for i, f, s, v in logs.answers(conn, table)}
    assert current == {key: encoded for key, (_c, encoded) in expected.items()}
    in_conflict = {key for key, found in heads.items() if len({v for *_, v in found}) > 1}
    # a deletion is listed also when another laptop edited the record without knowing of it, and the
    # deletion did not know of that edit either
    device = {c[0]: c[7] for c in changes}
    for (interview, fld, _s), (deletion, encoded) in expected.items():
        if fld != iv.DELETED_FIELD or not json.loads(encoded):
            continue
        if any(c[1] == interview and c[2] != fld and c[7] != device[deletion] and c[0] not in had[deletion]
               and deletion not in had[c[0]] for c in changes):
            in_conflict.add((interview, fld, ""))
    return expected, in_conflict


ANSWERS = st.sampled_from([
    ("capacity", "", [1, 2, 3, 4, 5]),
    ("notes", "", ["notat én", "notat to", "Kárášjohka"]),
    ("strategy", "", ["ja", "nei", "vet_ikke"]),
    ("barriers", "", [["kapasitet"], ["kapasitet", "frister"], ["frister"]]),
    ("barrier_main", "", ["kapasitet", "frister"]),
    ("aware", "digifin", ["kjenner_til", "kjenner_ikke"]),
    ("applied", "digifin", ["ja", "nei"]),
    ("took_part", "digifin", ["ja", "nei"]),
    ("benefit", "digifin", [1, 3, 5, "vet_ikke"]),
])


def check_erased(store) -> None:
    """No change an erasure covers (stamped at or before it) holds a name or a contact, on any laptop."""
    latest = max((e.stamp for e in erasure.records(store.conn)), default=None)
    if latest is None:
        return
    for change in logs.changes(store.conn):
        if change[2] == "informants" and change[6] <= latest:
            assert all(not p.get("name") and not p.get("contact") for p in json.loads(change[4])), change


class Laptops(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="feltkart-merge-machine-"))
        # one moment of time, read by each laptop off by its own amount: equal, a millisecond, an hour, years
        self.clock = FakeClock(step=0)
        offsets = [0, -3_600_000, 0]
        self.had: dict[str, set[str]] = {}  # change id -> the changes its laptop had (check_against_the_log)
        first = open_workspace(self.tmp / "0.sqlite", clock=SkewedClock(self.clock, offsets[0]))
        study.save(first, study.load(first).with_changes(study_name="Studie", coordinator_name="Laptop 0"))
        self.stores = [first]
        self.interviews: list[str] = []
        self._made(0, lambda: self.interviews.append(iv.create(first, "1826", "2026-03-02")))  # known to all three
        self._made(0, lambda: sample.make(first, "imported", ["1826", "0301", "5601"]))
        # a note to mark and a theme to mark it with, known to all three
        self._made(0, lambda: iv.set_answer(first, self.interviews[0], "notes", "notat én"))
        self.themes: list[str] = []
        self._made(0, lambda: self.themes.append(themes.create_theme(first, "Kapasitet")))
        self.attempts: list[str] = []
        make_package(first, self.tmp / "seed.feltkart")
        for n in (1, 2):
            store = open_workspace(self.tmp / f"{n}.sqlite", clock=SkewedClock(self.clock, offsets[n]))
            study.save(store, study.load(store).with_changes(study_name="Studie", coordinator_name=f"Laptop {n}"))
            mg.merge(store, [self.tmp / "seed.feltkart"])
            self.stores.append(store)
            # and a theme of its own, to mark a passage with beside another laptop's
            self._made(n, lambda: self.themes.append(themes.create_theme(store, ("Frister", "Bemanning")[n - 1])))
        self.written: set[tuple[str, str, str, str]] = set()  # (interview, field, scheme, JSON value)
        self.deleted_themes: set[str] = set()
        self.marked: set[tuple[str, str]] = set()  # (passage, theme) marked on some laptop
        self.disputed: set[str] = set()  # themes renamed on one laptop and deleted on another, neither knowing
        self.packages = 0

    def _made(self, laptop: int, work) -> None:
        """Do ``work`` on the laptop and write down, for each change it makes, the changes the laptop had."""
        conn = self.stores[laptop].conn
        def everything():
            return [c for table in LOGS for c in logs.changes(conn, table=table)]

        before = {c[0]: c[1] for c in everything()}
        work()
        for c in everything():
            if c[0] not in before:  # one record per piece of work, its changes in the order made
                self.had[c[0]] = {i for i, interview in before.items() if interview == c[1]}
                before[c[0]] = c[1]

    @rule(passing=st.sampled_from([0, 0, 1, 5, 3_600_000]))
    def time_passes(self, passing):
        self.clock.advance(passing)

    def _known(self, laptop: int, pick: int) -> str | None:
        if not self.interviews:
            return None
        interview = self.interviews[pick % len(self.interviews)]
        row = self.stores[laptop].conn.execute("SELECT 1 FROM interviews WHERE id = ?", [interview]).fetchone()
        return interview if row else None

    @rule(laptop=LAPTOPS, municipality=st.sampled_from(["1826", "0301", "5601"]),
          day=st.sampled_from(["2026-03-02", "2026-03-03"]))
    def create(self, laptop, municipality, day):
        self._made(laptop, lambda: self.interviews.append(iv.create(self.stores[laptop], municipality, day)))

    @rule(laptop=LAPTOPS, pick=st.integers(0, 20), answer=ANSWERS, choice=st.integers(0, 4))
    def edit(self, laptop, pick, answer, choice):
        interview = self._known(laptop, pick)
        if interview is None:
            return
        fld, scheme, values = answer
        value = values[choice % len(values)]
        def edit():
            try:
                if iv.set_answer(self.stores[laptop], interview, fld, value, scheme=scheme):
                    self.written.add((interview, fld, scheme, ilog.dumps(value)))
            except FeltkartError:  # e.g. a scheme this laptop's catalogue does not ask about: nothing written
                pass

        self._made(laptop, edit)

    @rule(laptop=LAPTOPS, pick=st.integers(0, 20), deleted=st.booleans())
    def delete_or_restore(self, laptop, pick, deleted):
        interview = self._known(laptop, pick)
        if interview is None:
            return
        self._made(laptop, lambda: (iv.delete if deleted else iv.restore)(self.stores[laptop], interview))
        self.written.add((interview, iv.DELETED_FIELD, "", ilog.dumps(deleted)))

    @rule(laptop=LAPTOPS, municipality=st.sampled_from(["1826", "0301", "5601"]),
          coordinator=st.sampled_from(["Ola Hansen", "Kari Nordmann", None]))
    def assign(self, laptop, municipality, coordinator):
        def work():
            if sample.assign(self.stores[laptop], [municipality], coordinator):
                self.written.add((records.municipality_id(2024, municipality), "coordinator", "",
                                  ilog.dumps(coordinator)))

        self._made(laptop, work)

    @rule(laptop=LAPTOPS, municipality=st.sampled_from(["1826", "1804"]), in_sample=st.booleans())
    def change_the_sample(self, laptop, municipality, in_sample):
        def work():
            if sample.set_member(self.stores[laptop], municipality, in_sample, "Erstatning"):
                self.written.add((records.municipality_id(2024, municipality), "in_sample", "", ilog.dumps(in_sample)))

        self._made(laptop, work)

    @rule(laptop=LAPTOPS, municipality=st.sampled_from(["1826", "0301"]),
          outcome=st.sampled_from(["no_answer", "reached", "refused"]))
    def add_attempt(self, laptop, municipality, outcome):
        store = self.stores[laptop]
        self._made(laptop, lambda: self.attempts.append(
            contacts.add_attempt(store, municipality, "2026-03-02T09:00", "telefon", outcome)))
        self.written.add((self.attempts[-1], "outcome", "", ilog.dumps(outcome)))

    def _attempt(self, laptop: int, pick: int) -> records.Record | None:
        if not self.attempts:
            return None
        found = self.stores[laptop].conn.execute("SELECT 1 FROM fieldwork_logs WHERE record_id = ?",
                                                 [self.attempts[pick % len(self.attempts)]]).fetchone()
        return records.get(self.stores[laptop], self.attempts[pick % len(self.attempts)]) if found else None

    @rule(laptop=LAPTOPS, pick=st.integers(0, 20), outcome=st.sampled_from(["no_answer", "reached", "refused"]),
          note=st.sampled_from([None, "Ring igjen", "Sendt e-post"]))
    def edit_attempt(self, laptop, pick, outcome, note):
        attempt = self._attempt(laptop, pick)
        if attempt is None or attempt.deleted:  # the window changes only attempts that are there
            return
        self._made(laptop, lambda: contacts.edit(self.stores[laptop], attempt.id, outcome=outcome, note=note))
        self.written |= {(attempt.id, "outcome", "", ilog.dumps(outcome))}
        if note:
            self.written.add((attempt.id, "note", "", ilog.dumps(note)))

    @rule(laptop=LAPTOPS, pick=st.integers(0, 20), removed=st.booleans())
    def remove_or_restore_attempt(self, laptop, pick, removed):
        attempt = self._attempt(laptop, pick)
        if attempt is None:
            return
        self._made(laptop, lambda: (contacts.remove if removed else contacts.restore)(self.stores[laptop],
                                                                                      attempt.id))
        if removed or attempt.deleted:
            self.written.add((attempt.id, iv.DELETED_FIELD, "", ilog.dumps(removed)))

    @rule(laptop=LAPTOPS, pick=st.integers(0, 20), name=st.sampled_from(["Ingeborg Testesen", "Per Prøvesen", ""]))
    def name_informant(self, laptop, pick, name):
        interview = self._known(laptop, pick)
        if interview is None:
            return
        people = [{"role": "kommunedirektor", "name": name, "contact": f"{name[:3].lower()}@example.no" if name else ""}]
        self._made(laptop, lambda: iv.set_answer(self.stores[laptop], interview, "informants", people))

    @rule(laptop=LAPTOPS)
    def erase_personal_data(self, laptop):
        self._made(laptop, lambda: erasure.erase_personal_data(self.stores[laptop]))

    @rule(laptop=LAPTOPS, name=THEME_NAMES)
    def create_theme(self, laptop, name):
        def work():
            try:
                self.themes.append(themes.create_theme(self.stores[laptop], name))
            except FeltkartError:  # a live theme of that name on this laptop
                return
            self.written.add((self.themes[-1], "name", "", ilog.dumps(name)))

        self._made(laptop, work)

    def _live_theme(self, laptop: int, pick: int) -> str | None:
        live = [t.id for t in themes.list_themes(self.stores[laptop])]
        return live[pick % len(live)] if live else None

    @rule(laptop=LAPTOPS, pick=st.integers(0, 20), name=THEME_NAMES)
    def rename_theme(self, laptop, pick, name):
        theme = self._live_theme(laptop, pick)
        if theme is None:
            return
        self.disputed.discard(theme)  # its conflict may be settled by what it does now: the log's rule decides
        def work():
            try:
                if themes.update_theme(self.stores[laptop], theme, name=f"{name} og mer"):
                    self.written.add((theme, "name", "", ilog.dumps(f"{name} og mer")))
            except FeltkartError:  # a name another live theme has
                pass

        self._made(laptop, work)

    @rule(laptop=LAPTOPS, pick=st.integers(0, 20), move=st.integers(0, 20))
    def delete_theme(self, laptop, pick, move):
        theme = self._live_theme(laptop, pick)
        if theme is None:
            return
        target = self._live_theme(laptop, move)
        store = self.stores[laptop]
        self.disputed.discard(theme)
        if target == theme:
            self._made(laptop, lambda: themes.delete_theme(store, theme, markings="drop"))
        else:
            self._made(laptop, lambda: themes.delete_theme(store, theme, markings="move", move_to=target))
        self.deleted_themes.add(theme)
        self.written.add((theme, ilog.DELETED, "", ilog.dumps(True)))

    @rule(renamer=LAPTOPS, deleter=LAPTOPS, pick=st.integers(0, 20), name=THEME_NAMES)
    def rename_here_delete_there(self, renamer, deleter, pick, name):
        """Two laptops at once, neither having the other's change: one renames a theme, the other deletes it."""
        theme = self._live_theme(renamer, pick)
        if renamer == deleter or theme is None or theme not in {t.id for t in themes.list_themes(
                self.stores[deleter])}:
            return
        self.disputed.discard(theme)
        renamed = []
        def rename():
            try:
                renamed.append(themes.update_theme(self.stores[renamer], theme, name=f"{name} omdøpt"))
            except FeltkartError:  # a name another live theme has
                pass

        self._made(renamer, rename)
        if not renamed or not renamed[0]:
            return
        self.written.add((theme, "name", "", ilog.dumps(f"{name} omdøpt")))
        self._made(deleter, lambda: themes.delete_theme(self.stores[deleter], theme, markings="drop"))
        self.written.add((theme, ilog.DELETED, "", ilog.dumps(True)))
        self.deleted_themes.add(theme)
        self.disputed.add(theme)

    @rule(laptop=LAPTOPS, pick=st.integers(0, 20), span=st.sampled_from([(0, 5), (1, 4)]),
          picks=st.lists(st.integers(0, 20), min_size=1, max_size=2))
    def mark_passage(self, laptop, pick, span, picks):
        self._mark(laptop, pick, span, picks)

    @rule(first=LAPTOPS, second=LAPTOPS, pick=st.integers(0, 20), span=st.sampled_from([(0, 5), (1, 4)]),
          picks=st.integers(0, 20))
    def mark_on_two_laptops(self, first, second, pick, span, picks):
        """Two laptops at once mark the same part of a note (the same passage where their notes agree), each
        with a theme of its own choosing."""
        self._mark(first, pick, span, [picks])
        self._mark(second, pick, span, [picks + 1])

    def _mark(self, laptop: int, pick: int, span: tuple[int, int], picks: list[int]) -> None:
        interview = self._known(laptop, pick)
        chosen = sorted({t for t in (self._live_theme(laptop, p) for p in picks) if t})
        if interview is None or not chosen:
            return
        def work():
            try:
                passage = passages.mark(self.stores[laptop], interview, "notes", "", *span, chosen)
            except FeltkartError:  # no notes here yet
                return
            for theme in chosen:
                self.marked.add((passage, theme))
                self.written.add((passage, f"theme:{theme}", "", ilog.dumps(True)))

        self._made(laptop, work)

    @rule(source=LAPTOPS, receiver=LAPTOPS, since_last=st.booleans())
    def share(self, source, receiver, since_last):
        if source == receiver:
            return
        self.packages += 1
        path = self.tmp / f"p{self.packages}.feltkart"
        make_package(self.stores[source], path, since_last=f"laptop {receiver}" if since_last else None)
        report = mg.merge(self.stores[receiver], [path])
        assert report.merged and not report.refused
        assert self.stores[receiver].conn.execute("PRAGMA foreign_key_check").fetchall() == []
        check_against_the_log(self.stores[receiver], self.had)

    def teardown(self):
        try:
            finals = []
            for n, store in enumerate(self.stores):
                finals.append(self.tmp / f"final{n}.feltkart")
                make_package(store, finals[-1])
            for n, store in enumerate(self.stores):
                mg.merge(store, [p for m, p in enumerate(finals) if m != n])
            fresh = open_workspace(self.tmp / "fresh.sqlite", clock=SkewedClock(self.clock, 0))
            self.stores.append(fresh)
            mg.merge(fresh, list(reversed(finals)))
            expected = state(fresh)
            for store in self.stores:
                assert state(store) == expected
                assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
                check_against_the_log(store, self.had)
                logged = {c[1:5] for table in LOGS for c in logs.changes(store.conn, table=table)}
                assert self.written <= logged, "a written value is missing from the log"
                check_erased(store)
                check_kept_rows(store)
                coding = {(r, f): v for r, f, _s, v in logs.answers(store.conn, "coding_logs")}
                theme_conflicts = {(c.record_id, c.field) for c in cf.theme_conflicts(store)}
                assert {(t, ilog.DELETED) for t in self.disputed} <= theme_conflicts
                for passage, theme in self.marked:  # kept whatever another laptop marked, unless a laptop removed it
                    if theme not in self.deleted_themes:
                        assert coding[(passage, f"theme:{theme}")] == "true", (passage, theme)
                conflicted = {(c.interview_id, c.field, c.scheme) for c in cf.conflicts(store)}
                assert conflicted == {(c.interview_id, c.field, c.scheme) for c in cf.conflicts(fresh)}
                assert [(c.record_id, c.field, c.values) for c in records.conflicts(store)] == [
                    (c.record_id, c.field, c.values) for c in records.conflicts(fresh)]
        finally:
            for store in self.stores:
                store.close()
            shutil.rmtree(self.tmp, ignore_errors=True)


Laptops.TestCase.settings = settings(max_examples=int(os.environ.get("FELTKART_MERGE_EXAMPLES", "10")), stateful_step_count=14, deadline=None)
test_laptops_converge = Laptops.TestCase


def test_laptops_converge_with_every_log_parsed_ahead(parsed_whole):
    """The same, with every package's interview logs parsed ahead, whole (``core.sync.ahead``), before the merge
    comes to them: the merge takes them instead of parsing them itself."""
    run_state_machine_as_test(Laptops, settings=Laptops.TestCase.settings)
    assert sum(parsed_whole) > 0
