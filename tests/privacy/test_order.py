"""A finding must not depend on which texts were scanned before.

The name detector keeps caches across calls (the capitalised words it has classed, and the
set of those known to be ordinary, which lets the usual text leave early). A shortcut that
gives less than the full path would make `welkom check` pass or fail depending on the order
of files, and miss more names the bigger the site. Here every corpus sentence is scanned in
a fresh state and again after all others; both must give the same findings.
"""

from __future__ import annotations

from welkom.check.privacy import names, scan_text

from .test_quality import PARTS, load_part


def _fresh() -> None:
    names.word_class.cache_clear()
    names._ORDINARY_CAPS.clear()


def _shown(item) -> list[tuple[str, int, int]]:
    return [(f.code, f.start, f.end) for f in scan_text(item.text, item.kind)]


def test_findings_do_not_depend_on_what_was_scanned_before() -> None:
    items = [item for part in PARTS for item in load_part(part)]
    alone = []
    for item in items:
        _fresh()
        alone.append(_shown(item))
    _fresh()
    for item in reversed(items):  # fill the caches with everything else first
        _shown(item)
    after = [_shown(item) for item in items]
    differ = [(i.text, a, b) for i, a, b in zip(items, alone, after, strict=True) if a != b]
    assert not differ, differ[:5]


def test_initials_and_family_words_after_ordinary_words_were_seen() -> None:
    _fresh()
    for warm in ("De Bakker is open", "Oosterhuis is een dorp. Fam", "Visser en Bedankt"):
        scan_text(warm)
    for text, quoted in [
        ("Bedankt J. Bakker voor de hulp", "J. Bakker"),
        ("Fam. Oosterhuis heeft de taarten gesponsord", "Fam. Oosterhuis"),
    ]:
        found = scan_text(text)
        assert [text[f.start : f.end] for f in found if f.code == "privacy.name"] == [quoted]
