"""Contributor text on the new pages (activity, help line, embed, guide) is data, never markup."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.site.build_support import KLEINE_STAD, build

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'


class _Elements(HTMLParser):
    """What a browser would make of the page: scripts and their text, images, handlers."""

    def __init__(self) -> None:
        super().__init__()
        self.in_script = False
        self.script_text: list[str] = []
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.in_script = True
        if tag == "img" and dict(attrs).get("src") == "x":
            self.bad.append("img src=x")
        self.bad += [f"{tag} {name}" for name, _ in attrs if name.startswith("on")]

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script:
            self.script_text.append(data)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("hostile")
    data = work / "data"
    shutil.copytree(KLEINE_STAD, data)
    activity = data / "activiteiten/voorbeeldstad/kiem-noord/koffie-ochtend.yml"
    text = activity.read_text(encoding="utf-8")
    text = text.replace("titel: Koffieochtend", f"titel: 'Koffie {SCRIPT}'")
    text = text.replace("kosten: gratis", f"kosten: '€ 1 {IMG}'")
    text += f"aanmelden: '{SCRIPT}'\nvoor: '{IMG}'\n"
    activity.write_text(text, encoding="utf-8")
    buurt = data / "buurten/voorbeeldstad/kiem-noord.yml"
    text = buurt.read_text(encoding="utf-8").replace(
        "  - onderwerp: Vragen over je woning\n",
        f"  - onderwerp: 'Woning {SCRIPT}'\n    zoekwoorden: ['{IMG}', schimmel]\n",
    )
    buurt.write_text(text, encoding="utf-8")
    result = build(data, work / "site", work)
    if result.code != 0:
        pytest.skip(f"welkom check refuses this input, so nothing is built:\n{result.out[-500:]}")
    return result.site


@pytest.mark.parametrize(
    "url",
    [
        "voorbeeldstad/kiem-noord/activiteiten/koffie-ochtend/",
        "voorbeeldstad/kiem-noord/hulp/woning-script-alert-1-script/",
        "voorbeeldstad/kiem-noord/",
        "voorbeeldstad/kiem-noord/embed/",
        "voorbeeldstad/kiem-noord/welkom/",
        "voorbeeldstad/kiem-noord/agenda/",
    ],
)
def test_no_contributor_markup_on_the_new_pages(hostile_site: Path, url: str) -> None:
    html = (hostile_site / url / "index.html").read_text(encoding="utf-8")
    # What welkom renders: the page's content and its JSON-LD. The title in Material's own
    # <head> and header is the theme's (overrides/main.html escapes it, another change).
    if '<article class="md-content__inner md-typeset">' in html:
        opener = '<script type="application/ld+json">'
        jsonld = [
            opener + part.split("</script>", 1)[0] + "</script>" for part in html.split(opener)[1:]
        ]
        content = html.split('<article class="md-content__inner md-typeset">', 1)[1]
        html = content.split("</article>", 1)[0] + "".join(jsonld)
    found = _Elements()
    found.feed(html)
    assert found.bad == []
    assert not any("alert(" in text for text in found.script_text if "@context" not in text)
    for text in found.script_text:  # JSON-LD holds the title, with no "<" left in it
        assert "<" not in text or "@context" not in text
    assert "alert(1)" in html or "alert(2)" in html or url.endswith("embed/")  # shown as text
