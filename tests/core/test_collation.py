from core.base.collation import sort_key


def order(words):
    return sorted(words, key=sort_key)


def test_ae_oe_aa_come_after_z_in_that_order():
    assert order(["Ås", "Ørland", "Ænes", "Zeta", "Aremark"]) == ["Aremark", "Zeta", "Ænes", "Ørland", "Ås"]


def test_case_does_not_split_the_alphabet():
    assert order(["øst", "Åsen", "ala", "Bø"]) == ["ala", "Bø", "øst", "Åsen"]


def test_accented_and_sami_letters_sort_with_their_base_letter():
    assert order(["Kautokeino", "Kárášjohka", "Karmøy"]) == ["Kárášjohka", "Karmøy", "Kautokeino"]
    assert order(["Porsáŋgu", "Porsanger", "Porsa"]) == ["Porsa", "Porsanger", "Porsáŋgu"]


def test_ties_are_broken_deterministically():
    assert order(["Herøy", "herøy"]) == order(["herøy", "Herøy"])


from hypothesis import given
from hypothesis import strategies as st

ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå"
words = st.text(alphabet=ALPHABET + ALPHABET.upper(), max_size=12)


@given(st.lists(words, max_size=20))
def test_order_is_the_norwegian_alphabet_ignoring_case(ws):
    """For Norwegian letters, sort_key orders exactly as the alphabet a..z æ ø å would, case aside."""
    positions = [[ALPHABET.index(c) for c in w.lower()] for w in sorted(ws, key=sort_key)]
    assert positions == sorted(positions)


@given(words, words)
def test_sort_key_is_a_total_order(a, b):
    ka, kb = sort_key(a), sort_key(b)
    assert (ka < kb) + (ka > kb) + (ka == kb) == 1
    assert (ka == kb) == (a == b)
