"""The form "Plek wijzigen" → the buurt file, with only the filled-in keys of one plek changed."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from welkom.check.privacy import Allowlist, FieldKind
from welkom.forms.draft import Draft
from welkom.forms.issuebody import Answers, label_key
from welkom.forms.lookup import NotFound, SiteIndex, find
from welkom.forms.spec import PLEK
from welkom.forms.splice import SpliceError, set_plek_fields, verify
from welkom.forms.values import (
    PRIVACY_NOT_TICKED,
    Invalid,
    model_problems,
    one_line,
    read_choice,
    read_choices,
    read_dates,
    required,
    ticked,
)
from welkom.forms.yamlwrite import Value, paragraphs
from welkom.model import Buurt, Plek
from welkom.when import opening_words, parse_opening
from welkom.when.types import WhenError
from welkom.when.words import MONTH_NAMES

CHANGE_FIELDS = ("naam", "soort", "open", "gesloten", "toegankelijk", "omschrijving", "website")
NO_HOURS = frozenset({"geen", "geen vaste tijden", "geen openingstijden", "op afspraak"})
_URL = re.compile(r"^https?://[^\s/]+\.[^\s]+$")
_SCANNED = (
    ("naam", FieldKind.TEXT),
    ("omschrijving", FieldKind.TEXT),
    ("website", FieldKind.CONTACT),
    ("toelichting", FieldKind.TEXT),  # it goes into the pull request, which is public too
)
WORDS = {
    "naam": "naam",
    "soort": "soort",
    "open": "openingstijden",
    "gesloten": "dagen dicht",
    "toegankelijk": "toegankelijkheid",
    "omschrijving": "beschrijving",
    "website": "website",
}


def convert(answers: Answers, index: SiteIndex, today: dt.date) -> Draft:
    draft = Draft(answers, created=False)
    field = PLEK.field
    get = answers.get
    draft.problems += required(answers)
    if not ticked(answers, "privacy"):
        draft.problem(field("privacy").label, PRIVACY_NOT_TICKED)
    if not any(get(key) for key in CHANGE_FIELDS):
        draft.problem(
            "",
            "Je hebt niets ingevuld om te veranderen. Vul in wat er anders moet, bijvoorbeeld "
            "de openingstijden.",
        )

    changes: dict[str, Value] = {}
    readers = {
        "naam": lambda text: one_line(text),
        "soort": lambda text: read_choice(field("soort"), text),
        "open": _opening,
        "gesloten": read_dates,
        "toegankelijk": lambda text: read_choices(field("toegankelijk"), text),
        "omschrijving": paragraphs,
        "website": _website,
    }
    for key in CHANGE_FIELDS:
        value = draft.read(key, readers[key])
        if value is not None:
            changes[key] = value

    where = None
    if get("buurt"):
        try:
            where = index.buurt(get("gemeente"), get("buurt") or "")
        except NotFound as exc:
            draft.problem(field("buurt").label, str(exc))
    allow = Allowlist.EMPTY
    plek_index = None
    if where is not None:
        gemeente, buurt = where
        draft.gemeente = gemeente.id
        allow = index.allowlist(gemeente.id)
        choices = index.plekken(gemeente.id, buurt.id)
        if get("plek"):
            try:
                plek = find(get("plek") or "", choices, "plek", "plekken", buurt.naam)
            except NotFound as exc:
                draft.problem(
                    field("plek").label,
                    f"{exc} Schrijf de naam van de plek zoals die nu op de buurtpagina staat. "
                    "Een nieuwe plek toevoegen kan niet met dit formulier: vraag het een "
                    "beheerder.",
                )
            else:
                plek_index = [c.id for c in choices].index(plek.id)

    for key, kind in _SCANNED:
        draft.scan(key, kind, allow)
    if draft.problems or where is None or plek_index is None:
        return draft

    gemeente, buurt = where
    rel = f"buurten/{gemeente.id}/{buurt.id}.yml"
    old_text = (index.root / rel).read_text(encoding="utf-8")
    current = index.data(rel)["plekken"][plek_index]
    try:
        if "gesloten" in changes:
            changes["gesloten"] = _merge_dates(current.get("gesloten"), changes["gesloten"])
        changes = {k: v for k, v in changes.items() if not _same(current.get(k), v)}
        if not changes:
            draft.problem("", "Dit staat al zo op de site. Er hoeft niets te veranderen.")
            return draft
        new_text = set_plek_fields(old_text, plek_index, changes, list(Plek.model_fields))
        verify(old_text, new_text, plek_index, changes)
        draft.problems += model_problems(
            new_text, Buurt, PLEK, f"plekken[{plek_index}]", keys=set(changes)
        )
    except SpliceError as exc:
        draft.problem(
            "",
            f"We konden {rel} niet veilig aanpassen ({exc}). Dit is niet jouw fout. Een "
            "beheerder past het met de hand aan.",
        )
        return draft
    if draft.problems:
        return draft
    draft.files[rel] = new_text
    naam = current.get("naam") or current.get("id")
    draft.title = f"Plek gewijzigd: {naam} in {buurt.naam}"
    words = [WORDS[k] for k in CHANGE_FIELDS if k in changes]
    listed = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} en {words[-1]}"
    draft.what = f"Bij {naam} ({buurt.naam}, {gemeente.naam}) verandert: {listed}."
    draft.details = [f"{WORDS[k].capitalize()}: {_words(k, current, changes[k])}" for k in changes]
    return draft


def _words(key: str, current: dict[str, Any], value: Value) -> str:
    """A new value in words, as the buurt page will show it."""
    if key == "open":
        lines = [opening_words(parse_opening(str(line))) for line in value or []]
        return " · ".join(lines) or "geen vaste tijden"
    if key == "gesloten":
        old = set(current.get("gesloten") or [])
        new = [d for d in value if isinstance(d, dt.date) and d not in old]
        return "erbij " + ", ".join(f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}" for d in new)
    if key in ("soort", "toegankelijk"):
        field = PLEK.field(key)
        names = {v: option for option, v in field.choices.items()}
        values = value if isinstance(value, list) else [value]
        return ", ".join(names.get(str(v), str(v)).lower() for v in values) or "niets"
    return str(value).replace("\n", " ")


def _opening(text: str) -> list[str]:
    lines = [one_line(line).strip("-*• ").strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) == 1 and label_key(lines[0]) in NO_HOURS:
        return []
    for line in lines:
        try:
            parse_opening(line)
        except WhenError as exc:
            raise Invalid(str(exc)) from None
    return lines


def _website(text: str) -> str:
    url = one_line(text)
    if not re.match(r"^https?://", url, re.IGNORECASE):
        url = "https://" + url
    if not _URL.match(url):
        raise Invalid(
            f"‘{one_line(text)}’ is geen webadres. Schrijf het hele adres, zoals "
            "https://www.voorbeeld.nl/buurthuis."
        )
    return url


def _merge_dates(existing: Any, new: Value) -> list[dt.date]:
    """The dates already in the file plus the new ones, sorted, each once."""
    old = existing if isinstance(existing, list) else []
    if not all(isinstance(d, dt.date) for d in old):
        raise SpliceError("bij `gesloten` staat iets dat geen datum is")
    added = new if isinstance(new, list) else []
    return sorted({*old, *(d for d in added if isinstance(d, dt.date))})


def _same(current: Any, new: Value) -> bool:
    if isinstance(current, str) and isinstance(new, str):
        return " ".join(current.split()) == " ".join(new.split())
    return current == new
