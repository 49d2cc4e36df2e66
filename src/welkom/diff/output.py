"""The change summary as text (one line each), a grouped Markdown list, or JSON for tools."""

from __future__ import annotations

import json
from itertools import groupby

from welkom.diff.model import Difference
from welkom.problems import escape_markdown

NOTHING = "Geen veranderingen in de buurtgegevens."


def format_differences(differences: list[Difference], fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps([d.as_dict() for d in differences], ensure_ascii=False, indent=2)
    if not differences:
        return NOTHING
    if fmt == "markdown":
        return markdown_list(differences)
    return "\n".join(d.text for d in differences)


def markdown_list(differences: list[Difference]) -> str:
    """A bold heading per buurt or gemeente, then one bullet per change, volunteers' words escaped.

    The lines keep their path order inside a group (the sort is stable).
    """
    blocks = []
    ordered = sorted(differences, key=lambda d: d.group)
    for group, items in groupby(ordered, key=lambda d: d.group):
        bullets = "\n".join(f"- {escape_markdown(d.text)}" for d in items)
        blocks.append(f"**{escape_markdown(group.label)}**\n\n{bullets}")
    return "\n\n".join(blocks)
