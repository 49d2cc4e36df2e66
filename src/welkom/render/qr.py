"""QR code as inline SVG, for the printed welcome guide (segno: pure Python, no images)."""

from __future__ import annotations

from html import escape

import segno


def qr_svg(url: str, label: str) -> str:
    """An ``<svg>`` element with a title; black on white, readable when printed in grey."""
    # A fixed mask: choosing the "best" of eight costs ~10 ms per buurt and any mask scans.
    code = segno.make(url, error="m", micro=False, mask=0)
    svg = code.svg_inline(scale=3, border=2, title=label, svgclass="welkom-qr", lineclass=None)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)
