"""Every old address a build must answer: the redirects themselves, the sub-pages of a moved
buurt or gemeente, and its old feed addresses.

A moved buurt takes its guide (the printed QR code points at the buurt page, the guide itself
is linked too), agenda, embed and activity pages along; a moved gemeente takes all its buurten.
A line in `redirects.yml` for one of those old addresses wins over what is worked out here.

Feeds cannot redirect on a static host (there is no HTTP 301), and a feed reader does not
follow a meta refresh. So the old feed address keeps serving the new feed, byte for byte the
same file with the same item ids; its self link names the new address (docs/partners.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from welkom.redirects.check import resolve
from welkom.redirects.load import load_redirects
from welkom.redirects.pages import BUURT_SUB_PAGES, SitePages
from welkom.site import Site

ACTIVITY_FEEDS = ("rss", "atom", "ics", "json")
STORY_FEEDS = ("rss", "atom")


@dataclass(slots=True)
class RedirectPlan:
    """``pages``: old page path → new page path; ``feeds``: new feed scope → old scopes."""

    pages: dict[str, str] = field(default_factory=dict)
    feeds: dict[str, list[str]] = field(default_factory=dict)

    def feed_aliases(self, path: str) -> list[str]:
        """Old paths that serve the same file as the feed at ``path`` (``g/b/activiteiten.rss``)."""
        scope, _, name = path.rpartition("/")
        return [f"{old}/{name}" if old else name for old in self.feeds.get(scope, ())]


def plan_redirects(site: Site, docs_dir: str | Path = "docs") -> RedirectPlan:
    """What to write at old addresses for the loaded ``site`` (its `redirects.yml`).

    A redirect that `welkom check` refuses (a loop, to nothing) is left out; a build does not
    get that far with errors anyway.
    """
    redirects, _, _ = load_redirects(site.root)
    plan = RedirectPlan()
    if not redirects:
        return plan
    pages = SitePages(site.root, docs_dir)
    table = {r.old: r.new for r in redirects}
    implied: dict[str, str] = {}
    for r in redirects:
        final, chain = resolve(table, r.old)
        if final in chain[:-1] or pages.source(final) is None:
            continue
        plan.pages[r.old] = final
        _follow(site, r.old, final, implied, plan)
    for old, new in implied.items():
        if old not in plan.pages and pages.source(old) is None:
            plan.pages[old] = new
    plan.pages = dict(sorted(plan.pages.items()))
    for scopes in plan.feeds.values():
        scopes.sort()
    return plan


def _follow(site: Site, old: str, new: str, implied: dict[str, str], plan: RedirectPlan) -> None:
    """The sub-pages and feeds that move with a buurt or a gemeente."""
    scope = new.rstrip("/")
    if scope in site.buurten:
        for sub in BUURT_SUB_PAGES:
            implied.setdefault(f"{old}{sub}/", f"{new}{sub}/")
        for activity in site.buurten[scope].activiteiten:
            slug = activity.rpartition("/")[2]
            implied.setdefault(f"{old}activiteiten/{slug}/", f"{new}activiteiten/{slug}/")
        plan.feeds.setdefault(scope, []).append(old.rstrip("/"))
    elif scope in site.gemeenten:
        implied.setdefault(f"{old}agenda/", f"{new}agenda/")
        plan.feeds.setdefault(scope, []).append(old.rstrip("/"))
        for buurt in site.gemeenten[scope].buurten:
            slug = buurt.rpartition("/")[2]
            implied.setdefault(f"{old}{slug}/", f"{new}{slug}/")
            _follow(site, f"{old}{slug}/", f"{buurt}/", implied, plan)


_PLANNED: tuple[Site, RedirectPlan] | None = None


def plan_for(site: Site) -> RedirectPlan:
    """`plan_redirects` once per loaded site: the page writer and the feed writers (also in
    forked processes, which inherit this) share one plan."""
    global _PLANNED
    if _PLANNED is None or _PLANNED[0] is not site:
        _PLANNED = (site, plan_redirects(site))
    return _PLANNED[1]
