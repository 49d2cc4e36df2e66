"""`welkom check` on redirects.yml: loops, redirects to nothing, shadowed redirects, bad lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import copy_site, run_cli
from welkom.redirects import check_redirects, load_redirects


def _site(tmp_path: Path, redirects: str) -> Path:
    root = copy_site(tmp_path)
    (root / "redirects.yml").write_text(redirects, encoding="utf-8")
    return root


def _texts(root: Path) -> list[str]:
    return [p.format_text() for p in check_redirects(root)]


def test_a_good_redirect_and_a_chain_pass(tmp_path: Path) -> None:
    root = _site(
        tmp_path,
        "# verhuisde buurten\n"
        "/testdorp/oud-centrum/: /testdorp/centrum/\n"
        "/testdorp/heel-oud/: /testdorp/oud-centrum/\n"
        "testdorp/oud-centrum/activiteiten/kofie: /testdorp/centrum/activiteiten/koffie/\n"
        "/verhalen/oud-welkom/: /verhalen/welkom/\n"
        "/help/: /privacy/\n",
    )
    (root / "docs").mkdir()
    (root / "docs" / "privacy.md").write_text("# Privacy\n", encoding="utf-8")
    redirects, problems, _ = load_redirects(root)
    assert problems == []
    assert [(r.old, r.new, r.line) for r in redirects][:3] == [
        ("testdorp/oud-centrum/", "testdorp/centrum/", 2),
        ("testdorp/heel-oud/", "testdorp/oud-centrum/", 3),
        ("testdorp/oud-centrum/activiteiten/kofie/", "testdorp/centrum/activiteiten/koffie/", 4),
    ]
    assert _texts(root) == []


def test_a_loop_is_refused_at_each_of_its_lines(tmp_path: Path) -> None:
    root = _site(tmp_path, "/testdorp/a/: /testdorp/b/\n/testdorp/b/: /testdorp/a/\n")
    assert _texts(root) == [
        "redirects.yml:1:1: fout: Deze doorverwijzing maakt een rondje: `/testdorp/a/` → "
        "`/testdorp/b/` → `/testdorp/a/`. Een bezoeker komt dan nergens. Haal een van deze "
        "regels weg, of verwijs naar de pagina waar het nu echt staat.",
        "redirects.yml:2:1: fout: Deze doorverwijzing maakt een rondje: `/testdorp/b/` → "
        "`/testdorp/a/` → `/testdorp/b/`. Een bezoeker komt dan nergens. Haal een van deze "
        "regels weg, of verwijs naar de pagina waar het nu echt staat.",
    ]


def test_a_redirect_to_itself_is_a_loop(tmp_path: Path) -> None:
    root = _site(tmp_path, "/testdorp/a/: testdorp/a\n")
    (problem,) = check_redirects(root)
    assert problem.code == "redirect.loop"


def test_a_redirect_to_nothing_names_a_close_buurt(tmp_path: Path) -> None:
    root = _site(tmp_path, "/testdorp/oud/: /testdorp/centum/\n")
    assert _texts(root) == [
        "redirects.yml:1:1: fout: Het nieuwe adres `/testdorp/centum/` bestaat niet op de site. "
        "Een bezoeker komt dan op een lege pagina. Bedoel je `/testdorp/centrum/`? Schrijf het "
        "adres zoals het in de adresbalk staat, zoals `/voorbeeldstad/kiem-noord/`."
    ]


def test_a_chain_to_nothing_says_through_where(tmp_path: Path) -> None:
    root = _site(tmp_path, "/testdorp/a/: /testdorp/b/\n/testdorp/b/: /nergens/\n")
    texts = _texts(root)
    assert len(texts) == 2
    assert "`/nergens/` (via `/testdorp/b/`) bestaat niet" in texts[0]
    assert texts[1].startswith("redirects.yml:2:1: fout: Het nieuwe adres `/nergens/` bestaat")


def test_a_page_back_at_the_old_address_shadows_the_redirect(tmp_path: Path) -> None:
    root = _site(tmp_path, "x: 1\n/testdorp/centrum/: /testdorp/\n")
    assert _texts(root)[-1] == (
        "redirects.yml:2:1: fout: Op het oude adres `/testdorp/centrum/` staat weer een pagina "
        "(buurten/testdorp/centrum.yml). Dan komt niemand meer bij de doorverwijzing. Haal deze "
        "regel uit redirects.yml als de pagina echt terug is, of geef de nieuwe pagina een "
        "andere naam."
    )


@pytest.mark.parametrize(
    ("text", "column", "words"),
    [
        ("/testdorp/Oud Centrum/: /testdorp/centrum/\n", 1, "Het oude adres `/testdorp/Oud"),
        ("/testdorp/oud/: https://welkom.example.org/testdorp/centrum/\n", 17, "zonder https://"),
        ("/: /testdorp/centrum/\n", 1, "De voorpagina (`/`) kan niet verhuizen."),
        ("/testdorp/oud/: [a, b]\n", 17, "Het nieuwe adres `dit`"),
    ],
)
def test_lines_welkom_cannot_read(tmp_path: Path, text: str, column: int, words: str) -> None:
    root = _site(tmp_path, text)
    (problem,) = check_redirects(root)
    assert problem.code == "redirect.shape"
    assert (problem.line, problem.column) == (1, column)
    assert words in problem.message
    assert "`/voorbeeldstad/oude-naam/: /voorbeeldstad/kiem-noord/`" in problem.message


def test_a_list_instead_of_lines(tmp_path: Path) -> None:
    root = _site(tmp_path, "- /testdorp/oud/\n")
    (problem,) = check_redirects(root)
    assert problem.code == "redirect.shape"


def test_welkom_check_reports_redirects_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _site(tmp_path, "/testdorp/oud/: /testdorp/nieuw/\n")
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 1
    assert result.out.startswith("redirects.yml:1:1: fout: Het nieuwe adres `/testdorp/nieuw/`")


def test_welkom_check_gewijzigd_also_checks_redirects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.helpers import git

    root = _site(tmp_path, "/testdorp/oud/: /testdorp/centrum/\n")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "start")
    (root / "buurten" / "testdorp" / "oud.yml").write_text(
        (root / "buurten" / "testdorp" / "centrum.yml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    result = run_cli(capsys, "--map", str(root), "check", "--gewijzigd", "main")
    assert "redirects.yml:1:1: fout: Op het oude adres `/testdorp/oud/` staat weer" in result.out
    assert result.code == 1


def test_a_file_with_only_comments_is_fine(tmp_path: Path) -> None:
    root = _site(tmp_path, "# nog niets verhuisd\n# /a/b/: /a/c/\n")
    assert check_redirects(root) == []
