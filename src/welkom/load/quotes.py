"""`tijd: 's middags 2 tot 4`: YAML reads the ' of 's as the start of a quoted text.

The value then runs on until the next ' somewhere below, and YAML reports an unclosed quote or
something stranger further down. Volunteers write "'s middags", "'s avonds" and "'s ochtends"
all the time, so when a file does not parse we look for this first and show the exact fix.
"""

from __future__ import annotations

import re

# A key or a list dash, then a value that starts with 's / 't (Dutch contractions).
_LEADING = re.compile(r"^(?P<lead>\s*(?:-\s+)?(?:(?P<key>[\w-]+):\s+)?)(?P<value>'[st]\s.*)$")


def leading_s_quote(text: str) -> tuple[int, int, str] | None:
    """(line, column, message) of the first value that starts with 's and has no closing quote
    on its own line; None when there is none."""
    for number, line in enumerate(text.split("\n"), start=1):
        found = _LEADING.match(line.rstrip())
        if found is None or (found["key"] is None and "-" not in found["lead"]):
            continue
        value = found["value"]
        if value.count("'") % 2 == 0 and value.endswith("'"):
            continue  # '...' closed on the same line: YAML reads it fine
        value = value.split(" #", 1)[0].rstrip()
        fixed = value.replace('"', "'")
        key = f"{found['key']}: " if found["key"] else "- "
        return (
            number,
            len(found["lead"]) + 1,
            f"Deze waarde begint met `{value[:2]}`. YAML leest de ' als het begin van een tekst "
            "tussen aanhalingstekens, en die wordt nergens gesloten. Zet de hele waarde tussen "
            f'dubbele aanhalingstekens: `{key}"{fixed}"`.',
        )
    return None
