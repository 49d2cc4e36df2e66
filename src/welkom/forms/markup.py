"""No HTML from a form: an answer with a tag or comment in it is refused before anything is
written, with the same advice `welkom check` gives (check/markup.py). A form never writes a
file that holds raw HTML, not even one that the check would flag afterwards."""

from __future__ import annotations

from welkom.forms.draft import Draft
from welkom.render.safe_html import find_tags

ADVICE = (
    "Hier staat HTML-code: {tag}. Schrijf gewone tekst: HTML komt niet op de site. "
    "Voor een verhaal kun je Markdown gebruiken: **vet**, *schuin* en "
    "[tekst](https://voorbeeld.nl) voor een link. Schrijf dus **vet** in plaats van <b>vet</b>."
)


def refuse_markup(draft: Draft) -> None:
    """Add a problem for every answer that holds an HTML tag or comment."""
    for field_id, text in draft.answers.values.items():
        tag = next(find_tags(_outside_code(text)), None)
        if tag is not None:
            shown = tag.group() if len(tag.group()) <= 40 else tag.group()[:37] + "…"
            draft.problem(draft.label(field_id), ADVICE.format(tag=shown))


def _outside_code(text: str) -> str:
    """The answer without `code` spans, which Markdown shows as text."""
    parts = text.split("`")
    return " ".join(parts[0::2])
