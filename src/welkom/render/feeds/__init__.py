"""Activity and story feeds: RSS 2.0, Atom 1.0, iCalendar and JSON Feed 1.1.

Feeds are a promise to partners (DESIGN.md §2.4): URLs, ids and dates never drift. See
``ids`` for identities, ``dates`` for the date rules and docs/partners.md for the contract.
"""

from welkom.render.feeds.build import feed_outputs

__all__ = ["feed_outputs"]
