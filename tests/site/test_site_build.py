"""Whole builds: a data error stops the build, output is byte-identical, pages stay small."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.site.build_support import EPOCH, KLEINE_STAD, REPO, build

FEEDS = {".rss", ".atom", ".ics", ".json"}


def test_data_error_stops_build_with_located_dutch_message_and_keeps_old_site(
    small_site: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(KLEINE_STAD, data)
    site = tmp_path / "site"
    shutil.copytree(small_site, site)
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    activity = data / "activiteiten/voorbeeldstad/kiem-noord/repair-cafe.yml"
    activity.write_text(
        activity.read_text(encoding="utf-8").replace(
            "elke derde zaterdag van de maand", "elke derde zatredag van de maand"
        ),
        encoding="utf-8",
    )
    result = build(data, site, tmp_path / "work")
    assert result.code != 0
    assert "activiteiten/voorbeeldstad/kiem-noord/repair-cafe.yml:4:10:" in result.out
    assert "zaterdag" in result.out  # the suggestion
    assert "welkom: de gegevens bevatten fouten; de site is niet gebouwd." in result.out
    assert "Traceback" not in result.out
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before
    assert (site / "voorbeeldstad/kiem-noord/index.html").is_file()


def test_same_input_and_date_give_byte_identical_site(small_site: Path, tmp_path: Path) -> None:
    again = build(KLEINE_STAD, tmp_path / "site", tmp_path / "work")
    assert again.code == 0, again.out
    first = {
        p.relative_to(small_site): p.read_bytes() for p in small_site.rglob("*") if p.is_file()
    }
    second = {
        p.relative_to(again.site): p.read_bytes() for p in again.site.rglob("*") if p.is_file()
    }
    assert sorted(first) == sorted(second)
    differ = [str(p) for p in sorted(first) if first[p] != second[p]]
    assert differ == []
    assert Path("sitemap.xml.gz") in first and Path("search/search_index.json") in first


def test_example_site_rebuilds_byte_identical(built_site: Path, tmp_path: Path) -> None:
    """The example has photos, stories and many activities: all of it must be reproducible."""
    again = build(REPO, tmp_path / "site", tmp_path / "work")
    assert again.code == 0, again.out
    first = {p.relative_to(built_site): p for p in built_site.rglob("*") if p.is_file()}
    second = {p.relative_to(again.site): p for p in again.site.rglob("*") if p.is_file()}
    assert sorted(first) == sorted(second)
    assert [str(k) for k in sorted(first) if first[k].read_bytes() != second[k].read_bytes()] == []


def test_buurt_page_size_does_not_grow_with_the_number_of_buurten(tmp_path: Path) -> None:
    sizes: dict[int, int] = {}
    url = ""
    for n in (3, 30):
        data = tmp_path / f"data-{n}"
        subprocess.run(
            [
                sys.executable,
                str(REPO / "scripts/generate_synthetic.py"),
                "--buurten",
                str(n),
                "--out",
                str(data),
            ],
            check=True,
            capture_output=True,
        )
        result = build(data, tmp_path / f"site-{n}", tmp_path / f"work-{n}")
        assert result.code == 0, result.out
        if not url:  # a buurt of the small site; the generator keeps it the same at any N
            first = sorted(p for p in (data / "buurten").glob("*/*.yml") if p.stem[0] != "_")[0]
            url = f"{first.parent.name}/{first.stem}/index.html"
        sizes[n] = (result.site / url).stat().st_size
    assert abs(sizes[30] - sizes[3]) / sizes[3] < 0.04, sizes


def test_feeds_written_in_background_equal_in_process(
    small_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`mkdocs build` forks a feed writer; the in-process path (mkdocs serve) writes the same."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    site_dir = tmp_path / "in-process"
    mkdocs_build(load_config(str(small_site.parent / "mkdocs.yml"), site_dir=str(site_dir)))
    feeds = sorted(p.relative_to(small_site) for p in small_site.rglob("*.*") if p.suffix in FEEDS)
    assert len(feeds) >= 8
    for rel in feeds:
        assert (site_dir / rel).read_bytes() == (small_site / rel).read_bytes(), rel
