"""What every renderer needs to know about one build: the data, "today" and the site's URL."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from welkom.site import Site

DEFAULT_HORIZON_DAYS = 56  # eight weeks of agenda and feed items


@dataclass(frozen=True, slots=True)
class BuildContext:
    site: Site
    today: dt.date
    horizon_days: int = DEFAULT_HORIZON_DAYS
    site_url: str = "http://127.0.0.1:8000/"
    repo_url: str = ""  # the GitHub repository, for "Klopt dit niet?" (an issue form)

    @property
    def horizon_end(self) -> dt.date:
        return self.today + dt.timedelta(days=self.horizon_days - 1)

    def absolute(self, path: str) -> str:
        """``voorbeeldstad/kiem-noord/`` → full URL under ``site_url``."""
        return self.site_url.rstrip("/") + "/" + path.lstrip("/")


def today_from_environment(explicit: dt.date | None = None) -> dt.date:
    """The build's "today": an explicit option, else ``SOURCE_DATE_EPOCH``, else the clock.

    Reproducible-builds convention: https://reproducible-builds.org/specs/source-date-epoch/
    The date is taken in Europe/Amsterdam, where the activities happen.
    """
    from zoneinfo import ZoneInfo

    if explicit is not None:
        return explicit
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    tz = ZoneInfo("Europe/Amsterdam")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz).date()
    return dt.datetime.now(tz).date()
