"""Round 10 of the privacy guard (issue 11), names and evasive spellings: classes, not sentences.

Each class has variants a different writer would produce (other words, word order, field kinds)
and look-alikes without personal data that the same rule must leave alone:

- a double surname after an honorific whose second half is also a word ("Mw. van der
  Linden-Bos");
- a name after "heet", "heette", "genaamd", also a name that is a word ("Frank") or one no
  list knows ("Dørte"), not the name of an animal or a thing;
- "ouwe" before a first name; words for a key person ("sleutelfiguur", "aanspreekpunt");
- a name after an opening conjunction in a rol field ("Wanneer Annemiek er is");
- a handle glued from a first name, a particle and a surname ("@wimvdmolen_1958");
- a 06 number in two-digit number words with "ë" for "en" ("tweeëzeventig"), and digits with
  the 0 said after them ("zet er wel nul voor");
- a plate without dashes in capitals in a text about a car or a car brand ("BMW J73ZBK");
- look-alikes: places and foundations named after a famous person with initials, brands named
  "Van …", dialect "mien" (mijn), Frisian "It" and streets, congregations and their address, a
  role at a named place ("de dominee van de Ark").
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

from .helpers import found

NAME = "privacy.name"
MOBILE = "privacy.mobile-phone"
SOCIAL = "privacy.social"
PLATE = "privacy.licence-plate"
TEXT, ROLE, CONTACT, ADDRESS = FieldKind.TEXT, FieldKind.ROLE, FieldKind.CONTACT, FieldKind.ADDRESS


# --- double surnames after an honorific -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown", "kind"),
    [
        ("Mw. van der Linden-Bos opent de markt om 10 uur.", "Mw. van der Linden-Bos", TEXT),
        ("Mw. de Vries-Bos opent de markt.", "Mw. de Vries-Bos", TEXT),
        ("Mevrouw van der Linden-Bos", "Mevrouw van der Linden-Bos", ROLE),
        ("Dhr. van Dam-Berg leest voor", "Dhr. van Dam-Berg", TEXT),
        ("meneer Jansen-Molen helpt mee", "meneer Jansen-Molen", TEXT),
        ("Hr. Smit-Brug zit in het bestuur", "Hr. Smit-Brug", TEXT),
        ("contact: mevr. Bakker-Wal", "mevr. Bakker-Wal", CONTACT),
        ("Vraag het aan mevrouw Visser-Hoek.", "mevrouw Visser-Hoek", TEXT),
        ("Dhr. de Groot-Veen geeft de cursus", "Dhr. de Groot-Veen", TEXT),
        ("Mw Mulder-Boom regelt de koffie", "Mw Mulder-Boom", TEXT),
    ],
)
def test_double_surname_with_a_word_half(text: str, shown: str, kind: FieldKind) -> None:
    assert shown in found(text, NAME, kind)


@pytest.mark.parametrize(
    "text",
    [
        "We lopen van het Amsterdamse-Bos naar huis",
        "Het Vondel-Park is mooi in de lente",
        "De markt op het Berg-plein begint om 10 uur",
        "Fietsen langs de Zuider-Brug is verboden",
        "Ingang aan de Molen-kant van het gebouw",
    ],
)
def test_hyphened_places_stay(text: str) -> None:
    assert found(text, NAME) == []


# --- names after "heet", "genaamd", "ouwe", key-person words -----------------------------------


@pytest.mark.parametrize(
    ("text", "shown", "kind"),
    [
        ("Hij heet D&#248;rte, die Deense buurman met de bakfiets", "D&#248;rte", TEXT),
        ("Hij heet Dørte, die Deense buurman met de bakfiets", "Dørte", TEXT),
        ("de man achter de Jumbo heet Frank, hij slaapt in zijn auto", "Frank", TEXT),
        ("Hij heet Frank en woont hier al lang", "Frank", TEXT),
        ("een buurman genaamd Dirk", "Dirk", TEXT),
        ("de jongen heet Max, hij is tien", "Max", TEXT),
        ("Die aardige mevrouw heette Roos.", "Roos", TEXT),
        ("de nieuwe buurvrouw in de flat heet Roos", "Roos", TEXT),
        ("de man in de tuin heet Frank", "Frank", TEXT),
        ("mijn nieuwe taalmaatje heet Jørgen", "Jørgen", ROLE),
        ("De buurvrouw heet Åse en komt uit Noorwegen", "Åse", TEXT),
        ("Vraag het maar aan ouwe Dirk, die zit altijd op het bankje", "ouwe Dirk", TEXT),
        ("Ouwe Sjaak repareert fietsen", "Ouwe Sjaak", TEXT),
        ("die ouwe Gerrit van de volkstuin", "ouwe Gerrit", TEXT),
        ("Sleutelfiguur is Abdi, Somalische vader van vier", "Abdi", TEXT),
        ("Aanspreekpunt is Abdi", "Abdi", ROLE),
        ("Onze vraagbaak is Hamid, Marokkaanse opa", "Hamid", TEXT),
        ("Contactpersoon is Henk, Poolse klusjesman", "Henk", TEXT),
        ("Wijkvader Hamid, woont in de Kievitflat", "Hamid", TEXT),
        ("Hartelijke groet, namens de werkgroep, Gé van Beek", "Gé van Beek", TEXT),
        ("Groetjes van de werkgroep, Gé van Beek", "Gé van Beek", TEXT),
        ("namens het bestuur: Bé Jansen", "Bé Jansen", TEXT),
    ],
)
def test_names_said_as_names(text: str, shown: str, kind: FieldKind) -> None:
    assert shown in found(text, NAME, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Onze hond heet Max",
        "De kat heette Roos",
        "Het konijntje van de school heet Dirk",
        "Het buurthuis heet De Boog",
        "De zaal heet Roos",
        "De vergaderzaal heet Lelie",
        "De boot heet Anna",
        "Het project heet Samen Koken",
        "De app heet WhatsApp",
        "Het festival heet Zomerpret",
        "De straat heet Lindelaan",
        "In de Ouwe Haven ligt een boot",
        "het Ouwe Mannenhuis is gesloten",
        "Ze komen uit Aleppo, Syrische stad",
        "Onze vrijwilligers komen uit Paramaribo, Aleppo, Asmara en Tilburg",
    ],
)
def test_names_of_things_stay(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Wanneer Annemiek er is, dinsdag en donderdag", "Annemiek"),
        ("Als Karin er is", "Karin"),
        ("Zodra Fenna terug is", "Fenna"),
        ("Alleen als Sanne er is", "Sanne"),
        ("Tot Yusuf het overneemt", "Yusuf"),
    ],
)
def test_name_after_an_opening_conjunction_in_a_rol_field(text: str, shown: str) -> None:
    assert shown in found(text, NAME, ROLE)


@pytest.mark.parametrize(
    "text",
    [
        "Als Stichting Anna open is",
        "Wanneer Buurthuis De Kiem open is",
        "vrijwilliger bij Stichting Anna",
        "Als Roos bloeit",
        "Wanneer De Boog open is",
    ],
)
def test_organisations_after_a_conjunction_in_a_rol_field(text: str) -> None:
    assert found(text, NAME, ROLE) == []


# --- handles glued from a name, a particle and a surname --------------------------------------


@pytest.mark.parametrize(
    ("text", "shown", "kind"),
    [
        ("zoek me op X, @wimvdmolen_1958, daar post ik de vogelfoto's", "@wimvdmolen_1958", TEXT),
        ("volg me op twitter: @wimvdmolen_1958", "wimvdmolen_1958", TEXT),
        ("Volg mij op Insta @annevandijk", "annevandijk", TEXT),
        ("mijn tiktok: @kimdeboer.bakt", "kimdeboer.bakt", TEXT),
        ("op Bluesky ben ik @janvdbakker", "@janvdbakker", TEXT),
        ("@fatimavandijk", "@fatimavandijk", CONTACT),
        ("volg @marieketerhaar voor de foto's", "@marieketerhaar", TEXT),
        ("insta: @roosdeboer", "roosdeboer", ROLE),
    ],
)
def test_handle_of_a_glued_full_name(text: str, shown: str, kind: FieldKind) -> None:
    assert any(shown in quoted for quoted in found(text, SOCIAL, kind))


@pytest.mark.parametrize(
    "text",
    [
        "volg ons op @buurthuisdekiem",
        "Volg de kerk op @kerkdeschakel",
        "nieuws via @speeltuindeboog",
        "foto's op @kringloopdevonk",
        "@moskeedevrede organiseert een iftar",
        "volg @dorpshuisdeharmonie",
    ],
)
def test_handles_of_organisations_stay(text: str) -> None:
    assert found(text, SOCIAL, TEXT) == []


# --- 06 numbers in number words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown", "kind"),
    [
        (
            "bel ff naar 06 dertien negenenvijftig tweeëzeventig eenentachtig",
            "06 dertien negenenvijftig tweeëzeventig eenentachtig",
            TEXT,
        ),
        ("bel 06 drieëntwintig 45 67 89", "06 drieëntwintig 45 67 89", TEXT),
        (
            "06 tweeëntwintig vierendertig zesenvijftig achtenzeventig",
            "06 tweeëntwintig vierendertig zesenvijftig achtenzeventig",
            CONTACT,
        ),
        ("app 06 12 34 vierëntachtig 90", "06 12 34 vierëntachtig 90", TEXT),
        ("nummer: 06 dertien 59 tweeëzeventig 81", "06 dertien 59 tweeëzeventig 81", ROLE),
        (
            "bellen naar zes-zeven-acht-nul-één-één-twee-vier, zet er wel nul ervoor",
            "zes-zeven-acht-nul-één-één-twee-vier",
            TEXT,
        ),
        ("bel 612345678 en zet er een nul voor", "612345678", TEXT),
        (
            "app zes een twee drie vier vijf zes zeven acht, doe er nog een nul voor",
            "zes een twee drie vier vijf zes zeven acht",
            TEXT,
        ),
        ("sms 6 12 34 56 78, zet er dus een 0 voor", "6 12 34 56 78", TEXT),
    ],
)
def test_mobile_in_number_words(text: str, shown: str, kind: FieldKind) -> None:
    assert any(shown in quoted for quoted in found(text, MOBILE, kind))


@pytest.mark.parametrize(
    "text",
    [
        "Tafel zes, zet er een nul voor",
        "Van 10 tot 12 uur, ook even een nul ervoor",
        "we waren met tweeëntwintig, drieëndertig kwamen er niet",
        "Kamer 12345678 met 0 ervoor",
        "zesentwintig deelnemers, vierendertig stoelen",
    ],
)
def test_counts_in_words_are_no_mobile(text: str) -> None:
    assert found(text, MOBILE) == []


# --- plates without dashes in a text about a car -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Opgelet: de zwarte BMW J73ZBK hangt elke avond rond de speeltuin", "J73ZBK"),
        ("Die witte bus VG214K staat al weken voor de deur", "VG214K"),
        ("de rode Opel 12ABC3 rijdt veel te hard", "12ABC3"),
        ("Zijn auto (GRV27X) staat op de stoep", "GRV27X"),
        ("de grijze Volvo XT234B staat op het gras", "XT234B"),
        ("een blauwe Tesla KZ123T laadt altijd bij de school", "KZ123T"),
        ("die Mercedes 4TLL55 parkeert dubbel", "4TLL55"),
    ],
)
def test_plate_without_dashes_in_a_car_text(text: str, shown: str) -> None:
    assert shown in found(text, PLATE)


@pytest.mark.parametrize(
    "text",
    [
        "Onze nieuwe buurtbus (een Ford Transit) rijdt op dinsdag",
        "BMW X5 en Audi A4 te koop, bouwjaar 2014",
        "Parkeren op P3 of P12, postcode 1234AB",
        "De bus van lijn 12 naar 3584CS stopt hier",
        "Tesla Model 3 laadpaal bij de Jumbo",
        "bestelnummer AB12CD voor de koffie",
    ],
)
def test_codes_are_no_plate(text: str) -> None:
    assert found(text, PLATE) == []


# --- look-alikes: places, brands, dialect, congregations, roles at a place ---------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Annie M.G. Schmidtschool zoekt voorleesopa's en -oma's.", TEXT),
        ("Annie M.G. Schmidtplein, bij de fontein", ADDRESS),
        ("De Annie M.G. Schmidtbibliotheek is open", TEXT),
        ("Johan Cruyff Foundation heeft het Cruyff Court aangelegd", TEXT),
        ("Het Johan Cruijff Instituut geeft les", TEXT),
        ("De Prins Claus Academie zoekt vrijwilligers", TEXT),
        ("De Dr. Ariënsschool zoekt een conciërge", TEXT),
        ("Op het Willem-Alexanderplein is markt", TEXT),
        ("Melk van Campina, koffie van Van Nelle: het ontbijt is gesponsord", TEXT),
        ("Mien moeder en ik kommen uut Oekraïne, en wiej bint hier goed ontvangen.", TEXT),
        ("mien moeder en ik kommen uut Oekraïne", TEXT),
        ("Mien va wark in de haven", TEXT),
        ("Wiej wont hier met mien man en de kinder", TEXT),
        ("Zien vrouw is de baas", TEXT),
        ("Dorpshuis It Haske, Haadwei 41, 9111 AB Burdaard", ADDRESS),
        ("Dorpshuis It Haske, Haadwei 41, 9111 AB Burdaard", TEXT),
        ("We gaan naar It Haske", TEXT),
        ("Evangelische gemeente Shalom, Ringweg 301", ADDRESS),
        ("gemeente Shalom, Ringweg 301", TEXT),
        ("de baptistengemeente Elim komt samen", TEXT),
        ("Moskee Mevlana opent de deuren", TEXT),
        ("de geloofsgemeenschap Maranatha", TEXT),
        (
            "De imam van de moskee en de dominee van de Ark koken samen tijdens de week van de "
            "ontmoeting",
            TEXT,
        ),
        ("onze juf van de Regenboog gaat met pensioen", TEXT),
        ("de pastoor van de Sint Jan zegent de paarden", TEXT),
        ("De Kinderboekenweek met Thea Beckman", TEXT),
        ("De Anne Frankschool zoekt overblijfouders", TEXT),
        ("Prins Clausplein is afgesloten", ADDRESS),
        ("De Willem-Alexanderschool heeft een open dag", TEXT),
        ("Spaar de punten van Douwe Egberts voor de koffiepot", TEXT),
        ("Jeugdfonds Sport & Cultuur en het Johan Cruyff Fonds steunen ons", TEXT),
        ("Het Antoni van Leeuwenhoek ziekenhuis", TEXT),
        ("De Martin Luther Kingschool", TEXT),
    ],
)
def test_look_alikes_are_no_person(text: str, kind: FieldKind) -> None:
    assert found(text, NAME, kind) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Mien kookt vandaag soep", "Mien"),
        ("Vraag Mien, zij weet het", "Mien"),
        ("Mien en Kees koken samen", "Mien"),
        ("Ik zag in de moskee Ahmed en Yusuf", "Ahmed"),
        ("ons koor Marja, Kees en Joop", "Kees"),
        ("dominee van de Berg preekt zondag", "dominee van de Berg"),
        ("De dominee Van de Ark preekt", "dominee Van de Ark"),
        ("Meneer van de Berg helpt", "Meneer van de Berg"),
    ],
)
def test_the_same_words_as_a_person(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


def test_messages_quote_what_was_found() -> None:
    text = "Hij heet D&#248;rte, die Deense buurman"
    (finding,) = [f for f in scan_text(text) if f.code == NAME]
    assert "'D&#248;rte'" in finding.message


# --- someone known as a family member of a surname ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("ut maedje van Lambers oppe hoek is zwanger", "maedje van Lambers"),
        ("het meisje van Lambers is zwanger", "meisje van Lambers"),
        ("de vrouw van Bakker is ziek", "vrouw van Bakker"),
        ("de kinderen van Visser spelen buiten", "kinderen van Visser"),
        ("de man van Mulder helpt met tillen", "man van Mulder"),
        ("De weduwe van Kuipers woont nu alleen", "weduwe van Kuipers"),
        ("de jongen van Pietersen op de hoek", "jongen van Pietersen"),
        ("dat wicht van Brouwer is weer thuis", "wicht van Brouwer"),
    ],
)
def test_family_member_of_a_surname(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    "text",
    [
        "Het meisje van Vermeer hangt in het Mauritshuis",
        "de kinderen van Nederland",
        "de jongen van Oranje",
        "het kind van Pasen",
        "de vrouw van de bakker",
        "het meisje van de buurtwinkel",
        "de man van Staal",
    ],
)
def test_family_of_a_thing_or_place_stays(text: str) -> None:
    assert found(text, NAME) == []


# --- more ways to say a name or a digit ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("iedereen noemt hem Frank", "Frank"),
        ("haar naam is Roos", "Roos"),
        ("zijn naam was Dirk, hij woonde op de hoek", "Dirk"),
        ("Hij heet, geloof ik, Frank", "Frank"),
        ("die heet volgens mij Dirk", "Dirk"),
    ],
)
def test_name_said_with_a_hedge_or_by_others(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    "text",
    [
        "Het project heet volgens mij Samen Koken",
        "onze hond heet geloof ik Max",
        "Het nieuwe lokaal heet eigenlijk De Vonk",
    ],
)
def test_things_said_with_a_hedge_stay(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("06 dubbel drie 59 72 81", "06 dubbel drie 59 72 81"),
        ("06 13 dubbel vijf 72 81", "06 13 dubbel vijf 72 81"),
        ("nul zes dubbel een dubbel twee 34 56", "nul zes dubbel een dubbel twee 34 56"),
        ("nul zes dubbele acht 12 34 56", "nul zes dubbele acht 12 34 56"),
        ("bel 06 double seven 12 34 56", "06 double seven 12 34 56"),
    ],
)
def test_doubled_digits(text: str, shown: str) -> None:
    assert any(shown in quoted for quoted in found(text, MOBILE))


@pytest.mark.parametrize(
    "text", ["dubbel drie en dubbel vijf tafels", "een dubbele zes gegooid, 12 punten"]
)
def test_doubles_without_a_number_stay(text: str) -> None:
    assert found(text, MOBILE) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("de witte Golf met J73ZBK staat op de stoep", "J73ZBK"),
        ("een zwarte Corsa J73ZBK", "J73ZBK"),
    ],
)
def test_plate_after_a_car_model(text: str, shown: str) -> None:
    assert shown in found(text, PLATE)


def test_golf_as_a_sport_is_no_car() -> None:
    assert found("we spelen golf op baan 12, start 9.30", PLATE) == []


# --- abbreviated titles and clergy before a surname --------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Ds. van Dijk preekt zondag", "Ds. van Dijk"),
        ("Drs. Pietersen geeft een lezing", "Drs. Pietersen"),
        ("Ing. Bakker kijkt naar de cv-ketel", "Ing. Bakker"),
        ("Ir. de Jong legt het uit", "Ir. de Jong"),
        ("Prof. Jansen geeft een lezing", "Prof. Jansen"),
        ("Pater Visser zegent de paarden", "Pater Visser"),
        ("rabbijn Cohen spreekt", "rabbijn Cohen"),
        ("Prof. Dr. Jansen geeft een lezing", "Dr. Jansen"),
    ],
)
def test_abbreviated_title_before_a_surname(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    "text",
    [
        "De Prof. Dr. Albert Schweitzerschool",
        "Het Ir. D.F. Woudagemaal is open",
        "De Ir. Lelybrug is dicht",
        "De Mgr. Zwijsenschool zoekt ouders",
        "de Ing. opleiding begint in september",
    ],
)
def test_places_named_after_a_title_stay(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("De contactpersoon is Frank", "Frank"),
        ("Onze gastvrouw is Roos", "Roos"),
        ("De kok is Bas", "Bas"),
        ("de coördinator was Max, nu iemand anders", "Max"),
        ("Sleutelfiguur is Abdi", "Abdi"),
    ],
)
def test_name_that_is_a_word_after_role_is(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    "text",
    [
        "De organisator is De Boog",
        "De beheerder is Woonstad",
        "De coördinator is Stichting Anna",
        "De vrijwilliger is Welkom",
    ],
)
def test_organisation_after_role_is_stays(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("maar kees die altijd bij de aldi staat slaapt buiten", "kees"),
        ("ook truus die vroeger op de markt stond is verhuisd", "truus"),
        ("en henk die naast de bakker woont helpt mee", "henk"),
    ],
)
def test_lowercase_name_before_a_relative_clause(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    "text",
    ["de sla die altijd in de tuin staat", "het brood die ook bij de aldi ligt"],
)
def test_lowercase_words_before_die_stay(text: str) -> None:
    assert found(text, NAME) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("zij werd op twaalf maart 1944 geboren", "twaalf maart 1944 geboren"),
        (
            "hij is op eenendertig mei 1950 in Delft geboren",
            "eenendertig mei 1950 in Delft geboren",
        ),
        ("op de eerste april 1961 kwam zij ter wereld", "eerste april 1961 kwam zij ter wereld"),
    ],
)
def test_birth_date_with_the_day_in_words(text: str, shown: str) -> None:
    assert shown in found(text, "privacy.birth-date")


@pytest.mark.parametrize(
    "text",
    [
        "in maart 1944 werd de school gebouwd",
        "het monument voor de op vier mei 1945 gevallenen",
        "op twaalf maart 2027 is de markt",
    ],
)
def test_dates_in_words_without_a_birth_stay(text: str) -> None:
    assert found(text, "privacy.birth-date") == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("de zwarte BMW (J73 ZBK)", "J73 ZBK"),
        ("de witte bus VG 214K staat al weken voor de deur", "VG 214K"),
        ("zijn Opel GRV 27X staat op de stoep", "GRV 27X"),
    ],
)
def test_plate_in_two_parts_in_a_car_text(text: str, shown: str) -> None:
    assert shown in found(text, PLATE)


@pytest.mark.parametrize(
    "text",
    [
        "BMW X5 en Audi A4 2014 te koop",
        "parkeren in de auto, code AB 1234",
        "de auto staat in kluisje 12 AB",
        "parkeerplaats P1 en P 12, bus 12 AB",
    ],
)
def test_two_part_codes_in_a_car_text_are_no_plate(text: str) -> None:
    assert found(text, PLATE) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("De sleutel ligt bij Bożena", "Bożena"),
        ("Mihai en Florin helpen met verhuizen", "Mihai"),
        ("vraag het aan Elżbieta", "Elżbieta"),
        ("Răzvan repareert de fietsen", "Răzvan"),
    ],
)
def test_polish_and_romanian_first_names(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("zoek me op insta, annevandijk", "annevandijk"),
        ("volg me op tiktok annevandijk", "annevandijk"),
        ("je vindt haar op tiktok fatimavandenberg", "fatimavandenberg"),
    ],
)
def test_glued_full_name_after_a_platform(text: str, shown: str) -> None:
    assert shown in found(text, SOCIAL)


@pytest.mark.parametrize(
    "text",
    [
        "volg ons op facebook buurthuisdekiem",
        "op instagram vrijwilligers gezocht",
        "op insta, vandaag nieuwe foto's",
        "volg ons op facebook, kerkdeschakel",
    ],
)
def test_words_after_a_platform_stay(text: str) -> None:
    assert found(text, SOCIAL) == []
