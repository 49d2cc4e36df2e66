"""The forms bot checks like a pull request: a hostile "Nieuw verhaal" is never "klaar"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.forms.conftest import body, copy_example_site, run, snapshot
from welkom.forms import KLAAR, MISLUKT, PROBLEMEN

GOOD = "Ik woonde hier pas een week. Op een avond viel de deur achter me dicht."


@pytest.mark.parametrize(
    "hostile",
    [
        "Ik woonde hier <img src=x onerror=alert(1)> pas een week.",
        '<iframe src="https://evil.example/"></iframe>',
        "Tekst <!--welkom:999--> en meer.",
        "Dit is <b>vet</b>.",
    ],
)
# (an <img> is refused by the form's own photo rule, the rest by the markup rule)
def test_a_story_form_with_raw_html_is_not_klaar(tmp_path: Path, hostile: str) -> None:
    site = copy_example_site(tmp_path / "site")
    text = body("verhaal-goed")
    assert GOOD in text
    before = snapshot(site)
    outcome = run(site, text.replace(GOOD, hostile))
    assert outcome.status == MISLUKT, outcome.comment
    assert "De controle vond geen problemen" not in outcome.pr_text
    assert snapshot(site) == before  # nothing written


def test_a_story_form_with_markup_in_its_title_is_not_klaar(tmp_path: Path) -> None:
    site = copy_example_site(tmp_path / "site")
    text = body("verhaal-goed").replace(
        "De sleutel van de buren\n", "De sleutel <script>alert(1)</script>\n", 1
    )
    before = snapshot(site)
    outcome = run(site, text)
    assert outcome.status == MISLUKT, outcome.comment
    assert "Hier staat HTML-code: &lt;script&gt;." in outcome.comment
    assert snapshot(site) == before


def test_the_good_story_form_is_still_klaar(tmp_path: Path) -> None:
    site = copy_example_site(tmp_path / "site")
    assert run(site, "verhaal-goed").status == KLAAR


def test_a_story_form_with_a_script_link_is_not_klaar(tmp_path: Path) -> None:
    site = copy_example_site(tmp_path / "site")
    text = body("verhaal-goed").replace(GOOD, "Klik [hier](JaVaScRiPt:alert(1)) voor meer.")
    outcome = run(site, text)
    assert outcome.status == PROBLEMEN, outcome.comment
    assert [p.code for p in outcome.check if p.is_error] == ["markup.link-scheme"]
    assert "De controle vond geen problemen" not in outcome.pr_text


def test_the_bot_audits_what_its_files_become(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The audit's rules run over the HTML of the written files. With today's renderers
    that HTML is inert; a renderer that forgot to escape would be caught here."""
    from welkom.forms import markup

    site = copy_example_site(tmp_path / "site")
    good = run(site, "verhaal-goed")
    assert good.status == KLAAR and markup.audit_written(site, good.files) == []
    rel = "activiteiten/voorbeeldstad/kiem-noord/lek.yml"
    (site / rel).write_text("titel: Lek\nomschrijving: 'x <img src=x onerror=alert(1)>'\n")
    assert markup.audit_written(site, [rel]) == []  # escaped: nothing to find
    monkeypatch.setattr(markup, "text_to_html", lambda text: text)  # an escape forgotten
    found = markup.audit_written(site, [rel])
    assert [p.code for p in found] == ["audit.executable"]
    assert "attribuut onerror op <img>" in found[0].message
