"""pydantic's validation errors → located messages in plain Dutch, with a fix for each."""

from __future__ import annotations

import difflib
import types
import typing
from enum import Enum
from typing import Any

from pydantic import BaseModel, ValidationError

from welkom.check.slug import slug_from_name
from welkom.load.document import Document, Loc
from welkom.problems import Problem

# Keys volunteers reach for that we deliberately do not have, and why.
_FORBIDDEN_KEYS: dict[tuple[str, str], str] = {
    ("Sleutelfiguur", "naam"): (
        "Een sleutelfiguur heeft geen naam op deze site. We beschrijven rollen, geen mensen: "
        "namen zijn persoonsgegevens, en mensen wisselen van baan. Haal `naam:` weg en "
        "beschrijf de rol, zoals `rol: huismeester`."
    ),
    ("Sleutelfiguur", "telefoon"): (
        "Een sleutelfiguur heeft geen eigen telefoonnummer op deze site: dat is persoonlijk. "
        "Zet bij `organisatie:` de organisatie; haar algemene nummer staat in het "
        "gemeentebestand."
    ),
    ("Sleutelfiguur", "email"): (
        "Een sleutelfiguur heeft geen eigen e-mailadres op deze site: dat is persoonlijk. "
        "Zet bij `organisatie:` de organisatie; haar algemene adres staat in het gemeentebestand."
    ),
    ("Verhaal", "naam"): (
        "Een verhaal heeft geen naam van de verteller. Schrijf bij `verteller:` een rol, "
        "zoals 'een nieuwe bewoner'."
    ),
    ("Verhaal", "auteur"): (
        "Een verhaal heeft geen auteur met naam. Schrijf bij `verteller:` een rol, "
        "zoals 'een nieuwe bewoner'."
    ),
}

_VALUE_ERRORS: dict[str, str] = {
    "hulplijn-onbereikbaar": (
        "Bij deze hulplijn staat niet hoe je hem bereikt. Vul `telefoon`, `website`, `email` "
        "of `organisatie` in."
    ),
    "tot-voor-vanaf": "De datum bij `tot` ligt vóór `vanaf`. Draai ze om of verbeter de datum.",
    "vanaf-nodig": (
        "Bij 'om de week' moet welkom weten in welke week het begint. Vul `vanaf:` in met de "
        "eerste datum, zoals `vanaf: 2026-01-14`."
    ),
    "url": "Dit is geen webadres. Schrijf het volledig, met https:// ervoor.",
    "klopt-niet-leeg": (
        "Vul bij `klopt_niet` een `email` (een algemeen adres, nooit van een persoon) of een "
        "`formulier` (een webadres) in, of haal `klopt_niet` weg."
    ),
}

# Model-level rules that are really about one field.
_VALUE_ERROR_FIELDS = {"tot-voor-vanaf": "tot", "vanaf-nodig": "wanneer"}

_PATTERN_HINTS: dict[str, str] = {
    "Id": "Gebruik alleen kleine letters, cijfers en streepjes, zoals `buurthuis-de-kiem`.",
    "telefoon": (
        "Schrijf een telefoonnummer met alleen cijfers, spaties of streepjes, zoals 0800-1205."
    ),
    "email": "Dit is geen goed e-mailadres. Schrijf het zoals info@voorbeeld.nl.",
    "cbs_code": "Een CBS-buurtcode ziet eruit als BU09990101: BU, vier cijfers en dan vier tekens.",
    "bestand": "Schrijf alleen de bestandsnaam van de foto (jpg, png of webp), zoals plantje.jpg.",
    "plek": (
        "Schrijf het id van een plek in deze buurt, zoals `buurthuis-de-kiem`, of "
        "`andere-buurt/plek-id` voor een plek in een andere buurt."
    ),
}


def translate(error: ValidationError, doc: Document, model: type[BaseModel]) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[Loc] = set()
    for err in error.errors(include_url=False):
        loc = _data_loc(doc.data, err["loc"])
        if loc in seen:
            continue  # a union reports each branch; one message per place is enough
        seen.add(loc)
        problems.append(_one(err, loc, doc, model))
    return problems


