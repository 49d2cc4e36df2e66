"""Ready HTML blocks kept out of Markdown processing.

A generated page is mostly HTML. Python-Markdown (and MkDocs 1.6, which parses raw HTML a
second time for anchors) spends most of a page's build time re-parsing such HTML. So the
core hands over a small Markdown *skeleton* (headings for the table of contents, plus
``<!--welkom:N-->`` placeholders) and the HTML blocks; after Markdown ran, `fill` puts the
blocks back. Any site builder can do the same in one string pass.

Blocks in a section whose heading carries ``data-search-exclude`` (deze week, help lines,
feeds) are *late*: a site builder may put them back only after its search indexer has read
the page, so the indexer never parses them (``fill(..., late=True)``).
"""

from __future__ import annotations

import re

SLOT = "@@MARKDOWN@@"  # line in a template where real Markdown (a story, the guide) goes
EXCLUDED = "data-search-exclude"
_EARLY = re.compile(r"<!--welkom:(\d+)-->")
_ANY = re.compile(r"<!--welkom:(\d+)(?::late)?-->")


def split(rendered: str, markdown: str = "") -> tuple[str, tuple[str, ...]]:
    """Turn a rendered page template into (skeleton, blocks).

    Lines starting with ``## `` stay Markdown headings; the ``@@MARKDOWN@@`` line becomes
    ``markdown``; every other run of lines is one HTML block.
    """
    skeleton: list[str] = []
    blocks: list[str] = []
    chunk: list[str] = []
    late = False  # inside a section left out of search

    def flush() -> None:
        html = "\n".join(chunk).strip()
        chunk.clear()
        if late:  # search never reads these blocks: the marker is only bytes
            html = html.replace(f' {EXCLUDED}="true"', "")
        if html:
            skeleton.append(f"\n<!--welkom:{len(blocks)}{':late' if late else ''}-->\n")
            blocks.append(html)

    for line in rendered.split("\n"):
        if line.startswith("## "):
            flush()
            late = EXCLUDED in line
            skeleton.append(f"\n{line}\n")
        elif line.strip() == SLOT:
            flush()
            skeleton.append(f"\n{markdown}\n")
        else:
            chunk.append(line)
    flush()
    return "".join(skeleton).strip() + "\n", tuple(blocks)


def fill(html: str, blocks: tuple[str, ...], *, late: bool = True) -> str:
    """Put the HTML blocks back into the HTML Markdown made of the skeleton.

    With ``late=False`` only the blocks that search may read; the late ones stay
    placeholders until a second call with ``late=True``.
    """
    if not blocks:
        return html

    def block(match: re.Match[str]) -> str:
        # A number no block has never came from `split`: leave it out (no crash, no text).
        index = int(match.group(1))
        return blocks[index] if index < len(blocks) else ""

    return (_ANY if late else _EARLY).sub(block, html)
