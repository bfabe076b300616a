"""Themes and marked passages travel in field packages with the answers' guarantees: two laptops' markings of one
passage keep both themes, merging twice or in another order changes nothing, a theme renamed on one laptop and
removed on another is a conflict listed for Konflikter and settled by a choice that travels, and a package whose
themes Feltkart could not have written is refused whole."""

import json
import zipfile

import pytest

from core import interviews as iv
from core.base.driver import sqlite3
from core.interviews import passages, quotes, themes
from core.sync import conflicts as cf
from core.sync import merge as mg
from core.sync.package import make_package
from core.workspace import open_workspace
from tests.helpers import check_kept_rows, state

QUOTE = "Vi mangler folk 😀 i Kárášjohka, og fristene er for korte."


def _swap(a, b, tmp_path, name="1"):
    make_package(a, tmp_path / f"a{name}.feltkart")
    make_package(b, tmp_path / f"b{name}.feltkart")
    report_a = mg.merge(a, [tmp_path / f"b{name}.feltkart"])
    report_b = mg.merge(b, [tmp_path / f"a{name}.feltkart"])
    assert not report_a.refused and not report_b.refused, (report_a.refused, report_b.refused)
    return report_a, report_b


def _quoted(laptops, tmp_path):
    a, b, c, interview = laptops
    iv.set_answer(a, interview, "quotes", QUOTE)
    themes.starting_themes(a)
    _swap(a, b, tmp_path, "0")
    return a, b, c, interview


def test_two_laptops_marking_one_passage_keep_both_themes(laptops, tmp_path):
    a, b, _c, interview = _quoted(laptops, tmp_path)
    ta = themes.create_theme(a, "Bemanning")
    tb = themes.create_theme(b, "Rekruttering")
    pa = passages.mark(a, interview, "quotes", "", 3, 15, [ta])
    pb = passages.mark(b, interview, "quotes", "", 3, 15, [tb])
    assert pa == pb  # the same range of the same text: one passage
    report, _ = _swap(a, b, tmp_path)
    assert report.theme_changes > 0 and report.theme_conflicts == []
    assert set(passages.get_passage(a, pa).theme_ids) == {ta, tb}
    assert state(a) == state(b)
    [q] = quotes.list_quotes(a)
    assert q.theme_ids == {ta, tb} and q.passages == 1


def test_merging_twice_or_in_another_order_changes_nothing(laptops, tmp_path):
    a, b, c, interview = _quoted(laptops, tmp_path)
    make_package(a, tmp_path / "a-to-c.feltkart")
    mg.merge(c, [tmp_path / "a-to-c.feltkart"])
    t = themes.create_theme(b, "Bemanning")
    passages.mark(b, interview, "quotes", "", 0, 10, [t])
    u = themes.create_theme(c, "Frister")
    passages.mark(c, interview, "quotes", "", 30, 40, [u])
    make_package(b, tmp_path / "b1.feltkart")
    make_package(c, tmp_path / "c1.feltkart")
    mg.merge(a, [tmp_path / "b1.feltkart", tmp_path / "c1.feltkart"])
    once = state(a)
    again = mg.merge(a, [tmp_path / "c1.feltkart", tmp_path / "b1.feltkart"])
    assert again.theme_changes == 0 and state(a) == once
    assert len(passages.passages_of(a, interview)) == 2


def test_a_theme_renamed_on_one_laptop_and_removed_on_another_is_a_conflict(laptops, tmp_path):
    a, b, _c, _interview = _quoted(laptops, tmp_path)
    t = themes.create_theme(a, "Bemanning")
    _swap(a, b, tmp_path, "1")
    themes.update_theme(a, t, name="Bemanning og rekruttering")
    themes.delete_theme(b, t)
    report_a, report_b = _swap(a, b, tmp_path, "2")
    for report, s in ((report_a, a), (report_b, b)):
        [c] = report.theme_conflicts
        assert (c.record_id, c.field, [v[0] for v in c.values]) == (t, "_deleted", [True, False])
        assert cf.theme_conflicts(s) == [c] and cf.conflict_count(s) >= 1
    passages.settle_conflict(a, t, "_deleted", False)  # keep it, with the new name
    assert cf.theme_conflicts(a) == []
    _swap(a, b, tmp_path, "3")
    assert cf.theme_conflicts(b) == [] and themes.get_theme(b, t).name == "Bemanning og rekruttering"
    assert state(a) == state(b)


