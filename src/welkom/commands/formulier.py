"""`welkom formulier TEKST`: a submitted GitHub issue form → a file, a check and the texts.

Exit code 0 when the file was written and the check found no errors; 1 when the check found
errors or nothing could be written (the texts say why); 2 when TEKST cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from welkom.forms import KLAAR, process
from welkom.forms.report import outputs
from welkom.render.context import today_from_environment


def run_formulier(root: Path, args: argparse.Namespace) -> int:
    body = _read(args.bestand)
    if body is None:
        return 2
    outcome = process(root, body, args.soort, args.issue, today_from_environment())
    if args.pr_tekst is not None:
        _write(args.pr_tekst, outcome.pr_text)
    if args.uitvoer is not None:
        with args.uitvoer.open("a", encoding="utf-8") as out:  # $GITHUB_OUTPUT is appended to
            out.write(outputs(outcome.outputs()))
    reactie = getattr(args, "reactie", None)
    if reactie is not None:
        _write(reactie, outcome.comment)
    if outcome.files:
        for rel in outcome.files:
            print(f"{'Gemaakt' if outcome.draft and outcome.draft.created else 'Gewijzigd'}: {rel}")
    print(outcome.comment.rstrip("\n"))
    return 0 if outcome.status == KLAAR else 1


def _read(path: Path) -> str | None:
    try:
        if str(path) == "-":
            return sys.stdin.read()
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"welkom: fout: de tekst van het issue is niet te lezen ({exc}).", file=sys.stderr)
        return None


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
