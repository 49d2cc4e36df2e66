"""Serve a built site directory on 127.0.0.1, the way a plain static host would.

`SimpleHTTPRequestHandler` already serves `index.html` for a folder URL and redirects
`/x` to `/x/`. On top of that, paths under `/__test__/` are served from a second folder, so a
test can put helper pages (an iframe host, say) next to the site without touching the build.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

TEST_PREFIX = "/__test__/"


class _Handler(SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - class attribute of the stdlib handler
        **SimpleHTTPRequestHandler.extensions_map,
        ".html": "text/html; charset=utf-8",
        ".js": "text/javascript",
        ".css": "text/css",
        ".svg": "image/svg+xml",
        ".json": "application/json",
        ".geojson": "application/geo+json",
        ".rss": "application/rss+xml",
        ".atom": "application/atom+xml",
        ".ics": "text/calendar",
        ".webmanifest": "application/manifest+json",
        ".woff2": "font/woff2",
    }

    def __init__(self, *args: object, extra: Path, **kwargs: object) -> None:
        self._extra = extra
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def translate_path(self, path: str) -> str:
        if path.startswith(TEST_PREFIX):
            rest = path[len(TEST_PREFIX) :].split("?", 1)[0].split("#", 1)[0]
            return str(self._extra / Path(rest).name)
        return super().translate_path(path)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: pytest output is for failures, not for every GET."""


@contextmanager
def serve(root: Path, extra: Path) -> Iterator[str]:
    """Serve `root` (and `extra` under /__test__/) on a free loopback port; yield the base URL."""
    handler = partial(_Handler, directory=str(root), extra=extra)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
