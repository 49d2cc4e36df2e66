"""Round 9 of the privacy guard (issue 11), names and evasive spellings: classes, not sentences.

A mobile number written with digits and digit words mixed, in Dutch or English, glued or with
any separator ("0six-38-19-22-47", "06 38 nineteen 22 47") is read as the number it spells.
A capitalised word right after a word for an organisation, in any case and also at the end of
a compound ("Poolse stichting Razem", "voetbalclub Fatih", "VZW Nadia") is that organisation's
name, and so is a compound with a hyphen ("het Buurtzorg-team").

Every positive checks the code and the exact text the finding quotes. The negatives are the
look-alikes the same rules must leave alone.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

from .helpers import found

MOBILE = "privacy.mobile-phone"
NAME = "privacy.name"


@pytest.mark.parametrize(
    ("text", "shown", "kind"),
    [
        ("Stuur een berichtje naar 0six-38-19-22-47", "0six-38-19-22-47", FieldKind.TEXT),
        ("0six-38-19-22-47", "0six-38-19-22-47", FieldKind.CONTACT),
        ("06-3eight-19-22-47 na zessen", "06-3eight-19-22-47", FieldKind.TEXT),
        ("appen kan: 06 38 nineteen 22 47", "06 38 nineteen 22 47", FieldKind.TEXT),
        ("o six, 38 19 22 47 (alleen whatsapp)", "o six, 38 19 22 47", FieldKind.TEXT),
        ("tel: 0-six-38-19-22-47", "0-six-38-19-22-47", FieldKind.ROLE),
        ("bel nul6/38/19/22/47", "nul6/38/19/22/47", FieldKind.TEXT),
        ("nummer: 06 twaalf 34 zesenvijftig 78", "06 twaalf 34 zesenvijftig 78", FieldKind.TEXT),
        ("sms naar 06.38.negentien.22.47", "06.38.negentien.22.47", FieldKind.TEXT),
        ("+31 six 38 19 22 47", "31 six 38 19 22 47", FieldKind.TEXT),
    ],
)
def test_mixed_digits_and_words(text: str, shown: str, kind: FieldKind) -> None:
    assert any(shown in quoted for quoted in found(text, MOBILE, kind))


@pytest.mark.parametrize(
    "text",
    [
        "Van 06.00 tot acht uur, 12 34 stoelen",
        "Tafel 0, 6, 3 en acht, 1 9 2 2 4 7",
        "Uitslag: 0-6, 3-8, 1-9, twee-2, 4-7",
        "de zesde keer, 06 38 19 22",
        "Week 06: twaalf 34 56 78 deelnemers",
        "Om zes uur, 12 tafels, 34 stoelen",
        "nul zes keer gewonnen, 12-0 en 3-1",
        "Bus 6 en bus 38 stoppen bij halte 19.",
        "zes weken, 12 lessen, 34 euro",
        "Bel 0800-1205 of de huisartsenpost: 088 123 45 67, zes dagen per week",
    ],
)
def test_numbers_and_words_that_are_no_mobile(text: str) -> None:
    assert found(text, MOBILE) == []


@pytest.mark.parametrize(
    "text",
    [
        "Poolse stichting Razem geeft taalcursussen voor nieuwkomers",
        "De Marokkaanse stichting Amal kookt samen met ons.",
        "Elke week traint voetbalclub Fatih op het veld",
        "Het koor Shalom zingt op zondag in de kerk",
        "Bij VZW Nadia kun je terecht voor kleding",
        "Vraag het aan de stichting Hussam in de Dorpsstraat",
        "Muziekvereniging Kees en zangkoor Marja treden op",
        "De Eritrese stichting Selam geeft een koffieceremonie",
        "De vrouwenvereniging Birlik kookt op vrijdag.",
        "wijkverpleegkundige van het Buurtzorg-team",
        "Vraag de huismeester van het Yildiz-team.",
    ],
)
def test_organisation_names_are_no_person(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Fatima van stichting Amal kookt", "Fatima"),
        ("Stichting Amal: vraag naar Fatima", "Fatima"),
        ("Razem komt ook koken", "Razem"),
        ("Team Annemarie zorgt voor de soep.", "Annemarie"),
        ("ons koor Marja, Kees en Joop zingt", "Kees"),
        ("Vraag het aan Amal van de stichting", "Amal"),
        ("Ik zag in de kerk Maria en haar zoon", "Maria"),
    ],
)
def test_people_next_to_an_organisation(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


def test_a_mixed_number_is_reported_in_the_original_text() -> None:
    text = "Stuur een berichtje naar 0six-38-19-22-47"
    (finding,) = [f for f in scan_text(text) if f.code == MOBILE]
    assert finding.is_error
    assert "06…" in finding.message


@pytest.mark.parametrize(
    ("text", "shown", "kind"),
    [
        # initials without dots before a surname
        ("J Bakker regelt de sleutels", "J Bakker", FieldKind.TEXT),
        ("Vraag het aan J Bakker", "J Bakker", FieldKind.TEXT),
        ("contact: A de Vries", "A de Vries", FieldKind.TEXT),
        ("A de Vries", "A de Vries", FieldKind.ROLE),
        ("A de Vries", "A de Vries", FieldKind.CONTACT),
        ("P Jansen en K de Boer maken soep", "P Jansen", FieldKind.TEXT),
        ("P Jansen en K de Boer maken soep", "K de Boer", FieldKind.TEXT),
        ("J P Smit is de nieuwe huismeester", "J P Smit", FieldKind.TEXT),
        ("Bedankt M van der Heijden voor de taart!", "M van der Heijden", FieldKind.TEXT),
        ("Ingezonden door H Yilmaz", "H Yilmaz", FieldKind.TEXT),
        ("coördinator: E Pietersen", "E Pietersen", FieldKind.ROLE),
        # a surname that is no Dutch word, alone after a word that links a person
        ("De sleutel ligt bij Pietersen", "Pietersen", FieldKind.TEXT),
        ("Koffie met Pietersen en zijn vrouw", "Pietersen", FieldKind.TEXT),
        ("zonder Pietersen was het feest niet gelukt", "Pietersen", FieldKind.TEXT),
    ],
)
def test_initials_without_dots_and_lone_surnames(text: str, shown: str, kind: FieldKind) -> None:
    assert shown in found(text, NAME, kind)


@pytest.mark.parametrize(
    "text",
    [
        "In blok A Bakker en zo",
        "Plan B de Vries kon niet doorgaan",
        "De ingang van blok B is aan de achterkant",
        "Vitamine D Visser",
        "Groep A Visser speelt eerst",
        "Lijn C Koster halte",
        "Route A de Boer",
        "Ingang B Kerkstraat 12",
        "Wat zegt I Bakker",
        "De sleutel ligt bij Bakker op de hoek",
        "We gaan met de bus naar Breda",
        "Koffie bij Hoekstra Installatietechniek",
        "Een lezing over de schilder Van Gogh",
        "Ontbijtkoek van Peijnenburg met boter, dat is ons geheime recept.",
        "Met Kerstmis gaan we naar Utrecht",
    ],
)
def test_letters_labels_and_brands_are_no_initials_or_surnames(text: str) -> None:
    assert found(text, NAME) == []


RLO, PDF = "\u202e", "\u202c"


@pytest.mark.parametrize(
    ("text", "code", "shown"),
    [
        # a right-to-left override shows the text backwards: read as the reader sees it
        (f"Vraag het aan {RLO}aniR{PDF} van de koffie", NAME, f"{RLO}aniR{PDF}"),
        (f"Geef je op bij {RLO}eirteP{PDF}, die regelt het busje", NAME, f"{RLO}eirteP{PDF}"),
        (f"Telefoon van de vrijwilliger: {RLO} 90 38 27 16 60", MOBILE, f"{RLO} 90 38 27 16 60"),
        (f"Bel {RLO}87654321-60{PDF} vanavond", MOBILE, f"{RLO}87654321-60{PDF}"),
        (f"Bel {RLO}87654321-60{PDF} vanavond", "privacy.invisible", RLO),
        # separators doubled or tripled
        ("Voor opgave: 06__44__19__72__30 (whatsapp)", MOBILE, "06__44__19__72__30"),
        ("bel 06 -- 44 -- 19 -- 72 -- 30", MOBILE, "06 -- 44 -- 19 -- 72 -- 30"),
        ("06::44::19::72::30", MOBILE, "06::44::19::72::30"),
        # an e-mail address named by its provider after a comma, in a text about mail
        (
            "Mijn mailadres is mijn naam aan elkaar, dus bertvanhouten, bij hotmail.",
            "privacy.email",
            "bertvanhouten, bij hotmail",
        ),
        ("e-mail: kees1970; bij ziggo", "privacy.email", "kees1970; bij ziggo"),
        # a few words between the platform and the colon
        (
            "Insta van onze fotograaf: bram.fotografeert (privé)",
            "privacy.social",
            "bram.fotografeert",
        ),
        ("tiktok van mijn dochter: lotte_2011", "privacy.social", "lotte_2011"),
        ("snap van de jongens: kevin2009", "privacy.social", "kevin2009"),
    ],
)
def test_reversed_doubled_and_described(text: str, code: str, shown: str) -> None:
    assert shown in found(text, code)


@pytest.mark.parametrize(
    "text",
    [
        # houses of prayer and towns by the water
        "Synagoge Beth Shalom, Lindengracht 9, houdt een open huis.",
        "De Abdij van Egmond en het dorp Egmond aan Zee zijn het doel van de fietstocht.",
        "Tempel Shri Ram houdt open dag",
        "De mandir Shri Krishna doet mee aan de Nacht van de Religies",
        "Gurdwara Singh Sabha kookt langar voor iedereen",
        "Kapel Maria ter Zee is open op zondag",
        "We fietsen naar Wijk aan Zee en terug",
        "Alphen aan den Rijn heeft een mooi station",
        # a right-to-left override over a word that is nobody
        f"Het is {RLO}tsutsugua{PDF}, een fijne maand",
    ],
)
def test_places_and_reversed_words_are_no_name(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Score 0-6, 4--4, 1-9 en 7..2 3-0", MOBILE),
        ("Op 06-04 om 19.30 uur, 72 plaatsen, 30 euro", MOBILE),
        ("Zaal 0 -- 6 personen, 12 -- 34 stoelen", MOBILE),
        ("Mail ons gerust, bij gmail of outlook maakt niet uit", "privacy.email"),
        ("De mail komt binnen, bij hotmail soms in de spam", "privacy.email"),
        ("Insta van de bieb: kijk maar", "privacy.social"),
        ("Instagram van het buurthuis: buurthuisdekiem", "privacy.social"),
        ("Insta van de bieb: www.bieb.nl", "privacy.social"),
        ("TikTok van de wijk: wijkteam.noord", "privacy.social"),
    ],
)
def test_look_alikes_of_reversed_doubled_and_described(text: str, code: str) -> None:
    assert found(text, code) == []


@pytest.mark.parametrize(
    ("text", "shown", "kind"),
    [
        # a surname with an elided prefix, alone, at a sentence start, after an honorific
        ("N'Diaye speelt voetbal met de kinderen", "N'Diaye", FieldKind.TEXT),
        ("mevrouw N'Diaye komt ook", "N'Diaye", FieldKind.TEXT),
        ("Bel N'Diaye even", "N'Diaye", FieldKind.TEXT),
        ("O'Brien komt ook", "O'Brien", FieldKind.TEXT),
        ("Vraag het aan D'Souza", "D'Souza", FieldKind.TEXT),
        ("D'Souza kookt op vrijdag", "D'Souza", FieldKind.TEXT),
        ("Aïcha N'Diaye komt ook", "Aïcha N'Diaye", FieldKind.TEXT),
        ("M'Bala", "M'Bala", FieldKind.ROLE),
        # common given names of the Eritrean, Somali, Afghan and Syrian communities
        ("Rahwa is de drijvende kracht achter het naaiatelier.", "Rahwa", FieldKind.TEXT),
        ("Segen en Feven koken op zaterdag", "Segen", FieldKind.TEXT),
        ("Henok helpt met de fietsen", "Henok", FieldKind.TEXT),
        ("Vraag het aan Xaawo", "Xaawo", FieldKind.TEXT),
        ("Naweed is onze nieuwe buurman.", "Naweed", FieldKind.TEXT),
    ],
)
def test_elided_and_community_names(text: str, shown: str, kind: FieldKind) -> None:
    assert shown in found(text, NAME, kind)


@pytest.mark.parametrize(
    "text",
    [
        "L'Oréal shampoo is in de aanbieding",
        "Het boek van D'Artagnan",
        "O'Neill's pub is dicht",
        "Ik kijk naar L'Chaim",
    ],
)
def test_elided_words_that_are_no_person(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    "text",
    [
        "Telefoonnummer gastvrouw: 050 312 88 46",
        "050 312 88 46 (gastvrouw)",
        "Vrijwilliger: 050 312 88 46",
        "Telefoonnummer van de vrijwilliger: 050 312 88 46",
    ],
)
def test_a_persons_fixed_number_in_a_contact_field(text: str) -> None:
    assert found(text, "privacy.phone", FieldKind.CONTACT) == ["050 312 88 46"]


@pytest.mark.parametrize(
    "text",
    [
        "050 312 88 46",
        "Balie: 050 312 88 46",
        "Vrijwilligerscentrale: 050 312 88 46",
        "Vrijwilligerswerk: 050 312 88 46",
        "Voor vrijwilligers: 050 312 88 46",
        "Bewonerscommissie: 050 312 88 46",
    ],
)
def test_an_organisations_fixed_number_in_a_contact_field(text: str) -> None:
    assert found(text, "privacy.phone", FieldKind.CONTACT) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a name of two or more words spelled out is quoted whole
        ("W-I-L-L-E-M  V-O-S", "W-I-L-L-E-M  V-O-S"),
        ("Bel W-I-L-L-E-M  V-O-S even", "W-I-L-L-E-M  V-O-S"),
        ("S-A-N-N-E  D-E  V-R-I-E-S helpt", "S-A-N-N-E  D-E  V-R-I-E-S"),
        ("Vraag S A N N E  D E  V R I E S", "S A N N E  D E  V R I E S"),
        ("J-A-N  B-A-K-K-E-R", "J-A-N  B-A-K-K-E-R"),
        ("w-i-l-l-e-m v-o-s", "w-i-l-l-e-m v-o-s"),
    ],
)
def test_a_spelled_name_is_quoted_whole(text: str, shown: str) -> None:
    findings = [f for f in scan_text(text) if f.code == NAME]
    assert [text[f.start : f.end] for f in findings] == [shown]
    assert f"'{shown}'" in findings[0].message


def test_two_spelled_names_stay_two() -> None:
    assert found("S-A-N-N-E en J-A-N", NAME) == ["S-A-N-N-E", "J-A-N"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a first name in a hashtag written in CamelCase
        ("#TeamMarieke", "Marieke"),
        ("Wat een feest! #bedanktAhmed #buurtfeest", "Ahmed"),
        ("#DankjewelRia", "Ria"),
        ("#WeMissenJoop", "Joop"),
        # a sign-off written short
        ("mvg, Peter", "Peter"),
        ("Tot dan! mvg, Peter", "Peter"),
        ("grtz Bas", "Bas"),
    ],
)
def test_hashtags_and_short_sign_offs(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    "text",
    [
        "#BuurtfeestNoord #KiemBloeit",
        "#TeamRoos",
        "#SamenSterk #ZomerInDeWijk",
        "#RepairCafe",
        "Kleur #FF0000 in de folder",
        "Het gr. Mark is een munt",
    ],
)
def test_hashtags_and_abbreviations_without_a_person(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a double surname after an honorific, also with a particle after the hyphen
        ("Mw. van der Heijden-Bakker geeft de breiles.", "Mw. van der Heijden-Bakker"),
        ("Mw. Heijden-Bakker geeft de breiles", "Mw. Heijden-Bakker"),
        ("mevrouw Van den Berg-de Vries komt ook", "mevrouw Van den Berg-de Vries"),
        ("mevrouw Jansen-van der Berg komt", "mevrouw Jansen-van der Berg"),
        ("Mw. de Groot-de Vries is jarig", "Mw. de Groot-de Vries"),
    ],
)
def test_double_surnames_after_an_honorific(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    "text",
    [
        "We lopen langs de Sint-Annastraat en de Willem-Alexanderhof",
        "Wmo-loket van de gemeente: bel 14 0411 of mail wmo@gemeente-voorbeeldstad.nl",
        "Vragen over afval? afval@voorbeeldstad.nl",
    ],
)
def test_streets_and_service_addresses_stay(text: str) -> None:
    assert scan_text(text) == []


@pytest.mark.parametrize(
    "text",
    ["wmo.jansen@hotmail.com", "mail gerust naar gemeente.henk@gmail.com"],
)
def test_a_service_word_does_not_hide_a_person(text: str) -> None:
    assert found(text, "privacy.email") != []


@pytest.mark.parametrize(
    "text",
    [
        "ContourdeTwern, MEE en Farent hebben spreekuren in het wijkcentrum.",
        "Vluchtelingenwerk en Farent helpen met formulieren",
        "Wijkracht en Rijnstad organiseren de buurtlunch",
        "Bij Kwintes en Lister kun je terecht voor begeleiding",
    ],
)
def test_welfare_organisations_are_no_person(text: str) -> None:
    assert found(text, NAME) == []


def test_a_person_next_to_a_welfare_organisation() -> None:
    assert found("Farent en Kees hebben spreekuren", NAME) == ["Kees"]


@pytest.mark.parametrize(
    ("text", "code", "shown"),
    [
        ("nummerbord: 12 - ABC - 3", "privacy.licence-plate", "12 - ABC - 3"),
        ("de auto GR - 27 - VX staat voor de deur", "privacy.licence-plate", "GR - 27 - VX"),
        ("maak over naar NL91 ABNA 0417 1643 00 tnv J. Jansen", NAME, "J. Jansen"),
        ("Bedankt J. Jansen en A.B. Yilmaz!", NAME, "J. Jansen"),
    ],
)
def test_plates_with_spaced_dashes_and_initials_quoted_whole(
    text: str, code: str, shown: str
) -> None:
    assert shown in found(text, code)


@pytest.mark.parametrize(
    "text",
    [
        "Parkeren: de score was 12 - 0 en 3 - 1",
        "Het buurthuis is open van 13 - 17 uur, parkeren achter",
        "Bus 12 - 14 rijdt niet op zondag",
    ],
)
def test_spaced_dashes_that_are_no_plate(text: str) -> None:
    assert found(text, "privacy.licence-plate") == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a parent named after a child (kunya)
        ("Oum Ilias en Abu Bakr komen ook", "Oum Ilias"),
        ("Oum Ilias en Abu Bakr komen ook", "Abu Bakr"),
        ("Umm Yusuf kookt voor iedereen", "Umm Yusuf"),
        ("vraag het aan abu yusuf", "abu yusuf"),
    ],
)
def test_a_parent_named_after_a_child(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize("text", ["We vliegen via Abu Dhabi naar huis", "De film Abu Ghraib"])
def test_places_with_abu(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # someone known by a street named after a bird or flower that is also a first name
        ("Tante Gerda van de Merelstraat heeft een nieuwe heup.", "Tante Gerda"),
        ("Gerda van de Merelstraat heeft een hond", "Gerda"),
        ("Kevin van de Lijsterlaan komt", "Kevin"),
        ("Marie van de Irisstraat bakt taart", "Marie"),
    ],
)
def test_a_person_known_by_a_street_named_after_a_thing(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    "text",
    [
        "We lopen naar de Willem van de Veldestraat",
        "De Jan van der Heijdenstraat is dicht",
        "Bij de Anna van Burenstraat is een bushalte",
    ],
)
def test_streets_named_after_a_person(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Sinds zijn ongeluk is Dirk van de Boezemstraat half verlamd.", "Dirk"),
        ("Roos uit de Merellaan bakt taart", "Roos"),
        ("Mark van de Populierstraat", "Mark"),
    ],
)
def test_a_name_that_is_a_word_known_by_a_street(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


def test_a_street_named_after_someone_with_a_name_that_is_a_word() -> None:
    assert found("We lopen naar de Dirk van de Boezemstraat", NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("De voorzitter van vereniging Sahara, Hussam, heet je welkom", "Hussam"),
        ("De kok uit Aleppo, Rami, kookt vandaag", "Rami"),
    ],
)
def test_a_first_name_in_apposition_after_a_place_or_club(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    "text",
    [
        "We komen uit Aleppo, Asmara en Tilburg",
        "Uit Syrië, Aleppo, kwam hij hier",
        "Ze komen uit Paramaribo, Aleppo, Asmara en Tilburg",
    ],
)
def test_lists_of_places(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Bel 06 [12] [34] [56] [78]", "06 [12] [34] [56] [78"),
        ("Bel 06 (12) (34) (56) (78)", "06 (12) (34) (56) (78"),
        ("bel {06} {12} {34} {56} {78}", "06} {12} {34} {56} {78"),
    ],
)
def test_digit_groups_in_brackets(text: str, shown: str) -> None:
    assert found(text, MOBILE) == [shown]


@pytest.mark.parametrize(
    "text",
    [
        "Zaal 0 (6 personen), 12 (34) stoelen",
        "Voor 0-6 jaar (12 plekken) en 34 (56) 78",
        "Op 06-06 om 12 (u) 34",
    ],
)
def test_brackets_between_numbers_that_are_no_mobile(text: str) -> None:
    assert found(text, MOBILE) == []


def test_oh_for_zero_in_english() -> None:
    text = "oh six twelve thirty four fifty six seventy eight"
    assert found(text, MOBILE) == [text]
    assert found("Oh, six people came, twelve kids and thirty four adults", MOBILE) == []


@pytest.mark.parametrize(
    "text",
    [
        "Willem en Alexander zijn de namen van de twee nieuwe bomen.",
        "Jan Vos, Jan de Wit en Jan Smit zijn de namen van de nieuwe zalen.",
        "Fatima en Yusuf worden de namen van de nieuwe lokalen",
    ],
)
def test_names_that_are_the_names_of_things(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Ahmed en Fatima noemen hun kat Minoes", "Ahmed"),
        ("Onze buurman Kees en Ria zijn de namen van de zalen vergeten", "Ria"),
        ("Kees en Ria hebben bedacht: Roos en Lelie zijn de namen van de zalen", "Kees"),
    ],
)
def test_people_who_name_things(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # an account and its mail provider a few words apart
        ("kees punt jansen op gmail", "kees punt jansen op gmail"),
        ("mijn adres: kees.jansen, gmail", "kees.jansen, gmail"),
        ("stuur naar keesjansen en dan gmail erachter", "keesjansen en dan gmail"),
        ("mail naar keesjansen met gmail.com erachter", "keesjansen met gmail.com"),
        ("mail me op keesjansen, het is een gmail adres", "keesjansen, het is een gmail"),
        ("hotmail-adres: kees.jansen", "kees.jansen"),
        ("e-mail: k_jansen70, ziggo", "k_jansen70, ziggo"),
    ],
)
def test_an_account_near_its_provider(text: str, shown: str) -> None:
    assert shown in found(text, "privacy.email")


@pytest.mark.parametrize(
    "text",
    [
        "Gebruik je Outlook of Gmail? Dan kun je de agenda delen.",
        "Het wachtwoord van je Ziggo-account vind je op de bon",
        "Wij hebben geen gmail nodig, bel gewoon",
        "Op de computer in de bieb kun je Gmail en Hotmail openen",
        "Mail de gemeente, niet via gmail maar via het formulier",
        "KPN en Ziggo leggen glasvezel aan in de Vogelbuurt",
        "Hulp bij je mail: Gmail, Outlook of Hotmail, Wojtek helpt je",
    ],
)
def test_providers_named_without_an_account(text: str) -> None:
    assert found(text, "privacy.email") == []


@pytest.mark.parametrize("text", ["kees•jansen•@•gmail•com", "mail: anouk·bakker·@·hotmail·nl"])
def test_bullets_around_the_at(text: str) -> None:
    assert found(text, "privacy.email") == [text.removeprefix("mail: ")]


def test_bullets_in_a_menu_are_no_address() -> None:
    assert found("Koffie • thee • @ • de bar", "privacy.email") == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("zoek anoukbakt op insta", "anoukbakt"),
        ("snapchat 👻 anouk2009", "anouk2009"),
        ("ig — anouk.bakt", "anouk.bakt"),
        ("insta van mijn dochter is lotte.2011", "lotte.2011"),
    ],
)
def test_handles_after_a_symbol_or_before_the_platform(text: str, shown: str) -> None:
    assert found(text, "privacy.social") == [shown]


@pytest.mark.parametrize(
    "text",
    [
        "kijk even op insta",
        "we delen plaatjes op instagram",
        "grappige dansjes op tiktok",
        "de buurtfoto's komen op facebook",
        "nieuwtjes delen we via insta",
        "aanmelden gaat via facebook",
        "kinderboekenweek op tiktok",
        "Insta van de bieb is leuk",
    ],
)
def test_words_before_a_platform_are_no_handle(text: str) -> None:
    assert found(text, "privacy.social") == []


@pytest.mark.parametrize(
    ("text", "shown", "kind"),
    [
        # a surname first, then the initials, as in a register
        ("Contact: Jansen, P.", "Jansen, P.", FieldKind.TEXT),
        ("Bakker, J.", "Bakker, J.", FieldKind.ROLE),
        ("Pietersen, K. (penningmeester)", "Pietersen, K.", FieldKind.CONTACT),
        ("Opgeven bij Yilmaz, A.B. of bij de balie", "Yilmaz, A.B.", FieldKind.TEXT),
    ],
)
def test_surname_then_initials(text: str, shown: str, kind: FieldKind) -> None:
    assert shown in found(text, NAME, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Koffie, T. en koekjes",
        "Zie hoofdstuk Bakker, p. 4",
        "Welkom, U. bent van harte welkom",
        "Amsterdam, N.H.",
        "Groet, J.",
    ],
)
def test_a_word_and_a_letter_are_no_register_name(text: str) -> None:
    assert found(text, NAME) == []


def test_a_local_part_with_spaced_dots_is_quoted_whole() -> None:
    text = "je kan me mailen: fleur . de . graaf @ outlook . com"
    assert found(text, "privacy.email") == ["fleur . de . graaf @ outlook . com"]
    assert found("Koffie . thee . limonade @ de bar", "privacy.email") == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a first name after a verb, a role or an introduction keeps its surname in the quote
        ("Buurtconciërge Robbie de Groot is er op maandag", "Robbie de Groot"),
        ("Dankjewel Wilma Kuipers!", "Wilma Kuipers"),
        ("Ons nieuwe bestuurslid: Marjolein Heijboer-Sluiter", "Marjolein Heijboer-Sluiter"),
        ("Aan het woord: Mehmet Ali Öztürk", "Mehmet Ali Öztürk"),
        ("dank aan P.E.T.R.A. de Groot", "P.E.T.R.A. de Groot"),
    ],
)
def test_a_full_name_is_quoted_whole(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


def test_a_first_name_before_an_organisation_is_quoted_alone() -> None:
    assert found("Met dank aan Irene van de Voedselbank.", NAME) == ["Irene"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a name that is also a word under a message
        ("Tot zaterdag! ~ Roos", "Roos"),
        ("Namens de kookclub, Mark", "Mark"),
        ("xoxo Bas", "Bas"),
        ("Kusjes Roos", "Roos"),
        ("Dikke knuffel, Roos", "Roos"),
    ],
)
def test_a_name_that_is_a_word_under_a_message(text: str, shown: str) -> None:
    assert found(text, NAME) == [shown]


@pytest.mark.parametrize("text", ["Bloemen: tulp ~ Roos ~ lelie", "Namens de kookclub: bedankt!"])
def test_no_name_under_a_message(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a surname after a formal honorific and particles, in lowercase or capitals
        ("mw. ter horst schenkt koffie", "mw. ter horst"),
        ("MW. TER HORST SCHENKT KOFFIE", "MW. TER HORST"),
        ("dhr. de boer helpt", "dhr. de boer"),
    ],
)
def test_an_honorific_particles_and_a_surname_in_one_case(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    "text",
    [
        "meneer de pastoor zegent",
        "mevrouw de burgemeester opent",
        "mevrouw de huisarts",
        "meneer van de snackbar",
        "mevrouw van de fietsenwinkel",
        "meneer van de kapsalon is aardig",
    ],
)
def test_an_honorific_and_a_role_or_shop_in_one_case(text: str) -> None:
    assert found(text, NAME) == []
