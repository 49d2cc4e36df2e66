"""Dutch words residents read on the pages: kinds of places, accessibility, day headings."""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup

from welkom.when.words import DAY_NAMES, MONTH_NAMES

PLACE_KINDS: dict[str, str] = {
    "buurthuis": "buurthuis",
    "wijkcentrum": "wijkcentrum",
    "inloop": "inloop",
    "huiskamer": "huiskamer van de buurt",
    "portiekcafe": "portiekcafé",
    "repaircafe": "repair café",
    "moestuin": "moestuin",
    "kledingbank": "kledingbank",
    "voedselbank": "voedselbank",
    "kringloop": "kringloopwinkel",
    "bibliotheek": "bibliotheek",
    "speeltuin": "speeltuin",
    "park": "park",
    "sport": "sportplek",
    "gebedshuis": "gebedshuis",
    "spreekuur": "spreekuur",
    "anders": "ontmoetingsplek",
}

ACCESS: dict[str, str] = {
    "rolstoel": "toegankelijk met een rolstoel",
    "invalidentoilet": "invalidentoilet",
    "ringleiding": "ringleiding",
    "lift": "lift",
    "gelijkvloers": "gelijkvloers",
    "hulphond": "hulphond welkom",
    "prikkelarm": "prikkelarm",
}


def place_kind(kind: str) -> str:
    return PLACE_KINDS.get(str(kind), str(kind))


def access_words(items: list[str]) -> list[str]:
    return [ACCESS.get(str(i), str(i)) for i in items]


def day_heading(day: dt.date, today: dt.date) -> str:
    """``maandag 23 november``; with the year when it is not this year's."""
    words = f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"
    return words if day.year == today.year else f"{words} {day.year}"


def short_date(day: dt.date) -> str:
    """``25 december 2026``."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def month_year(day: dt.date) -> str:
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


def relative_day(day: dt.date, today: dt.date) -> str:
    """``vandaag``, ``morgen`` or the day heading."""
    if day == today:
        return "vandaag"
    if day == today + dt.timedelta(days=1):
        return "morgen"
    return day_heading(day, today)


def first_upper(text: str) -> str:
    """``gratis`` → ``Gratis``; the rest stays as the volunteer wrote it (unlike .capitalize())."""
    return text[:1].upper() + text[1:]


def breakable_url(url: str) -> Markup:
    """A web address to print: without ``https://``, and a line may break only after a slash
    (``<wbr>``), never inside a word."""
    from html import escape

    shown = url.removeprefix("https://").removeprefix("http://")
    parts = [f'<span class="welkom-url__deel">{escape(part)}/</span>' for part in shown.split("/")]
    parts[-1] = parts[-1].removesuffix("/</span>") + "</span>"  # the last part has no slash
    return Markup("<wbr>".join(p for p in parts if p != '<span class="welkom-url__deel"></span>'))
