"""Validation of a whole site: models, references, and (in `privacy`) the privacy guard."""

from welkom.check.run import check_site, load_site

__all__ = ["check_site", "load_site"]
