"""Lighthouse scores of the buurt page, served from 127.0.0.1, in Debian's Chromium.

    .venv/bin/python scripts/lighthouse.py                 # build the example site, test it
    .venv/bin/python scripts/lighthouse.py --site site     # test an already built site
    .venv/bin/python scripts/lighthouse.py --preset desktop --json lh.json

Prints the four category scores and exits 1 when one is below its bar (accessibility and
best practices 100, SEO 95, performance 90): residents use cheap phones (DESIGN.md §1).

Lighthouse is ~180 MB (114 npm packages), so it is not in package.json (that would slow
every `npm ci` in `make test`); this script installs a pinned version into .cache/lighthouse
on first use. Lighthouse 12.x, because 13.x needs Node 22 and Debian 12 ships Node 18.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
LIGHTHOUSE_VERSION = "12.8.2"
CACHE = REPO / ".cache" / "lighthouse"
LIGHTHOUSE = CACHE / "node_modules" / ".bin" / "lighthouse"
BARS = {"accessibility": 100, "best-practices": 100, "seo": 95, "performance": 90}
# Same flags as the browser tests: this machine's network is closed, and Chromium's own
# background traffic (updates, sync, safe browsing) would only add noise and time-outs.
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
EXAMPLE_TODAY = dt.datetime(2026, 11, 23, 12, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


def ensure_lighthouse() -> Path:
    """Install the pinned Lighthouse into .cache/lighthouse once (git-ignored by its own file)."""
    if LIGHTHOUSE.exists():
        return LIGHTHOUSE
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE.parent / ".gitignore").write_text("*\n", encoding="utf-8")
    print(f"Lighthouse {LIGHTHOUSE_VERSION} installeren in {CACHE} …", file=sys.stderr)
    subprocess.run(
        [
            "npm",
            "install",
            "--prefix",
            str(CACHE),
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
            "--loglevel=error",
            f"lighthouse@{LIGHTHOUSE_VERSION}",
        ],
        check=True,
    )
    return LIGHTHOUSE


def build_example_site(out: Path) -> Path:
    env = {
        **os.environ,
        "SOURCE_DATE_EPOCH": str(int(EXAMPLE_TODAY.timestamp())),
        "NO_MKDOCS_2_WARNING": "1",
    }
    mkdocs = Path(sys.executable).parent / "mkdocs"
    subprocess.run(
        [str(mkdocs), "build", "--strict", "--quiet", "-f", "mkdocs.yml", "-d", str(out)],
        cwd=REPO,
        env=env,
        check=True,
    )
    return out


def first_buurt_path(root: Path) -> str:
    """URL path of the first buurt alphabetically: the folder that has a welcome guide."""
    guides = sorted(root.glob("*/*/welkom/index.html"))
    if not guides:
        raise SystemExit(f"Geen buurtpagina gevonden in {root}")
    buurt = guides[0].parent.parent
    return f"/{buurt.parent.name}/{buurt.name}/"


class _StaticHost(SimpleHTTPRequestHandler):
    """A plain static host, quiet, that gzips text like every real host (Pages, Netlify) does.

    Without compression Lighthouse would measure 140 KB of Material CSS instead of ~20 KB and
    report a performance problem that no visitor of the real site has.
    """

    def do_GET(self) -> None:
        url_path = urlsplit(self.path).path
        path = Path(self.translate_path(self.path))
        if path.is_dir() and url_path.endswith("/"):
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.is_file() and path.suffix in _COMPRESSIBLE):
            super().do_GET()  # also redirects /x to /x/ and answers 404
            return
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


_COMPRESSIBLE = frozenset({".html", ".css", ".js", ".json", ".svg", ".xml", ".geojson", ".txt"})


@contextmanager
def serve(root: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_StaticHost, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def chromium() -> str:
    path = "/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else shutil.which("chromium")
    if not path:
        raise SystemExit("Chromium ontbreekt: apt-get install chromium (geen download)")
    return path


def run_lighthouse(url: str, preset: str, out: Path) -> dict:
    command = [
        str(ensure_lighthouse()),
        url,
        "--only-categories=accessibility,best-practices,seo,performance",
        "--output=json",
        f"--output-path={out}",
        "--quiet",
        "--disable-full-page-screenshot",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
    ]
    if preset != "mobile":
        command.append(f"--preset={preset}")
    env = {**os.environ, "CHROME_PATH": chromium()}
    subprocess.run(command, env=env, check=True, timeout=600)
    return json.loads(out.read_text(encoding="utf-8"))


def report(result: dict) -> bool:
    """Print scores and the audits that cost points; True when every bar is met."""
    ok = True
    for category, bar in BARS.items():
        data = result["categories"][category]
        score = round((data["score"] or 0) * 100)
        passed = score >= bar
        ok &= passed
        print(f"{data['title']:<16} {score:>3}  (ondergrens {bar}) {'ok' if passed else 'TE LAAG'}")
        for ref in data["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                shown = audit.get("displayValue") or ""
                print(f"    - {ref['id']}: {audit['title']} {shown}".rstrip())
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="gebouwde site (anders: voorbeeldsite bouwen)")
    parser.add_argument("--path", help="URL-pad om te meten (standaard: eerste buurtpagina)")
    parser.add_argument("--preset", choices=["mobile", "desktop"], default="mobile")
    parser.add_argument("--json", type=Path, help="bewaar het volledige Lighthouse-rapport hier")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="welkom-lighthouse-") as tmp:
        root = args.site.resolve() if args.site else build_example_site(Path(tmp) / "site")
        path = args.path or first_buurt_path(root)
        out = args.json.resolve() if args.json else Path(tmp) / "lighthouse.json"
        with serve(root) as base:
            print(f"Lighthouse {LIGHTHOUSE_VERSION} ({args.preset}) op {base}{path}")
            result = run_lighthouse(base + path, args.preset, out)
        for warning in result.get("runWarnings", []):
            print(f"waarschuwing: {warning}")
        return 0 if report(result) else 1


if __name__ == "__main__":
    sys.exit(main())
