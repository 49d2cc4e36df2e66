"""The form "Nieuwe activiteit" → `activiteiten/<gemeente>/<buurt>/<slug>.yml`."""

from __future__ import annotations

import datetime as dt

from welkom.check.privacy import Allowlist, FieldKind
from welkom.forms.draft import Draft, slugify, unique
from welkom.forms.issuebody import Answers
from welkom.forms.lookup import Choice, NotFound, SiteIndex, find
from welkom.forms.spec import ACTIVITEIT
from welkom.forms.values import (
    PRIVACY_NOT_TICKED,
    model_problems,
    one_line,
    read_choice,
    read_dates,
    read_one_date,
    read_recurrence,
    read_time,
    required,
    ticked,
    time_text,
)
from welkom.forms.yamlwrite import Value, document, paragraphs
from welkom.model import Activiteit
from welkom.when import describe

SCHEMA = "# yaml-language-server: $schema=../../../schemas/activiteit.schema.json\n"
_TEXT_FIELDS = ("titel", "kosten", "aanmelden", "voor", "omschrijving")


def convert(answers: Answers, index: SiteIndex, today: dt.date) -> Draft:
    draft = Draft(answers)
    draft.problems += required(answers)
    if not ticked(answers, "privacy"):
        draft.problem(ACTIVITEIT.field("privacy").label, PRIVACY_NOT_TICKED)
    field = ACTIVITEIT.field
    get = answers.get

    where: tuple[Choice, Choice] | None = None
    if get("buurt"):
        try:
            where = index.buurt(get("gemeente"), get("buurt") or "")
        except NotFound as exc:
            draft.problem(field("buurt").label, str(exc))
    allow = Allowlist.EMPTY
    plek = organisatie = None
    if where is not None:
        gemeente, buurt = where
        draft.gemeente = gemeente.id
        allow = index.allowlist(gemeente.id)
        if get("plek"):
            try:
                plek = _plek(index, gemeente, buurt, get("plek") or "")
            except NotFound as exc:
                draft.problem(field("plek").label, str(exc))
        if get("organisatie"):
            try:
                organisatie = _organisatie(index, gemeente, get("organisatie") or "")
            except NotFound as exc:
                draft.problem(field("organisatie").label, str(exc))

    recurrence = draft.read("wanneer", read_recurrence)
    time = draft.read("tijd", read_time)
    dates = {key: d for key in ("vanaf", "tot") if (d := draft.read(key, read_one_date))}
    behalve = draft.read("behalve", lambda text: read_dates(text, holidays=True)) or []
    soort = draft.read("soort", lambda text: read_choice(field("soort"), text))

    if recurrence is not None and recurrence.needs_start and "vanaf" not in dates:
        draft.problem(
            field("vanaf").label,
            f"Bij ‘{one_line(get('wanneer') or '')}’ moeten we weten in welke week het begint. "
            "Vul bij Eerste keer de eerste datum in, zoals 2026-01-14.",
        )
    if "vanaf" in dates and "tot" in dates and dates["tot"] < dates["vanaf"]:
        draft.problem(
            field("tot").label, "De laatste keer ligt vóór de eerste keer. Kijk de datums na."
        )

    for key in _TEXT_FIELDS:
        draft.scan(key, FieldKind.TEXT, allow)
    if draft.problems or where is None or plek is None or recurrence is None or time is None:
        return draft

    gemeente, buurt = where
    titel = one_line(get("titel") or "")
    data: dict[str, Value] = {"titel": titel}
    if soort is not None:
        data["soort"] = soort
    data["plek"] = plek.id
    data["wanneer"] = one_line(get("wanneer") or "")
    data["tijd"] = time_text(time)
    for key in ("vanaf", "tot"):
        if key in dates:
            data[key] = dates[key]
    if behalve:
        data["behalve"] = list(behalve)
    for key in ("kosten", "aanmelden", "voor"):
        if get(key):
            data[key] = one_line(get(key) or "")
    if organisatie is not None:
        data["organisatie"] = organisatie.id
    data["omschrijving"] = paragraphs(get("omschrijving") or "")

    folder = f"activiteiten/{gemeente.id}/{buurt.id}"
    taken = {p.stem for p in (index.root / folder).glob("*.yml")}
    wanted = slugify(titel, "activiteit")
    slug = unique(wanted, taken)
    if slug != wanted:
        draft.notes.append(
            f"In {buurt.naam} staat al een activiteit met het bestand {folder}/{wanted}.yml. "
            "Is het dezelfde activiteit? Pas dan dat bestand aan, en sluit deze pull request."
        )
    text = document(data.items(), SCHEMA)
    draft.problems += model_problems(text, Activiteit, ACTIVITEIT)
    if draft.problems:
        return draft
    draft.files[f"{folder}/{slug}.yml"] = text
    draft.title = f"Nieuwe activiteit: {titel} in {buurt.naam}"
    draft.what = (
        f"{titel}, {describe(recurrence)}, {time.words()}, in {plek.naam} ({buurt.naam}, "
        f"{gemeente.naam})."
    )
    return draft


def _plek(index: SiteIndex, gemeente: Choice, buurt: Choice, text: str) -> Choice:
    """A plek of the buurt; or, when only there, of another buurt of the same gemeente."""
    own = index.plekken(gemeente.id, buurt.id)
    try:
        return find(text, own, "plek", "plekken", buurt.naam)
    except NotFound as exc:
        elsewhere: list[Choice] = []
        for other in index.buurten(gemeente.id):
            if other.id == buurt.id:
                continue
            for p in index.plekken(gemeente.id, other.id):
                try:
                    find(text, [p], "plek", "plekken")
                except NotFound:
                    continue
                elsewhere.append(Choice(f"{other.id}/{p.id}", p.naam))
        if len(elsewhere) == 1:
            return elsewhere[0]
        hint = "" if own else " Deze buurt heeft nog geen plekken."
        raise NotFound(
            f"{exc}{hint} Schrijf de naam van een plek zoals op de buurtpagina. Staat de plek er "
            "nog niet op? Vraag dan eerst een beheerder om de plek toe te voegen."
        ) from None


def _organisatie(index: SiteIndex, gemeente: Choice, text: str) -> Choice:
    try:
        return find(text, index.organisaties(gemeente.id), "organisatie", "organisaties")
    except NotFound as exc:
        raise NotFound(
            f"{exc} Laat dit leeg als de organisatie nog niet op de site staat; een beheerder "
            "kan haar later toevoegen."
        ) from None