def test_a_passage_marked_on_a_text_edited_elsewhere_finds_its_place_or_asks(laptops, tmp_path):
    a, b, _c, interview = _quoted(laptops, tmp_path)
    t = themes.create_theme(b, "Frister")
    start = QUOTE.index("fristene")
    p = passages.mark(b, interview, "quotes", "", start, start + 8, [t])
    iv.set_answer(a, interview, "quotes", "Kort sagt: " + QUOTE)  # A had no passage to move
    _swap(a, b, tmp_path)
    for s in (a, b):
        got = passages.get_passage(s, p)
        assert got.status == "ok" and (got.start, got.end) == (start + 11, start + 19)
    assert state(a) == state(b)


@pytest.mark.parametrize("order", ["one package", "passage first", "edit first"])
def test_a_new_laptop_places_and_cites_the_passages_as_the_laptops_that_made_them(laptops, tmp_path, order):
    """A merge works the passages out against the answers it has just merged without reading them again: the
    passage found in the text edited on another laptop, citable as the consent answer is "ja", whether the
    passage, the edit and the consent come in one package or in two (in either order), as on both laptops."""
    a, b, _c, interview = _quoted(laptops, tmp_path)
    assert iv.get(a, interview).answers.get(("consent", "")) == "ja"
    t = themes.create_theme(b, "Frister")
    start = QUOTE.index("fristene")
    p = passages.mark(b, interview, "quotes", "", start, start + 8, [t])
    iv.set_answer(a, interview, "quotes", "Kort sagt: " + QUOTE)
    packages = [tmp_path / "b.feltkart", tmp_path / "a.feltkart"]
    make_package(b, packages[0])
    make_package(a, packages[1])
    if order == "one package":
        _swap(a, b, tmp_path)
        make_package(a, packages[1])
        packages = packages[1:]
    fresh = open_workspace(tmp_path / "fresh.sqlite")
    report = mg.merge(fresh, packages[::-1] if order == "edit first" else packages)
    assert not report.refused
    got = passages.get_passage(fresh, p)
    assert (got.start, got.end, got.status, got.citable) == (start + 11, start + 19, "ok", True)
    check_kept_rows(fresh)
    _swap(a, b, tmp_path, "2")
    assert passages.get_passage(a, p) == passages.get_passage(b, p) == got


def test_a_passage_in_an_answer_holding_a_lone_surrogate_is_placed(laptops, tmp_path):
    """An answer may hold text that is not UTF-8 (a lone surrogate, escaped in its JSON): its passages are
    still found in it when a merge works them out, as when they were marked."""
    from core.interviews.coding import THEME_PREFIX, change
    from core.model import ilog

    a, _b, _c, interview = laptops
    t = themes.create_theme(a, "Nettverk")
    with a.write():
        iv.set_answer(a, interview, "network_name", "Nettverk ABC")
        change(a, "p1", "passage", interview, {"field": "network_name", "scheme": "", "start": 0, "end": 8,
                                               "text": "Nettverk", "citable": True, "status": "ok",
                                               THEME_PREFIX + t: True})
        answers, text = a.conn.execute("SELECT answers, log FROM interview_logs WHERE interview_id = ?",
                                       [interview]).fetchone()
        log = ilog.Log.parse(text)
        last = max(n for n, f in enumerate(log.field) if f == "network_name")
        log.value[last] = '"Nettverk \\ud800BC"'
        a.conn.execute("UPDATE interview_logs SET log = ?, answers = ? WHERE interview_id = ?",
                       [log.dumps(), answers.replace('"Nettverk ABC"', '"Nettverk \\ud800BC"'), interview])
    make_package(a, tmp_path / "a.feltkart")
    fresh = open_workspace(tmp_path / "fresh.sqlite")
    report = mg.merge(fresh, [tmp_path / "a.feltkart"])
    assert report.merged and not report.refused
    got = passages.get_passage(fresh, "p1")
    assert (got.field, got.start, got.end, got.status) == ("network_name", 0, 8, "ok")
    assert iv.get(fresh, interview).answers[("network_name", "")] == "Nettverk \ud800BC"


