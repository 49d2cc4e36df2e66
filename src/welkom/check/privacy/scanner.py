"""``scan_text``: every detector on one text value, behind a cheap pre-filter.

The scanner runs on every text value of the site (about 1.5 million short strings for
14,500 buurten), so most strings must leave after one or two compiled-regex tests: only text
with a digit, an ``@``, a web address, an honorific, a name or a special-category word reaches
the detectors.

Text is first normalised (see ``normalise.py``): detectors see what a reader of the page sees,
findings point into the original text. An invisible character inside a word is itself a
finding: it hides a number or a name from a scanner, never from a reader.
"""

from __future__ import annotations

import re

from . import addresses, emails, locators, names, numbers, phones, plates, social, special
from .base import ERROR, Allowlist, FieldKind, Finding, words
from .normalise import Normalised, needs_work, normalise

# Anything that could be a number, an address, an e-mail or a profile link.
_TRIGGER = re.compile(r"[\d@/]")
# Words of written-out or disguised e-mail addresses, phone numbers and accounts. Compared
# with the words of the text as a set: a regex alternation of these costs ten times more.
_WORDY = words(
    """
    at apenstaartje apestaartje apenstaart apestaart punt dot nul zes insta instagram ig tiktok
    snap snapchat telegram facebook fb twitter threads bluesky youtube gmail hotmail outlook
    googlemail ziggo kpnmail xs4all
    live icloud yahoo home planet a six zero
    discord signal roblox steam twitch psn playstation xbox gamertag bereal mastodon kik wechat
    skype reddit tumblr pinterest fortnite minecraft epic valorant
    """
)
_WORD = re.compile(r"[^\W\d_][\w']*")

# When two findings overlap, the more specific one wins.
_PRIORITY = {
    "privacy.special": 0,
    "privacy.iban": 1,
    "privacy.email": 2,
    "privacy.social": 3,
    "privacy.mobile-phone": 4,
    "privacy.phone": 5,
    "privacy.birth-date": 6,
    "privacy.bsn": 7,
    "privacy.licence-plate": 8,
    "privacy.home-address": 9,
    "privacy.postcode": 10,
    "privacy.name": 11,
}

INVISIBLE_MESSAGE = (
    "Hier staat een onzichtbaar teken midden in een woord of getal (een spatie zonder breedte, "
    "een zacht afbreekstreepje of een richtingsteken). Lezers zien het niet, maar het verbergt "
    "wat er staat voor de controle; de site is voor iedereen te zien. Typ het woord opnieuw, "
    "zonder het te kopiëren."
)


def scan_text(
    text: str, kind: FieldKind = FieldKind.TEXT, allow: Allowlist = Allowlist.EMPTY
) -> list[Finding]:
    """Personal data in one text value, sorted by position, without overlapping findings.

    Positions (``start``, ``end``) are offsets in ``text`` as written, before normalising.
    """
    if not text:
        return []
    if _plain_value(text, kind):
        return []
    if not needs_work(text):  # most values: scan as they are
        found = _scan(text, kind, allow)
        if found and allow.phrases:
            found = [f for f in found if not allow.covers(text, f.start, f.end)]
        return _resolve(found) if len(found) > 1 else found
    norm = normalise(text)
    found = _scan(norm.text, kind, allow)
    if found and allow.phrases:
        found = [f for f in found if not allow.covers(norm.text, f.start, f.end)]
    if norm.index is not None:
        found = [_back(norm, f) for f in found]
        found += [
            Finding(s, e, ERROR, "privacy.invisible", INVISIBLE_MESSAGE) for s, e in norm.invisible
        ]
    return _resolve(found) if len(found) > 1 else found


# Two shapes that are most of the short values of a site and can hold no personal data: an
# address written the standard way in an `adres` field ("Sluisweg 103, 9063 SS Zoerveen"),
# and a decimal number without a leading zero ("51.3430", a map coordinate): no phone number,
# BSN, IBAN or date of birth has that shape. Each cost 12 µs through every detector.
# A word that can make it someone's home is no part of it: "…, 1234 AB Dorp van mijn zwager".
_NOT_HOME = r"(?!(?:" + addresses.PLAIN_HOME_WORDS + r")\b)"
_PLAIN_ADDRESS = re.compile(
    r"[A-Z][a-zà-ÿ]+(?:[ -]"
    + _NOT_HOME
    + r"[A-Za-zà-ÿ]+){0,3} [1-9]\d{0,3}(?: ?(?!II\b)[a-zA-Z]{1,2})?,"
    r" [1-9]\d{3} ?[A-Z]{2} [A-Z][a-zà-ÿ]+(?:[ -]" + _NOT_HOME + r"[A-Za-zà-ÿ]+){0,3}"
)
_DECIMAL = re.compile(r"-?[1-9]\d{0,2}[.,]\d{1,6}")


def _plain_value(text: str, kind: FieldKind) -> bool:
    if len(text) > 60:
        return False
    if kind is FieldKind.ADDRESS:
        low = text.lower()
        return (
            _PLAIN_ADDRESS.fullmatch(text) is not None
            and not locators.private_address_candidate(low)
            and not low.startswith(locators.NAMED_PREFIXES)
        )
    return _DECIMAL.fullmatch(text) is not None


