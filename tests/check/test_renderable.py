"""What passes `welkom check`, builds: generated buurt, activity and story data, hostile parts
mixed in, is either refused by the check's core or rendered into every page and feed.

The renderers are the ones the build uses (pages, Markdown, the ready blocks, every feed), read
back with real parsers; a few examples also go through a real `mkdocs build --strict`.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import icalendar
import lxml.html
import markdown
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.helpers import MINIMAL
from tests.site.build_support import build
from welkom.audit import audit_bytes
from welkom.check.run import check_site
from welkom.render.context import BuildContext
from welkom.render.outputs import PRODUCERS, all_outputs
from welkom.render.pages import all_pages
from welkom.render.pages.blocks import fill

TODAY = dt.date(2026, 11, 23)  # the EPOCH of tests/site/build_support.py

# Pieces that broke a build once: the check must refuse them.
REFUSED = [
    "\x0b",
    "\x0c",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\x9f",
    "\r",
    "\u202e",
    "\u2066",
    "\ufffe",
    "\uffff",
    "<!--welkom:999-->",
    "<!--welkom:0-->",
    "<!-- welkom:gemeenten -->",
    "@@MARKDOWN@@",
]
# Pieces that mean something to one of the outputs (HTML, Markdown, XML, iCalendar, JSON, the
# page skeleton) and that the check accepts: they must come out as text.
ACCEPTED = [
    "\n## Kop\n",
    "\n\n",
    "\t",
    "\ufeff",
    "\u200b",
    "kinderen <12 jaar",
    "a<b",
    "&amp;",
    "&#0;",
    "]]>",
    "{: .x }",
    "*",
    "`",
    "\\",
    "%",
    ";",
    ",",
    "é",
    "😀",
    "𝔘",
]
# Text and dates the check accepts, so that examples get as far as the renderers; then in
# some examples one value is replaced by a piece the check must refuse (`breaker`).
TEXT_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Co", "Cn"))
text = st.lists(
    st.text(TEXT_CHARS, min_size=1, max_size=12) | st.sampled_from(ACCEPTED),
    min_size=1,
    max_size=5,
).map(lambda parts: "x" + "".join(parts))
line = st.lists(
    st.text(TEXT_CHARS, min_size=1, max_size=12)
    | st.sampled_from([p for p in ACCEPTED if "\n" not in p]),
    min_size=1,
    max_size=5,
).map(lambda parts: "x" + "".join(parts))  # a name or a title: one line
dates = st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31))
BAD_DATES = [dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(1999, 12, 31), dt.date(2101, 1, 1)]
wanneer = (
    st.sampled_from(
        [
            "elke dinsdag",
            "elke werkdag",
            "dinsdag en donderdag",
            "elke eerste en derde woensdag van de maand",
            "elke laatste vrijdag van de maand",
            "om de week op woensdag",
        ]
    )
    | dates
)
tijd = st.sampled_from(
    ["10.00-12.00", "20.00-24.00", "00.00-24.00", "vanaf 19.30", "23.59-24.00", "13:00 - 16:00"]
)


@st.composite
def site_data(draw: st.DrawFn) -> dict[str, Any]:
    plek: dict[str, Any] = {"id": "buurthuis", "naam": draw(line), "soort": "buurthuis"}
    if draw(st.booleans()):
        plek["omschrijving"] = draw(text)
    if draw(st.booleans()):
        plek["gesloten"] = draw(st.lists(dates, max_size=3))
    buurt = {"naam": draw(line), "intro": draw(text), "plekken": [plek], "welkom": [draw(text)]}
    activity: dict[str, Any] = {
        "titel": draw(line),
        "plek": "buurthuis",
        "wanneer": draw(wanneer),
        "tijd": draw(tijd),
        "vanaf": draw(dates),
    }
    for key in ("omschrijving", "kosten", "voor"):
        if draw(st.booleans()):
            activity[key] = draw(text if key == "omschrijving" else line)
    if draw(st.booleans()):
        activity["tot"] = activity["vanaf"] + dt.timedelta(days=draw(st.integers(0, 400)))
    for key in ("behalve", "ook", "vervalt"):
        if draw(st.booleans()):
            activity[key] = draw(st.lists(dates, max_size=3))
    story = {
        "titel": draw(line),
        "datum": draw(dates),
        "verteller": "een nieuwe bewoner",
        "toestemming": True,
    }
    if draw(st.booleans()):
        story["samenvatting"] = draw(text)
    body = draw(st.lists(text, min_size=1, max_size=4).map("\n\n".join))
    data = {"buurt": buurt, "activity": activity, "story": story, "body": body, "breaker": None}
    if draw(st.sampled_from([False, False, True])):
        data["breaker"] = draw(st.sampled_from(BREAKERS))(data, draw)
    return data


def _text_breaker(where: str, key: str) -> Any:
    def breaker(data: dict[str, Any], draw: st.DrawFn) -> str:
        # In a YAML file a raw U+0085 is a line break (safe_dump writes it raw), not a character
        # of the value; in a story body it is a character.
        bad = draw(st.sampled_from([p for p in REFUSED if key == "" or p != "\x85"]))
        target = data[where]
        if key == "":  # the story body
            data[where] = f"{target}\n\nx{bad}y"
        else:
            target[key] = f"x{bad}y"
        return f"{where}.{key}: {bad!r}"

    return breaker


def _date_breaker(where: str, key: str) -> Any:
    def breaker(data: dict[str, Any], draw: st.DrawFn) -> str:
        bad = draw(st.sampled_from(BAD_DATES))
        data[where][key] = [bad] if key in ("ook", "behalve", "vervalt") else bad
        return f"{where}.{key}: {bad}"

    return breaker


def _line_breaker(where: str, key: str) -> Any:
    def breaker(data: dict[str, Any], draw: st.DrawFn) -> str:
        data[where][key] = draw(st.sampled_from(["Koffie\n\nochtend", "Koffie\n## Kop"]))
        return f"{where}.{key}: a line break"

    return breaker


BREAKERS = [
    _line_breaker("buurt", "naam"),
    _line_breaker("story", "titel"),
    _text_breaker("buurt", "naam"),
    _text_breaker("buurt", "intro"),
    _text_breaker("activity", "titel"),
    _text_breaker("activity", "omschrijving"),
    _text_breaker("story", "titel"),
    _text_breaker("body", ""),
    _date_breaker("activity", "wanneer"),
    _date_breaker("activity", "vanaf"),
    _date_breaker("activity", "ook"),
    _date_breaker("story", "datum"),
]


def write_site(root: Path, data: dict[str, Any]) -> None:
    shutil.copytree(MINIMAL, root)

    def dump(value: dict[str, Any]) -> str:
        return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=1000)

    (root / "buurten/testdorp/centrum.yml").write_text(dump(data["buurt"]), encoding="utf-8")
    (root / "activiteiten/testdorp/centrum/koffie.yml").write_text(
        dump(data["activity"]), encoding="utf-8"
    )
    (root / "verhalen/testdorp/centrum/welkom.md").write_text(
        f"---\n{dump(data['story'])}---\n{data['body']}\n", encoding="utf-8"
    )


def render_everything(root: Path, breaker: str | None) -> int:
    """Every page and output the build makes, each read back; the number of outputs.

    With a ``breaker`` in the data the check must refuse it (and there is nothing to render).
    """
    site = check_site(root)
    if breaker is not None:
        assert site.errors, f"the check let {breaker} through"
        return -1
    assume(not site.errors)  # e.g. the privacy guard read a name in random text
    ctx = BuildContext(site, TODAY, horizon_days=56, site_url="https://welkom.example.org/")
    for page in all_pages(ctx):
        html = markdown.markdown(page.content, extensions=["toc", "attr_list", "admonition"])
        html = fill(fill(html, page.blocks, late=False), page.blocks, late=True)
        assert "<!--welkom:" not in html, page.src_uri
        assert "@@MARKDOWN@@" not in html, page.src_uri
        assert lxml.html.fragment_fromstring(html, create_parent="div").text_content().strip()
    outputs = all_outputs(ctx, PRODUCERS)
    for out in outputs:
        # The audit that stops `mkdocs build`: what passes the check must pass it too.
        assert audit_bytes(out.content, out.path) == [], out.path
        suffix = Path(out.path).suffix
        if suffix in (".rss", ".atom", ".xml"):
            etree.fromstring(out.content)
        elif suffix == ".ics":
            icalendar.Calendar.from_ical(out.content)
        elif suffix in (".json", ".geojson"):
            json.loads(out.content)
    return len(outputs)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(site_data())
def test_what_passes_the_check_renders(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory(prefix="welkom-renderable-") as tmp:
        root = Path(tmp) / "site"
        write_site(root, data)
        count = render_everything(root, data["breaker"])
        assert count == -1 or count > 10  # feeds of buurt, gemeente and site, open data


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(site_data())
def test_what_passes_the_check_builds_with_mkdocs(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory(prefix="welkom-renderable-") as tmp:
        root = Path(tmp) / "data"
        assume(data["breaker"] is None)
        write_site(root, data)
        assume(not check_site(root).errors)
        result = build(root, Path(tmp) / "site", Path(tmp) / "work")
        assert result.code == 0, result.out
        assert "Traceback" not in result.out
        assert (Path(tmp) / "site/testdorp/centrum/index.html").is_file()


def test_the_crashes_of_issue_10_are_refused() -> None:
    """The three inputs that passed the check and crashed the build, by the same generator."""
    cases = {
        "control character": {"activity": {"titel": "Koffie \x0b ochtend"}},
        "date the calendar cannot hold": {
            "activity": {"wanneer": dt.date(9999, 12, 31), "tijd": "20.00-24.00"}
        },
        "placeholder": {"body": "En toen <!--welkom:999--> kwam."},
    }
    base = {
        "buurt": {
            "naam": "Centrum",
            "plekken": [{"id": "buurthuis", "naam": "Buurthuis", "soort": "buurthuis"}],
        },
        "activity": {
            "titel": "Koffie",
            "plek": "buurthuis",
            "wanneer": "elke dinsdag",
            "tijd": "10.00-12.00",
        },
        "story": {
            "titel": "Welkom",
            "datum": dt.date(2026, 10, 1),
            "verteller": "een nieuwe bewoner",
            "toestemming": True,
        },
        "body": "Ik kende niemand.",
    }
    with tempfile.TemporaryDirectory(prefix="welkom-renderable-") as tmp:
        root = Path(tmp) / "clean"
        write_site(root, base)
        assert check_site(root).problems == []
        for name, change in cases.items():
            data = {key: value for key, value in base.items()}
            for key, value in change.items():
                data[key] = {**data[key], **value} if isinstance(value, dict) else value
            root = Path(tmp) / name.replace(" ", "-")
            write_site(root, data)
            codes = [p.code for p in check_site(root).errors]
            assert codes and all(
                c in ("model.character", "model.date-range", "markup.html-in-story") for c in codes
            ), (name, codes)
            assert len(codes) == len(set(codes)), f"{name}: reported twice: {codes}"


def test_fields_that_meet_in_a_calendar_make_no_tag_together() -> None:
    """Found by the mkdocs property test: a title "x<A" and a buurt "x=" are each plain text,
    but the calendar's description "x<A in x=." is an unfinished tag; the build's audit
    stopped. Every text a calendar joins from fields is made plain as a whole."""
    data = {
        "buurt": {
            "naam": "x=",
            "plekken": [{"id": "buurthuis", "naam": "x<A b", "soort": "buurthuis"}],
        },
        "activity": {
            "titel": "x<A",
            "plek": "buurthuis",
            "wanneer": "elke dinsdag",
            "tijd": "10.00-12.00",
            "omschrijving": "Kom <A",
            "kosten": "c=1",
        },
        "story": {
            "titel": "Welkom",
            "datum": dt.date(2026, 10, 1),
            "verteller": "een nieuwe bewoner",
            "toestemming": True,
        },
        "body": "Ik kende niemand.",
        "breaker": None,
    }
    with tempfile.TemporaryDirectory(prefix="welkom-renderable-") as tmp:
        root = Path(tmp) / "site"
        write_site(root, data)
        site = check_site(root)
        assert site.errors == []
        ctx = BuildContext(site, TODAY, horizon_days=56, site_url="https://welkom.example.org/")
        calendars = [o for o in all_outputs(ctx, PRODUCERS) if o.path.endswith(".ics")]
        assert len(calendars) > 3
        for out in calendars:
            assert audit_bytes(out.content, out.path) == [], out.path


def test_multiline_fields_are_the_text_fields_of_the_models() -> None:
    """Line breaks are allowed exactly in the fields of type `Text` (a few paragraphs)."""
    from pydantic import BaseModel

    import welkom.model
    from welkom.check.renderable import MULTILINE_KEYS

    text_fields = set()
    for name in dir(welkom.model):
        model = getattr(welkom.model, name)
        if isinstance(model, type) and issubclass(model, BaseModel):
            for field, info in model.model_fields.items():
                if "max_length=5000" in repr(info.annotation) + repr(info.metadata):
                    text_fields.add(field)
    assert text_fields == MULTILINE_KEYS
