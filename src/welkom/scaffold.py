"""Templates for `welkom nieuw`: a valid file with comments that explain every key."""

from __future__ import annotations

import datetime as dt
import re

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Example sentences in the templates: `welkom check` refuses a file that still holds one.
BUURT_INTRO = "Schrijf hier in twee of drie zinnen hoe de buurt is, en heet nieuwe bewoners welkom."
ACTIVITY_TEXT = "Schrijf hier in een paar zinnen wat je samen doet en wie er welkom is."
STORY_SUMMARY = "Eén zin over waar het verhaal over gaat."
STORY_BODY = "Schrijf hier het verhaal, in gewone, korte zinnen."
PLACEHOLDERS: tuple[str, ...] = (BUURT_INTRO, ACTIVITY_TEXT, STORY_SUMMARY, STORY_BODY)


def title_from_slug(slug: str) -> str:
    words = slug.replace("-", " ").split()
    return " ".join(w.capitalize() if i == 0 or len(w) > 3 else w for i, w in enumerate(words))


def buurt_template(slug: str) -> str:
    return f"""\
# yaml-language-server: $schema=../../schemas/buurt.schema.json
# Een buurt. Schrijf in gewone, korte zinnen (B1). Noem nooit namen van mensen,
# geen privé-telefoonnummers en geen woonadressen: beschrijf rollen en openbare plekken.
# Controleer je werk met: welkom check

naam: {title_from_slug(slug)}
# cbs_code: BU09990101        # (mag weg) de CBS-buurtcode
# gecontroleerd: 2026-11      # de maand waarin je alles hebt nagekeken (ook bij een plek)
intro: >
  {BUURT_INTRO}

# Openbare plekken waar je mensen ontmoet. Een activiteit verwijst naar een plek met het id.
plekken: []
#  - id: buurthuis-de-kiem             # kleine letters, cijfers en streepjes
#    naam: Buurthuis De Kiem
#    soort: buurthuis                  # buurthuis, inloop, portiekcafe, repaircafe, moestuin, …
#    adres: Kerkstraat 12, 9999 ZZ Voorbeeldstad   # alleen van een openbare plek
#    geo: [52.0001, 5.0002]            # [breedtegraad, lengtegraad]
#    open:
#      - ma, wo, vr 09.30-16.00
#    gesloten: [2026-12-25]
#    toegankelijk: [rolstoel, invalidentoilet]
#    organisatie: stichting-de-kiem    # id uit _gemeente.yml
#    omschrijving: Koffie, een krant en altijd iemand om mee te praten.

# Bij wie kun je terecht? Alleen de ROL, nooit een naam.
sleutelfiguren: []
#  - rol: huismeester
#    organisatie: woonstichting-voorbeeld
#    waar: buurthuis-de-kiem
#    wanneer: dinsdag 10.00-12.00
#    waarvoor: Vragen over je woning, de portiek of je buren.

# Hulplijnen van deze buurt (die van de gemeente en landelijke komen er vanzelf bij).
hulp: []
#  - onderwerp: Zorgen om een buurtgenoot
#    organisatie: meldpunt-zorgwekkend-gedrag
#    telefoon: 0800-1205
#    wanneer: dag en nacht
#    zoekwoorden: [verward, in de war, zorgen om de buren]   # zo zoeken bewoners ernaar

# Tips voor nieuwe bewoners.
welkom:
  - Zeg gedag in de portiek. Een plantje of iets lekkers helpt.
"""


def activiteit_template(slug: str, plek: str) -> str:
    return f"""\
# yaml-language-server: $schema=../../../schemas/activiteit.schema.json
# Een activiteit. De bestandsnaam is het vaste id: verander hem niet meer na publicatie.
# Probeer een zin bij `wanneer` uit met: welkom wanneer "elke derde zaterdag van de maand"

titel: {title_from_slug(slug)}
soort: anders              # koffie, maaltijd, repaircafe, portiekcafe, spreekuur, taal, …
plek: {plek}               # id van een plek in deze buurt
wanneer: elke dinsdag      # ook: dinsdag en donderdag, elke werkdag, om de week op woensdag,
                           #      elke derde zaterdag van de maand, elke laatste vrijdag van de
                           #      maand, of één datum zoals 2026-01-17
tijd: 10.00-12.00          # ook: 13:00 - 16:00, 13.00 tot 16.00 uur
# vanaf: 2026-01-06        # eerste datum (nodig bij 'om de week')
# tot: 2026-06-30          # laatste datum
# behalve: [feestdagen, 2026-12-29]   # dan gaat het niet door
# vervalt: [2026-12-22]    # gaat niet door, maar blijft zichtbaar met 'vervalt' erbij
# gecontroleerd: 2026-11   # de maand waarin je hebt nagekeken dat alles klopt
kosten: gratis
aanmelden: niet nodig
voor: iedereen
omschrijving: {ACTIVITY_TEXT}
"""


def verhaal_template(slug: str, today: dt.date) -> str:
    return f"""\
---
# Een verhaal voor 'welkom in de buurt'. Geen namen, geen adressen, geen telefoonnummers.
titel: {title_from_slug(slug)}
datum: {today.strftime("%Y-%m")}
verteller: een nieuwe bewoner   # een ROL, nooit een naam
# Vraag de verteller om toestemming vóór je dit verhaal deelt.
# Zet `false` als je het (nog) niet zeker weet: dan gaat het niet online.
toestemming: true
samenvatting: {STORY_SUMMARY}
---
{STORY_BODY} Vertel wat er goed ging: wie
hielp, waar je mensen leerde kennen, wat je andere nieuwe bewoners zou aanraden.
"""
