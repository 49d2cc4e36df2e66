"""Round 6b of issue 11: dates of birth, chat and game accounts, names before dialect words.
Each class written by hand in other words, positions and field kinds than the heldout8 sentence
that showed it, with look-alike texts that must stay allowed.

Classes: a date of birth after an abbreviation or a word of another language (dob, d.o.b.,
geb.dat., born, doğum tarihi, date of birth); a date of birth with the day or the year in words
or short ("negentien achtenzestig", "in '68", "van 68"); an account on Discord, Signal, PSN,
Xbox, Roblox, Twitch, Steam, BeReal, …; a first name that is also a word ("Dirk", "Roos")
followed by words of a dialect.

Every positive names the code it must give and the exact text the message points at.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

T, C, R = FieldKind.TEXT, FieldKind.CONTACT, FieldKind.ROLE
B = "privacy.birth-date"
S = "privacy.social"

FOUND = [
    # Abbreviations and other languages for "date of birth".
    ("DOB: 12-04-1990, voor de inschrijving van de sportdag", T, B, "DOB: 12-04-1990"),
    ("naam, dob 3/9/87 en telefoon graag naar de leiding", T, B, "dob 3/9/87"),
    ("d.o.b. 21.11.1975 (voor de verzekering van het uitje)", T, B, "d.o.b. 21.11.1975"),
    ("zijn D.O.B. is 4 maart 1962", T, B, "D.O.B. is 4 maart 1962"),
    ("Date of birth: 1 januari 1980", T, B, "Date of birth: 1 januari 1980"),
    ("onze nieuwe buurman, born 12-03-1985 in Paramaribo", T, B, "born 12-03-1985"),
    ("Born on 5 mei 1990, Rotterdam", T, B, "Born on 5 mei 1990"),
    ("doğum tarihi 14.02.1979, annem", T, B, "doğum tarihi 14.02.1979"),
    ("Dogum tarihi: 02-07-1955", C, B, "Dogum tarihi: 02-07-1955"),
    ("geb.dat. 1-2-1960 graag invullen bij aanmelding: Fatma", T, B, "geb.dat. 1-2-1960"),
    ("Geb. dat: 30-06-2001", T, B, "Geb. dat: 30-06-2001"),
    ("birthdate 1988-09-14", T, B, "birthdate 1988-09-14"),
    ("geboorte: 12 maart 1950, om 10.15 uur thuis", T, B, "geboorte: 12 maart 1950"),
    ("geboorte van ons zoontje 12 maart 2025 om 10.15 uur", T, B,
     "geboorte van ons zoontje 12 maart 2025"),
    ("gebdatum 3-9-1987", C, B, "gebdatum 3-9-1987"),
    ("dob:03091987", T, B, "dob:03091987"),
    ("geboortedatum 03091987 (voor de pas)", T, B, "geboortedatum 03091987"),
    ("fecha de nacimiento: 03/09/1987", T, B, "fecha de nacimiento: 03/09/1987"),
    ("data urodzenia: 03.09.1987", T, B, "data urodzenia: 03.09.1987"),
    ("Geburtsdatum 03.09.1987", T, B, "Geburtsdatum 03.09.1987"),
    ("date de naissance 03/09/1987", T, B, "date de naissance 03/09/1987"),
    ("tarikh lahir 03-09-1987", T, B, "tarikh lahir 03-09-1987"),
    # The day or the year in words, or the year short.
    ("geboren op tweeëntwintig juni negentienachtenzestig in Heerlen", T, B,
     "geboren op tweeëntwintig juni negentienachtenzestig"),
    ("ze is geboren op de twaalfde van mei negentien vijftig", T, B,
     "geboren op de twaalfde van mei negentien vijftig"),
    ("opa Kees, geboren 3 april negentienhonderdtweeëndertig", T, B,
     "geboren 3 april negentienhonderdtweeëndertig"),
    ("onze kleine is geboren op 1 maart tweeduizend drie", T, B,
     "geboren op 1 maart tweeduizend drie"),
    ("geboren 22 juni, in '68, in het oude ziekenhuis", T, B, "geboren 22 juni, in '68"),
    ("hij is geboren op 4 mei van 68", T, B, "geboren op 4 mei van 68"),
    ("geb. 9 okt. 54", T, B, "geb. 9 okt. 54"),
    ("hij is van drie maart negentienzesenveertig", T, B,
     "is van drie maart negentienzesenveertig"),
    ("mijn moeder was van elf november negentien dertig", T, B,
     "was van elf november negentien dertig"),
    ("geboren in negentienachtenzestig op tweeëntwintig juni", T, B,
     "geboren in negentienachtenzestig op tweeëntwintig juni"),
    ("tweeëntwintig juni negentienachtenzestig geboren, in Sittard", T, B,
     "tweeëntwintig juni negentienachtenzestig geboren"),
    ("ter wereld gekomen op tweeëntwintig juni negentienachtenzestig", T, B,
     "ter wereld gekomen op tweeëntwintig juni negentienachtenzestig"),
    # Chat and game accounts.
    ("Discord: wesley_gamer#4471", T, S, "wesley_gamer#4471"),
    ("voor de gamegroep: discord kevin#0392", T, S, "kevin#0392"),
    ("mijn discord is sanne.speelt", T, S, "sanne.speelt"),
    ("Signal: kees_1980", C, S, "kees_1980"),
    ("psn: kevin-2009, voeg me toe", T, S, "kevin-2009"),
    ("mijn roblox-naam: lotte12", T, S, "lotte12"),
    ("Xbox gamertag: DarkWolf77", T, S, "DarkWolf77"),
    ("volg wesley.gamer op twitch", T, S, "wesley.gamer"),
    ("Steam: jorik_nl", T, S, "jorik_nl"),
    ("BeReal: noor.vd.berg", T, S, "noor.vd.berg"),
    ("snapchat-naam: mila2010", T, S, "mila2010"),
    ("Fortnite: xXwesleyXx", T, S, "xXwesleyXx"),
    ("Minecraft naam: Steve_99", T, S, "Steve_99"),
    ("PSN ID: kevin_2009", T, S, "kevin_2009"),
    ("zoek wesley_gamer op Discord", T, S, "wesley_gamer"),
    # A phone number after a chat app is a phone number.
    ("Signal: 0612345678", T, "privacy.mobile-phone", "0612345678"),
]  # fmt: skip

NAMES = [
    # A first name that is also a word, before words of a dialect.
    ("Dirk uut t leste hoeske aan t diekje wordt dement", T, "Dirk"),
    ("Roos hef suker, zeg maar niks", T, "Roos"),
    ("Kim kump morgen ook", T, "Kim"),
    ("Willem hef t gedoan", T, "Willem"),
    ("Roos zien kleinzeun kump ok", T, "Roos"),
    ("Bas is nait thoes, hai lig in t ziekenhoes", T, "Bas"),
    ("Rik is ne goeie jong mor hai drinkt te veul", T, "Rik"),
]

CLEAN = [
    # "dob" and "born" inside other words or as a place.
    ("dobbelsteen-spel op 12-03-2026 in het buurthuis", T),
    ("markt in Born op 3 mei 2026", T),
    ("De kermis in Born is op 12-03-2026", T),
    ("Born in the USA: coverband in het buurthuis op 12 juni 2026", T),
    ("Jeu de boules bij De Dobbelsteen op 4 juni 2026", T),
    ("voorlichting over geboorte en kraamtijd: 2 april 2026 om 10 uur", T),
    ("praatavond over geboorte, 5 november 2026, 19.30 uur", T),
    # Dates of events, times, numbers.
    ("De film over geboorte draait op 3 juni om 20 uur", T),
    ("de kraamzorg vertelt over geboorte en zwangerschap, 12 maart 2026, 19.30 uur", T),
    ("Het buurthuis is geopend in mei negentienachtenzestig", T),
    ("Sinds juni tweeduizend drie staat hier de speeltuin", T),
    ("in juni negentienachtenzestig is het buurthuis geopend", T),
    ("de buurtwinkel is geboren in de jaren zestig", T),
    # Platforms without an account.
    ("de kleding is epic: echt waar", T),
    ("kom naar de minecraft club op woensdag 14:00", T),
    ("Steam is gratis en leuk", T),
    ("we spelen Roblox op de computers in de bieb", T),
    ("Discord server van het buurthuis: zie de website", T),
    ("De Twitch stream begint om 20:00", T),
    ("Signal is een veilige app voor berichten", T),
    ("Xbox en PlayStation in de jongerenruimte, zaal 2", T),
    ("gameavond met Xbox, 4 consoles, vanaf 12 jaar", T),
    # Names that are also words, before ordinary Dutch.
    ("Roos kweken in de buurttuin", T),
    ("Iris en krokus komen als eerste op in de geveltuintjes", T),
    ("Roos bloeien in juni", T),
    ("Jade is een groene steen", T),
    ("Merel fluit in de tuin", T),
    ("Merel smorgens vroeg in de tuin, een mooi geluid", T),
    ("Dan gaan we naar huis", T),
    ("Wil je mee?", T),
]


@pytest.mark.parametrize(("text", "kind", "code", "quoted"), FOUND)
def test_found(text: str, kind: FieldKind, code: str, quoted: str) -> None:
    found = scan_text(text, kind)
    assert (code, quoted) in [(f.code, text[f.start : f.end]) for f in found]
    assert all(f.is_error for f in found if f.code == code)


@pytest.mark.parametrize(("text", "kind", "quoted"), NAMES)
def test_name_before_dialect(text: str, kind: FieldKind, quoted: str) -> None:
    found = scan_text(text, kind)
    names = [f for f in found if f.code == "privacy.name"]
    assert [text[f.start : f.end] for f in names] == [quoted]
    assert f"'{quoted}'" in names[0].message


@pytest.mark.parametrize(("text", "kind"), CLEAN)
def test_clean(text: str, kind: FieldKind) -> None:
    assert scan_text(text, kind) == []
