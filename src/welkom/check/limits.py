"""Limits a real buurt never reaches, so that no input can make the build run for an hour.

A buurt with 100,000 activities passed the check and then took more than ten minutes, 3.8 GB
and a 97 MB page to build. The numbers below are far above any real buurt (the example buurten
have a handful of each) and keep the largest allowed buurt cheap to build; see MAINTAINING.md
and `scripts/bench_limits.py` for what it costs. Text fields have their limits in the models
(`Text`: 5,000 characters, `ShortText`: 200) and every file has one in `load/source.py` (1 MB).

Occurrences of one series are bounded by these too: the `wanneer` phrases go no finer than
one date a day, so in the horizon (default 8 weeks) a series has at most 56 dates from its
rule plus `MAX_DATES` extra `ook:` dates.
"""

from __future__ import annotations

from pydantic import BaseModel

from welkom.load.document import Document
from welkom.model import Buurt
from welkom.problems import Problem, Severity
from welkom.site import Site

MAX_ACTIVITIES_PER_BUURT = 200
MAX_STORIES_PER_BUURT = 500
MAX_STORY_CHARS = 50_000
MAX_DATES = 100  # `ook`, `behalve`, `vervalt`, `gesloten`: dates in one list
# An activity's `omschrijving` goes into every feed item, once per date: 5,000 characters on
# 200 activities on every weekday made a 60 MB buurt feed (scripts/bench_limits.py).
MAX_ACTIVITY_TEXT = 1000
# (model, list field) → the most items a real file needs, and the Dutch word for one item.
MAX_ITEMS: dict[tuple[str, str], tuple[int, str]] = {
    ("Buurt", "plekken"): (100, "plekken"),
    ("Buurt", "sleutelfiguren"): (50, "sleutelfiguren"),
    ("Buurt", "hulp"): (50, "hulplijnen"),
    ("Buurt", "welkom"): (50, "tips"),
    ("Plek", "open"): (20, "regels met openingstijden"),
    ("Plek", "gesloten"): (MAX_DATES, "datums"),
    ("Plek", "toegankelijk"): (20, "kenmerken"),
    ("Activiteit", "behalve"): (MAX_DATES, "datums"),
    ("Activiteit", "ook"): (MAX_DATES, "datums"),
    ("Activiteit", "vervalt"): (MAX_DATES, "datums"),
    ("Gemeente", "organisaties"): (500, "organisaties"),
    ("Gemeente", "hulp"): (100, "hulplijnen"),
    ("Landelijk", "organisaties"): (500, "organisaties"),
    ("Landelijk", "hulp"): (100, "hulplijnen"),
}


def check_limits(site: Site) -> list[Problem]:
    problems: list[Problem] = []
    for doc, model in site.documents():
        problems += _list_limits(doc, model, ())
    for activity in site.activiteiten.values():
        text = activity.model.omschrijving or ""
        if len(text) > MAX_ACTIVITY_TEXT:
            problems.append(
                activity.doc.problem(
                    ("omschrijving",),
                    "limit.text-length",
                    f"De omschrijving is te lang: {_number(len(text))} tekens, de grens is "
                    f"{_number(MAX_ACTIVITY_TEXT)} voor een activiteit (hij staat bij elke datum "
                    "in de agenda's en feeds). Maak hem korter; meer vertellen kan op de pagina "
                    "van de plek of in een verhaal.",
                )
            )
    for buurt in site.buurten.values():
        problems += _too_many(
            site, buurt.model.naam, sorted(buurt.activiteiten), MAX_ACTIVITIES_PER_BUURT, "act"
        )
        problems += _too_many(
            site, buurt.model.naam, sorted(buurt.verhalen), MAX_STORIES_PER_BUURT, "story"
        )
    for story in site.verhalen.values():
        if len(story.body) > MAX_STORY_CHARS:
            problems.append(
                Problem(
                    story.doc.path,
                    story.body_line,
                    1,
                    Severity.ERROR,
                    "limit.story-length",
                    f"Dit verhaal is te lang: {_number(len(story.body))} tekens, de grens is "
                    f"{_number(MAX_STORY_CHARS)}. Een verhaal leest prettig als het kort is. "
                    "Maak het korter, of maak er twee verhalen van.",
                )
            )
    return problems


def _list_limits(doc: Document, model: BaseModel, loc: tuple[str | int, ...]) -> list[Problem]:
    problems: list[Problem] = []
    for name, most, words in _BY_MODEL.get(type(model).__name__, ()):
        value = getattr(model, name)
        if len(value) > most:
            problems.append(
                doc.problem(
                    (*loc, name, most),
                    "limit.too-many",
                    f"Hier staan {_number(len(value))} {words}; de grens is {most}. Zoveel "
                    "heeft geen echte buurt nodig, en de pagina wordt er te lang van. Haal er "
                    "een deel weg (staat er iets dubbel?).",
                )
            )
    if isinstance(model, Buurt):
        for index, plek in enumerate(model.plekken):
            problems += _list_limits(doc, plek, (*loc, "plekken", index))
    return problems


_BY_MODEL: dict[str, list[tuple[str, int, str]]] = {}
for (_model, _field), (_most, _words) in MAX_ITEMS.items():
    _BY_MODEL.setdefault(_model, []).append((_field, _most, _words))


def _too_many(site: Site, naam: str, ids: list[str], most: int, what: str) -> list[Problem]:
    if len(ids) <= most:
        return []
    if what == "act":
        first = site.activiteiten[ids[most]].doc.path
        words = (
            f"De buurt {naam} heeft {_number(len(ids))} activiteiten; de grens is {most}. Zoveel "
            "activiteiten past niet op één buurtpagina. Haal oude of dubbele activiteiten weg. "
            "Dit bestand is het eerste boven de grens (op volgorde van naam)."
        )
    else:
        first = site.verhalen[ids[most]].doc.path
        words = (
            f"Bij de buurt {naam} staan {len(ids)} verhalen; de grens is {most}. Haal oude "
            "verhalen weg. Dit bestand is het eerste boven de grens (op volgorde van naam)."
        )
    return [Problem(first, 1, 1, Severity.ERROR, "limit.too-many", words)]


def _number(count: int) -> str:
    """``50.000``: thousands with a point, as Dutch readers write them."""
    return f"{count:,}".replace(",", ".")
