"""A small fixture site for the feed tests, written as YAML into tmp_path.

Today is 2027-03-15 in most tests, so the eight-week window crosses the summer-time switch of
2027-03-28: local times stay the same, the UTC offset changes from +01:00 to +02:00.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from welkom.check import load_site
from welkom.render.context import BuildContext
from welkom.render.feeds import feed_outputs
from welkom.site import Site

TODAY = dt.date(2027, 3, 15)
SITE_URL = "https://welkom.example.nl/"
XSS = (
    'Kom gezellig. <script>alert(1)</script> <img src=x onerror="alert(1)"> '
    '<a href="javascript:alert(1)">x</a> <b onclick="alert(1)">vet</b>'
)

FILES: dict[str, str] = {
    "buurten/_landelijk.yml": """
hulp:
  - onderwerp: Spoed
    spoed: true
    telefoon: "112"
""",
    "buurten/voorbeeldstad/_gemeente.yml": """
naam: Voorbeeldstad
organisaties:
  - id: stichting-de-kiem
    naam: Stichting De Kiem
    soort: welzijn
    website: https://kiem.example.org
""",
    "buurten/voorbeeldstad/kiem-noord.yml": """
naam: Kiem-Noord
plekken:
  - id: buurthuis-de-kiem
    naam: Buurthuis De Kiem
    soort: buurthuis
    adres: Kerkstraat 12, 9999 ZZ Voorbeeldstad
    geo: [52.0001, 5.0002]
    organisatie: stichting-de-kiem
""",
    "buurten/voorbeeldstad/zuid.yml": """
naam: Zuid
plekken:
  - id: wijkcentrum-zuid
    naam: Wijkcentrum Zuid
    soort: wijkcentrum
    adres: Zuidplein 1, 9999 ZA Voorbeeldstad
""",
    "buurten/dijkhoven/_gemeente.yml": """
naam: Dijkhoven
""",
    "buurten/dijkhoven/oude-kern.yml": """
naam: Oude Kern
plekken:
  - id: dorpshuis
    naam: Dorpshuis
    soort: buurthuis
    adres: Dorpsstraat 1, 9998 AA Dijkhoven
""",
    "activiteiten/voorbeeldstad/kiem-noord/repair-cafe.yml": """
titel: Repair Café
soort: repaircafe
plek: buurthuis-de-kiem
wanneer: elke derde zaterdag van de maand
tijd: 13.00-16.00
vanaf: 2026-01-17
behalve: [2026-07-18]
vervalt: [2027-04-17]
organisatie: stichting-de-kiem
kosten: gratis
omschrijving: Kapotte broodrooster of fiets? Samen repareren we hem.
""",
    "activiteiten/voorbeeldstad/kiem-noord/koffie.yml": """
titel: Koffie & praatje
soort: koffie
plek: buurthuis-de-kiem
wanneer: elke dinsdag
tijd: 10.00-12.00
vanaf: 2026-01-06
behalve: [feestdagen, 2027-03-23]
ook: [2027-04-01]
omschrijving: |
  Koffie, thee en een praatje.

  Nieuw in de buurt? Kom gerust.
""",
    "activiteiten/voorbeeldstad/kiem-noord/lentefeest.yml": """
titel: Lentefeest
soort: feest
plek: buurthuis-de-kiem
wanneer: 2027-04-10
tijd: 15.00-24.00
""",
    "activiteiten/voorbeeldstad/kiem-noord/borrel.yml": """
titel: Buurtborrel
soort: bijeenkomst
plek: buurthuis-de-kiem
wanneer: 2027-04-24
tijd: 17.00-19.00
vervalt: 2027-04-24
""",
    "activiteiten/voorbeeldstad/kiem-noord/yoga.yml": """
titel: Stoelyoga
soort: bewegen
plek: buurthuis-de-kiem
wanneer: elke woensdag
tijd: 9.30-10.30
vanaf: 2027-01-06
afgelast: true
""",
    "activiteiten/voorbeeldstad/kiem-noord/onveilig.yml": f"""
titel: Spelavond
soort: spel
plek: buurthuis-de-kiem
wanneer: elke vrijdag
tijd: vanaf 19.30
vanaf: 2027-03-05
tot: 2027-04-02
omschrijving: '{XSS}'
""",
    "activiteiten/voorbeeldstad/zuid/taalcafe.yml": """
titel: Taalcafé
soort: taal
plek: wijkcentrum-zuid
wanneer: om de week op woensdag
tijd: 19.00-20.30
vanaf: 2027-03-03
""",
    "activiteiten/dijkhoven/oude-kern/soos.yml": """
titel: Soos
soort: spel
plek: dorpshuis
wanneer: elke maandag
tijd: 14.00-16.00
behalve: feestdagen
""",
    "verhalen/voorbeeldstad/kiem-noord/een-plantje.md": """---
titel: Een plantje voor de buren
datum: 2026-10
verteller: een nieuwe bewoner
toestemming: true
---
Toen ik hier kwam wonen, kende ik niemand. Nu groet ik iedereen in de portiek.
""",
    "verhalen/welkom-in-de-buurt.md": """---
titel: Welkom in de buurt
datum: 2026-11-02
verteller: de redactie
toestemming: true
samenvatting: Waarom we deze verhalen verzamelen.
---
Iedereen was ooit nieuw.
""",
}


def write_site(root: Path, files: dict[str, str] = FILES) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip("\n"), encoding="utf-8")
    return root


def render(
    site: Site, today: dt.date = TODAY, site_url: str = SITE_URL, horizon_days: int = 56
) -> dict[str, bytes]:
    ctx = BuildContext(site, today, horizon_days=horizon_days, site_url=site_url)
    return {out.path: out.content for out in feed_outputs(ctx)}


@pytest.fixture(scope="module")
def feed_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = write_site(tmp_path_factory.mktemp("feedsite"))
    site = load_site(root)
    # `onveilig.yml` has HTML in its text on purpose: the check refuses it (markup.*), and these
    # tests show that the feeds stay inert even without the check (the sanitiser, second line).
    errors = [p for p in site.errors if not p.code.startswith("markup.")]
    assert errors == [], [p.message for p in errors]
    return site


@pytest.fixture(scope="module")
def feeds(feed_site: Site) -> dict[str, bytes]:
    return render(feed_site)
