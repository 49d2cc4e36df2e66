"""Details of the feedgen wrapper that the reader tests would not show."""

from __future__ import annotations

import datetime as dt

import lxml.etree  # noqa: F401 - feedgen.util needs it imported first
from feedgen.util import formatRFC2822

from welkom.render.feeds.rss_atom import _rfc2822
from welkom.when import AMSTERDAM


def test_our_pubdate_format_is_feedgens() -> None:
    """We swap feedgen's locale-switching date formatter for the standard library's."""
    dates = [
        dt.datetime(2026, 11, 22, tzinfo=AMSTERDAM),
        dt.datetime(2027, 3, 28, 3, 5, 7, tzinfo=AMSTERDAM),
        dt.datetime(2027, 7, 1, 23, 59, tzinfo=AMSTERDAM),
        dt.datetime(2027, 12, 31, 12, tzinfo=dt.UTC),
    ]
    for date in dates:
        assert _rfc2822(date) == formatRFC2822(date)
