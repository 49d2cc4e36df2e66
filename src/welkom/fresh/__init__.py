"""Information that stays true: what is stale, over or never checked, as warnings and as a
maintenance list (`welkom onderhoud`). Limits per kind come from `welkom.yml` (see `config`).
"""

from welkom.fresh.config import Limits, load_limits
from welkom.fresh.status import Entry, State, site_entries
from welkom.fresh.warnings import freshness_problems

__all__ = ["Entry", "Limits", "State", "freshness_problems", "load_limits", "site_entries"]
