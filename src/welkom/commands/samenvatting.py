"""`welkom samenvatting VAN [NAAR]`: the job summary of a pull request, in B1 Dutch.

Three questions, in the order a volunteer asks them: what does my change do, what must I still
fix, and how do I see it? The summary never fails the job; the separate check step does.

The changes are those from where NAAR (default: the current branch) left VAN up to NAAR
(default: the files on disk); the problems are always those of the files on disk, as
`welkom check --gewijzigd VAN` finds them. In CI the disk is the checked-out NAAR.
"""

from __future__ import annotations

import sys
from pathlib import Path

from welkom.diff import Difference, compare, markdown_list
from welkom.gitrepo import GitError, merge_base
from welkom.problems import Problem, format_problems

ARTIFACT = "voorbeeld-site"
NO_DATA = "Deze pull request verandert geen buurtgegevens."


def run_samenvatting(root: Path, basis: str, doel: str | None) -> int:
    try:
        # From where this branch left `basis`: later work on main is not this pull request's.
        start = merge_base(root, basis, doel or "HEAD")
        differences = compare(root, start, doel)
        from welkom.check.changed import check_changed  # the checking code, only when needed

        checked = check_changed(root, basis)
    except GitError as exc:
        print(f"welkom: fout: {exc}", file=sys.stderr)
        return 2
    from welkom.diff.redirects import suggested_redirects

    redirects = suggested_redirects(differences, root)
    print(summary_markdown(differences, checked.problems, len(checked.changed), redirects), end="")
    return 0


def summary_markdown(
    differences: list[Difference],
    problems: list[Problem],
    checked: int,
    redirects: list[str] | None = None,
) -> str:
    from welkom.diff.redirects import format_suggestions

    parts = [
        "## Wat deze pull request doet",
        "### Wat verandert er",
        markdown_list(differences) if differences else NO_DATA,
        *(["### Oude adressen", format_suggestions(redirects, "markdown")] if redirects else []),
        "### Wat moet nog anders",
        _problems(problems, checked),
        "### Bekijken",
        PREVIEW,
    ]
    return "\n\n".join(parts) + "\n"


def _problems(problems: list[Problem], checked: int) -> str:
    if not problems:
        if not checked:
            return "Niets. Er zijn geen buurtgegevens gewijzigd, dus er was niets te controleren."
        files = _count(checked, "gewijzigd bestand", "gewijzigde bestanden")
        return (
            f"Alles in orde: {files} gecontroleerd, met wat ernaar verwijst. Je hoeft niets meer "
            "aan te passen."
        )
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    found = " en ".join(
        part
        for part in (
            _count(errors, "fout", "fouten") if errors else "",
            _count(warnings, "waarschuwing", "waarschuwingen") if warnings else "",
        )
        if part
    )
    advice = []
    if errors:
        advice.append(
            "Een fout moet je oplossen, anders kan de wijziging niet online. Pas het bestand aan "
            "in deze pull request; daarna wordt alles opnieuw gecontroleerd."
        )
    if warnings:
        advice.append("Een waarschuwing is een tip: kijk of je er iets mee moet.")
    return f"Er {'is' if len(problems) == 1 else 'zijn'} {found}. {' '.join(advice)}\n\n" + (
        format_problems(problems, "markdown")
    )


PREVIEW = f"""Zo zie je de site met jouw wijziging erin:

1. Kijk onderaan deze pagina bij **Artifacts**.
2. Klik op **{ARTIFACT}**. Je downloadt dan een zip-bestand.
3. Pak het zip-bestand uit. Op Windows: klik er met de rechtermuisknop op en kies \
**Alles uitpakken**. Op een Mac: dubbelklik erop.
4. Open in de uitgepakte map het bestand `index.html`. De site opent in je browser. Hij staat \
alleen op je eigen computer.

Staat er nog geen **{ARTIFACT}** bij? Het bouwen duurt een paar minuten: wacht even en laad \
de pagina opnieuw. Staat hij er dan nog niet, dan kon de site niet gebouwd worden. Los eerst de \
fouten hierboven op."""


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
