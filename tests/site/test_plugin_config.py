"""The `welkom` plugin options in mkdocs.yml: types and defaults."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

from welkom.mkdocs.config import WelkomConfig
from welkom.mkdocs.plugin import _body, _site_links


def validated(options: dict[str, object]) -> tuple[WelkomConfig, list]:
    config = WelkomConfig()
    config.load_dict(options)
    errors, _warnings = config.validate()
    return config, errors


def test_defaults() -> None:
    config, errors = validated({})
    assert errors == []
    assert config.data_dir is None and config.vandaag is None
    assert config.horizon_weeks == 8
    assert config.algemene_gids == "welkomstgids.md"


def test_typed_options(tmp_path: Path) -> None:
    config, errors = validated(
        {"data_dir": str(tmp_path), "vandaag": dt.date(2026, 11, 23), "horizon_weeks": 4}
    )
    assert errors == []
    assert config.vandaag == dt.date(2026, 11, 23) and config.horizon_weeks == 4


def test_wrong_types_are_reported() -> None:
    for name, value in (("vandaag", "morgen"), ("horizon_weeks", "acht")):
        _config, errors = validated({name: value})
        assert [found for found, _ in errors] == [name]
    _config, errors = validated({"data_dir": "/bestaat/niet"})
    assert [name for name, _ in errors] == ["data_dir"]


def test_general_guide_without_front_matter_and_title() -> None:
    text = "---\ntitle: Welkomstgids\n---\n\n# Welkomstgids\n\nIntro.\n\n## Tips\n\n- a\n"
    assert _body(text) == "Intro.\n\n## Tips\n\n- a\n"


def test_site_links_from_nav() -> None:
    class Config(dict):
        nav: ClassVar = [
            {"Home": "index.md"},
            {"Agenda": "agenda/index.md"},
            {"Privacy": "privacy.md"},
            {"Extern": "https://example.org/"},
        ]

    assert _site_links(Config()) == (("Home", ""), ("Agenda", "agenda/"), ("Privacy", "privacy/"))
