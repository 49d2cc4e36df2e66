"""A Content-Security-Policy and a referrer policy in every page's ``<head>``.

A static host such as GitHub Pages sends no security headers of ours, so both are ``<meta>``
tags (a ``<meta>`` CSP cannot set ``frame-ancestors``: partners may frame the embed page
anyway). What the policy allows, and why (see also MAINTAINING.md §11, "Hostile input"):

- ``script-src 'self'`` plus the SHA-256 of each inline script of the theme on that page
  (Material writes two small ones; the audit recognises them by their exact text, rules.py).
  No other inline script runs, even if one slipped through. JSON-LD and Material's JSON
  settings are data, not scripts: CSP does not apply to them.
- ``style-src 'self' 'unsafe-inline'``: Material sets ``style`` attributes from its script
  and the embed page has its own ``<style>``; styles cannot run script.
- ``img-src 'self' data:``: our photos and Material's inline SVG icons; nothing from others.
- ``font-src``, ``connect-src`` (the search index), ``worker-src`` (the search worker),
  ``manifest-src``: ``'self'``. ``object-src``, ``frame-src``: ``'none'``.
  ``base-uri 'self'``, ``form-action 'self'``.
- ``referrer: no-referrer``: a visitor who follows a link to another site does not tell it
  which buurt page they came from. Material needs no referrer.
"""

from __future__ import annotations

import base64
import hashlib
import re

from welkom.audit.rules import is_theme_inline_script

REFERRER = '<meta name="referrer" content="no-referrer">'
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?>", re.IGNORECASE)


def policy(inline_scripts: list[str]) -> str:
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
            for s in inline_scripts
        }
    )
    return "; ".join(
        (
            "default-src 'self'",
            " ".join(["script-src 'self'", *hashes]),
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "frame-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        )
    )


def add_security_meta(html: str) -> str:
    """The page with the CSP and referrer ``<meta>`` right after its ``<meta charset>`` (before
    any script), allowing exactly the theme's own inline scripts found in it."""
    match = _CHARSET.search(html)
    if match is None or 'http-equiv="Content-Security-Policy"' in html[: match.end() + 200]:
        return html
    theme = [s for s in _INLINE_SCRIPT.findall(html) if is_theme_inline_script(s)]
    tags = f'\n<meta http-equiv="Content-Security-Policy" content="{policy(theme)}">\n{REFERRER}'
    return html[: match.end()] + tags + html[match.end() :]
