"""Read the Markdown body GitHub makes of a submitted issue form.

GitHub writes every field as ``### Label``, a blank line and the answer; an empty field
becomes ``_No response_``; checkboxes become ``- [X] option`` or ``- [ ] option``. People may
edit the body afterwards, so only headings that are labels of the form start a new field: a
``###`` line inside a story stays part of the story.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from welkom.forms.spec import FORMS, Form

NO_RESPONSE = "_No response_"
_HEADING = re.compile(r"^#{1,6}[ \t]*(.+?)[ \t]*#*[ \t]*$")
_CHECKBOX = re.compile(r"^[ \t]*[-*][ \t]*\[([ xX])\][ \t]*(.+?)[ \t]*$")


def label_key(text: str) -> str:
    """Labels compared without case, accents, punctuation or extra spaces."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@dataclass(frozen=True, slots=True)
class Answers:
    """The answers of one form, by field id. A field left empty is absent."""

    form: Form
    values: dict[str, str]
    seen: frozenset[str]  # ids whose heading is in the body (answered or not)

    def get(self, field_id: str) -> str | None:
        self.form.field(field_id)  # a typo in a field id is a bug, not an empty answer
        return self.values.get(field_id)

    def checked(self, field_id: str) -> list[str]:
        """The ticked options of a checkbox field."""
        value = self.get(field_id) or ""
        return [m.group(2) for m in map(_CHECKBOX.match, value.splitlines()) if m and m[1] != " "]


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_answers(body: str, form: Form) -> Answers:
    labels = {label_key(f.label): f.id for f in form.fields}
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in normalise_newlines(body).split("\n"):
        heading = _HEADING.match(line)
        field_id = labels.get(label_key(heading[1])) if heading else None
        if field_id is not None and field_id not in sections:
            current = sections[field_id] = []
        elif current is not None:
            current.append(line)
    values: dict[str, str] = {}
    for field_id, lines in sections.items():
        value = "\n".join(line.rstrip() for line in lines).strip("\n")
        value = _dedent_blank(value).strip()
        if value and value != NO_RESPONSE:
            values[field_id] = value
    return Answers(form, values, frozenset(sections))


def _dedent_blank(value: str) -> str:
    """Drop whitespace-only lines' spaces so paragraphs stay separated by one empty line."""
    return "\n".join(line if line.strip() else "" for line in value.split("\n"))


def detect_form(body: str) -> Form | None:
    """The form whose labels appear most as headings in ``body``; None when none does."""
    headings = {
        label_key(m[1]) for m in map(_HEADING.match, normalise_newlines(body).split("\n")) if m
    }
    best: tuple[int, Form] | None = None
    for form in FORMS.values():
        score = sum(label_key(f.label) in headings for f in form.fields if f.required)
        if score and (best is None or score > best[0]):
            best = (score, form)
    return best[1] if best else None
