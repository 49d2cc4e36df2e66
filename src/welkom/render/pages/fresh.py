""" "Klopt dit nog?": the checked-on month of an entry in words, and where to say it is wrong.

Two ways to report, next to each other: a pre-filled GitHub issue form (`klopt-niet.yml`) for
those with an account, and the contact the gemeente chose once in `_gemeente.yml`
(`klopt_niet:` a role e-mail address or its own form) for everyone else. Neither asks for a
name; the page says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from welkom.model.checked import month_words
from welkom.render.context import BuildContext
from welkom.site import GemeenteEntry

ISSUE_TEMPLATE = "klopt-niet.yml"


@dataclass(frozen=True, slots=True)
class Report:
    """What the "Klopt dit nog?" block of one page shows."""

    checked: str | None  # "november 2026", or None: never checked
    github: str | None  # a pre-filled issue form
    email: str | None  # mailto: link with a subject
    email_address: str | None
    form: str | None  # the gemeente's own form


def checked_words(day: dt.date | None) -> str:
    return month_words(day) if day is not None else ""


def issue_url(repo_url: str, page_url: str, subject: str) -> str | None:
    """``https://github.com/o/r/issues/new?template=klopt-niet.yml&title=…&pagina=…``."""
    repo = repo_url.rstrip("/")
    if not repo.startswith("https://github.com/"):
        return None
    query = urlencode(
        {"template": ISSUE_TEMPLATE, "title": f"Klopt niet: {subject}", "pagina": page_url},
        quote_via=quote,
    )
    return f"{repo}/issues/new?{query}"


def report(
    ctx: BuildContext,
    gemeente: GemeenteEntry,
    page: str,
    subject: str,
    checked: dt.date | None,
) -> Report:
    """The block for the page at site path ``page`` about ``subject`` (a buurt's name)."""
    page_url = ctx.absolute(page)
    contact = gemeente.model.klopt_niet
    email = contact.email if contact else None
    mailto = None
    if email:
        mailto = f"mailto:{email}?" + urlencode(
            {
                "subject": f"Klopt niet: {subject}",
                "body": f"Pagina: {page_url}\n\nWat klopt er niet?\n",
            },
            quote_via=quote,
        )
    return Report(
        checked=checked_words(checked) or None,
        github=issue_url(ctx.repo_url, page_url, subject),
        email=mailto,
        email_address=email,
        form=contact.formulier if contact else None,
    )
