"""Markup from contributors is refused by `welkom check`, located, with what to write instead;
text that only looks a bit like markup ("kinderen <12 jaar", "a<b") passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import copy_site, run_cli

STORY = "verhalen/testdorp/centrum/welkom.md"
BUURT = "buurten/testdorp/centrum.yml"
ACTIVITY = "activiteiten/testdorp/centrum/koffie.yml"
FRONT = "---\ntitel: Welkom\ndatum: 2026-10\nverteller: een nieuwe bewoner\ntoestemming: true\n"


def _story(body: str, front: str = "") -> str:
    return FRONT + front + "---\n" + body + "\n"


def _replace(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


REFUSED_BODIES = [
    ("Hallo <img src=x onerror=alert(1)> daar.", 7, "`foto:`"),
    ("<svg onload=alert(1)></svg>", 1, "Markdown"),
    ('<iframe src="https://evil.example"></iframe>', 1, "Markdown"),
    ("<style>body{display:none}</style>", 1, "Markdown"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example">', 1, "Markdown"),
    ("Tekst <!--welkom:999--> meer", 7, "commentaar"),
    ("Dit is <b>vet</b>.", 8, "Schrijf **vet** in plaats van <b>vet</b>"),
    ("<SCRIPT>alert(1)</SCRIPT>", 1, "Markdown"),
    ('Een <a href="javascript:alert(1)">link</a>', 5, "[tekst](https://voorbeeld.nl)"),
]


@pytest.mark.parametrize(("body", "column", "advice"), REFUSED_BODIES)
def test_raw_html_in_a_story_is_refused_where_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, column: int, advice: str
) -> None:
    root = copy_site(tmp_path)
    (root / STORY).write_text(_story("Eerste regel.\n\n" + body), encoding="utf-8")
    run = run_cli(capsys, "--map", str(root), "check")
    assert run.code == 1
    assert f"{STORY}:9:{column}: fout: Hier staat HTML-code" in run.out, run.out
    assert advice in run.out
    assert "Traceback" not in run.out + run.err


REFUSED_FIELDS = [
    (STORY, "titel: Welkom op het plein", "titel: '</title><script>alert(1)</script>'", "2:8"),
    (STORY, "verteller:", "samenvatting: '\"><script>alert(1)</script>'\nverteller:", "4:"),
    (BUURT, "naam: Centrum", "naam: '\"><script>alert(1)</script>'", "1:"),
    (BUURT, "intro: Een kleine", "intro: <b>Een</b> kleine", "2:"),
    (
        BUURT,
        "    organisatie: stichting-welzijn\n  - id: moestuin",
        "    organisatie: stichting-welzijn\n    omschrijving: x <img src=x onerror=alert(1)>\n"
        "  - id: moestuin",
        "12:",
    ),
    (ACTIVITY, "titel: Koffieochtend", 'titel: "<b>Koffie</b>"', "1:"),
    # A tag without ">" becomes one as soon as a reader puts other HTML after it (feed titles).
    (BUURT, "naam: Centrum", "naam: 'Kiem <img src=x onerror=alert(1) '", "1:"),
    (BUURT, "naam: Centrum", "naam: Kiem <img/src/onerror=alert(1)", "1:"),
    (ACTIVITY, "titel: Koffieochtend", "titel: Koffie <svg onload=alert(1)", "1:"),
    (
        ACTIVITY,
        "organisatie: stichting-welzijn",
        "organisatie: stichting-welzijn\nomschrijving: <script>alert(1)</script>",
        "8:",
    ),
]


@pytest.mark.parametrize(("rel", "old", "new", "where"), REFUSED_FIELDS)
def test_markup_in_a_text_field_is_refused_where_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rel: str, old: str, new: str, where: str
) -> None:
    root = copy_site(tmp_path)
    _replace(root, rel, old, new)
    run = run_cli(capsys, "--map", str(root), "check")
    assert run.code == 1
    assert f"{rel}:{where}" in run.out and "Een tekstveld is gewone tekst" in run.out, run.out


def test_text_that_only_looks_like_markup_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    _replace(root, ACTIVITY, "titel: Koffieochtend", "titel: Koffie voor kinderen <12 jaar")
    _replace(root, BUURT, "intro: Een kleine", "intro: Als a<b dan, en a < b = c, een kleine")
    body = (
        "Schrijf `<b>` niet zelf, zie <https://example.org/uitleg>.\n\n"
        "```\n<div>in een codeblok</div>\n```\n\n3 < 4 en 5 > 2."
    )
    (root / STORY).write_text(_story(body), encoding="utf-8")
    run = run_cli(capsys, "--map", str(root), "check")
    assert run.code == 0, run.out


def test_a_tag_written_with_yaml_escapes_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    _replace(root, ACTIVITY, "titel: Koffieochtend", 'titel: "\\x3cb>Koffie\\u003c/b>"')
    run = run_cli(capsys, "--map", str(root), "check")
    assert run.code == 1 and f"{ACTIVITY}:1:" in run.out and "HTML-code" in run.out, run.out


@pytest.mark.parametrize(
    ("body", "column"),
    [
        ("Een [link](javascript:alert(1)).", 12),
        ("Een [link](JaVaScRiPt:alert(1)).", 12),
        ("Een [link](&#106;avascript:alert(1)).", 12),
        ("Een [link](java&#x09;script:alert(1)).", 12),
        ("Een [link](  vbscript:msgbox(1)).", 14),
        ("Een ![foto](data:image/svg+xml;base64,PHN2Zz4=).", 13),
        ("Een [verwijzing][r].\n\n[r]: javascript:alert(1)", 6),
    ],
)
def test_a_story_link_to_a_script_is_refused_where_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, column: int
) -> None:
    root = copy_site(tmp_path)
    (root / STORY).write_text(_story("Eerste regel.\n\n" + body), encoding="utf-8")
    run = run_cli(capsys, "--map", str(root), "check")
    assert run.code == 1
    line = 9 + body.count("\n")
    assert f"{STORY}:{line}:{column}: fout: Deze link begint met" in run.out, run.out
    assert "[tekst](https://voorbeeld.nl)" in run.out
