"""`welkom wanneer "<zin>"`: try a recurrence phrase, see how welkom reads it and its next dates."""

from __future__ import annotations

import datetime as dt
import sys

from welkom.when import parse_recurrence, preview
from welkom.when.recurrence import understood
from welkom.when.types import WhenError


def run_wanneer(phrase: str, start: dt.date | None, count: int) -> int:
    start = start or dt.datetime.now(dt.UTC).date()
    try:
        lines = preview(phrase, start, count)
        reading = understood(parse_recurrence(phrase))
    except WhenError as exc:
        print(f"welkom: fout: {exc}", file=sys.stderr)
        return 1
    print(f"welkom leest: {reading}")
    if not lines:
        print(f"Geen datums op of na {start.isoformat()}.", file=sys.stderr)
    for line in lines:
        print(line)
    return 0
