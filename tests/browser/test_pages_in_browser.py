"""Every page type in Chromium: WCAG 2.1 AA (axe-core), no outside requests, reflow, screenshots.

Residents open the buurt page on a cheap phone (DESIGN.md §1), so every check runs at 360 px
as well as at 1280 px. Screenshots land in test-artifacts/screenshots/ for a human to look at.
"""

from __future__ import annotations

import json

import pytest
from browser_support import ARTIFACTS, REPO, Guarded, pages_of
from site_pages import REQUIRED_TYPES, SitePage, missing_types

pytestmark = pytest.mark.browser

TYPES = (*REQUIRED_TYPES, "handgeschreven", "404")
WIDTHS = (360, 1280)
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],  # skip collecting every passing node: faster
}
SCREENSHOTS = ARTIFACTS / "screenshots"


def open_page(guarded: Guarded, base_url: str, page: SitePage, width: int) -> object:
    tab = guarded.context.new_page()  # type: ignore[attr-defined]
    tab.set_viewport_size({"width": width, "height": 800})
    response = tab.goto(base_url + page.url, wait_until="load")
    assert response is not None and response.ok, f"{page.url} gaf {response and response.status}"
    return tab


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v.get('impact')}): {v['help']} <{v.get('helpUrl', '')}>")
        for node in v["nodes"][:3]:
            target = " ".join(map(str, node["target"]))
            html = " ".join(node["html"].split())[:200]
            lines.append(f"    {target}: {html}")
        if len(v["nodes"]) > 3:
            lines.append(f"    … en nog {len(v['nodes']) - 3} plekken")
    return "\n".join(lines)


def test_every_page_type_is_built(site_pages: dict[str, SitePage]) -> None:
    missing = missing_types(site_pages)
    assert not missing, f"Deze paginatypes ontbreken in de gebouwde site: {', '.join(missing)}"


# Wait until every image has loaded (or failed): cheaper than Playwright's 500 ms "networkidle".
IMAGES_SETTLED = """() => Promise.all([...document.images].map(img => img.complete ? null :
  new Promise(done => {
    img.addEventListener('load', done);
    img.addEventListener('error', done);
  })))"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", TYPES)
def test_page_in_browser(
    kind: str, width: int, guarded: Guarded, base_url: str, site_pages: dict[str, SitePage]
) -> None:
    """One load per page and width (the suite must stay fast), then every check on it:

    WCAG 2.1 AA by axe-core; nothing requested outside 127.0.0.1, nothing broken (4xx/5xx),
    no JavaScript error; no sideways scrolling (WCAG 1.4.10); and a full-page screenshot.
    """
    if not AXE.is_file():
        pytest.fail(f"{AXE} ontbreekt: draai `npm ci` (make test doet dat).")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for page in pages_of(site_pages, kind):
        tab = open_page(guarded, base_url, page, width)
        # Scroll to the end so lazily loaded images (and anything else) are requested too.
        tab.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        tab.evaluate(IMAGES_SETTLED)
        tab.evaluate("window.scrollTo(0, 0)")
        tab.screenshot(path=str(SCREENSHOTS / f"{page.name}-{width}.png"), full_page=True)
        overflow = tab.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            wide = tab.evaluate(WIDEST_ELEMENTS)
            problems.append(
                f"{page.url} @ {width}px schuift {overflow}px opzij (WCAG 1.4.10); "
                f"te breed: {json.dumps(wide, ensure_ascii=False)}"
            )
        # DevTools evaluation, not a <script>: the page's Content-Security-Policy blocks injected
        # inline scripts, as it should (render/csp.py).
        tab.evaluate(AXE.read_text(encoding="utf-8"))
        result = tab.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
        if result["violations"]:
            problems.append(
                f"axe-core (WCAG 2.1 AA) op {page.url} @ {width}px:\n"
                + describe_violations(result["violations"])
            )
        tab.close()
    problems += guarded.problems()
    assert not problems, "\n".join(problems)


# Elements sticking out on the right, deepest first: tells which selector to fix.
WIDEST_ELEMENTS = """() => {
  const limit = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > limit + 1 && r.width > 0 && getComputedStyle(el).position !== 'fixed') {
      const cls = (el.getAttribute('class') || '').trim().split(/\\s+/).join('.');
      const name = el.tagName.toLowerCase() + (cls ? '.' + cls : '');
      out.push(name + ' (' + Math.round(r.right) + 'px)');
    }
  }
  return out.slice(-5);
}"""
