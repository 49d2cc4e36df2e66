"""Dutch public holidays, from the maintained `holidays` package (it knows Easter and friends).

Note: Bevrijdingsdag (5 May) counts only in lustrum years (2025, 2030), as in that package.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays as _holidays


@lru_cache(maxsize=64)
def dutch_holidays(year: int) -> frozenset[dt.date]:
    """All Dutch public holidays of ``year`` (cached: expanding series asks per date)."""
    return frozenset(_holidays.country_holidays("NL", years=year))


def is_holiday(day: dt.date) -> bool:
    return day in dutch_holidays(day.year)
