"""parse_opening and opening_words."""

import datetime as dt
import re

import pytest

from welkom.when import OpeningHours, TimeRange, WhenError, opening_words, parse_opening

T = dt.time


@pytest.mark.parametrize(
    ("text", "days", "time"),
    [
        ("ma, wo, vr 09.30-16.00", (0, 2, 4), TimeRange(T(9, 30), T(16))),
        ("ma t/m vr 9.00-17.00", (0, 1, 2, 3, 4), TimeRange(T(9), T(17))),
        ("maandag tot en met vrijdag 9-17 uur", (0, 1, 2, 3, 4), TimeRange(T(9), T(17))),
        ("di en do 13.00-17.00", (1, 3), TimeRange(T(13), T(17))),
        ("za 10.00-14.00", (5,), TimeRange(T(10), T(14))),
        ("elke dag 8.00-20.00", (0, 1, 2, 3, 4, 5, 6), TimeRange(T(8), T(20))),
        ("werkdagen 9-17", (0, 1, 2, 3, 4), TimeRange(T(9), T(17))),
        ("ma-vr 9-17", (0, 1, 2, 3, 4), TimeRange(T(9), T(17))),
        ("Ma. t/m Vr. 9.00–17.00 uur.", (0, 1, 2, 3, 4), TimeRange(T(9), T(17))),
        ("vr, wo, ma, wo 9-12", (0, 2, 4), TimeRange(T(9), T(12))),
        ("vrijdag t/m zondag 10-16", (4, 5, 6), TimeRange(T(10), T(16))),
        ("za en zo van 10.00 tot 16.00", (5, 6), TimeRange(T(10), T(16))),
        ("vr vanaf 19.30", (4,), TimeRange(T(19, 30))),
        ("za", (5,), None),
    ],
)
def test_accepted_forms(text: str, days: tuple[int, ...], time: TimeRange | None) -> None:
    parsed = parse_opening(text)
    assert parsed.days == days
    assert parsed.time == time
    assert parsed.text == text.strip()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ma, wo, vr 09.30-16.00", "ma, wo en vr 9.30–16.00"),
        ("ma t/m vr 9.00-17.00", "ma t/m vr 9.00–17.00"),
        ("werkdagen 9-17", "ma t/m vr 9.00–17.00"),
        ("di en do 13.00-17.00", "di en do 13.00–17.00"),
        ("ma, di, wo, vr 9-12", "ma t/m wo en vr 9.00–12.00"),
        ("ma, di, do, vr 9-12", "ma, di, do en vr 9.00–12.00"),
        ("ma t/m vr, zo 10-12", "ma t/m vr en zo 10.00–12.00"),
        ("dagelijks 8-20", "elke dag 8.00–20.00"),
        ("vr vanaf 19.30", "vr vanaf 19.30"),
        ("za", "za"),
    ],
)
def test_opening_words(text: str, words: str) -> None:
    parsed = parse_opening(text)
    assert opening_words(parsed) == words
    assert parsed.words() == words
    again = parse_opening(words)  # what we show can be typed back in
    assert (again.days, again.time) == (parsed.days, parsed.time)


def test_opening_words_on_a_hand_made_value() -> None:
    assert (
        opening_words(OpeningHours("x", (5, 6), TimeRange(T(10), T(14)))) == "za en zo 10.00–14.00"
    )


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("ma, wo, vrr 9-17", "vrr", "vr"),
        ("maandg t/m vrijdag 9-17", "maandg", "maandag"),
        ("mq, wo 9-12", "mq", "ma"),
        ("werkdagn 9-17", "werkdagn", "werkdagen"),
    ],
)
def test_typo_gets_a_suggestion(text: str, wrong: str, right: str) -> None:
    with pytest.raises(WhenError) as err:
        parse_opening(text)
    message = str(err.value)
    assert f"We begrijpen de dagen in `{text}` niet." in message
    assert f"Het woord `{wrong}` kennen we niet. Bedoel je `{right}`?" in message
    assert "`ma t/m vr 9.00-17.00`" in message


def test_no_days() -> None:
    with pytest.raises(WhenError, match=re.escape("staan geen dagen. Zet de dagen voor de tijd")):
        parse_opening("9-17")


def test_two_times_on_one_line() -> None:
    with pytest.raises(WhenError, match="Zet elke tijd op een eigen regel"):
        parse_opening("ma 9-12 en 13-17")


def test_bad_time_uses_the_time_message() -> None:
    message = re.escape("De eindtijd 12.00 ligt vóór de begintijd 13.00")
    with pytest.raises(WhenError, match=message):
        parse_opening("ma 13-12")


def test_empty() -> None:
    with pytest.raises(WhenError, match="is leeg"):
        parse_opening("")


def test_not_a_string() -> None:
    with pytest.raises(WhenError, match="als tekst"):
        parse_opening(None)  # type: ignore[arg-type]
