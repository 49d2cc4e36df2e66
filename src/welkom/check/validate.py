"""A loaded document → a model instance, or located Dutch problems."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from welkom.check.messages import translate
from welkom.load.document import Document
from welkom.problems import Problem

M = TypeVar("M", bound=BaseModel)


def validate(doc: Document, model: type[M]) -> tuple[M | None, list[Problem]]:
    if not isinstance(doc.data, dict):
        what = "een lijst" if isinstance(doc.data, list) else "losse tekst"
        return None, [
            doc.problem(
                (),
                "model.not-a-mapping",
                f"Dit bestand begint met {what}, maar hier horen sleutels met waarden, zoals "
                "`naam: …` aan het begin van de regel (zonder streepje ervoor).",
            )
        ]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        return None, translate(exc, doc, model)
