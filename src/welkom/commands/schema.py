"""`welkom schema`: write (or check) the JSON Schemas in schemas/."""

from __future__ import annotations

import sys
from pathlib import Path

from welkom.schemas import stale_schemas, write_schemas


def run_schema(root: Path, *, check_only: bool) -> int:
    directory = root / "schemas"
    if check_only:
        stale = stale_schemas(directory)
        for path in stale:
            print(
                f"{path.relative_to(root)}: verouderd. Draai `welkom schema` en commit het "
                "resultaat.",
                file=sys.stderr,
            )
        return 1 if stale else 0
    for path in write_schemas(directory):
        print(f"geschreven: {path.relative_to(root)}")
    return 0
