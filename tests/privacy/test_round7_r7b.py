"""Round 7 of issue 11 (names and dates of birth), written as classes, not as corpus sentences.

- A short word of the frequency list ("Ro", "Mo", "Ad") in a list of first names is a
  nickname, not a place: "Yvette, Ro en Dennis" are people; "Paramaribo, Aleppo en Tilburg"
  stay places.
- A lowercase kind of venue before a name of two words names a place ("op sportpark Jan
  Louwers"), and an organisation word before an honorific names an organisation ("Stichting
  Tante Louise"); the same names elsewhere in a sentence are still people.
- A surname in the plural after a preposition is a family ("van de Mulders", "bij de
  Jansens"); a plural that is also another frequent word ("de Hollanders") is not.
- A feast day with a year and "geboren" or "ter wereld gekomen" is a date of birth ("op
  eerste kerstdag 2015 geboren"); a feast day alone, or lambs born at Easter, is not.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

NAMES = [
    # Lists of first names with a short nickname that is also a frequent token.
    ("Yvette, Ro en Dennis van de Brink hebben het straatfeest geregeld", "Yvette"),
    ("Yvette, Ro en Dennis van de Brink hebben het straatfeest geregeld", "Dennis van de Brink"),
    ("Ro, Yvette en Dennis hebben geholpen met opruimen.", "Dennis"),
    ("Samen met Yvette, Ro en Dennis zetten we de tafels klaar.", "Yvette"),
    ("Dank aan Fatima, Mo en Wim voor de soep.", "Fatima"),
    ("Sanne, Ad en Joost bakken taart voor de buurt.", "Joost"),
    # The same names outside a venue or organisation name: people.
    ("Ik zag Jan Louwers op het sportpark.", "Jan Louwers"),
    ("In het zwembad zag ik Pieter de Vries.", "Pieter de Vries"),
    ("Jan Louwers van het sportpark helpt mee.", "Jan Louwers"),
    ("Tante Louise komt morgen koffie drinken.", "Tante Louise"),
    ("Bedankt Ome Joop voor de soep!", "Ome Joop"),
    ("Gisteren zag ik Tante Riet bij de bakker.", "Tante Riet"),
    ("Vraag het aan Juf Anja.", "Juf Anja"),
    # A family by its surname in the plural after a preposition.
    ("De tweeling van de Mulders is nu drie.", "Mulders"),
    ("Koffie drinken bij de Jansens op zondag.", "Jansens"),
    ("Samen met de Pietersens hebben we de straat geveegd.", "Pietersens"),
    ("De hond van de Vissers blaft de hele dag.", "Vissers"),
]

BIRTH = [
    (
        "De tweeling van de Mulders is op eerste kerstdag 2015 geboren.",
        "op eerste kerstdag 2015 geboren",
    ),
    (
        "Onze Sem is geboren op tweede kerstdag 2019, een echt kerstkindje.",
        "geboren op tweede kerstdag 2019",
    ),
    ("Mijn oma werd op koningsdag '48 geboren in Den Helder.", "op koningsdag '48 geboren"),
    ("Ze is met Pasen 2003 ter wereld gekomen.", "met Pasen 2003 ter wereld gekomen"),
    (
        "Hij is geboren op oudejaarsdag 1999, vlak voor het vuurwerk.",
        "geboren op oudejaarsdag 1999",
    ),
    (
        "Geboren op de dag van de maanlanding, 1969, dat is onze buurman.",
        "Geboren op de dag van de maanlanding, 1969",
    ),
    ("Zij is geboren in 1987, op nieuwjaarsdag.", "geboren in 1987, op nieuwjaarsdag"),
    (
        "Ons zoontje kwam op 2e paasdag 2021 geboren, drie weken te vroeg.",
        "op 2e paasdag 2021 geboren",
    ),
]

CLEAN = [
    # Places in a list, also short ones.
    "Zij komen uit Paramaribo, Aleppo, Asmara en Tilburg.",
    "Buren uit Polen, Syrië, Eritrea en Marokko koken samen.",
    "De bus rijdt via Ede, Oss en Tiel.",
    # Venues named after someone.
    "Het voetbaltoernooi is op sportpark Jan Louwers.",
    "We zwemmen in zwembad Pieter van den Hoogenband.",
    "De markt staat op plein Willem Drees.",
    "Training in sportcomplex Johan Cruijff om 19.00 uur.",
    "De kermis is in park Anna Bos dit jaar.",
    # Organisations with an honorific in their name.
    "Stichting Tante Louise is de zorgaanbieder van het verpleeghuis hier.",
    "Speeltuin Ome Joop is weer open.",
    "De koffie is bij Zorgboerderij Oom Ko.",
    "Basisschool Meester Jansen zoekt overblijfouders.",
    # Feast days that are events, or births that are no person's.
    "Op 1e kerstdag 2025 is er een kerstdiner in het buurthuis.",
    "Met Pasen 2026 zijn er lammetjes geboren op de kinderboerderij.",
    "Op kerstavond 2026 speelt de kinderclub hoe Jezus geboren werd.",
    "Koningsdag 2026: vrijmarkt op het plein vanaf 8 uur.",
    "Het buurthuis is op koningsdag 1975 geopend.",
    # Plurals that are no family: people of a region, a brand, a place, a band.
    "We eten bij de Bakkers Hoeve.",
    "Bij de Hollanders is het altijd gezellig, zeggen de Belgen.",
    "Het bier van de Trappisten is lekker.",
    "Muziek van de Beatles en de Rolling Stones.",
    # The usual look-alikes.
    "Buurthuis De Kiem, Kerkstraat 12, is open op eerste kerstdag van 14.00 tot 17.00 uur.",
    "Bel bij een noodgeval 112, voor de politie zonder spoed 0900-8844.",
    "Zaal 3 op de eerste verdieping, bus 12 stopt voor de deur, koffie kost € 1,50.",
    "Griep is op eerste kerstdag net zo besmettelijk als anders: blijf thuis als je koorts hebt.",
    "Ik ben zelf op een kerstdag geboren, daarom hou ik zo van dit feest.",
]


@pytest.mark.parametrize(("text", "span"), NAMES)
def test_name_is_found_and_quoted(text: str, span: str) -> None:
    found = [f for f in scan_text(text, FieldKind.TEXT) if f.code == "privacy.name"]
    shown = [text[f.start : f.end] for f in found]
    assert span in shown, shown
    # After an honorific the message quotes the name itself: "'Louise'" for "Tante Louise".
    quoted = span.split(" ", 1)[1] if span.split()[0] in {"Tante", "Ome", "Juf"} else span
    assert f"'{quoted}'" in found[shown.index(span)].message


@pytest.mark.parametrize(("text", "span"), BIRTH)
def test_feast_day_birth_is_found_and_quoted(text: str, span: str) -> None:
    found = [f for f in scan_text(text, FieldKind.TEXT) if f.code == "privacy.birth-date"]
    assert [text[f.start : f.end] for f in found] == [span]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alike_is_clean(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []
