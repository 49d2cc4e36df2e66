"""Old URLs that keep working: `redirects.yml` (one line per move), its check, and the pages
and feed copies a build writes at every old address. See MAINTAINING.md, "Redirects".
"""

from welkom.redirects.check import check_redirects
from welkom.redirects.load import REDIRECTS_FILE, Redirect, load_redirects

__all__ = ["REDIRECTS_FILE", "Redirect", "check_redirects", "load_redirects"]
