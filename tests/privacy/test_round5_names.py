"""Round 5 of issue 11: names of private persons as they occur, and their look-alikes.

Each positive names the exact text the finding must quote; each negative is a place, club,
figure, title or ordinary word that looks like a name and must give no finding at all.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text
from welkom.check.privacy.names import recase

FOUND = [
    # A full name with particles at the start of a sentence, also after a name that is a word.
    ("Riet van Dam bakt elke week een cake.", "Riet van Dam"),
    ("Cor ter Horst heeft de banken geschuurd.", "Cor ter Horst"),
    ("Noor van den Heuvel helpt bij het huiswerk.", "Noor van den Heuvel"),
    ("Bas de Groot heeft de kast gemaakt.", "Bas de Groot"),
    ("Gisteren heeft Iris van der Meer de tuin gedaan.", "Iris van der Meer"),
    ("Søren van der Plas kookt vanavond.", "Søren van der Plas"),
    ("Tekst en foto's: Maria da Silva", "Maria da Silva"),
    ("Ana de la Cruz geeft salsales.", "Ana de la Cruz"),
    ("Koffie bij Jan van 't Hof", "Jan van 't Hof"),
    ("Tsega Haile kookt vanavond.", "Tsega Haile"),
    # A first name and a surname no list knows, before a role in brackets or after a comma.
    ("Bij vragen: Merel Tjoa (penningmeester)", "Merel Tjoa"),
    ("Aanmelden bij Jade Okonkwo (coördinator)", "Jade Okonkwo"),
    ("Roos Bouzid kookt op vrijdag.", "Roos Bouzid"),
    ("Aster Kidane, vrijwilligerscoördinator", "Aster Kidane"),
    # Accented names, also when the list has them without accents.
    ("Met dank aan Hélène voor de quiche.", "Hélène"),
    ("Céline en Jürgen deden de kassa.", "Céline"),
    ("Met dank aan Søren en Maëlle.", "Søren"),
    # Capitals.
    ("BAS DE GROOT HEEFT DE KAST GEMAAKT", "BAS DE GROOT"),
    ("Bedankt, WILLEM VOS", "WILLEM"),
    ("HENK JANSEN REPAREERT FIETSEN", "HENK JANSEN"),
    ("KOFFIE MET FATIMA EN HANS", "FATIMA"),
    ("Vragen? Bel MARIEKE.", "MARIEKE"),
    ("İBRAHİM heeft de stoelen gebracht.", "İBRAHİM"),
    ("dankjewel H.E.N.K. voor alles", "H.E.N.K."),
    ("MEVROUW BAKKER HEEFT DE SLEUTEL", "MEVROUW BAKKER"),
    ("GEBRACHT DOOR TSVETELINA PETROVA", "TSVETELINA PETROVA"),
    ("BEDANKT KEES-JAN EN GERT", "KEES-JAN"),
    ("OPA GRADUS VERTELT OVER VROEGER", "OPA GRADUS"),
    # Names that are also words, in a list, after "met", "van", "onze", before a verb.
    ("Noor, Bas en Jade hebben de tuin gedaan.", "Bas"),
    ("Met Roos en Mark naar de markt.", "Mark"),
    ("Dank aan Storm en Jade!", "Storm"),
    ("Ploeg zaterdag: Noor, Bas, Jade en Storm.", "Jade"),
    ("We gingen met Roos naar de markt.", "Roos"),
    ("De fiets van Mark is gemaakt.", "Mark"),
    ("Onze Roos heeft de prijs gewonnen!", "Roos"),
    ("Fleur en haar moeder hebben de taarten gebakken.", "Fleur"),
    ("Storm (8) heeft de mooiste tekening gemaakt.", "Storm"),
    ("Mijn Bas is jarig.", "Bas"),
    # Names at the start or end of the lines of a list.
    ("Rooster:\n- Noor: koffie\n- Bas: opruimen", "Noor"),
    ("Wie doet wat?\nKoffie - Riet\nOpruimen - Cor", "Riet"),
    ("- Gerda: koffie\n- Ruud: thee", "Ruud"),
    # Someone known by a group or a street.
    ("Mulugeta uit onze flat kookte.", "Mulugeta"),
    ("Kidus uit de klas van mijn zoon speelt ook mee.", "Kidus"),
    ("Kevin van de Populierstraat deelt flyers uit.", "Kevin"),
    # Lowercase full names, a genitive without apostrophe, a team named after its captain.
    ("jan de vries heeft de sleutel", "jan de vries"),
    ("vraag het aan mark jansen", "mark jansen"),
    ("Henks fiets staat nog in de gang.", "Henks"),
    ("Team Annemarie zorgt voor de soep.", "Annemarie"),
    # Names no list knows, after a role, thanks or "dat … er".
    ("Naweed is onze nieuwe buurman.", "Naweed"),
    ("Ons nieuwe bestuurslid: Gonçalo.", "Gonçalo"),
    ("Dankzij Ilunga hebben we nu een tuin.", "Ilunga"),
    ("Fijn dat Oluwaseun er weer bij was!", "Oluwaseun"),
    ("aanspreekpunt: Xhevdet", "Xhevdet"),
    # Under a message.
    ("Tot morgen, Mark", "Mark"),
    ("Groetjes, Roos", "Roos"),
    ("Mooi verhaal!\n— Bas", "Bas"),
    ("x Noor", "Noor"),
    ("Zaterdag: Noor en Bas", "Noor"),
    # Pet forms of a name.
    ("Wimpie en Sjaakie kwamen langs.", "Sjaakie"),
    ("Zeg maar dag tegen Tompje.", "Tompje"),
    # Honorifics and family words.
    ("Ome Cor heeft de boom gesnoeid.", "Ome Cor"),
    ("Pani Basia zorgt voor de planten", "Pani Basia"),
    ("Sis Xhevdet deed de make-up.", "Sis Xhevdet"),
    ("mijn dochter Amira zit in groep 5", "dochter Amira"),
    ("Vragen? hr.Pietersen weet het.", "hr.Pietersen"),
]

CLEAN = [
    # Figures from children's television, fairy tales and the Efteling.
    "De Efteling-bus met Holle Bolle Gijs erop was een succes.",
    "Bert en Ernie zijn er ook, verkleed.",
    "Piet Piraat en Bob de Bouwer komen naar het feest.",
    "Meneer de Uil leest voor.",
    "Alfred J. Kwak is de film van vanavond.",
    # Places, buildings and clubs named after people.
    "Sporthal Willem-Alexander is open voor badminton.",
    "Koning Willem-Alexander bezoekt de stad.",
    "De Willem Alexander sporthal heeft een nieuwe vloer.",
    "Voetbalclub SV Oosterkwartier doet mee.",
    "Korfbalvereniging Wilhelmus zoekt leden.",
    "Scouting Paulus is er ook.",
    "Kinderclub De Wiek",
    "Bij Kasbah kun je lekker eten.",
    "Baklava uit de winkel en Injera uit de pan.",
    "Djembé uit het buurthuis.",
    "Zoon en dochter van de buren hielpen.",
    "Je gaat naar huis met een nieuwe vriend.\n\nKom ook eens langs!",
    "De Vrienden van het Park zoeken leden.",
    "2 x Max en 3 x Roos in de bestelling",
    "Thema van de avond — Storm",
    "Dit jaar planten we Roos.",
    "Volgens Wikipedia is dat zo.",
    "Fijn dat Zuidwijk er weer mooi uitziet.",
    "Kledingbank Maria helpt op zaterdag.",
    "De kinderen van de Dr. Albert Schweitzerschool zingen.",
    "Fietsen naar de Van Nelle Fabriek.",
    "Het Prinsenhof is open, net als het Hof van Holland.",
    "Kasbah Catering kookt voor het feest.",
    "Het Willem Lodewijk Gymnasium doet mee.",
    "In Hendrik-Ido-Ambacht is ook zo'n portiekcafé.",
    "Verzamelen bij het standbeeld van Jan Pieterszoon Coen.",
    "Storm Ciarán raasde over het land.",
    "We kijken de film Sonny Boy in het buurthuis.",
    # Names that are also words, used as words.
    "Roos van de Buurt is een prijs voor vrijwilligers.",
    "Vrijwilliger van de Maand: de kookploeg",
    "Roos, Iris en Margriet: we planten bloemen die de bijen fijn vinden.",
    "Roos en Lelie zijn de twee zalen van het wijkcentrum.",
    "Onze kippen heten Roos en Merel.",
    "Prijzen:\n- Roos: € 2,50\n- Lelie: € 3,00",
    "Welkom bij Jade Garden, het Chinese restaurant.",
    "Met max. 10 personen.",
    "Storm en regen vanavond.",
    "Mark je agenda: 12 mei buurtfeest.",
    "Broodje kaas voor 2 euro, koffie met een praatje.",
    "ik ben de baas van de moestuin",
    "training op sportpark abe lenstra, veld 3",
    "we lezen voor uit jip en janneke",
    "boodschappen halen bij albert heijn",
    "Engels en Pools leren in de bibliotheek.",
    # Capitals that are no names.
    "ALLEEN VANDAAG: GRATIS KOFFIE",
    "OPEN DAG BIJ SV OOSTERKWARTIER",
    "IK BEN ER OOK, BEN JIJ ER OOK?",
    "DE ROOS BLOEIT IN DE TUIN",
    "SPORTHAL WILLEM-ALEXANDER IS DICHT",
    "HOLLE BOLLE GIJS STAAT IN DE EFTELING",
    "E.H.B.O. cursus in het buurthuis",
    "MEVROUW DE WETHOUDER KNIPT HET LINTJE DOOR",
    "MENEER DE DOMINEE ZEGENDE HET NIEUWE ORGEL",
    "BIJ BRAND EERST NAAR BUITEN",
    "EEN OUWE SONY TELEVISIE GRATIS AF TE HALEN",
    "ROODBORST EN MEREL ZITTEN IN DE HEG",
    "BASISSCHOOL PRINSES AMALIA ZOEKT OUDERS",
    "SPEELTUIN JAN LIGTHART IS OPEN",
    "DE BUURMAN VAN HIERNAAST HIELP",
]


@pytest.mark.parametrize(("text", "span"), FOUND)
def test_name_is_found_and_quoted(text: str, span: str) -> None:
    found = [f for f in scan_text(text, FieldKind.TEXT) if f.code == "privacy.name"]
    shown = [text[f.start : f.end] for f in found]
    assert span in shown, shown
    message = found[shown.index(span)].message
    # The message quotes the text found, or its name part: "Ome Cor" quotes 'Cor'.
    quoted = [span[i:] for i in range(len(span)) if f"'{span[i:]}'" in message]
    assert quoted and (quoted[0] == span or span[: -len(quoted[0])].rstrip(" .") != "")


@pytest.mark.parametrize("text", CLEAN)
def test_look_alike_is_no_name(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


def test_postcode_letters_are_no_name() -> None:
    found = scan_text("Stationsplein 2, 3511 ED Utrecht", FieldKind.ADDRESS)
    assert [f for f in found if f.code == "privacy.name"] == []


def test_recase_keeps_positions_and_abbreviations() -> None:
    text = "OPEN DAG: BAS DE GROOT EN DE GGD"
    recased = recase(text)
    assert len(recased) == len(text)
    assert recased == "Open dag: Bas de Groot en de GGD"
    assert recase("IRIS, ROOS EN LELIE BLOEIEN") == "Iris, roos en lelie bloeien"
    assert recase("MEVR. DE VRIES") == "Mevr. de Vries"
    assert recase("Gewone tekst zonder hoofdletters.") == "Gewone tekst zonder hoofdletters."
