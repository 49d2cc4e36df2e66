"""`welkom.yml` next to `buurten/`: after how many months each kind must be checked again.

```yaml
nakijken:          # maanden
  buurt: 12
  plek: 12
  sleutelfiguur: 6
  hulp: 12
  activiteit: 6
```

Every key is optional; without the file the defaults below hold. One file for the command
line, CI and the build alike (mkdocs.yml is the build's; `welkom check` does not read it).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from welkom.check.validate import validate
from welkom.load import load_yaml
from welkom.model.common import Model
from welkom.problems import Problem

CONFIG_FILE = "welkom.yml"

# Defaults: a role changes hands more often than a building changes use (sleutelfiguur: six
# months); an activity's day, time or place too. Places, help lines and the buurt text: a year.
DEFAULTS = {"buurt": 12, "plek": 12, "sleutelfiguur": 6, "hulp": 12, "activiteit": 6}


def _months(kind: str, what: str) -> object:
    return Field(DEFAULTS[kind], ge=1, le=120, description=f"Maanden: {what}.")


class Limits(Model):
    """Months after which an entry counts as stale."""

    buurt: int = _months("buurt", "de tekst van een buurt")
    plek: int = _months("plek", "een plek")
    sleutelfiguur: int = _months("sleutelfiguur", "een sleutelfiguur")
    hulp: int = _months("hulp", "een hulplijn")
    activiteit: int = _months("activiteit", "een activiteit")

    def of(self, kind: str) -> int:
        return int(getattr(self, kind))


class SiteSettings(Model):
    nakijken: Limits = Field(default_factory=Limits)


def load_limits(root: Path) -> tuple[Limits, list[Problem]]:
    """The limits of the site under ``root``; the defaults, with problems, if unreadable."""
    path = root / CONFIG_FILE
    if not path.is_file():
        return Limits(), []
    result = load_yaml(path, CONFIG_FILE)
    if result.document is None:
        empty = all(p.code == "yaml.empty" for p in result.problems)
        return Limits(), [] if empty else result.problems
    settings, problems = validate(result.document, SiteSettings)
    return (settings.nakijken if settings else Limits()), result.problems + problems
