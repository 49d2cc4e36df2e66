"""Options of the `welkom` plugin in mkdocs.yml."""

from __future__ import annotations

import datetime as dt

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class WelkomConfig(Config):
    data_dir = c.Optional(c.Dir(exists=True))
    """Folder with buurten/, activiteiten/ and verhalen/. Default: the folder of mkdocs.yml.

    (Not called `data`: `Config` is a `UserDict`, whose `.data` holds the options.)
    """

    vandaag = c.Optional(c.Type(dt.date))
    """The build's "today" (2026-11-23). Default: SOURCE_DATE_EPOCH, else the clock."""

    horizon_weeks = c.Type(int, default=8)
    """How many weeks ahead agendas, feeds and open data look."""

    algemene_gids = c.Type(str, default="welkomstgids.md")
    """The hand-written page (in docs/) whose text every buurt's welcome guide includes."""

    repo_url = c.Optional(c.Type(str))
    """The GitHub repository (https://github.com/<eigenaar>/<repo>) for "Klopt dit niet?"
    links. Default: mkdocs.yml's `repo_url`. Set here, Material shows no repository widget
    (which would ask GitHub's API for its stars: a request to a third party)."""
