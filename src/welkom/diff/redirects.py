"""The redirects line a move needs: ``/oud/adres/: /nieuw/adres/`` for `redirects.yml`.

A moved buurt, gemeente, activity or story changes an address others have printed or linked.
`welkom verschil` and the pull-request summary suggest the exact line, so the volunteer can
add it in the same pull request. A line is left out when `redirects.yml` already has it, or
when a bigger move already covers it (a buurt's activities move with the buurt).
"""

from __future__ import annotations

from pathlib import Path

from welkom.diff.model import Difference
from welkom.diff.paths import DataPath, FileKind, classify
from welkom.redirects.load import load_redirects


def page_path(where: DataPath) -> str | None:
    """The site path of the page a data file makes (``voorbeeldstad/kiem-noord/``), or None."""
    if where.kind is FileKind.GEMEENTE:
        return f"{where.gemeente}/"
    if where.kind is FileKind.BUURT:
        return f"{where.buurt_id}/"
    if where.kind is FileKind.ACTIVITEIT:
        return f"{where.buurt_id}/activiteiten/{where.slug}/"
    if where.kind is FileKind.VERHAAL:
        return f"verhalen/{where.slug}/"
    return None


def suggested_redirects(differences: list[Difference], root: Path | None = None) -> list[str]:
    """Lines for `redirects.yml` (without the ones it already has under ``root``), sorted."""
    moves: dict[str, str] = {}
    for d in differences:
        if d.old_path is None:
            continue
        old, new = page_path(classify(d.old_path)), page_path(classify(d.path))
        if old is not None and new is not None and old != new:
            moves[old] = new
    have: dict[str, str] = {}
    if root is not None:
        have = {r.old: r.new for r in load_redirects(root)[0]}
    lines = []
    for old, new in sorted(moves.items()):
        if have.get(old) == new or _covered(old, new, moves):
            continue
        lines.append(f"/{old}: /{new}")
    return lines


def _covered(old: str, new: str, moves: dict[str, str]) -> bool:
    """True when a move of a parent folder (gemeente, buurt) already sends ``old`` to ``new``."""
    parts = old.rstrip("/").split("/")
    for cut in range(1, len(parts)):
        parent = "/".join(parts[:cut]) + "/"
        if parent in moves and moves[parent] + old[len(parent) :] == new:
            return True
    return False


INTRO = (
    "Een adres verandert. Zet deze regel in redirects.yml (in dezelfde pull request), dan blijven "
    "oude links en de QR-code in geprinte welkomstgidsen werken:"
)
INTRO_MANY = (
    "Adressen veranderen. Zet deze regels in redirects.yml (in dezelfde pull request), dan "
    "blijven oude links en de QR-code in geprinte welkomstgidsen werken:"
)


def format_suggestions(lines: list[str], fmt: str = "text") -> str:
    """The suggestion as plain text, or as Markdown with the lines in a code block."""
    if not lines:
        return ""
    intro = INTRO if len(lines) == 1 else INTRO_MANY
    body = "\n".join(lines)
    if fmt == "markdown":
        return f"{intro}\n\n```yaml\n{body}\n```"
    return f"{intro}\n{body}"
