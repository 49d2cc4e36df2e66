"""Read the answers of a form: dates, times, recurrence, choices, and personal data in text.

Times and recurrence go through the same parsers as the YAML files (`welkom.when`), so a
volunteer gets the same Dutch help ("Bedoel je `zaterdag`?") in a form as in a file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass

from pydantic import BaseModel

from welkom.check.privacy import Allowlist, FieldKind, scan_text
from welkom.check.validate import validate
from welkom.forms.issuebody import Answers, label_key
from welkom.forms.spec import Field, Form
from welkom.load.yamlfile import parse_yaml
from welkom.when import parse_recurrence, parse_time_range
from welkom.when.dates import read_date
from welkom.when.types import Recurrence, TimeRange, WhenError
from welkom.when.words import MONTH_WORDS


@dataclass(frozen=True, slots=True)
class FormProblem:
    """What is wrong in one field of the form (``field`` is its label; "" for the whole form)."""

    field: str
    message: str
    privacy: bool = False


class Invalid(Exception):
    """An answer that cannot be used; the message says what to write instead."""


def one_line(text: str) -> str:
    return " ".join(text.split())


def read_one_date(text: str) -> dt.date:
    """2026-01-17, 17-1-2026 or 17 januari 2026."""
    try:
        date = read_date(one_line(text).lower())
    except WhenError as exc:
        raise Invalid(str(exc)) from None
    if date is None:
        raise Invalid(
            f"‘{one_line(text)}’ is geen datum. Schrijf een datum zoals 2026-01-17 of "
            "17 januari 2026."
        )
    return date


def read_dates(text: str, *, holidays: bool = False) -> list[dt.date | str]:
    """Dates separated by commas or line breaks; with ``holidays`` also the word feestdagen."""
    found: list[dt.date | str] = []
    for piece in re.split(r"[,;\n]+", text):
        piece = piece.strip().strip("-*• ").strip()
        if not piece:
            continue
        if holidays and label_key(piece) in ("feestdagen", "op feestdagen", "feestdag"):
            found.append("feestdagen")
        else:
            found.append(read_one_date(piece))
    words = [d for d in found if isinstance(d, str)][:1]
    dates = sorted({d for d in found if isinstance(d, dt.date)})
    return [*words, *dates]


def read_month(text: str) -> tuple[dt.date, bool]:
    """`2026-10` or `oktober 2026` (the first of that month, True) or a whole date (False)."""
    clean = one_line(text).lower()
    if found := re.fullmatch(r"([0-9]{4})-([0-9]{1,2})", clean):
        year, month = int(found[1]), int(found[2])
        if 1 <= month <= 12:
            return dt.date(year, month, 1), True
    if found := re.fullmatch(r"([a-z]+)\.? ([0-9]{4})", clean):
        month = MONTH_WORDS.get(found[1])
        if month is not None:
            return dt.date(int(found[2]), month, 1), True
    try:
        return read_one_date(text), False
    except Invalid:
        raise Invalid(
            f"‘{one_line(text)}’ kunnen we niet lezen. Schrijf de maand en het jaar, zoals "
            "oktober 2026, of een datum zoals 2026-10-14."
        ) from None


def read_time(text: str) -> TimeRange:
    """A begin and an end time. Only a begin time is fine when the text says `vanaf`."""
    try:
        time = parse_time_range(one_line(text))
    except WhenError as exc:
        raise Invalid(str(exc)) from None
    if time.end is None and "vanaf" not in text.lower():
        start = time.words().removeprefix("vanaf ")
        raise Invalid(
            f"Schrijf hoe laat het begint én hoe laat het klaar is, zoals {start}-16.00. "
            f"Is er geen vaste eindtijd? Schrijf dan ‘vanaf {start}’."
        )
    return time


def time_text(time: TimeRange) -> str:
    """A time range as the YAML files write it: 13.00-16.00, or vanaf 19.30."""
    return time.words().replace("–", "-")


def read_recurrence(text: str) -> Recurrence:
    try:
        return parse_recurrence(one_line(text))
    except WhenError as exc:
        raise Invalid(str(exc)) from None


def read_choice(field: Field, text: str) -> str:
    """The data value of a dropdown option; the value itself is fine too (an edited body)."""
    key = label_key(text)
    for option, value in field.choices.items():
        if key in (label_key(option), label_key(value)):
            return value
    options = ", ".join(field.choices)
    raise Invalid(f"‘{one_line(text)}’ kennen we hier niet. Kies uit: {options}.")


def read_choices(field: Field, text: str) -> list[str]:
    """The values of a dropdown where more options can be chosen (GitHub joins them with ", ")."""
    values = [read_choice(field, part) for part in re.split(r",\s*|\n", text) if part.strip()]
    return list(dict.fromkeys(values))


# The scanner's advice for phone numbers and e-mail addresses points at YAML keys; in a form
# the fix is simpler.
_FORM_ADVICE = {
    "privacy.mobile-phone": (
        "Hier staat een mobiel nummer (06-…). Dat is een persoonlijk nummer, en de site is voor "
        "iedereen te zien. Haal het weg. Schrijf liever waar en wanneer iemand te vinden is, "
        "zoals ‘bij de balie van het buurthuis’."
    ),
    "privacy.phone": (
        "Hier staat een telefoonnummer. Dat kan van een persoon zijn, en de site is voor "
        "iedereen te zien. Haal het weg. Schrijf liever waar en wanneer iemand te vinden is, "
        "zoals ‘bij de balie van het buurthuis’."
    ),
    "privacy.email": (
        "Hier staat een e-mailadres. Dat kan van een persoon zijn, en de site is voor iedereen "
        "te zien. Haal het weg. Schrijf liever hoe je je aanmeldt zonder e-mail, zoals ‘bij de "
        "balie van het buurthuis’."
    ),
}


def scan(field: Field, text: str, kind: FieldKind, allow: Allowlist) -> list[FormProblem]:
    """Personal data in an answer, as problems for the form. Warnings are left to the check."""
    return [
        FormProblem(field.label, _FORM_ADVICE.get(finding.code, finding.message), privacy=True)
        for finding in scan_text(text, kind, allow)
        if finding.is_error
    ]


def required(answers: Answers) -> list[FormProblem]:
    """A problem for every required text field left empty."""
    return [
        FormProblem(f.label, "Dit is nog leeg. Vul het in.")
        for f in answers.form.fields
        if f.required and not f.choices and answers.get(f.id) is None
    ]


def ticked(answers: Answers, field_id: str) -> bool:
    """Whether the (only) option of a required checkbox is ticked."""
    field = answers.form.field(field_id)
    keys = {label_key(option) for option in field.choices}
    return any(label_key(option) in keys for option in answers.checked(field_id))


PRIVACY_NOT_TICKED = (
    "Zet het vinkje bij Privacy. Kijk eerst of er geen namen, telefoonnummers, e-mailadressen of "
    "huisadressen van mensen in je tekst staan."
)


def model_problems(
    text: str,
    model: type[BaseModel],
    form: Form,
    owner: str = "",
    keys: Collection[str] | None = None,
) -> list[FormProblem]:
    """The model's problems with YAML about to be written, under the labels of the form.

    The converters read every answer themselves; this is the last guard (a title longer than
    the model allows, for instance), so nothing is written that the check would refuse.
    ``owner`` limits it to one part, such as ``plekken[2]``, and ``keys`` to some of its keys;
    problems elsewhere in the file are left to the check.
    """
    result = parse_yaml(text, "formulier.yml")
    if result.document is None:
        return [FormProblem("", p.message) for p in result.problems]
    _, problems = validate(result.document, model)
    found: list[FormProblem] = []
    for p in [*result.problems, *problems]:
        if owner and not p.field.startswith(owner + "."):
            continue
        key = re.split(r"[.\[]", p.field.removeprefix(owner + ".") if owner else p.field)[0]
        if keys is not None and key not in keys:
            continue
        label = next((f.label for f in form.fields if f.id == key), "")
        found.append(FormProblem(label, p.message))
    return found
