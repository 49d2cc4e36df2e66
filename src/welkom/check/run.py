"""Load and check a whole site: every problem of every file in one pass."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from welkom.check.discover import Kind, SourceFile, discover
from welkom.check.references import check_references
from welkom.check.stories import check_story
from welkom.check.validate import validate
from welkom.load import load_markdown, load_yaml
from welkom.model import Activiteit, Buurt, Gemeente, Landelijk, Verhaal
from welkom.problems import Problem, Severity
from welkom.site import ActiviteitEntry, BuurtEntry, GemeenteEntry, Site, VerhaalEntry


def load_site(root: Path) -> Site:
    """Load every data file under ``root``; ``site.problems`` holds all that is wrong."""
    root = root.resolve()
    site = Site(root=root)
    files, site.problems = discover(root)
    site.files = len(files)
    by_kind: dict[Kind, list[SourceFile]] = {k: [] for k in Kind}
    for f in files:
        by_kind[f.kind].append(f)

    for f in by_kind[Kind.LANDELIJK]:
        result = load_yaml(f.path, f.rel)
        site.problems += result.problems
        if result.document is not None:
            model, problems = validate(result.document, Landelijk)
            site.problems += problems
            if model is not None:
                site.landelijk, site.landelijk_doc = model, result.document
    if not by_kind[Kind.LANDELIJK] and (root / "buurten").is_dir():
        site.problems.append(
            Problem(
                "buurten/_landelijk.yml",
                1,
                1,
                Severity.WARNING,
                "site.no-landelijk",
                "Er is geen buurten/_landelijk.yml met de landelijke hulplijnen (zoals 112). "
                "Maak dat bestand, zodat elke buurtpagina ze toont.",
            )
        )

    for f in by_kind[Kind.GEMEENTE]:
        result = load_yaml(f.path, f.rel)
        site.problems += result.problems
        if result.document is not None:
            model, problems = validate(result.document, Gemeente)
            site.problems += problems
            if model is not None:
                site.gemeenten[f.gemeente] = GemeenteEntry(f.gemeente, model, result.document)

    missing_gemeente: set[str] = set()
    for f in by_kind[Kind.BUURT]:
        if f.gemeente not in site.gemeenten:
            missing_gemeente.add(f.gemeente)
            if (root / "buurten" / f.gemeente / "_gemeente.yml").exists():
                continue  # its own problems are already reported
            site.problems.append(
                Problem(
                    f.rel,
                    1,
                    1,
                    Severity.ERROR,
                    "site.no-gemeente",
                    f"De map buurten/{f.gemeente}/ heeft geen _gemeente.yml. Maak dat bestand "
                    "met de naam van de gemeente en haar organisaties.",
                )
            )
            continue
        result = load_yaml(f.path, f.rel)
        site.problems += result.problems
        if result.document is not None:
            model, problems = validate(result.document, Buurt)
            site.problems += problems
            if model is not None:
                entry = BuurtEntry(f.buurt_id, f.gemeente, f.buurt, model, result.document)
                site.buurten[entry.id] = entry
                site.gemeenten[f.gemeente].buurten.append(entry.id)

    for f in by_kind[Kind.ACTIVITEIT]:
        buurt_id = f.buurt_id
        result = load_yaml(f.path, f.rel)
        site.problems += result.problems
        if result.document is None:
            continue
        model, problems = validate(result.document, Activiteit)
        site.problems += problems
        if buurt_id not in site.buurten:
            if not _buurt_file(root, f).exists():
                site.problems.append(_no_buurt(f, site))
            continue
        if model is not None:
            entry = ActiviteitEntry(
                f"{buurt_id}/{f.slug}", f.gemeente, buurt_id, f.slug, model, result.document
            )
            site.activiteiten[entry.id] = entry
            site.buurten[buurt_id].activiteiten.append(entry.id)

    for f in by_kind[Kind.VERHAAL]:
        md = load_markdown(f.path, f.rel)
        site.problems += md.problems
        if md.front is None:
            continue
        model, problems = validate(md.front, Verhaal)
        site.problems += problems
        buurt_id = f.buurt_id
        if buurt_id is not None and buurt_id not in site.buurten:
            if not _buurt_file(root, f).exists():
                site.problems.append(_no_buurt(f, site))
            continue
        if f.slug in site.verhalen:
            other = site.verhalen[f.slug].doc.path
            site.problems.append(
                Problem(
                    f.rel,
                    1,
                    1,
                    Severity.ERROR,
                    "ref.duplicate-story",
                    f"Er is al een verhaal met de naam `{f.slug}` ({other}). Elk verhaal krijgt "
                    f"het adres /verhalen/{f.slug}/, dus de naam moet uniek zijn. Hernoem dit "
                    "bestand.",
                )
            )
            continue
        if model is not None:
            entry = VerhaalEntry(f.slug, buurt_id, model, md.front, md.body, md.body_line, f.path)
            site.problems += check_story(entry)
            site.verhalen[f.slug] = entry
            if buurt_id is not None:
                site.buurten[buurt_id].verhalen.append(f.slug)

    for g in site.gemeenten.values():
        g.buurten.sort()
    site.problems += check_references(site)
    return site


def check_site(root: Path, only: Iterable[Path] = ()) -> Site:
    """Load and check the site; with ``only``, keep problems of those files and folders."""
    site = load_site(root)
    wanted = [_rel(root, p) for p in only]
    problems = site.problems
    if wanted:
        problems = [p for p in problems if any(_within(p.path, w) for w in wanted)]
    site.problems = sorted(problems, key=Problem.sort_key)
    return site


def _rel(root: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _within(path: str, wanted: str) -> bool:
    return wanted in ("", ".") or path == wanted or path.startswith(wanted.rstrip("/") + "/")


def _buurt_file(root: Path, f: SourceFile) -> Path:
    return root / "buurten" / str(f.gemeente) / f"{f.buurt}.yml"


def _no_buurt(f: SourceFile, site: Site) -> Problem:
    return Problem(
        f.rel,
        1,
        1,
        Severity.ERROR,
        "ref.unknown-buurt",
        f"Dit bestand hoort bij de buurt `{f.buurt_id}`, maar buurten/{f.gemeente}/{f.buurt}.yml "
        "bestaat niet. Controleer de mapnaam, of maak de buurt eerst aan.",
    )
