import pytest

from core.base import dates


@pytest.mark.parametrize("text,iso", [("2.3.2026", "2026-03-02"), ("02.03.2026", "2026-03-02"), ("2026-03-02", "2026-03-02"), ("", None), (" 29.02.2024 ", "2024-02-29")])
def test_parse(text, iso):
    assert dates.parse(text) == iso


@pytest.mark.parametrize("text", ["31.02.2026", "29.02.2025", "1.13.2026", "2.3.26", "i går", "2026/03/02"])
def test_impossible_or_unreadable_dates_are_refused(text):
    with pytest.raises(ValueError):
        dates.parse(text)


def test_format():
    assert dates.format("2026-03-02") == "02.03.2026"
    assert dates.format(None) == ""
