"""The example site the project ships: it passes `welkom check` cleanly and shows every feature.

The example content is what a new maintainer copies and what the build tests render, so it
must stay varied: weekly, monthly and fortnightly activities, one-offs, exceptions, stories
and the national help lines.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from welkom.check import load_site
from welkom.site import Site
from welkom.when import occurrences

REPO = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 23)  # the example "today" (tests/conftest.py)
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


@pytest.fixture(autouse=True, scope="module")
def _example_today() -> object:
    """`welkom check` warns about activities that are over and entries checked long ago: the
    example is checked on its own "today", not on the day the tests run."""
    with pytest.MonkeyPatch.context() as patch:
        from tests.conftest import EXAMPLE_TODAY

        patch.setenv("SOURCE_DATE_EPOCH", str(int(EXAMPLE_TODAY.timestamp())))
        yield


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(REPO)


def _welkom() -> list[str]:
    script = Path(sys.executable).with_name("welkom")
    return [str(script)] if script.exists() else [sys.executable, "-m", "welkom.cli"]


# The example keeps one entry checked long ago on purpose, so a volunteer sees what the
# warning and `welkom onderhoud` look like (docs/meedoen.md, "Nakijken").
STALE_ON_PURPOSE = ("buurten/voorbeeldstad/de-populieren.yml", 36, "fresh.stale")


def test_check_passes_without_errors_and_warns_only_about_the_stale_example() -> None:
    run = subprocess.run(
        [*_welkom(), "--map", str(REPO), "check", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    found = [(p["path"], p["line"], p["code"], p["severity"]) for p in json.loads(run.stdout)]
    assert found == [(*STALE_ON_PURPOSE, "waarschuwing")], run.stdout
    assert run.returncode == 0, run.stderr


def test_loads_without_problems_but_the_stale_example(site: Site) -> None:
    found = [(p.path, p.line, p.code) for p in site.problems]
    assert found == [STALE_ON_PURPOSE]
    assert not site.errors


def test_size(site: Site) -> None:
    assert len(site.gemeenten) >= 2
    assert len(site.buurten) >= 6
    assert len(site.activiteiten) >= 20
    assert len(site.verhalen) >= 8
    assert any(v.buurt is None for v in site.verhalen.values()), "no site-wide story"
    for gemeente in site.gemeenten.values():
        assert gemeente.buurten, f"{gemeente.id} has no buurten"


def test_national_lines(site: Site) -> None:
    phones = {h.telefoon: h for h in site.landelijk.hulp}
    assert phones["112"].spoed
    assert phones["0800-0113"].spoed
    assert "0900-8844" in phones
    assert not phones["0900-8844"].spoed


def test_every_gemeente_has_the_meldpunt(site: Site) -> None:
    for gemeente in site.gemeenten.values():
        assert any(h.telefoon == "0800-1205" for h in gemeente.model.hulp), gemeente.id


def _kind(rrule: str | None, needs_start: bool) -> str:
    if rrule is None:
        return "one-off"
    if needs_start or "INTERVAL=2" in rrule:
        return "every other week"
    if "FREQ=MONTHLY" in rrule and re.search(r"BYDAY=[+-]?\d", rrule):
        return "monthly nth weekday"
    if "FREQ=WEEKLY" in rrule:
        return "weekly"
    return "other"


def test_activities_mix_every_kind_of_schedule(site: Site) -> None:
    kinds: dict[str, int] = {}
    for a in site.activiteiten.values():
        w = a.model.wanneer
        kind = _kind(w.rrule, w.needs_start)
        kinds[kind] = kinds.get(kind, 0) + 1
    assert kinds.get("weekly", 0) >= 5, kinds
    assert kinds.get("monthly nth weekday", 0) >= 3, kinds
    assert kinds.get("every other week", 0) >= 2, kinds
    assert kinds.get("one-off", 0) >= 3, kinds


def test_activities_use_every_kind_of_exception(site: Site) -> None:
    models = [a.model for a in site.activiteiten.values()]
    assert any("feestdagen" in m.behalve for m in models)
    assert any(isinstance(d, dt.date) for m in models for d in m.behalve)
    assert any(m.vervalt for m in models)
    assert any(m.ook for m in models)
    assert any(m.tot for m in models)
    assert any(m.afgelast for m in models)


def test_most_activities_happen_soon(site: Site) -> None:
    """The agenda of the example must not be empty on its "today", nor in the coming week."""
    in_8_weeks = in_7_days = 0
    for a in site.activiteiten.values():
        days = [
            o.start.date()
            for o in occurrences(a.schedule, TODAY, TODAY + dt.timedelta(weeks=8))
            if not o.cancelled
        ]
        in_8_weeks += bool(days)
        in_7_days += any(d < TODAY + dt.timedelta(days=7) for d in days)
    assert in_8_weeks >= 0.8 * len(site.activiteiten)
    assert in_7_days >= 5


def test_exceptions_fall_on_real_dates(site: Site) -> None:
    """A `behalve` or `vervalt` date that is not a date of the activity is a mistake."""
    for a in site.activiteiten.values():
        m = a.model
        if m.wanneer.date is not None:
            continue
        plain = replace(a.schedule, except_dates=frozenset())
        days = {
            o.start.date() for o in occurrences(plain, dt.date(2026, 1, 1), dt.date(2028, 1, 1))
        }
        for d in [*m.vervalt, *(b for b in m.behalve if isinstance(b, dt.date))]:
            assert d in days, f"{a.id}: {d} is geen datum van deze activiteit"


def test_stories_are_anonymous_and_the_right_length(site: Site) -> None:
    for story in site.verhalen.values():
        words = len(story.body.split())
        assert 120 <= words <= 300, f"{story.slug}: {words} woorden"
        assert story.model.toestemming
        assert story.model.verteller[0].islower(), "verteller is a role, not a name"


def test_data_files_point_at_their_schema() -> None:
    files = [
        *(REPO / "buurten").rglob("*.yml"),
        *(REPO / "activiteiten").rglob("*.yml"),
    ]
    assert files
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        match = SCHEMA_LINE.match(first)
        assert match, f"{path}: first line is not a schema line"
        rel = path.relative_to(REPO)
        kind = (
            "landelijk"
            if path.name == "_landelijk.yml"
            else "gemeente"
            if path.name == "_gemeente.yml"
            else "activiteit"
            if rel.parts[0] == "activiteiten"
            else "buurt"
        )
        target = (path.parent / match.group(1)).resolve()
        assert target == REPO / "schemas" / f"{kind}.schema.json", path
