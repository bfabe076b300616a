"""The core's words in Nynorsk: every key of the catalogue has its Nynorsk text with the same placeholders, a key
missing falls back to bokmål, and the charts, the tables behind them and the report speak Nynorsk under "nn"
(the guide's and the schemes' own texts in bokmål, as a guide has nb and en)."""

import re

import pytest

from core.analysis import chartdata, stats
from core.base import words
from core.base.words import WORDS, group_label, word
from core.base.words_nn import NYNORSK
from core.render import charts, tables


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"{\w+}", text))


def test_every_word_has_a_nynorsk_text_with_the_same_placeholders():
    assert sorted(set(WORDS) - set(NYNORSK)) == []
    assert sorted(set(NYNORSK) - set(WORDS)) == []
    for key, (nb, _en) in WORDS.items():
        assert NYNORSK[key].strip(), key
        assert placeholders(NYNORSK[key]) == placeholders(nb), key
        assert NYNORSK[key].count("\n") == nb.count("\n"), key


def test_word_in_nynorsk_bokmal_and_english():
    assert word("table.interviews", "nn") == "Intervju"
    assert word("table.interviews", "nb") == "Intervjuer"
    assert word("table.interviews", "en") == "Interviews"
    assert word("chart.n_municipalities", "nn", n=3) == "n = 3 kommunar"
    assert group_label("rural", [5, 6], "nn", "legend") == "Distriktskommunar (sentralitet 5-6)"
    assert group_label(1, [5, 6], "nn", "legend") == "Klasse 1 (mest sentral)"
    assert words.words("code.yes") == ("ja", "yes")  # the codebook's labels stay bokmål and English


def test_a_key_not_yet_in_nynorsk_is_written_in_bokmal(monkeypatch):
    monkeypatch.delitem(NYNORSK, "table.county")
    assert word("table.county", "nn") == "Fylke"


def test_decimals_are_written_with_a_comma_in_nynorsk():
    assert tables.decimal(2.5, 1, "nn") == "2,5"
    assert tables.decimal(2.5, 1, "en") == "2.5"


@pytest.fixture
def data(study_db):
    return chartdata.prepare(study_db, stats.StatsFilter())


def test_charts_and_tables_in_nynorsk_with_the_guide_in_bokmal(data):
    fig = charts.figure("participation", data, "nn")
    assert fig._suptitle.get_text() == "Deltaking i nasjonale ordningar"
    head, rows = tables.table("participation", data, "nn")
    assert head[:4] == ["Ordning", "Gruppe", "n", "Kjenner til"]
    assert any(r[0] == "DigiFin" and r[1] == "Distrikt (5-6)" for r in rows)
    assert data.barrier_labels("nn") == data.barrier_labels("nb") != data.barrier_labels("en")
    assert data.scheme_name("digifin", "nn") == data.scheme_name("digifin", "nb")
    head, _rows = tables.table("barriers", data, "nn")
    assert head[0] == "Barriere" and "Nemner" in head
    for kind in chartdata.KINDS:
        charts.figure(kind, data, "nn", scheme="digifin" if kind == "map" else None)
