"""parse_time_range and TimeRange.words()."""

import datetime as dt
import re

import pytest

from welkom.when import TimeRange, WhenError, parse_time_range

T = dt.time


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("13.00-16.00", T(13), T(16)),
        ("13:00 - 16:00", T(13), T(16)),
        ("13.00 tot 16.00 uur", T(13), T(16)),
        ("van 13.00 tot 16.00", T(13), T(16)),
        ("13-16 uur", T(13), T(16)),
        ("9.30–12.00", T(9, 30), T(12)),
        ("9.30—12.00", T(9, 30), T(12)),
        ("9.30 - 12 uur", T(9, 30), T(12)),
        ("09.30-16.00", T(9, 30), T(16)),
        ("10u-12u", T(10), T(12)),
        ("19u30-21u", T(19, 30), T(21)),
        ("  13.00   -   16.00.  ", T(13), T(16)),
        ("VAN 13.00 TOT 16.00 UUR", T(13), T(16)),
        ("vanaf 19.30 tot 21.30", T(19, 30), T(21, 30)),
        ("0.00-6.00", T(0), T(6)),
        ("19.30 uur", T(19, 30), None),
        ("vanaf 19.30", T(19, 30), None),
        ("vanaf 19 uur", T(19), None),
        ("19.30", T(19, 30), None),
    ],
)
def test_accepted_forms(text: str, start: dt.time, end: dt.time | None) -> None:
    assert parse_time_range(text) == TimeRange(start, end)


@pytest.mark.parametrize("end_text", ["24.00", "24:00", "0.00", "00.00", "24 uur"])
def test_midnight_as_end_is_end_of_day(end_text: str) -> None:
    parsed = parse_time_range(f"22.00-{end_text}")
    assert parsed.end == dt.time.max
    assert parsed.ends_at_midnight
    assert parsed.words() == "22.00–24.00"


def test_words_uses_en_dash_and_no_leading_zero() -> None:
    assert parse_time_range("13.00-16.00").words() == "13.00–16.00"
    assert parse_time_range("09.30-12.00").words() == "9.30–12.00"
    assert parse_time_range("vanaf 19.30").words() == "vanaf 19.30"
    assert not parse_time_range("13-16").ends_at_midnight


@pytest.mark.parametrize("text", ["13.00-16.00", "9.30-12 uur", "vanaf 19.30", "20-24"])
def test_words_round_trip(text: str) -> None:
    parsed = parse_time_range(text)
    assert parse_time_range(parsed.words()) == parsed


@pytest.mark.parametrize(
    "text", ["", "middag", "13.00-", "1300-1600", "13.5-16", "13 16", "ma 9-12"]
)
def test_unreadable_shows_working_examples(text: str) -> None:
    with pytest.raises(WhenError) as err:
        parse_time_range(text)
    message = str(err.value)
    assert "niet lezen" in message
    assert "`13.00-16.00`" in message
    assert "`vanaf 19.30`" in message


def test_hour_out_of_range() -> None:
    with pytest.raises(
        WhenError, match=r"De tijd 25\.00 klopt niet: een uur gaat van 0 tot en met 23"
    ):
        parse_time_range("25.00-26.00")


def test_24_as_start_explains_it_is_only_an_end_time() -> None:
    with pytest.raises(WhenError) as err:
        parse_time_range("24.00")
    assert "0 tot en met 23" in str(err.value)
    assert "24.00 als eindtijd" in str(err.value)


def test_24_30_is_no_time() -> None:
    with pytest.raises(WhenError, match="0 tot en met 23"):
        parse_time_range("22.00-24.30")


def test_minute_out_of_range() -> None:
    with pytest.raises(WhenError) as err:
        parse_time_range("13.75-16.00")
    assert "13.75 klopt niet" in str(err.value)
    assert "00 tot en met 59" in str(err.value)


def test_end_before_start_names_both_times_and_the_fix() -> None:
    with pytest.raises(WhenError) as err:
        parse_time_range("13.00-12.00")
    message = str(err.value)
    assert message.startswith("De eindtijd 12.00 ligt vóór de begintijd 13.00.")
    assert "12.00-13.00" in message  # the swapped, working version
    assert "24.00" in message  # the over-midnight hint


def test_range_over_midnight_points_to_24() -> None:
    with pytest.raises(WhenError, match=re.escape("Schrijf dan 22.00-24.00")):
        parse_time_range("22.00-02.00")


def test_end_equal_to_start() -> None:
    with pytest.raises(WhenError) as err:
        parse_time_range("13-13 uur")
    message = str(err.value)
    assert "gelijk aan de begintijd 13.00" in message
    assert "13.00-14.00" in message
    assert "vanaf 13.00" in message


def test_not_a_string() -> None:
    with pytest.raises(WhenError, match="als tekst"):
        parse_time_range(13)  # type: ignore[arg-type]
