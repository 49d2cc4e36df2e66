"""occurrences, first_date and preview."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from welkom.when import (
    AMSTERDAM,
    DEFAULT_START,
    Schedule,
    WhenError,
    first_date,
    occurrences,
    parse_recurrence,
    parse_time_range,
    preview,
)

D = dt.date
YEAR = (D(2026, 1, 1), D(2026, 12, 31))


def schedule(wanneer: str | dt.date, tijd: str = "13.00-16.00", **kwargs: object) -> Schedule:
    return Schedule(parse_recurrence(wanneer), parse_time_range(tijd), **kwargs)  # type: ignore[arg-type]


def dates(s: Schedule, start: dt.date = YEAR[0], end: dt.date = YEAR[1]) -> list[dt.date]:
    return [o.date for o in occurrences(s, start, end)]


def test_default_start_is_a_fixed_epoch() -> None:
    assert D(2026, 1, 1) == DEFAULT_START


def test_third_saturday() -> None:
    s = schedule("elke derde zaterdag van de maand")
    assert dates(s)[:3] == [D(2026, 1, 17), D(2026, 2, 21), D(2026, 3, 21)]
    assert len(dates(s)) == 12
    assert first_date(s) == D(2026, 1, 17)


def test_first_date_matches_the_rule_after_vanaf() -> None:
    assert first_date(schedule("elke derde zaterdag", start=D(2026, 1, 18))) == D(2026, 2, 21)
    assert first_date(schedule("elke dinsdag", start=D(2026, 1, 1))) == D(2026, 1, 6)
    assert first_date(schedule("elke dag", start=D(2026, 5, 5))) == D(2026, 5, 5)
    assert first_date(schedule("2026-09-12", start=D(2026, 1, 1))) == D(2026, 9, 12)


def test_last_friday() -> None:
    s = schedule("elke laatste vrijdag van de maand")
    assert dates(s)[:3] == [D(2026, 1, 30), D(2026, 2, 27), D(2026, 3, 27)]


def test_first_and_third_wednesday() -> None:
    s = schedule("elke eerste en derde woensdag van de maand")
    assert dates(s, D(2026, 1, 1), D(2026, 2, 28)) == [
        D(2026, 1, 7),
        D(2026, 1, 21),
        D(2026, 2, 4),
        D(2026, 2, 18),
    ]


def test_second_and_last_saturday() -> None:
    s = schedule("elke tweede en laatste zaterdag van de maand")
    assert dates(s, D(2026, 1, 1), D(2026, 2, 28)) == [
        D(2026, 1, 10),
        D(2026, 1, 31),
        D(2026, 2, 14),
        D(2026, 2, 28),
    ]


def test_weekly_and_workdays() -> None:
    assert dates(schedule("dinsdag en donderdag"), D(2026, 1, 1), D(2026, 1, 13)) == [
        D(2026, 1, 1),
        D(2026, 1, 6),
        D(2026, 1, 8),
        D(2026, 1, 13),
    ]
    workdays = dates(schedule("elke werkdag"), D(2026, 1, 5), D(2026, 1, 11))
    assert [d.weekday() for d in workdays] == [0, 1, 2, 3, 4]


def test_every_other_week_follows_vanaf() -> None:
    s = schedule("om de week op woensdag", start=D(2026, 1, 14))
    assert dates(s, D(2026, 1, 1), D(2026, 2, 28)) == [
        D(2026, 1, 14),
        D(2026, 1, 28),
        D(2026, 2, 11),
        D(2026, 2, 25),
    ]
    other = schedule("om de week op woensdag", start=D(2026, 1, 7))
    assert dates(other, D(2026, 1, 1), D(2026, 1, 31)) == [D(2026, 1, 7), D(2026, 1, 21)]


def test_every_other_week_far_window_keeps_the_weeks() -> None:
    s = schedule("om de week op woensdag", start=D(2026, 1, 14))
    later = dates(s, D(2027, 6, 1), D(2027, 6, 30))
    assert later == [D(2027, 6, 2), D(2027, 6, 16), D(2027, 6, 30)]
    assert all((d - D(2026, 1, 14)).days % 14 == 0 for d in later)


def test_every_other_week_without_vanaf_is_an_error() -> None:
    with pytest.raises(WhenError) as err:
        occurrences(schedule("om de week op woensdag"), *YEAR)
    message = str(err.value)
    assert "om de week op woensdag" in message
    assert "Vul `vanaf` in" in message
    assert "welke weken" in message


def test_koningsdag_dropped_with_except_holidays() -> None:
    plain = schedule("elke maandag")
    free = schedule("elke maandag", except_holidays=True)
    april = (D(2026, 4, 1), D(2026, 4, 30))
    assert D(2026, 4, 27) in dates(plain, *april)
    assert D(2026, 4, 6) in dates(plain, *april)  # Tweede Paasdag
    assert dates(free, *april) == [D(2026, 4, 13), D(2026, 4, 20)]


def test_christmas_dropped_with_except_holidays() -> None:
    s = schedule("elke dag", except_holidays=True)
    assert dates(s, D(2026, 12, 24), D(2026, 12, 27)) == [D(2026, 12, 24), D(2026, 12, 27)]


def test_except_extra_and_cancelled_dates() -> None:
    s = schedule(
        "elke derde zaterdag van de maand",
        start=D(2026, 1, 17),
        except_dates=frozenset({D(2026, 7, 18)}),
        extra_dates=frozenset({D(2026, 7, 25)}),
        cancelled_dates=frozenset({D(2026, 8, 15)}),
    )
    found = occurrences(s, D(2026, 7, 1), D(2026, 8, 31))
    assert [(o.date, o.cancelled) for o in found] == [
        (D(2026, 7, 25), False),
        (D(2026, 8, 15), True),
    ]


def test_extra_date_beats_the_holiday_rule_but_not_behalve() -> None:
    s = schedule("elke zaterdag", except_holidays=True, extra_dates=frozenset({D(2026, 12, 25)}))
    assert D(2026, 12, 25) in dates(s)
    assert D(2026, 12, 26) not in dates(s)
    both = schedule(
        "elke zaterdag",
        extra_dates=frozenset({D(2026, 12, 25)}),
        except_dates=frozenset({D(2026, 12, 25)}),
    )
    assert D(2026, 12, 25) not in dates(both)


def test_cancelled_date_that_is_not_an_occurrence_is_ignored() -> None:
    s = schedule("elke zaterdag", cancelled_dates=frozenset({D(2026, 1, 5)}))
    assert dates(s, D(2026, 1, 1), D(2026, 1, 10)) == [D(2026, 1, 3), D(2026, 1, 10)]


def test_vanaf_and_tot_bound_the_series_inclusive() -> None:
    s = schedule("elke dinsdag", start=D(2026, 3, 3), until=D(2026, 3, 17))
    assert dates(s) == [D(2026, 3, 3), D(2026, 3, 10), D(2026, 3, 17)]


def test_window_is_inclusive_and_empty_when_reversed() -> None:
    s = schedule("elke dinsdag")
    assert dates(s, D(2026, 1, 6), D(2026, 1, 6)) == [D(2026, 1, 6)]
    assert dates(s, D(2026, 1, 7), D(2026, 1, 6)) == []


def test_one_off() -> None:
    s = schedule("za 17 januari 2026")
    assert dates(s) == [D(2026, 1, 17)]
    assert dates(s, D(2026, 2, 1), D(2026, 2, 28)) == []
    gone = schedule("2026-01-17", except_dates=frozenset({D(2026, 1, 17)}))
    assert dates(gone) == []


def test_one_off_on_a_holiday_with_except_holidays() -> None:
    assert dates(schedule("2026-04-27", except_holidays=True)) == []


@pytest.mark.parametrize(
    ("day", "offset"),
    [
        (D(2026, 3, 28), dt.timedelta(hours=1)),  # winter time
        (D(2026, 3, 29), dt.timedelta(hours=2)),  # summer time starts this night
        (D(2026, 10, 24), dt.timedelta(hours=2)),
        (D(2026, 10, 25), dt.timedelta(hours=1)),  # winter time again
    ],
)
def test_local_time_stays_13_across_summer_time_switches(
    day: dt.date, offset: dt.timedelta
) -> None:
    (occ,) = occurrences(schedule("elke dag"), day, day)
    assert occ.start.tzinfo == AMSTERDAM
    assert (occ.start.hour, occ.start.minute) == (13, 0)
    assert occ.start.utcoffset() == offset
    assert occ.end is not None
    assert occ.end.hour == 16
    assert occ.end.utcoffset() == offset
    assert occ.end - occ.start == dt.timedelta(hours=3)


def test_time_that_does_not_exist_moves_to_summer_time() -> None:
    (occ,) = occurrences(schedule("elke dag", "02.30-04.00"), D(2026, 3, 29), D(2026, 3, 29))
    assert (occ.start.hour, occ.start.minute) == (3, 30)
    assert occ.start.utcoffset() == dt.timedelta(hours=2)


def test_start_only_and_midnight_end() -> None:
    (open_end,) = occurrences(schedule("2026-05-01", "vanaf 19.30"), *YEAR)
    assert open_end.end is None
    assert open_end.start == dt.datetime(2026, 5, 1, 19, 30, tzinfo=AMSTERDAM)
    (late,) = occurrences(schedule("2026-05-01", "22.00-24.00"), *YEAR)
    assert late.end == dt.datetime(2026, 5, 2, 0, 0, tzinfo=AMSTERDAM)


def test_sorted_and_aware() -> None:
    s = schedule("ma, wo, vr", extra_dates=frozenset({D(2026, 1, 3)}))
    found = occurrences(s, D(2026, 1, 1), D(2026, 1, 31))
    assert [o.start for o in found] == sorted(o.start for o in found)
    assert all(o.start.tzinfo is AMSTERDAM for o in found)


def test_long_window() -> None:
    s = schedule("elke werkdag", except_holidays=True)
    found = dates(s, D(2026, 1, 1), D(2027, 12, 31))
    on_workdays = [
        # 2026; the `holidays` package counts Goede Vrijdag too
        *(D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 4, 27)),
        *(D(2026, 5, 14), D(2026, 5, 25), D(2026, 12, 25)),
        # 2027; Christmas falls in the weekend
        *(D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 4, 27)),
        *(D(2027, 5, 6), D(2027, 5, 17)),
    ]
    assert len(found) == 261 + 261 - len(on_workdays)
    assert not set(on_workdays) & set(found)
    assert D(2027, 5, 6) not in found  # Hemelvaartsdag 2027


PHRASES = [
    "elke dinsdag",
    "ma, wo en vr",
    "elke dag",
    "om de week op woensdag",
    "om de drie weken op di en za",
    "elke derde zaterdag van de maand",
    "elke tweede en laatste zaterdag van de maand",
]


@settings(max_examples=60, deadline=None)
@given(
    phrase=st.sampled_from(PHRASES),
    start=st.dates(D(2026, 1, 1), D(2027, 12, 31)),
    offset=st.integers(0, 800),
    length=st.integers(0, 90),
)
def test_window_agrees_with_the_full_series(
    phrase: str, start: dt.date, offset: int, length: int
) -> None:
    """The shortcut near the window gives exactly the dates of a walk from the first date."""
    s = schedule(phrase, start=start)
    window_start = start + dt.timedelta(days=offset)
    window_end = window_start + dt.timedelta(days=length)
    full = dates(s, first_date(s), window_end)
    assert dates(s, window_start, window_end) == [d for d in full if d >= window_start]
    assert first_date(s) >= start
    if full:
        assert full[0] == first_date(s)


def test_preview_lines() -> None:
    assert preview("elke derde zaterdag van de maand", D(2026, 1, 1), 3) == [
        "2026-01-17 zaterdag",
        "2026-02-21 zaterdag",
        "2026-03-21 zaterdag",
    ]
    assert preview("elke laatste vrijdag van de maand", D(2026, 1, 1), 2) == [
        "2026-01-30 vrijdag",
        "2026-02-27 vrijdag",
    ]


def test_preview_every_other_week_is_anchored_on_the_start() -> None:
    assert preview("om de week op woensdag", D(2026, 1, 7), 3) == [
        "2026-01-07 woensdag",
        "2026-01-21 woensdag",
        "2026-02-04 woensdag",
    ]
    assert preview("om de week op woensdag", D(2026, 1, 14), 2) == [
        "2026-01-14 woensdag",
        "2026-01-28 woensdag",
    ]


def test_preview_one_off_and_count() -> None:
    assert preview("17 januari 2026", D(2026, 1, 1), 5) == ["2026-01-17 zaterdag"]
    assert preview("17 januari 2026", D(2026, 2, 1), 5) == []
    assert preview("elke dag", D(2026, 1, 1), 0) == []
    assert len(preview("elke dag", D(2026, 1, 1), 10)) == 10


def test_preview_bad_phrase() -> None:
    with pytest.raises(WhenError, match="Bedoel je `zaterdag`"):
        preview("elke zatedag", D(2026, 1, 1), 3)
