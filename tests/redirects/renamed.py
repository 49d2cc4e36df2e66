"""A fixture site with a renamed buurt: tests/site/fixtures/kleine-stad, after a volunteer
renamed Kiem-Noord's files from `kiem-noord` to `de-kiem` and added the redirect line."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.site.build_support import KLEINE_STAD

OLD = "voorbeeldstad/kiem-noord/"
NEW = "voorbeeldstad/de-kiem/"
REDIRECT_LINE = f"/{OLD}: /{NEW}\n"


def renamed_site(target: Path) -> Path:
    """Copy kleine-stad to ``target`` and rename the buurt the way a volunteer does: its
    buurt file, its activity folder and its story folder get the new name."""
    shutil.copytree(KLEINE_STAD, target)
    (target / "buurten/voorbeeldstad/kiem-noord.yml").rename(
        target / "buurten/voorbeeldstad/de-kiem.yml"
    )
    for top in ("activiteiten", "verhalen"):
        (target / top / "voorbeeldstad/kiem-noord").rename(target / top / "voorbeeldstad/de-kiem")
    (target / "redirects.yml").write_text(
        "# Verhuisde pagina's: oud adres: nieuw adres\n" + REDIRECT_LINE, encoding="utf-8"
    )
    return target
