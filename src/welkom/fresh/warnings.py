"""Freshness warnings for `welkom check`: stale entries, activities that are over, and a
`gecontroleerd` month in the future. Never errors: an old date does not stop a build.

An entry that was never checked gets no warning (every existing site would drown in them);
the maintenance list (`welkom onderhoud`) shows those.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo

from welkom.fresh.config import Limits, load_limits
from welkom.fresh.status import KIND_WORDS, Entry, State, site_entries
from welkom.load.document import format_loc
from welkom.model.checked import MONTHS, month_words
from welkom.problems import Problem, Severity
from welkom.site import Site


def today() -> dt.date:
    """ "Today" in Europe/Amsterdam: ``SOURCE_DATE_EPOCH`` if set (tests, CI), else the clock."""
    tz = ZoneInfo("Europe/Amsterdam")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz).date()
    return dt.datetime.now(tz).date()


def freshness_problems(
    site: Site, on: dt.date | None = None, limits: Limits | None = None, *, config: bool = True
) -> list[Problem]:
    """Warnings for the loaded ``site`` on day ``on`` (default: `today`).

    With ``config``, problems of `welkom.yml` itself are included (once per check).
    """
    problems: list[Problem] = []
    if limits is None:
        limits, config_problems = load_limits(site.root)
        if config:
            problems += config_problems
    day = on or today()
    for entry in site_entries(site):
        state = entry.state(day, limits)
        if state in (State.OVER, State.STALE, State.FUTURE):
            problems.append(warning(entry, state, day, limits))
    return problems


def warning(entry: Entry, state: State, day: dt.date, limits: Limits) -> Problem:
    line, column = entry.position(state)
    renew = f"`gecontroleerd: {day.year}-{day.month:02d}`"
    if state is State.OVER:
        code, message = "fresh.over", _over(entry)
    elif state is State.FUTURE:
        code = "fresh.future"
        message = (
            f"Bij `gecontroleerd` staat {month_words(entry.checked)}; die maand moet nog komen. "  # type: ignore[arg-type]
            f"Schrijf de maand waarin je het hebt nagekeken, zoals {renew}."
        )
    else:
        code = "fresh.stale"
        months = limits.of(entry.kind)
        message = (
            f"{_subject(entry)} is voor het laatst nagekeken in "
            f"{month_words(entry.checked)}, meer dan {months} maanden geleden. Klopt alles "  # type: ignore[arg-type]
            f"nog? Kijk het na (of vraag het na) en zet dan {renew}. Klopt het niet meer, "
            "pas het dan aan of haal het weg."
        )
    key = "tot" if state is State.OVER and not entry.one_off else "gecontroleerd"
    field = format_loc((*entry.loc, "wanneer" if entry.one_off and state is State.OVER else key))
    return Problem(entry.path, line, column, Severity.WARNING, code, message, field)


def _subject(entry: Entry) -> str:
    return f"De {KIND_WORDS[entry.kind]} '{entry.label}'"


def _date_words(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _over(entry: Entry) -> str:
    last = _date_words(entry.last_date)  # type: ignore[arg-type]
    if entry.one_off:
        first = f"Deze activiteit was eenmalig, op {last}, en is voorbij."
    else:
        first = f"Deze activiteit is voorbij: de laatste keer was op {last}."
    return (
        f"{first} Ze staat niet meer op de site en in de feeds. Haal dit bestand weg. Gaat ze "
        "toch door, zet dan de nieuwe datums erin."
    )


__all__ = ["freshness_problems", "today", "warning"]
