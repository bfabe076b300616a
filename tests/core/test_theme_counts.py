"""The theme counts against an independent count: for each theme, the municipalities whose included interviews
hold a passage with it (or a sub-theme), counted here by hand from the passages, out of the municipalities
interviewed in each group."""

import random

from core import interviews as iv
from core.analysis.stats import StatsFilter
from core.analysis.themes import theme_counts
from core.interviews import passages, themes
from core.reference import registry, study
from tests.helpers import make_interview

PLACES = ["1826", "1832", "1834", "0301", "1804", "5001", "3401", "1508", "5601", "1103"]


def test_theme_counts_agree_with_a_count_by_hand(store):
    rng = random.Random(7)
    top = themes.create_theme(store, "Barrierer")
    kids = [themes.create_theme(store, n, parent=top) for n in ("Kapasitet", "Frister")]
    other = themes.create_theme(store, "Samarbeid")
    marked = []  # (municipality, theme, status)
    for n in range(24):
        number = rng.choice(PLACES)
        status = rng.choice(["complete", "complete", "draft"])
        deleted = rng.random() < 0.1
        i = make_interview(store, number, f"2026-03-{n % 28 + 1:02d}", [("quotes", "", f"Sitat {n}: vi mangler folk.")],
                           status="draft")
        for _ in range(rng.randint(0, 2)):
            t = rng.choice([*kids, other, top])
            start = rng.randint(0, 5)
            passages.mark(store, i, "quotes", "", start, start + 5, [t])
            marked.append((i, number, t))
        if status == "complete":
            iv.complete(store, i)
        if deleted:
            iv.delete(store, i)
    counts = theme_counts(store, StatsFilter())
    classes = {m.number: m.centrality_class for m in registry.municipalities(store, study.load(store).registry_version)}
    included = {r[0]: r[1] for r in store.conn.execute(
        "SELECT id, municipality FROM interviews WHERE deleted = 0 AND status = 'complete'")}
    interviewed = set(included.values())
    rural = study.load(store).rural_definition
    for theme, family in ((top, {top, *kids}), (kids[0], {kids[0]}), (other, {other})):
        by_hand = {number for i, number, t in marked if t in family and i in included}
        assert counts.raised_by[theme] == by_hand
        assert (counts.total[theme].count, counts.total[theme].n) == (len(by_hand), len(interviewed))
        group = {m for m in interviewed if rural.is_rural(classes[m])}
        assert (counts.table[(theme, "rural")].count, counts.table[(theme, "rural")].n) == (
            len(by_hand & group), len(group))
        for k in range(1, 7):
            members = {m for m in interviewed if classes[m] == k}
            assert counts.table[(theme, k)].count == len(by_hand & members) and counts.table[(theme, k)].n == len(
                members)
