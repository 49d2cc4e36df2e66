"""Shared by the privacy tests."""

from __future__ import annotations

from welkom.check.privacy import FieldKind, scan_text


def found(text: str, code: str, kind: FieldKind = FieldKind.TEXT) -> list[str]:
    """The exact text of every finding with ``code`` in ``text``, as the message quotes it."""
    return [text[f.start : f.end] for f in scan_text(text, kind) if f.code == code]
