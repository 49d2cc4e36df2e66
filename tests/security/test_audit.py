"""The build audit: a script planted by hand fails it, naming the file; the build stops."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.site.build_support import REPO, build
from welkom.audit import audit_site, report

PLANTED = [
    ("<script>alert(1)</script>", "<script> met 'alert(1)'"),
    ('<a href="JaVa&#x53;cript:alert(1)">x</a>', "href='JaVaScript:alert(1)' op <a>"),
    ('<p onmouseover="alert(1)">x</p>', "attribuut onmouseover op <p>"),
    ('<iframe src="https://evil.example/"></iframe>', "<iframe>"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', "meta http-equiv"),
    ('<svg><a xlink:href="javascript:alert(1)">x</a></svg>', "xlink:href"),
    ('<script src="https://evil.example/x.js"></script>', "<script src="),
    ("<!--><script>alert(1)</script>-->", "script"),
]


@pytest.fixture(scope="module")
def clean_copy(hostile_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert audit_site(hostile_site) == []
    return hostile_site


@pytest.mark.parametrize(("planted", "said"), PLANTED)
def test_a_planted_vector_fails_the_audit_with_the_file_name(
    clean_copy: Path, tmp_path: Path, planted: str, said: str
) -> None:
    site = tmp_path / "site"
    shutil.copytree(clean_copy, site)
    page = site / "testdorp" / "centrum" / "index.html"
    page.write_text(page.read_text("utf-8").replace("</main>", planted + "</main>"), "utf-8")
    found = audit_site(site)
    assert found, planted
    assert {v.path for v in found} == {"testdorp/centrum/index.html"}
    assert said in report(found)


def test_a_same_site_redirect_page_is_allowed(clean_copy: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(clean_copy, site)
    (site / "oud").mkdir()
    (site / "oud" / "index.html").write_text(
        '<!doctype html><html><head><meta http-equiv="refresh" content="0; url=../nieuw/">'
        "</head><body></body></html>",
        encoding="utf-8",
    )
    assert audit_site(site) == []


def test_feeds_and_json_are_audited_too(clean_copy: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(clean_copy, site)
    feed = site / "testdorp" / "activiteiten.json"
    feed.write_text(
        feed.read_text("utf-8").replace(
            '"content_html":"', '"content_html":"<img src=x onerror=alert(1)>', 1
        ),
        "utf-8",
    )
    ics = site / "testdorp" / "activiteiten.ics"
    ics.write_bytes(ics.read_bytes().replace(b"SUMMARY:", b"SUMMARY:<b>x</b> ", 1))
    paths = {v.path for v in audit_site(site)}
    assert paths == {"testdorp/activiteiten.json", "testdorp/activiteiten.ics"}


def test_the_build_fails_when_a_page_holds_a_script(tmp_path: Path) -> None:
    """A hand-written page may hold raw HTML (docs/ is trusted Markdown): a script in it
    still stops `mkdocs build`, and the message names the file."""
    docs = tmp_path / "docs"
    shutil.copytree(REPO / "docs", docs)
    page = docs / "privacy.md"
    page.write_text(page.read_text("utf-8") + '\n<img src="x" onerror="alert(1)">\n', "utf-8")
    work = tmp_path / "work"
    work.mkdir()
    config = work / "mkdocs.yml"
    done = build(Path(__file__).parent / "fixtures" / "hostile", tmp_path / "out", work)
    assert done.code == 0, done.out
    text = config.read_text("utf-8").replace(f"docs_dir: {REPO / 'docs'}", f"docs_dir: {docs}")
    config.write_text(text, "utf-8")
    run = subprocess.run(
        [
            str(Path(sys.executable).parent / "mkdocs"),
            "build",
            "-f",
            str(config),
            "-d",
            str(tmp_path / "out2"),
        ],
        cwd=work,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1795431600", "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode != 0
    assert "privacy/index.html: attribuut onerror op <img>" in run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr


JSON_VECTORS = [
    '<a href=\\"java\\u0073cript:alert(1)\\">x</a>',
    '<a href=\\"&#106;avascript:alert(1)\\">x</a>',
    "<svg/onload=alert(1)>",
    '<a href=\\"x\\"onclick=alert(1)>x</a>',
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    '<img src=\\"data:image/svg+xml,x\\">',
]


@pytest.mark.parametrize("vector", JSON_VECTORS)
def test_the_quick_look_at_json_misses_nothing(
    clean_copy: Path, tmp_path: Path, vector: str
) -> None:
    site = tmp_path / "site"
    shutil.copytree(clean_copy, site)
    feed = site / "testdorp" / "activiteiten.json"
    text = feed.read_text("utf-8").replace('"content_html":"', '"content_html":"' + vector, 1)
    feed.write_text(text, "utf-8")
    assert [v.path for v in audit_site(site)] == ["testdorp/activiteiten.json"]


XML_VECTORS = [
    "&lt;a href=&quot;&amp;#106;avascript:alert(1)&quot;&gt;x&lt;/a&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "&lt;p onmouseover=&quot;alert(1)&quot;&gt;x&lt;/p&gt;",
    "<![CDATA[<iframe src=x></iframe>]]>",
    "&lt;a href=&quot;java&#9;script:alert(1)&quot;&gt;x&lt;/a&gt;",
]


@pytest.mark.parametrize("vector", XML_VECTORS)
def test_the_quick_look_at_feeds_misses_nothing(
    clean_copy: Path, tmp_path: Path, vector: str
) -> None:
    site = tmp_path / "site"
    shutil.copytree(clean_copy, site)
    feed = site / "testdorp" / "activiteiten.rss"
    text = feed.read_text("utf-8").replace("<description>", "<description>" + vector, 1)
    feed.write_text(text, "utf-8")
    assert [v.path for v in audit_site(site)] == ["testdorp/activiteiten.rss"]


@pytest.mark.parametrize(
    "line", [b"URL:JAVA\r\n SCRIPT:alert(1)", b"DESCRIPTION:<img src=x onerror=alert(1)>"]
)
def test_the_quick_look_at_calendars_misses_nothing(
    clean_copy: Path, tmp_path: Path, line: bytes
) -> None:
    site = tmp_path / "site"
    shutil.copytree(clean_copy, site)
    ics = site / "testdorp" / "activiteiten.ics"
    ics.write_bytes(ics.read_bytes().replace(b"END:VEVENT", line + b"\r\nEND:VEVENT", 1))
    assert [v.path for v in audit_site(site)] == ["testdorp/activiteiten.ics"]


def test_the_feed_writer_audits_what_it_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The feeds are audited as they are written (next to the page rendering); what that
    finds reaches the build through the writer's report."""
    import multiprocessing

    from welkom.check import load_site
    from welkom.render.context import BuildContext
    from welkom.render.feeds import background
    from welkom.render.feeds.build import FeedWriter
    from welkom.render.outputs import Output

    planted = Output(
        "testdorp/activiteiten.rss",
        b"<rss><channel><description>&lt;script&gt;"
        b"alert(1)&lt;/script&gt;</description></channel></rss>",
    )
    real = FeedWriter.iter_all
    monkeypatch.setattr(FeedWriter, "iter_all", lambda self: [*real(self), planted])
    site = load_site(Path(__file__).parent / "fixtures" / "hostile")
    ctx = BuildContext(
        site,
        dt.date(2026, 11, 23),
        horizon_days=56,
        site_url="https://welkom.example.org/",
    )
    results, report = multiprocessing.Pipe(duplex=False)
    count = background.write_feeds(ctx, tmp_path, report=report)
    written, violations = results.recv()
    assert count == len(written) and "testdorp/activiteiten.ics" in written
    assert [str(v) for v in violations] == [
        "testdorp/activiteiten.rss: in <description>: <script> met 'alert(1)'"
    ]
