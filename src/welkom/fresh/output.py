"""The maintenance list as text for a terminal, or as Markdown for one GitHub issue per gemeente.

Links to edit a file on GitHub need the repository (`--repo`, the workflow's
``GITHUB_REPOSITORY``, or `repo_url` in mkdocs.yml); without it the list names the files.
"""

from __future__ import annotations

import datetime as dt

from welkom.fresh.report import GemeenteReport, Item
from welkom.fresh.status import State
from welkom.model.checked import MONTHS
from welkom.problems import code_span, escape_markdown

# A GitHub issue body holds at most 65,536 characters; a big gemeente stops well before.
MAX_ITEMS_MARKDOWN = 300


def _day(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _counts(report: GemeenteReport) -> str:
    parts = [
        (report.count(State.OVER), "voorbij", "voorbij"),
        (report.count(State.STALE), "om na te kijken", "om na te kijken"),
        (
            report.count(State.FUTURE),
            "met een datum in de toekomst",
            "met een datum in de toekomst",
        ),
        (report.count(State.NEVER), "bestand nog nooit nagekeken", "bestanden nog nooit nagekeken"),
    ]
    words = [f"{n} {one if n == 1 else many}" for n, one, many in parts if n]
    return ", ".join(words) if words else "alles is nagekeken"


def edit_url(repo: str, branch: str, path: str) -> str:
    return f"{repo.rstrip('/')}/edit/{branch}/{path}"


def format_text(reports: list[GemeenteReport], today: dt.date, repo: str, branch: str) -> str:
    if not reports:
        return f"Niets te doen op {_day(today)}: alles is nagekeken en niets is voorbij."
    blocks = []
    for report in reports:
        lines = [f"{report.name} ({_day(today)}): {_counts(report)}."]
        for group in report.groups:
            lines.append(f"\n  {group.name}")
            for item in group.items:
                lines.append(f"    {item.text}")
                lines.append(f"      {_where(item)}")
                if repo:
                    lines.append(f"      {edit_url(repo, branch, item.path)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _where(item: Item) -> str:
    return f"{item.path}:{item.line}" if item.line else item.path


def format_markdown(report: GemeenteReport, today: dt.date, repo: str, branch: str) -> str:
    """The body of the gemeente's maintenance issue, kept up to date by a scheduled workflow."""
    out = [
        f"Bijgewerkt op {_day(today)}: {_counts(report)}.",
        "",
        "Zo werkt het: kijk na of iets nog klopt (bel of loop even langs), pas het bestand aan "
        "en zet bij `gecontroleerd` de maand van vandaag. Een activiteit die voorbij is, haal je "
        "weg. Is alles gedaan, dan sluit dit issue vanzelf.",
    ]
    shown = 0
    for group in report.groups:
        if shown >= MAX_ITEMS_MARKDOWN:
            break
        out += ["", f"### {escape_markdown(group.name)}", ""]
        for item in group.items:
            if shown >= MAX_ITEMS_MARKDOWN:
                break
            link = f" · [bewerken]({edit_url(repo, branch, item.path)})" if repo else ""
            out.append(f"- {escape_markdown(item.text)} {code_span(_where(item))}{link}")
            shown += 1
    total = sum(len(g.items) for g in report.groups)
    if total > shown:
        out += ["", f"En nog {total - shown} meer. Begin met wat hierboven staat."]
    return "\n".join(out) + "\n"
