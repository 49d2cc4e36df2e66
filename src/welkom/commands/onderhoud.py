"""`welkom onderhoud [GEMEENTE[/BUURT]]`: what volunteers should check, most urgent first.

With ``--format markdown --uit MAP`` it writes one file per gemeente that has work
(``<gemeente>.md``) and ``gemeenten.tsv`` (id, name and number of items of every gemeente), for
the scheduled workflow that keeps one issue per gemeente up to date (onderhoud.yml).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

import yaml

from welkom.check import load_site
from welkom.fresh import load_limits
from welkom.fresh.output import format_markdown, format_text
from welkom.fresh.report import maintenance
from welkom.fresh.warnings import today as default_today
from welkom.problems import format_problems


def run_onderhoud(root: Path, args: argparse.Namespace) -> int:
    scope = (args.waar or "").strip("/") or None
    gemeenten = [scope.split("/")[0]] if scope else None
    if gemeenten and not (root / "buurten" / gemeenten[0]).is_dir():
        print(
            f"welkom: fout: de gemeente `{gemeenten[0]}` bestaat niet in buurten/.", file=sys.stderr
        )
        return 2
    limits, problems = load_limits(root)
    if problems:
        print(format_problems(problems), file=sys.stderr)
        return 1
    site = load_site(root, gemeenten, site_wide=gemeenten is None)
    if scope and "/" in scope and scope not in site.buurten:
        print(f"welkom: fout: de buurt `{scope}` bestaat niet.", file=sys.stderr)
        return 2
    today = args.vandaag or default_today()
    repo = repository(root, args.repo)
    branch = args.tak or "main"
    reports = maintenance(site, today, limits, scope)
    if args.format == "markdown" and args.uit is not None:
        write_issue_bodies(args.uit, site, reports, today, repo, branch)
        return 0
    if args.format == "markdown":
        print(
            "\n\n".join(
                f"## {r.name}\n\n" + format_markdown(r, today, repo, branch) for r in reports
            )
        )
        return 0
    print(format_text(reports, today, repo, branch))
    return 0


def write_issue_bodies(
    folder: Path, site: Any, reports: list[Any], today: Any, repo: str, branch: str
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    by_id = {r.id: r for r in reports}
    rows = []
    for gemeente_id in sorted(site.gemeenten):
        report = by_id.get(gemeente_id)
        items = sum(len(g.items) for g in report.groups) if report else 0
        rows.append(f"{gemeente_id}\t{site.gemeenten[gemeente_id].model.naam}\t{items}")
        if report is not None:
            (folder / f"{gemeente_id}.md").write_text(
                format_markdown(report, today, repo, branch), encoding="utf-8"
            )
    (folder / "gemeenten.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def repository(root: Path, given: str | None) -> str:
    """The GitHub repository URL for edit links: given, from GitHub Actions, or mkdocs.yml."""
    if given:
        return given.rstrip("/")
    server, name = os.environ.get("GITHUB_SERVER_URL"), os.environ.get("GITHUB_REPOSITORY")
    if server and name:
        return f"{server.rstrip('/')}/{name}"
    config = _mkdocs_config(root / "mkdocs.yml")
    for plugin in config.get("plugins") or ():
        if isinstance(plugin, dict) and isinstance(plugin.get("welkom"), dict):
            url = plugin["welkom"].get("repo_url")
            if isinstance(url, str) and url:
                return url.rstrip("/")
    url = config.get("repo_url")
    return url.rstrip("/") if isinstance(url, str) else ""


class _Lenient(yaml.SafeLoader):
    """mkdocs.yml may hold tags like ``!!python/name:…`` or ``!ENV``: read them as nothing."""


_Lenient.add_multi_constructor("", lambda loader, suffix, node: None)


def _mkdocs_config(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Lenient)
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}
