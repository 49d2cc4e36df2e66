"""Round 5c of issue 11, evasive spellings: each class written by hand in other words,
positions and field kinds than the sentence that showed it, with look-alike texts that must
stay allowed.

Classes: a code spelled out one letter or digit at a time (postcode, plate, IBAN); a 06
number with its separator said in words ("streepje", "punt", "slash"), split by slashes, with
"0031" before English digits, or with the 06 said after the rest ("… achter 06"); a BSN after a
longer phrase with look-alike letters; a name spelled with middle dots, " - ", tildes, a
letter beyond ASCII or digits for letters at its end.

Every positive names the code it must give and the exact text the message points at.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text
from welkom.check.privacy.normalise import needs_work, normalise

T, C, R = FieldKind.TEXT, FieldKind.CONTACT, FieldKind.ROLE

FOUND = [
    # A plate or account number spelled out, with spaces, dashes or both.
    ("zijn busje met kenteken G R - 2 7 - V X staat op de stoep", T, "privacy.licence-plate",
     "G R - 2 7 - V X"),
    ("de bus met G-R-2-7-V-X staat er al weken", T, "privacy.licence-plate", "G-R-2-7-V-X"),
    ("auto van de overburen: 1 2 - A B C - 3", T, "privacy.licence-plate", "1 2 - A B C - 3"),
    ("de camper (X - 1 2 3 - Z Z) weer voor de deur", T, "privacy.licence-plate",
     "X - 1 2 3 - Z Z"),
    # A plate with dots or slashes, in a text about a car.
    ("de auto GR.27.VX staat er weer", T, "privacy.licence-plate", "GR.27.VX"),
    ("kenteken: V G / 2 1 4 / K", T, "privacy.licence-plate", "V G / 2 1 4 / K"),
    ("zijn scooter: DKS / 12 / F, die rode", T, "privacy.licence-plate", "DKS / 12 / F"),
    ("IBAN N L 9 1 A B N A 0 4 1 7 1 6 4 3 0 0", C, "privacy.iban",
     "N L 9 1 A B N A 0 4 1 7 1 6 4 3 0 0"),
    ("overmaken naar N-L-9-1-A-B-N-A-0-4-1-7-1-6-4-3-0-0", T, "privacy.iban",
     "N-L-9-1-A-B-N-A-0-4-1-7-1-6-4-3-0-0"),
    # The separator of a 06 number in words, or slashes between number words.
    ("app me op 06 streepje 98765432, dan zet ik je in de groep", T, "privacy.mobile-phone",
     "06 streepje 98765432"),
    ("06 slash 12345678 (na zessen)", C, "privacy.mobile-phone", "06 slash 12345678"),
    ("bel 06 spatie 4455 6677", T, "privacy.mobile-phone", "06 spatie 4455 6677"),
    ("06 punt 12 punt 34 punt 56 punt 78", C, "privacy.mobile-phone",
     "06 punt 12 punt 34 punt 56 punt 78"),
    ("06 streepje 31 streepje 42 streepje 53 streepje 64", T, "privacy.mobile-phone",
     "06 streepje 31 streepje 42 streepje 53 streepje 64"),
    ("app nul zes min twaalf vierendertig zesenvijftig achtenzeventig", T,
     "privacy.mobile-phone", "nul zes min twaalf vierendertig zesenvijftig achtenzeventig"),
    ("nul zes, streepje, één twee drie vier vijf zes zeven acht", T, "privacy.mobile-phone",
     "nul zes, streepje, één twee drie vier vijf zes zeven acht"),
    ("Mijn mobiel: nul-zes / dertien / zevenenveertig / eenentwintig / negentig", T,
     "privacy.mobile-phone", "nul-zes / dertien / zevenenveertig / eenentwintig / negentig"),
    ("tel: nul zes | elf | tweeëntwintig | drieëndertig | vierenveertig", C,
     "privacy.mobile-phone", "nul zes | elf | tweeëntwintig | drieëndertig | vierenveertig"),
    # "0031" before digits in English words.
    ("Ik ben bereikbaar op 0031 six 4433 2211", T, "privacy.mobile-phone", "0031 six 4433 2211"),
    ("whatsapp 0031 six 12 34 56 78", C, "privacy.mobile-phone", "0031 six 12 34 56 78"),
    # The eight digits first, the 06 after them.
    ("Stuur een berichtje naar vier-een-drie-vijf-negen-acht-nul-twee achter 06", T,
     "privacy.mobile-phone", "vier-een-drie-vijf-negen-acht-nul-twee achter 06"),
    ("bel 21304875 met 06 ervoor", T, "privacy.mobile-phone", "21304875 met 06"),
    ("mijn nummer: 55 66 77 88, zet er nul zes voor", T, "privacy.mobile-phone",
     "55 66 77 88, zet er nul zes"),
    ("app: twee drie vier vijf zes zeven acht negen, met nul zes ervoor", T,
     "privacy.mobile-phone", "twee drie vier vijf zes zeven acht negen, met nul zes"),
    ("bereikbaar via 87654321 (met 06 ervoor)", C, "privacy.mobile-phone", "87654321 (met 06"),
    # "bsn" a long phrase before the number, look-alike letters in it.
    ("bsn van mijn moeder voor het formulier: 3O1 72O 368", T, "privacy.bsn", "3O1 72O 368"),
    ("het BSN van mijn vader staat op de pas: 3O1-72O-368", T, "privacy.bsn", "3O1-72O-368"),
    ("bsn van de nieuwe buurjongen, voor de aanvraag: 301 720 368", T, "privacy.bsn",
     "301 720 368"),
    # Digit words glued to the digits, in Dutch or English; a word for the rest between.
    ("bel 0six12345678", T, "privacy.mobile-phone", "0six12345678"),
    ("bel nulzes87654321 na zes uur", T, "privacy.mobile-phone", "nulzes87654321"),
    ("06 twaalf 34 56 zeven acht", C, "privacy.mobile-phone", "06 twaalf 34 56 zeven acht"),
    ("06 en dan acht cijfers: 24681357", T, "privacy.mobile-phone",
     "06 en dan acht cijfers: 24681357"),
    # English tens and teens, "en dan" between digit groups, "x" or "Ø" in the number.
    ("nummer: zero six, twenty-three, fourty-five, sixty-seven, eighty-nine", T,
     "privacy.mobile-phone", "zero six, twenty-three, fourty-five, sixty-seven, eighty-nine"),
    ("bel zero six twelve thirtyfour fiftysix seventyeight", T, "privacy.mobile-phone",
     "zero six twelve thirtyfour fiftysix seventyeight"),
    ("call me: zero six, eighteen, twenty, thirty one, ninety nine", C,
     "privacy.mobile-phone", "zero six, eighteen, twenty, thirty one, ninety nine"),
    ("appen kan naar 06 en dan 12 34 en dan 56 78", T, "privacy.mobile-phone",
     "06 en dan 12 34 en dan 56 78"),
    ("06x12x34x56x78", C, "privacy.mobile-phone", "06x12x34x56x78"),
    ("bel Ø6-12345678 na het eten", T, "privacy.mobile-phone", "Ø6-12345678"),
    ("bel 06-1Ø2Ø3Ø4Ø", T, "privacy.mobile-phone", "06-1Ø2Ø3Ø4Ø"),
    ("bel 06-I2E4SG7B", T, "privacy.mobile-phone", "06-I2E4SG7B"),
    ("app 06/twaalf/34/56/78", T, "privacy.mobile-phone", "06/twaalf/34/56/78"),
    ("nul zes. twaalf. vierendertig. zesenvijftig. achtenzeventig.", C,
     "privacy.mobile-phone", "nul zes. twaalf. vierendertig. zesenvijftig. achtenzeventig"),
    # E-mail: a digit for a letter in the domain ending, a surname with its particle apart.
    ("mail naar anna.bakker@gmail.c0m", T, "privacy.email", "anna.bakker@gmail.c0m"),
    ("mail: kees.vos@ziggo.n1 graag", T, "privacy.email", "kees.vos@ziggo.n1"),
    ("mail jan punt de vries at gmail punt com", T, "privacy.email",
     "jan punt de vries at gmail punt com"),
    ("ria punt van der berg apenstaartje ziggo punt nl", C, "privacy.email",
     "ria punt van der berg apenstaartje ziggo punt nl"),
    # A BSN with linking words between its groups; a birthday and a year said apart.
    ("mijn bsn is 1234567 en dan 82", T, "privacy.bsn", "1234567 en dan 82"),
    ("bsn: 123 456 en 782", C, "privacy.bsn", "123 456 en 782"),
    ("bsn is I23.456.78Z", T, "privacy.bsn", "I23.456.78Z"),
    ("jarig op de 3e maart, geboren in '62", T, "privacy.birth-date", "jarig op de 3e maart"),
    ("ze is jarig op de 12de mei en geboren in 1950", T, "privacy.birth-date",
     "jarig op de 12de mei"),
    ("mail: anna punt bakker, apenstaartje, gmail punt com", T, "privacy.email",
     "anna punt bakker, apenstaartje, gmail punt com"),
    ("anna.bakker, at, gmail.com", C, "privacy.email", "anna.bakker, at, gmail.com"),
    # A name spelled with middle dots or bullets.
    ("dank aan S·A·N·N·E voor de soep", T, "privacy.name", "S·A·N·N·E"),
    ("groet, m•a•r•i•e•k•e", T, "privacy.name", "m•a•r•i•e•k•e"),
    ("vraag naar A-y-ş-e", T, "privacy.name", "A-y-ş-e"),
    ("dank aan B j ø r n voor de soep", T, "privacy.name", "B j ø r n"),
    # Digits for letters, also at the end of the name; tildes between the letters.
    ("dank aan R0bert0 voor de soep", T, "privacy.name", "R0bert0"),
    ("groet van J4nn3k3", T, "privacy.name", "J4nn3k3"),
    ("dank aan R~o~b~e~r~t~o", T, "privacy.name", "R~o~b~e~r~t~o"),
    # A name spelled with a separator between spaces.
    ("dank aan J - A - N - N - E - K - E voor de hulp", T, "privacy.name",
     "J - A - N - N - E - K - E"),
    ("vraag naar j / a / n / n / e / k / e", T, "privacy.name", "j / a / n / n / e / k / e"),
    ("groet van M - A - R - I - A  V - O - S", R, "privacy.name", "M - A - R - I - A  V - O - S"),
]  # fmt: skip

CLEAN = [
    # Codes of the building, rooms, groups and times: few characters, or no two letters.
    ("groep 1 a en groep 2 b spelen om 10 uur", T),
    ("lokaal 2 B op de eerste verdieping", T),
    ("de kamers 1 2 3 A B C van het buurthuis zijn vrij", T),
    ("bus 4 5 of 6 naar het centrum", T),
    ("Open 9 - 12 en 13 - 17 uur, ma t/m vr", T),
    ("ma · di · wo open van 9 tot 12", T),
    ("koffie · thee · soep · broodjes", T),
    ("menu: café · crème brûlée · thé", T),
    ("A4 papier en B1 Nederlands, Win10, Route66, MP3s, zaal A1b, COVID19", T),
    ("5G en 2e hands, 1e hulp, b2b, A1 snelweg, G8, MS10, A2B, E10 benzine", T),
    ("Open ma - di - wo - do van 9 - 12 uur", T),
    ("A - B - C cursus, les 1 - 2 - 3", T),
    ("maat S / M / L / XL, de W-I-F-I code hangt bij de bar", T),
    ("Bibliotheek Voorbeeldstad, Stationsplein 1, 1234 AB Voorbeeldstad", T),
    ("maten S M L XL, 2 of 3 euro per stuk", T),
    ("parkeren bij het buurthuis, de bus stopt om 12.30, lijn 12/AB", T),
    ("parkeerplaats P1 van de bibliotheek, zie www.buurthuis.nl/parkeren", T),
    ("Zaal GR.2 en kamer 27/VX, de bus stopt voor de deur", T),
    # Service numbers, prices and dates with "06" and a separator word.
    ("vanaf week 06 streepje in de agenda", T),
    ("kamer 06 punt 12, om 10 uur", T),
    ("kom op 06-12 om 14.30 uur naar zaal 2, punt", T),
    ("ordernummer 21304875 en 06 stuks", T),
    ("ordernummer 21304875 met 06 stuks", T),
    ("de bus stopt na 06.00 uur, lijn 12345678 bestaat niet", T),
    ("lidnummer 12345678, nog 06 dagen", T),
    ("Bel de gemeente: 14 030, of de huisarts Voorbeeldstad op 030 123 4567", T),
    ("Een kop koffie kost 1 euro, slash 2 euro met taart", T),
    ("er waren zes mensen en nul afmeldingen, 12 taarten", T),
    ("zes teams, acht cijfers op het scorebord, 12 punten", T),
    ("het is de vries at home, zei ze", T),
    ("we zijn er, at home, gezellig", T),
    ("kom langs, at de Kiem, koffie en thee", T),
    ("we are open from ten to twelve, thirty people, sixty chairs, twenty tables", T),
    ("de kinderen komen 2x per week, 06 x 2 = 12 stoelen", T),
    ("tafeltennis 2x per week, 12 x 6 meter, zaal 06", T),
    ("06-BESTE 123 en tafel 06 AB 12 CD 3", T),
    ("week 06/de agenda/12 punten", T),
    ("ik heb er zes. twaalf komen er nog. vier gaan weg.", T),
    ("info@buurthuis.n1", C),
    # "bsn" without nine digits after it.
    ("neem je bsn mee naar de balie, open van 9 tot 12 en kamer 301", T),
    ("bsn nodig voor het formulier; bel 14 030 of kom langs op 12 maart", T),
    ("Je BSN staat op je paspoort of ID-kaart, op de achterkant", T),
    ("de bsn-balie is open op 12 en 13 maart, kamer 123 en dan 456", T),
    ("ik ben jarig op de 3e maart, kom je ook?", T),
    ("het buurthuis is jarig op de 3e maart, opgericht in 1962", T),
]


@pytest.mark.parametrize(("text", "kind", "code", "quoted"), FOUND)
def test_found(text: str, kind: FieldKind, code: str, quoted: str) -> None:
    found = scan_text(text, kind)
    assert (code, quoted) in [(f.code, text[f.start : f.end]) for f in found]
    assert all(f.is_error for f in found if f.code == code)


@pytest.mark.parametrize(("text", "kind"), CLEAN)
def test_clean(text: str, kind: FieldKind) -> None:
    assert scan_text(text, kind) == []


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("postcode 3 5 2 1 K X huisnummer 14", "postcode 3521 KX huisnummer 14"),
        ("kenteken G R - 2 7 - V X", "kenteken GR-27-VX"),
        ("de bus met G-R-2-7-V-X", "de bus met GR-27-VX"),
        ("auto: 1 2 - A B C - 3", "auto: 12-ABC-3"),
        ("mail: p e t r a 1 9 7 0 @ g m a i l . c o m", "mail: petra1970@gmail.com"),
        ("dank aan S·A·N·N·E", "dank aan Sanne"),
    ],
)
def test_normalised_text(raw: str, clean: str) -> None:
    assert normalise(raw).text == clean


def test_spaced_codes_point_into_the_original() -> None:
    raw = "postcode 3 5 2 1 K X, graag"
    norm = normalise(raw)
    start = norm.text.index("3521 KX")
    first, last = norm.span(start, start + len("3521 KX"))
    assert raw[first:last] == "3 5 2 1 K X"


def test_the_usual_text_needs_no_normalising() -> None:
    assert not needs_work("Open 9 - 12 en 13 - 17 uur, ma t/m vr")
    assert not needs_work("groep 1 a en groep 2 b")
    assert needs_work("postcode 3 5 2 1 K X")
    assert needs_work("G R - 2 7 - V X")
