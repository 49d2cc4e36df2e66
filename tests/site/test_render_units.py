"""Small pure parts of the site renderer: HTML blocks, schema.org schedules, outputs."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from welkom.render.jsonld import graph, schedule
from welkom.render.outputs import Output, all_outputs
from welkom.render.pages.blocks import fill, split
from welkom.when import parse_recurrence, parse_time_range


def test_blocks_keep_headings_as_markdown_and_html_aside() -> None:
    rendered = "<h1>Titel</h1>\n\n## Deze week {#deze-week}\n\n<div>\n\n<p>a</p>\n</div>\n"
    skeleton, blocks = split(rendered)
    assert skeleton == "<!--welkom:0-->\n\n## Deze week {#deze-week}\n\n<!--welkom:1-->\n"
    assert blocks == ("<h1>Titel</h1>", "<div>\n\n<p>a</p>\n</div>")
    html = '<!--welkom:0-->\n<h2 id="deze-week">Deze week</h2>\n<!--welkom:1-->'
    assert fill(html, blocks) == '<h1>Titel</h1>\n<h2 id="deze-week">Deze week</h2>\n' + blocks[1]


def test_blocks_leave_room_for_real_markdown() -> None:
    skeleton, blocks = split("<p>voor</p>\n@@MARKDOWN@@\n<p>na</p>", "Een *verhaal*.")
    assert skeleton == "<!--welkom:0-->\n\nEen *verhaal*.\n\n<!--welkom:1-->\n"
    assert blocks == ("<p>voor</p>", "<p>na</p>")


class _Model:
    def __init__(self, **kw: object) -> None:
        self.__dict__.update(kw)


class _Activity:
    def __init__(self, wanneer: str, vanaf: dt.date | None = None) -> None:
        self.model = _Model(
            wanneer=parse_recurrence(wanneer),
            tijd=parse_time_range("13.00-16.00"),
            vanaf=vanaf,
            tot=None,
        )


@pytest.mark.parametrize(
    ("phrase", "frequency", "days", "weeks"),
    [
        ("elke dinsdag", "P1W", ["Tuesday"], None),
        ("om de week op woensdag", "P2W", ["Wednesday"], None),
        ("elke eerste en derde woensdag van de maand", "P1M", ["Wednesday"], [1, 3]),
        ("elke laatste vrijdag van de maand", "P1M", ["Friday"], [-1]),
    ],
)
def test_schema_org_schedule_from_rrule(
    phrase: str, frequency: str, days: list[str], weeks: list[int] | None
) -> None:
    activity = _Activity(phrase, dt.date(2026, 1, 7))
    data = schedule(activity.model.wanneer, activity)  # type: ignore[arg-type]
    assert data is not None
    assert data["repeatFrequency"] == frequency
    assert data["byDay"] == [f"https://schema.org/{d}" for d in days]
    assert data.get("byMonthWeek") == weeks
    assert data["startTime"] == "13:00" and data["endTime"] == "16:00"
    assert data["scheduleTimezone"] == "Europe/Amsterdam"


def test_one_off_has_no_schedule() -> None:
    activity = _Activity("2026-12-02")
    assert schedule(activity.model.wanneer, activity) is None  # type: ignore[arg-type]


def test_json_ld_cannot_close_its_script_element() -> None:
    text = graph([{"@type": "Event", "name": "</script><script>alert(1)</script>"}])
    assert "<" not in text and ">" not in text and "\\u003c/script\\u003e" in text
    assert json.loads(text)["@graph"][0]["name"] == "</script><script>alert(1)</script>"


def test_outputs_are_sorted_and_paths_unique() -> None:
    one = lambda ctx: [Output("b.json", b"1"), Output("a.json", b"2")]  # noqa: E731
    assert [o.path for o in all_outputs(None, (one,))] == ["a.json", "b.json"]  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"two producers write a\.json"):
        all_outputs(None, (one, lambda ctx: [Output("a.json", b"3")]))  # type: ignore[arg-type]


def test_blocks_of_sections_left_out_of_search_come_back_late() -> None:
    rendered = '<h1>T</h1>\n## Hulp {#hulp data-search-exclude="true"}\n<ul><li>112</li></ul>'
    skeleton, blocks = split(rendered)
    assert "<!--welkom:1:late-->" in skeleton
    html = "<!--welkom:0-->\n<h2>Hulp</h2>\n<!--welkom:1:late-->"
    early = fill(html, blocks, late=False)
    assert early == "<h1>T</h1>\n<h2>Hulp</h2>\n<!--welkom:1:late-->"
    assert fill(early, blocks, late=True) == "<h1>T</h1>\n<h2>Hulp</h2>\n<ul><li>112</li></ul>"
