"""Themes and marked passages: the themes' rules, marking, and passages that follow later edits of their text
or are flagged for review, never lost; positions in code points with emoji and Sámi letters."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import interviews as iv
from core.base.errors import ThemeInUseError, ThemeNameError, ValidationError
from core.interviews import passages, quotes, themes
from core.model import anchor
from tests.helpers import make_interview

SAMI = "Vi i Kárášjohka og Unjárga har ikke folk til dette 😀, sa ordføreren; ŋ, đ, ŧ og ž er også med."


@pytest.fixture
def quoted(store):
    i = make_interview(store, "1826", "2026-03-02", [("quotes", "", SAMI)], status="draft")
    return store, i


def test_a_theme_needs_a_name_of_its_own(store):
    with pytest.raises(ThemeNameError) as e:
        themes.create_theme(store, "   ")
    assert e.value.reason == "empty" and e.value.errors == {"name": "empty"}
    first = themes.create_theme(store, "Kapasitet")
    with pytest.raises(ThemeNameError) as e:
        themes.create_theme(store, " kapasitet ")
    assert e.value.reason == "duplicate" and e.value.other == first
    with pytest.raises(ThemeNameError):
        themes.create_theme(store, "x" * 81)
    second = themes.create_theme(store, "Kompetanse")
    with pytest.raises(ThemeNameError):
        themes.update_theme(store, second, name="KAPASITET")
    assert [t.name for t in themes.list_themes(store)] == ["Kapasitet", "Kompetanse"]


def test_one_level_of_sub_themes(store):
    top = themes.create_theme(store, "Barrierer")
    sub = themes.create_theme(store, "Frister", parent=top)
    with pytest.raises(ValidationError):
        themes.create_theme(store, "Korte frister", parent=sub)
    assert [t.id for t in themes.list_themes(store)] == [top, sub]
    assert themes.with_subthemes(store, top) == {top, sub}


def test_deleting_a_theme_in_use_asks_and_never_drops_markings_silently(quoted):
    store, i = quoted
    a, b = themes.create_theme(store, "Kapasitet"), themes.create_theme(store, "Bemanning")
    p = passages.mark(store, i, "quotes", "", 0, 10, [a])
    with pytest.raises(ThemeInUseError) as e:
        themes.delete_theme(store, a)
    assert e.value.passages == 1
    assert passages.get_passage(store, p).theme_ids == (a,)
    themes.delete_theme(store, a, markings="move", move_to=b)
    assert passages.get_passage(store, p).theme_ids == (b,)
    themes.delete_theme(store, b, markings="drop")
    assert passages.get_passage(store, p).theme_ids == ()  # the passage itself is kept
    assert themes.list_themes(store) == []


def test_positions_are_code_points_with_emoji_and_sami_letters(quoted):
    store, i = quoted
    t = themes.create_theme(store, "Bemanning")
    start = SAMI.index("Kárášjohka")
    p = passages.mark(store, i, "quotes", "", start, start + len("Kárášjohka"), [t])
    assert passages.get_passage(store, p).text == "Kárášjohka"
    smile = SAMI.index("😀")
    q = passages.mark(store, i, "quotes", "", smile, smile + 1, [t])
    assert passages.get_passage(store, q).text == "😀"
    iv.set_answer(store, i, "quotes", "🙂🙂 " + SAMI)
    moved = passages.get_passage(store, p)
    assert (moved.start, moved.end, moved.status) == (start + 3, start + 13, "ok")


def test_a_passage_whose_text_was_deleted_is_flagged_not_lost(quoted):
    store, i = quoted
    t = themes.create_theme(store, "Bemanning")
    p = passages.mark(store, i, "quotes", "", 0, 10, [t])
    iv.set_answer(store, i, "quotes", None)
    kept = passages.get_passage(store, p)
    assert kept.status == "review" and kept.text == SAMI[:10]
    iv.set_answer(store, i, "quotes", "Ny tekst")
    assert passages.get_passage(store, p).status == "review"
    passages.settle(store, p, 0, 2)
    assert passages.get_passage(store, p).status == "ok" and passages.get_passage(store, p).text == "Ny"


def test_marking_refuses_what_is_not_a_passage(quoted):
    store, i = quoted
    t = themes.create_theme(store, "Bemanning")
    for start, end in ((5, 5), (-1, 3), (0, len(SAMI) + 1)):
        with pytest.raises(ValidationError):
            passages.mark(store, i, "quotes", "", start, end, [t])
    with pytest.raises(ValidationError):
        passages.mark(store, i, "quotes", "", 0, 5, [])
    with pytest.raises(ValidationError):
        passages.mark(store, i, "notes", "", 0, 5, [t])  # no text there
    with pytest.raises(ValidationError):
        passages.mark(store, i, "consent", "", 0, 1, [t])  # not a quote or note
    same = passages.mark(store, i, "quotes", "", 0, 5, [t])
    other = themes.create_theme(store, "Annet tema")
    assert passages.mark(store, i, "quotes", "", 0, 5, [other]) == same
    assert set(passages.get_passage(store, same).theme_ids) == {t, other}


def test_a_note_of_100000_characters(store):
    note = ("Kommunen har ikke kapasitet. " * 4000)[:99_990] + " Áhkká 😀!"
    i = make_interview(store, "1826", "2026-03-02", [("notes", "", note)], status="draft")
    t = themes.create_theme(store, "Kapasitet")
    p = passages.mark(store, i, "notes", "", len(note) - 9, len(note), [t])
    assert passages.get_passage(store, p).text == " Áhkká 😀!"
    [q] = quotes.list_quotes(store)
    assert len(q.text) == len(note) and q.theme_ids == {t} and q.kind == "note"


def test_consent_governs_what_may_be_cited(quoted):
    store, i = quoted
    t = themes.create_theme(store, "Bemanning")
    p = passages.mark(store, i, "quotes", "", 0, 10, [t])
    assert passages.get_passage(store, p).citable
    iv.set_answer(store, i, "consent", "nei")
    assert not passages.get_passage(store, p).citable
    iv.set_answer(store, i, "consent", "ja")
    passages.set_citable(store, p, False)
    assert not passages.get_passage(store, p).citable
    assert passages.by_theme(store, [t], citable_only=True) == []


def test_quotes_filter_by_place_role_theme_and_search(quoted):
    store, i = quoted
    other = make_interview(store, "0301", "2026-03-05", [("notes", "", "Oslo har egne folk til søknader.")],
                           status="draft")
    t = themes.create_theme(store, "Bemanning")
    passages.mark(store, i, "quotes", "", 0, 10, [t])
    all_quotes = quotes.list_quotes(store)
    assert {q.interview_id for q in all_quotes} == {i, other}
    assert [q.interview_id for q in quotes.filter_quotes(all_quotes, quotes.QuoteFilter(rural=True))] == [i]
    assert [q.interview_id for q in quotes.filter_quotes(all_quotes, quotes.QuoteFilter(theme_ids=frozenset({t})))
            ] == [i]
    assert quotes.filter_quotes(all_quotes, quotes.QuoteFilter(role="kommunedirektor")) == all_quotes
    assert [q.kind for q in quotes.filter_quotes(all_quotes, quotes.QuoteFilter(kind="note"))] == ["note"]
    found = quotes.search(store, "karasjohka")  # accents folded, as the text index does
    assert [q.interview_id for q in quotes.filter_quotes(all_quotes, quotes.QuoteFilter(), found)] == [i]


ALPHABET = "abcáš😀 "


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(ALPHABET, min_size=3, max_size=40), data=st.data())
def test_edits_outside_a_passage_keep_it_exact_and_edits_inside_flag_it(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    inserted = data.draw(st.text(ALPHABET + "#", max_size=5))
    new = text[:a] + inserted + text[b:]
    moved = anchor.follow(text, new, start, end)
    if b <= start or a >= end:  # the edit is outside the passage: it stays exactly on its text
        assert moved is not None and new[moved[0]:moved[1]] == text[start:end]
        if b <= start:
            assert moved[1] - moved[0] == end - start
    if moved is not None:  # whatever moved it, it stands on its text
        assert new[moved[0]:moved[1]] == text[start:end]
    if start <= a < b <= end and inserted.startswith("#") and inserted.endswith("#"):
        assert moved is None  # a replacement inside its text, by text that was not there: flagged


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(ALPHABET, min_size=3, max_size=30).filter(lambda t: t.strip()), data=st.data())
def test_saving_an_edit_keeps_or_flags_every_passage(store, text, data):
    i = make_interview(store, "1826", "2026-03-02", [("quotes", "", text)], status="draft")
    t = themes.list_themes(store)[0].id if themes.list_themes(store) else themes.create_theme(store, "Tema")
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    new = text[:a] + data.draw(st.text(ALPHABET, max_size=4)) + text[b:]
    if not text[start:end].strip():
        return
    p = passages.mark(store, i, "quotes", "", start, end, [t])
    marked = passages.get_passage(store, p).text
    iv.set_answer(store, i, "quotes", new)
    after = passages.get_passage(store, p)
    assert after.text == marked  # never lost, never rewritten
    if b <= start or a >= end:
        assert after.status == "ok"
    if after.status == "ok":
        assert new[after.start:after.end] == marked


def _edit_span_one_by_one(old: str, new: str) -> tuple[int, int, int]:
    """The edit's span worked out letter by letter: the longest common beginning, then end."""
    a = 0
    while a < min(len(old), len(new)) and old[a] == new[a]:
        a += 1
    tail = 0
    while tail < min(len(old), len(new)) - a and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return a, len(old) - tail, len(new) - tail


@given(old=st.text(ALPHABET, max_size=60), new=st.text(ALPHABET, max_size=60), data=st.data())
def test_the_span_of_an_edit_is_found_exactly(old, new, data):
    assert anchor.edit_span(old, new) == _edit_span_one_by_one(old, new)
    cut = data.draw(st.integers(0, len(old)))  # one edit of a text to itself and another
    edited = old[:cut] + new + old[cut:]
    assert anchor.edit_span(old, edited) == _edit_span_one_by_one(old, edited)
