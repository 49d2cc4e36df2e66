"""`welkom nieuw buurt|activiteit|verhaal`: write a valid, commented file to start from."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from welkom.scaffold import (
    SLUG,
    activiteit_template,
    buurt_template,
    verhaal_template,
)

_FORMS = {
    "buurt": "gemeente/buurt, zoals voorbeeldstad/kiem-noord",
    "activiteit": "gemeente/buurt/naam, zoals voorbeeldstad/kiem-noord/repair-cafe",
    "verhaal": "naam of gemeente/buurt/naam, zoals voorbeeldstad/kiem-noord/een-plantje",
}


def run_nieuw(root: Path, kind: str, name: str) -> int:
    parts = name.strip("/").split("/")
    sizes = {"buurt": (2,), "activiteit": (3,), "verhaal": (1, 3)}[kind]
    if len(parts) not in sizes or not all(SLUG.match(p) for p in parts):
        return _fail(
            f"'{name}' past niet. Schrijf {_FORMS[kind]}: alleen kleine letters, cijfers en "
            "streepjes.",
            usage=True,
        )
    if kind == "buurt":
        gemeente, buurt = parts
        if not (root / "buurten" / gemeente / "_gemeente.yml").exists():
            return _fail(
                f"De gemeente '{gemeente}' bestaat nog niet: maak eerst "
                f"buurten/{gemeente}/_gemeente.yml."
            )
        return _write(root, Path("buurten", gemeente, f"{buurt}.yml"), buurt_template(buurt))
    if kind == "activiteit":
        gemeente, buurt, slug = parts
        plek = _first_plek(root, gemeente, buurt)
        if plek is None:
            return _fail(
                f"De buurt {gemeente}/{buurt} bestaat niet of heeft nog geen plekken. Maak de "
                "buurt eerst (welkom nieuw buurt) en zet er een plek in."
            )
        target = Path("activiteiten", gemeente, buurt, f"{slug}.yml")
        return _write(root, target, activiteit_template(slug, plek))
    today = dt.datetime.now(dt.UTC).date()
    if len(parts) == 3:
        gemeente, buurt, slug = parts
        if not (root / "buurten" / gemeente / f"{buurt}.yml").exists():
            return _fail(f"De buurt {gemeente}/{buurt} bestaat niet.")
        target = Path("verhalen", gemeente, buurt, f"{slug}.md")
    else:
        slug = parts[0]
        target = Path("verhalen", f"{slug}.md")
    return _write(root, target, verhaal_template(slug, today))


def _first_plek(root: Path, gemeente: str, buurt: str) -> str | None:
    from welkom.check.validate import validate
    from welkom.load import load_yaml
    from welkom.model import Buurt

    path = root / "buurten" / gemeente / f"{buurt}.yml"
    if not path.exists():
        return None
    result = load_yaml(path, path.name)
    if result.document is None:
        return None
    model, _ = validate(result.document, Buurt)
    if model is None or not model.plekken:
        return None
    return model.plekken[0].id


def _write(root: Path, rel: Path, text: str) -> int:
    path = root / rel
    if path.exists():
        return _fail(f"{rel.as_posix()} bestaat al. Kies een andere naam of pas dat bestand aan.")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"Gemaakt: {rel.as_posix()}")
    print("Vul het bestand aan en controleer het met: welkom check " + rel.as_posix())
    return 0


def _fail(message: str, *, usage: bool = False) -> int:
    print(f"welkom: fout: {message}", file=sys.stderr)
    return 2 if usage else 1
