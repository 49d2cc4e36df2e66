"""`welkom wanneer "<zin>"`: try a recurrence phrase and see its next dates."""

from __future__ import annotations

import datetime as dt
import sys

from welkom.when import preview
from welkom.when.types import WhenError


def run_wanneer(phrase: str, start: dt.date | None, count: int) -> int:
    start = start or dt.datetime.now(dt.UTC).date()
    try:
        lines = preview(phrase, start, count)
    except WhenError as exc:
        print(f"welkom: fout: {exc}", file=sys.stderr)
        return 1
    if not lines:
        print(f"Geen datums op of na {start.isoformat()}.", file=sys.stderr)
    for line in lines:
        print(line)
    return 0
