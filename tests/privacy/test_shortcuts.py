"""The scanner's shortcuts for the commonest short values give what the full path gives.

Most values of a site are addresses written the standard way in an `adres` field and map
coordinates; they skip the detectors (see ``scanner._plain_value``). A shortcut that hid a
finding would publish personal data, so every corpus sentence and these look-alikes are
scanned with and without it.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text, scanner

from .test_quality import PARTS, load_part

A, T = FieldKind.ADDRESS, FieldKind.TEXT
LOOK_ALIKES = [
    ("Sluisweg 103, 9063 SS Zoerveen", A),
    ("Jan van Galenstraat 12, 1056 BD Amsterdam", A),
    ("Lindelaan 14, 1234 AB Dorp (bij mij thuis)", A),
    ("Bij Jan en Wil, Zwanenstraat 33-1", A),
    ("Woonkamer, Lindelaan 14, 1234 AB Dorp", A),
    ("Lindelaan 14 hs, 1234 AB Dorp", A),
    ("51.3430", T),
    ("5,9827", T),
    ("06.12345678", T),
    ("020.1234567", T),
    ("0612345678", T),
    ("12.03.1980", T),
    ("1.3.80", T),
]


def _full(text: str, kind: FieldKind, monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    with monkeypatch.context() as patch:
        patch.setattr(scanner, "_plain_value", lambda text, kind: False)
        return [(f.start, f.end, f.code) for f in scan_text(text, kind)]


def test_the_shortcuts_are_taken() -> None:
    assert scanner._plain_value("Sluisweg 103, 9063 SS Zoerveen", A)
    assert scanner._plain_value("51.3430", T)
    assert not scanner._plain_value("020.1234567", T)  # a phone number with a dot
    assert not scanner._plain_value("Lindelaan 14, 1234 AB Dorp (bij mij thuis)", A)


def test_shortcuts_give_what_the_full_path_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    items = [(i.text, i.kind) for part in PARTS for i in load_part(part)]
    items += [(text, kind) for text, _ in LOOK_ALIKES for kind in (A, T)]
    differ = [
        (text, kind)
        for text, kind in items
        if [(f.start, f.end, f.code) for f in scan_text(text, kind)]
        != _full(text, kind, monkeypatch)
    ]
    assert not differ, differ[:5]