def _one(err: Any, loc: Loc, doc: Document, root: type[BaseModel]) -> Problem:
    kind = err["type"]
    names = [i for i, part in enumerate(loc) if isinstance(part, str)]
    field = str(loc[names[-1]]) if names else ""
    owner = _model_at(root, loc[: names[-1]]) if names else root
    code = f"model.{kind}"
    if kind == "extra_forbidden":
        return doc.problem(loc, "model.unknown-key", _unknown_key(owner, field), key=True)
    if kind == "missing":
        message = _missing(owner, field) + _suggested_id(doc.data, loc, field)
        return doc.problem(loc[:-1], "model.missing", message, key=True)
    if kind == "value_error":
        reason = str((err.get("ctx") or {}).get("error", ""))
        if reason in _VALUE_ERROR_FIELDS:  # a whole-model rule about one field: point there
            loc = (*loc, _VALUE_ERROR_FIELDS[reason])
    return doc.problem(loc, code, _message(kind, err, field, owner, loc))


def _unknown_key(owner: type[BaseModel] | None, key: str) -> str:
    name = owner.__name__ if owner else ""
    if (name, key) in _FORBIDDEN_KEYS:
        return _FORBIDDEN_KEYS[(name, key)]
    fields = sorted(owner.model_fields) if owner else []
    close = difflib.get_close_matches(key.lower(), fields, n=1, cutoff=0.6)
    if close:
        return f"De sleutel `{key}` kent welkom niet. Bedoel je `{close[0]}`?"
    known = ", ".join(f"`{f}`" for f in fields)
    return f"De sleutel `{key}` kent welkom hier niet. Hier kan: {known}."


def _suggested_id(data: Any, loc: Loc, field: str) -> str:
    """A missing `id` next to a `naam`: propose the id made from the name."""
    if field != "id":
        return ""
    node = data
    for part in loc[:-1]:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return ""
    name = node.get("naam") if isinstance(node, dict) else None
    slug = slug_from_name(name) if isinstance(name, str) else ""
    return f" Uit de naam gemaakt: `id: {slug}`." if slug else ""


def _missing(owner: type[BaseModel] | None, field: str) -> str:
    info = owner.model_fields.get(field) if owner else None
    hint = f" ({info.description})" if info and info.description else ""
    return f"`{field}` ontbreekt. Vul `{field}:` in{hint}."


