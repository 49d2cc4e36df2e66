"""Round 5b of issue 11: proper names that are no private person, and names that are words.

The negatives are things with a proper name, written by category and not copied from a corpus
sentence: charities, clubs and matches, brands, shops, fruit and potato varieties, children's
books, films and TV, performers at a show. The positives are people who share a name with one
of those things ("Irene", "Dorcas", "Santana") or whose first name is an ordinary word ("Wil
Smit"); each must still be found, with the exact text quoted.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text
from welkom.check.privacy.names import _things

FOUND = [
    # A first name that is also a word, before a surname of the list: a full name.
    ("Het klaverjassen is verplaatst, laat Wil Smit weten.", "Wil Smit"),
    ("Laat Wil Smit even weten of je komt.", "Wil Smit"),
    ("De sleutel ligt bij Wil Jansen op de galerij.", "Wil Jansen"),
    ("Roos Smit kookt vanavond.", "Roos Smit"),
    ("laat Bas Smit weten als je mee wilt", "Bas Smit"),
    ("HET KLAVERJASSEN IS VERPLAATST, LAAT WIL SMIT WETEN.", "WIL SMIT"),
    ("het klaverjassen is verplaatst, laat wil smit weten.", "wil smit"),
    ("Ad van Dijk heeft de tafels gebracht.", "Ad van Dijk"),
    ("Zeg maar tegen Ad dat de kast klaar is.", "Ad"),
    # "laat X weten": a person between "laat" and "weten", also a name that is a word.
    ("Laat Wil weten of je komt.", "Wil"),
    ("Laat Roos even weten of je mee-eet.", "Roos"),
    ("Laat Henk weten dat de kraan lekt.", "Henk"),
    # A person known by a place: not the name of that place.
    ("Vraag het aan Henk Visser van de moestuin.", "Henk Visser"),
    ("Fatima El Amrani van de voedselbank helpt je.", "Fatima El Amrani"),
    # People who share a name with a thing of the list, where something makes them a person.
    ("Irene bakt elke week een cake.", "Irene"),
    ("Dorcas kookt vanavond voor de hele groep.", "Dorcas"),
    ("Met dank aan Santana voor de muziek.", "Santana"),
    ("Victoria heeft de appels geplukt bij de kraam.", "Victoria"),
    ("Dank aan Nicola en Irene, die de soep kookten.", "Nicola"),
    ("Met dank aan Irene van de Voedselbank.", "Irene"),
    ("Irene (buurvrouw) verkoopt appels bij de kraam.", "Irene"),
    ("Charlotte van de overkant helpt met de kleding.", "Charlotte"),
    ("Bel Dirk als je vragen hebt over de zegels.", "Dirk"),
    ("Anouk heeft de kinderen opgevangen.", "Anouk"),
    ("Bedankt Mona voor de soep!", "Mona"),
    ("Jan Smit (buurman) zingt op het feest.", "Jan Smit"),
    # People next to a thing of the list.
    ("Willem kijkt naar Ajax tegen PSV.", "Willem"),
    ("Fatima heeft gratis Rivella meegenomen.", "Fatima"),
    ("Samen met Ahmed kijken we Ciske de Rat.", "Ahmed"),
    ("Mohammed van de Jumbo helpt met de tassen.", "Mohammed"),
    ("Tineke Bakker collecteert voor KWF.", "Tineke Bakker"),
    ("De kinderen van Samira keken Nijntje.", "Samira"),
    ("Gratis koffie van Henk en Marja.", "Henk"),
    ("Roos kookt vanavond soep.", "Roos"),
    ("Wil helpt je graag met de formulieren.", "Wil"),
    ("Roos brengt je naar huis.", "Roos"),
    # A name no list knows: after a verb of missing or thanking, after "gemaakt door", as the
    # subject after a verb ("Morgen neemt Chidi …").
    ("We missen Babajide op de dinsdagavond.", "Babajide"),
    ("Iedereen mist Haile sinds hij weg is.", "Haile"),
    ("De foto's zijn gemaakt door Wiktoria.", "Wiktoria"),
    ("De taart is gebakken door Ifeoma en Ewa.", "Ifeoma"),
    ("Morgen neemt Chidi de sleutel mee.", "Chidi"),
    ("Bij de kraam van Irene kun je appels kopen.", "Irene"),
    ("Appels halen bij Victoria op de markt.", "Victoria"),
    # A name that is also a word, after "dankzij", "volgens", "zonder", "dat … er", before "en ik".
    ("Dankzij Mark is de schuur weer netjes.", "Mark"),
    ("Zonder Fleur was het niet gelukt.", "Fleur"),
    ("Volgens Sem komt het goed.", "Sem"),
    ("Fijn dat Roos er weer was.", "Roos"),
    ("Roos en ik hebben de koffie gezet.", "Roos"),
    ("Hussam en Ghalia kwamen uit Aleppo.", "Ghalia"),
    ("Ana Cruz kookt vanavond.", "Ana Cruz"),
    ("Piet van nummer 3 helpt met de schoenen van Sinterklaas.", "Piet"),
    ("Dank aan Piet voor de pepernoten!", "Piet"),
    # A person next to an animal.
    ("De kat Minoes en Henk wonen samen.", "Henk"),
    ("De hond van Henk is weggelopen.", "Henk"),
    ("Met de hond wandelt Ingrid elke dag.", "Ingrid"),
    ("De vogels voert Ria, elke ochtend.", "Ria"),
    # A person in a list with a charity or a brand.
    ("Cordaid en Wojtek hebben de kleding gesorteerd.", "Wojtek"),
    ("Dank aan Wojtek en Cordaid voor de hulp.", "Wojtek"),
    ("Rivella en Wojtek kookten samen.", "Wojtek"),
    ("Liedjes van Guus Meeuwis? Nee, Jan Smit (buurman) zingt.", "Jan Smit"),
    # A text without a single capital is read as if it were in capitals.
    ("zeynep yıldız geeft de kookles, opgeven bij de balie", "zeynep yıldız"),
    ("mw. de groot-brouwer regelt de inschrijving", "mw. de groot-brouwer"),
    ("gastvrouw truus, maandagochtend bij de koffie", "truus"),
    ("wie kent stanislav nog? hij hing de lampjes op", "stanislav"),
    ("oksana kovalenko geeft op zaterdag les aan kinderen", "oksana kovalenko"),
    ("tnx mo & lisa vr de hulp gister", "lisa"),
    ("fatima", "fatima"),
    ("Laurens kookt vanavond.", "Laurens"),
    ("Aafje (8) heeft een tekening gemaakt.", "Aafje"),
    ("Annie heeft een gedicht geschreven voor het buurtfeest.", "Annie"),
    (
        "Dank aan Vincent van de overkant voor de schilderijen.",
        "Vincent",
    ),  # a value that is only a first name
]

CLEAN = [
    # Films, books and TV: after "we kijken", "filmavond:", "voorlezen", or a title of the list.
    "Filmmiddag voor kinderen: Kruimeltje, met limonade en chips.",
    "Vrijdag kijken we Pietje Bell in het buurthuis.",
    "We kijken deze keer Dik Trom, neem een kussen mee.",
    "In de bieb lezen we voor uit Dikkie Dik en Nijntje.",
    "Voorleesochtend met Bolke de Beer en Paulus de boskabouter.",
    "Op het scherm: Sjakie en de chocoladefabriek.",
    "Zaterdag filmavond met Minoes en popcorn.",
    "De kinderen keken Alfred J. Kwak.",
    "We kijken Heel Holland Bakt en bakken zelf ook.",
    "Dit jaar de musical Annie in de schouwburg.",
    "FILMAVOND: WE KIJKEN KEETJE TIPPEL",
    # Clubs and matches.
    "Samen kijken: Feyenoord - PSV, zondag 14.30.",
    "Zondag Ajax tegen AZ op het grote scherm in de kantine.",
    "PEC Zwolle speelt tegen Go Ahead Eagles, kom kijken!",
    "Fortuna Sittard tegen Heracles Almelo, kijken in het clubhuis.",
    "De boot heet Willem II.",
    "samen kijken naar willem ii tegen nec",
    "Oranje tegen Marokko: we kijken samen!",
    # Fruit, potatoes and flowers at a stall.
    "Bij de kraam: Conference, Doyenné en Gieser Wildeman, 1 euro per kilo.",
    "Nieuwe oogst: Elstar en Goudreinet, proeven mag.",
    "Aardappelen: Bintje, Irene en Nicola, per zak van 5 kilo.",
    "Pink Lady en Kanzi zijn op, morgen weer Jonagold.",
    "Tulpen: Queen of the Night en Apeldoorn in de bakken.",
    "BIJ DE KRAAM: ELSTAR, BOSKOOP EN SANTANA",
    # Brands and shops.
    "Er zijn gratis Chocomel en Fristi voor de kinderen.",
    "Gratis Fernandes en roti na afloop.",
    "De koffie is van Douwe Egberts en de koekjes van Verkade.",
    "Bonnen van de Action en de Kruidvat als prijs.",
    "Je kunt een Tony's reep winnen.",
    "Dirk van den Broek en Aldi hebben zegels.",
    "koffie van douwe egberts en thee van pickwick",
    # Charities.
    "De Voedselbank en het Leger des Heils delen pakketten uit.",
    "Kerk in Actie en Stichting Present helpen bij het klussen.",
    "Humanitas en VluchtelingenWerk hebben spreekuur op dinsdag.",
    "Kleding inzamelen voor Dorcas, zakken bij de ingang.",
    "Cordaid en Dorcas halen de zakken op.",
    # A word no list knows, in a list with a thing of the list.
    "Gratis Pepsi Max en Lays voor de vrijwilligers.",
    "Bij de kraam liggen Elstar en Rubinola.",
    "Bij de kraam liggen Santana, Elise en Rode Boskoop.",
    # Performers at a show: public figures, no private persons.
    "Meezingavond met liedjes van Frans Bauer en Willeke Alberti.",
    "Tribute aan Marco Borsato in het buurthuis.",
    "Er is een concert met muziek van Mozart en Bach.",
    "We lezen een gedicht van Annie M.G. Schmidt.",
    "Bekijk de schilderijen van Vincent van Gogh in het museum.",
    # Housing corporations, care and welfare organisations.
    "Incluzio helpt met formulieren en schulden.",
    "Mitros doet de schoonmaak van de portieken.",
    "Cello en Philadelphia bieden dagbesteding.",
    # Places abroad: a list with a known place, a saint's name.
    "Wij komen uit Kigali, Asmara en Mogadishu.",
    "Zij komt uit Santa Cruz op Curaçao.",
    # Feast figures and a youth charity.
    "Sinterklaas en Piet komen op bezoek.",
    "De Sint en Piet delen pepernoten uit.",
    "Meedoen met Jantje Beton? Geef je op.",
    # Animals, boats and robots with a name.
    "Onze kat Minoes is weggelopen, wie heeft haar gezien?",
    "Het konijn Snuffie woont nu op de kinderboerderij.",
    "Poes Mimi zoekt een nieuw huis.",
    "De kippen Truus en Greet leggen elke dag een ei.",
    "Onze pony heet Bella en is 20 jaar.",
    "De hond van de buren heet Max.",
    "De boot Johanna vaart om 10 uur.",
    # The royal family with a title.
    "Koning Willem-Alexander en koningin Máxima bezoeken de stad.",
    "Prinses Amalia opent de nieuwe school.",
    # A name that is a word, at the start of a sentence, before a verb with its subject.
    "Wie komt er uit Paramaribo? Dan koken we samen roti.",
    "Klaar? Dan helpen jullie met opruimen.",
    "Wil je meedoen? Laat het weten.",
    "WIL JE MEEDOEN? LAAT HET WETEN.",
    "Laat het de buurtcoach weten.",
    # The same in lowercase: places, things and words stay what they are.
    "speeltuin op het anne frankplein is weer open",
    "we sporten in de willem alexander sporthal",
    "de kerk aan de jan van galenstraat is open",
    "mark je agenda: 12 mei buurtfeest",
    "wil je ook komen? laat het even weten",
    "we kijken ciske de rat in het buurthuis",
    "bij de kraam: elstar, jonagold en santana",
    "willem ii tegen ajax op het grote scherm",
    "met dank aan de voedselbank en het leger des heils",
    "de sint komt op 23 november met zijn pieten",
    "zuster van de wijkverpleging komt langs",
    "huismeester",
    "Ze neemt baklava mee.",
    "Hij kookt pasta en rijst.",
    "Dankzij subsidie is er een nieuwe bank.",
    "Wist je dat Iris een bloem is?",
    "Volgens Max. 10 personen.",
    "Rozen en ik: een liefde.",
    "We missen Zonnehoek, het oude buurthuis.",
    "Het feest is georganiseerd door Buurtwerk.",
    "De buurvrouw komt ook, ze neemt Baklava mee.",
    "Morgen opent Kruidvat een nieuwe winkel.",
    "Ad hoc overleg met de buren.",
    "Lees het AD van vandaag.",
    "elke derde zaterdag van de maand",
]


@pytest.mark.parametrize(("text", "span"), FOUND)
def test_person_is_found_and_quoted(text: str, span: str) -> None:
    found = [f for f in scan_text(text, FieldKind.TEXT) if f.code == "privacy.name"]
    shown = [text[f.start : f.end] for f in found]
    assert span in shown, shown
    assert f"'{span}'" in found[shown.index(span)].message


@pytest.mark.parametrize("text", CLEAN)
def test_thing_with_a_proper_name_is_no_person(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


def test_list_parses_every_kind_with_cue_words() -> None:
    things = _things()
    kinds = set(things.names.values())
    assert {"goede-doelen", "sportclubs", "merken", "winkels", "rassen"} <= kinds
    assert all(things.cues[kind] for kind in kinds)
    assert things.names["willem ii"] == "sportclubs"
    # A name that may be a person needs context; a name that cannot be one is a word.
    assert "irene" in things.weak and "dorcas" in things.weak
    assert "cordaid" in things.plain and "jonagold" in things.plain
    assert "frans bauer" in things.weak  # performers: only at a show


@pytest.mark.parametrize(
    ("text", "span"), [("Wil", "Wil"), ("Mark of Roos", "Mark"), ("vraag naar Bas", "Bas")]
)
def test_name_that_is_a_word_in_a_contact_field(text: str, span: str) -> None:
    found = [f for f in scan_text(text, FieldKind.CONTACT) if f.code == "privacy.name"]
    assert span in [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "Jumbo",
        "Bel de balie",
        "Buurthuis De Roos",
        "Voedselbank Voorbeeldstad",
        "INFO.KIEM@WELZIJN.NL",
    ],
)
def test_contact_field_without_a_person(text: str) -> None:
    assert scan_text(text, FieldKind.CONTACT) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("LAAT WIL WETEN OF JE KOMT.", "WIL"),
        ("DANKZIJ MARK IS DE SCHUUR WEER NETJES.", "MARK"),
        ("WE MISSEN BABAJIDE OP DE DINSDAGAVOND.", "BABAJIDE"),
        ("VOLGENS SEM KOMT HET GOED.", "SEM"),
    ],
)
def test_context_holds_in_capitals(text: str, span: str) -> None:
    found = [f for f in scan_text(text, FieldKind.TEXT) if f.code == "privacy.name"]
    assert span in [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    "text", ["de kippen truus en greet leggen elke dag een ei", "DE KAT MINOES IS WEGGELOPEN"]
)
def test_named_animals_in_one_case(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []
