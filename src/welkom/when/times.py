"""Read Dutch clock times: "13.00-16.00", "13-16 uur", "van 9.30 tot 12.00", "vanaf 19.30".

Decision on midnight: "24.00" (and "0.00"/"00.00") is accepted only as an END time and means
midnight at the end of the day. It is stored as ``datetime.time.max`` so that ``end > start``
keeps holding and naive code that combines date and end stays on the same day;
``TimeRange.words()`` shows it as "24.00" and ``occurrences`` turns it into 00:00 next day.
A range over midnight ("22.00-02.00") is an error that tells the volunteer to write 24.00.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from welkom.when.tokens import normalize
from welkom.when.types import TimeRange, WhenError
from welkom.when.words import clock

EXAMPLES = "`13.00-16.00`, `13.00 tot 16.00 uur`, `9.30-12 uur` of `vanaf 19.30`"

_CLOCK = r"(?P<{n}h>[0-9]{{1,2}})(?:[.:u](?P<{n}m>[0-9]{{2}}))?(?:\s*(?:uur|u|h))?"
_RANGE = re.compile(
    r"(?:(?P<prefix>van|vanaf)\s*)?"
    + _CLOCK.format(n="a")
    + r"(?:\s*(?:-|tot|t/m|tot en met)\s*"
    + _CLOCK.format(n="b")
    + r")?"
)


def _unreadable(text: str) -> WhenError:
    return WhenError(
        f"We kunnen de tijd `{text.strip()}` niet lezen. Schrijf de tijd zoals {EXAMPLES}."
    )


def _clock_value(hour: str, minute: str | None, *, is_end: bool) -> dt.time:
    h, m = int(hour), int(minute or 0)
    shown = f"{hour}.{minute or '00'}"
    if m > 59:
        raise WhenError(
            f"De tijd {shown} klopt niet: een uur heeft maar 60 minuten. "
            "Schrijf de minuten van 00 tot en met 59, bijvoorbeeld 13.30."
        )
    if is_end and m == 0 and h in (0, 24):
        return dt.time.max  # midnight at the end of the day
    if h > 23:
        end_hint = " Eindigt het om middernacht? Schrijf dan 24.00 als eindtijd." if h == 24 else ""
        raise WhenError(
            f"De tijd {shown} klopt niet: een uur gaat van 0 tot en met 23.{end_hint} "
            "Schrijf bijvoorbeeld 13.00-16.00."
        )
    return dt.time(h, m)


@lru_cache(maxsize=4096)
def parse_time_range(text: str) -> TimeRange:
    """Parse a `tijd` value. Raises WhenError with a Dutch message that says how to fix it."""
    if not isinstance(text, str):
        raise WhenError(f"Schrijf een tijd als tekst, zoals {EXAMPLES}.")
    found = _RANGE.fullmatch(normalize(text))
    if found is None:
        raise _unreadable(text)
    start = _clock_value(found["ah"], found["am"], is_end=False)
    if found["bh"] is None:
        return TimeRange(start)
    end = _clock_value(found["bh"], found["bm"], is_end=True)
    if end == start:
        raise WhenError(
            f"De eindtijd {clock(end)} is gelijk aan de begintijd {clock(start)}. "
            f"Schrijf een latere eindtijd, zoals {clock(start)}-{_later(start)}, "
            f"of alleen de begintijd: vanaf {clock(start)}."
        )
    if end < start:
        raise WhenError(
            f"De eindtijd {clock(end)} ligt vóór de begintijd {clock(start)}. "
            f"Zet de begintijd eerst, zoals {clock(end)}-{clock(start)}. "
            f"Gaat het door tot na middernacht? Schrijf dan {clock(start)}-24.00."
        )
    return TimeRange(start, end)


def _later(start: dt.time) -> str:
    return "24.00" if start.hour >= 23 else f"{start.hour + 1}.{start.minute:02d}"
