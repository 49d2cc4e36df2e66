"""The build audit: every HTML, XML, JSON and iCalendar file of a built site, read with a real
parser, may hold nothing that runs in a browser (rules.py). Whatever slipped through the check
and the escaping fails the build here, with the file's name. Site builders call `audit_site`
after writing the site; it does not depend on anyone remembering to escape.
"""

from __future__ import annotations

import html
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from icalendar import Calendar
from lxml import etree

from welkom.audit.rules import audit_fragment, audit_html, dangerous_url, may_hold_violation
from welkom.render.safe_html import find_tags

HTML = (".html", ".htm")
XML = (".xml", ".rss", ".atom")
JSON = (".json", ".geojson")
ICS = (".ics",)
# JSON keys whose value is a URL a reader may open (JSON Feed, open data).
URL_KEYS = frozenset(
    {"url", "external_url", "home_page_url", "feed_url", "image", "banner_image", "icon"}
    | {"favicon", "avatar", "website", "href", "link"}
)
ICS_URL_PROPS = ("URL", "ATTACH", "IMAGE", "CONFERENCE")
ICS_TEXT_PROPS = ("SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "X-WR-CALNAME")


@dataclass(frozen=True, slots=True)
class Violation:
    path: str  # relative to the site root, with "/"
    what: str

    def __str__(self) -> str:
        return f"{self.path}: {self.what}"


def audit_site(root: Path) -> list[Violation]:
    """Every violation in the built site under ``root``, in a stable order."""
    found: list[Violation] = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            path = Path(folder) / name
            rel = path.relative_to(root).as_posix()
            found += [Violation(rel, what) for what in audit_file(path, rel)]
    return found


def audit_file(path: Path, rel: str) -> list[str]:
    suffix = path.suffix.lower()
    if suffix not in HTML + XML + JSON + ICS:
        return []
    data = path.read_bytes()
    try:
        if suffix in HTML:
            return audit_html(data, rel)
        if suffix in XML:
            return _audit_xml(data)
        if suffix in JSON:
            return _audit_json(data)
        return _audit_ics(data)
    except (ValueError, etree.LxmlError) as exc:
        return [f"niet te lezen: {exc}"]


# A quick look at a whole feed or JSON file before parsing it (most hold no HTML that could
# matter): the text with entities decoded must show a suspect piece of HTML (rules._SUSPECT)
# or, with spaces and control characters taken out, a "script:" or "data:" somewhere.
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME_ANYWHERE = re.compile(r"script:|data:", re.IGNORECASE)


def _certainly_clean(text: str) -> bool:
    if may_hold_violation(text):
        return False
    return _SCHEME_ANYWHERE.search(_CONTROL.sub("", text)) is None


def _audit_xml(data: bytes) -> list[str]:
    if _certainly_clean(html.unescape(data.decode("utf-8", errors="replace"))):
        return []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    tree = etree.fromstring(data, parser)
    found: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        local = etree.QName(element).localname
        for name, value in element.attrib.items():
            attr = etree.QName(name).localname
            if attr.lower().startswith("on"):
                found.append(f"attribuut {attr} op <{local}>")
            elif attr in ("href", "src", "uri") and dangerous_url(value):
                found.append(f"{attr}={value[:60]!r} op <{local}>")
        text = element.text or ""
        if local in ("link", "url", "loc", "guid", "id") and dangerous_url(text):
            found.append(f"<{local}>{text[:60]!r}")
        elif "<" in text:  # escaped HTML inside a feed (description, content, summary)
            found += [f"in <{local}>: {what}" for what in audit_fragment(text)]
    return found


def _audit_json(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace")
    if "\\u" not in text:  # no escaped characters: what is between quotes is the text itself
        unquoted = text.replace('\\"', '"').replace("\\/", "/")
        if _certainly_clean(unquoted):
            return []
    found: list[str] = []

    def walk(value: object, key: str) -> None:
        if isinstance(value, str):
            if key in URL_KEYS and dangerous_url(value):
                found.append(f'"{key}": {value[:60]!r}')
            elif "<" in value:
                found.extend(f'in "{key}": {what}' for what in audit_fragment(value))
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, str(k))
        elif isinstance(value, list):
            for v in value:
                walk(v, key)

    walk(json.loads(data), "")
    return found


_ICS_SUSPECT = re.compile(rb"<[A-Za-z!/?]|(?:javascript|vbscript|data):", re.IGNORECASE)


def _audit_ics(data: bytes) -> list[str]:
    # Only a calendar with a "<" before a letter or one of the schemes anywhere (spaces,
    # line folds and escapes taken out) can hold a violation; only such a one is parsed.
    flat = re.sub(rb"[\x00-\x20\x7f]+", b"", data.replace(b"\\", b""))
    if not _ICS_SUSPECT.search(flat):
        return []
    found: list[str] = []
    for calendar in Calendar.from_ical(data, multiple=True):
        for component in calendar.walk():
            for prop in ICS_URL_PROPS:
                for value in _values(component.get(prop)):
                    if dangerous_url(value):
                        found.append(f"{prop}: {value[:60]!r}")
            for prop in ICS_TEXT_PROPS:
                for value in _values(component.get(prop)):
                    if any(find_tags(value)):
                        found.append(f"HTML in {prop} (platte tekst): {value[:60]!r}")
    return found


def _values(value: object) -> list[str]:
    """A property's values as text: none, one, or several (a property given twice)."""
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def report(violations: list[Violation], limit: int = 20) -> str:
    """The message that stops the build: what was found where, in plain Dutch."""
    lines = [
        "welkom: de controle van de gebouwde site vond iets wat in een browser kan worden "
        "uitgevoerd. De site is niet gepubliceerd. Dit hoort niet te kunnen: meld het aan de "
        "beheerders, met deze regels:"
    ]
    lines += [f"  {v}" for v in violations[:limit]]
    if len(violations) > limit:
        lines.append(f"  … en nog {len(violations) - limit}")
    return "\n".join(lines)
