"""Read one line of a place's `open:` list: "ma, wo, vr 09.30-16.00", "ma t/m vr 9-17 uur"."""

from __future__ import annotations

import re
from functools import lru_cache

from welkom.when.suggest import typo_hint
from welkom.when.times import parse_time_range, read_time_text, tokens_of
from welkom.when.tokens import normalize, read_days, tokenize
from welkom.when.types import OpeningHours, WhenError
from welkom.when.words import ALL_DAYS, DAY_ABBR, DAY_NAMES, DAY_WORDS, day_runs, join_and

EXAMPLES = "`ma, wo, vr 9.30-16.00`, `ma t/m vr 9.00-17.00` of `elke dag 8.00-20.00`"
_FILLERS = frozenset({"elke", "iedere", "elk", "ieder", "op", "de", "alle"})
_KNOWN = set(DAY_WORDS) | _FILLERS | {",", "en", "t/m", "-", "tot"}
VOCABULARY: tuple[str, ...] = (
    *DAY_NAMES,
    *DAY_ABBR,
    "werkdagen",
    "weekend",
    "elke",
    "dag",
    "dagelijks",
    "en",
)
_TIME_START = re.compile(r"(?:\b(?:van|vanaf) ?)?[0-9]")


def _days(days_text: str, text: str) -> tuple[int, ...]:
    tokens = tokenize(days_text)
    i = 0
    while i < len(tokens) and tokens[i] in _FILLERS:
        i += 1
    found = read_days(tokens, i)
    if found is not None and found[1] == len(tokens):
        return tuple(sorted(found[0]))
    if not tokens:
        raise WhenError(
            f"In `{text.strip()}` staan geen dagen. Zet de dagen voor de tijd, zoals {EXAMPLES}."
        )
    parts = [f"We begrijpen de dagen in `{text.strip()}` niet."]
    if hint := typo_hint(tokens, _KNOWN, VOCABULARY):
        parts.append(hint)
    parts.append(f"Schrijf het zoals {EXAMPLES}.")
    raise WhenError(" ".join(parts))


@lru_cache(maxsize=4096)
def parse_opening(text: str) -> OpeningHours:
    """Parse one opening-hours line. The time is optional ("za" alone is open on saturday)."""
    if not isinstance(text, str):
        raise WhenError(f"Schrijf openingstijden als tekst, zoals {EXAMPLES}.")
    clean = normalize(text)
    if not clean:
        raise WhenError(f"Deze regel bij `open` is leeg. Schrijf dagen en tijd, zoals {EXAMPLES}.")
    cut = _time_start(clean)
    days_text, time_text = clean[:cut], clean[cut:].strip()
    days = _days(days_text, text)
    if not time_text:
        return OpeningHours(text=text.strip(), days=days)
    if re.search(r",| en (?![0-9]+ uur$|[0-9.:]+$)", time_text) and not time_text.startswith(
        "tussen"
    ):
        raise WhenError(
            f"In `{text.strip()}` staan meer tijden. Zet elke tijd op een eigen regel, "
            "zoals `ma 9.00-12.00` en daaronder `ma 13.00-17.00`."
        )
    return OpeningHours(text=text.strip(), days=days, time=parse_time_range(time_text))


def _time_start(clean: str) -> int:
    """Where the time begins: the first word that is no day, filler or separator and starts
    a time ("van 9 tot 5", "'s middags 1 tot 4", "half 9-17"); the end when there is none."""
    tokens = tokens_of(clean)
    words = [w for w, _, _ in tokens]
    for i, word in enumerate(words):
        if word in _KNOWN or word == ".":
            continue
        if read_time_text(words, i) is not None or _TIME_START.match(word):
            return tokens[i][1]
        break
    found = _TIME_START.search(clean)
    return len(clean) if found is None else found.start()


def days_words(days: tuple[int, ...] | list[int]) -> str:
    """``ma, wo en vr``; three or more days in a row become ``ma t/m vr``; all days ``elke dag``."""
    if set(days) == set(ALL_DAYS):
        return "elke dag"
    parts: list[str] = []
    for run in day_runs(days):
        if len(run) >= 3:
            parts.append(f"{DAY_ABBR[run[0]]} t/m {DAY_ABBR[run[-1]]}")
        else:
            parts.extend(DAY_ABBR[d] for d in run)
    return join_and(parts)


def opening_words(opening: OpeningHours) -> str:
    """``ma, wo en vr 9.30–16.00``, ``ma t/m vr 9.00–17.00``, ``za vanaf 10.00``."""
    days = days_words(opening.days)
    return days if opening.time is None else f"{days} {opening.time.words()}"
