"""The dates feeds show, derived from the data alone: never from the clock, never from git.

Rules (documented for partners in docs/partners.md):

* An occurrence's *published* and *updated* date is 00:00 Europe/Amsterdam on the first day a
  daily build puts it in the feed: its date minus ``horizon_days - 1`` days. So it is never in
  the future for a build that contains the item, and it does not change from one build to the
  next.
* A story's date is its ``datum`` at 09:00 Europe/Amsterdam.
* A feed's own date (RSS ``lastBuildDate``, Atom ``updated``) is the latest item date; an empty
  feed has ``PROJECT_EPOCH``.
* iCalendar ``DTSTAMP`` is ``PROJECT_EPOCH`` for every event (RFC 5545 requires the property;
  a clock time here would change the file on every build).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from welkom.when import AMSTERDAM

PROJECT_EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
STORY_HOUR = dt.time(9, 0)


def occurrence_published(day: dt.date, horizon_days: int) -> dt.datetime:
    """00:00 local on the first day a build with this horizon lists the occurrence."""
    first_listed = day - dt.timedelta(days=max(horizon_days, 1) - 1)
    return dt.datetime.combine(first_listed, dt.time(0), tzinfo=AMSTERDAM)


def story_published(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, STORY_HOUR, tzinfo=AMSTERDAM)


def feed_updated(dates: Iterable[dt.datetime]) -> dt.datetime:
    """The latest of ``dates``, or ``PROJECT_EPOCH`` for an empty feed."""
    return max(dates, default=PROJECT_EPOCH)
