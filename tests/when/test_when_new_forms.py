"""Issue 12 forms end to end: occurrences across both summer-time switches and year ends, the
iCalendar feed agrees with the site, the model reads tijd with wanneer, ja/nee, Dutch dates,
free-text times, and suggestions never change the meaning."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar
from tests.feeds.conftest import FILES, render, write_site

from welkom.check import load_site
from welkom.model import Activiteit, Buurt, Verhaal
from welkom.when import AMSTERDAM, Schedule, occurrences, parse_recurrence, parse_time_range
from welkom.when.recurrence import understood
from welkom.when.suggest import nearest

D = dt.date
SPRING, AUTUMN = D(2026, 3, 29), D(2026, 10, 25)  # last Sundays of March and October 2026


def _schedule(wanneer: str, tijd: str | None = None, **kwargs: object) -> Schedule:
    recurrence = parse_recurrence(wanneer)
    time = parse_time_range(tijd, recurrence.part) if tijd else recurrence.time
    assert time is not None
    return Schedule(recurrence, time, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("wanneer", "tijd"),
    [
        ("elke zondagmiddag", "2 tot 4"),
        ("elke zondag van 2 tot 4 's middags", None),
        ("in de oneven weken op zondag", "14.00-16.00"),  # 29 March is in week 13
        ("elke laatste zondag van de maand", "kwart over 2 tot 4 's middags"),
        ("elke zondag, niet in juli en augustus", "'s middags 2 tot 4"),
    ],
)
def test_wall_clock_stays_across_both_switches(wanneer: str, tijd: str | None) -> None:
    schedule = _schedule(wanneer, tijd)
    for switch in (SPRING, AUTUMN):
        around = occurrences(schedule, switch - dt.timedelta(days=7), switch)
        by_date = {o.date: o for o in around}
        assert switch in by_date, [o.date for o in around]
        on_switch = by_date[switch]
        assert on_switch.start.hour == 14
        assert on_switch.end is not None and on_switch.end.hour == 16
        summer_after = switch == SPRING
        offset = on_switch.start.utcoffset()
        assert offset == dt.timedelta(hours=2 if summer_after else 1)
        before = [o for o in around if o.date < switch]
        for o in before:  # the week before is on the other side of the switch
            assert o.start.hour == 14
            assert o.start.utcoffset() == dt.timedelta(hours=1 if summer_after else 2)


def test_night_time_on_the_spring_switch_moves_on() -> None:
    (occ,) = occurrences(_schedule("elke zondag", "'s nachts 2 tot 4"), SPRING, SPRING)
    assert occ.start.astimezone(dt.UTC).hour == 1  # 02.00 does not exist: 03.00 CEST
    assert occ.start.hour == 3


@pytest.mark.parametrize(
    ("wanneer", "vanaf", "expected"),
    [
        ("elke laatste dinsdag van de maand", D(2026, 12, 1), [D(2026, 12, 29), D(2027, 1, 26)]),
        ("elke maand op de 31e", None, None),
        ("elke laatste dag van de maand", D(2026, 12, 1), [D(2026, 12, 31), D(2027, 1, 31)]),
        ("elke dag in december", D(2026, 12, 30), [D(2026, 12, 30), D(2026, 12, 31)]),
        ("in de oneven weken op donderdag", D(2026, 12, 24), [D(2026, 12, 31), D(2027, 1, 7)]),
        ("in de even weken op donderdag", D(2026, 12, 24), [D(2026, 12, 24), D(2027, 1, 14)]),
        ("elke eerste zaterdag van de maand", D(2026, 12, 6), [D(2027, 1, 2), D(2027, 2, 6)]),
    ],
)
def test_year_end(wanneer: str, vanaf: dt.date | None, expected: list[dt.date] | None) -> None:
    if expected is None:
        with pytest.raises(ValueError, match="laatste dag van de maand"):
            parse_recurrence(wanneer)
        return
    schedule = _schedule(wanneer, "10.00-12.00", start=vanaf)
    got = [o.date for o in occurrences(schedule, vanaf or D(2026, 1, 1), D(2027, 2, 28))]
    assert got[: len(expected)] == expected


NEW_FORMS = {
    "even": ("in de even weken op donderdag", "19.30-21.30"),
    "zomerstop": ("elke dinsdag, niet in juli en augustus", "'s middags 2 tot 4"),
    "vijftiende": ("elke maand op de 15e", "10.00-12.00"),
    "middag": ("elke woensdagmiddag", "half 2 tot 4"),
}


def test_icalendar_feed_agrees_with_the_site(tmp_path: Path) -> None:
    files = dict(FILES)
    for slug, (wanneer, tijd) in NEW_FORMS.items():
        files[f"activiteiten/voorbeeldstad/kiem-noord/{slug}.yml"] = (
            f'titel: {slug}\nplek: buurthuis-de-kiem\nwanneer: {wanneer}\ntijd: "{tijd}"\n'
        )
    site = load_site(write_site(tmp_path, files))
    # The feed fixture's `onveilig.yml` holds HTML on purpose (tests/feeds/conftest.py).
    errors = [p for p in site.errors if not p.code.startswith("markup.")]
    assert errors == [], [p.message for p in errors]
    feeds = render(site, today=D(2026, 6, 1))
    events = Calendar.from_ical(feeds["voorbeeldstad/kiem-noord/activiteiten.ics"]).walk("VEVENT")
    for slug in NEW_FORMS:
        (event,) = [e for e in events if str(e["UID"]).split("@")[0].endswith("/" + slug)]
        start = event["DTSTART"].dt
        assert start.tzinfo is not None and str(event["DTSTART"].params["TZID"]) == (
            "Europe/Amsterdam"
        )
        rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start.replace(tzinfo=None))
        from_feed = [
            d.date()
            for d in rule.between(
                start.replace(tzinfo=None, hour=0), _naive(2027, 12, 31), inc=True
            )
        ]
        entry = site.activiteiten[f"voorbeeldstad/kiem-noord/{slug}"]
        from_site = [o.date for o in occurrences(entry.schedule, D(2026, 1, 1), D(2027, 12, 31))]
        assert from_feed == from_site, slug
        assert from_site and start.time() == entry.model.tijd.start


def _naive(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day)  # noqa: DTZ001 - rrule works on naive wall-clock times


def _activity(**fields: object) -> Activiteit:
    data = {"titel": "Koffie", "plek": "buurthuis", "wanneer": "elke dinsdag", **fields}
    return Activiteit.model_validate(data)


def test_tijd_is_read_with_the_day_part_of_wanneer() -> None:
    activity = _activity(wanneer="elke dinsdagmiddag", tijd="2 tot 4")
    assert activity.tijd.words() == "14.00–16.00"
    activity = _activity(wanneer="elke vrijdagavond", tijd="half 8 tot 10")
    assert activity.tijd.words() == "19.30–22.00"


def test_time_in_wanneer_fills_an_empty_tijd() -> None:
    activity = _activity(wanneer="elke dinsdagochtend van 10 tot 12")
    assert activity.tijd.words() == "10.00–12.00"
    assert understood(activity.wanneer, activity.tijd) == "elke dinsdagochtend, 10.00–12.00"


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"wanneer": "elke dinsdag om 10 uur", "tijd": "14.00-16.00"}, "Welke klopt?"),
        ({"wanneer": "elke dinsdagmiddag", "tijd": "10.00-12.00"}, "is 's ochtends"),
        ({"wanneer": "elke dinsdag", "tijd": "2 tot 4"}, "2.00–4.00 's nachts"),
        ({"wanneer": "elke dinsdagmiddag"}, "Field required"),
    ],
)
def test_contradictions_and_gaps_are_errors(fields: dict[str, str], words: str) -> None:
    with pytest.raises(ValueError, match=words):
        _activity(**fields)


def test_same_time_in_wanneer_and_tijd_is_fine() -> None:
    activity = _activity(wanneer="elke dinsdag van 10 tot 12", tijd="10.00-12.00")
    assert activity.tijd.words() == "10.00–12.00"


def test_dutch_dates_and_booleans_in_an_activity() -> None:
    activity = _activity(
        tijd="10.00-12.00",
        vanaf="17 januari 2026",
        tot="31-12-2026",
        behalve=["17/2/2026", "Feestdagen", "za 7 maart 2026"],
        ook="zo 1 februari 2026",
        vervalt=["2026-03-10"],
        afgelast="Nee",
    )
    assert activity.vanaf == D(2026, 1, 17)
    assert activity.tot == D(2026, 12, 31)
    assert activity.behalve == [D(2026, 2, 17), "feestdagen", D(2026, 3, 7)]
    assert activity.ook == [D(2026, 2, 1)]
    assert activity.afgelast is False
    assert _activity(tijd="10-12", afgelast="JA").afgelast is True


def test_story_date_and_consent_in_dutch() -> None:
    story = Verhaal.model_validate(
        {"titel": "t", "datum": "oktober 2026", "verteller": "een buur", "toestemming": "ja"}
    )
    assert story.datum == D(2026, 10, 1)
    assert story.toestemming is True
    story = Verhaal.model_validate(
        {"titel": "t", "datum": "14 oktober 2026", "verteller": "een buur", "toestemming": "Ja"}
    )
    assert story.datum == D(2026, 10, 14)


@pytest.mark.parametrize("value", ["jawel", "misschien", "j", "neen"])
def test_other_words_are_no_boolean(value: str) -> None:
    with pytest.raises(ValueError, match="toestemming"):
        Verhaal.model_validate(
            {"titel": "t", "datum": "2026-10", "verteller": "een buur", "toestemming": value}
        )


@pytest.mark.parametrize(
    ("wanneer", "words"),
    [
        ("dinsdag van 2 tot 4 in het buurthuis", "Bedoel je 14.00–16.00 of 2.00–4.00 's nachts?"),
        ("werkdagen van 9 tot 5", "Bedoel je 9.00–17.00?"),
    ],
)
def test_free_text_times_of_a_key_figure_are_checked(wanneer: str, words: str) -> None:
    buurt = {"naam": "B", "sleutelfiguren": [{"rol": "huismeester", "wanneer": wanneer}]}
    with pytest.raises(ValueError) as err:
        Buurt.model_validate(buurt)
    assert words in str(err.value)


@pytest.mark.parametrize(
    "wanneer",
    [
        "dinsdagmiddag van 2 tot 4 in het buurthuis",
        "dinsdagochtend in het portiekcafé",
        "ma t/m vr 9.00-17.00",
        "elke 2 weken op dinsdag",
        "dag en nacht",
        "op de 1e dinsdag van de maand",
    ],
)
def test_free_text_without_a_doubtful_time_passes(wanneer: str) -> None:
    buurt = {"naam": "B", "sleutelfiguren": [{"rol": "huismeester", "wanneer": wanneer}]}
    assert Buurt.model_validate(buurt).sleutelfiguren[0].wanneer == wanneer


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("wekelijks", "tweewekelijks"), ("week", "weken"), ("maand", "maandag")],
)
def test_no_suggestion_changes_the_meaning(typed: str, meant: str) -> None:
    from welkom.when.recurrence import VOCABULARY

    vocabulary = [w for w in VOCABULARY if w != typed]  # as if the typed word were unknown
    assert nearest(typed, vocabulary) != meant


def test_wekelijks_is_understood_not_corrected() -> None:
    assert parse_recurrence("wekelijks op dinsdag").rrule == "FREQ=WEEKLY;BYDAY=TU"


def test_dst_example_times_keep_amsterdam() -> None:
    schedule = _schedule("elke zondag", "10.00-12.00")
    (occ,) = occurrences(schedule, AUTUMN, AUTUMN)
    assert occ.start == dt.datetime(2026, 10, 25, 10, tzinfo=AMSTERDAM)
