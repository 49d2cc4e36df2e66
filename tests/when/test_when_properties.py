"""Whatever a volunteer types, the parsers answer with a value or a WhenError, never a crash."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from welkom.when import (
    WhenError,
    describe,
    parse_opening,
    parse_recurrence,
    parse_time_range,
    preview,
)

# Text built from the parsers' own words finds the deep paths; plain text finds the odd bytes.
WORDS = [
    *[
        "elke",
        "iedere",
        "om",
        "de",
        "week",
        "weken",
        "op",
        "en",
        "van",
        "maand",
        "t/m",
        "tot",
        "met",
        "vanaf",
        "uur",
        "werkdag",
        "werkdagen",
    ],
    *[
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "ma",
        "di",
        "wo",
        "do",
        "vr",
        "za",
        "zo",
    ],
    *[
        "eerste",
        "tweede",
        "derde",
        "vierde",
        "laatste",
        "voorlaatste",
        "1e",
        "3de",
        "twee",
        "drie",
        "januari",
        "jan",
    ],
    *[
        "2026",
        "17",
        "1",
        "9.30",
        "13.00",
        "16.00",
        "24.00",
        "25.00",
        "-",
        "–",
        ",",
        ".",
        ":",
        "&",
        "2026-01-17",
        "17-1-2026",
        "13-16",
        "0",
    ],
]
phrases = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(WORDS), max_size=10).map(" ".join),
)


def _value_or_when_error(parse, text: str) -> object:  # type: ignore[no-untyped-def]
    try:
        return parse(text)
    except WhenError as err:
        assert str(err).strip(), "an error must explain itself"
        return None


@settings(max_examples=400, deadline=None)
@given(phrases)
def test_parse_recurrence_never_crashes(text: str) -> None:
    parsed = _value_or_when_error(parse_recurrence, text)
    if parsed is not None:
        words = describe(parsed)  # type: ignore[arg-type]
        assert words
        again = parse_recurrence(words)
        assert (again.rrule, again.date) == (parsed.rrule, parsed.date)  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(phrases)
def test_parse_time_range_never_crashes(text: str) -> None:
    parsed = _value_or_when_error(parse_time_range, text)
    if parsed is not None:
        assert parse_time_range(parsed.words()) == parsed  # type: ignore[attr-defined]
        assert parsed.end is None or parsed.end > parsed.start  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(phrases)
def test_parse_opening_never_crashes(text: str) -> None:
    parsed = _value_or_when_error(parse_opening, text)
    if parsed is not None:
        days = parsed.days  # type: ignore[attr-defined]
        assert list(days) == sorted(set(days))
        assert all(0 <= d <= 6 for d in days)
        again = parse_opening(parsed.words())  # type: ignore[attr-defined]
        assert (again.days, again.time) == (days, parsed.time)  # type: ignore[attr-defined]


@settings(max_examples=100, deadline=None)
@given(phrases, st.dates(dt.date(2026, 1, 1), dt.date(2030, 12, 31)))
def test_preview_never_crashes_and_stays_on_or_after_start(text: str, start: dt.date) -> None:
    lines = _value_or_when_error(lambda t: preview(t, start, 4), text)
    for line in lines or []:  # type: ignore[attr-defined]
        assert dt.date.fromisoformat(line[:10]) >= start
