"""JSON Schemas for editors, generated from the models (never written by hand).

Data files start with ``# yaml-language-server: $schema=…`` so VS Code (with the YAML
extension) and similar editors complete keys and check values while a volunteer types.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from welkom.model import Activiteit, Buurt, Gemeente, Landelijk, Verhaal

SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "landelijk": (Landelijk, "Landelijke organisaties en hulplijnen (buurten/_landelijk.yml)"),
    "gemeente": (Gemeente, "Een gemeente (buurten/<gemeente>/_gemeente.yml)"),
    "buurt": (Buurt, "Een buurt (buurten/<gemeente>/<buurt>.yml)"),
    "activiteit": (Activiteit, "Een activiteit (activiteiten/<gemeente>/<buurt>/<naam>.yml)"),
    "verhaal": (Verhaal, "De gegevens bovenaan een verhaal (verhalen/…/<naam>.md)"),
}


def schema_text(name: str) -> str:
    model, title = SCHEMAS[name]
    schema = model.model_json_schema(mode="validation")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{name}.schema.json",
        **schema,
        "title": title,
    }
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMAS:
        path = directory / f"{name}.schema.json"
        path.write_text(schema_text(name), encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(directory: Path) -> list[Path]:
    """Schema files that differ from what the models generate now."""
    stale = []
    for name in SCHEMAS:
        path = directory / f"{name}.schema.json"
        if not path.exists() or path.read_text(encoding="utf-8") != schema_text(name):
            stale.append(path)
    return stale
