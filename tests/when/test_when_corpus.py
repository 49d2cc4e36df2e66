"""Table-driven corpus: phrases and times as Dutch volunteers write them.

`corpus/*.yml` (except the held-out files) must pass entirely. Pass rates of the held-out
files are reported separately (`pytest tests/when/test_when_corpus.py -k heldout -s`):

* `heldout.yml` (76 phrases) was written before the readers were extended and never used to
  tune them: 76/76 at its first run.
* `heldout2.yml` (43 phrases) was written after the readers were built, before running them
  on it: 34/43 (79%) at its first run. The general faults it showed were then fixed, each
  with other phrases in the main corpus: a date inside `wanneer` ("vanaf 9 januari" was read as
  9.00!), "ca." before a time, hours as words, "ma/wo/vr" and "za + zo", "vd maand", a weekday
  before "17-01-2026", "2026/01/17". Its rate since then is no longer a held-out figure.

Entry format: one of `tijd`, `open`, `wanneer`, `datum` with the text, then either the reading
we expect (`is`, `dagen`, `data`, `tijd`) or `fout`: words the message must contain.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml

from welkom.when import WhenError, parse_opening, parse_recurrence, parse_time_range, preview
from welkom.when.dates import read_any_date

CORPUS = Path(__file__).parent / "corpus"
HELDOUT = CORPUS / "heldout.yml"
HELDOUT2 = CORPUS / "heldout2.yml"  # written after the readers, before running them on it
DEFAULT_START = dt.date(2026, 1, 1)


def _load(path: Path) -> list[dict[str, Any]]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(entries, list)
    return entries


def _main_entries() -> list[dict[str, Any]]:
    out = []
    for path in sorted(CORPUS.glob("*.yml")):
        if path not in (HELDOUT, HELDOUT2):
            out += _load(path)
    return out


def _kind(entry: dict[str, Any]) -> str:
    (kind,) = [k for k in ("tijd", "open", "wanneer", "datum") if k in entry and k != "tijd"] or [
        "tijd"
    ]
    return kind


@contextmanager
def _today(day: dt.date | None) -> Iterator[None]:
    old = os.environ.get("SOURCE_DATE_EPOCH")
    if day is not None:
        noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
        os.environ["SOURCE_DATE_EPOCH"] = str(int(noon.timestamp()))
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def _read(entry: dict[str, Any]) -> dict[str, Any]:
    """What the readers make of the entry, in the corpus's own terms."""
    kind = _kind(entry)
    text = entry[kind]
    if kind == "tijd":
        return {"is": parse_time_range(text).words()}
    if kind == "open":
        opening = parse_opening(text)
        return {"dagen": list(opening.days), "is": opening.time.words() if opening.time else None}
    if kind == "datum":
        with _today(entry.get("vandaag")):
            return {"is": read_any_date(text)}
    recurrence = parse_recurrence(text)
    start = entry.get("vanaf", DEFAULT_START)
    count = len(entry.get("data", [])) or 3
    dates = [dt.date.fromisoformat(line[:10]) for line in preview(text, start, count)]
    return {
        "data": dates,
        "tijd": recurrence.time.words() if recurrence.time else None,
        "zegt": recurrence.words(),
    }


def failure(entry: dict[str, Any]) -> str | None:
    """None when the readers do what the entry expects; else what went wrong."""
    try:
        got = _read(entry)
    except WhenError as exc:
        if "fout" not in entry:
            return f"refused: {exc}"
        missing = [w for w in entry["fout"] if w not in str(exc)]
        return f"message lacks {missing}: {exc}" if missing else None
    if "fout" in entry:
        return f"accepted as {got}, expected a message with {entry['fout']}"
    for key in ("is", "dagen", "data", "zegt"):
        if key in entry and entry[key] != got.get(key):
            return f"{key}: expected {entry[key]!r}, got {got.get(key)!r}"
    if _kind(entry) == "wanneer" and "tijd" in entry and entry["tijd"] != got["tijd"]:
        return f"tijd: expected {entry['tijd']!r}, got {got['tijd']!r}"
    return None


MAIN = _main_entries()


def test_corpus_is_big_enough() -> None:
    assert len(MAIN) >= 300
    kinds = {k: sum(_kind(e) == k for e in MAIN) for k in ("tijd", "open", "wanneer", "datum")}
    assert all(n >= 30 for n in kinds.values()), kinds
    assert sum("fout" in e for e in MAIN) >= 80  # refused and ambiguous cases, not only happy ones


@pytest.mark.parametrize("entry", MAIN, ids=lambda e: f"{_kind(e)}: {e[_kind(e)]}")
def test_corpus(entry: dict[str, Any]) -> None:
    problem = failure(entry)
    assert problem is None, problem


@pytest.mark.parametrize("path", [HELDOUT, HELDOUT2], ids=lambda p: p.stem)
def test_heldout_rate(path: Path) -> None:
    entries = _load(path)
    failed = [(e, p) for e in entries if (p := failure(e)) is not None]
    rate = 1 - len(failed) / len(entries)
    print(f"\n{path.stem}: {len(entries) - len(failed)}/{len(entries)} = {rate:.0%}")
    for entry, problem in failed:
        print(f"  {_kind(entry)}: {entry[_kind(entry)]!r}: {problem}")
    assert rate >= 0.85


ACCEPTED_PHRASES = sorted({e["wanneer"] for e in MAIN if _kind(e) == "wanneer" and "fout" not in e})


@pytest.mark.parametrize("text", ACCEPTED_PHRASES)
def test_what_welkom_says_reads_back_the_same(text: str) -> None:
    """`zegt` (describe) is what residents and reviewers see: typed back in, it is the same."""
    parsed = parse_recurrence(text)
    again = parse_recurrence(parsed.words())
    assert (again.rrule, again.date, again.part) == (parsed.rrule, parsed.date, parsed.part)
