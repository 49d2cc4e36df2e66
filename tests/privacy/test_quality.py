"""Measured quality of the privacy scanner on a labelled corpus of realistic Dutch sentences.

Recall: of the sentences WITH personal data, how many get at least one error with an expected
code. False positives: of the sentences WITHOUT personal data, how many get any error.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from welkom.check.privacy import Allowlist, FieldKind, scan_text

CORPUS = Path(__file__).with_name("corpus")
RECALL_TARGET = 0.98
FALSE_POSITIVE_TARGET = 0.02


def _load(name: str) -> list[dict[str, object]]:
    items = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))
    assert isinstance(items, list)
    return items


def _scan(item: dict[str, object]):  # type: ignore[no-untyped-def]
    allow = Allowlist.of(item.get("toegestaan", []))  # type: ignore[arg-type]
    return scan_text(str(item["tekst"]), FieldKind(str(item["soort"])), allow)


WITH = _load("met_persoonsgegevens.yml")
WITHOUT = _load("zonder_persoonsgegevens.yml")


def test_corpus_is_big_enough() -> None:
    assert len(WITH) >= 150
    assert len(WITHOUT) >= 150
    texts = [str(item["tekst"]) for item in WITH + WITHOUT]
    assert len(texts) == len(set(texts)), "a sentence occurs twice"


def test_recall_and_false_positive_rate(capsys: pytest.CaptureFixture[str]) -> None:
    missed = []
    for item in WITH:
        codes = set(item["codes"])  # type: ignore[arg-type]
        if not any(f.is_error and f.code in codes for f in _scan(item)):
            missed.append(item["tekst"])
    wrong = []
    for item in WITHOUT:
        errors = [f for f in _scan(item) if f.is_error]
        if errors:
            text = str(item["tekst"])
            wrong.append((text, [(f.code, text[f.start : f.end]) for f in errors]))
    recall = 1 - len(missed) / len(WITH)
    false_positives = len(wrong) / len(WITHOUT)
    with capsys.disabled():
        print(
            f"\nprivacy scanner: recall {recall:.1%} ({len(WITH) - len(missed)}/{len(WITH)}), "
            f"false positives {false_positives:.1%} ({len(wrong)}/{len(WITHOUT)})"
        )
        for text in missed:
            print(f"  gemist: {text}")
        for text, errors in wrong:
            print(f"  onterecht: {text} {errors}")
    assert recall >= RECALL_TARGET
    assert false_positives <= FALSE_POSITIVE_TARGET
