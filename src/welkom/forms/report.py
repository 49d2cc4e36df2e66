"""The texts people read: the pull request, the comment on the issue, and GitHub's outputs.

Everything a volunteer typed is shown inside code spans or blocks, and messages that repeat
their words are neutralised, so a form cannot mention people (`@…`), close other issues
(`closes #3`) or load images in the pull request or the comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from welkom.forms.draft import Draft
from welkom.forms.issuebody import Answers
from welkom.forms.spec import Form
from welkom.forms.values import FormProblem, ticked
from welkom.problems import Problem

HOW_TO_EDIT = (
    "**Zo pas je het aan:** klik bij je issue rechtsboven op de drie puntjes (`···`) en kies "
    "**Edit**. Verbeter wat hierboven staat en klik op **Update comment**. Welkom probeert het "
    "dan vanzelf opnieuw."
)
PRIVACY_NOTE = (
    "**Let op:** een issue is voor iedereen te zien. Haal de namen, telefoonnummers of "
    "e-mailadressen van mensen dus ook uit het issue weg. Een oude versie blijft in de "
    "geschiedenis van het issue staan: vraag een beheerder om die te verwijderen."
)
NO_PROBLEMS = "De controle vond geen problemen."
LONG = 120  # answers longer than this are shown as a block


def safe(text: str) -> str:
    """Text that GitHub shows as written: no mentions, issue links or HTML."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("@", "@\u2060")
    return re.sub(r"#(?=\d)", "#\u2060", text)


def _code_span(text: str) -> str:
    text = " ".join(text.split())
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _code_block(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`{3,}", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


def answers_list(answers: Answers) -> str:
    """What the form asked for: every answered field, as the volunteer wrote it."""
    lines: list[str] = []
    for f in answers.form.fields:
        value = answers.get(f.id)
        if value is None:
            continue
        label = _label(f.label)
        if f.choices and f.required:  # a required checkbox: say yes or no in words
            lines.append(f"- {label} {'ja' if ticked(answers, f.id) else 'nee'}")
        elif "\n" in value or len(value) > LONG:
            lines.append(f"- {label}\n\n" + _indent(_code_block(value)) + "\n")
        else:
            lines.append(f"- {label} {_code_span(value)}")
    return "\n".join(lines)


def _label(label: str) -> str:
    """`**Buurt:**`, but `**Hoe laat?**`: a question needs no colon after it."""
    return f"**{label}**" if label.endswith("?") else f"**{label}:**"


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" if line else "" for line in text.split("\n"))


def form_problems(problems: Iterable[FormProblem]) -> str:
    return "\n".join(
        f"- {_label(p.field)} {safe(p.message)}" if p.field else f"- {safe(p.message)}"
        for p in problems
    )


def check_problems(problems: Iterable[Problem]) -> str:
    lines = []
    for p in problems:
        kind = "fout" if p.is_error else "let op"
        lines.append(f"- `{p.path}` regel {p.line} ({kind}): {safe(' '.join(p.message.split()))}")
    return "\n".join(lines)


def pr_text(form: Form, draft: Draft, check: list[Problem], issue: int | None, branch: str) -> str:
    verb = "Nieuw" if draft.created else "Gewijzigd"
    files = "\n".join(f"- {verb}: `{path}`" for path in draft.files)
    if check:
        errors = any(p.is_error for p in check)
        result = (
            (
                "De controle vond iets dat nog anders moet:"
                if errors
                else "De controle vond iets om op te letten:"
            )
            + "\n\n"
            + check_problems(check)
            + "\n\n**Wat moet je doen?** Pas het issue aan; welkom maakt dit voorstel dan opnieuw. "
            "Of verbeter het bestand hier in de pull request: open **Files changed** en klik op "
            "het potloodje bij het bestand."
        )
    else:
        result = NO_PROBLEMS
    source = (
        f"Gemaakt uit issue #{issue}. Als deze pull request wordt samengevoegd, sluit het issue "
        f"vanzelf (closes #{issue})."
        if issue
        else "Gemaakt uit een ingevuld formulier."
    )
    return (
        f"Iemand vulde het formulier **{form.name}** in. Welkom maakte daar dit voorstel van.\n\n"
        f"### Wat komt er op de site?\n\n{_what(draft)}\n\n"
        f"### Het bestand\n\n{files}\n\n"
        f"### De controle\n\n{result}\n\n{_notes(draft)}"
        f"### Wat stond er in het formulier?\n\n{answers_list(draft.answers)}\n\n"
        "### Wat nu?\n\n"
        "Een beheerder kijkt dit voorstel na en voegt het samen. Daarna staat het op de site. "
        "Moet er nog iets anders? Pas dan het issue aan. Welkom maakt dit voorstel dan opnieuw "
        f"(in de branch `{branch}`).\n\n"
        f"{source}\n"
    )


def _notes(draft: Draft) -> str:
    return "".join(f"**Let op:** {safe(note)}\n\n" for note in draft.notes)


def _what(draft: Draft) -> str:
    details = "".join(f"\n- {safe(line)}" for line in draft.details)
    return safe(draft.what) + ("\n" + details if details else "")


def comment_done(draft: Draft, check: list[Problem]) -> str:
    errors = [p for p in check if p.is_error]
    head = (
        f"Dank je wel! Welkom heeft van je formulier een voorstel gemaakt: "
        f"**{safe(draft.title)}**.\n\n{_what(draft)}\n\n"
    )
    if not check:
        body = f"{NO_PROBLEMS} Een beheerder kijkt het voorstel na. Daarna staat het op de site."
    elif errors:
        body = (
            "De controle vond nog iets dat anders moet:\n\n"
            + check_problems(check)
            + "\n\nPas het issue aan, dan maakt welkom het voorstel opnieuw. Weet je niet hoe? "
            "Geen zorgen: een beheerder kijkt mee.\n\n" + HOW_TO_EDIT
        )
    else:
        body = (
            "De controle vond iets om op te letten:\n\n"
            + check_problems(check)
            + "\n\nEen beheerder kijkt het voorstel na."
        )
    return head + body + "\n"


def comment_failed(problems: list[FormProblem]) -> str:
    text = (
        "Dank je wel voor het invullen! Welkom kon er nog geen voorstel van maken. Dit moet "
        f"nog anders:\n\n{form_problems(problems)}\n\n{HOW_TO_EDIT}\n"
    )
    if any(p.privacy for p in problems):
        text += f"\n{PRIVACY_NOTE}\n"
    return text


def comment_unknown_form() -> str:
    return (
        "Welkom herkent dit formulier niet. Maak een nieuw issue en kies daar een van de "
        "formulieren: **Nieuwe activiteit**, **Plek wijzigen** of **Nieuw verhaal**.\n"
    )


def comment_internal_error() -> str:
    return (
        "Dank je wel voor het invullen! Er ging iets mis in welkom zelf. Dit is niet jouw fout. "
        "Een beheerder kijkt ernaar.\n"
    )


def outputs(values: dict[str, str]) -> str:
    """`name=value` lines for $GITHUB_OUTPUT; a value can never start a second line."""
    return "".join(f"{key}={' '.join(str(value).split())}\n" for key, value in values.items())
