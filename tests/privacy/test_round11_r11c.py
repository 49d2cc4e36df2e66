"""Round 11 of the privacy guard (issue 11), names and evasive spellings: classes, not sentences.

Letter O for a zero inside an international number with "(0)" or inside a date; a BSN after
"b.s.n." in digits and digit words mixed; eight digit words with the 06 said after them ("na
de nul zes"); the check digits of an IBAN in words after "NL"; a birth date whose two-digit
year is a word ("in 'negenentachtig"); a plate in lower case in a text about a car, and a
plate with the shape of a postcode right after a word for a vehicle. A fixed number right
after the name of a help line ("Mantelzorglijn", "Switchboard") is that service's number.

Every positive checks the code and the exact text the finding quotes. The negatives are the
look-alikes the same rules must leave alone.

Names: an unknown capitalised word after a verb in inverted word order ("Na lang zoeken vond
Tsegereda een plek") and a name after a congratulation ("Gefeliciteerd Roos, 18 jaar") are a
person; an age followed by a whole date is a date of birth. Shops, stations, drinks and TV
shows with a person's name, languages that are also a name ("Conversatieles Frans en
Engels") and a venue named after someone with a double name ("sportpark Willem-Alexander")
are not.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

from .helpers import found

MOBILE = "privacy.mobile-phone"
PHONE = "privacy.phone"
BSN = "privacy.bsn"
IBAN = "privacy.iban"
BIRTH = "privacy.birth-date"
PLATE = "privacy.licence-plate"
NAME = "privacy.name"


@pytest.mark.parametrize(
    ("text", "code", "shown", "kind"),
    [
        # letter O for 0 in an international number with (0)
        ("sms: +31 (0)6 - 2O 55 13 8O", MOBILE, "+31 (0)6 - 2O 55 13 8O", FieldKind.TEXT),
        ("whatsapp +31(0)6-1O2O3O4O", MOBILE, "+31(0)6-1O2O3O4O", FieldKind.TEXT),
        ("+31 6 - I2 34 56 78", MOBILE, "+31 6 - I2 34 56 78", FieldKind.CONTACT),
        ("+31 (0)6 12 34 56 78", MOBILE, "+31 (0)6 12 34 56 78", FieldKind.ROLE),
        # the 06 said after the eight digits
        (
            "Bel mij: zes, één, vier, vier, nul, twee, negen, acht na de nul zes",
            MOBILE,
            "zes, één, vier, vier, nul, twee, negen, acht na de nul zes",
            FieldKind.TEXT,
        ),
        ("app me: 12 34 56 78 met de 06 ervoor", MOBILE, "12 34 56 78 met de 06", FieldKind.TEXT),
        (
            "zes twee drie vier, vijf zes zeven acht, daar de nul zes voor",
            MOBILE,
            "zes twee drie vier, vijf zes zeven acht, daar de nul zes",
            FieldKind.CONTACT,
        ),
        ("0031-(0)6-2O 55 13 8O", MOBILE, "0031-(0)6-2O 55 13 8O", FieldKind.TEXT),
        (
            "ik ben geboren in negentienhonderd negenentachtig op 3 maart",
            BIRTH,
            "geboren in negentienhonderd negenentachtig op 3 maart",
            FieldKind.TEXT,
        ),
        ("mijn verjaardag: 12-O3-1988", BIRTH, "verjaardag: 12-O3-1988", FieldKind.TEXT),
        # BSN after b.s.n., digits and words mixed
        (
            "b.s.n. vier nul zeven / 781 / 821 voor het formulier",
            BSN,
            "vier nul zeven / 781 / 821",
            FieldKind.TEXT,
        ),
        ("B.S.N.: 123 45 zes zeven acht twee", BSN, "123 45 zes zeven acht twee", FieldKind.TEXT),
        # letter O in a date
        (
            "jarig op 12/O3/'88, dus kom maar taart eten",
            BIRTH,
            "jarig op 12/O3/'88",
            FieldKind.TEXT,
        ),
        ("mijn dochter is geboren op O4-11-2O15", BIRTH, "geboren op O4-11-2O15", FieldKind.TEXT),
        ("ze is jarig op 1O-O3-'79", BIRTH, "jarig op 1O-O3-'79", FieldKind.ROLE),
        # IBAN with its check digits in words
        (
            "Betalen via tikkie of naar rekening NL negentien ASNB 3783700287",
            IBAN,
            "NL negentien ASNB 3783700287",
            FieldKind.TEXT,
        ),
        ("nl negentien asnb 3783700287", IBAN, "nl negentien asnb 3783700287", FieldKind.CONTACT),
        # a birth date with the year in words
        (
            "ik ben geboren op de eerste van maart in 'negenentachtig",
            BIRTH,
            "geboren op de eerste van maart in 'negenentachtig",
            FieldKind.TEXT,
        ),
        (
            "geboren op 3 maart zesenvijftig in Paramaribo",
            BIRTH,
            "geboren op 3 maart zesenvijftig",
            FieldKind.TEXT,
        ),
        (
            "hij is geboren op twaalf juli, achtenzestig",
            BIRTH,
            "geboren op twaalf juli, achtenzestig",
            FieldKind.TEXT,
        ),
        ("geb. 1 mei 'zeventig", BIRTH, "geb. 1 mei 'zeventig", FieldKind.ROLE),
        # plates: lowercase in a text about a car, postcode shape right after a vehicle word
        (
            "Mijn eerste eigen auto!! een Kia Picanto, 81-gh-29, foto staat in de groepsapp",
            PLATE,
            "81-gh-29",
            FieldKind.TEXT,
        ),
        (
            "die scooter van hiernaast, 5-tfx-12, rijdt over de stoep",
            PLATE,
            "5-tfx-12",
            FieldKind.TEXT,
        ),
        ("brommer op de stoep, 34-kl-56", PLATE, "34-kl-56", FieldKind.TEXT),
        (
            "busje 4712TD van de klusjesman uit nummer 8 blokkeert elke ochtend de uitrit",
            PLATE,
            "4712TD",
            FieldKind.TEXT,
        ),
        ("de camper 3345 KL staat al drie weken voor de deur", PLATE, "3345 KL", FieldKind.TEXT),
        ("de bestelbus met kenteken 8812 AB staat op de stoep", PLATE, "8812 AB", FieldKind.TEXT),
        # a help line's name does not make a private number public
        ("mijn vaste lijn: 030 760 60 55", PHONE, "030 760 60 55", FieldKind.TEXT),
        ("mijn huistelefoon 030 7606055", PHONE, "030 7606055", FieldKind.TEXT),
        ("bel mij op de thuislijn 020 6236565", PHONE, "020 6236565", FieldKind.TEXT),
        (
            "Jan van de hulplijn, bel hem thuis: 030 760 60 55",
            PHONE,
            "030 760 60 55",
            FieldKind.TEXT,
        ),
    ],
)
def test_found(text: str, code: str, shown: str, kind: FieldKind) -> None:
    assert found(text, code, kind) == [shown]


@pytest.mark.parametrize(
    ("text", "code", "shown"),
    [
        # an unknown name after a verb in inverted word order
        ("Na lang zoeken vond Tsegereda een plek bij de naaiclub", NAME, "Tsegereda"),
        ("Gisteren kreeg Yohannesi zijn sleutel", NAME, "Yohannesi"),
        ("Vorige maand begon Khadijatou bij de taalles", NAME, "Khadijatou"),
        ("Op zaterdag won Abdirahmaan het schaaktoernooi", NAME, "Abdirahmaan"),
        ("Afgelopen week kocht Mahboubeh een naaimachine", NAME, "Mahboubeh"),
        (
            "Na lang zoeken vond Mahboubeh een plek bij het naaiatelier, nu naait ze gordijnen",
            NAME,
            "Mahboubeh",
        ),
        ("daarna verhuisde Fereshteh naar de overkant", NAME, "Fereshteh"),
        # a name after a congratulation
        ("Gefeliciteerd Roos, 18 jaar vandaag!", NAME, "Roos"),
        ("Gefeliciteerd Mahboubeh! De hele buurt is trots", NAME, "Mahboubeh"),
        ("proficiat Kees met je diploma", NAME, "Kees"),
        ("Hoera, proficiat Mark met je zwemdiploma", NAME, "Mark"),
        # an age and a whole date
        (
            "Gefeliciteerd Roos, 18 jaar vandaag (8 november 2008), de huiskamer zingt voor je",
            BIRTH,
            "18 jaar vandaag (8 november 2008)",
        ),
        (
            "onze buurman Henk is 80 jaar geworden, 3-4-1946, taart in de hal",
            BIRTH,
            "80 jaar geworden, 3-4-1946",
        ),
        ("oma is 90 jaar oud (12 maart 1936)", BIRTH, "90 jaar oud (12 maart 1936)"),
        ("mijn zoon: 7 jaar, 02-02-2019", BIRTH, "7 jaar, 02-02-2019"),
        ("Van harte gefeliciteerd, Roos!", NAME, "Roos"),
        ("Welkom Roos! Fijn dat je er bent", NAME, "Roos"),
        ("Vorige week ontving Tsegereda haar diploma", NAME, "Tsegereda"),
        ("Toen vroeg Abdirahmaan of hij mocht helpen", NAME, "Abdirahmaan"),
        # a plate in lowercase with spaces, right after a word for a vehicle
        ("de auto 81 gh 29 staat er al weken", PLATE, "81 gh 29"),
        ("mijn auto: 12 xtr 4 staat voor de deur", PLATE, "12 xtr 4"),
        ("de scooter 5 tfx 12 rijdt over de stoep", PLATE, "5 tfx 12"),
        ("op de parkeerplaats staat een camper met 12-xtr-4", PLATE, "12-xtr-4"),
        # a person called like a language, without a language around
        ("Frans helpt elke dinsdag in de tuin", NAME, "Frans"),
        ("bel Frans even over de sleutel", NAME, "Frans"),
    ],
)
def test_names_and_ages(text: str, code: str, shown: str) -> None:
    assert found(text, code) == [shown]


@pytest.mark.parametrize(
    "text",
    [
        "De speelgoedinzameling loopt via Intertoys en Bart Smit",
        "Neem de trein tot Rotterdam Alexander en dan bus 37",
        "Wie zet er een Hugo of een alcoholvrije mojito",
        "Op het terras: Aperol Spritz, Hugo en mocktails",
        "Training op sportpark Willem-Alexander, veld 3",
        "Conversatieles Frans en Engels",
        "Taalcafé: oefenen in het Frans, Engels of Arabisch",
        "Marokkaans, Frans en Nederlands worden gesproken",
        "les Engels voor beginners op dinsdag",
        "Willem Wever vragen? Die zijn er niet meer",
        "Welkom Nieuw-West! Het feest begint om 3 uur",
        "welkom allemaal, de koffie staat klaar",
        "Vorige week ontving Stichting Present een prijs",
        "Gisteren organiseerde Humanitas een high tea",
        "de bus 3 uur 12 minuten te laat",
        "Alzheimer Telefoon 030 659 69 00, dag en nacht",
        "De Vriendentelefoon: 010 412 34 56",
        "Gefeliciteerd allemaal, fijne feestdagen",
        "Gefeliciteerd Nederland met de overwinning",
        "Na lang zoeken vond Vluchtelingenwerk een ruimte",
        "Vorige week won Feyenoord de wedstrijd",
        "Toen kocht Jumbo het pand",
        "De speeltuinvereniging bestaat 25 jaar (12 mei 2001), kom naar het feest",
        "het buurthuis is 40 jaar oud, geopend op 3-9-1986",
        "ik woon hier al 30 jaar, sinds 1 januari 1996",
        "50 jaar markt: sinds 1 april 1976 elke zaterdag",
    ],
)
def test_names_left_alone(text: str) -> None:
    assert [(f.code, text[f.start : f.end]) for f in scan_text(text, FieldKind.TEXT)] == []


@pytest.mark.parametrize(
    "text",
    [
        "het buurthuis is geboren in maart, twintig jaar geleden",
        "bijeenkomst op 12/O3 om 20.00 uur",
        "het buurthuis zit op 4712 TD Breda, met de auto parkeren op het plein",
        "bus 37 gaat naar 4712TD",
        "met de auto naar de markt, 4712 TD Breda",
        "Kamer 12-ab bij de ingang",
        "bus 12 vertrekt om 8 uur, na de 06 bus",
        "Mantelzorglijn 030 - 760 60 55, ook voor een praatje",
        "Switchboard van COC, 020 623 6565",
        "de Zilverlijn: 070 123 45 67, ma t/m vr",
        "Bel de Vraagtelefoon (020 555 12 34) als je twijfelt",
        "Korrelatie 030 2 34 56 78 voor een luisterend oor",
        "Luisterlijn, 010 123 45 67",
    ],
)
def test_left_alone(text: str) -> None:
    assert [(f.code, text[f.start : f.end]) for f in scan_text(text, FieldKind.TEXT)] == []
