"""The privacy guard's text scanner: personal data in free text, contact, address and role fields.

Pure Python, no MkDocs. Use :func:`scan_text`; see DESIGN.md §2, principle 1.
"""

from __future__ import annotations

from .base import Allowlist, FieldKind, Finding
from .scanner import scan_text

__all__ = ["Allowlist", "FieldKind", "Finding", "scan_text"]
