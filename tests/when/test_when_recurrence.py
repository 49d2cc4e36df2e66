"""parse_recurrence and describe."""

import datetime as dt
import re

import pytest

from welkom.when import Recurrence, WhenError, describe, parse_recurrence

WORKWEEK = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"


@pytest.mark.parametrize(
    ("text", "rrule"),
    [
        ("elke dinsdag", "FREQ=WEEKLY;BYDAY=TU"),
        ("iedere dinsdag", "FREQ=WEEKLY;BYDAY=TU"),
        ("Elke  Dinsdag.", "FREQ=WEEKLY;BYDAY=TU"),
        ("dinsdags", "FREQ=WEEKLY;BYDAY=TU"),
        ("op dinsdag", "FREQ=WEEKLY;BYDAY=TU"),
        ("elke dinsdagen", "FREQ=WEEKLY;BYDAY=TU"),
        ("elke week op dinsdag", "FREQ=WEEKLY;BYDAY=TU"),
        ("dinsdag en donderdag", "FREQ=WEEKLY;BYDAY=TU,TH"),
        ("elke dinsdag en donderdag", "FREQ=WEEKLY;BYDAY=TU,TH"),
        ("donderdag & dinsdag", "FREQ=WEEKLY;BYDAY=TU,TH"),
        ("maandag, woensdag en vrijdag", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
        ("ma, wo, vr", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
        ("elke werkdag", WORKWEEK),
        ("werkdagen", WORKWEEK),
        ("maandag tot en met vrijdag", WORKWEEK),
        ("elk weekend", "FREQ=WEEKLY;BYDAY=SA,SU"),
        ("elke dag", "FREQ=DAILY"),
        ("dagelijks", "FREQ=DAILY"),
        ("elke eerste zaterdag van de maand", "FREQ=MONTHLY;BYDAY=+1SA"),
        ("elke derde zaterdag van de maand", "FREQ=MONTHLY;BYDAY=+3SA"),
        ("elke 3e zaterdag van de maand", "FREQ=MONTHLY;BYDAY=+3SA"),
        ("iedere 2de dinsdag van de maand", "FREQ=MONTHLY;BYDAY=+2TU"),
        ("de 4e vrijdag van elke maand", "FREQ=MONTHLY;BYDAY=+4FR"),
        ("elke laatste vrijdag van de maand", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("elke voorlaatste dinsdag van de maand", "FREQ=MONTHLY;BYDAY=-2TU"),
        ("elke eerste en derde woensdag van de maand", "FREQ=MONTHLY;BYDAY=+1WE,+3WE"),
        ("elke 1e en 3e woensdag van de maand", "FREQ=MONTHLY;BYDAY=+1WE,+3WE"),
        ("elke derde en eerste woensdag van de maand", "FREQ=MONTHLY;BYDAY=+1WE,+3WE"),
        ("elke tweede en laatste zaterdag van de maand", "FREQ=MONTHLY;BYDAY=+2SA,-1SA"),
        ("elke eerste dinsdag en donderdag van de maand", "FREQ=MONTHLY;BYDAY=+1TU,+1TH"),
        (
            "elke eerste dinsdag en derde donderdag van de maand",
            "FREQ=MONTHLY;BYDAY=+1TU,+3TH",
        ),
    ],
)
def test_recurring_forms(text: str, rrule: str) -> None:
    parsed = parse_recurrence(text)
    assert parsed.rrule == rrule
    assert parsed.date is None
    assert parsed.is_recurring
    assert not parsed.needs_start
    assert parsed.text == text.strip()


@pytest.mark.parametrize(
    ("text", "rrule"),
    [
        ("om de week op woensdag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
        ("om de twee weken op woensdag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
        ("elke twee weken op woensdag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
        ("iedere 2 weken op woensdag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
        ("tweewekelijks op woensdag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
        ("woensdag om de week", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
        ("om de week op dinsdag en donderdag", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"),
        ("om de drie weken op vrijdag", "FREQ=WEEKLY;INTERVAL=3;BYDAY=FR"),
    ],
)
def test_every_few_weeks_needs_a_start(text: str, rrule: str) -> None:
    parsed = parse_recurrence(text)
    assert parsed.rrule == rrule
    assert parsed.needs_start


@pytest.mark.parametrize(
    "value",
    [
        "2026-01-17",
        "17 januari 2026",
        "za 17 januari 2026",
        "zaterdag 17 januari 2026",
        "Zaterdag, 17 Januari 2026.",
        "op 17 jan 2026",
        "17-1-2026",
        "17/01/2026",
        dt.date(2026, 1, 17),
        dt.datetime(2026, 1, 17, 13, 0),  # noqa: DTZ001 - YAML can give a naive datetime
    ],
)
def test_one_date(value: str | dt.date) -> None:
    parsed = parse_recurrence(value)
    assert parsed.date == dt.date(2026, 1, 17)
    assert parsed.rrule is None
    assert not parsed.is_recurring


def test_date_object_text_is_iso() -> None:
    assert parse_recurrence(dt.date(2026, 1, 17)).text == "2026-01-17"


def test_parsing_is_cached() -> None:
    first = parse_recurrence("elke derde zaterdag van de maand")
    assert parse_recurrence("elke derde zaterdag van de maand") is first


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("dinsdags", "elke dinsdag"),
        ("di en do", "elke dinsdag en donderdag"),
        ("ma, wo, vr", "elke maandag, woensdag en vrijdag"),
        ("ma t/m vr", "elke werkdag"),
        ("dagelijks", "elke dag"),
        ("elk weekend", "elke zaterdag en zondag"),
        ("tweewekelijks op woensdag", "om de week op woensdag"),
        ("om de week op werkdagen", "om de week op werkdagen"),
        ("om de 3 weken op vrijdag", "om de drie weken op vrijdag"),
        ("elke 3e zaterdag", "elke derde zaterdag van de maand"),
        ("elke 1e en 3e woensdag", "elke eerste en derde woensdag van de maand"),
        ("elke laatste vrijdag", "elke laatste vrijdag van de maand"),
        ("elke tweede en laatste zaterdag", "elke tweede en laatste zaterdag van de maand"),
        (
            "elke eerste dinsdag en derde donderdag",
            "elke eerste dinsdag en derde donderdag van de maand",
        ),
        ("2026-01-17", "op zaterdag 17 januari 2026"),
        ("1-3-2027", "op maandag 1 maart 2027"),
    ],
)
def test_describe(text: str, words: str) -> None:
    parsed = parse_recurrence(text)
    assert describe(parsed) == words
    assert parsed.words() == words
    again = parse_recurrence(words)  # what we show can be typed back in
    assert (again.rrule, again.date) == (parsed.rrule, parsed.date)


def test_describe_of_a_rule_we_do_not_know_falls_back_to_the_text() -> None:
    odd = Recurrence(text="elk jaar op 1 mei", rrule="FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=1")
    assert describe(odd) == "elk jaar op 1 mei"


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("elke zatedag", "zatedag", "zaterdag"),
        ("woensdg", "woensdg", "woensdag"),
        ("elke eerse zaterdag van de maand", "eerse", "eerste"),
        ("elke laaste vrijdag van de maand", "laaste", "laatste"),
        ("elek dinsdag", "elek", "elke"),
        ("om de week op donderdg", "donderdg", "donderdag"),
        ("elke derde zaterdag van de mand", "mand", "maand"),
    ],
)
def test_typo_gets_a_suggestion(text: str, wrong: str, right: str) -> None:
    with pytest.raises(WhenError) as err:
        parse_recurrence(text)
    message = str(err.value)
    assert f"We begrijpen `{text}` niet." in message
    assert f"Het woord `{wrong}` kennen we niet. Bedoel je `{right}`?" in message


@pytest.mark.parametrize(
    "text", ["blabla", "elke", "dinsdag en", "elke derde van de maand", "om de week", "1 2 3"]
)
def test_unknown_phrase_lists_the_forms_that_work(text: str) -> None:
    with pytest.raises(WhenError) as err:
        parse_recurrence(text)
    message = str(err.value)
    assert "niet" in message
    for form in (
        "`elke dinsdag`",
        "`dinsdag en donderdag`",
        "`elke werkdag`",
        "`om de week op woensdag`",
        "`elke derde zaterdag van de maand`",
        "`elke eerste en derde woensdag van de maand`",
        "`elke laatste vrijdag van de maand`",
        "`2026-01-17`",
    ):
        assert form in message


def test_nonsense_word_without_close_match_is_named_without_a_guess() -> None:
    with pytest.raises(WhenError) as err:
        parse_recurrence("elke xyzzyq")
    assert "Het woord `xyzzyq` kennen we niet." in str(err.value)
    assert "Bedoel je" not in str(err.value)


def test_time_in_wanneer_is_read_with_the_phrase() -> None:
    # Changed with issue 12: a time inside the phrase is no longer refused; it goes to `tijd`.
    parsed = parse_recurrence("elke dinsdag 10.00-12.00")
    assert parsed.rrule == "FREQ=WEEKLY;BYDAY=TU"
    assert parsed.time is not None and parsed.time.words() == "10.00–12.00"


@pytest.mark.parametrize("text", ["elke tweede dinsdag", "iedere 2de dinsdag", "elke 2e dinsdag"])
def test_second_weekday_without_month_asks_which_reading(text: str) -> None:
    # Changed with issue 12: "elke tweede dinsdag" was read as monthly; many mean every
    # other week. Both readings are offered, none is guessed.
    with pytest.raises(WhenError) as err:
        parse_recurrence(text)
    assert "`elke tweede dinsdag van de maand`" in str(err.value)
    assert "`om de week op dinsdag`" in str(err.value)


def test_empty() -> None:
    with pytest.raises(WhenError, match="Bij `wanneer` staat niets"):
        parse_recurrence("  ")


def test_date_without_year_proposes_the_next_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    with pytest.raises(WhenError, match=r"17 januari staat geen jaar\. Bedoel je 17 januari 2026"):
        parse_recurrence("17 januari")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772323200")  # 2026-03-01
    with pytest.raises(WhenError, match=r"Bedoel je 17 januari 2027\?"):
        parse_recurrence("17 januari")


@pytest.mark.parametrize("text", ["2026-02-30", "30 februari 2026", "31-4-2026"])
def test_date_that_does_not_exist(text: str) -> None:
    with pytest.raises(WhenError, match=re.escape("bestaat niet. Kijk de dag en de maand na")):
        parse_recurrence(text)


def test_weekday_does_not_match_the_date() -> None:
    with pytest.raises(WhenError) as err:
        parse_recurrence("ma 17 januari 2026")
    assert "17 januari 2026 is een zaterdag, geen maandag" in str(err.value)
    assert "2026-01-17" in str(err.value)


def test_workday_of_the_month_is_refused_with_a_fix() -> None:
    with pytest.raises(WhenError) as err:
        parse_recurrence("elke eerste werkdag van de maand")
    assert "`werkdag`" in str(err.value)
    assert "`elke eerste maandag van de maand`" in str(err.value)


def test_not_a_string() -> None:
    with pytest.raises(WhenError, match="als tekst"):
        parse_recurrence(3)  # type: ignore[arg-type]