def test_a_package_with_a_theme_feltkart_would_not_write_is_refused(laptops, tmp_path):
    a, b, _c, _interview = _quoted(laptops, tmp_path)
    themes.create_theme(a, "Bemanning")
    make_package(a, tmp_path / "a.feltkart")
    with zipfile.ZipFile(tmp_path / "a.feltkart") as z:
        manifest, data = json.loads(z.read("manifest.json")), z.read("data.sqlite")
    raw = tmp_path / "data.sqlite"
    raw.write_bytes(data)
    conn = sqlite3.connect(raw)
    log = conn.execute("SELECT log FROM coding_logs WHERE kind = 'theme' LIMIT 1").fetchone()[0]
    conn.execute("UPDATE coding_logs SET log = ? WHERE kind = 'theme'", [log.replace('"#', '"rød')])
    conn.commit()
    conn.close()
    import hashlib
    manifest["sha256"] = hashlib.sha256(raw.read_bytes()).hexdigest()
    with zipfile.ZipFile(tmp_path / "bad.feltkart", "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.write(raw, "data.sqlite")
    before = state(b)
    report = mg.merge(b, [tmp_path / "bad.feltkart"])
    assert report.refused and state(b) == before


def _package_tables(path, folder):
    """What a package's database holds: its coding records' ids and the rows of the tables worked out from them."""
    with zipfile.ZipFile(path) as z:
        z.extract("data.sqlite", folder)
    conn = sqlite3.connect(folder / "data.sqlite")
    try:
        records = {r for (r,) in conn.execute("SELECT record_id FROM coding_logs")}
        derived = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                   for t in ("passages", "passage_themes", "quote_marks", "coding_conflicts", "interview_facts")}
        answers = {a for (a,) in conn.execute("SELECT answers FROM coding_logs")}
        changes = conn.execute("SELECT coalesce(sum(json_array_length(log, '$.id')), 0) FROM coding_logs").fetchone()[0]
    finally:
        conn.close()
    return records, derived, answers, changes


def test_a_package_since_the_last_carries_only_the_themes_and_passages_changed_since(laptops, tmp_path):
    a, b, c, interview = _quoted(laptops, tmp_path)
    t1 = themes.create_theme(a, "Bemanning")
    untouched = passages.mark(a, interview, "quotes", "", 0, 2, [t1])
    kept = passages.mark(a, interview, "quotes", "", 3, 15, [t1])
    full = make_package(a, tmp_path / "full.feltkart", since_last="B")
    mg.merge(b, [tmp_path / "full.feltkart"])
    themes.update_theme(a, t1, name="Bemanning og rekruttering")
    t2 = themes.create_theme(a, "Frister")
    passages.add_theme(a, kept, t2)
    new = passages.mark(a, interview, "quotes", "", QUOTE.index("fristene"), QUOTE.index("fristene") + 8, [t2])
    delta = make_package(a, tmp_path / "delta.feltkart", since_last="b")
    records, derived, answers, changes = _package_tables(tmp_path / "delta.feltkart", tmp_path / "delta")
    assert records == {t1, t2, kept, new}  # not the passage and the starting themes unchanged since
    assert untouched not in records and derived == dict.fromkeys(derived, 0) and answers == {'{"f":[],"s":[],"v":[]}'}
    assert delta.since is not None and delta.changes == changes < full.changes  # no interview changed since
    whole, _derived, _answers, _changes = _package_tables(tmp_path / "full.feltkart", tmp_path / "full")
    assert {untouched, kept, t1} <= whole
    # both packages, in either order, twice: the same themes and passages everywhere
    mg.merge(b, [tmp_path / "delta.feltkart", tmp_path / "full.feltkart", tmp_path / "delta.feltkart"])
    mg.merge(c, [tmp_path / "delta.feltkart", tmp_path / "full.feltkart"])
    mg.merge(c, [tmp_path / "delta.feltkart", tmp_path / "full.feltkart"])
    assert state(b) == state(c) == state(a)
    assert set(passages.get_passage(c, kept).theme_ids) == {t1, t2} and themes.get_theme(c, t1).name == \
        "Bemanning og rekruttering"
    assert {p.id for p in passages.passages_of(c, interview)} == {untouched, kept, new}


