"""Themes and marked passages travel in field packages with the answers' guarantees: two laptops' markings of one
passage keep both themes, merging twice or in another order changes nothing, a theme renamed on one laptop and
removed on another is a conflict listed for Konflikter and settled by a choice that travels, and a package whose
themes Feltkart could not have written is refused whole."""

import json
import zipfile

from core import interviews as iv
from core.base.driver import sqlite3
from core.interviews import passages, quotes, themes
from core.sync import conflicts as cf
from core.sync import merge as mg
from core.sync.package import make_package
from tests.helpers import state

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
