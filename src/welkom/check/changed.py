"""`welkom check --gewijzigd REF`: check what changed since a git revision, and what refers to it.

What refers to what (DESIGN.md §3) decides how far a change reaches:

- an activity or a story refers to its buurt (plekken), and an activity may name a plek of
  another buurt in the same gemeente (``plek: andere-buurt/plek``);
- a buurt refers to the organisations of its gemeente and the national file;
- so a changed file never reaches beyond its own gemeente, except the national file, which
  every gemeente refers to: when ``buurten/_landelijk.yml`` changes, the whole site is checked;
- one rule is site-wide: every story has its own address ``/verhalen/<slug>/``, so a changed
  story is compared with the names of all story files.

Only the gemeenten that hold a change are loaded, and of their problems only those in the
changed files and in the files that refer to them are reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from welkom.check.discover import IMAGE_SUFFIXES, Kind, SourceFile, classify
from welkom.check.parallel import CheckSummary, check_summary
from welkom.check.personal import exceptions_in_use
from welkom.check.run import duplicate_story, load_site
from welkom.gitrepo import Change, PendingChanges, merge_base, start_changed_files, tracked_files
from welkom.load.source import symlink_problem
from welkom.problems import Problem, Severity
from welkom.site import Site


@dataclass(slots=True)
class Reach:
    """The changed data files, and which files their change can affect."""

    changed: list[str] = field(default_factory=list)  # added or modified data files, and photos
    gemeenten: set[str] = field(default_factory=set)
    whole_gemeenten: set[str] = field(default_factory=set)  # its _gemeente.yml changed
    buurten: set[str] = field(default_factory=set)  # "gemeente/buurt" whose buurt file changed
    folders: set[str] = field(default_factory=set)  # folders whose photos changed
    stories: list[str] = field(default_factory=list)  # changed story files (for unique slugs)
    national: bool = False
    misplaced: list[Problem] = field(default_factory=list)

    def affects(self, path: str) -> bool:
        """Whether a problem in ``path`` can come from one of the changes."""
        if path in self.changed:
            return True
        top, _, rest = path.partition("/")
        parts = rest.split("/")
        if len(parts) >= 2 and parts[0] in self.whole_gemeenten:
            return True
        in_buurt = top in ("activiteiten", "verhalen") and len(parts) == 3
        if in_buurt and f"{parts[0]}/{parts[1]}" in self.buurten:
            return True
        return path.rpartition("/")[0] in self.folders


def reach(root: Path, changes: list[Change]) -> Reach:
    found = Reach()
    for change in changes:
        rel = change.path
        if change.status != "D":
            found.changed.append(rel)
            link = _first_link(root, rel)
            if link:  # never read: refused where the link is
                found.misplaced.append(symlink_problem(link))
                continue
        if Path(rel).suffix.lower() in IMAGE_SUFFIXES:
            found.folders.add(rel.rpartition("/")[0])
            gemeente = rel.split("/")[1] if rel.count("/") >= 2 else None
            if gemeente:
                found.gemeenten.add(gemeente)
            continue
        what = classify(rel, root)
        if what is None:
            continue
        if isinstance(what, str):
            if change.status != "D":
                found.misplaced.append(Problem(rel, 1, 1, Severity.ERROR, "path.unexpected", what))
            continue
        _add(found, what, change.status)
    return found


def _first_link(root: Path, rel: str) -> str:
    """The first part of ``rel`` (from the site root) that is a symbolic link, or ``""``."""
    parts = rel.split("/")
    for end in range(1, len(parts) + 1):
        if (root / "/".join(parts[:end])).is_symlink():
            return "/".join(parts[:end])
    return ""


def _add(found: Reach, f: SourceFile, status: str) -> None:
    if f.kind is Kind.LANDELIJK:
        found.national = True
        return
    if f.gemeente is not None:
        found.gemeenten.add(f.gemeente)
    if f.kind is Kind.GEMEENTE:
        found.whole_gemeenten.add(str(f.gemeente))
    elif f.kind is Kind.BUURT:
        found.buurten.add(str(f.buurt_id))
    elif f.kind is Kind.VERHAAL and status != "D":
        found.stories.append(f.rel)


def check_changed(root: Path, ref: str, pending: PendingChanges | None = None) -> CheckSummary:
    """Check the files on disk that changed since ``ref``, and the files that refer to them.

    ``ref`` is compared from where the current branch left it (``git merge-base``), so work
    that landed on ``ref`` in the meantime does not count as a change of yours. ``pending`` is
    that comparison, already started by the caller (see ``start_comparison``). Raises
    ``welkom.gitrepo.GitError`` with a Dutch message when git cannot answer.
    """
    root = root.resolve()
    changes = (pending or start_comparison(root, ref)).result()
    changed = [c.path for c in changes]
    found = reach(root, changes)
    if found.national:  # every gemeente refers to the national file
        summary = check_summary(root)
        summary.changed = changed
        return summary
    site = load_site(root, sorted(found.gemeenten), site_wide=True, walk_all=False)
    problems = list(found.misplaced)
    problems += [
        p
        for p in site.problems
        if p.code != "ref.duplicate-story"
        and (
            found.affects(p.path)
            or _names_changed_buurt(site, p, found)
            or p.code.startswith("redirect.")  # any new or removed page may break a redirect
            or _over_limit_with_change(p, found)
        )
    ]
    problems += _duplicate_stories(root, changes, found.stories)
    return CheckSummary(
        problems=sorted(dict.fromkeys(problems), key=Problem.sort_key),  # misplaced: seen twice
        files=len(changes),
        buurten=len(site.buurten),
        activiteiten=len(site.activiteiten),
        verhalen=len(site.verhalen),
        exceptions=exceptions_in_use(site),
        changed=changed,
    )


def start_comparison(root: Path, ref: str) -> PendingChanges:
    """Start git on the comparison that `check_changed` needs."""
    return start_changed_files(root, merge_base(root, ref))


def _over_limit_with_change(problem: Problem, found: Reach) -> bool:
    """Too many activities or stories in a buurt folder where a file was added or changed.

    The message sits at the first file over the limit, which need not be the new one.
    """
    if problem.code != "limit.too-many":
        return False
    folder = problem.path.rpartition("/")[0]
    return any(rel.rpartition("/")[0] == folder for rel in found.changed)


def _names_changed_buurt(site: Site, problem: Problem, found: Reach) -> bool:
    """A reference problem of an activity that names a plek in a changed (or deleted) buurt."""
    if not problem.code.startswith("ref.") or not problem.path.startswith("activiteiten/"):
        return False
    activity = site.activiteiten.get(problem.path.removeprefix("activiteiten/")[: -len(".yml")])
    if activity is None or "/" not in activity.model.plek:
        return False
    return f"{activity.gemeente}/{activity.model.plek.split('/', 1)[0]}" in found.buurten


def _duplicate_stories(root: Path, changes: list[Change], stories: list[str]) -> list[Problem]:
    """A changed story whose name another story file anywhere in the site already has.

    Every story gets the address /verhalen/<name>/, so the name must be unique site-wide. The
    other files are found by name in git's index (a national site has thousands of story
    folders; listing them on disk takes longer than the rest of this check). The changed file
    is the one to rename, so it gets the message.
    """
    if not stories:
        return []
    slugs = sorted({Path(rel).stem for rel in stories})
    patterns = [f"verhalen/{s}.md" for s in slugs] + [f"verhalen/*/*/{s}.md" for s in slugs]
    deleted = {c.path for c in changes if c.status == "D"}
    files = (set(tracked_files(root, patterns)) | set(stories)) - deleted
    by_slug: dict[str, list[str]] = {}
    for rel in sorted(files, key=lambda p: p.split("/")):
        by_slug.setdefault(Path(rel).stem, []).append(rel)
    problems = []
    for rel in stories:
        others = [o for o in by_slug.get(Path(rel).stem, []) if o != rel]
        if others:
            problems.append(duplicate_story(rel, Path(rel).stem, others[0]))
    return problems
