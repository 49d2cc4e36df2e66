"""Markdown with YAML front matter (a story): front matter as a Document, body as text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from welkom.load.document import Document
from welkom.load.source import read_text
from welkom.load.yamlfile import parse_yaml
from welkom.problems import Problem, Severity


@dataclass(slots=True)
class MarkdownFile:
    front: Document | None
    body: str
    body_line: int  # 1-based line where the body starts in the file
    problems: list[Problem]


def load_markdown(path: Path, rel: str) -> MarkdownFile:
    text, problems = read_text(path, rel)
    if text is None:
        return MarkdownFile(None, "", 1, problems)
    return parse_markdown(text, rel)


def parse_markdown(text: str, rel: str) -> MarkdownFile:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n").strip() != "---":
        return MarkdownFile(
            None,
            text,
            1,
            [
                Problem(
                    rel,
                    1,
                    1,
                    Severity.ERROR,
                    "story.no-front-matter",
                    "Een verhaal begint met gegevens tussen twee regels `---` (titel, datum, "
                    "verteller, toestemming). Maak een nieuw verhaal met `welkom nieuw verhaal` "
                    "en kijk hoe het eruitziet.",
                )
            ],
        )
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n").strip() in ("---", "..."):
            front_text = "".join(lines[1:index])
            body = "".join(lines[index + 1 :])
            result = parse_yaml(front_text, rel, line_offset=1)
            return MarkdownFile(result.document, body, index + 2, result.problems)
    return MarkdownFile(
        None,
        "",
        1,
        [
            Problem(
                rel,
                1,
                1,
                Severity.ERROR,
                "story.front-matter-open",
                "De gegevens bovenaan dit verhaal worden niet afgesloten. Zet een regel met "
                "alleen `---` onder de gegevens, en daaronder het verhaal.",
            )
        ],
    )
