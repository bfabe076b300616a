"""What deleting a theme touches (its passages, their interviews, its sub-themes, the passages it would leave
without a theme), how many passages carry each theme, and deleting a theme together with its markings."""

from core.interviews import passages, quotes, themes
from tests.helpers import make_interview

TEXT = "Vi har ikke folk til å søke, og fristene er for korte for en liten kommune."


def test_the_use_of_a_theme_and_the_counts(store):
    a = make_interview(store, "1826", "2026-03-02", [("quotes", "", TEXT)], status="draft")
    b = make_interview(store, "1832", "2026-03-03", [("notes", "", TEXT)], status="draft")
    top, other = themes.create_theme(store, "Kapasitet"), themes.create_theme(store, "Frister")
    sub = themes.create_theme(store, "Bemanning", parent=top)
    passages.mark(store, a, "quotes", "", 0, 10, [top])
    passages.mark(store, a, "quotes", "", 30, 50, [top, other])
    passages.mark(store, b, "notes", "", 0, 10, [top])
    assert themes.use_of(store, top) == themes.ThemeUse(passages=3, interviews=2, sub_themes=1, alone=2)
    assert themes.use_of(store, other) == themes.ThemeUse(passages=1, interviews=1, sub_themes=0, alone=0)
    assert themes.use_of(store, sub) == themes.ThemeUse(0, 0, 0, 0)
    assert themes.passage_counts(store) == {top: 3, other: 1}


def test_deleting_a_theme_with_its_markings_unmarks_the_passages_left_without_a_theme(store):
    i = make_interview(store, "1826", "2026-03-02", [("quotes", "", TEXT)], status="draft")
    gone, kept = themes.create_theme(store, "Kapasitet"), themes.create_theme(store, "Frister")
    sub = themes.create_theme(store, "Bemanning", parent=gone)
    alone = passages.mark(store, i, "quotes", "", 0, 10, [gone])
    shared = passages.mark(store, i, "quotes", "", 30, 50, [gone, kept])
    assert themes.delete_theme_unmarking(store, gone) == 1
    assert [p.id for p in passages.passages_of(store, i)] == [shared]
    assert alone not in {p.id for p in passages.by_theme(store, [kept, sub])}
    assert passages.get_passage(store, shared).theme_ids == (kept,)
    assert [(t.id, t.parent) for t in themes.list_themes(store)] == [(sub, None), (kept, None)]
    (q,) = quotes.list_quotes(store)
    assert q.passages == 1 and q.theme_ids == {kept}
    assert themes.delete_theme_unmarking(store, sub) == 0  # in use nowhere: simply removed
