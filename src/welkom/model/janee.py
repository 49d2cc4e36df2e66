"""Dutch yes and no: `ja`/`nee` (any case) wherever `true`/`false` works."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator, WithJsonSchema

_WORDS = {"ja": True, "nee": False}


def _ja_nee(value: Any) -> Any:
    if isinstance(value, str) and value.strip().lower() in _WORDS:
        return _WORDS[value.strip().lower()]
    return value


JaNee = Annotated[
    bool,
    BeforeValidator(_ja_nee),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "boolean"},
                {"type": "string", "pattern": r"^\s*([jJ][aA]|[nN][eE][eE])\s*$"},
            ],
        }
    ),
]
