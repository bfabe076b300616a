import time
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.base import dates


@pytest.mark.parametrize("text,iso", [("2.3.2026", "2026-03-02"), ("02.03.2026", "2026-03-02"), ("2026-03-02", "2026-03-02"), ("", None), (" 29.02.2024 ", "2024-02-29")])
def test_parse(text, iso):
    assert dates.parse(text) == iso


@pytest.mark.parametrize("text", ["31.02.2026", "29.02.2025", "1.13.2026", "2.3.6", "2.3.026", "29.2.25", "i går", "2026/03/02"])
def test_impossible_or_unreadable_dates_are_refused(text):
    with pytest.raises(ValueError):
        dates.parse(text)


@pytest.mark.parametrize("text,iso", [("1.12.26", "2026-12-01"), ("01.12.26", "2026-12-01"), ("29.2.24", "2024-02-29"),
                                      ("29.02.00", "2000-02-29"), ("31.12.99", "2099-12-31"), (" 5.5.05 ", "2005-05-05")])
def test_a_two_digit_year_is_this_centurys(text, iso):
    assert dates.parse(text) == iso


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_a_two_digit_year_never_yields_another_century(day):
    typed = f"{day.day}.{day.month}.{day.year % 100:02d}"
    assert dates.parse(typed) == day.isoformat()
    assert dates.parse(typed) == dates.parse(f"{day.day}.{day.month}.{day.year}")


def test_format():
    assert dates.format("2026-03-02") == "02.03.2026"
    assert dates.format(None) == ""


def test_a_moment_is_shown_as_a_date_and_a_time():
    assert dates.format_moment("2026-03-02T09:05") == "02.03.2026 09:05"
    assert dates.format_moment("2026-03-02") == "02.03.2026"
    assert dates.format_moment(None) == "" and dates.format_moment("") == ""


def test_a_timestamp_is_shown_in_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Oslo")
    time.tzset()
    try:
        assert dates.local("2026-03-02T13:05:59+00:00").isoformat() == "2026-03-02T14:05:59"
        assert dates.format_timestamp("2026-07-01T22:30:00+00:00") == "02.07.2026 00:30"
        assert dates.format_timestamp(None) == ""
    finally:
        monkeypatch.undo()
        time.tzset()
