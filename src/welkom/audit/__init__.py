"""The build audit: every HTML, XML, JSON and iCalendar file of a built site, read with a real
parser, may hold nothing that runs in a browser (rules.py). Whatever slipped through the check
and the escaping fails the build here, with the file's name. Site builders call `audit_site`
after writing the site; it does not depend on anyone remembering to escape.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from icalendar import Calendar
from lxml import etree

from welkom.audit.rules import audit_fragment, audit_html, certainly_clean, dangerous_url
from welkom.render.safe_html import find_tags

HTML = (".html", ".htm")
XML = (".xml", ".rss", ".atom")
JSON = (".json", ".geojson")
ICS = (".ics",)
AUDITED = HTML + XML + JSON + ICS
# JSON keys whose value is a URL a reader may open (JSON Feed, open data).
URL_KEYS = frozenset(
    {"url", "external_url", "home_page_url", "feed_url", "image", "banner_image", "icon"}
    | {"favicon", "avatar", "website", "href", "link"}
)
ICS_URL_PROPS = ("URL", "ATTACH", "IMAGE", "CONFERENCE")
ICS_TEXT_PROPS = (
    "SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "NAME", "X-WR-CALNAME", "X-WR-CALDESC",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Violation:
    path: str  # relative to the site root, with "/"
    what: str

    def __str__(self) -> str:
        return f"{self.path}: {self.what}"


# Below this many files one process is quicker than starting others.
PARALLEL_FROM = 400


def audit_site(root: Path, workers: int = 1, skip: frozenset[str] = frozenset()) -> list[Violation]:
    """Every violation in the built site under ``root``, in a stable order.

    ``skip``: paths (relative, with "/") already audited as they were written, such as the
    feeds the feed writer audits itself (render/feeds/background.py).

    With ``workers`` > 1 a big site is read by that many forked processes (files are
    independent). Only a one-off build should ask for that: forking next to the threads of
    `mkdocs serve` is not safe.
    """
    files: list[tuple[str, str]] = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            if name.lower().endswith(AUDITED):
                path = Path(folder) / name
                rel = path.relative_to(root).as_posix()
                if rel not in skip:
                    files.append((str(path), rel))
    if workers > 1 and len(files) >= PARALLEL_FROM:
        chunks = [files[i :: workers * 4] for i in range(workers * 4)]
        fork = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=fork) as pool:
            found = [v for part in pool.map(_audit_files, chunks) for v in part]
        return sorted(found, key=lambda v: v.path)
    return _audit_files(files)


def _audit_files(files: list[tuple[str, str]]) -> list[Violation]:
    return [Violation(rel, what) for path, rel in files for what in audit_file(Path(path), rel)]


def audit_file(path: Path, rel: str) -> list[str]:
    """What is wrong in one file of the site (``rel``: its path in the site, with "/")."""
    if not rel.lower().endswith(AUDITED):
        return []
    return audit_bytes(path.read_bytes(), rel)


def audit_bytes(data: bytes, rel: str) -> list[str]:
    """What is wrong in the content of a file that is (or will be) at ``rel`` in the site."""
    suffix = "." + rel.rsplit(".", 1)[-1].lower() if "." in rel else ""
    try:
        if suffix in HTML:
            return audit_html(data, rel)
        if suffix in XML:
            return _audit_xml(data)
        if suffix in JSON:
            return _audit_json(data)
        if suffix in ICS:
            return _audit_ics(data)
        return []
    except (ValueError, etree.LxmlError) as exc:
        return [f"niet te lezen: {exc}"]


def _xml_text(data: bytes) -> bytes | None:
    """The feed with XML's own escapes decoded; None when it holds a numeric character
    reference (then only the parser can tell what it means)."""
    if b"&#" in data.replace(b"&amp;#", b""):
        return None
    return (
        data.replace(b"&lt;", b"<")
        .replace(b"&gt;", b">")
        .replace(b"&quot;", b'"')
        .replace(b"&apos;", b"'")
        .replace(b"&amp;", b"&")
    )


def _audit_xml(data: bytes) -> list[str]:
    text = _xml_text(data)
    if text is not None and certainly_clean(text):
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
    # Without escaped characters, what is between quotes is the text itself.
    if b"\\u" not in data and certainly_clean(data.replace(b'\\"', b'"').replace(b"\\/", b"/")):
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
        "uitgevoerd. De bouw is afgebroken: publiceer deze site niet. Dit hoort niet te "
        "kunnen; meld het aan de beheerders, met deze regels:"
    ]
    lines += [f"  {v}" for v in violations[:limit]]
    if len(violations) > limit:
        lines.append(f"  … en nog {len(violations) - limit}")
    return "\n".join(lines)
