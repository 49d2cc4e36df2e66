"""No HTML from contributors: tags in a text field or raw HTML in a story are refused.

Contributor text is data, never markup (DESIGN.md principle 7). A text field is shown as plain
text everywhere; a story is Markdown. Anything that looks like an HTML tag or comment is
refused here, with what to write instead; the sanitiser (render/safe_html.py) stays as the
second line. Text such as "kinderen <12 jaar" or "a<b" is no tag and passes: a tag needs a
name right after ``<`` and a closing ``>``.
"""

from __future__ import annotations

import html
import re

from welkom.load.document import Document, Loc, format_loc
from welkom.problems import Problem, Severity
from welkom.render.safe_html import find_tags
from welkom.site import Site

_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")

_INSTEAD = {
    "b": "Schrijf **vet** in plaats van <b>vet</b>.",
    "strong": "Schrijf **vet** in plaats van <strong>vet</strong>.",
    "i": "Schrijf *schuin* in plaats van <i>schuin</i>.",
    "em": "Schrijf *schuin* in plaats van <em>schuin</em>.",
    "a": "Schrijf een link als [tekst](https://voorbeeld.nl) in plaats van <a href=…>.",
    "img": "Een foto zet je bovenaan bij `foto:` (bestand en alt), niet met <img>.",
    "br": "Laat een lege regel tussen twee alinea's in plaats van <br>.",
    "p": "Laat een lege regel tussen twee alinea's in plaats van <p>.",
    "h1": "Schrijf een tussenkop als ## Kop in plaats van <h1>.",
    "h2": "Schrijf een tussenkop als ## Kop in plaats van <h2>.",
    "h3": "Schrijf een tussenkop als ### Kop in plaats van <h3>.",
    "ul": "Schrijf een lijst met een - aan het begin van elke regel.",
    "li": "Schrijf een lijst met een - aan het begin van elke regel.",
    "!--": "Haal het commentaar <!-- … --> weg: alles in het verhaal komt op de site.",
}
_STORY_DEFAULT = (
    "Schrijf gewone tekst met Markdown: **vet**, *schuin*, [tekst](https://voorbeeld.nl) "
    "voor een link en een lege regel tussen alinea's."
)


def _name(tag: str) -> str:
    if tag.startswith("<!--"):
        return "!--"
    match = re.match(r"</?([A-Za-z][A-Za-z0-9-]*)", tag)
    return match.group(1).lower() if match else ""


def _shown(tag: str) -> str:
    return tag if len(tag) <= 40 else tag[:37] + "…"


def field_problem(path: str, line: int, column: int, tag: str, loc: Loc) -> Problem:
    return Problem(
        path,
        line,
        column,
        Severity.ERROR,
        "markup.tag-in-text",
        f"Hier staat HTML-code (`{_shown(tag)}`). Een tekstveld is gewone tekst: de site "
        "toont precies wat je schrijft, zonder opmaak. Haal de code weg en schrijf alleen de "
        "tekst, bijvoorbeeld `Koffie` in plaats van `<b>Koffie</b>`.",
        format_loc(loc),
    )


def check_document(doc: Document) -> list[Problem]:
    """Tags in any string of a YAML document (or a story's front matter)."""
    problems: list[Problem] = []
    if doc.text and "<" not in doc.text and "\\" not in doc.text:
        return problems  # no "<" in the source, nor an escape ("\x3c"): most files

    def walk(value: object, loc: Loc) -> None:
        if isinstance(value, str):
            if "<" not in value:
                return
            for match in find_tags(value):
                line, column = doc.where(loc)
                if "\n" not in value:
                    column += match.start()
                problems.append(field_problem(doc.path, line, column, match.group(), loc))
                return  # one message per value is enough
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, (*loc, k))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, (*loc, i))

    walk(doc.data, ())
    return problems


def check_story_body(path: str, body: str, body_line: int) -> list[Problem]:
    """Raw HTML in a story's Markdown, outside code (`…` and fenced blocks), one per line."""
    problems: list[Problem] = []
    fenced = False
    for number, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or "<" not in line:
            continue
        visible = _CODE_SPAN.sub(lambda m: " " * len(m.group()), line)
        for match in find_tags(visible):
            tag = line[match.start() : match.end()]
            instead = _INSTEAD.get(_name(tag), _STORY_DEFAULT)
            problems.append(
                Problem(
                    path,
                    body_line + number,
                    match.start() + 1,
                    Severity.ERROR,
                    "markup.html-in-story",
                    f"Hier staat HTML-code (`{_shown(tag)}`). Een verhaal is gewone tekst met "
                    f"Markdown; HTML komt niet op de site. {instead}",
                )
            )
            break
    return problems


# Markdown link targets: [tekst](doel), ![alt](doel) and a reference [naam]: doel.
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]*)|^\s{0,3}\[[^\]]+\]:\s*<?(\S*)", re.MULTILINE)
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):")
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def check_story_links(path: str, body: str, body_line: int) -> list[Problem]:
    """Links in a story that go anywhere but a web page, an e-mail address or a phone number
    (``javascript:``, ``data:``, also written with entities or in capitals)."""
    problems: list[Problem] = []
    if ":" not in body:
        return problems
    for match in _LINK_TARGET.finditer(body):
        target = match.group(1) if match.group(1) is not None else match.group(2)
        start = match.start(1) if match.group(1) is not None else match.start(2)
        plain = re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(target)).lower()
        scheme = _SCHEME.match(plain)
        if scheme is None or scheme.group(1) in LINK_SCHEMES:
            continue
        line = body.count("\n", 0, start)
        column = start - (body.rfind("\n", 0, start) + 1) + 1
        problems.append(
            Problem(
                path,
                body_line + line,
                column,
                Severity.ERROR,
                "markup.link-scheme",
                f"Deze link begint met `{scheme.group(1)}:`. Een link in een verhaal gaat naar een "
                "website (https://…), een e-mailadres (mailto:…) of een telefoonnummer "
                "(tel:…). Schrijf bijvoorbeeld [tekst](https://voorbeeld.nl).",
            )
        )
    return problems


def check_site_markup(site: Site, *, national: bool = True) -> list[Problem]:
    problems: list[Problem] = []
    for doc, _ in site.documents(national=national):
        problems += check_document(doc)
    for v in site.verhalen.values():
        problems += check_story_body(v.doc.path, v.body, v.body_line)
        problems += check_story_links(v.doc.path, v.body, v.body_line)
    return problems
