"""``scan_text``: every detector on one text value, behind a cheap pre-filter.

The scanner runs on every text value of the site (about 1.5 million short strings for
14,500 buurten), so most strings must leave after one or two compiled-regex tests: only text
with a digit, an ``@``, a web address, an honorific or a first name reaches the detectors.
"""

from __future__ import annotations

import re

from . import addresses, emails, names, numbers, phones, social
from .base import ERROR, Allowlist, FieldKind, Finding

# Anything that could be a number, an address, an e-mail or a profile link.
_TRIGGER = re.compile(r"[\d@/]")

# When two findings overlap, the more specific one wins.
_PRIORITY = {
    "privacy.iban": 0,
    "privacy.email": 1,
    "privacy.social": 2,
    "privacy.mobile-phone": 3,
    "privacy.phone": 4,
    "privacy.birth-date": 5,
    "privacy.bsn": 6,
    "privacy.home-address": 7,
    "privacy.postcode": 8,
    "privacy.name": 9,
}


def scan_text(
    text: str, kind: FieldKind = FieldKind.TEXT, allow: Allowlist = Allowlist.EMPTY
) -> list[Finding]:
    """Personal data in one text value, sorted by position, without overlapping findings."""
    if not text:
        return []
    found: list[Finding] = []
    if _TRIGGER.search(text):
        if "@" in text:
            found.extend(emails.find(text, kind, allow))
        if ("@" in text or "/" in text) and social.CANDIDATE.search(text):
            found.extend(social.find(text, kind, allow))
        if phones.CANDIDATE.search(text):
            found.extend(phones.find(text, kind, allow))
        if numbers.BSN_CANDIDATE.search(text):
            found.extend(numbers.find_bsn(text, kind, allow))
        if numbers.IBAN_CANDIDATE.search(text):
            found.extend(numbers.find_iban(text, kind, allow))
        if kind is not FieldKind.ADDRESS and addresses.CANDIDATE.search(text):
            found.extend(addresses.find(text, kind, allow))
        if "geb" in text.lower():
            found.extend(numbers.find_birth_date(text, kind, allow))
    found.extend(names.find(text, kind, allow))
    return _resolve(found) if len(found) > 1 else found


def _resolve(found: list[Finding]) -> list[Finding]:
    ranked = sorted(
        found,
        key=lambda f: (f.severity is not ERROR, _PRIORITY.get(f.code, 99), f.start - f.end),
    )
    kept: list[Finding] = []
    for finding in ranked:
        if all(finding.end <= k.start or k.end <= finding.start for k in kept):
            kept.append(finding)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept
