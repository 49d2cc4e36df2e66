"""Round 11 of the privacy guard (issue 11), names and evasive spellings: classes, not sentences.

Letter O for a zero inside an international number with "(0)" or inside a date; a BSN after
"b.s.n." in digits and digit words mixed; eight digit words with the 06 said after them ("na
de nul zes"); the check digits of an IBAN in words after "NL"; a birth date whose two-digit
year is a word ("in 'negenentachtig"); a plate in lower case in a text about a car, and a
plate with the shape of a postcode right after a word for a vehicle. A fixed number right
after the name of a help line ("Mantelzorglijn", "Switchboard") is that service's number.

Every positive checks the code and the exact text the finding quotes. The negatives are the
look-alikes the same rules must leave alone.
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
