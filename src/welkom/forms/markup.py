"""No HTML from a form: an answer with a tag or comment in it is refused before anything is
written, with the same advice `welkom check` gives (check/markup.py). A form never writes a
file that holds raw HTML, not even one that the check would flag afterwards."""

from __future__ import annotations

from pathlib import Path

from welkom.audit.rules import audit_fragment
from welkom.forms.draft import Draft
from welkom.load.markdown import parse_markdown
from welkom.load.yamlfile import parse_yaml
from welkom.problems import Problem, Severity
from welkom.render.safe_html import find_tags, markdown_to_html, text_to_html

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


def audit_written(root: Path, files: list[str]) -> list[Problem]:
    """The build audit's rules (welkom/audit) over the HTML the written files become: every
    text as the site renders it (a story through its Markdown, other texts escaped). The bot
    builds no site, so this is its stand-in for the audit after a build."""
    problems: list[Problem] = []
    for rel in files:
        text = (root / rel).read_text(encoding="utf-8")
        if rel.endswith(".md"):
            parsed = parse_markdown(text, rel)
            data = parsed.front.data if parsed.front is not None else None
            rendered = [markdown_to_html(parsed.body)]
        else:
            data = parse_yaml(text, rel).document
            data = data.data if data is not None else None
            rendered = []
        rendered += [text_to_html(value) for value in _strings(data)]
        for html in rendered:
            for what in audit_fragment(html):
                problems.append(
                    Problem(
                        rel,
                        1,
                        1,
                        Severity.ERROR,
                        "audit.executable",
                        f"Op de site zou hier iets staan dat een browser kan uitvoeren ({what}). "
                        "Dat mag niet. Een beheerder kijkt mee.",
                    )
                )
    return problems


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []
