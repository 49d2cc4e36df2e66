"""Organisations and help lines: the same words in a buurt, a gemeente and the national file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from welkom.diff.matching import match
from welkom.diff.model import Action
from welkom.diff.said import Said, changed
from welkom.diff.sides import Side
from welkom.diff.words import Field, field_changes, one_line, quoted, reference
from welkom.model import Hulplijn, Organisatie


@dataclass(frozen=True, slots=True)
class Scope:
    """Where the lines are: ``in Kiem-Noord``, ``voor heel Voorbeeldstad`` or national."""

    where: str  # "" for the national file
    gemeente: str | None  # to name organisations

    @property
    def national(self) -> bool:
        return not self.where

    def after(self, text: str) -> str:
        return f"{text} {self.where}" if self.where else text


def hulp_changes(
    scope: Scope, base: Side, head: Side, old: Sequence[Hulplijn], new: Sequence[Hulplijn]
) -> list[Said]:
    said: list[Said] = []
    kind = "hulp"
    noun = "Landelijke hulplijn" if scope.national else "Hulp"
    for before, after in match(old, new, lambda h: one_line(h.onderwerp).lower()).steps:
        if before is None and after is not None:
            intro = "Nieuwe landelijke hulplijn" if scope.national else scope.after("Nieuwe hulp")
            said.append(Said(kind, Action.ADDED, f"{intro}: {_hulp_words(after)}"))
        elif after is None and before is not None:
            said.append(
                Said(
                    kind,
                    Action.REMOVED,
                    f"{scope.after(noun + ' verwijderd')}: {quoted(before.onderwerp)}",
                )
            )
        elif before is not None and after is not None:
            subject = scope.after(quoted(after.onderwerp))
            lines = []
            if before.spoed != after.spoed:
                lines.append(
                    f"{subject} is nu voor spoed"
                    if after.spoed
                    else f"{subject} is niet meer voor spoed"
                )
            lines += reference(
                "organisatie",
                subject,
                before.organisatie,
                after.organisatie,
                lambda org: base.organisatie_name(scope.gemeente, org),
                lambda org: head.organisatie_name(scope.gemeente, org),
            )
            lines += field_changes(_HULP_FIELDS, before, after, subject)
            said += changed(kind, f"{noun} gewijzigd", lines)
    return said


def _hulp_words(hulp: Hulplijn) -> str:
    """``"Zorgen om een buurtgenoot", 0800-1205, dag en nacht``."""
    parts = [quoted(hulp.onderwerp)]
    if contact := hulp.telefoon or hulp.website or hulp.email:
        parts.append(contact)
    if hulp.wanneer:
        parts.append(one_line(hulp.wanneer))
    text = ", ".join(parts)
    return f"{text} (spoed)" if hulp.spoed else text


def organisatie_changes(
    scope: Scope, old: Sequence[Organisatie], new: Sequence[Organisatie]
) -> list[Said]:
    said: list[Said] = []
    kind = "organisatie"
    for before, after in match(old, new, lambda o: o.id).steps:
        if before is None and after is not None:
            intro = (
                "Nieuwe landelijke organisatie"
                if scope.national
                else scope.after("Nieuwe organisatie")
            )
            said.append(Said(kind, Action.ADDED, f"{intro}: {after.naam}"))
        elif after is None and before is not None:
            noun = "Landelijke organisatie" if scope.national else "Organisatie"
            said.append(
                Said(kind, Action.REMOVED, f"{scope.after(noun + ' verwijderd')}: {before.naam}")
            )
        elif before is not None and after is not None:
            lines = []
            if before.naam != after.naam:
                lines.append(f"{scope.after(before.naam)} heet nu {after.naam}")
            lines += field_changes(_ORG_FIELDS, before, after, scope.after(after.naam))
            noun = "Landelijke organisatie" if scope.national else "Organisatie"
            said += changed(kind, f"{noun} gewijzigd", lines)
    return said


_HULP_FIELDS = [
    Field("telefoon", "telefoonnummer"),
    Field("website", "website"),
    Field("email", "e-mailadres"),
    Field("wanneer", "tijden"),
    Field("omschrijving", "omschrijving", long=True),
]
_ORG_FIELDS = [
    Field("soort", "soort", str),
    Field("adres", "adres"),
    Field("telefoon", "telefoonnummer"),
    Field("website", "website"),
    Field("email", "e-mailadres"),
    Field("omschrijving", "omschrijving", long=True),
]
