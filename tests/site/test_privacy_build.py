"""Fail closed: a privacy finding stops `mkdocs build`, also one the guard is not sure of."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.site.build_support import KLEINE_STAD, build


def test_an_uncertain_privacy_finding_stops_the_build(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(KLEINE_STAD, data)
    activity = data / "activiteiten/voorbeeldstad/kiem-noord/repair-cafe.yml"
    text = activity.read_text(encoding="utf-8").replace(
        "Samen repareren we hem.", "Samen repareren we hem. Bel Roos als je wilt meedoen."
    )
    activity.write_text(text, encoding="utf-8")
    result = build(data, tmp_path / "site", tmp_path / "work")
    assert result.code != 0
    assert "welkom: de gegevens bevatten fouten; de site is niet gebouwd." in result.out
    line = next(x for x in result.out.splitlines() if "Roos" in x)
    column = text.splitlines()[8].index("Roos") + 1
    assert line.startswith(
        f"activiteiten/voorbeeldstad/kiem-noord/repair-cafe.yml:9:{column}: fout:"
    )
    assert "Is 'Roos' de naam van een persoon?" in line
    assert not (tmp_path / "site" / "index.html").exists()
