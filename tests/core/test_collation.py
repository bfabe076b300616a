from core.collation import sort_key


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
