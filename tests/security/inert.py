"""An independent reader of HTML for the tests (stdlib html.parser, not the audit's lxml):
what in a piece of HTML could run in a browser."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from welkom.audit.rules import is_theme_inline_script

URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "poster"})
ACTIVE = frozenset({"iframe", "frame", "frameset", "object", "embed", "applet", "portal"})


def _scheme(value: str) -> str:
    """The scheme as a browser reads it (WHATWG URL): C0 controls and spaces around the URL
    are dropped, tabs and line breaks anywhere; a space inside ends the scheme."""
    url = re.sub(
        r"[\t\n\r]",
        "",
        value.strip(
            "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c"
            "\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18"
            "\x19\x1a\x1b\x1c\x1d\x1e\x1f \t\n\r"
        ),
    )
    match = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", url)
    return match.group(1).lower() if match else ""


class Executable(HTMLParser):
    """Collects everything executable: scripts (but the site's own), handlers, bad URLs."""

    def __init__(self, *, page: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.found: list[str] = []
        self._script: dict[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if name == "srcdoc":
                self.found.append(f"<{tag} srcdoc>")
            dangerous = value and _scheme(value) in ("javascript", "data", "vbscript")
            if name in URL_ATTRIBUTES and dangerous:
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag in ACTIVE:
            self.found.append(f"<{tag}>")
        if tag == "base" and "href" in values:
            self.found.append("<base href>")
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.found.append("<meta refresh>")
        if tag == "style" and not self.page:
            self.found.append("<style>")
        if tag == "script":
            self._script, self._text = values, []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag != "script" or self._script is None:
            return
        attrs, text = self._script, "".join(self._text)
        self._script = None
        kind = (attrs.get("type") or "").lower()
        src = attrs.get("src")
        if kind in ("application/ld+json", "application/json") and src is None:
            return
        own = ("assets/javascripts/", "assets/welkom/")  # Material's bundle; welkom.js, embed.js
        if self.page and src is not None and any(d in src for d in own) and ":" not in src:
            return
        if self.page and src is None and is_theme_inline_script(text):
            return
        self.found.append(f"<script src={src!r}>{text[:40]}")


def executable(html: str, *, page: bool = False) -> list[str]:
    parser = Executable(page=page)
    parser.feed(html)
    parser.close()
    return parser.found
