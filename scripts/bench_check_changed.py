"""Time `welkom check --gewijzigd` on a one-file change in the 14,500-buurt synthetic site.

    .venv/bin/python scripts/bench_check_changed.py [--buurten 14500] [--repeat 5]

The synthetic site (``bench-data/site-<N>/``, made by generate_synthetic.py when missing) gets
its own git repository on first use. Each kind of change below is made on disk, timed in fresh
processes (interpreter start included, as in pre-commit and CI) and undone. Target (issue 6):
≤ 1.5 s wall for a one-file change. A change of ``buurten/_landelijk.yml`` checks the whole
site on purpose (every gemeente refers to it) and is shown for comparison.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from bench_check import synthetic_site, welkom_command  # noqa: E402

TARGET_SECONDS = 1.5
GIT = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.org"]


def ensure_repo(site: Path) -> None:
    """A git repository with everything committed, so only the benchmark's change differs."""
    if not (site / ".git").exists():
        print(f"git init in {site} (eenmalig)…", flush=True)
        subprocess.run([*GIT, "init", "-q"], cwd=site, check=True)
        subprocess.run([*GIT, "add", "-A"], cwd=site, check=True)
        subprocess.run([*GIT, "commit", "-qm", "synthetic site"], cwd=site, check=True)
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=site, check=True, capture_output=True, text=True
    )
    if status.stdout.strip():
        sys.exit(f"{site} has uncommitted changes; run `git -C {site} checkout .` first")


def first(site: Path, pattern: str) -> Path:
    return next(iter(sorted(site.glob(pattern))))


def edit(path: Path, old: str, new: str) -> Callable[[], None]:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(old, new, 1) if old else text + new, encoding="utf-8")
    return lambda: path.write_text(text, encoding="utf-8")


def changes(site: Path) -> dict[str, Callable[[], Callable[[], None]]]:
    activity = first(site, "activiteiten/*/*/*.yml")
    buurt = first(site, "buurten/*/[!_]*.yml")
    gemeente = first(site, "buurten/*/_gemeente.yml")
    story = first(site, "verhalen/*/*/*.md")
    return {
        "activiteit": lambda: edit(activity, "", "# een opmerking\n"),
        "buurt": lambda: edit(buurt, "", "# een opmerking\n"),
        "verhaal": lambda: edit(story, "", "\nEen extra zin.\n"),
        "_gemeente.yml": lambda: edit(gemeente, "", "\n# een opmerking\n"),
        "commit op branch": lambda: committed_on_branch(site, activity),
        "_landelijk.yml": lambda: edit(site / "buurten/_landelijk.yml", "", "\n# opmerking\n"),
    }


def committed_on_branch(site: Path, path: Path) -> Callable[[], None]:
    """A pull request's case: the change is a commit on a branch, compared with its base."""
    subprocess.run(["git", "switch", "-q", "-c", "bench-branch"], cwd=site, check=True)
    edit(path, "", "# een opmerking\n")
    subprocess.run([*GIT, "commit", "-qam", "bench"], cwd=site, check=True)

    def back() -> None:
        subprocess.run(["git", "switch", "-q", "-f", "-"], cwd=site, check=True)
        subprocess.run(["git", "branch", "-q", "-D", "bench-branch"], cwd=site, check=True)

    return back


def time_once(site: Path, ref: str = "HEAD") -> tuple[float, int, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [*welkom_command(site), "--gewijzigd", ref],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    seconds = time.perf_counter() - start
    lines = done.stderr.strip().splitlines()
    return seconds, done.returncode, lines[-1] if lines else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--buurten", type=int, default=14500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--zonder-landelijk", action="store_true", help="skip the full check")
    args = parser.parse_args()
    site = synthetic_site(args.buurten, regenerate=False)
    ensure_repo(site)
    print(f"welkom check --gewijzigd HEAD, {args.buurten} buurten, {args.repeat}× each")
    print(f"{'change':<18}{'median s':>10}{'min s':>8}  result")
    base = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=site, check=True, capture_output=True, text=True
    ).stdout.strip()
    for name, make in changes(site).items():
        if name == "_landelijk.yml" and args.zonder_landelijk:
            continue
        undo = make()
        try:
            ref = base if name == "commit op branch" else "HEAD"
            count = 1 if name == "_landelijk.yml" else args.repeat
            runs = [time_once(site, ref) for _ in range(count)]
        finally:
            undo()
        seconds = [s for s, _, _ in runs]
        code, line = runs[-1][1], runs[-1][2]
        mark = "" if name == "_landelijk.yml" or max(seconds) <= TARGET_SECONDS else "  (> 1.5 s)"
        print(
            f"{name:<18}{statistics.median(seconds):>10.2f}{min(seconds):>8.2f}  "
            f"exit {code}: {line[:70]}{mark}"
        )


if __name__ == "__main__":
    main()
