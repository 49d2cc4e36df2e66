"""A submitted form → files in the tree, checked by `welkom check`, and the texts around it."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from welkom.check.run import filter_problems, load_site
from welkom.forms import activiteit, plek, verhaal
from welkom.forms.draft import Draft
from welkom.forms.issuebody import Answers, detect_form, parse_answers
from welkom.forms.lookup import SiteIndex
from welkom.forms.markup import audit_written, refuse_markup
from welkom.forms.report import (
    comment_done,
    comment_failed,
    comment_internal_error,
    comment_unknown_form,
    pr_text,
)
from welkom.forms.spec import FORMS
from welkom.problems import Problem

Converter = Callable[[Answers, SiteIndex, dt.date], Draft]
CONVERTERS: dict[str, Converter] = {
    "activiteit": activiteit.convert,
    "plek": plek.convert,
    "verhaal": verhaal.convert,
}

KLAAR, PROBLEMEN, MISLUKT = "klaar", "problemen", "mislukt"


@dataclass(slots=True)
class Outcome:
    status: str  # klaar: written and checked · problemen: written, check found errors · mislukt
    branch: str
    title: str = ""
    files: list[str] = field(default_factory=list)
    pr_text: str = ""
    comment: str = ""
    draft: Draft | None = None
    check: list[Problem] = field(default_factory=list)

    def outputs(self) -> dict[str, str]:
        return {
            "status": self.status,
            "branch": self.branch,
            "titel": self.title,
            "bestanden": " ".join(self.files),
        }


def branch_for(issue: int | None) -> str:
    return f"formulier/issue-{issue}" if issue else "formulier/zonder-issue"


def process(root: Path, body: str, kind: str | None, issue: int | None, today: dt.date) -> Outcome:
    """Convert the issue ``body``; write the files under ``root`` only when nothing is wrong."""
    branch = branch_for(issue)
    form = FORMS[kind] if kind else detect_form(body)
    if form is None:
        return Outcome(MISLUKT, branch, comment=comment_unknown_form())
    try:
        draft = CONVERTERS[form.kind](parse_answers(body, form), SiteIndex(root), today)
    except Exception as exc:  # the volunteer gets a kind comment, the maintainer the error
        if os.environ.get("WELKOM_DEBUG"):
            raise
        print(
            f"welkom formulier: er ging iets mis in welkom zelf ({type(exc).__name__}: {exc}). "
            "Met WELKOM_DEBUG=1 zie je de details.",
            file=sys.stderr,
        )
        return Outcome(MISLUKT, branch, comment=comment_internal_error())
    refuse_markup(draft)
    if draft.problems or not draft.files:
        return Outcome(MISLUKT, branch, comment=comment_failed(draft.problems), draft=draft)
    for rel, text in draft.files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    check = check_files(root, draft) + audit_written(root, list(draft.files))
    status = PROBLEMEN if any(p.is_error for p in check) else KLAAR
    return Outcome(
        status,
        branch,
        title=draft.title,
        files=list(draft.files),
        pr_text=pr_text(form, draft, check, issue, branch),
        comment=comment_done(draft, check),
        draft=draft,
        check=check,
    )


def check_files(root: Path, draft: Draft) -> list[Problem]:
    """The problems `welkom check` finds in the written files.

    Only the gemeente of the files is loaded (plus the national file, and for a story without
    a buurt the stories of the whole site), so this stays quick on a site of 14,500 buurten.
    """
    gemeenten = [draft.gemeente] if draft.gemeente else []
    site = load_site(root, gemeenten, site_wide=draft.gemeente is None, walk_all=False)
    return filter_problems(root, site.problems, [root / rel for rel in draft.files])
