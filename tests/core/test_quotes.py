"""The list of quotes against the database read here on its own: every quote of the interviews outside the
trash, in date order, with its place, people and its passages' themes and counts, as they stand after marking,
unmarking, an edit that flags a passage, a theme deleted, the trash and a merge; a list of some interviews is
the same rows as the whole list's; the filters against their meaning, condition by condition."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import interviews as iv
from core.interviews import passages, quotes, themes
from core.reference import study
from core.sync.merge import merge
from core.sync.package import make_package
from tests.helpers import check_kept_rows, make_interview

SAMI = "Vi i Kárášjohka og Unjárga har ikke folk til dette 😀, sa ordføreren."


def expected(store) -> list[tuple]:
    """Every quote as the list should hold it, from the tables it is worked out of, without ``quote_marks``."""
    rural = study.load(store).rural_definition.classes
    rows = store.conn.execute(
        """SELECT r.interview_id, r.field, r.scheme, t.body, i.municipality, m.name, m.county, c.name,
                  m.centrality_class, f.roles, i.interview_date, i.coordinator, i.status, f.consent
           FROM answer_text_rows r JOIN answer_text t ON t.rowid = r.fts_rowid
           JOIN interviews i ON i.id = r.interview_id
           LEFT JOIN municipalities m ON m.registry = i.registry AND m.number = i.municipality
           LEFT JOIN counties c ON c.registry = m.registry AND c.number = m.county
           LEFT JOIN interview_facts f ON f.interview_id = i.id
           WHERE i.deleted = 0""").fetchall()
    # an answer whose text is gone while its passages remain: listed with an empty text
    rows += store.conn.execute(
        """SELECT DISTINCT p.interview_id, p.field, p.scheme, '', i.municipality, m.name, m.county, c.name,
                  m.centrality_class, f.roles, i.interview_date, i.coordinator, i.status, f.consent
           FROM passages p JOIN interviews i ON i.id = p.interview_id
           LEFT JOIN municipalities m ON m.registry = i.registry AND m.number = i.municipality
           LEFT JOIN counties c ON c.registry = m.registry AND c.number = m.county
           LEFT JOIN interview_facts f ON f.interview_id = i.id
           WHERE i.deleted = 0 AND NOT EXISTS (SELECT 1 FROM answer_text_rows r WHERE r.interview_id = p.interview_id
                                              AND r.field = p.field AND r.scheme = p.scheme)""").fetchall()
    out = []
    for i, f, s, body, number, name, county, county_name, klass, roles, day, who, status, consent in rows:
        statuses = [st for (st,) in store.conn.execute(
            "SELECT status FROM passages WHERE interview_id = ? AND field = ? AND scheme = ?", [i, f, s])]
        theme_ids = {t for (t,) in store.conn.execute(
            "SELECT theme_id FROM passage_themes WHERE interview_id = ? AND field = ? AND scheme = ?", [i, f, s])}
        out.append((i, f, s, body, number, name, county, county_name, klass, klass in rural,
                    tuple(roles.split(",")) if roles else (), day, who or "", status, consent == "ja",
                    frozenset(theme_ids), len(statuses), statuses.count("review")))
    return sorted(out, key=lambda q: (q[11] is None, q[11] or "", q[0], q[1], q[2]))


def check(store) -> list[quotes.Quote]:
    listed = quotes.list_quotes(store)
    assert [tuple(q) for q in listed] == expected(store)
    assert all(type(q.consent) is bool and type(q.rural) is bool for q in listed)
    assert all(type(q.theme_ids) is frozenset and type(q.roles) is tuple for q in listed)
    check_kept_rows(store)  # the stored marks and facts are what passages and answers give, from scratch
    return listed


def test_the_list_follows_every_change_of_passages_and_interviews(store):
    a = make_interview(store, "1826", "2026-03-02", [("quotes", "", SAMI), ("notes", "", "Frister og rapportering"),
                                                     ("scheme_comment", "digifin", "Nyttig 👍🏽 men tungt")])
    b = make_interview(store, "0301", "2026-01-15", [("quotes", "", "Oslo har folk")], status="draft")
    c = make_interview(store, "1804", "2026-03-02", [("notes", "", "Bodø: ŋ og đ")])
    t1, t2 = themes.create_theme(store, "Kapasitet"), themes.create_theme(store, "Frister")
    listed = check(store)
    assert [q.interview_id for q in listed] == [b, *sorted([a, a, a, c])]  # by date, then interview
    assert [q.field for q in listed if q.interview_id == a] == ["notes", "quotes", "scheme_comment"]
    p1 = passages.mark(store, a, "quotes", "", 5, 15, [t1])
    passages.mark(store, a, "quotes", "", 20, 27, [t1, t2])
    passages.mark(store, a, "scheme_comment", "digifin", 7, 11, [t2])
    p4 = passages.mark(store, a, "notes", "", 0, 7, [t2])
    passages.mark(store, c, "notes", "", 6, 7, [t1])
    listed = check(store)
    quote = next(q for q in listed if q.key == (a, "quotes", ""))
    assert (quote.theme_ids, quote.passages, quote.review) == ({t1, t2}, 2, 0)
    iv.reopen(store, a, "retting")
    iv.set_answer(store, a, "notes", "Fristene og rapportering")  # the edit touches p4: review
    assert next(q for q in check(store) if q.key == (a, "notes", "")).review == 1
    passages.unmark(store, p1)
    themes.delete_theme(store, t2, markings="drop")
    listed = check(store)
    assert next(q for q in listed if q.key == (a, "quotes", "")).theme_ids == {t1}
    assert next(q for q in listed if q.key == (a, "notes", "")).theme_ids == frozenset()
    assert passages.get_passage(store, p4).theme_ids == ()
    iv.set_answer(store, b, "consent", "nei")
    iv.set_answer(store, b, "informants", [{"role": "ordforer", "name": "", "contact": ""},
                                           {"role": "tjenesteleder", "name": "", "contact": ""}])
    assert next(q for q in check(store) if q.interview_id == b).roles == ("ordforer", "tjenesteleder")
    iv.delete(store, c)
    assert c not in {q.interview_id for q in check(store)}



def test_a_text_deleted_under_its_passages_stays_listed_until_they_are_settled(store):
    a = make_interview(store, "1826", "2026-03-02", [("notes", "", "Kapasiteten er for liten 😀 i Kárášjohka.")])
    t = themes.create_theme(store, "Kapasitet")
    p = passages.mark(store, a, "notes", "", 0, 14, [t])
    iv.reopen(store, a, "notatet slettet")
    iv.set_answer(store, a, "notes", "")  # the text gone: the passage waits for review
    [gone] = [q for q in check(store) if q.key == (a, "notes", "")]
    assert (gone.text, gone.theme_ids, gone.passages, gone.review) == ("", {t}, 1, 1)
    assert quotes.filter_quotes(check(store), quotes.QuoteFilter(review=True)) == [gone]
    assert quotes.filter_quotes(check(store), quotes.QuoteFilter(theme_ids=frozenset({t}))) == [gone]
    passages.unmark(store, p)
    assert all(q.key != (a, "notes", "") for q in check(store))


def test_a_list_of_some_interviews_is_the_whole_lists_rows(store):
    ids = [make_interview(store, number, day, [("quotes", "", f"Sitat fra {number} 😀"), ("notes", "", "Notat")])
           for number, day in (("1826", "2026-03-02"), ("0301", "2026-01-15"), ("1804", "2026-02-01"))]
    t = themes.create_theme(store, "Kapasitet")
    passages.mark(store, ids[0], "quotes", "", 0, 5, [t])
    whole = quotes.list_quotes(store)
    for chosen in ([ids[0]], ids[1:], [], ["not-an-interview", ids[2]]):
        assert quotes.list_quotes(store, chosen) == [q for q in whole if q.interview_id in chosen]


def test_a_merge_brings_the_other_laptops_marks_into_the_list(tmp_path, laptops):
    a, b, _c, _first = laptops
    i = make_interview(a, "1826", "2026-03-02", [("quotes", "", SAMI)])
    t = themes.create_theme(a, "Kapasitet")
    make_package(a, tmp_path / "a.feltkart")
    merge(b, [tmp_path / "a.feltkart"])
    passages.mark(a, i, "quotes", "", 0, 10, [t])
    other = themes.create_theme(b, "Bemanning")
    passages.mark(b, i, "quotes", "", 0, 10, [other])  # the same range: one passage, both laptops' themes
    passages.mark(b, i, "quotes", "", 12, 20, [other])
    make_package(a, tmp_path / "a2.feltkart")
    make_package(b, tmp_path / "b.feltkart")
    merge(a, [tmp_path / "b.feltkart"])
    merge(b, [tmp_path / "a2.feltkart"])
    for store in (a, b):
        [q] = check(store)
        assert (q.theme_ids, q.passages) == ({t, other}, 2)


def test_the_upgrade_fills_each_quotes_marks_from_the_passages(tmp_path):
    """A study marked before m014 had no ``quote_marks``: the upgrade works them out from its passages."""
    from core.workspace import open_workspace

    path = tmp_path / "a.sqlite"
    s = open_workspace(path)
    study.save(s, study.load(s).with_changes(study_name="S", coordinator_name="K"))
    i = make_interview(s, "1826", "2026-03-02", [("quotes", "", SAMI), ("notes", "", "Frister 😀")])
    t1, t2 = themes.create_theme(s, "Kapasitet"), themes.create_theme(s, "Frister")
    passages.mark(s, i, "quotes", "", 0, 10, [t1, t2])
    passages.mark(s, i, "quotes", "", 12, 20, [t2])
    passages.mark(s, i, "notes", "", 0, 7, [t1])
    before = check(s)
    with s.db.atomic():  # the tables as they were before m014
        s.conn.execute("DROP TABLE quote_marks")
        s.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm014_quote_marks'")
    s.close()
    upgraded = open_workspace(path)
    try:
        assert upgraded.backup_path is not None
        assert check(upgraded) == before
        assert next(q for q in before if q.field == "quotes").theme_ids == {t1, t2}
    finally:
        upgraded.close()


def _passes(q: quotes.Quote, f: quotes.QuoteFilter, found) -> bool:
    """The filter's meaning, condition by condition (QuoteFilter's docstring), for one quote."""
    field_tests = [getattr(f, a) is None or getattr(q, a) == getattr(f, a)
                   for a in ("municipality", "county", "centrality_class", "rural", "coordinator", "scheme", "kind",
                             "status")]
    return (all(field_tests) and (not f.role or f.role in q.roles)
            and (not f.date_from or (q.interview_date is not None and q.interview_date >= f.date_from))
            and (not f.date_to or (q.interview_date is not None and q.interview_date <= f.date_to))
            and (f.include_drafts or q.status == "complete")
            and (f.theme_ids is None or bool(q.theme_ids & f.theme_ids))
            and (not f.unthemed or q.passages == 0) and (not f.review or q.review > 0)
            and (found is None or q.key in found))


@pytest.fixture(scope="module")
def demo_quotes(tmp_path_factory):
    from core import demo
    from core.workspace import open_workspace

    store = open_workspace(tmp_path_factory.mktemp("quotes") / "demo.sqlite")
    demo.make_demo(store, interviews=60, seed=5)
    listed = quotes.list_quotes(store)
    store.close()
    return listed


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_filtering_keeps_exactly_the_quotes_that_pass_every_condition_chosen(demo_quotes, data):
    listed = demo_quotes
    some = lambda values: st.one_of(st.none(), st.sampled_from(sorted(set(values), key=repr)))  # noqa: E731
    days = sorted({q.interview_date for q in listed if q.interview_date})
    theme_sets = sorted({t for q in listed for t in q.theme_ids}) + ["none-such"]
    f = quotes.QuoteFilter(
        municipality=data.draw(some(q.municipality for q in listed)), county=data.draw(some(q.county for q in listed)),
        centrality_class=data.draw(some(q.centrality_class for q in listed)), rural=data.draw(some([True, False])),
        role=data.draw(some(r for q in listed for r in q.roles)), date_from=data.draw(some(days)),
        date_to=data.draw(some(days)), coordinator=data.draw(some(q.coordinator for q in listed)),
        scheme=data.draw(some(q.scheme for q in listed)), kind=data.draw(some(["quote", "note"])),
        include_drafts=data.draw(st.booleans()), status=data.draw(some(["complete", "draft"])),
        theme_ids=data.draw(st.one_of(st.none(), st.frozensets(st.sampled_from(theme_sets), max_size=3))),
        unthemed=data.draw(st.booleans()), review=data.draw(st.booleans()))
    found = data.draw(st.one_of(st.none(), st.sets(st.sampled_from([q.key for q in listed]), max_size=40)))
    assert quotes.filter_quotes(listed, f, found) == [q for q in listed if _passes(q, f, found)]


_PERSON = st.fixed_dictionaries({"name": st.text(max_size=5)}, optional={
    "role": st.one_of(st.none(), st.sampled_from(["ordforer", "kommunedirektor", "", "leder, innovasjon"]))})
_ANSWER = st.one_of(
    st.tuples(st.just("informants"), st.just(""), st.one_of(st.none(), st.lists(_PERSON))),
    st.tuples(st.just("consent"), st.just(""), st.one_of(st.none(), st.booleans(), st.sampled_from(["ja", "nei"]))),
    st.tuples(st.just("notes"), st.just(""), st.text(max_size=8)))


@settings(max_examples=300, deadline=None)
@given(st.lists(_ANSWER, max_size=8))
def test_facts_worked_out_in_memory_are_what_the_stored_answers_give(answers):
    """A save and a merge work an interview's facts out from its answers in memory (``facts_row``); the
    migration and the demo from the stored answers (``FACTS_SELECT``): the same row, whatever the roles
    (repeated, missing, empty, with a comma), the consent answer (none, a choice, true) and their order. Both
    questions are asked once (a scheme is refused for them as it is typed or merged)."""
    from core.base.driver import connect
    from core.model import ilog
    from core.storage.schema import FACTS_SELECT

    current = {}
    for field, scheme, value in answers:
        current.setdefault((field, scheme), (ilog.dumps(value), "c1"))
    conn = connect(":memory:", None)
    try:
        stored = conn.execute(FACTS_SELECT.replace("FROM interview_logs l", "FROM (SELECT ? AS interview_id, ? AS"
                                                   " answers) l"), ["i1", ilog.encode_answers(current)]).fetchone()
    finally:
        conn.close()
    assert [(type(v), v) for v in quotes.facts_row("i1", current)] == [(type(v), v) for v in stored]
