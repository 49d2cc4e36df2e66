""" "Klopt dit nog?" on a built site: the checked-on month in words and where to report."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.site.build_support import EPOCH, REPO

FIXTURE = Path(__file__).parent / "fixtures" / "nakijken"
REPO_URL = "https://github.com/voorbeeld/welkom"


class _Block(HTMLParser):
    """Text and links inside <div class="welkom-klopt">."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.text = ""
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if self.depth:
            self.depth += tag == "div"
            if tag == "a":
                self.links.append(a.get("href") or "")
        elif tag == "div" and "welkom-klopt" in (a.get("class") or ""):
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag == "div":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text += data


def _block(path: Path) -> _Block:
    parser = _Block()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("nakijken")
    config = work / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {REPO / 'mkdocs.yml'}\n"
        f"docs_dir: {REPO / 'docs'}\n"
        f"theme:\n  custom_dir: {REPO / 'overrides'}\n"
        "plugins:\n  - search:\n      lang: nl\n"
        f"  - welkom:\n      data_dir: {FIXTURE}\n      repo_url: {REPO_URL}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    run = subprocess.run(
        [str(mkdocs), "build", "--strict", "-f", str(config), "-d", str(work / "site")],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    # Freshness warnings are shown while building, never fatal.
    assert "Inloop De Hoek' is voor het laatst nagekeken in mei 2024" in run.stderr
    return work / "site"


def test_the_buurt_page_says_when_it_was_checked_and_where_to_report(built: Path) -> None:
    block = _block(built / "voorbeeldstad/kiem-noord/index.html")
    text = " ".join(block.text.split())
    assert text == (
        "Klopt dit nog? Laatst nagekeken in november 2026. Klopt er iets niet? Meld het met dit "
        "formulier, of meld het op GitHub (daarvoor heb je een account nodig). Je hoeft je naam "
        "niet te geven."
    )
    form, github = block.links
    assert form == "https://voorbeeldstad.example/melding-buurtgids"
    parts = urlsplit(github)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == REPO_URL + "/issues/new"
    assert parse_qs(parts.query) == {
        "template": ["klopt-niet.yml"],
        "title": ["Klopt niet: Kiem-Noord"],
        "pagina": ["https://welkom.example.org/voorbeeldstad/kiem-noord/"],
    }


def test_entries_show_their_own_month(built: Path) -> None:
    html = (built / "voorbeeldstad/kiem-noord/index.html").read_text(encoding="utf-8")
    assert (
        '<dt class="welkom-nagekeken">Nagekeken</dt><dd class="welkom-nagekeken">oktober 2026</dd>'
        in html
    )
    assert "(nagekeken in juli 2026)" in html  # the huismeester
    assert "(nagekeken in juni 2026)" in html  # the gemeente's help line


def test_the_printed_guide_shows_the_month_without_links(built: Path) -> None:
    """On paper the month goes in the line under the title, so the guide keeps to two pages
    (the months of single entries are hidden in print: .welkom-nagekeken in welkom.css)."""
    html = (built / "voorbeeldstad/kiem-noord/welkom/index.html").read_text(encoding="utf-8")
    assert "welkom-klopt" not in html
    assert re.search(
        r'<p class="welkom-bijgewerkt">Bijgewerkt op [^<]*, nagekeken in november 2026\. ', html
    )