def _back(norm: Normalised, finding: Finding) -> Finding:
    start, end = norm.span(finding.start, finding.end)
    message = finding.message
    if norm.names and finding.code == "privacy.name":  # "W-I-L-L-E-M  V-O-S": the whole name
        wide = norm.widen(start, end)
        if wide != (start, end):
            start, end = wide
            quote = f"'{norm.original[start:end]}'"
            message = _QUOTE.sub(lambda _: quote, message, count=1)
            return Finding(start, end, finding.severity, finding.code, message)
    if "'" in message:  # a quote of the clean text ('Henk') as written ('H.E.N.K.')
        message = _QUOTE.sub(lambda m: _as_written(norm, finding, m.group(1)), message)
    return Finding(start, end, finding.severity, finding.code, message)


_QUOTE = re.compile(r"'([^'\n]{1,80})'")


def _as_written(norm: Normalised, finding: Finding, quoted: str) -> str:
    at = norm.text.find(quoted, finding.start, finding.end)
    if at == -1:
        return f"'{quoted}'"
    start, end = norm.span(at, at + len(quoted))
    return f"'{norm.original[start:end]}'"


_FREE = (FieldKind.TEXT, FieldKind.ROLE)


def _scan(text: str, kind: FieldKind, allow: Allowlist) -> list[Finding]:
    found: list[Finding] = []
    trigger = _TRIGGER.search(text)
    low = text.lower()
    words = _WORD.findall(low)
    wordy = not _WORDY.isdisjoint(words)
    digits = numbers.digit_count(text) if trigger else 0
    if trigger or wordy:
        if "@" in text or wordy:
            found.extend(emails.find(text, kind, allow, wordy))
        if ("@" in text or "/" in text or wordy) and social.CANDIDATE.search(text):
            found.extend(social.find(text, kind, allow, wordy))
        if wordy or phones.candidate(text, digits):
            found.extend(phones.find(text, kind, allow))
    if "@" not in text and not wordy and emails.disguised_at(text):
        found.extend(emails.find_disguised(text, allow))  # "kees_vos_at_voorbeeld_nl", "(a)"
    if trigger:
        if digits >= 9 and numbers.BSN_CANDIDATE.search(text):
            found.extend(numbers.find_bsn(text, kind, allow))
        if "bsn" in low or "burgerservice" in low or "sofi" in low or "b.s.n" in low:
            found.extend(numbers.find_named_bsn(text, allow))  # "bsn: 1-2-3-4-5-6-7-8-2"
        if ("_" in text or "|" in text or "/" in text or "~" in text) and (
            numbers.ODD_BSN_CANDIDATE.search(text)
        ):
            found.extend(numbers.find_odd_bsn(text, allow))  # "111_222_333"
        if (digits >= 6 and numbers.IBAN_CANDIDATE.search(text)) or (
            ("n l" in low or "n.l" in low) and numbers.SPACED_NL.search(text)
        ):
            found.extend(numbers.find_iban(text, kind, allow))
        if digits >= 6 and "nl" in words:
            found.extend(numbers.find_word_iban(text, allow))  # "NL negentien ASNB 3783700287"
        if kind is not FieldKind.ADDRESS and addresses.CANDIDATE.search(text):
            found.extend(addresses.find(text, kind, allow))
        if numbers.BIRTH_CANDIDATE.search(low) or "ter wereld" in low:
            found.extend(numbers.find_birth_date(text, kind, allow))
        if ("-" in text and plates.CANDIDATE.search(text)) or plates.car_context(low, words):
            found.extend(plates.find(text, kind, allow))
    elif not numbers.MONTH_WORDS.isdisjoint(words) and numbers.BIRTH_CANDIDATE.search(low):
        found.extend(numbers.find_birth_date(text, kind, allow))  # a date of birth in words
    if not numbers.RARE_DIGIT_WORDS.isdisjoint(words) and (
        len(numbers.DIGIT_WORDS.intersection(words)) >= 3
    ):
        found.extend(numbers.find_word_bsn(text, allow))  # "vier twee acht, acht acht vier, …"
        if "en el" in low or "en-el" in low:
            found.extend(numbers.find_word_iban(text, allow))  # "en el twintig trio negen …"
    # a `rol` or `verteller` can say where someone lives too: "portiek 4, daar woont de man die …"
    if kind in _FREE and locators.candidate(low, words, trigger is not None):
        taken = [(f.start, f.end) for f in found if f.code == "privacy.home-address"]
        found.extend(
            f for f in locators.find(text, taken, low) if not allow.allows(text[f.start : f.end])
        )
    if kind is FieldKind.ADDRESS:
        found += locators.find_home_field(text, low, words)
    name_findings = names.find(text, kind, allow, low, words)
    found += name_findings
    # a contact value is a name and a number; one of six words or more is a sentence
    if (kind is not FieldKind.CONTACT or len(words) >= 6) and (
        special.has_topic(words) or special.has_capitals(text) or special.has_spouse(low)
    ):
        spans = [(f.start, f.end, text[f.start : f.end]) for f in name_findings]
        found += special.find(text, spans, low, words)
    return found


def _resolve(found: list[Finding]) -> list[Finding]:
    """The most specific finding of each overlapping group; invisible characters always."""
    invisible = [f for f in found if f.code == "privacy.invisible"]
    ranked = sorted(
        (f for f in found if f.code != "privacy.invisible"),
        key=lambda f: (f.severity is not ERROR, _PRIORITY.get(f.code, 99), f.start - f.end),
    )
    kept: list[Finding] = []
    for finding in ranked:
        if all(finding.end <= k.start or k.end <= finding.start for k in kept):
            kept.append(finding)
    kept += invisible
    kept.sort(key=lambda f: (f.start, f.end))
    return kept
