"""Load and check a whole site: every problem of every file in one pass."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from welkom.check.discover import Kind, SourceFile, discover
from welkom.check.limits import check_limits
from welkom.check.markup import check_site_markup
from welkom.check.personal import scan_site
from welkom.check.photos import check_photos
from welkom.check.placeholders import check_placeholders
from welkom.check.references import check_references
from welkom.check.renderable import check_renderable
from welkom.check.stories import check_story
from welkom.check.validate import validate
from welkom.fresh import freshness_problems
from welkom.load import Document, load_markdown, load_yaml
from welkom.model import Activiteit, Buurt, Gemeente, Landelijk, Verhaal
from welkom.problems import Problem, Severity
from welkom.redirects import check_redirects
from welkom.site import ActiviteitEntry, BuurtEntry, GemeenteEntry, Site, VerhaalEntry

M = TypeVar("M", bound=BaseModel)


def _merge(load: list[Problem], model: list[Problem]) -> list[Problem]:
    """Loader problems, plus model problems that are not about the same spot again."""
    spots = {(p.line, p.column) for p in load}
    return load + [p for p in model if (p.line, p.column) not in spots]


def _load(site: Site, f: SourceFile, model: type[M]) -> tuple[Document | None, M | None]:
    """Load one YAML file and validate it, adding its problems to the site."""
    result = load_yaml(f.path, f.rel)
    if result.document is None:
        site.problems += result.problems
        return None, None
    value, problems = validate(result.document, model)
    site.problems += _merge(result.problems, problems)
    return result.document, value


def load_site(
    root: Path,
    gemeenten: Iterable[str] | None = None,
    *,
    site_wide: bool = True,
    walk_all: bool = True,
) -> Site:
    """Load every data file under ``root``; ``site.problems`` holds all that is wrong.

    With ``gemeenten``, only those gemeenten are loaded (plus the national file, which every
    gemeente refers to); ``site_wide`` adds what belongs to no gemeente: problems of the
    national file and of misplaced files, and stories of the whole site. `welkom check` uses
    this to check a big site in parallel, one share of gemeenten per process. With
    ``walk_all=False`` only the folders of ``gemeenten`` are listed at all (`check --gewijzigd`);
    misplaced files elsewhere then go unnoticed.
    """
    # Loading builds millions of objects that all stay alive: the cyclic garbage collector
    # would rescan the growing heap again and again (a third of the time on a big site) and
    # find nothing, because loading makes no reference cycles.
    enabled = gc.isenabled()
    gc.disable()
    try:
        share = None if gemeenten is None else frozenset(gemeenten)
        return _load_site(root, share, site_wide, walk_all or share is None)
    finally:
        if enabled:
            gc.enable()


def _load_site(
    root: Path, gemeenten: frozenset[str] | None, site_wide: bool, walk_all: bool
) -> Site:
    root = root.resolve()
    site = Site(root=root)
    files, problems = discover(root, None if walk_all else gemeenten)
    if site_wide:
        site.problems = problems
    by_kind: dict[Kind, list[SourceFile]] = {k: [] for k in Kind}
    for f in files:
        if f.kind is Kind.LANDELIJK or _in_share(f, gemeenten, site_wide):
            by_kind[f.kind].append(f)
    site.files = sum(
        len(fs) for kind, fs in by_kind.items() if site_wide or kind is not Kind.LANDELIJK
    )

    for f in by_kind[Kind.LANDELIJK]:
        before = len(site.problems)
        doc, landelijk = _load(site, f, Landelijk)
        if landelijk is not None:
            site.landelijk, site.landelijk_doc = landelijk, doc
        if not site_wide:
            del site.problems[before:]  # reported once, by the share that is site-wide
    if site_wide and not by_kind[Kind.LANDELIJK] and (root / "buurten").is_dir():
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
        doc, gemeente = _load(site, f, Gemeente)
        if doc is not None and gemeente is not None:
            site.gemeenten[f.gemeente] = GemeenteEntry(f.gemeente, gemeente, doc)

    for f in by_kind[Kind.BUURT]:
        if f.gemeente not in site.gemeenten:
            if not (root / "buurten" / str(f.gemeente) / "_gemeente.yml").exists():
                site.problems.append(
                    Problem(
                        f.rel,
                        1,
                        1,
                        Severity.ERROR,
                        "site.no-gemeente",
                        f"De map buurten/{f.gemeente}/ heeft geen _gemeente.yml. Maak dat "
                        "bestand met de naam van de gemeente en haar organisaties.",
                    )
                )
            continue  # with a broken _gemeente.yml its own problems are already reported
        doc, buurt = _load(site, f, Buurt)
        if doc is not None and buurt is not None:
            entry = BuurtEntry(str(f.buurt_id), str(f.gemeente), str(f.buurt), buurt, doc)
            site.buurten[entry.id] = entry
            site.gemeenten[entry.gemeente].buurten.append(entry.id)

    for f in by_kind[Kind.ACTIVITEIT]:
        doc, activiteit = _load(site, f, Activiteit)
        buurt_id = str(f.buurt_id)
        if buurt_id not in site.buurten:
            if not _buurt_file(root, f).exists():
                site.problems.append(_no_buurt(f))
            continue
        if doc is not None and activiteit is not None:
            entry = ActiviteitEntry(
                f"{buurt_id}/{f.slug}", str(f.gemeente), buurt_id, str(f.slug), activiteit, doc
            )
            site.activiteiten[entry.id] = entry
            site.buurten[buurt_id].activiteiten.append(entry.id)

    for f in by_kind[Kind.VERHAAL]:
        _load_story(site, f)

    for g in site.gemeenten.values():
        g.buurten.sort()
    site.problems += check_references(site)
    site.problems += scan_site(site, national=site_wide)
    site.problems += check_site_markup(site, national=site_wide)
    site.problems += check_photos(site)
    site.problems += check_placeholders(site)
    if site_wide:
        site.problems += check_redirects(root)  # reads file names only: any share can do it
    site.problems += freshness_problems(site, config=site_wide)  # warnings only
    site.problems += check_renderable(site)
    site.problems += check_limits(site)
    return site


def _in_share(f: SourceFile, gemeenten: frozenset[str] | None, site_wide: bool) -> bool:
    if f.gemeente is None:
        return site_wide
    return gemeenten is None or f.gemeente in gemeenten


def duplicate_story(rel: str, slug: str, other: str) -> Problem:
    return Problem(
        rel,
        1,
        1,
        Severity.ERROR,
        "ref.duplicate-story",
        f"Er is al een verhaal met de naam `{slug}` ({other}). Elk verhaal krijgt het adres "
        f"/verhalen/{slug}/, dus de naam moet uniek zijn. Hernoem dit bestand.",
    )


def _load_story(site: Site, f: SourceFile) -> None:
    md = load_markdown(f.path, f.rel)
    if md.front is None:
        site.problems += md.problems
        return
    verhaal, problems = validate(md.front, Verhaal)
    site.problems += _merge(md.problems, problems)
    buurt_id = f.buurt_id
    if buurt_id is not None and buurt_id not in site.buurten:
        if not _buurt_file(site.root, f).exists():
            site.problems.append(_no_buurt(f))
        return
    slug = str(f.slug)
    if slug in site.verhalen:
        site.problems.append(duplicate_story(f.rel, slug, site.verhalen[slug].doc.path))
        return
    if verhaal is not None:
        entry = VerhaalEntry(slug, buurt_id, verhaal, md.front, md.body, md.body_line, f.path)
        site.problems += check_story(entry)
        site.verhalen[slug] = entry
        if buurt_id is not None:
            site.buurten[buurt_id].verhalen.append(slug)


def check_site(root: Path, only: Iterable[Path] = ()) -> Site:
    """Load and check the site; with ``only``, keep problems of those files and folders."""
    site = load_site(root)
    site.problems = filter_problems(root, site.problems, only)
    return site


def filter_problems(root: Path, problems: list[Problem], only: Iterable[Path]) -> list[Problem]:
    """Problems of the files and folders in ``only`` (all when empty), sorted."""
    wanted = [_rel(root, p) for p in only]
    if wanted:
        problems = [p for p in problems if any(_within(p.path, w) for w in wanted)]
    return sorted(problems, key=Problem.sort_key)


def _rel(root: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _within(path: str, wanted: str) -> bool:
    return wanted in ("", ".") or path == wanted or path.startswith(wanted.rstrip("/") + "/")


def _buurt_file(root: Path, f: SourceFile) -> Path:
    return root / "buurten" / str(f.gemeente) / f"{f.buurt}.yml"


def _no_buurt(f: SourceFile) -> Problem:
    return Problem(
        f.rel,
        1,
        1,
        Severity.ERROR,
        "ref.unknown-buurt",
        f"Dit bestand hoort bij de buurt `{f.buurt_id}`, maar buurten/{f.gemeente}/{f.buurt}.yml "
        "bestaat niet. Controleer de mapnaam, of maak de buurt eerst aan.",
    )
