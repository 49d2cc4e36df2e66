"""Typo help: "zatedag" -> "Bedoel je `zaterdag`?"."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence


def _osa_distance(a: str, b: str) -> int:
    """Edit distance that counts a swap of two neighbours ("elek" -> "elke") as one edit."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def nearest(word: str, vocabulary: Sequence[str]) -> str | None:
    """The known word closest to ``word``, or None when nothing is close.

    difflib finds candidates; ties in its ratio ("elek" is as close to "week" as to "elke")
    are broken by edit distance with swaps, which matches how people mistype.
    """
    candidates = difflib.get_close_matches(word, vocabulary, n=6, cutoff=0.7)
    if not candidates and len(word) <= 3:
        # Short words ("mq" for "ma") never reach difflib's cutoff; one edit away is
        # a good guess only when exactly one known word fits.
        close = [c for c in vocabulary if _osa_distance(word, c) == 1 and len(c) <= 3]
        return close[0] if len(close) == 1 else None
    candidates = [c for c in candidates if _spelling_fix(word, c)]
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda c: (
            _osa_distance(word, c),
            -difflib.SequenceMatcher(None, word, c).ratio(),
            c,
        ),
    )


def _spelling_fix(word: str, candidate: str) -> bool:
    """A suggestion may fix the spelling, never the meaning.

    A known word inside the typed one or the other way round is another word ("wekelijks" is
    not a misspelled "tweewekelijks", "maand" not a misspelled "maandag"; one letter more or
    less is a typo: "vrr", "maandelijk"), and a typo is a few edits at most: one per four
    letters.
    """
    if (word in candidate or candidate in word) and abs(len(word) - len(candidate)) > 1:
        return False
    return _osa_distance(word, candidate) <= max(1, len(word) // 4)


def typo_hint(words: Iterable[str], known: Iterable[str], vocabulary: Sequence[str]) -> str:
    """Dutch sentences for the unknown words among ``words``, with a suggestion when we have one.

    Only words of letters count: numbers and dates are judged elsewhere.
    """
    known_set = set(known)
    sentences: list[str] = []
    for word in words:
        if word in known_set or not word.isalpha() or len(word) < 2:
            continue
        guess = nearest(word, vocabulary)
        if guess is None:
            sentences.append(f"Het woord `{word}` kennen we niet.")
        else:
            sentences.append(f"Het woord `{word}` kennen we niet. Bedoel je `{guess}`?")
        if len(sentences) == 3:
            break
    return " ".join(sentences)
