"""`_gemeente.yml` and `_landelijk.yml`: organisations, shared help lines, privacy exceptions."""

from __future__ import annotations

from welkom.diff.contacts import Scope, hulp_changes, organisatie_changes
from welkom.diff.matching import match
from welkom.diff.model import Action
from welkom.diff.said import Said, changed
from welkom.diff.sides import Side
from welkom.diff.words import Field, count, field_changes, one_line
from welkom.model import Gemeente, Landelijk


def added(gemeente: Gemeente) -> list[Said]:
    what = count(len(gemeente.organisaties), "organisatie", "organisaties")
    return [Said("gemeente", Action.ADDED, f"Nieuwe gemeente: {gemeente.naam}, met {what}")]


def removed(gemeente: Gemeente) -> list[Said]:
    return [Said("gemeente", Action.REMOVED, f"Gemeente verwijderd: {gemeente.naam}")]


def changes(base: Side, head: Side, gemeente_id: str, old: Gemeente, new: Gemeente) -> list[Said]:
    scope = Scope(f"in {new.naam}", gemeente_id)
    lines = []
    if old.naam != new.naam:
        lines.append(f"{old.naam} heet nu {new.naam}")
    lines += field_changes([Field("intro", "introductie", long=True)], old, new, new.naam)
    said = changed("gemeente", "Gemeente gewijzigd", lines)
    said += organisatie_changes(scope, old.organisaties, new.organisaties)
    said += hulp_changes(
        Scope(f"voor heel {new.naam}", gemeente_id), base, head, old.hulp, new.hulp
    )
    said += _privacy(new.naam, old, new)
    return said


def _privacy(naam: str, old: Gemeente, new: Gemeente) -> list[Said]:
    """Exceptions to the privacy guard deserve a reviewer's eye: each one is named."""
    said: list[Said] = []
    kind = "privacy"
    steps = match(old.privacy.toegestaan, new.privacy.toegestaan, lambda u: u.waarde).steps
    for before, after in steps:
        if before is None and after is not None:
            said.append(
                Said(
                    kind,
                    Action.ADDED,
                    f"Nieuwe privacy-uitzondering in {naam}: {after.waarde} "
                    f"(reden: {one_line(after.reden)})",
                )
            )
        elif after is None and before is not None:
            said.append(
                Said(
                    kind,
                    Action.REMOVED,
                    f"Privacy-uitzondering verwijderd in {naam}: {before.waarde}",
                )
            )
        elif before is not None and after is not None and before.reden != after.reden:
            said.append(
                Said(
                    kind,
                    Action.CHANGED,
                    f"Privacy-uitzondering gewijzigd in {naam}: reden bij {after.waarde}: was "
                    f"{one_line(before.reden)}, nu {one_line(after.reden)}",
                )
            )
    return said


def landelijk_changes(base: Side, head: Side, old: Landelijk, new: Landelijk) -> list[Said]:
    scope = Scope("", None)
    return organisatie_changes(scope, old.organisaties, new.organisaties) + hulp_changes(
        scope, base, head, old.hulp, new.hulp
    )


def landelijk_added(new: Landelijk) -> list[Said]:
    what = count(len(new.hulp), "hulplijn", "hulplijnen")
    return [Said("landelijk", Action.ADDED, f"Nieuw bestand met landelijke hulp: {what}")]


def landelijk_removed() -> list[Said]:
    return [
        Said(
            "landelijk",
            Action.REMOVED,
            "Landelijke hulp verwijderd: buurten/_landelijk.yml is weg, dus geen buurtpagina "
            "toont nog landelijke hulplijnen zoals 112.",
        )
    ]