def test_themes_from_a_third_laptop_travel_on_in_the_next_package_since_the_last(laptops, tmp_path):
    a, b, c, interview = _quoted(laptops, tmp_path)
    make_package(a, tmp_path / "a-to-c.feltkart")
    mg.merge(c, [tmp_path / "a-to-c.feltkart"])
    t = themes.create_theme(c, "Frister")
    p = passages.mark(c, interview, "quotes", "", 3, 15, [t])  # stamped before A's next package to B
    make_package(c, tmp_path / "c1.feltkart")
    make_package(a, tmp_path / "a1.feltkart", since_last="B")
    mg.merge(a, [tmp_path / "c1.feltkart"])  # reaches A only after A's package to B
    make_package(a, tmp_path / "a2.feltkart", since_last="B")
    records, *_ = _package_tables(tmp_path / "a2.feltkart", tmp_path / "a2")
    assert records == {t, p}
    mg.merge(b, [tmp_path / "a1.feltkart", tmp_path / "a2.feltkart"])
    assert passages.get_passage(b, p).theme_ids == (t,) and state(b) == state(a)


def _marked_here_removed_there(laptops, tmp_path):
    a, b, _c, interview = _quoted(laptops, tmp_path)
    t = themes.create_theme(a, "Bemanning")
    _swap(a, b, tmp_path, "1")
    p = passages.mark(a, interview, "quotes", "", 0, 14, [t])  # A marks with the theme while
    themes.delete_theme(b, t)  # B, not knowing of the marking, removes it
    report_a, report_b = _swap(a, b, tmp_path, "2")
    return a, b, t, p, interview, report_a, report_b


def test_a_theme_removed_on_one_laptop_while_used_on_another_is_a_conflict_not_a_lost_marking(laptops, tmp_path):
    a, b, t, p, interview, report_a, report_b = _marked_here_removed_there(laptops, tmp_path)
    for report, s in ((report_a, a), (report_b, b)):
        [c] = report.theme_conflicts
        assert (c.record_id, c.field, [v[0] for v in c.values]) == (t, "_deleted", [True, False])
        assert c.values[1][3] == "Kari"  # the marking's coordinator
        assert cf.conflict_count(s) >= 1
    passages.settle_conflict(a, t, "_deleted", False)  # keep the theme: the marking counts again
    assert cf.theme_conflicts(a) == []
    assert themes.get_theme(a, t).name == "Bemanning" and passages.get_passage(a, p).theme_ids == (t,)
    quote = next(q for q in quotes.list_quotes(a) if q.key == (interview, "quotes", ""))
    assert t in quote.theme_ids
    _swap(a, b, tmp_path, "3")
    assert cf.theme_conflicts(b) == [] and passages.get_passage(b, p).theme_ids == (t,)
    assert state(a) == state(b)


def test_removing_the_theme_in_that_conflict_takes_its_markings_with_it_everywhere(laptops, tmp_path):
    a, b, t, p, interview, *_reports = _marked_here_removed_there(laptops, tmp_path)
    passages.settle_conflict(b, t, "_deleted", True)
    assert cf.theme_conflicts(b) == [] and passages.get_passage(b, p).theme_ids == ()
    _swap(a, b, tmp_path, "3")
    for s in (a, b):
        assert cf.theme_conflicts(s) == [] and t not in {x.id for x in themes.list_themes(s)}
        assert passages.get_passage(s, p).theme_ids == ()  # the passage stays, without the removed theme
    assert state(a) == state(b)


def test_two_laptops_settling_that_conflict_apart_settle_it_again_with_every_marking(laptops, tmp_path):
    a, b, t, p, interview, *_reports = _marked_here_removed_there(laptops, tmp_path)
    passages.settle_conflict(a, t, "_deleted", True)  # A: removed
    passages.settle_conflict(b, t, "_deleted", False)  # B: kept, and marks with it again
    q = passages.mark(b, interview, "quotes", "", 20, 30, [t])
    _swap(a, b, tmp_path, "3")
    for s in (a, b):
        assert [c.field for c in cf.theme_conflicts(s)] == ["_deleted"]
    passages.settle_conflict(a, t, "_deleted", True)  # removed after all: every marking with it goes too
    assert cf.theme_conflicts(a) == [] and passages.get_passage(a, q).theme_ids == ()
    _swap(a, b, tmp_path, "4")
    for s in (a, b):
        assert cf.theme_conflicts(s) == [] and t not in {x.id for x in themes.list_themes(s)}
        assert passages.get_passage(s, p).theme_ids == () and passages.get_passage(s, q).theme_ids == ()
    assert state(a) == state(b)