def _message(kind: str, err: Any, field: str, owner: type[BaseModel] | None, loc: Loc) -> str:
    ctx = err.get("ctx") or {}
    if kind.startswith("welkom_"):
        return str(err["msg"])
    if kind in ("value_error", "assertion_error"):
        reason = str(ctx.get("error", ""))
        return _VALUE_ERRORS.get(reason, f"Deze waarde klopt niet: {reason}.")
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return (
            f"Bij `{field or 'dit bestand'}` hoort een blok met sleutels eronder (zoals "
            "`naam: …`), geen losse tekst of lijst. Kijk hoe het in een ander bestand staat."
        )
    if kind in ("list_type", "tuple_type"):
        if field == "geo":
            return "Schrijf `geo` als [breedtegraad, lengtegraad], zoals `geo: [52.0001, 5.0002]`."
        return (
            f"Bij `{field}` hoort een lijst: zet elke waarde op een eigen regel met een streepje "
            "ervoor (`- …`)."
        )
    if kind in ("string_type",):
        return f"Bij `{field}` hoort gewone tekst, geen lijst of blok."
    if kind in ("string_too_short",):
        return f"`{field}` is leeg. Vul het in, of haal de regel weg."
    if kind in ("string_too_long",):
        limit = ctx.get("max_length")
        return f"De tekst bij `{field}` is te lang ({limit} tekens is de grens). Maak hem korter."
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(field) or _PATTERN_HINTS.get(_field_type_name(owner, field), "")
        return f"De waarde bij `{field}` heeft niet de goede vorm. {hint}".strip()
    if kind in ("bool_type", "bool_parsing"):
        return f"Bij `{field}` hoort `ja` of `nee` (of `true` of `false`)."
    if kind in ("float_parsing", "float_type", "int_parsing", "int_type"):
        if field == "geo" or (len(loc) >= 2 and loc[-2] == "geo"):
            return "Schrijf `geo` als twee getallen met een punt, zoals `geo: [52.0001, 5.0002]`."
        return f"Bij `{field}` hoort een getal."
    if kind in ("greater_than_equal", "less_than_equal"):
        if len(loc) >= 2 and loc[-2] == "geo":
            return (
                "Deze plek ligt niet in Nederland. Schrijf eerst de breedtegraad (50,7 tot 53,6) "
                "en dan de lengtegraad (3,3 tot 7,3), zoals `geo: [52.0001, 5.0002]`."
            )
        return f"Het getal bij `{field}` is te groot of te klein."
    if kind in ("too_short", "too_long"):
        if field == "geo":
            return "Schrijf bij `geo` precies twee getallen, zoals `geo: [52.0001, 5.0002]`."
        return f"Bij `{field}` staan te veel of te weinig waarden."
    if kind in (
        "date_from_datetime_parsing",
        "date_parsing",
        "date_type",
        "date_from_datetime_inexact",
    ):
        return (
            "Deze datum bestaat niet of welkom kan hem niet lezen. Schrijf een datum als "
            "jaar-maand-dag, zoals 2026-01-17."
        )
    if kind == "enum":
        expected = _enum_values(owner, field, loc)
        given = _given(err)
        close = difflib.get_close_matches(str(given).lower(), expected, n=1, cutoff=0.6)
        hint = f" Bedoel je `{close[0]}`?" if close else ""
        options = ", ".join(expected)
        return f"`{given}` kent welkom niet bij `{field}`.{hint} Kies uit: {options}."
    if kind == "literal_error":
        return f"Deze waarde kan niet bij `{field}`. Kies uit: {ctx.get('expected', '')}."
    return f"De waarde bij `{field}` klopt niet ({err.get('msg', kind)})."


def _given(err: Any) -> Any:
    return err.get("input", "?")


def _data_loc(data: Any, loc: tuple[Any, ...]) -> Loc:
    """Keep only the parts of pydantic's loc that exist in the data (drops union branch tags)."""
    out: list[str | int] = []
    node = data
    for part in loc:
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            out.append(part)
            node = node[part]
        elif isinstance(part, str) and isinstance(node, dict):
            out.append(part)  # a missing key: keep it so the message can name it
            node = None
        else:
            continue
    return tuple(out)


def _unwrap(tp: Any) -> list[Any]:
    """The classes inside Optional[...], list[...], tuple[...], Annotated[...]."""
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(tp)[0])
    if origin in (list, tuple, typing.Union, types.UnionType):
        return [c for arg in typing.get_args(tp) for c in _unwrap(arg)]
    return [tp]


def _model_at(root: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    current: type[BaseModel] | None = root
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        info = current.model_fields.get(part)
        if info is None:
            return None
        models = [
            c for c in _unwrap(info.annotation) if isinstance(c, type) and issubclass(c, BaseModel)
        ]
        current = models[0] if models else None
    return current


def _enum_values(owner: type[BaseModel] | None, field: str, loc: Loc) -> list[str]:
    if owner is None:
        return []
    info = owner.model_fields.get(field)
    if info is None and len(loc) >= 2:
        info = owner.model_fields.get(str(loc[-2]))
    if info is None:
        return []
    for c in _unwrap(info.annotation):
        if isinstance(c, type) and issubclass(c, Enum):
            return [str(m.value) for m in c]
    return []


def _field_type_name(owner: type[BaseModel] | None, field: str) -> str:
    if owner is None or field not in owner.model_fields:
        return ""
    info = owner.model_fields[field]
    for meta in info.metadata:
        if getattr(meta, "pattern", None) and "a-z0-9" in str(meta.pattern):
            return "Id"
    return ""
