"""Ready HTML blocks kept out of Markdown processing.

A generated page is mostly HTML. Python-Markdown (and MkDocs 1.6, which parses raw HTML a
second time for anchors) spends most of a page's build time re-parsing such HTML. So the
core hands over a small Markdown *skeleton* (headings for the table of contents, plus
``<!--welkom:N-->`` placeholders) and the HTML blocks; after Markdown ran, `fill` puts the
blocks back. Any site builder can do the same in one string pass.
"""

from __future__ import annotations

import re

SLOT = "@@MARKDOWN@@"  # line in a template where real Markdown (a story, the guide) goes
_PLACEHOLDER = re.compile(r"<!--welkom:(\d+)-->")


def split(rendered: str, markdown: str = "") -> tuple[str, tuple[str, ...]]:
    """Turn a rendered page template into (skeleton, blocks).

    Lines starting with ``## `` stay Markdown headings; the ``@@MARKDOWN@@`` line becomes
    ``markdown``; every other run of lines is one HTML block.
    """
    skeleton: list[str] = []
    blocks: list[str] = []
    chunk: list[str] = []

    def flush() -> None:
        html = "\n".join(chunk).strip()
        chunk.clear()
        if html:
            skeleton.append(f"\n<!--welkom:{len(blocks)}-->\n")
            blocks.append(html)

    for line in rendered.split("\n"):
        if line.startswith("## "):
            flush()
            skeleton.append(f"\n{line}\n")
        elif line.strip() == SLOT:
            flush()
            skeleton.append(f"\n{markdown}\n")
        else:
            chunk.append(line)
    flush()
    return "".join(skeleton).strip() + "\n", tuple(blocks)


def fill(html: str, blocks: tuple[str, ...]) -> str:
    """Put the HTML blocks back into the page Markdown made of the skeleton."""
    if not blocks:
        return html
    return _PLACEHOLDER.sub(lambda m: blocks[int(m.group(1))], html)
