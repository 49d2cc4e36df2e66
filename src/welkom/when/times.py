"""Read Dutch clock times the way people write them: one reader for `tijd`, `open` and times
inside `wanneer` or a free text.

Accepted: "13.00-16.00", "13:00 – 16:00", "13.00 tot 16.00 uur", "van 10 tot 12", "tussen 10 en
12 uur", "half 10 tot 12", "kwart over 7", "kwart voor 9", "tien over half 3", "14h00", "10u30",
"om 19.30", "vanaf 19.30", and a part of the day before or after ("'s middags 2 tot 4",
"van 8 tot 10 's avonds", "ochtend 10-12"), or per time ("10 uur 's ochtends tot 2 uur
's middags").

Rules (a wrong time is worse than no time, so we ask rather than guess):

* An hour written the 24-hour way is taken as written: 13 to 23, 0/00, 24 (as an end), or a
  leading zero ("07.30", "02.00").
* 8 to 12 without a part of the day is the morning or noon: "9 tot 12" is 9.00–12.00 and
  "half 10 tot 12" is 9.30–12.00 ("12" is noon, "half 1" is 12.30).
* A START hour from 1 to 7 without a part of the day is ambiguous ("2 tot 4": 14.00–16.00, or
  2.00–4.00 at night?): an error that asks, with both readings as suggestions.
* An end before its start is an error with the reading that is most likely right:
  "9 tot 5" → 9.00–17.00.
* A part of the day said once for the whole range applies to every time it fits:
  "van 8 tot 10 's avonds" is 20.00–22.00, "van 10 tot 2 's middags" is 10.00–14.00.

Decision on midnight: "24.00" (and "0.00"/"00.00", "12 uur 's nachts") is accepted as an END
time and means midnight at the end of the day. It is stored as ``datetime.time.max`` so that
``end > start`` keeps holding; ``TimeRange.words()`` shows it as "24.00" and ``occurrences``
turns it into 00:00 next day. A range over midnight ("22.00-02.00") is an error that tells the
volunteer to write 24.00.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from welkom.when.types import TimeRange, WhenError
from welkom.when.words import clock

EXAMPLES = "`13.00-16.00`, `13.00 tot 16.00 uur`, `9.30-12 uur` of `vanaf 19.30`"

# Parts of the day, by every word people use for them.
PARTS: dict[str, str] = {
    **dict.fromkeys(("ochtend", "ochtends", "morgens", "smorgens", "sochtends"), "ochtend"),
    **dict.fromkeys(("middag", "middags", "smiddags"), "middag"),
    **dict.fromkeys(("avond", "avonds", "savonds"), "avond"),
    **dict.fromkeys(("nacht", "nachts", "snachts"), "nacht"),
}
PART_WORDS: dict[str, str] = {
    "ochtend": "'s ochtends",
    "middag": "'s middags",
    "avond": "'s avonds",
    "nacht": "'s nachts",
}
_MINUTE_WORDS = {"vijf": 5, "tien": 10, "kwart": 15, "twintig": 20}
_NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
}
_CLOCK_TOKEN = re.compile(
    r"(?P<h>[0-9]{1,2})(?:(?:[.:]|(?<=[0-9])[hu])(?P<m>[0-9]{2}))?(?P<suffix>uur|u|h)?"
)
_TOKENS = re.compile(
    r"[0-9]{1,2}(?:[.:hu][0-9]{2})?(?:uur|u|h)?(?![\w/])"  # 13.00, 10u30, 14h, 9
    r"|['’]s"
    r"|t/m"
    r"|[\w/]+"
    r"|-"
    r"|[^\s\w]"
)
_DASHES = re.compile(r"[‐‑‒–—―−]")
_SEPARATORS = {"-", "tot", "t/m", "à", "a"}


class _Unreadable(Exception):
    """Internal: the tokens are not a time."""


@dataclass(frozen=True, slots=True)
class _Point:
    hour: int  # as written: a 24-hour value when ``fixed``, else 1..12 on the dial
    minute: int
    fixed: bool  # written the 24-hour way: no guessing
    part: str | None  # its own part of the day ("10 uur 's ochtends")
    shown: str  # as written, for messages


@dataclass(frozen=True, slots=True)
class TimeText:
    """A time expression as read, before the hours are resolved."""

    start: _Point
    end: _Point | None
    part: str | None  # for the whole range: "'s middags 2 tot 4", "8 tot 10 's avonds"
    open_end: bool  # "vanaf 19.30", "om 10 uur": a start time only
    signals: int  # how sure we are this is a time and not a count ("elke 2 weken")

    @property
    def parts(self) -> set[str]:
        found = {self.part, self.start.part, self.end.part if self.end else None}
        return {p for p in found if p}


def tokens_of(text: str) -> list[tuple[str, int, int]]:
    """Lower-case tokens with their spans in ``text``; "’s" becomes "'s"."""
    out = []
    for found in _TOKENS.finditer(_DASHES.sub("-", text.lower())):
        word = found.group()
        if word in ("’s",):
            word = "'s"
        out.append((word, found.start(), found.end()))
    return out


def _part_at(words: list[str], i: int) -> tuple[str, int] | None:
    """A part of the day at ``words[i]``: "'s middags", "s middags", "middags", "in de middag"."""
    w = words[i] if i < len(words) else ""
    if w in ("'s", "s") and i + 1 < len(words) and words[i + 1] in PARTS:
        return PARTS[words[i + 1]], i + 2
    if w in PARTS:
        return PARTS[w], i + 1
    if (
        w in ("in", "na")
        and words[i + 1 : i + 2] == ["de"]
        and words[i + 2 : i + 3] in (["ochtend"], ["middag"], ["avond"], ["nacht"])
    ):
        return PARTS[words[i + 2]], i + 3
    return None


def _hour_word(word: str) -> int | None:
    """A dial hour for "half 10", "kwart over zeven": 1..12 (or a 24-hour number)."""
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    found = _CLOCK_TOKEN.fullmatch(word)
    if found and found["m"] is None:
        return int(found["h"])
    return None


def _dial_point(hour: int, minute: int, shown: str) -> _Point:
    """A time from "half 10" / "kwart voor 9" words: never 24-hour, so never fixed."""
    hour %= 12
    return _Point(hour or 12, minute, False, None, shown)


def _point(words: list[str], i: int) -> tuple[_Point, int, int] | None:
    """One time at ``words[i]``; also the number of signals that it is a clock time."""
    w = words[i] if i < len(words) else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w == "half" and (h := _hour_word(nxt)) is not None:
        return _dial_point(h - 1, 30, f"half {nxt}"), i + 2, 2
    count = _MINUTE_WORDS.get(w)
    if count is None and re.fullmatch(r"[0-9]{1,2}", w) and nxt in ("over", "voor"):
        count = int(w)
    if count is not None and 0 < count < 30 and nxt in ("over", "voor"):
        j = i + 2
        half = j < len(words) and words[j] == "half"
        j += half
        h = _hour_word(words[j]) if j < len(words) else None
        if h is not None:
            base = (h - 1) * 60 + 30 if half else h * 60
            total = base + count if nxt == "over" else base - count
            shown = " ".join(words[i : j + 1])
            return _dial_point(total // 60, total % 60, shown), j + 1, 2
    found = _CLOCK_TOKEN.fullmatch(w)
    if found is None:
        if w in _NUMBER_WORDS and nxt == "uur":
            return _Point(_NUMBER_WORDS[w], 0, False, None, w), i + 2, 1
        if w in _NUMBER_WORDS:  # "van twee tot vier": no sign of a time on its own
            return _Point(_NUMBER_WORDS[w], 0, False, None, w), i + 1, 0
        return None
    hour, minute = int(found["h"]), int(found["m"] or 0)
    signals = (found["m"] is not None) + (found["suffix"] is not None)
    j = i + 1
    if j < len(words) and words[j] in ("uur", "u", "h"):
        signals += 1
        j += 1
    if minute > 59:
        shown = f"{hour}.{found['m']}"
        raise WhenError(
            f"De tijd {shown} klopt niet: een uur heeft maar 60 minuten. "
            "Schrijf de minuten van 00 tot en met 59, bijvoorbeeld 13.30."
        )
    fixed = hour == 0 or hour >= 13 or found["h"].startswith("0")
    shown = f"{hour}.{found['m'] or '00'}"
    return _Point(hour, minute, fixed, None, shown), j, signals


_ABOUT = frozenset({"ca", "circa", "ong", "ongeveer", "plm", "omstreeks", "rond"})


def _point_with_part(words: list[str], i: int) -> tuple[_Point, int, int] | None:
    while i < len(words) and words[i] in _ABOUT:  # "tot ca. 21.00": the time is 21.00
        i += 2 if words[i + 1 : i + 2] == ["."] else 1
    found = _point(words, i)
    if found is None:
        return None
    point, j, signals = found
    part = _part_at(words, j)
    if part is not None:
        return _Point(point.hour, point.minute, point.fixed, part[0], point.shown), part[1], 3
    return point, j, signals


def read_time_text(words: list[str], i: int = 0) -> tuple[TimeText, int] | None:
    """Read a time expression from ``words[i:]``; returns it and the index after it."""
    part: str | None = None
    signals = 0
    if (found := _part_at(words, i)) is not None:
        part, i = found
        signals += 1
    prefix = words[i] if i < len(words) else ""
    between = prefix == "tussen"
    open_end = prefix in ("vanaf", "om", "rond", "omstreeks")
    if prefix in ("van", "vanaf", "om", "tussen", "rond", "omstreeks"):
        i += 1
        signals += 1
    first = _point_with_part(words, i)
    if first is None:
        return None
    start, i, more = first
    signals += more
    end = None
    sep = words[i] if i < len(words) else ""
    if sep in _SEPARATORS or (between and sep == "en"):
        j = i + 1
        if sep == "tot" and words[j : j + 2] == ["en", "met"]:
            j += 2
        second = _point_with_part(words, j)
        if second is not None:
            end, i, more = second
            signals += more + 1
            open_end = False
    if i < len(words) and words[i] == "uur":
        i += 1
        signals += 1
    if part is None and (found := _part_at(words, i)) is not None:
        part, i = found
        signals += 1
    if part is None and start.part is None and end is not None and end.part is not None:
        # "8 tot 10 's avonds": a part said once, at the end, is for the whole range
        part, end = end.part, _Point(end.hour, end.minute, end.fixed, None, end.shown)
    elif part is None and end is None and start.part is not None:
        part, start = start.part, _Point(start.hour, start.minute, start.fixed, None, start.shown)
    return TimeText(start, end, part, open_end, signals), i


def _fits(point: _Point, part: str, *, is_end: bool) -> bool:
    try:
        _resolve(point, part, is_end=is_end)
    except WhenError:
        return False
    return True


def _resolve(point: _Point, part: str | None, *, is_end: bool) -> int | None:
    """The 24-hour hour of ``point`` (24 = midnight as an end), or None when ambiguous."""
    h = point.hour
    if point.fixed or h > 12:
        if part is not None and not _fixed_fits(h, part):
            raise WhenError(
                f"De tijd {point.shown} past niet bij {PART_WORDS[part]}. Schrijf de tijd "
                "zonder dagdeel, zoals 14.00-16.00, of kijk de tijd na."
            )
        return h
    if part is None:
        if is_end or h >= 8:
            return h
        return None
    table = {
        "ochtend": {n: n for n in range(5, 13)},
        "middag": {12: 12, **{n: n + 12 for n in range(1, 7)}},
        "avond": {**{n: n + 12 for n in range(5, 12)}, 12: 24 if is_end else 0},
        "nacht": {12: 24 if is_end else 0, **{n: n for n in range(1, 7)}, 9: 21, 10: 22, 11: 23},
    }[part]
    if h not in table:
        raise WhenError(
            f"{point.shown.removesuffix('.00')} uur {PART_WORDS[part]} bestaat niet. "
            "Schrijf de tijd met 24 uur, zoals 14.00-16.00 of 19.30-21.30."
        )
    return table[h]


def _fixed_fits(hour: int, part: str) -> bool:
    return {
        "ochtend": 0 <= hour <= 12,
        "middag": 12 <= hour <= 18,
        "avond": 17 <= hour <= 24 or hour == 0,
        "nacht": hour >= 21 or hour <= 6,
    }[part]


def _clock_value(hour: int, minute: int, shown: str, *, is_end: bool) -> dt.time:
    if is_end and minute == 0 and hour in (0, 24):
        return dt.time.max  # midnight at the end of the day
    if hour > 23:
        end_hint = (
            " Eindigt het om middernacht? Schrijf dan 24.00 als eindtijd." if hour == 24 else ""
        )
        raise WhenError(
            f"De tijd {shown} klopt niet: een uur gaat van 0 tot en met 23.{end_hint} "
            "Schrijf bijvoorbeeld 13.00-16.00."
        )
    return dt.time(hour, minute)


def _reading(found: TimeText, *, day: bool) -> str | None:
    """One reading of an ambiguous range: by day ("14.00–16.00") or by night/early morning
    ("2.00–4.00 's nachts"); None when that reading makes no sense."""
    start, end = found.start, found.end
    start_hour = start.hour + 12 if day else start.hour
    begin = start_hour * 60 + start.minute
    if end is None:
        finish = None
    elif end.part is not None:
        try:
            finish = (_resolve(end, end.part, is_end=True) or 0) * 60 + end.minute
        except WhenError:
            return None
    elif end.fixed or end.hour > 12:
        finish = end.hour * 60 + end.minute
    else:
        finish = ((end.hour % 12) + (12 if day else 0)) * 60 + end.minute
        if finish <= begin and not day:
            finish += 12 * 60
    if finish is not None and not (begin < finish <= 24 * 60 and finish - begin <= 12 * 60):
        return None
    first = f"{start_hour}.{start.minute:02d}"
    text = first if finish is None else f"{first}–{finish // 60}.{finish % 60:02d}"
    if found.open_end:
        text = f"vanaf {text}"
    if not day:
        text += " 's nachts" if start_hour < 6 else " 's ochtends"
    return text


def resolve_time(found: TimeText, text: str, context_part: str | None = None) -> TimeRange:
    """Turn a read expression into a TimeRange, or raise a WhenError that asks.

    ``context_part`` is a part of the day said outside the time ("elke dinsdagmiddag"); it
    settles a bare hour that fits it and is ignored otherwise (a contradiction is reported by
    whoever knows both texts).
    """
    shown = text.strip()
    part = found.part
    if part is not None:
        last = found.end or found.start
        if not _fits(last, part, is_end=found.end is not None):
            _resolve(last, part, is_end=found.end is not None)  # raises the message

    def hour(point: _Point, *, is_end: bool) -> int | None:
        if point.part is not None:
            return _resolve(point, point.part, is_end=is_end)
        if part is not None and _fits(point, part, is_end=is_end):
            return _resolve(point, part, is_end=is_end)
        own = found.start.part  # "van 7 's avonds tot 9": the end is in the same part
        if is_end and part is None and own is not None and _fits(point, own, is_end=True):
            return _resolve(point, own, is_end=True)
        if (
            context_part is not None
            and not point.fixed
            and point.hour <= 12
            and _fits(point, context_part, is_end=is_end)
        ):
            return _resolve(point, context_part, is_end=is_end)
        return _resolve(point, None, is_end=is_end)

    start_hour = hour(found.start, is_end=False)
    if start_hour is None:
        readings = [r for r in (_reading(found, day=True), _reading(found, day=False)) if r]
        tail = (
            "Schrijf de tijd met 24 uur, zoals 14.00-16.00, of zet er 's ochtends, 's middags "
            "of 's avonds bij."
        )
        if len(readings) == 2:
            raise WhenError(
                f"Bij `{shown}` staat niet of het overdag of 's nachts is. "
                f"Bedoel je {readings[0]} of {readings[1]}? {tail}"
            )
        hint = f"Bedoel je {readings[0]}? " if readings else ""
        raise WhenError(f"Bij `{shown}` staat niet of het overdag of 's nachts is. {hint}{tail}")
    start = _clock_value(start_hour, found.start.minute, found.start.shown, is_end=False)
    if found.end is None:
        return TimeRange(start)
    end_hour = hour(found.end, is_end=True)
    assert end_hour is not None
    end = _clock_value(end_hour, found.end.minute, found.end.shown, is_end=True)
    if end == start:
        raise WhenError(
            f"De eindtijd {clock(end)} is gelijk aan de begintijd {clock(start)}. "
            f"Schrijf een latere eindtijd, zoals {clock(start)}-{_later(start)}, "
            f"of alleen de begintijd: vanaf {clock(start)}."
        )
    if end < start:
        later = end_hour + 12
        bare = not found.end.fixed and found.end.hour < 12 and found.end.part is None
        if bare and start_hour < later <= 24:
            better = TimeRange(start, _clock_value(later, found.end.minute, "", is_end=True))
            words = f"{clock(better.start)}–{clock(better.end)}"  # type: ignore[arg-type]
            raise WhenError(
                f"De eindtijd {clock(end)} ligt vóór de begintijd {clock(start)}. "
                f"Bedoel je {words}? Schrijf dan `{words.replace('–', '-')}`."
            )
        raise WhenError(
            f"De eindtijd {clock(end)} ligt vóór de begintijd {clock(start)}. "
            f"Zet de begintijd eerst, zoals {clock(end)}-{clock(start)}. "
            f"Gaat het door tot na middernacht? Schrijf dan {clock(start)}-24.00."
        )
    return TimeRange(start, end)


def _unreadable(text: str) -> WhenError:
    return WhenError(
        f"We kunnen de tijd `{text.strip()}` niet lezen. Schrijf de tijd zoals {EXAMPLES}."
    )


@lru_cache(maxsize=4096)
def parse_time_range(text: str, part: str | None = None) -> TimeRange:
    """Parse a `tijd` value. ``part`` is a part of the day said elsewhere ("elke
    dinsdagmiddag"): it settles "2 tot 4". Raises WhenError with a Dutch message."""
    if not isinstance(text, str):
        raise WhenError(f"Schrijf een tijd als tekst, zoals {EXAMPLES}.")
    words = [w for w, _, _ in tokens_of(text)]
    while words and words[-1] == ".":
        words.pop()
    found = read_time_text(words)
    if found is None or found[1] != len(words):
        if words and all(w in PARTS or w in ("'s", "s", "in", "de") for w in words):
            raise WhenError(
                f"We kunnen de tijd `{text.strip()}` niet lezen: er staat geen uur bij. Schrijf "
                f"de begin- en eindtijd, zoals {EXAMPLES}."
            )
        raise _unreadable(text)
    return resolve_time(found[0], text, part)


def find_times(text: str) -> list[tuple[int, int, TimeText]]:
    """Time expressions inside a longer text ("elke dinsdag van 10 tot 12"): spans and readings.

    Only what is surely a time counts: a number with minutes, "uur", a part of the day, "half",
    a range or "om"/"van"/"vanaf" in front. "elke 2 weken" and "de 15e" are no times.
    """
    tokens = tokens_of(text)
    words = [w for w, _, _ in tokens]
    out = []
    i = 0
    while i < len(words):
        found = read_time_text(words, i) if _may_start(words, i) else None
        if (
            found is not None
            and found[0].signals >= 1
            and not _is_date_after(words, found[1])
            and not _month_after(words, found[1])
        ):
            time_text, j = found
            out.append((tokens[i][1], tokens[j - 1][2], time_text))
            i = j
            continue
        i += 1
    return out


def _may_start(words: list[str], i: int) -> bool:
    w = words[i]
    if w in ("van", "vanaf", "om", "tussen", "half", "'s", "s", "rond"):
        return True
    if i > 0 and words[i - 1] in ("de", "elke", "iedere", "per", "om"):
        return False  # "om de 2 weken", "elke 2 weken"
    return bool(_CLOCK_TOKEN.fullmatch(w)) or w in _MINUTE_WORDS or w in PARTS


def _month_after(words: list[str], i: int) -> bool:
    """ "vanaf 9 januari": a date, not 9 o'clock."""
    from welkom.when.words import MONTH_WORDS

    return i < len(words) and words[i].rstrip(".") in MONTH_WORDS


def _is_date_after(words: list[str], i: int) -> bool:
    """ "17-01-2026": the "17-01" is no time."""
    return i + 1 < len(words) and words[i] in ("-", "/") and words[i + 1][:1].isdigit()


def _later(start: dt.time) -> str:
    return "24.00" if start.hour >= 23 else f"{start.hour + 1}.{start.minute:02d}"
