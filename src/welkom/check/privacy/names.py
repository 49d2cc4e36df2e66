"""Personal names next to a role, an honorific, a verb like "bel", or in a role field.

Name lists: decision about ``deduce``
-------------------------------------
deduce 3.0.6 (PyPI, LGPL-3.0-or-later, 1.9 MB wheel) ships good Dutch lists: ~14,900 first
names and ~10,500 surnames. We do **not** depend on it: it pins ``docdeid==1.0.1`` and
``regex<2025`` and pulls in ``rapidfuzz`` and ``frozendict``, 90% of the wheel is street,
place and hospital lists we do not need, and the list files are internal data, not an API.
Instead ``data/voornamen.txt`` and ``data/achternamen.txt`` are derived from its two name lists
(its own exception lists and Dutch common words removed; ~190 KB together), vendored with the
licence note in ``data/README.md``. ``data/voornamen-extra.txt`` adds given names of the
communities living in Dutch social housing that deduce lacks (Eritrean, Somali, Afghan, Syrian,
Polish, Ukrainian, …). They are read once, lazily.

``names-dataset`` 3.3.1 (PyPI) has first names per country, the communities above included, but
its wheel is 56 MB and it loads the whole data set into memory; not for a check that must stay
fast and small. ``wordfreq`` 3.1.1 alone cannot tell a name from a word (it lowercases: "roos"
and "henk" are both just frequent); the OpenTaal list, which keeps capitals, can.

Word-frequency guard: ``data/woorden.txt`` (ordinary Dutch words, most frequent first) and
``data/bekend.txt`` (other common tokens: places, brands) are derived once from ``wordfreq`` and
the OpenTaal list by ``scripts/derive_privacy_words.py``; neither is a run-time dependency
(wordfreq's data is 30 MB and its import alone takes longer than scanning a small site).

Names as they occur (every finding blocks publication):

* a first name anywhere, also at the start of a sentence or after a capitalised word, unless
  it is part of a place ("Anne Frankplein", "Stichting Anna", "Pieter de Hoochstraat") or also
  an ordinary word ("Roos", "Mark", "Dan"): those only next to a person word or verb;
* a lowercase first name after "met", "en", "via", "bel" … ("samen met joop en ria");
* a capitalised word that is no Dutch word, place or name we know, acting as a person:
  "Wojtek kookt", "Hussam en Ghalia kwamen", "dank je wel Hüseyin";
* diminutives, pet forms and possessives: "Saskia'tje", "Jantje", "Sjaakie", "Henks";
* names without or with other accents than the list ("Hélène" finds "Helene");
* a full name with particles or an unknown surname, also after a name that is a word:
  "Riet van Dam", "Noor Bouzid (coördinator)", "Bas de Groot", and in lowercase: "jan de vries";
* names that are words ("Roos", "Bas", "Storm") in a list of names, in the lines of a list
  ("- Noor: koffie"), after "met", "van", "onze", before a verb or an age ("Storm (8)");
* text in capitals, recased first ("BAS DE GROOT", "Bedankt, WILLEM VOS", "H.E.N.K."); text
  without a single capital is read both as written and as if in capitals ("zeynep yıldız
  geeft les", "mw. de groot-brouwer").

Not a person: places, clubs and shops named after someone ("Sporthal Willem-Alexander",
"Voetbalclub SV Oosterkwartier", "Kledingbank Maria"), figures of children's books and TV
("Holle Bolle Gijs", "Bert en Ernie"), titles ("de film Sonny Boy", "we kijken Ciske de Rat"),
statues ("het standbeeld van …"), and names of rooms, pets and flowers ("Roos en Lelie zijn de
twee zalen"). ``data/geen-personen.txt`` lists, by kind, proper names in buurt texts that are
no private person: charities ("Dorcas en Cordaid"), clubs ("Willem II tegen Ajax"), brands
("gratis Rivella"), shops, fruit varieties ("Elstar, Jonagold en Santana"), children's books,
films and TV, and performers. A name of the list that may also be a person ("Irene", "Dorcas")
is a thing only next to a name that is no person or with a word of its kind in the text, and
not when a verb, a role or "dank aan" makes it a person. Performers are public figures, no
private persons, but only at a show ("liedjes van Frans Bauer"): a neighbour may share the name.
Animals, boats and robots with a name ("de kat Minoes", "onze pony heet Bella") are nobody.

Rules (severity in brackets):

* honorific or neighbour word + capitalised word: "mevrouw De Vries", "buurman Ahmed",
  "dhr. P. de Groot", "opa Kees" [error];
* role word + first name, or first name + (de|onze|…) role: "huismeester Kees",
  "Fatima, de huismeester" [error; warning for names that are also words: Roos, Mark, …];
* bel/vraag naar/dank aan/groetjes + first name: "bel Henk" [error; warning if ambiguous];
* introductions: "ik heet …", "mijn naam is …", "ik ben Yasmina" [error];
* first name + surname: "Lotte Hendriks", "Jan de Vries" [error; warning if ambiguous];
* a first name alone inside a sentence; in a role field.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from welkom.problems import Severity

from . import plates, public
from .base import ERROR, WARNING, Allowlist, FieldKind, Finding, whole_words, words

_DATA = Path(__file__).with_name("data")
# Fields that name who to ask: a name that is also a word ("Roos", "Wil") is a person there.
_PERSON_FIELDS = frozenset({FieldKind.ROLE, FieldKind.CONTACT})

# Names that are also ordinary words, places, brands or feast figures: warnings at most.
AMBIGUOUS = words(
    """
    Albert Amber Angel Aurora Bas Berk Bloem Charity Crystal Daisy Dirk Dusty Engel Faith
    Fleur Flint Flora Frank Grace Hazel Hope Iris Jade Jasmijn Job Joy Kiem Lelie Lente
    Lieve Linde Love Lucky Mark Max Mees Mercy Merel Noor Ocean Olive Orion Pepper Pier
    Pluk Poppy Puk Rex River Roos Rose Ruby Sky Sol Star Stella Summer Sunny Vita Vos Zonne
    Zwaan Aster Berber Blaas Bonne Brand Ceder Constant Dot Eden Flip Fop Fox Haring Hok Horst
    Kas Kick Kier King Koop Lam Lama Lava Lotus Luis Lux Maas Mans Mare Marine Mint Mus Nanny
    Ninja Nova Ouwe Parel Pel Ping Raaf Ram Reef Rover Sage Servet Sultan Tam Tea Terra Tin
    Tuba Wang Zen Zweer Zwier Win Beau Belle Boy Buddy Candy Chi Dia Fee Fin Fine Gene Hang
    Hope King Lee Lei Lok Madelief Margriet Melodie Mie Pax Pep Pom Rein Rem Rio Sang Sara
    Sem Tijm Viola Violet Wende Zander Deli Junior Lucky Jazz Angel Teddy Ferry Ellen Robijn
    Florijn Valentijn Nelson Spike Skip Splinter Tromp Kader Kiem Lieven Volken Mensje Meis
    Meiske Mies Mila Lente Lelie Merel Kim Ben Dan Wil Bob Don Gul Islam Jihad Nas Van
    Fan Roman Adem Ai Vrouwtje Maatje Jersey Hee Take Madonna Parker Bin Kar Kit Si Kam Pol Tan
    Diesel Emo Brunette Sim Kin Beren Alien Bene Vin Bars Lijntje Lion Domino Genesis Matje Fake
    Medina Jeep Mine Deen Hei Nada Richel Feite Leen Anno Amor Wei Wen Wan Sen Hai Yang Hui Vu
    Khan Caesar Nero Gloria Penny Bo Ale Tai Feng Yuan Tao Jen Mara Cara Aria Femme Soleil Dolly
    Coco Raven Earl Chester Jack Henry Mary Clark Spencer Warren Walt Willie Madison Darren
    Aura Angelus Baptist Beertje Bink Botje Botte Brandy Charisma Chinook Cinderella Dahlia
    Deejay Dim Domina Dong Engeltje Geurtje Har Indigo Kiek Kik Mana Manna Margarita Marines
    Ment Pita Riff Rijmpje Rosé Rozemarijn Rune Savanne Siena Tiara Uiltje Vesper Wester
    Zoetje Wijntje Truitje Hitje Zier Serve Roosje Peer Mink Karst Tos Bate Germ Kee Luit Wik
    Wisse Stern Nestor Mazen Lotje Pietje Mietje Riet Toon Trui Lot Dien Storm Ad
    """
)
# Never a person in a buurt text, whatever the name list says.
NOT_NAMES = words(
    """
    Mei Juni Juli Augustus April Maart Januari Sint Ramadan Pasen Kerst Christus Jezus God
    Allah Welkom Noord Zuid Oost West Centrum Buurthuis Stichting Humanitas Jumbo Lidl Aldi
    Hema Welzijn Repair Café Cafe Week Dag Zon Ster Meer Hoop Maan Koning Prins Prinses Kerk
    School Eritrea Syrië Marokko Suriname Turkije Nederland Utrecht Zandvoort Voorbeeldstad
    Sinterklaas Zwarte Divali Suikerfeest Offerfeest Chanoeka Keti Koti Instagram Facebook
    Whatsapp WhatsApp Google Tikkie Pinksteren Hemelvaart Koningsdag Bevrijdingsdag Moederdag
    Vaderdag Halloween Valentijnsdag Carnaval Iftar Eid Mubarak Paramaribo Aleppo Polen
    Rembrandt Vermeer Pippi Dikkie Nijntje Bommel Dribbel Máxima Amalia Dhabi Ghraib
    """
)

# The most common Dutch surnames after a particle ("de Groot", "van den Heuvel", "van der
# Meer"): ordinary words or places too, so not in the surname list taken from deduce.
PARTICLE_SURNAMES = words(
    """
    Groot Jong Meer Heuvel Berg Bos Vos Wit Leeuw Bruin Haan Wal Ven Broek Zande Hoek Velde Wijk
    Koning Klein Kok Vliet Leeuwen Zanden Boom Bosch Water Vaart Molen Steen Kruis Weg Rijn
    Beukel Sande Wetering Mheen Eijk Heijden Haar Laar Pas Rijt Wiel Winkel Zee Brug Graaff Wolf
    Boon Hal Bakel Kruijf Kuil Ree Veer Zon Post Vogel Goede Vries Boer Brink Linden Graaf Beek
    Veen Pol Ploeg Horst Dam Kamp Wijngaarden Bergh Hoeven Meulen Poel Plas Sluis Straten Akker
    Burg Hout Put Lans Weijden Werf Ende Elst Toorn Roos Kamp Gaag Wouden Doorn Ouden Valk
    """
)

ROLE_WORDS = (
    "huismeesters?|(?:buurt)?conci[eë]rges?|wijkagent(?:en)?|buurtcoach|wijkcoach|opbouwwerker"
    "|(?:wijk)?verpleegkundige|voorzitter|secretaris|penningmeester|co[oö]rdinator|vrijwilligster"
    "|vrijwilliger|beheerder|beheerster|jongerenwerker|ouderenadviseur"
    "|(?:buurt|wijk|sociaal )?werker"
    "|buurtwerker|wijkconsulent|consulent|fietsenmaker|kok|gastvrouw|gastheer|begeleider|trainer"
    "|docent|leraar|lerares|dominee|pastoor|imam|huisarts|wijkregisseur|boa|buurtbemiddelaar"
    "|schuldhulpverlener|taalmaatje|maatje|coach|tuinman|tuinier|portier|schoonmaker|buurtouder"
    "|contactpersoon|organisator|oprichter|oprichtster|medewerker|medewerkster|stagiair(?:e)?"
    "|bestuurslid|teamleider|sportcoach|buurtsportcoach|mentor|gids|postbode"
    "|sleutelfiguur|sleutelpersoon|aanspreekpunt|vraagbaak|kartrekker|wijkvader|wijkmoeder"
    "|(?:buurt|wijk)?ambassadeur|vertrouwenspersoon|klusjesman|steunpilaar"
    "|buurtmoeder|buurtvader|wijkbewoner|bewoner|bewoonster|buurtbewoner|conciërge|bibliothecaris"
)
_ROLE = r"(?i:" + ROLE_WORDS + r")"
_HONORIFIC = (
    r"(?i:meneer|mevrouw|mevr\.?|mvr\.?|dhr\.?|mr\.|mw\.?|hr\.?|de\s+heer|heer|buurman|buurvrouw"
    r"|ds\.|drs\.|ing\.|ir\.|prof\.|zr\.|br\.|mgr\.|pater|kapelaan|rabbijn|rebbe"
    r"|oom|ome|ouwe|omi|opi|tante|tant|opa|oma|juf|juffrouw|meester|zuster|broeder|dokter|dr\.|familie"
    r"|fam\.|pastoor|dominee|imam|neef|nicht|hoca|hodja|baba|mama|papa"
    # Family words and honorifics of other languages: "Auntie Grace", "Abla Fatma", "Pani Basia".
    r"|auntie|aunty|uncle|abla|abi|teyze|amca|hajji|hadji|hajja|hadja|pani|pan|babcia|dziadek"
    r"|nonna|nonno|khala|khalti|ammi|abbu|tía|tío|tia|tio|mevrouwtje|oompje"
    # a parent named after a child (kunya): "Umm Yusuf", "Oum Ilias", "Abu Bakr"
    r"|abu|abou|umm|oum|oumm|ummu)"
)
_PARTICLES = (
    r"(?:(?i:van|de|der|den|ter|ten|te|het|'t|el|al|ben|van\s+der|van\s+den|van\s+de|v\.\s?d\."
    r"|v\.|vd|v/d|da|dos|das|di|del|della|von|ibn|abu|bint|ait|aït|de\s+la|de\s+los|la|le|du"
    r"|des)\s+)"
)
# Capitals and letters of every Latin script: "Doğan", "Ayşe", "Łukasz", "Ørsted", "Zoë".
_UP = "[" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper() and c.isalpha()) + "]"
_LETTER = r"[^\W\d_]"
_CAP = _UP + r"(?:" + _LETTER + r"|['’-](?=" + _LETTER + r"))+"
_NAME_WORD = re.compile(r"(?<![\w'’-])" + _UP + _LETTER + r"+(?:['’]" + _LETTER + r"+)?")
_LOWER_WORD = re.compile(r"(?<![\w'’@./-])[a-zà-ÿğışçöüł]" + _LETTER + r"+(?![\w@])")

# The name after an honorific: "De Vries", "de Groot", "P. de Groot", "Ahmed".
_AFTER_HONORIFIC = re.compile(
    r"(?:\.\s*|\s+)("
    + _PARTICLES
    + r"*"
    + _CAP
    # "Van den Berg-de Vries": a particle after the hyphen of a double surname
    + r"(?:(?:(?<=-de)|(?<=-van)|(?<=-der)|(?<=-den)|(?<=-ter))(?:\s+(?:der|den|de))?\s+"
    + _CAP
    + r")?"
    + r"|[A-Z]\.(?:\s?[A-Z]\.)*(?:\s+"
    + _PARTICLES
    + r"*"
    + _CAP
    + r")?)"
)
# "Fatima, de huismeester", "Kees de conciërge", "Gerrit, onze vaste fietsenmaker".
_THEN_ROLE = re.compile(
    r",?\s+(?i:de|onze|ons|jullie|een|het|mijn|is\s+de|is\s+onze)\s+(?:[a-zà-ÿ]+\s+){0,2}?"
    + _ROLE
    + r"(?![\w])"
)
# "Jan de Vries", "Lotte Hendriks", "Mustafa Öztürk Demir".
_THEN_SURNAME = re.compile(r"\s+(" + _PARTICLES + r"*)(" + _CAP + r")(?:\s+(" + _CAP + r"))?")
_ROLE_WORD = re.compile(_ROLE + r"$")
_PLACE_END = re.compile(
    r"(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|park|school|kerk|huis|centrum"
    r"|fonds|plantsoen|brug|markt|dijk|pad|steeg|ring|baan|haven|college|lyceum|kliniek"
    r"|ziekenhuis|stichting|zaal|tuin|bad|molen|toren|poort|court|arena|stadion|hal|theater"
    r"|museum|bibliotheek|bos|prijs|dag|week|huis|heijn|zorg|kliniek|instituut|academie|erf"
    r"|flat|gebouw|hoeve|oord|akker|veld|singel|wal|vest|burcht|singel|dal|berg|fabriek|loods"
    r"|gymnasium|atheneum|schouwburg|universiteit|hogeschool|conservatorium"
    r"|gemaal|sluis|viaduct|tunnel|aquaduct)$",
    re.IGNORECASE,
)
# Words that start a sentence or title but are not names.
_FUNCTION = words(
    "De Het Een En Of Op In Met Van Voor Bij Naar Is Zijn Ook Wie Wat Waar Dit Dat Die Deze"
)

# Lowercased tokens after which a capitalised word is a name.
HONORIFICS = words(
    """
    meneer mevrouw mevr mevr. mvr mvr. dhr dhr. mr. mw mw. hr hr. heer buurman buurvrouw oom ome
    ouwe ds. drs. ing. ir. prof. zr. br. mgr. pater kapelaan rabbijn rebbe
    omi opi tante tant opa oma juf juffrouw meester zuster broeder dokter dr. familie fam. pastoor
    dominee imam neef nicht hoca hodja baba mama papa auntie aunty uncle abla abi teyze amca hajji
    hadji hajja hadja pani pan babcia dziadek nonna nonno khala khalti ammi abbu tía tío tia tio
    zus zusje broer broertje sis bro zoon zoontje dochter dochtertje vriend vriendin
    vriendinnetje schoonzus zwager kleinzoon kleindochter buurjongen buurmeisje
    abu abou umm oum oumm ummu
    """
)
_INTRO_ANY = ("ik heet", "mijn naam is", "noem me", "noemen me", "heet ik")
_INTRO_NAME = ("ik ben", "wij zijn", "we zijn", "ik was", "is mijn")
# "mijn", "zijn", "jouw" in Low Saxon and Limburg dialects, also first names (Mien, Dien, Zien);
# before a word for family, home or belongings they are no name: "Mien moeder", "Dien va".
_DIALECT_MY = words("Mien Dien Zien Mienen Dienen")
_POSSESSED = re.compile(
    r"\s+(?:moeder|mam|mams|moe|mem|mams|vader|va|pap|pa|ma|heit|man|vrouw|wief|vent|zoon|dochter"
    r"|kinder|kinders|kinderen|kind|kiend|jong|jongen|wicht|dochter|broer|zus|zuster|zuske"
    r"|opa|oma|opoe|opa's|olders|ouders|old|ollen|huus|hoes|huis|hoos|fiets|fietse|hond|kat"
    r"|tuin|hof|buurman|buurvrouw|naober|noaber|naobers|buren|familie|femilie|vriend|vriendin"
    r"|maat|kammeraod|naam|auto|werk|baas|lief|schat|land|dörp|dorp|stad)(?![\w'’-])"
)
# Someone else's name said: "de man heet Frank", "een buurman genaamd Dirk" (also a name that
# is a word, or one no list knows).
_BE = words("is was wordt werd blijft")
# Things that get a name too: "De zaal heet Roos", "de boot heet Anna", "de storm heet Ciara".
_THING_NOUNS = words(
    """
    zaal zalen lokaal ruimte boot schip bootje project club groep team storm orkaan app gebouw
    cursus activiteit festival feest kraam fiets pop knuffel robot beeld standbeeld boom prijs
    actie campagne programma film boek lied spel stichting vereniging school koor band krant
    wijkkrant
    """
)


def _thing_called(before: list[str]) -> bool:
    """The words right before "heet" name an animal, a room or another thing."""
    return not (_ANIMAL_WORDS.isdisjoint(before) and _THING_NOUNS.isdisjoint(before)) or any(
        w.endswith(("zaal", "lokaal", "ruimte", "boot", "gebouw")) for w in before
    )


_CALLED_BEFORE = re.compile(
    r"(?<![\w'’])(?i:heet|heette|heten|genaamd|genoemd|(?:zijn|haar|z'n|d'r)\s+naam\s+(?:is|was)"
    r"|noem(?:t|en|de|den)\s+(?:hem|haar|ze|hen|hun)(?:\s+(?:altijd|gewoon|hier|nog|ook))?)"
    # a hedge between: "heet, geloof ik, Frank", "heet volgens mij Dirk"
    r"(?:[\s,]+(?i:geloof\s+ik|volgens\s+mij|denk\s+ik|dacht\s+ik|toch|gewoon|eigenlijk"
    r"|officieel|trouwens))?[\s,:]+$"
)
_CAR_WORDS = plates.CAR_WORDS
_VERBS = words(
    """
    bel app mail sms whatsapp vraag spreek zoek bedankt groetjes groeten groet liefs namens
    contactpersoon contact hoi hallo hey doei x xx xxx
    """
)
# "2 x Max": a multiplication, no kiss under a message ("x Noor").
_TIMES = re.compile(r"\d\s*x+\s*$")
# A pronoun right after the verb is its subject: "Dan koken we samen".
_SUBJECT_AFTER = re.compile(r"\s+(we|wij|je|jij|jullie|ik|ze|zij|u|hij|men)(?![\w'’])")
_OBJECTS = words("je u ze")  # "Roos helpt je": after a verb in -t an object
# "laat Wil weten", "laat Roos even weten": the name between "laat" and "weten" is a person.
_LET_KNOW = re.compile(r"\s+(?:(?:het|even|maar|dan|wel|gerust|snel|tijdig|vooraf)\s+){0,2}weten\b")
_VERB_PAIRS = ("vraag naar", "dank aan", "met dank aan", "bedankt aan", "dankjewel")
_PREV_WORD = re.compile(r"([\w.]+)[\s,:]*$")
_TOKEN_STRIP = ".,:;!?()\"'‘’“”"

NAME_MESSAGE = (
    "Hier staat de naam van een persoon ('{name}'). Namen zetten we niet op de site: die is voor "
    "iedereen te zien, en mensen in de buurt kunnen kwetsbaar zijn. Noem een rol, geen naam: "
    "bijvoorbeeld 'de huismeester' of 'een buurvrouw'."
)
MAYBE_NAME_MESSAGE = (
    "Is '{name}' de naam van een persoon? Namen zetten we niet op de site: die is voor iedereen "
    "te zien. Noem dan een rol, geen naam: bijvoorbeeld 'de huismeester' of 'een buurvrouw'."
)
ROLE_MESSAGE = (
    "Schrijf een rol, geen naam: bijvoorbeeld 'de huismeester' of 'een nieuwe bewoner'. "
    "'{name}' lijkt een naam van een persoon, en de site is voor iedereen te zien."
)


@functools.cache
def first_names() -> frozenset[str]:
    words = (_DATA / "voornamen.txt").read_text(encoding="utf-8").split()
    words += (_DATA / "voornamen-extra.txt").read_text(encoding="utf-8").split()
    return frozenset(words) - NOT_NAMES


@functools.cache
def surnames() -> frozenset[str]:
    words = (_DATA / "achternamen.txt").read_text(encoding="utf-8").split()
    return frozenset(words) - NOT_NAMES


@functools.cache
def plural_surnames() -> frozenset[str]:
    """Surnames in the plural, in lowercase, that are no other frequent token: "mulders",
    "jansens" (a family: "de tweeling van de Mulders"), not "hollanders" or "smits"."""
    return frozenset(name.lower() + "s" for name in surnames()) - known_tokens()


@functools.cache
def _word_list() -> list[str]:
    return (_DATA / "woorden.txt").read_text(encoding="utf-8").split()


@functools.cache
def dutch_words() -> frozenset[str]:
    """Ordinary Dutch words, lowercase (derived from OpenTaal and wordfreq)."""
    return frozenset(_word_list())


@functools.cache
def frequent_words() -> frozenset[str]:
    """The most common Dutch words: "Dan", "Wil", "Ben" at a sentence start are these."""
    return frozenset(_word_list()[:FREQUENT])


@functools.cache
def known_tokens() -> frozenset[str]:
    """Other common tokens (places, brands, foreign words), lowercase; not first names."""
    listed = frozenset((_DATA / "bekend.txt").read_text(encoding="utf-8").split())
    return listed | _things().plain


class _Things:
    """Proper names in buurt texts that name no private person, from ``data/geen-personen.txt``:
    charities, clubs, brands, shops, fruit varieties, children's books and TV, performers.

    ``names``: the name (its words lowercased, joined by a space) and its kind; ``plain``:
    one-word names that are no first name or surname, ordinary words from now on; ``weak``: names
    that may also be a person ("Dorcas", "Santana", "Jan Smit"), only a thing with another name
    of the list or a ``cues`` word of its kind in the same text."""

    def __init__(self, text: str) -> None:
        self.names: dict[str, str] = {}
        self.cues: dict[str, frozenset[str]] = {}
        self.weak: set[str] = set()
        kind = ""
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                kind, _, cues = line[1:].partition("]")
                self.cues[kind] = frozenset(cues.replace("woorden:", "").split())
                continue
            key = " ".join(_thing_words(line.lower().replace("’", "'")))
            self.names[key] = kind
            one = " " not in key
            stem = _DIMINUTIVE.sub("", line)  # "Bartje": a pet form of a first name
            if kind == "artiesten" or (
                one
                and (
                    line in first_names()
                    or fold(line) in first_names()
                    or stem in first_names()
                    or line in surnames()
                )
            ):
                self.weak.add(key)
        self.plain = frozenset(k for k in self.names if " " not in k and k not in self.weak)
        self.longest = max(k.count(" ") + 1 for k in self.names)
        self.heads = frozenset(k.split(" ", 1)[0] for k in self.names)


# Words of a name: "bol.com", "m&m's", "coca-cola", "tony's"; a dot or dash at the end is cut.
_THING_TOKEN = re.compile(r"[^\W_][\w'&.-]*")


def _thing_words(low: str) -> list[str]:
    return [t.rstrip(".-") for t in _THING_TOKEN.findall(low)]


@functools.cache
def _things() -> _Things:
    return _Things((_DATA / "geen-personen.txt").read_text(encoding="utf-8"))


FREQUENT = 1500


@functools.cache
def lower_surnames() -> frozenset[str]:
    """Surnames written lowercase that are no Dutch word: "jansen", "yilmaz", and "vries"
    (a verb form nobody writes). "jan de jong" or "bas de groot" in lowercase stay unknown: a
    text with "jong" or "groot" is too common to look further at each time."""
    known = dutch_words()
    every = (s.lower() for s in surnames() | PARTICLE_SURNAMES)
    return frozenset(low for low in every if low not in known) | {"vries"}


# "jan de vries", "kees van der heijden": a first name, particles and a surname, all lowercase.
_LOWER_FULL = re.compile(
    r"(?<![\w'’@./-])(?=([a-zà-ÿğışçöüł]{2,})\s+((?:van\s+der|van\s+den|van\s+de|van|de|der"
    r"|den|ter|ten|el|al)\s+)?([a-zà-ÿğışçöüł]{3,})(?![\w'’@-]))"
)


def _lower_full_names(text: str) -> list[Finding]:
    found = []
    surnames_low = lower_surnames()
    names = first_names()
    known = dutch_words()
    low = text.lower()
    for match in _LOWER_FULL.finditer(text):
        first, particles, last = match.group(1, 2, 3)
        if last not in surnames_low or (first[0].upper() + first[1:]) not in names:
            continue
        surname = last[0].upper() + last[1:]
        if particles:
            # "jan de vries", "kees van der heijden"; two ordinary words ("ben de baas") only
            # with a common surname after the particle.
            if first in known and last in known and surname not in PARTICLE_SURNAMES:
                continue
        elif last in known or (surname in names and surname not in surnames()):
            continue  # "mark jansen" is a name; "lotte bakker" may be a baker
        if low.startswith(_LOWER_BRANDS, match.start()):
            continue  # "albert heijn", "douwe egberts"
        before = _prev_words(text, match.start(1), 1)
        if before in {"de", "het", "een", "'t"}:
            continue  # "een ouwe philips": no article before a name
        if before and (
            before[0].upper() + before[1:] in _PLACE_BEFORE
            or _ORG_END.search(before) is not None
            or public.PLACE.fullmatch(before) is not None
        ):
            continue  # "stichting jan meijer", "sportpark abe lenstra": named after someone
        start, end = match.start(1), match.end(3)
        if found and found[-1].end > start:
            continue
        found.append(_finding(start, end, ERROR, text[start:end], False))
    return found


@functools.cache
def lower_names() -> frozenset[str]:
    """First names written lowercase that are no common word: "joop", "ria", "henk"."""
    frequent = frequent_words()
    return (
        frozenset(n.lower() for n in first_names() if len(n) >= 3 and n not in AMBIGUOUS) - frequent
    )


def is_first_name(word: str, *, strict: bool = False) -> bool:
    """A first name from the list; ``strict`` leaves out names that are also words (Roos)."""
    if word not in first_names():
        return False
    return not (strict and _ambiguous(word))


def looks_like_surname(token: str) -> bool:
    return token.capitalize() in surnames()


def has_name_word(text: str) -> bool:
    """Cheap test: is any capitalised word in the text a first name?"""
    names = first_names()
    return any(_base(word) in names for word in _NAME_WORD.findall(text))


def _ambiguous(word: str) -> bool:
    return word in AMBIGUOUS or word.lower() in frequent_words()


_DIMINUTIVE = re.compile(r"(?:['’](?:tje|je|ke|s)|tje|ke)$")


_PET_ENDS = ("tje", "pje", "kje", "je", "ie", "ke")


def fold(word: str) -> str:
    """The word without accents: "Hélène" → "Helene", "Zoë" → "Zoe". The name lists hold most
    names in one spelling only; writers add or drop accents (and keyboards do)."""
    if word.isascii():
        return word
    bare = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in bare if not unicodedata.combining(c)))


@functools.lru_cache(maxsize=1 << 16)
def _base(word: str) -> str:
    """ "Saskia'tje" → "Saskia", "Jantje" → "Jan", "Piets" stays (a list lookup decides);
    "Hélène" → "Helene" when only that spelling is in the list."""
    if word in first_names():
        return word
    if not word.isascii():
        folded = fold(word)
        if folded in first_names():
            return folded
    if word.endswith(("tje", "je", "ke", "'s", "’s")):
        stripped = _DIMINUTIVE.sub("", word)
        if stripped != word and stripped in first_names():
            return stripped
    if word.endswith(_PET_ENDS) and word.lower() not in dutch_words():
        # "Henkie", "Tompje", "Bassie", "Annetje": a pet form; not "Broodje" or "Koffie".
        for end in _PET_ENDS:
            if word.endswith(end) and len(word) - len(end) >= 2:
                stem = word[: -len(end)]
                for candidate in (stem, stem[:-1]):
                    if len(candidate) >= 2 and candidate in first_names():
                        return candidate
    if "'" in word or "’" in word:
        return word.replace("’", "'").split("'")[0]
    if word.endswith("s") and len(word) > 4 and word[:-1] in first_names():
        low = word.lower()  # "Henks fiets", "Joops tuin"; not "Engels" or "Pools"
        if not _ambiguous(word[:-1]) and low not in dutch_words() and low not in known_tokens():
            return word[:-1]
    return word


ORDINARY, AMBIGUOUS_NAME, NAME, UNKNOWN = 0, 1, 2, 3
# Capitalised words known to be ordinary (no name, not unknown): a set test in C skips texts
# made of these. Filled by `word_class`.
_ORDINARY_CAPS: set[str] = set()


@functools.lru_cache(maxsize=1 << 17)
def word_class(word: str) -> int:
    """What a capitalised word is: a first name, one that is also a word, unknown, or neither.

    Cached: the capitalised words of a whole country's buurt texts are a few ten thousand.
    """
    base = _base(word)
    if base in first_names():
        return AMBIGUOUS_NAME if _ambiguous(base) else NAME
    if _unknown(word):
        return UNKNOWN
    if len(_ORDINARY_CAPS) < 500_000 and not (word.isupper() and _shouting([word])):
        _ORDINARY_CAPS.add(word)  # "GGD" is ordinary; "BAS" or "HEEFT" may be text in capitals
    return ORDINARY


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'‘“(")
    return not before or before[-1] in ".!?:;\n-–•*#>"


def _prev_words(text: str, start: int, count: int = 3) -> str:
    """The (up to) ``count`` words before ``start``, lowercased, punctuation removed."""
    tokens = text[max(0, start - 40) : start].lower().split()
    return " ".join([t for t in (t.strip(_TOKEN_STRIP) for t in tokens) if t][-count:])


# Capitalised words before a first name that make it part of a place, organisation or feast.
_PLACE_BEFORE = words(
    """
    Stichting Buurthuis Basisschool School Speeltuin Sint Prins Prinses Koning Koningin
    Burgemeester Burg Pr Dr Prof St Kerk Wijkcentrum Zaal Café Cafe Huize Villa Camping Park
    Museum Theater Hotel Restaurant Zorgcentrum Verpleeghuis Woonzorgcentrum Hof Fort Molen
    Kasteel Zwarte Graaf Gravin Hertog Keizer Paus Heilige Stadion Sporthal Zwembad Bibliotheek
    Moskee Ziekenhuis Kliniek Apotheek Praktijk Gezondheidscentrum Winkelcentrum Brede Kindcentrum
    Vereniging Club Fonds Lyceum College Gymnasium Academie Bakkerij Slagerij Kapsalon Garage
    OBS CBS RKBS PCBS IKC KDV BSO Obs Cbs Ikc Kindcentrum Wijkcentrum Buurtcentrum
    Snackbar Cafetaria Pizzeria Toko Bakker Slager Kapper Salon Supermarkt Drogisterij
    Tandartspraktijk Huisartsenpraktijk Fysiotherapie Lunchroom Eetcafé Grillroom
    Sportpark Sportcomplex Sportveld Sportcentrum Voetbalveld Trapveld Speelveld Plantsoen
    Kinderboerderij Gemeenschapshuis Jongerencentrum Zorgboerderij Manege Ijsbaan IJsbaan
    SV VV FC AFC RKSV RKVV SC HV KV ZV CV MHC HC BC TC Sportclub Voetbalclub Scouting Harmonie
    Fanfare Koor Zangkoor Orkest Toneelvereniging Schutterij Gilde Loge Kerkgenootschap
    Parochie Gemeente Volkstuin Volkstuinvereniging Speeltuinvereniging Buurtvereniging
    Wijkvereniging Carnavalsvereniging Muziekvereniging Dansschool Muziekschool Sportschool
    Storm Orkaan Zalencentrum Koninklijke Hotel Hostel Paviljoen Strandpaviljoen Jachthaven
    Tuincentrum Santa San Saint Sankt
    Synagoge Tempel Mandir Gurdwara Kapel Klooster Abdij Kathedraal Basiliek Pagode Cemevi
    Gebedshuis Begraafplaats Kerkhof Landgoed Slot Dorp Vesting
    """
)
# A capitalised compound that ends in one of these names a club or building, and the word
# after it is its name: "Korfbalvereniging Wilhelmus", "Voetbalclub SV Oosterkwartier".
_ORG_END = re.compile(
    r"(?:vereniging|club|koor|stichting|school|sporthal|zwembad|park|plein|centrum|gebouw"
    r"|college|lyceum|kerk|moskee|theater|museum|stadion|kliniek|ziekenhuis|bibliotheek|orkest"
    r"|harmonie|fanfare|sportpark|complex|buurthuis|wijkhuis|clubhuis|huis|hal|zaal|tuin|bank"
    r"|bus|krant|groep|winkel|handel|bedrijf|kringloop|fonds|lijn|kerk|markt)$"
)
_ORG_BEFORE = re.compile(r"(?<![\w'’-])(" + _UP + r"[a-zà-ÿ]{5,})\s+(?:[A-Z]{2,5}\s+)?$")
# Verbs and phrases after a word that make it a person: "Wojtek kookt", "Oksana geeft les".
_PERSON_VERBS = sorted(
    words(
        """
        heeft had kookt kookte bakt bakte helpt hielp leert leerde geeft gaf deelt deelde speelt
        speelde kwam kwamen komt komen woont woonde zingt vertelt vertelde repareert repareerde
        regelt regelde doet deed zit zat maakt maakte brengt bracht past paste opent opende zegt zei
        vindt wil kan gaat ging spreekt schildert naait breit tuiniert klust rijdt loopt wandelt
        fietst draait werkt zorgt staat stond organiseert verzorgt tekent belt appt mailt schreef
        schrijft danst lacht vierde viert kent weet houdt hield ruimt veegt veegde plant maait
        sjouwt bezorgt helpen spelen koken bakken neemt nam leest las leidt leidde begeleidt
        presenteert presenteerde knipt verkoopt haalt haalde zet zette stuurt stuurde bouwt bouwde
        timmert timmerde verft verfde
        """
    )
)
_PERSON_AFTER = re.compile(
    r"\s*,?\s*(?:" + "|".join(_PERSON_VERBS) + r"|is\s+(?:de|onze)\s+(?:beste|vaste|nieuwe"
    r"|liefste|oudste|jongste)|is\s+er\s+(?:altijd|elke|iedere)"
    r"|(?:is|was|wordt|werd)\s+(?:\w+\s+)?(?:jarig|getrouwd|verhuisd|overleden|geslaagd"
    r"|bevallen|geboren|opgenomen|ontslagen|gescheiden)|en\s+(?:haar|zijn|z'n|d'r)(?=\s)"
    r"|uit\s+(?:" + _UP + r")|\(\d{1,2}(?:\s*jaar)?\))(?!\w)"
)
# "Kidus en Abeba zijn …": two unknown words and a plural verb.
_PLURAL_AFTER = re.compile(
    r"\s+(?:zijn|waren|hebben|hadden|wonen|woonden|komen|kwamen|gaan|gingen)\b"
)
# A finite verb right before an unknown word makes it the subject: "toen kwam Mulugeta".
_INVERTED = words(
    """
    was is kwam komt heeft had hielp helpt bracht brengt zei zegt vertelde vertelt kookte kookt
    bakte bakt ging gaat zat zit stond staat deed doet maakte maakt gaf geeft wist weet belde
    neemt nam speelt speelde zingt zong draait draaide leest las opent opende regelt regelde
    woont woonde werkt werkte helpt hielp schildert tekent naait breit repareert
    vond vindt kreeg krijgt kocht koopt zag ziet begon begint won wint volgde volgt leerde leert
    haalde haalt startte start zong verhuisde verhuist trouwde trouwt slaagde slaagt
    ontving ontvangt organiseerde organiseert schreef schrijft tekende verzorgde leidde
    liep fietste danste hoorde vroeg vraagt sloot
    """
)
# "dankzij Mark", "volgens Sem", "zonder Fleur was het niet gelukt".
_THANKS_TO = words("dankzij volgens zonder")
_SUBJECTS = words("ik je jij ze zij hij we wij u jullie men")
# A verb before an unknown word that has a person as its object: "we missen Babajide".
_PERSON_OBJECT = words("mist missen miste misten bedank bedanken bedankt groet groeten ontmoet")
# "gemaakt door Wiktoria", "gebakken door Ifeoma": who did it.
_DONE_BY = re.compile(r"(?<![\w])ge[a-zà-ÿ]{2,}(?:d|t|en)\s+door\s+$")
# A text needs one of these words before an unknown capitalised word can be a person.
_PERSON_HINT = (
    frozenset(_PERSON_VERBS)
    | _INVERTED
    | _PERSON_OBJECT
    | words("dank bedankt groetjes liefs hoi hallo wel uit zijn waren hebben wonen komen")
    | words("tegen met bij dat aan voor via samen door namens dankzij volgens")
    | words("gefeliciteerd proficiat felicitaties hoera")
)


# Words before a name that make the next word a person: "met Joop", "via Yvonne", "dank je Ali".
_PERSON_BEFORE = words(
    """
    met via bel app vraag dank bedankt groetjes groeten groet liefs namens door aan voor en
    sms mail whatsapp appen bellen tegen zoals hallo hoi hey dag lieve beste
    gefeliciteerd proficiat felicitaties hoera
    """
)
_LOWER_BEFORE = words(
    """
    met via bel app vraag dank bedankt groetjes groeten groet liefs namens en sms appen bellen
    van door bij aan voor naar
    hallo hoi hey lieve buurman buurvrouw ome oom tante opa oma juf meester meneer mevrouw
    """
)


# Languages that are also a first name or surname ("Frans", "Engels"): a language in a list
# of languages ("Frans en Engels", "Engels/Frans") or after a word for speaking or a lesson
# ("les Frans", "in het Frans", "spreekt Frans"); "Frans helpt", "met Frans" stay a person.
_LANGUAGE_NAMES = words("Frans Engels")
_LANGUAGES = (
    r"(?:nederlands|engels|frans|duits|spaans|italiaans|portugees|pools|turks|arabisch|russisch"
    r"|oekraïens|chinees|perzisch|farsi|dari|pashto|tigrinya|somalisch|papiaments|sranan"
    r"|sranantongo|berbers|tamazight|koerdisch|roemeens|bulgaars|grieks|hindi|urdu|japans)"
)
_LANGUAGE_AFTER = re.compile(r"(?i:\s*(?:,|/|\ben\b|\bof\b|&)\s*" + _LANGUAGES + r"\b)")
_LANGUAGE_BEFORE = re.compile(
    r"(?i:(?:\b" + _LANGUAGES + r"\s*(?:,|/|\ben\b|\bof\b|&)"
    r"|(?:les|lessen|cursus|cursussen|taal|spreekt|spreek|spreken|sprak|spraken|het|vertaald"
    r"|vertalen|ondertiteld|tolk|woorden|beetje|vloeiend|goed|praat|praten|leren|leert"
    r"|leer|lees|leest)\b)\s*$)"
)


def _spoken_language(text: str, start: int, end: int) -> bool:
    return (
        _LANGUAGE_AFTER.match(text, end) is not None
        or _LANGUAGE_BEFORE.search(text, max(0, start - 30), start) is not None
    )


# "Gefeliciteerd Roos, 18 jaar!", "Proficiat Mark met je diploma": a person congratulated.
_CONGRATS = words("gefeliciteerd proficiat hoera felicitaties harte welkom")
_CONGRATS_AFTER = re.compile(r"\s*(?:[,!]|met\b|van\b|\(|\d)")


# Words that may stand next to a name that is also a word ("bel Roos", "Roos kookt").
_AMBIGUOUS_CONTEXT = words(
    """
    kusjes kus knuffel xoxo
    mvg vrgr vgr grtz grts grt grtjs hgr xx xxx
    bel app mail sms whatsapp vraag spreek zoek bedankt groetjes groeten groet liefs namens
    contactpersoon contact naar aan dank met heet ben is heeft had kookt bakt helpt leert
    geeft deelt speelt kwam komt woont zingt vertelt repareert regelt doet zit maakt brengt
    past opent zegt
    gefeliciteerd proficiat felicitaties hoera
    """
)


_WORD = re.compile(r"[^\W\d_][\w']*")


def find(
    text: str,
    kind: FieldKind,
    allow: Allowlist,
    low: str | None = None,
    words: list[str] | None = None,
    *,
    more: bool = True,
    cased: bool = False,
) -> list[Finding]:
    """Names in ``text``; ``low`` and ``words`` (lowercased, its words) if the caller has them.

    A text without a single capital ("zeynep yıldız geeft de kookles", "dhr. el amrani opent")
    is also read as if it were in capitals, which ``recase`` writes as Dutch is written."""
    found = _find_names(text, kind, allow, low, words, more=more, cased=cased)
    if " van " in text and not _KIN.isdisjoint(
        _WORD.findall(text.lower()) if words is None else words
    ):
        found = _kin_of(text, kind, allow, found)  # "de vrouw van Bakker", "ut maedje van Lambers"
    if ("'" in text or "’" in text) and _ELIDED.search(text) is not None:
        found = _elided_names(text, kind, allow, found)  # "N'Diaye", "O'Brien", "D'Souza"
    if "#" in text and _HASHTAG.search(text) is not None:
        found = _hashtag_names(text, kind, found)  # "#TeamMarieke", "#bedanktRia"
    if cased or not text.islower():
        return found
    words = _WORD.findall(text) if words is None else words
    if lower_names().isdisjoint(words) and (
        len(words) < 2
        or (
            HONORIFICS.isdisjoint(words)
            and lower_surnames().isdisjoint(words)
            and _LOWER_HINT.isdisjoint(words)
        )
    ):
        return found  # "huismeester", "elke derde zaterdag van de maand"
    upper = text.upper()
    if len(upper) != len(text):
        return found  # "ß" is "SS": positions would move
    recased = recase(upper)
    if found:  # "de kippen truus en greet": read in capitals, the names of animals
        spans = _thing_spans(recased, found)
        found = [f for f in found if not any(s <= f.start and f.end <= e for s, e in spans)]
    more_found = [
        _requote(text, recased, f)
        for f in _find_names(recased, kind, allow, None, None, more=more, cased=True)
    ]
    for wide in more_found:  # "mariam haidari" read in capitals wins over "mariam"
        inside = [f for f in found if wide.start <= f.start and f.end <= wide.end]
        rest = [f for f in found if f not in inside]
        if any(not (wide.end <= f.start or f.end <= wide.start) for f in rest):
            continue
        if inside and not _name_words_only(text, wide, inside):
            continue  # "truus van de handwerkclub": keep "truus"
        found = [*rest, wide]
    return sorted(found, key=lambda f: f.start)


# Someone known as the family member of a surname: "de vrouw van Bakker", "het meisje van
# Lambers", "ut maedje van Lambers" (dialect), "de kinderen van Visser".
_KIN = words(
    """
    vrouw man meisje meid meiske maedje wicht jongen jong knul kind kinderen kinders zoontje
    dochtertje moeder vader weduwe weduwnaar ex vriendin vriend schoonzoon schoondochter
    kleinkind kleinkinderen tweeling baby
    """
)
_KIN_OF = re.compile(
    r"(?<![\w'’-])(?i:vrouw|man|meisje|meid|meiske|maedje|wicht|jongen|jong|knul|kind|kinderen"
    r"|kinders|zoontje|dochtertje|moeder|vader|weduwe|weduwnaar|ex|vriendin|vriend|schoonzoon"
    r"|schoondochter|kleinkind|kleinkinderen|tweeling|baby)\s+van\s+("
    + _UP
    + r"[a-zà-ÿ]{2,})(?![\w'’-])"
)


def _kin_of(text: str, kind: FieldKind, allow: Allowlist, found: list[Finding]) -> list[Finding]:
    out = list(found)
    for match in _KIN_OF.finditer(text):
        start, end = match.span()
        surname = match.group(1)
        if (
            surname not in surnames()  # also one that is a word: "de vrouw van Bakker"
            or surname.lower() in known_tokens()
            or surname.lower() in frequent_words()
            or _is_place_word(surname)
            or any(f.start < end and start < f.end for f in out)
            or allow.allows(surname)
        ):
            continue
        out.append(_finding(start, end, ERROR, text[start:end], kind in _PERSON_FIELDS))
    return sorted(out, key=lambda f: f.start)


# A surname with an elided prefix: "N'Diaye", "O'Brien", "D'Souza", "M'Bala" (not the French
# article of a brand: "L'Oréal"). Alone, at a sentence start, after an honorific.
_ELIDED = re.compile(
    r"(?<![\w'’-])(?:[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\s+)?[DNOM]['’]" + _UP + r"[a-zà-ÿ]{2,}"
    r"(?![\w'’-])"
)


def _elided_names(
    text: str, kind: FieldKind, allow: Allowlist, found: list[Finding]
) -> list[Finding]:
    """``found`` and the names with an elided prefix (see ``_ELIDED``) that no finding holds;
    a first name before one is quoted with it ("Aïcha N'Diaye")."""
    out = list(found)
    for match in _ELIDED.finditer(text):
        start, end = match.span()
        words_ = match.group().split()
        if len(words_) == 2 and not is_first_name(_base(words_[0])):
            start = end - len(words_[1])  # "Mevrouw N'Diaye": the honorific is no first name
        tail = text[start:end].split()[-1]
        stem = tail[2:].lower()
        if stem in dutch_words() and stem not in lower_surnames():
            continue
        if (
            stem in known_tokens()
            and _prev_words(text, start, 1) not in _PERSON_BEFORE | HONORIFICS
            and _PERSON_AFTER.match(text, end) is None
        ):
            continue  # "het boek van D'Artagnan"; not "aan D'Souza", "D'Souza kookt"
        if text.startswith(("'s", "’s"), end) or allow.allows(text[start:end]):
            continue  # "O'Neill's pub": a shop
        if any(f.start <= start and end <= f.end for f in out):
            continue
        out = [f for f in out if not (start <= f.start and f.end <= end)]
        out.append(_finding(start, end, ERROR, text[start:end], kind in _PERSON_FIELDS))
    return sorted(out, key=lambda f: f.start)


# A hashtag with a capital inside: "#TeamMarieke", "#DankjewelRia", "#bedanktAhmed".
_HASHTAG = re.compile(r"(?<![\w#&])#([A-Za-zÀ-ÿ]*[a-zà-ÿ][A-ZÀ-Þ][A-Za-zÀ-ÿ]*)")
_HASHTAG_PART = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+")


def _hashtag_names(text: str, kind: FieldKind, found: list[Finding]) -> list[Finding]:
    """``found`` and the first names inside hashtags written in CamelCase; a name that is also
    a word ("#TeamRoos", "#KiemBloeit") stays."""
    out = list(found)
    for tag in _HASHTAG.finditer(text):
        for part in _HASHTAG_PART.finditer(text, tag.start(1), tag.end(1)):
            word = part.group()
            if len(word) < 3 or not is_first_name(word, strict=True):
                continue
            start, end = part.span()
            if any(f.start < end and start < f.end for f in out):
                continue
            out.append(_finding(start, end, ERROR, word, kind in _PERSON_FIELDS))
    return sorted(out, key=lambda f: f.start)


def _name_words_only(text: str, wide: Finding, inside: list[Finding]) -> bool:
    """Does ``wide`` add to the findings ``inside`` it only an honorific before ("ome", "mw.")
    and particles, surnames or words that are no Dutch word after ("van den broek", "koster",
    "yıldız")? Not "discord van daan" or "truus van de handwerkclub"."""
    first = min(f.start for f in inside)
    extra = list(text[wide.start : wide.end])
    for f in inside:
        extra[f.start - wide.start : f.end - wide.start] = " " * (f.end - f.start)
    known = dutch_words()
    for word in _WORD.finditer("".join(extra).lower()):
        low = word.group()
        if low in HONORIFICS or low.rstrip(".") in _ABBREVIATED:
            continue
        if wide.start + word.start() < first:
            return False  # "discord van daan": a thing before the name
        if low in _PARTICLE_WORDS or low.capitalize() in surnames() or low in lower_surnames():
            continue
        if low.capitalize() in PARTICLE_SURNAMES or low.capitalize() in first_names():
            continue  # "van der plas", "klaas-jan"
        if low in known or low in known_tokens() or _compound(low):
            return False
    return True


# Words of a text in lowercase that may stand next to a name no list knows ("wie kent tsegay").
_LOWER_HINT = words("uit kent dankzij bedankt dank tnx thanks hoi groetjes liefs zuster broeder")


def _find_names(
    text: str,
    kind: FieldKind,
    allow: Allowlist,
    low: str | None = None,
    words: list[str] | None = None,
    *,
    more: bool = True,
    cased: bool = False,
) -> list[Finding]:
    """Names in ``text`` as it is written (see ``_find_names_only``), and families named by
    their surname in the plural: "van de Mulders", "bij de Jansens"."""
    found = _find_names_only(text, kind, allow, low, words, more=more, cased=cased)
    words = _WORD.findall(text.lower() if low is None else low) if words is None else words
    if plural_surnames().isdisjoint(words):  # the usual text: one set test
        return found
    caps = [c for c in _NAME_WORD.findall(text) if c[-1] == "s" and c[:-1] in surnames()]
    for hit in _FAMILY.finditer(text):
        start, end = hit.span(1)
        word = hit.group(1)
        if (
            word not in caps
            or word.lower() in known_tokens()  # "de Hollanders", "de Smits" (a brand)
            or _NEXT_CAP.match(text, end) is not None  # "bij de Mulders Hoeve": a place
            or any(f.start < end and start < f.end for f in found)
            or allow.allows(word)
        ):
            continue
        found.append(_finding(start, end, ERROR, word, kind in _PERSON_FIELDS))
    return sorted(found, key=lambda f: f.start)


# A family by its surname in the plural, after a preposition: "de tweeling van de Mulders",
# "koffie bij de Jansens", "samen met de Pietersens".
_FAMILY = re.compile(
    r"(?<![\w'’-])(?:van|bij|met|naast|aan|voor|tegen|door|zoals|achter|boven|onder)\s+de\s+("
    + _UP
    + r"[a-zà-ÿ]+s)(?![\w'’-])"
)


def _find_names_only(
    text: str,
    kind: FieldKind,
    allow: Allowlist,
    low: str | None = None,
    words: list[str] | None = None,
    *,
    more: bool = True,
    cased: bool = False,
) -> list[Finding]:
    """Names in ``text`` as it is written (see ``find``).

    ``more``: also the forms found by their own pattern (Dirk-Jan, Zhang Wei, M.e.r.e.l.).
    ``cased``: capitals already restored (see ``recase``)."""
    if kind is FieldKind.CONTACT and ("@" in text or "/" in text or "www" in text.lower()):
        kind = FieldKind.TEXT  # "info.kiem@…": a word of an address, no name that is a word
    caps = _NAME_WORD.findall(text)
    low = text.lower() if low is None else low
    words = _WORD.findall(low) if words is None else words
    # The usual text: only capitalised words seen before that are no name, and none of the
    # gates below that can find a name among ordinary words ("Fam. Oosterhuis", "J. Bakker",
    # "huismeester Visser"). It must give what the full path gives, or a finding would depend
    # on which texts were scanned before.
    ordinary = (
        _ORDINARY_CAPS.issuperset(caps)  # no word in capitals that may be a name: see word_class
        and lower_names().isdisjoint(words)
        and HONORIFICS.isdisjoint(words)
        and "heet" not in low
        and "naam" not in low
        and "noem" not in low
        and _ROLE_HINT.isdisjoint(words)
        and HONORIFICS.isdisjoint(low.split())
        and _INITIAL.search(text) is None
        and lower_surnames().isdisjoint(words)
        and (_surname_caps().isdisjoint(caps) or not _surname_gate(text, caps))
    )
    # "M.e.r.e.l." has a dot per letter (most texts with three dots are three sentences)
    dotted = more and text.count(".") >= 3 and _DOTTED_HINT.search(text) is not None
    if ordinary and not dotted:
        return []
    if not cased and any(map(str.isupper, caps)) and _shouting(caps):
        recased = recase(text)
        if recased != text:  # "BAS DE GROOT heeft de kast gemaakt", "Bedankt, WILLEM VOS"
            found = find(recased, kind, allow, None, None, more=more, cased=True)
            return [_requote(text, recased, f) for f in found]
    lower_full = not ordinary and not lower_surnames().isdisjoint(words)  # "jan de vries"
    extra: list[Finding] = _dotted_names(text) if dotted else []
    if more and not ordinary:
        if "-" in text and any(c + "-" in text for c in caps):  # "Dirk-" before a regex
            extra += _hyphened_names(text)
        if not _EAST_ASIAN_FAMILY.isdisjoint(words):
            extra += _east_asian_names(text)
    if extra:
        dehyphened = text.replace("-", " ")  # same length: positions stay
        found = extra + [
            f
            for f in find(
                dehyphened, kind, allow, low.replace("-", " "), words, more=False, cased=cased
            )
            if not any(h.start <= f.start < h.end for h in extra)
        ]
        return [
            f for f in _not_folklore(text, found, cased) if not allow.allows(text[f.start : f.end])
        ]
    if ordinary:
        return []
    hint = not (_LOWER_BEFORE.isdisjoint(words) and _PERSON_HINT.isdisjoint(words))
    lower_context = hint and any(name in text for name in lower_names().intersection(words))
    if lower_full:
        lower_found = _lower_full_names(text)
        if lower_found:
            rest = [w for w in words if w not in lower_surnames()]
            lower_found += [
                f
                for f in find(text, kind, allow, low, rest, more=more, cased=cased)
                if not any(g.start <= f.start < g.end for g in lower_found)
            ]
            lower_found = _not_folklore(text, lower_found, cased=True)  # "jip en janneke"
            return [f for f in lower_found if not allow.allows(text[f.start : f.end])]
    if not caps and not lower_context:
        return []
    tokens = set(low.split())
    honorifics = HONORIFICS.intersection(tokens) | HONORIFICS.intersection(words)
    classes = {word_class(c) for c in caps}  # also fills _ORDINARY_CAPS
    intro = "heet" in low or "naam" in low or "noem" in low or "genaamd" in low
    strong = NAME in classes
    ambiguous = AMBIGUOUS_NAME in classes and (
        kind in _PERSON_FIELDS
        or len(caps) > 1
        or not _AMBIGUOUS_CONTEXT.isdisjoint(words)
        or not _PERSON_HINT.isdisjoint(words)
        or "haar" in words
        or "(" in text
        or not _VERBS.isdisjoint(words)
        or "—" in text
        or "–" in text
        or _strange_word(words)  # "Roos hef suker": dialect after a name, see _strange_next
    )
    unknown = UNKNOWN in classes and (
        strong
        or AMBIGUOUS_NAME in classes
        or not _PERSON_HINT.isdisjoint(words)
        or not _ROLE_HINT.isdisjoint(words)
    )
    found: list[Finding] = []
    if strong or ambiguous or honorifics or intro:
        found += _find(text, kind, strong or ambiguous, honorifics, intro)
    if unknown or lower_context:
        found += _as_they_occur(text, kind, found, lower_context, unknown)
    bare = not _surname_caps().isdisjoint(caps) and _BARE_HINT.search(text) is not None
    if not _ROLE_HINT.isdisjoint(words) or _INITIAL.search(text) is not None or bare:
        found += _initials_and_roles(text, kind, found, bare)
    if not _plain_surnames().isdisjoint(caps):
        found += _lone_surnames(text, kind, found)
    if not found:
        return found
    if "'s " in text or "’s " in text:  # "Jansen's Bakkerij": a shop, no person
        found = [f for f in found if _SHOP_POSSESSIVE.match(text, f.start) is None]
    if "namen van" in low:  # "Jan Vos en Jan Smit zijn de namen van de nieuwe zalen"
        found = _not_names_of_things(text, found)
    return [f for f in _not_folklore(text, found, cased) if not allow.allows(text[f.start : f.end])]


# A word in capitals only: "WILLEM", "DE", "GGD".
_UPPER_WORD = re.compile(r"(?<![\w'’])" + _UP + r"(?:" + _UP + r"|['’](?=" + _UP + r"))+(?![\w'’])")
# Words after which a name that is also a word ("JAN", "ROOS") is a name in capitals.
_NAME_CONTEXT = (
    _LOWER_BEFORE | _VERBS | HONORIFICS | _PERSON_OBJECT | _THANKS_TO | words("ben heet")
)


# Dutch words of two letters, lowercased in capitals: "BAS DE GROOT", "KOFFIE EN THEE".
_SHORT_WORDS = words("de en op in is te of om al na zo nu ik je we ze u er ga af uw 't")
_PARTICLE_WORDS = words("van de der den ter ten te el al ben 't")
# What a word in capitals is, before its neighbours decide: a name, a name that is also a
# word, a surname, an unknown word, an ordinary word, a place word, or left as it is.
_NAME_W, _NAME_WORD_W, _SURNAME_W, _UNKNOWN_W, _LOW_W, _CAP_W, _KEEP_W, _CAP_KNOWN_W = range(8)
# Before a name that is also a word, in capitals: "BEL JAN", "IK BEN ROOS", "OPA BAS".
_STRONG_CONTEXT = (
    _VERBS | HONORIFICS | _THANKS_TO | words("ben heet dank bedankt dankjewel namens laat")
)


def low_of(match: re.Match[str]) -> str:
    return match.group().lower()


def _lower(word: str) -> str:
    """Lowercase of the same length: "İBRAHİM" → "ibrahim" (Python makes "i̇" of "İ")."""
    return word.replace("İ", "I").lower()


def _shouting(caps: list[str]) -> bool:
    """Is a word in capitals a name or an ordinary word ("BAS", "HEEFT"), not only an
    abbreviation such as "BSN", "GGD" or "IBAN"?"""
    known = dutch_words()
    names = first_names()
    for word in caps:
        if len(word) >= 3 and word.isupper():
            low = _lower(word)
            cap = word[0] + low[1:]
            if low in known or cap in names or cap in surnames() or fold(cap) in names:
                return True
            if len(word) >= 4 and low not in known_tokens():
                return True  # an unknown word in capitals: "OLUWASEUN"
    return False


def recase(text: str) -> str:
    """Text in capitals written as Dutch is written, so the rules for names can read it:
    "BAS DE GROOT HEEFT DE KAST GEMAAKT" → "Bas de Groot heeft de kast gemaakt".

    A first name that is no word keeps its capital; a name that is also a word ("ROOS", "JAN"),
    a surname or an unknown word only next to a name, an honorific, a particle after a name or
    a word like "met" or "bel" ("MEVROUW DE VRIES", "NOOR BOUZID"), so "IRIS EN KROKUS BLOEIEN"
    stays flowers. Place and organisation words keep their capital ("SNACKBAR ALI"), short
    abbreviations stay as they are ("GGD", "SV"), the first word of a sentence gets one. Same
    length as ``text``: positions stay."""
    matches = [m for m in _UPPER_WORD.finditer(text) if len(_lower(m.group())) == len(m.group())]
    if not matches:
        return text
    names = first_names()
    known = dutch_words()
    kinds: list[int] = []
    for match in matches:
        word = match.group()
        low = _lower(word)
        cap = low[0].upper() + low[1:]
        after_particle = (
            bool(kinds)
            and kinds[-1] == _LOW_W
            and (matches[len(kinds) - 1].group().lower() in _PARTICLE_WORDS)
        )
        if len(word) <= 2:
            kinds.append(_LOW_W if low in _SHORT_WORDS else _KEEP_W)
        elif _ROLE_WORD.match(low) or low in _TITLES:
            kinds.append(_LOW_W)  # "MENEER DE PASTOOR", "MEVROUW DE BURGEMEESTER"
        elif cap in _PLACE_BEFORE and not (after_particle and cap in surnames()):
            kinds.append(_CAP_W)  # "SNACKBAR ALI", "BASISSCHOOL KONINGIN BEATRIX"
        elif _base(cap) in names or fold(cap) in names:
            kinds.append(_NAME_WORD_W if low in known or _ambiguous(_base(cap)) else _NAME_W)
        elif cap in surnames() or cap in PARTICLE_SURNAMES:
            kinds.append(_SURNAME_W if low in known else _UNKNOWN_W)
        elif low in known or cap in _FUNCTION:
            kinds.append(_LOW_W)
        elif len(word) <= 3:
            kinds.append(_KEEP_W)  # "GGD", "SV": an abbreviation
        elif low in known_tokens() or _is_place_word(cap):
            kinds.append(_CAP_KNOWN_W)  # "ALEPPO", "PHILIPS", "TROELSTRAWEG"
        else:
            kinds.append(_UNKNOWN_W)
    capital = [k == _NAME_W for k in kinds]
    for index in range(len(matches) - 2, -1, -1):  # a place word before a name keeps it
        if kinds[index] == _CAP_W and _adjacent(text, matches[index], matches[index + 1]):
            capital[index] = kinds[index + 1] not in (_LOW_W, _KEEP_W)
    for index, match in enumerate(matches):  # names that are words, in context
        prev = _prev_words(text, match.start(), 1)
        if kinds[index] == _NAME_WORD_W:
            capital[index] = prev not in _ARTICLES and (
                prev in _STRONG_CONTEXT
                or (_ROLE_TAIL.search(prev) is not None and low_of(match) not in frequent_words())
                or _next_is_surname(matches, kinds, index)
                or _hyphen_name(text, matches, kinds, index)
                or _next_kind(text, matches, kinds, index) == _NAME_W  # "PIET HEIN", "ANNA MARIA"
            )
        elif kinds[index] == _UNKNOWN_W:  # "GISTEREN BRACHT YSOLDE", "PETROVA HEEFT"
            capital[index] = prev not in _ARTICLES and (
                (
                    prev in _NAME_CONTEXT
                    and prev not in _PARTICLE_WORDS
                    and _ROLE_WORD.match(prev) is None  # "DE PASTOOR ZEGENDE"
                )
                or prev in _INVERTED
                or _PERSON_AFTER.match(text.lower(), match.end()) is not None
                or _next_kind(text, matches, kinds, index) == _UNKNOWN_W  # "BUDI SANTOSO"
            )
        elif kinds[index] == _CAP_KNOWN_W:
            capital[index] = True
        if (
            prev in _PARTICLE_WORDS
            and kinds[index] in (_LOW_W, _CAP_W, _SURNAME_W, _NAME_WORD_W)
            and _formal_before_particles(text, match.start())
        ):  # "MW. TER HORST", "MEVROUW VAN DER MEER": the surname after the particles
            low = low_of(match)
            cap = low[0].upper() + low[1:]
            capital[index] = (
                len(low) > 2
                and low not in _PARTICLE_WORDS
                and low not in _TITLES
                and _ROLE_WORD.match(low) is None  # "mevrouw de burgemeester", "… de huisarts"
                and (cap in PARTICLE_SURNAMES or cap in surnames() or _unknown(cap))
                and not _is_place_word(cap)
                and public.PLACE.fullmatch(low) is None  # "meneer van de snackbar"
            )
        if prev in _FORMAL and kinds[index] in (_LOW_W, _CAP_W, _SURNAME_W):
            low = low_of(match)  # "MEVROUW BAKKER", "MENEER VISSER", "DHR. BAKKER"
            capital[index] = (
                len(low) > 2
                and low not in frequent_words()
                and low not in _PARTICLE_WORDS
                and low not in _TITLES
                and _ROLE_WORD.match(low) is None
            )
    for _ in range(2):  # surnames and unknown words next to a name, twice for "A B C"
        for index in range(len(matches)):
            if kinds[index] in (_SURNAME_W, _UNKNOWN_W, _NAME_WORD_W) and not capital[index]:
                capital[index] = _next_to_name(text, matches, kinds, capital, index)
    for index in range(1, len(matches)):  # "HENDRIK-IDO-AMBACHT", "KEES-JAN": one word
        joined = text[matches[index - 1].end() : matches[index].start()] == "-"
        if joined and (capital[index - 1] or capital[index]):
            capital[index - 1] = capital[index] = True
    for index in range(len(matches) - 2, -1, -1):
        if text[matches[index].end() : matches[index + 1].start()] == "-" and capital[index + 1]:
            capital[index] = True
    out = list(text)
    for index, match in enumerate(matches):
        if kinds[index] == _KEEP_W:
            continue
        low = _lower(match.group())
        if capital[index] or _recase_start(text, match.start()):
            out[match.start() : match.end()] = low[0].upper() + low[1:]
        else:
            out[match.start() : match.end()] = low
    return "".join(out)


def _formal_before_particles(text: str, start: int) -> bool:
    """Do particles only stand between a formal honorific and ``start``: "MW. TER |HORST",
    "MEVROUW VAN DER |MEER"?"""
    before = _prev_words(text, start, 4).split()
    while before and before[-1] in _PARTICLE_WORDS:
        before.pop()
    return bool(before) and before[-1].rstrip(".") in _FORMAL


_ARTICLES = words("de het een 't")
# Honorifics written with a dot: "mevr. Jansen", "dhr. P. de Groot".
_ABBREVIATED = words("mevr mvr dhr mr mw hr dr fam ds drs ing ir prof zr br mgr")
# Titles after "de": "MEVROUW DE BURGEMEESTER", "DE WETHOUDER"; no surname in capitals.
_TITLES = words("burgemeester wethouder minister directeur dokter paus")
_ABBREVIATIONS = words("st nr bijv evt ca ong incl excl tel burg prof ing drs mevr dhr fam")
# Formal honorifics: the word after them is a surname, also if it is a word ("MEVROUW BAKKER").
_FORMAL = words("meneer mevrouw mevr mvr dhr mr mw hr heer familie fam")


def _next_kind(text: str, matches: list[re.Match[str]], kinds: list[int], index: int) -> int | None:
    """The kind of the next word in capitals, if it follows right after a space."""
    if index + 1 < len(matches) and text[matches[index].end() : matches[index + 1].start()] == " ":
        return kinds[index + 1]
    return None


def _adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    return text[left.end() : right.start()].strip(" -.") == ""


def _hyphen_name(text: str, matches: list[re.Match[str]], kinds: list[int], index: int) -> bool:
    """ "KEES-JAN", "GERT-JAN": a name joined by a hyphen to another name."""
    match = matches[index]
    near = []
    if index and text[matches[index - 1].end() : match.start()] == "-":
        near.append(index - 1)
    if index + 1 < len(matches) and text[match.end() : matches[index + 1].start()] == "-":
        near.append(index + 1)
    return any(kinds[i] in (_NAME_W, _NAME_WORD_W) for i in near)


def _next_is_surname(matches: list[re.Match[str]], kinds: list[int], index: int) -> bool:
    """ "JAN DE VRIES", "ROOS BOUZID": a surname or particles and a surname follow."""
    text = matches[index].string
    for nxt in range(index + 1, min(index + 4, len(matches))):
        if not _adjacent(text, matches[nxt - 1], matches[nxt]):
            return False
        word = matches[nxt].group().lower()
        if word in _PARTICLE_WORDS:
            continue
        cap = word[0].upper() + word[1:]
        particles = nxt > index + 1
        return kinds[nxt] == _UNKNOWN_W or (
            kinds[nxt] in (_SURNAME_W, _CAP_KNOWN_W) and (particles or cap in surnames())
        )
    return False


def _next_to_name(
    text: str, matches: list[re.Match[str]], kinds: list[int], capital: list[bool], index: int
) -> bool:
    """A surname or unknown word right after a name, an honorific, "met"/"bel"/"dank aan", or
    particles after one of those: "NOOR BOUZID", "MEVROUW DE VRIES", "DANK AAN OLUWASEUN"."""
    match = matches[index]
    back = index - 1
    while back >= 0 and matches[back].group().lower() in _PARTICLE_WORDS:
        if not _adjacent(text, matches[back], matches[back + 1]):
            return False
        back -= 1
    if back >= 0 and _adjacent(text, matches[back], matches[back + 1]):
        before = matches[back]
        low = before.group().lower()
        honorific = low.rstrip(".")
        if capital[back] and kinds[back] in (_NAME_W, _NAME_WORD_W, _SURNAME_W, _UNKNOWN_W):
            return kinds[index] != _NAME_WORD_W or back == index - 1  # "ZHANG WEI"
        if kinds[index] == _NAME_WORD_W:
            return False
        if honorific in _FORMAL or (
            honorific in HONORIFICS and back == index - 1 and _ROLE_WORD.match(honorific) is None
        ):
            return True  # "MEVROUW DE VRIES", "OPA GRADUS"; not "BUURVROUW VAN DRIEHOOG"
        if (
            low in _NAME_CONTEXT
            and back == index - 1
            and kinds[index] == _UNKNOWN_W
            and _ROLE_WORD.match(low) is None
        ):
            return True  # "DANK AAN OLUWASEUN"; not "DE PASTOOR ZEGENDE"
    if index + 1 < len(matches) and _adjacent(text, match, matches[index + 1]):
        after = index + 1
        return capital[after] and kinds[after] in (_NAME_W, _NAME_WORD_W)  # "OKAFOR, NOOR"?
    return False


def _recase_start(text: str, start: int) -> bool:
    """The first word of a sentence; not after an abbreviation ("I.V.M. DE A.S. VAKANTIE")."""
    before = text[:start].rstrip(" \t\"'‘“(")
    if not before or before[-1] in "!?\n:;•*#>":
        return True
    if before[-1] == ".":
        last = before[:-1].rsplit(None, 1)[-1].lower() if before[:-1].strip() else ""
        if last in HONORIFICS or last in _FORMAL or last in _ABBREVIATIONS:
            return False  # "MEVR. DE GRAAF", "BIJV. JAN"
        return _SHORT_ABBREVIATION.search(before) is None
    return before[-1] in "-–" and not before[:-1].rstrip()[-1:].isalnum()


def _requote(text: str, recased: str, finding: Finding) -> Finding:
    """A finding on the recased text, quoting the text as written."""
    shown, written = recased[finding.start : finding.end], text[finding.start : finding.end]
    message = finding.message.replace(f"'{shown}'", f"'{written}'")
    if message == finding.message and shown != written:
        message = re.sub(r"'[^']*'", f"'{written}'", finding.message, count=1)
    return Finding(finding.start, finding.end, finding.severity, finding.code, message)


# "Dirk-Jan", "Anne-Fleur", "Mohammed-Ali": two first names joined by a hyphen.
_HYPHENED = re.compile(r"(?<![\w'’-])(" + _UP + _LETTER + r"+)-(" + _UP + _LETTER + r"+)(?![\w-])")


def _hyphened_names(text: str) -> list[Finding]:
    """Compound first names: both halves are first names (even "Dirk" and "Jan" together)."""
    found = []
    for match in _HYPHENED.finditer(text):
        classes = {word_class(match.group(1)), word_class(match.group(2))}
        if classes <= {NAME, AMBIGUOUS_NAME} and not _in_place(text, *match.span()):
            found.append(_finding(match.start(), match.end(), ERROR, match.group(), False))
    return found


# Frequent Chinese, Vietnamese and Korean family names, written first: "Zhang Wei", "Nguyen Thi
# Lan". Short ones that are also Dutch or English words (Li, Ma, Le, Do, Park) are left out.
_EAST_ASIAN_FAMILY = words(
    """
    zhang wang liu chen yang huang zhao zhou xu zhu guo nguyen tran pham hoang huynh phan dang
    bui ngo duong choi wu vu ly
    """
)
_EAST_ASIAN = re.compile(
    r"(?<![\w'’-])(Zhang|Wang|Liu|Chen|Yang|Huang|Zhao|Zhou|Xu|Zhu|Guo|Nguyen|Tran|Pham|Hoang"
    r"|Huynh|Phan|Dang|Bui|Ngo|Duong|Choi|Wu|Vu|Ly)\s+(" + _CAP + r")(?:\s+(" + _CAP + r"))?"
)


def _east_asian_names(text: str) -> list[Finding]:
    """A family name first, then one or two given names that are no frequent Dutch word ("Wei"
    is a rare one: "Zhang Wei" is a name; "Huang Zuid" is not)."""
    found = []
    common = frequent_words()
    for match in _EAST_ASIAN.finditer(text):
        second, third = match.group(2, 3)
        if second in _FUNCTION or second.lower() in common:
            continue
        end = match.end(3) if third and third.lower() not in common else match.end(2)
        found.append(_finding(match.start(), end, ERROR, text[match.start() : end], False))
    return found


# "M.e.r.e.l.", "A.n.o.u.k": a first name with a dot between the letters.
_DOTTED = re.compile(r"(?<![\w.])[A-Z]\.(?:[a-z]\.){2,}[a-z]?(?![\w])")


# What both need: a capital, a dot, a letter, a dot.
_DOTTED_HINT = re.compile(r"[A-Z]\.[A-Za-z]\.")


# "H.E.N.K.", "J.A.N.S.E.N.": a name in capitals with a dot after every letter.
_DOTTED_CAPS = re.compile(r"(?<![\w.])(?:[A-Z]\.){3,}[A-Z]?(?![\w])")


def _dotted_names(text: str) -> list[Finding]:
    found = []
    for match in _DOTTED.finditer(text):
        word = match.group().replace(".", "")
        if word_class(word) in (NAME, AMBIGUOUS_NAME):
            found.append(_finding(match.start(), match.end(), ERROR, word, False))
    for match in _DOTTED_CAPS.finditer(text):
        letters = match.group().replace(".", "")
        word = letters[0] + letters[1:].lower()  # "E.H.B.O." or "A.N.W.B." is no name
        if word_class(word) in (NAME, AMBIGUOUS_NAME) or word in surnames():
            found.append(_finding(match.start(), match.end(), ERROR, match.group(), False))
    return found


# Figures from folklore and children's books: they look like names but are nobody's.
_FOLKLORE = re.compile(
    r"Klaas\s+Vaak|Sinterklaas|Sint[-\s]Nicolaas|Zwarte\s+Piet(?:en)?|Pietje\s+Bell"
    r"|Jip\s+en\s+Janneke|Dikkie\s+Dik|Nijntje|Kerstman|Ot\s+en\s+Sien|Pippi(?:\s+Langkous)?"
    r"|Pluk\s+van\s+de\s+Petteflet|Bolke\s+de\s+Beer|Paulus\s+de\s+Boskabouter|Tom\s+Poes"
    r"|Ol(?:ivier|lie)\s+B\.\s+Bommel|Heer\s+Bommel|Peter\s+Pan|Harry\s+Potter|Roodkapje"
    r"|Assepoester|Sneeuwwitje|Doornroosje|Kabouter\s+Plop|Bassie(?:\s+en\s+Adriaan)?"
    r"|Rupsje\s+Nooitgenoeg|Kikker(?=\s|$|[.,!?])|Woezel\s+en\s+Pip|Meneer\s+Aart"
    # Figures of children's television, comics and the Efteling, known to every Dutch reader.
    r"|Holle\s+Bolle\s+Gijs|Bert\s+en\s+Ernie|Ernie\s+en\s+Bert|Sjors\s+en\s+Sjimmie"
    r"|Alfred\s+(?:J(?:odocus|\.)\s+)?Kwak|Donald\s+Duck|Mickey\s+Mouse|Minnie\s+Mouse"
    r"|Dora(?=\s+(?:en\s+Boots|the\s+Explorer))|Dora\s+de\s+Ontdekkingsreiziger|Pinkeltje"
    r"|Piet\s+Piraat|Bob\s+de\s+Bouwer|Samson\s+en\s+Gert|Meneer\s+de\s+Uil|Bor\s+de\s+Wolf"
    r"|Buurman\s+en\s+Buurman|Pietje\s+Puk|Suske\s+en\s+Wiske|Jommeke|Kapitein\s+Haak"
    r"|Peppa\s+Pig|Kabouter\s+Wesley|Mega\s+Mindy|Ieniemienie|Koekiemonster"
    r"|Sint\s+Maarten|Hans\s+en\s+Grietje|Klein\s+Duimpje"
    r"|Repelsteeltje|Roodkapje|Doornroosje|Sneeuwwitje|Pinokkio|Pinocchio|Winnie\s+de\s+Poeh"
    r"|Moeder\s+de\s+Gans|Vrouw\s+Holle|Tijl\s+Uilenspiegel|Jan\s+Klaassen(?:\s+en\s+Katrijn)?"
    r"|Sinterklaas|Sint\s+Nicolaas"
    # "Sint en Piet komen", "Piet en de Sint", "Sinterklaas en zijn Pieten": folklore, nobody's.
    r"|(?:de\s+)?Sint(?:erklaas)?\s+(?:en|&)\s+(?:zijn\s+|de\s+)?Piet(?:en|jes)?"
    r"|Piet(?:en|jes)?\s+(?:en|&)\s+(?:de\s+)?Sint(?:erklaas)?"
)
# Every capitalised word of those figures: a text without one of them has none.
_FOLKLORE_HEADS = frozenset(re.findall(r"[A-Z][a-zé]+", _FOLKLORE.pattern)) | {"Olivier", "Ollie"}
_FOLKLORE_HEADS_LOW = frozenset(head.lower() for head in _FOLKLORE_HEADS)
# The same in text that was in capitals ("HOLLE BOLLE GIJS" recased to "holle bolle Gijs").
_FOLKLORE_ANY_CASE = re.compile(_FOLKLORE.pattern, re.IGNORECASE)


def _not_folklore(text: str, found: list[Finding], cased: bool = False) -> list[Finding]:
    if not found:
        return found
    if cased or any(text[f.start].islower() for f in found):  # "jip en janneke"
        if _FOLKLORE_HEADS_LOW.isdisjoint(_WORD.findall(text.lower())):
            spans = []
        else:
            spans = [m.span() for m in _FOLKLORE_ANY_CASE.finditer(text)]
    elif _FOLKLORE_HEADS.isdisjoint(_NAME_WORD.findall(text)):
        spans = []
    else:
        spans = [m.span() for m in _FOLKLORE.finditer(text)]
    if "beeld" in text or "gedenk" in text or "monument" in text or "plaquette" in text:
        spans += [m.span(1) for m in _TRIBUTE.finditer(text)]
    if _TITLE_WORDS.search(text):
        spans += [m.span(1) for m in _TITLE.finditer(text)]
    spans += _thing_spans(text, found)
    if not spans:
        return found
    return [f for f in found if not any(s <= f.start and f.end <= e for s, e in spans)]


# "we kijken Ciske de Rat", "Filmavond: Kruimeltje": the title of what is shown.
_WATCH = re.compile(
    r"(?i:(?:we|wij|jullie|ze)\s+kijken|kijken\s+(?:we|wij)|film(?:avond|middag|ochtend)?\s*:"
    r"|bioscoop\s*:|voorstelling\s*:|(?:voor)?lezen\s+(?:we|wij)(?:\s+voor\s+uit)?"
    r"|(?:we|wij)\s+(?:voor)?lezen(?:\s+uit)?)\s+['‘\"“]?("
    + _CAP
    + r"(?:\s+(?:"
    + _PARTICLES
    + r")?"
    + _CAP
    + r"){0,3})"
)
_WATCH_CUES = ("kijk", "film", "lezen", "bioscoop", "voorstelling")
# "Gratis Rivella", "van het merk Fernandes", "Willem II", "Karel V": a product, a king, a club.
_PRODUCT_BEFORE = re.compile(r"(?i:gratis|merk|merkje|het\s+merk)\s+$")
_NUMERAL_AFTER = re.compile(r"\s+(?:I{2,3}|IV|VI{0,3}|IX|X{1,2}I{0,3})(?![\w'’-])")


# Animals, boats and dolls with a name: "de kat Minoes", "de kippen Truus en Greet", "onze pony
# heet Bella". A pet's name is nobody's personal data.
_ANIMALS = (
    r"(?i:kat|katten|poes|poezen|kater|hond|honden|pup|puppy|konijn|konijnen|cavia'?s?|hamsters?"
    r"|geit|geiten|bok|ezels?|kip|kippen|haan|hanen|kuikens?|pony'?s?|paard|paarden|schaap"
    r"|schapen|lam|lammetjes?|varkens?|biggetjes?|koe|koeien|kalf|kalfjes|vogels?|parkiet"
    r"|parkieten|kanarie|kanaries|vis|vissen|goudvis|schildpad|eend|eenden|gans|ganzen"
    r"|alpaca'?s?|lama'?s?|boot|bootje|schip|sloep|robot|pop|knuffel|knuffelbeer|mascotte"
    r"|huisdier|huisdieren|dier|dieren)(?:tje)?"
)
# Every form of those words, for a set test before the regex: "ezel", "ezels", "pony's".
_ANIMAL_WORDS = frozenset(
    form
    for w in re.findall(r"[a-z]+", _ANIMALS.replace("(?i:", ""))
    for stem in (w, w.removesuffix("s"))
    for form in (stem, stem + "s", stem + "tje", stem + "'s")
)
_NAMED_LIST = r"(" + _CAP + r"(?:\s*(?:,|en|&)\s*" + _CAP + r")*)"
_ANIMAL_NAMED = re.compile(
    r"(?<![\w'’-])("
    + _ANIMALS
    + r")(?:\s+(?:[^\W\d]+\s+){0,4}?(?i:heet|heten|genaamd|noemen\s+we|noemden\s+we))?\s+"
    + _NAMED_LIST
)


def _thing_spans(text: str, found: list[Finding]) -> list[tuple[int, int]]:
    """Spans of the findings that are a thing with a proper name, no private person: a name in
    ``data/geen-personen.txt`` ("Willem II", "Cordaid", "Elstar, Jonagold en Santana"), a title
    after "we kijken", a product after "gratis" or "merk", a name with a numeral ("Willem II")."""
    spans: list[tuple[int, int]] = []
    for f in found:
        if _NUMERAL_AFTER.match(text, f.end) or _PRODUCT_BEFORE.search(
            text, max(0, f.start - 12), f.start
        ):
            spans.append((f.start, f.end))
    low = text.lower().replace("’", "'")
    if any(cue in low for cue in _WATCH_CUES):
        spans += [m.span(1) for m in _WATCH.finditer(text)]
    tokens = list(_THING_TOKEN.finditer(low))
    words = [t.group().rstrip(".-") for t in tokens]
    for hit in _ANIMAL_NAMED.finditer(text) if not _ANIMAL_WORDS.isdisjoint(words) else ():
        if hit.group(1).lower().endswith(("en", "s")):  # "de kippen Truus en Greet"
            spans.append(hit.span(2))
        else:  # "de kat Minoes en Henk": one animal, one name
            first = _NAME_WORD.match(text, hit.start(2))
            spans.append((hit.start(2), first.end() if first else hit.end(2)))
    things = _things()
    if things.heads.isdisjoint(words):
        return spans
    hits: list[tuple[int, int, str]] = []  # token start, token end, the name
    for i, head in enumerate(words):
        if head not in things.heads:
            continue
        for n in range(min(things.longest, len(words) - i), 0, -1):
            key = " ".join(words[i : i + n])
            if key in things.names:
                hits.append((i, i + n, key))
                break
    if not hits:
        return spans
    word_set = set(words)
    ranges = [(tokens[i].start(), tokens[j - 1].end(), key) for i, j, key in hits]
    for index, (start, end, key) in enumerate(ranges):
        if key in things.weak and not _weak_thing(text, ranges, index, word_set, things):
            continue
        spans.append((start, end))
    # A word no list knows in a list with a thing: "Gratis Rivella en Lays", "Elstar en Rubinola".
    strong = [(s, e) for s, e, k in ranges if k not in things.weak]
    for f in found:
        if " " in text[f.start : f.end] or word_class(text[f.start : f.end]) != UNKNOWN:
            continue
        if (
            _PERSON_AFTER.match(text, f.end)
            or _PEOPLE_VERB_AFTER.match(text, f.end)
            or _PLURAL_AFTER.match(text, f.end)
            or not _PERSON_LEAD.isdisjoint(_prev_words(text, f.start, 2).split())
        ):
            continue  # "Rivella en Wojtek kookten samen": a person after all
        if any(
            _THING_JOIN.fullmatch(text, e, f.start) or _THING_JOIN.fullmatch(text, f.end, s)
            for s, e in strong
        ):
            spans.append((f.start, f.end))
    return spans


# Between the names of a list or a match: "Elstar, Jonagold en Santana", "Ajax - PSV".
_THING_JOIN = re.compile(r"\s*(?:,|&|\ben\b|\bof\b|\btegen\b|[-–])\s*", re.IGNORECASE)
# "Piet van nummer 3", "Irene uit de flat": someone known by where they live.
_KNOWN_BY = re.compile(
    r"\s+(?:van|uit)\s+(?:nummer|nr\.?|de|het|'t|hiernaast|om\s+de\s+hoek)(?![\w'’])"
)
# Before a person: "dank aan Irene", "bel Dirk", "samen met Santana".
_PERSON_LEAD = words("aan met bel app vraag bedankt dank dankzij groetjes groeten liefs namens via")


def _weak_thing(
    text: str, ranges: list[tuple[int, int, str]], index: int, word_set: set[str], things: _Things
) -> bool:
    """Is the name at ``ranges[index]``, which may also be a person ("Irene", "Dorcas", "Jan
    Smit"), a thing here? Yes next to a name of the list that is no person ("Dorcas en
    Cordaid", "Elstar, Jonagold en Santana"), or with a word of its kind in the text
    ("kleding inzamelen voor Dorcas", "aardappels: Bintje en Irene") when nothing around it
    makes it a person ("Irene bakt", "dank aan Irene")."""
    start, end, key = ranges[index]
    for other in (index - 1, index + 1):
        if 0 <= other < len(ranges) and ranges[other][2] not in things.weak:
            left, right = sorted((ranges[index], ranges[other]))
            if _THING_JOIN.fullmatch(text, left[1], right[0]):
                return True
    if things.cues[things.names[key]].isdisjoint(word_set):
        return False
    lead = set(_prev_words(text, start, 2).split())
    if " " in key:  # "tribute aan Marco Borsato", "met liedjes van Frans Bauer"
        lead -= {"aan", "met"}
    elif lead & {"van", "bij"}:
        return False  # "de kraam van Irene", "appels halen bij Irene"
    return not (
        _PERSON_AFTER.match(text, end)
        or _THEN_ROLE.match(text, end)
        or text.startswith((" (", "("), end)  # "Irene (buurvrouw) bakt": a note on a person
        or (" " not in key and _KNOWN_BY.match(text, end) is not None)  # "Piet van nummer 3"
        or not _PERSON_LEAD.isdisjoint(lead)
    )


def _find(
    text: str, kind: FieldKind, has_name: bool, honorifics: set[str], intro: bool
) -> Iterator[Finding]:
    role_field = kind in _PERSON_FIELDS
    found: list[tuple[int, int]] = []

    def add(start: int, end: int, severity: Severity, name: str) -> Finding:
        found.append((start, end))
        return _finding(start, end, severity, name, role_field)

    for token in honorifics:
        pattern = _honorific_pattern(token.rstrip("."))
        for hit in pattern.finditer(text.lower()):
            ahead = text[hit.end() : hit.end() + 16]
            if not any(c.isupper() for c in ahead):
                continue  # "een buurvrouw bracht soep": no name follows
            after = _AFTER_HONORIFIC.match(text, hit.end())
            if after is None:
                continue
            gap = text[hit.end() : after.start(1)]
            if "\n" in gap or ("." in gap and token.rstrip(".") not in _ABBREVIATED):
                continue  # "… een nieuwe vriend. Kom …": the sentence ended
            name = after.group(1)
            if name.rstrip(".").lower() in _ABBREVIATED:
                continue  # "Prof. Dr. Albert Schweitzerschool": a title after a title
            if (
                token in _ROLE_HONORIFICS
                and name.startswith(("van de ", "van het ", "van 't "))
                and _THE_ROLE_BEFORE.search(text, max(0, hit.start() - 8), hit.start())
            ):
                continue  # "de dominee van de Ark", "onze juf van de Regenboog": a named place
            if token == "ouwe" and (
                _base(name.split()[0]) not in first_names() or name.lower() in _CAR_WORDS
            ):
                continue  # "de ouwe Mercedes", "de Ouwe Haven": "ouwe" only before a first name
            last = name.split()[-1]
            if last in _FUNCTION or last in NOT_NAMES or _is_place_word(last):
                continue
            if _ROLE_WORD.match(last):
                continue
            if _in_place(text, after.start(1), after.end(1), before=False):
                continue  # "de Dr. Albert Schweitzerschool"
            if _org_before_honorific(text, hit.start()):
                continue  # "Stichting Tante Louise", "Speeltuin Ome Joop": an organisation
            yield add(hit.start(), after.end(), ERROR, name)

    if not (has_name or intro):
        return
    for match in _NAME_WORD.finditer(text):
        word = match.group()
        is_name = word_class(word) in (NAME, AMBIGUOUS_NAME)
        if not (is_name or intro):
            continue
        first = _base(word)
        start, end = match.span()
        if any(s <= start < e for s, e in found):
            continue
        if word in _DIALECT_MY and _POSSESSED.match(text, end) is not None:
            continue  # "Mien moeder en ik": "mijn" in Low Saxon, no Mien
        prev = _prev_words(text, start)
        if intro and prev.endswith(_INTRO_ANY) and word not in _FUNCTION:
            yield add(start, end, ERROR, word)
            continue
        called = _CALLED_BEFORE.search(text, max(0, start - 48), start) if intro else None
        if (
            called is not None
            and word not in _FUNCTION
            and word_class(word) != ORDINARY
            and not _thing_called(_prev_words(text, called.start(), 2).split())  # "de kat heet"
            and not _in_place(text, start, end)
        ):  # "de man heet Frank", "Hij heet Dørte", "een buurman genaamd Dirk"
            stop = _surname_end(text, word, end, True, strict=True) or end
            yield add(start, stop, ERROR, text[start:stop])
            continue
        if not is_name:
            continue
        last_prev = prev.rsplit(" ", 1)[-1] if prev else ""
        ambiguous = _ambiguous(first)
        if prev.endswith(_INTRO_NAME):
            stop = _surname_end(text, word, end, ambiguous, strict=True) or end  # "ik ben Gijs …"
            yield add(start, stop, ERROR, text[start:stop])
            continue
        verb_before = (
            (
                last_prev in _VERBS
                or prev.endswith(_VERB_PAIRS)
                or _ROLE_WORD.match(last_prev)
                or (last_prev == "laat" and _LET_KNOW.match(text, end) is not None)
                or (  # "De contactpersoon is Frank", "onze kok was Bas"
                    last_prev in _BE
                    and prev.count(" ") >= 1
                    and _ROLE_WORD.match(prev.rsplit(" ", 2)[-2]) is not None
                )
            )
            and not (last_prev[:1] == "x" and _TIMES.search(text, max(0, start - 12), start))
        )
        if verb_before and not (ambiguous and _in_place(text, start, end)):
            stop = _surname_end(
                text, word, end, ambiguous, strict=True
            )  # "Dankjewel Wilma Kuipers"
            if stop is not None:
                yield add(start, stop, ERROR, text[start:stop])
            else:
                yield add(start, end, WARNING if ambiguous else ERROR, word)
            continue
        if last_prev in {"het", "'t"} and _CLEFT.match(text, end) and _cleft_verb(text, start):
            yield add(start, end, WARNING if ambiguous else ERROR, word)
            continue  # "toen was het Ingrid die aanbelde": a person who did something
        if last_prev in {"de", "het", "'t", "den", "der"} and not role_field:
            continue  # "in De Wiek", "Speeltuin De Roos": a place; "De Vries": a surname
        if last_prev == "it" and text[max(0, start - 3) : start - 1] == "It":
            continue  # "Dorpshuis It Haske": "het" in Frisian, the name of a place
        if _THEN_ROLE.match(text, end):
            yield add(start, end, WARNING if ambiguous else ERROR, word)
            continue
        if _in_place(text, start, end) or _in_place_list(text, start, end):
            continue
        stop = _surname_end(text, word, end, ambiguous)
        if stop is not None:
            yield add(start, stop, ERROR, text[start:stop])
            continue
        if ambiguous:
            if role_field and not _at_sentence_start(text, start):
                continue
            if _listed(text, start, end) or _signed(text, start, end):
                yield add(start, end, WARNING, word)  # "Noor, Bas en Jade", "Tot morgen, Mark"
                continue
            if _after_capital(text, start) and not (
                _at_sentence_start(text, start) or _after_opening_word(text, start)
            ):
                continue  # "VV Kiem speelt"
            if first.lower() not in frequent_words() and _strange_next(text, end):
                yield add(start, end, WARNING, word)  # "Dirk uut t leste hoeske": dialect
                continue
            verb = _PERSON_AFTER.match(text, end)
            subject = verb and _SUBJECT_AFTER.match(text, verb.end())
            if subject and not (verb.group().endswith("t") and subject.group(1) in _OBJECTS):
                verb = None  # "Dan koken we", "Wil helpen jullie?": the name is a word here
            if (
                role_field
                or verb is not None
                or (
                    (last_prev in _WITH_WORDS or last_prev in _THANKS_TO)
                    and not _at_sentence_start(text, start)
                    and _NOT_AFTER_WITH.match(text, end) is None
                )
                or _ME_TOO.match(text, end) is not None  # "Roos en ik hebben …"
                or (last_prev in _CONGRATS and _CONGRATS_AFTER.match(text, end) is not None)
                or _known_by_street(text, end)  # "Dirk van de Boezemstraat"
                or (last_prev == "dat" and _AFTER_PREP.match(text, end) is not None)
            ):
                yield add(start, end, WARNING, word)  # "met Roos", "de fiets van Mark"
            continue
        if (
            role_field
            and _after_capital(text, start)
            and not _at_sentence_start(text, start)
            and not _after_conjunction(text, start)  # "Wanneer Annemiek er is": a person
        ):
            continue  # "vrijwilliger bij Stichting Anna"
        yield add(start, end, ERROR, word)


def _surname_end(
    text: str, word: str, end: int, ambiguous: bool, *, strict: bool = False
) -> int | None:
    """Where the surname after the first name ``word`` (ending at ``end``) ends, if one
    follows: "Jan de Vries", "Lotte Hendriks", "Mehmet Ali Öztürk", "Ghaith Al-Hamwi",
    "Marjolein Heijboer-Sluiter"; not a street ("Jan van Galenstraat") or "Storm Eunice".
    ``strict``: after particles only a surname ("dank aan Irene van de Voedselbank")."""
    full = _THEN_SURNAME.match(text, end)
    if full is None:
        return None
    particles, last, after = full.group(1, 2, 3)
    place = (_is_place_word(last) and not (particles and last in surnames())) or (
        after and _is_place_word(after)
    )  # "Jan van 't Hof" is a person, "Jan van Galenstraat" a street
    if (
        place
        or word in _PLACE_BEFORE  # "Storm Eunice", "Prins Claus"
        or last in _FUNCTION
        or (last in NOT_NAMES and not (particles and last in PARTICLE_SURNAMES))
        or not (
            (particles and (not ambiguous or last in PARTICLE_SURNAMES) and not strict)
            or (particles and last in PARTICLE_SURNAMES)
            or _surname_word(last)
        )
    ):
        return None
    if (
        after
        and not particles
        and last in first_names()
        and after not in _FUNCTION
        and after not in NOT_NAMES
        and _surname_word(after)
        and not (after in first_names() and after.lower() in dutch_words())
    ):
        return full.end(3)  # "Mehmet Ali Öztürk": a second first name, then the surname
    return full.end(2)


def _surname_word(word: str) -> bool:
    """A surname we know, no word at all, or a double surname of those ("Heijboer-Sluiter",
    "Al-Hamwi")."""
    if word in surnames() or _unknown(word) or fold(word) in surnames():
        return True
    if "-" not in word:
        return False
    parts = [p for p in word.split("-") if p]
    return all(
        p in surnames() or p in PARTICLE_SURNAMES or p.lower() in {"al", "el"} or _unknown(p)
        for p in parts
    )


# A lowercase word right after a name: "Dirk uut", "Roos hef".
_NEXT_LOWER = re.compile(r" ([a-zà-ÿ]{2,})(?![\w'’-])(?: ([a-zà-ÿ]{3,})(?![\w'’-]))?")


def _strange_word(words: list[str]) -> bool:
    return any(len(word) > 2 and _strange(word) for word in words)


def _strange_next(text: str, end: int) -> bool:
    """Is one of the next two words no Dutch word, known token or compound? Then the
    capitalised word before it is no ordinary word either: in "Dirk uut t leste hoeske"
    (dialect) or "Roos hef suker" Dirk and Roos are people, not a dagger or a flower."""
    nxt = _NEXT_LOWER.match(text, end)
    if nxt is None or nxt.group(1) in {"en", "of"}:
        return False  # "Iris en krokus": a list of things
    return any(word is not None and _strange(word) for word in nxt.groups())


def _strange(word: str) -> bool:
    known = dutch_words()
    return (
        word not in known
        and word not in known_tokens()
        and not _compound(word)
        and not (word[0] == "s" and word[1:] in known)  # "smorgens", "savonds": informal Dutch
    )


_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.")
# "J. de Vries", "A.B. Yilmaz": initials and a surname.
_INITIALS = re.compile(
    r"(?<![\w.])((?:[A-Z]\.\s?){1,3}" + _PARTICLES + r"*" + _CAP + r")(?![\w'’])"
)
# "Wijkagent De Graaf", "huismeester Van Dijk": a role and a surname with its particle.
_ROLE_SURNAME = re.compile(r"(?<![\w-])" + _ROLE + r"\s+(" + _PARTICLES + r"+" + _CAP + r")")
_ROLE_HINT = words(
    """
    huismeester huismeesters conciërge wijkagent buurtcoach wijkcoach opbouwwerker voorzitter
    secretaris penningmeester coördinator coordinator vrijwilliger beheerder jongerenwerker
    buurtwerker consulent docent leraar lerares dominee pastoor imam huisarts wijkregisseur
    wijkverpleegkundige verpleegkundige bestuurslid vrijwilligster gastvrouw gastheer taalmaatje
    maatje coach buurtouder contactpersoon aanspreekpunt
    """
)


# Initials without dots: "J Bakker", "A de Vries", "K.  de Boer" without its dot, "J P Smit".
_BARE_INITIALS = re.compile(
    r"(?<![\w.'’&/+-])((?:[A-HJ-TV-Z]\s){1,3}" + _PARTICLES + r"*" + _CAP + r")(?![\w'’])"
)
_BARE_HINT = re.compile(r"(?<![\w.'’&/+-])[A-HJ-TV-Z]\s(?:" + _PARTICLES + r"|" + _UP + r")")
# Words that label something with a letter: "blok A", "Plan B", "vitamine D", "lijn C".
_LETTER_LABELS = words(
    """
    blok groep plan type vitamine zaal hal lokaal bus lijn flat portiek gebouw vak categorie
    klas fase optie route ingang toegang trap kamer unit niveau stap versie vleugel afdeling
    paviljoen tram metro perron spoor terminal pier poort rij veld baan kant deel bijlage
    formulier pagina hoofdstuk punt model maat cup kolom tabel letter huisnummer nummer nr
    """
)


# A surname alone after a word that links a person: "de sleutel ligt bij Pietersen", "koffie
# met Pietersen", "dankzij Pietersen" (a surname that is no Dutch word: "bij Bakker" may be the
# shop; not after "van": "ontbijtkoek van Peijnenburg" is a brand).
_LONE_SURNAME = re.compile(
    r"(?<![\w'’-])(?i:met|bij|aan|via|voor|door|naast|tegen|namens|dankzij|volgens|zonder"
    r"|bel|app|vraag)\s+(" + _CAP + r")(?![\w'’-])"
)


@functools.cache
def _plain_surnames() -> frozenset[str]:
    """Surnames that are no Dutch word, place or brand: "Pietersen", "Hoekstra", "Yilmaz"."""
    known = dutch_words() | known_tokens()
    return frozenset(
        name for name in surnames() if name.lower() not in known and name not in first_names()
    )


def _lone_surnames(text: str, kind: FieldKind, found: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    plain = _plain_surnames()
    for match in _LONE_SURNAME.finditer(text):
        start, end = match.span(1)
        word = match.group(1)
        if word not in plain or word.lower() in _things().names:
            continue  # a brand, club or shop that is also a surname
        if any(f.start < end and start < f.end for f in found):
            continue
        if _NEXT_CAP.match(text, end) is not None or _in_place(text, start, end):
            continue  # "bij Hoekstra Installatietechniek", "van Gogh Museum"
        out.append(_finding(start, end, ERROR, word, kind in _PERSON_FIELDS))
    return out


@functools.cache
def _surname_caps() -> frozenset[str]:
    return surnames() | PARTICLE_SURNAMES


def _surname_gate(text: str, caps: list[str]) -> bool:
    """For a text with a surname in ``caps``: can it hold initials without dots before it
    ("J Bakker", "A de Vries") or a surname alone ("bij Pietersen")?"""
    return _BARE_HINT.search(text) is not None or not _plain_surnames().isdisjoint(caps)


def _bare_initial_name(text: str, start: int, name: str) -> bool:
    """Is ``name`` ("J Bakker", "A de Vries") initials and a surname, not a letter that
    labels something ("blok A Bakker") before a word?"""
    prev = _prev_words(text, start, 1)
    if prev in _LETTER_LABELS or prev.rstrip(".") in _LETTER_LABELS:
        return False
    parts = name.split()
    last = parts[-1]
    particles = any(p.lower() in _PARTICLE_WORDS for p in parts[1:-1])
    return last in surnames() or (particles and (last in PARTICLE_SURNAMES or _unknown(last)))


_SCHOOL_KINDS = frozenset({"OBS", "CBS", "RKBS", "PCBS", "IKC", "BS", "KDV", "BSO"})
_SCHOOL_INITIALS = re.compile(r"(?:O\.B\.S\.|C\.B\.S\.|R\.K\.B\.S\.|P\.C\.B\.S\.|I\.K\.C\.)")


# A compound with a hyphen that names a team, club or building: "Buurtzorg-team", "Amal-koor".
_HYPHEN_ORG = re.compile(
    r"-(?i:team|teams|groep|club|koor|stichting|vereniging|huis|centrum|project|netwerk|loket"
    r"|punt|winkel|school|kerk|moskee|fonds|bank|café|cafe)$"
)


def _initials_and_roles(
    text: str, kind: FieldKind, found: list[Finding], bare: bool = False
) -> list[Finding]:
    """Initials and a surname, a role and a surname; a surname in ``found`` that gets its
    initial here ("P Jansen") is taken out of ``found``. ``bare``: also initials without dots
    ("J Bakker"), for a text with a surname after a single capital."""
    out: list[Finding] = []
    taken = [(f.start, f.end) for f in found]
    patterns = (_INITIALS, _BARE_INITIALS, _ROLE_SURNAME) if bare else (_INITIALS, _ROLE_SURNAME)
    for pattern in patterns:
        matches = _role_surnames(text) if pattern is _ROLE_SURNAME else pattern.finditer(text)
        for match in matches:
            start, end = match.span(1)
            name = match.group(1)
            last = name.split()[-1]
            if last in _FUNCTION or last in NOT_NAMES or _is_place_word(last):
                continue
            if pattern is _INITIALS and name[:3] in ("St.", "Dr."):
                continue
            if "-" in last and _HYPHEN_ORG.search(last) is not None:
                continue  # "wijkverpleegkundige van het Buurtzorg-team": an organisation
            if pattern is _ROLE_SURNAME and not _surname_like(last):
                continue  # "vrijwilliger van de Maand", "coördinator van de Voedselbank"
            if (
                pattern is _ROLE_SURNAME
                and name.startswith(("van de ", "van het ", "van 't "))
                and _THE_ROLE_BEFORE.search(text, max(0, match.start() - 8), match.start())
            ):
                continue  # "de dominee van de Ark", "onze juf van de Regenboog": a named place
            if pattern is _BARE_INITIALS and not _bare_initial_name(text, start, name):
                continue  # "blok A Bakker", "Plan B de Vries" (a label), "Vries" alone
            if pattern is _INITIALS and _SCHOOL_INITIALS.match(name):
                continue  # "C.B.S. Johannes Calvijn": a kind of school, no initials
            if pattern is _INITIALS and _place_before(text, start, start + 2):
                continue  # "Basisschool A.B. Kuipers"
            if pattern is not _ROLE_SURNAME:  # "P Jansen", "tnv J. Jansen": quoted whole
                _absorb(found, taken, start + 1, end)
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            out.append(_finding(start, end, ERROR, name, kind is FieldKind.ROLE))
    for match in _SURNAME_FIRST.finditer(text) if ", " in text else ():
        start, end = match.span()
        surname = match.group(1)
        if surname in _FUNCTION or surname in NOT_NAMES or _is_place_word(surname):
            continue
        plain = _surname_like(surname.split("-")[0]) and surname.lower() not in dutch_words()
        if not plain and surname not in surnames():
            continue  # "Koffie, T.", "Amsterdam, N.H.": no surname first
        _absorb(found, taken, start, end)
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        out.append(_finding(start, end, ERROR, match.group(), kind is FieldKind.ROLE))
    return out


# A surname first, then the initials, as in a register: "Bakker, J.", "Jansen, P.H.".
_SURNAME_FIRST = re.compile(
    r"(?<![\w'’-])(" + _UP + r"[a-zà-ÿ'’]+(?:-" + _UP + r"[a-zà-ÿ'’]+)?),[ \t]+"
    r"[A-Z]\.(?:[ \t]?[A-Z]\.){0,3}(?![\w])"
)


_ROLE_WORD = re.compile(ROLE_WORDS, re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 14)
def _is_role_word(word: str) -> bool:
    return _ROLE_WORD.fullmatch(word) is not None


# Honorifics that are also roles at a place: "de juf van de Regenboog".
_ROLE_HONORIFICS = words("dominee pastoor imam juf juffrouw meester dokter zuster broeder")
# An article or possessive before a role word: "de dominee", "onze huismeester".
_THE_ROLE_BEFORE = re.compile(r"(?<![\w'’])(?i:de|het|onze|ons|jullie|hun|die|deze|een)\s+$")


def _role_surnames(text: str) -> list[re.Match[str]]:
    """``_ROLE_SURNAME.finditer(text)``, tried only where a role word starts.

    The role alternation tried at every word of a story paragraph cost 65 µs a text; matched
    at the few role words it costs a few."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lowercases to two characters: positions would move
        return list(_ROLE_SURNAME.finditer(text))
    found: list[re.Match[str]] = []
    for word in set(_WORD.findall(low)):
        if not _is_role_word(word):
            continue
        for at, _end in whole_words(low, word, after_hyphen=False):
            match = _ROLE_SURNAME.match(text, at)
            if match is not None:
                found.append(match)
    found.sort(key=lambda m: m.start())
    return found


def _surname_like(word: str) -> bool:
    """A surname we know, a common one after a particle ("de Groot"), or no word at all."""
    return (
        word in surnames()
        or word in PARTICLE_SURNAMES
        or fold(word) in surnames()
        or (word not in NOT_NAMES and _unknown(word))
    )


def _absorb(found: list[Finding], taken: list[tuple[int, int]], first: int, end: int) -> None:
    """Drop the findings from ``first`` to ``end``: a longer name found after them ("P Jansen",
    "Bakker, J.") quotes them whole."""
    for f in [f for f in found if first <= f.start and f.end <= end]:
        found.remove(f)
        taken.remove((f.start, f.end))


def _finding(start: int, end: int, severity: Severity, name: str, role_field: bool) -> Finding:
    if role_field and severity is ERROR:
        message = ROLE_MESSAGE
    else:
        message = NAME_MESSAGE if severity is ERROR else MAYBE_NAME_MESSAGE
    return Finding(start, end, severity, "privacy.name", message.format(name=name))


def _after_capital(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return bool(before) and _CAPITAL_END.search(before) is not None


def _in_place(text: str, start: int, end: int, *, before: bool = True) -> bool:
    """Is the word at ``start:end`` part of a place or organisation name? ``before``: also
    judged by the words before it."""
    if text[start:end] in _LANGUAGE_NAMES and _spoken_language(text, start, end):
        return True  # "Conversatieles Frans en Engels": a language
    # Words after it: "Anne Frankplein", "Pieter de Hoochstraat", "Johan Cruijff Court".
    tail = text[end : end + 60]
    street = _OF_STREET.match(tail)
    if street is not None and _common_stem(street.group(1)):
        return False  # "Kevin van de Populierstraat": someone known by the street they live in
    chain = _CHAIN.match(tail)
    if chain is not None:
        following = chain.group().replace("-", " ").split()
        if any(
            _is_place_word(w.rstrip("."))
            and not (  # "Sven van 't Hof": a surname after particles, no place
                i > 0 and following[i - 1].lower() in _PARTICLE_WORDS and w in surnames()
            )
            for i, w in enumerate(following)
        ):
            return True
        # "de Willem Alexander sporthal", "de Anne Frank school": a name of two words and a
        # lowercase kind of place after it.
        kind_after = _LOWER_AFTER.match(tail, chain.end())
        if (
            kind_after is not None
            # not "Henk Visser van de moestuin": a person known by a place
            and (not following or following[-1][:1].isupper())
            and public.PLACE.fullmatch(kind_after.group(1)) is not None
            and (
                any(w[:1].isupper() for w in following)
                or _THE_NAME_BEFORE.search(text, max(0, start - 40), start) is not None
            )
        ):
            return True
    if _ON_WATER.match(tail) is not None:
        return True  # "Egmond aan Zee", "Alphen aan den Rijn", "Ouderkerk aan de Amstel"
    if _HYPHEN_PLACE.match(tail) or _THE_VAN_BEFORE.search(text, max(0, start - 12), start):
        return True  # "Hendrik-Ido-Ambacht"; "de Van Nelle Fabriek", "het Van Gogh Museum"
    glued = _GLUED.match(tail)
    if glued is not None and glued.group() and _PLACE_END.search(glued.group()):
        return True  # "Annaschool", "Willem-Alexanderhof"
    if _BRAND.match(tail) or text.startswith(BRANDS, start) or text.startswith(POSSESSIVE, start):
        return True  # "Douwe Egberts-punten", "Anne Frank-huis": a brand or building
    if "s " in text[end - 1 : end + 3] and _SHOP_POSSESSIVE.match(text, start) is not None:
        return True  # "Visser's Vishandel": a shop
    # A place or organisation word before it: "Stichting Anna", "Prins Hendrikstraat".
    return before and _place_before(text, start, end)


# "van de Populierstraat", "uit de Kerkstraat": a street after "van de", not "van Galenstraat".
_OF_STREET = re.compile(r"\s+(?:van|uit)\s+(?:de|het|'t)\s+(" + _CAP + r")(?![\w'’-])")


def _known_by_street(text: str, end: int) -> bool:
    """ "Dirk van de Boezemstraat", "Roos uit de Merellaan": someone known by their street."""
    street = _OF_STREET.match(text, end)
    return street is not None and _common_stem(street.group(1))


def _common_stem(word: str) -> bool:
    """ "Populierstraat", "Kerkplein": a street named after a thing, not after a person
    ("Veldestraat" after the painter Van de Velde, "Spiegelstraat" after Van de Spiegel)."""
    hit = _PLACE_END.search(word)
    if hit is None or hit.start() < 3:
        return False
    stem = word[: hit.start()].rstrip("-")
    stem = stem[0].upper() + stem[1:].lower()
    if stem in surnames() or stem in PARTICLE_SURNAMES:
        return False
    # "Merelstraat", "Lijsterlaan": a bird or a flower that is also a first name is a thing
    return stem not in first_names() or stem.lower() in dutch_words()


# Compiled once: these run for every name candidate.
_TOKENS = re.compile(r"[\w'’.]+")
_AND = re.compile(r"\s*(?:,|en|&)\s*")
_SHORT_ABBREVIATION = re.compile(r"(?:^|[\s.])\w{1,2}\.$")
_CAPITAL_END = re.compile(_UP + r"[\w'’.-]*$")
_CHAIN = re.compile(
    r"(?:[\s-]+(?:(?i:van|de|der|den|ter|ten|te|het|'t|la|le|du)\b|" + _CAP + r"\.?"
    r"|[A-Z]\.(?:\s?[A-Z]\.)*))*"  # initials: "Annie M.G. Schmidtschool"
)
_LOWER_AFTER = re.compile(r"\s+([a-zà-ÿ]+)")
_GLUED = re.compile(r"-?" + _LETTER + r"*")
# A town by the sea or a river: "Egmond aan Zee", "Alphen aan den Rijn", "Ouderkerk aan de
# Amstel" (not "Henk aan de Dorpsweg": a person known by a street).
_ON_WATER = re.compile(
    r"\s+aan\s+(?:Zee|den\s+" + _UP + r"|de\s+(?:Amstel|Rijn|Maas|Vecht|IJssel|Schelde|Zaan"
    r"|Linge|Waal|Lek|Gouwe|Hollandse|Dommel|Berkel|Regge|Dinkel|Roer|Geul|Eem|Mark|Donge)\b)"
)
# Three capitalised words joined by hyphens name a place: "Hendrik-Ido-Ambacht".
_HYPHEN_PLACE = re.compile(r"-" + _CAP + r"-" + _UP)
# "de Van Nelle Fabriek", "het Van Gogh Museum": a thing named after a family.
_THE_VAN_BEFORE = re.compile(r"(?<![\w'’])(?i:de|het)\s+Van\s+$")
# "de film Sonny Boy", "het boek Pietje Bell": the title of a film, book or show.
_TITLE_WORDS = re.compile(
    r"(?i:film|boek|serie|musical|voorstelling|toneelstuk|lied|album|programma|strip|show"
    r"|opera|roman|musical|documentaire|podcast)"
)
_TITLE = re.compile(
    r"(?i:film|boek|serie|musical|voorstelling|toneelstuk|lied(?:je)?|album|programma|strip"
    r"|prentenboek|kinderboek|show|opera|roman|documentaire|podcast)(?:je)?\s+['‘\"“]?("
    + _CAP
    + r"(?:\s+(?:"
    + _PARTICLES
    + r")?"
    + _CAP
    + r"){0,3})"
)
# "het standbeeld van Jan Pieterszoon Coen": a statue or monument honours a public figure.
_TRIBUTE = re.compile(
    r"(?i:standbeeld|borstbeeld|monument|gedenkteken|gedenksteen|plaquette|herdenkingsbank)"
    r"(?:je)?\s+(?:van|voor)\s+((?:" + _PARTICLES + r"?" + _CAP + r"\.?\s*){1,4})"
)
# "de Willem …", "het Anne …": an article before a name makes it the name of a thing.
_THE_NAME_BEFORE = re.compile(r"(?<![\w'’])(?i:de|het)\s+(?:" + _CAP + r"\s+)?$")


# Shops and brands named after a person, often written without a hyphen.
BRANDS = (
    "Douwe Egberts", "Albert Heijn", "Jan Linders", "Dirk van den Broek", "Hans Anders",
    "Pieter Pot", "Marie Stella Maris", "Ben & Jerry", "Tante Betsy", "Jac. Hensen",
)  # fmt: skip
_LOWER_BRANDS = tuple(b.lower() for b in BRANDS)
# A shop or business word: "Vishandel", "Bakkerij", "Henk's Fietsenwinkel".
_SHOP_END = (
    r"(?:handel|winkel|bakkerij|slagerij|kwekerij|drukkerij|brouwerij|kapsalon|salon|zaak"
    r"|shop|store|boetiek|boutique|snackbar|eethuis|pizzeria|bistro|grill|kiosk|garage)"
)
_SHOP_WORD = re.compile(r"(?=" + _UP + r")[^\W\d_]*(?i:" + _SHOP_END + r")")
# "Visser's Vishandel", "Jansen’s Bakkerij": a name with a possessive before a shop names it.
_SHOP_POSSESSIVE = re.compile(
    r"(?:"
    + _UP
    + r"[\w-]*\s+(?:(?:de|van|der|den)\s+)*)?"
    + _UP
    + r"[\w-]*['’]s\s+"
    + _SHOP_WORD.pattern
    + r"(?![\w'’-])"
)
# Brands written as a name with a possessive: "een Tony's reep", "Ben & Jerry's ijs".
POSSESSIVE = tuple(
    f"{name}{mark}s"
    for name in ("Tony", "Jerry", "McDonald", "Domino", "Kellogg", "Lay", "Wendy")
    for mark in ("'", "’")
)
# "Douwe Egberts-punten": a name glued to a lowercase word by a hyphen names a brand or place.
_BRAND = re.compile(
    r"(?:\s+" + _CAP + r")?-(?!(?:de|van|der|den|ter|ten|te|la|le|du|el|al)\b)[a-zà-ÿ]"
)
# The capitalised word right before an honorific: "Stichting Tante Louise".
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(" + _UP + r"[\w'’-]+)[ \t]+$")


def _org_before_honorific(text: str, start: int) -> bool:
    """An organisation or place word right before "Tante", "Ome", "Meester": the honorific
    and the name after it are the name of that organisation ("Stichting Tante Louise",
    "Speeltuin Ome Joop", "Zorgboerderij Oom Ko"), not a person."""
    hit = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if hit is None:
        return False
    word = hit.group(1)
    return word in _PLACE_BEFORE or (word not in _FORMAL and _ends_in_place(word.lower()))


# Lowercase kinds of venue named after someone, before a name of two words or more: "op
# sportpark Jan Louwers", "in sporthal Anna Bos", "zwembad Pieter van den Hoogenband".
_VENUE_LOWER = words(
    """
    sportpark sportcomplex sportveld sportcentrum sporthal zwembad stadion plein park wijkpark
    stadspark school basisschool zaal gymzaal speeltuin ijsbaan atletiekbaan voetbalveld
    trapveld kindcentrum buurthuis wijkcentrum buurtcentrum zorgcentrum verpleeghuis
    woonzorgcentrum bibliotheek theater museum muziekschool dansschool kinderboerderij
    """
)
_VENUE_NAMED = words(
    """
    sportpark sportcomplex sportveld sportcentrum sporthal stadion wijkpark stadspark
    basisschool kindcentrum ijsbaan atletiekbaan
    """
)
# After the name: particles and a capitalised surname ("Pieter van den Hoogenband").
_PARTICLE_NAME = re.compile(
    r"\s+(?:van|de|der|den|ter|ten|te|'t)(?:\s+(?:de|der|den|het|'t))?\s+" + _UP
)
# A capitalised word (or initial) right after: "zorgcentrum Maria Oord", "school A.B. Kuipers".
_NEXT_CAP = re.compile(r"\.?\s*" + _UP)


# A word for an organisation right before a capitalised word, in any case, also the end of a
# compound: the word after it is the organisation's name ("Poolse stichting Razem", "de
# vrouwenvereniging Birlik", "zangkoor Marja", "VZW Nadia"). A place word ("kerk", "park") is
# no such word: "in de kerk Maria gezien" is a person met there.
_ORG_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?i:[a-zà-ÿ]*(?:stichting|vereniging|club|koor|ensemble|orkest|fanfare"
    r"|harmonie|collectief|gemeente|gemeenschap|parochie|kerkgenootschap|congregatie"
    r"|moskee|synagoge|tempel|mandir|gurdwara|cemevi|gebedshuis)"
    r"|vzw|v\.z\.w\.|stg\.?)\s+(?:[A-Z]{2,5}\s+)?$"
)
# "ons koor Marja, Kees en Joop": its members, people after all. ("Team Annemarie zorgt voor de
# soep" is a person too: "team" is no word of this list.)
_MEMBERS_AFTER = re.compile(r"\s*(?:,|\ben\b|&)\s*(" + _UP + r"[a-zà-ÿ][\w'’-]*)")


# Houses of prayer, named like a person in two words: "de synagoge Beth Shalom".
_WORSHIP = words("synagoge tempel mandir gurdwara pagode cemevi gebedshuis sjoel")


def _place_before(text: str, start: int, end: int) -> bool:
    """A place or organisation word before a name makes it the name of a place: "Stichting
    Anna", "Basisschool A.B. Kuipers", "zorgcentrum Maria Oord" (lowercase: only before a name
    of two words, so "in de kerk Maria gezien" stays a person)."""
    if text[max(0, start - 3) : start].rstrip().endswith((":", ",")):
        return False  # "voor vragen over de moestuin: Anouk Pronk": the colon introduces a person;
        # "de voorzitter van vereniging Sahara, Hussam, …": a comma ends the name of a place
    members = _MEMBERS_AFTER.match(text, end)
    if _ORG_WORD_BEFORE.search(text, max(0, start - 40), start) is not None and (
        members is None or _is_place_word(members.group(1))  # "…, Ringweg 301": its address
    ):
        return True  # "stichting Razem", "voetbalclub Fatih", "VZW Nadia": its name
    org = _ORG_BEFORE.search(text, max(0, start - 40), start)
    if org is not None and _ORG_END.search(org.group(1).lower()):
        return True  # "Korfbalvereniging Wilhelmus", "Voetbalclub SV Oosterkwartier"
    before = _TOKENS.findall(text, max(0, start - 40), start)
    two_words = full_name = _NEXT_CAP.match(text, end) is not None
    # "sportpark Willem-Alexander": a double name after a venue named after someone
    double = "-" in text[start:end] or text.startswith("-", end)
    for word in reversed(before[-4:]):
        bare = word.rstrip(".")
        if bare in _PLACE_BEFORE or bare.replace(".", "").upper() in _SCHOOL_KINDS:
            return True
        if bare.islower() and two_words and (public.PLACE.fullmatch(bare) or bare in _WORSHIP):
            return True  # "de mandir Shri Krishna", "zorgcentrum Maria Oord"
        if bare in _VENUE_LOWER and (
            two_words or (double and bare in _VENUE_NAMED) or _PARTICLE_NAME.match(text, end)
        ):
            return True  # "op sportpark Jan Louwers", "zwembad Pieter van den Hoogenband"
        if full_name and bare[:1].isupper() and _ends_in_place(bare.lower()):
            return True  # "Sportpark Johan Cruijff", "Wijkpark Anna Bos": a place named after
        # someone
        two_words = True  # "kindcentrum Willem Drees": a capitalised word before "Drees"
        if not (bare[:1].isupper() or bare.lower() in {"van", "de", "der", "den", "het", "'t"}):
            break
    return False


# Words before a name that is also a word, capitalised in the middle of a sentence, that make
# it a person: "samen met Roos", "dank aan Storm", "de fiets van Mark", "Noor en Bas".
_WITH_WORDS = words("met aan bij via voor door van samen naast tegen")
# "Roos en ik", "Bas en mij": the speaker and a person.
_ME_TOO = re.compile(r"\s+en\s+(?:ik|mij|ikzelf)(?![\w'’])")
# "Roos en Lelie zijn de twee zalen", "de kippen heten Zomer en Lente": names of things.
_NAMES_THINGS = re.compile(
    r"(?i:\b(?:namen|heten|heet|genaamd|noemen|noemden|gedoopt|zijn\s+de|waren\s+de)\b"
    r"[^.!?\n]{0,40}?\b(?:zalen|zaal|kamers?|ruimtes?|lokalen|lokaal|bomen|boom|kippen|kip|geiten"
    r"|geit|katten|kat|poes|poezen|honden|hond|konijnen|konijn|cavia'?s|paarden|pony'?s|schapen"
    r"|dieren|flats?|gebouwen|gebouw|straten|boten|boot|beelden|beeld|planten|rozen|tulpen"
    r"|bloemen|vissen|vogels|teams?|groepen|groep|klassen|klas|lokalen|tafels|huisjes)\b"
    r"|\b(?:zalen|kamers|kippen|geiten|katten|honden|konijnen|paarden|bomen|dieren|planten)\s+"
    r"(?:heten|heet|zijn|noemen)\b)"
)
# After "met Roos": not an abbreviation ("met max. 10"), not a name of more words ("bij Jade
# Garden", a restaurant: a surname after it was taken as a full name before).
_NOT_AFTER_WITH = re.compile(r"\.\s*\d|\s+" + _UP)
# A sentence that starts with one of these: the capital after it is no part of a title.
_OPENING = re.compile(
    r"(?i:met|aan|bij|via|voor|door|van|samen\s+met|dank\s+aan|bedankt|onze|ons|mijn|m'n|jullie"
    r"|lieve|beste|ook|toen|daarna|gelukkig|gisteren|dankzij|volgens|zonder"
    r"|gefeliciteerd|proficiat|hoera|hiep\s+hiep\s+hoera|welkom)\s+$"
)


# A conjunction that opens the sentence before a name: "Wanneer Annemiek er is", "Als Karin
# er niet is", "Zodra Fenna terug is".
_CONJUNCTION = re.compile(
    r"(?i:wanneer|als|zodra|zolang|omdat|terwijl|totdat|nadat|voordat|tenzij|indien|of|tot"
    r"|alleen\s+als|behalve\s+als|ook\s+als)\s+$"
)


def _after_conjunction(text: str, start: int) -> bool:
    hit = _CONJUNCTION.search(text, max(0, start - 20), start)
    return hit is not None and _at_sentence_start(text, hit.start())


def _after_opening_word(text: str, start: int) -> bool:
    """ "Met Roos en Mark …": the capital before the name is the first word of the sentence."""
    hit = _OPENING.search(text, max(0, start - 20), start)
    return hit is not None and _at_sentence_start(text, hit.start())


# "- Noor: koffie", "Koffie - Riet": a name at the start or end of a line of a list.
_LINE_HEAD = re.compile(
    r"^[ \t]*(?:[-*•–]|\d+[.)])?[ \t]*(" + _CAP + r")[ \t]*(?::|[ \t][–-][ \t])", re.MULTILINE
)
_LINE_TAIL = re.compile(r"(?::|[ \t][–-])[ \t]*(" + _CAP + r")[ \t]*[.!]?[ \t]*$", re.MULTILINE)


# "… zijn de namen van de nieuwe zalen": the names before it name things.
_ARE_NAMES_OF = re.compile(
    r"\s+(?:zijn|waren|worden|werden)\s+(?:de\s+|ook\s+)?(?:nieuwe\s+)?namen\s+van\b",
    re.IGNORECASE,
)
_POSSESSIVE_START = re.compile(r"\s*(?i:onze|ons|mijn|m'n|je|jullie|hun|zijn|haar)\b")
_ONLY_LIST = re.compile(r"(?:[\s,&]|\ben\b|\bof\b|\bde\b|\bvan\b|" + _CAP + r")*")


def _not_names_of_things(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` without the names of a list that is the subject of "zijn de namen van": "Willem
    en Alexander zijn de namen van de twee nieuwe bomen"."""
    for match in _ARE_NAMES_OF.finditer(text):
        head = max(text.rfind(c, 0, match.start()) for c in ".!?\n") + 1
        inside = sorted(
            (f for f in found if head <= f.start and f.end <= match.start()),
            key=lambda f: f.start,
        )
        if not inside:
            continue
        gaps = [text[head : inside[0].start]]
        gaps += [text[a.end : b.start] for a, b in itertools.pairwise(inside)]
        gaps.append(text[inside[-1].end : match.start()])
        people = (
            any(
                text[f.start : f.end].split()[0].lower().rstrip(".") in HONORIFICS | _ABBREVIATED
                for f in inside
            )
            or _POSSESSIVE_START.match(gaps[0]) is not None
        )  # "Onze buurman Kees en Ria zijn …"
        if not people and all(_ONLY_LIST.fullmatch(gap) for gap in gaps):  # names and "en"
            found = [f for f in found if f not in inside]
    return found


def _listed(text: str, start: int, end: int) -> bool:
    """Is the word at ``start:end`` one of a list of first names: "Noor, Bas en Jade", "met Roos
    en Mark", or the lines "- Noor: koffie / - Bas: opruimen"? Every other word of the list is
    a first name or no word we know; two names that are also words are enough."""
    if _NAMES_THINGS.search(text) is not None:
        return False
    before = _LIST_BEFORE.search(text, max(0, start - 120), start)
    after = _LIST_AFTER.match(text, end)
    if before is not None or after is not None:
        others = (before.group() if before else "") + " " + (after.group() if after else "")
        members = [m for m in _NAME_WORD.findall(others) if m not in _FUNCTION]
        classes = {word_class(m) for m in members if m not in NOT_NAMES}
        classes.add(word_class(text[start:end]))
        if (
            members
            and all(m not in NOT_NAMES for m in members)
            and classes <= {NAME, AMBIGUOUS_NAME, UNKNOWN}
        ):
            if classes != {AMBIGUOUS_NAME}:
                return True  # a list with a name that is no word: "Noor, Hamid en Bas"
            # Only names that are also words ("Roos, Iris en Margriet" may be flowers): the
            # list needs a person around it: "met …", "dank aan …", "… hebben gekookt".
            first = before.start() if before is not None else start
            last = after.end() if after is not None else end
            lead = _prev_words(text, first, 3).split()
            return bool(
                not _LIST_PEOPLE_BEFORE.isdisjoint(lead)
                or not _VERBS.isdisjoint(lead)
                or _PLURAL_AFTER.match(text, last)
                or _PERSON_AFTER.match(text, last)
                or _PEOPLE_VERB_AFTER.match(text, last)
            )
    if "\n" not in text:
        return False
    for pattern in (_LINE_HEAD, _LINE_TAIL):
        slots = [m.span(1) for m in pattern.finditer(text)]
        if (start, end) in slots:
            names = [s for s in slots if word_class(text[s[0] : s[1]]) in (NAME, AMBIGUOUS_NAME)]
            if len(names) >= 2 and not _PRICE.search(text):
                return True
    return False


# Before a list of names that are also words: "met", "dank aan", "Ploeg zaterdag:".
_LIST_PEOPLE_BEFORE = _WITH_WORDS | words(
    """
    dank bedankt groetjes groeten liefs namens ploeg team vrijwilligers rooster bezetting
    dienst aanwezig helpers hulp koks gastvrouwen gastheren organisatie wie maandag dinsdag
    woensdag donderdag vrijdag zaterdag zondag vandaag morgen
    """
)
# "Noor, Bas en Jade hebben/hielpen/kookten …": a verb in the plural after the list.
_PEOPLE_VERB_AFTER = re.compile(
    r"\s*,?\s*(?:hebben|hadden|hielpen|helpen|kookten|koken|bakten|bakken|deden|doen|gingen"
    r"|gaan|kwamen|komen|maakten|maken|regelden|regelen|organiseren|organiseerden|zorgen"
    r"|zorgden|staan|stonden|zitten|zaten|draaien|draaiden|brengen|brachten|ruimden|ruimen"
    r"|wonen|woonden|spelen|speelden|zongen|zingen|dansten|lopen|liepen|fietsten|werken"
    r"|werkten|schilderden|verven|verfden|plantten|wandelden|openden|sloten)(?!\w)"
)


# The end of a message: "Tot morgen, Mark", "— Bas", "Groet,\nFleur 🌷".
_SIGN_OFF = re.compile(r"[^\w\s]*\s*$")
_SIGN_BEFORE = re.compile(r"(?:,|\n|^)\s*(?:[—–-]{1,2}\s*)?$")
_SIGN_DASH = re.compile(r"(?:^|\n|[.!?][ \t])[ \t]*(?:[—–~]|--?)[ \t]*$")
_SIGN_WORDS = words(
    "groet groeten groetjes liefs tot doei dank bedankt hoi hallo ciao later"
    # abbreviated sign-offs: "mvg, Peter", "m.v.g. Roos", "gr, Mark", "grtz Bas", "vrgr Dirk"
    " mvg m.v.g. m.v.g vgr vrgr gr gr. grt grtz grts grtjs hgr hartelijke vriendelijke xx xxx"
    " namens kus kusjes knuffel knuffels xoxo"
)


# Sign-offs written short, right before the name: "grtz Bas", "mvg Peter".
_SIGN_SHORT = words(
    "mvg m.v.g. m.v.g vgr vrgr grt grtz grts grtjs hgr groetjes liefs xx xxx xoxo kus kusjes"
)


def _signed(text: str, start: int, end: int) -> bool:
    """Is the word at ``start:end`` the name under a message ("Tot morgen, Mark", "— Bas")?"""
    if _SIGN_OFF.fullmatch(text, end) is None:
        return False
    if _SIGN_DASH.search(text, max(0, start - 8), start) is not None:
        return True  # "— Bas" on the last line of a text
    if _prev_words(text, start, 1) in _SIGN_SHORT:
        return True  # "grtz Bas", "m.v.g. Roos": the last words of a text
    if _SIGN_BEFORE.search(text, max(0, start - 6), start) is None:
        return False
    return not _SIGN_WORDS.isdisjoint(_prev_words(text, start, 4).split())


# "Roos: € 2,50": a list of things with prices, no names.
_PRICE = re.compile(r"€|\beuro\b|\d+[,.]\d\d\b")


# A list of capitalised words: "uit Paramaribo, Aleppo, Asmara en Tilburg".
_LIST_BEFORE = re.compile(r"(?:" + _CAP + r"\s*(?:,|en|&)\s*){1,8}$")
_LIST_AFTER = re.compile(r"(?:\s*(?:,|en|&)\s*" + _CAP + r"){1,8}")


_THEN_CAP = re.compile(r"[ \t]+(" + _CAP + r")")


# "was het Ingrid die aanbelde", "is het Fatima die kookt": the name stresses who did it.
_CLEFT = re.compile(r"[ \t]+die[ \t]")


def _cleft_verb(text: str, start: int) -> bool:
    return _prev_words(text, start, 2).split(" ")[0] in {"was", "is", "waren", "werd", "wordt"}


# A name in apposition ends in a comma and goes on in lowercase: ", Hussam, heet je welkom".
_APPOSITION_END = re.compile(r"\s*,\s*(?!en\b|of\b)[a-zà-ÿ]")


def _in_place_list(text: str, start: int, end: int) -> bool:
    """Is the word at ``start:end`` one of a list of places ("uit Paramaribo, Aleppo, Asmara en
    Tilburg")? A list in which another word is a known place name is a list of places."""
    full = _THEN_CAP.match(text, end)  # "uit Dokkum, Sjoerd Hiemstra,": a full name, no place
    if full is not None and _base(text[start:end]) in first_names() and full.group(1) in surnames():
        return False
    before = _LIST_BEFORE.search(text, max(0, start - 120), start)
    after = _LIST_AFTER.match(text, end)
    if (
        after is None
        and before is not None
        and before.group().count(",") == 1
        and " en " not in before.group()
        and _APPOSITION_END.match(text, end) is not None
        and _base(text[start:end]) in first_names()
    ):
        return False  # "de voorzitter van vereniging Sahara, Hussam, heet je welkom"
    others = (before.group() if before else "") + " " + (after.group() if after else "")
    known = known_tokens()
    names = first_names()
    things = _things().plain  # "Cordaid en Wojtek": a thing of that list is no place
    listed = _NAME_WORD.findall(others)
    places = [
        w
        for w in listed
        if len(w) > 2
        and w.lower() in known
        and w.lower() not in things
        and _base(w) not in names
        and not w.endswith(("se", "sche"))  # "Abdi, Somalische vader": an origin, no place
    ]  # "Ro", "Mo", "Ed": a short word of the frequency list is a nickname, not a place
    if not places:
        return False
    people = sum(1 for w in listed if word_class(w) == NAME)
    return people <= len(places)  # "Yvette, Ro en Dennis": more first names than places


def _ends_in_place(low: str) -> bool:
    hit = public.PLACE.search(low)
    return hit is not None and hit.end() == len(low) and len(low) > 4


_PLACE_WORDS = words(
    """
    Court Park Plein Arena Stadion Hal Theater Museum Bibliotheek School College Lyceum Kerk
    Centrum Hotel Fonds Prijs Dag Week Markt Straat Laan Weg Stichting Huis Kade Gracht Hof
    Singel Dreef Brug Toren Poort Tuin Bad Zaal Kliniek Ziekenhuis Heijn Kindcentrum Hoeve
    Fabriek Loods Kazerne Gevangenis Station Paviljoen Gymnasium Atheneum Schouwburg
    Universiteit Hogeschool Conservatorium Scholengemeenschap Mavo Havo Vmbo
    Foundation Fund Institute Instituut Academy Academie Center Centre Cup Trofee Bokaal
    Toernooi Award Lezing Collectie Sportpark Sporthal Zwembad Kindcentrum Schoolplein
    """
)


def _is_place_word(word: str) -> bool:
    """ "Frankplein", "Hoochstraat" or a place word on its own ("Court"); not "Dijk" alone."""
    if word in _PLACE_WORDS:
        return True
    hit = _PLACE_END.search(word)
    if hit is None or hit.start() == 0 or word in surnames():
        return False
    part = word[word.rfind("-", 0, hit.start()) + 1 :]
    # "Heijden-Bakker", "Linden-Bos": a double surname, also with a surname that is a word
    return part == word or (part not in surnames() and part not in PARTICLE_SURNAMES)


# A house number, then a comma, a postcode or the end: the word before it is a street.
_HOUSE_NUMBER_AFTER = re.compile(
    r"[ \t]+[1-9]\d{0,3}(?:[ \t]?[a-zA-Z]|-\d{1,3})?"
    r"(?=[ \t]*(?:$|\n|,[ \t]*(?:[1-9]\d{3}|[A-Z])|[1-9]\d{3}\s?[A-Z]{2}\b))"
)


def _as_they_occur(
    text: str, kind: FieldKind, found: list[Finding], lower_context: bool, unknown: bool = True
) -> list[Finding]:
    """Names the list does not know, and lowercase names: judged by the words around them."""
    out: list[Finding] = []
    taken = [(f.start, f.end) for f in found]
    role_field = kind in _PERSON_FIELDS

    def free(start: int, end: int) -> bool:
        return all(end <= s or e <= start for s, e in taken)

    def add(start: int, end: int, name: str) -> None:
        taken.append((start, end))
        out.append(_finding(start, end, ERROR, name, role_field))

    caps = list(_NAME_WORD.finditer(text)) if unknown else []
    things = len(caps) > 1 and _NAMES_THINGS.search(text) is not None  # "Lelie en Hyacint zijn
    # de namen van de lokalen"
    known_name_at = {m.start() for m in caps if word_class(m.group()) in (NAME, AMBIGUOUS_NAME)}
    for index, match in enumerate(caps):
        word = match.group()
        start, end = match.span()
        if word_class(word) != UNKNOWN or not free(start, end):
            continue
        if _SHOP_WORD.fullmatch(word) is not None:
            continue  # "Vishandel staat op de markt": a shop, not a person
        if _HOUSE_NUMBER_AFTER.match(text, end) is not None:
            continue  # "Haadwei 41, 9111 AB": a street (for the address checks), no person
        prev = _prev_words(text, start, 2)
        last_prev = prev.rsplit(" ", 1)[-1] if prev else ""
        if last_prev in {"de", "het", "een", "'t", "onze", "ons"}:
            continue  # "het Geldloket", "de Bloemgracht": no article before a first name
        person = bool(_PERSON_AFTER.match(text, end) or _FROM_GROUP.match(text, end))
        if not person and not things:
            # "Hussam en Ghalia kwamen", "Samir en Hussam": a list of names.
            nxt = caps[index + 1] if index + 1 < len(caps) else None
            prv = caps[index - 1] if index else None
            if nxt is not None and _AND.fullmatch(text, end, nxt.start()):
                person = nxt.start() in known_name_at or (
                    _unknown(nxt.group())
                    and bool(
                        _PERSON_AFTER.match(text, nxt.end()) or _PLURAL_AFTER.match(text, nxt.end())
                    )
                )
            if not person and prv is not None and _AND.fullmatch(text, prv.end(), start):
                person = (
                    prv.start() in known_name_at
                    or any(s == prv.start() for s, _ in taken)
                    or _PEOPLE_VERB_AFTER.match(text, end) is not None  # "Cordaid en Wojtek
                    # hebben de kleding gesorteerd"
                )
        if not person and last_prev in _THANKS:
            person = True
        if not person and _ROLE_TAIL.search(last_prev) is not None:
            # "Ons nieuwe bestuurslid: Gonçalo", "onze gastvrouw Xhevdet"; "buurtcoach Careyn"
            # or "de coördinator Incluzio" may name the organisation.
            person = text[max(0, start - 3) : start].rstrip().endswith(
                ":"
            ) or not _OWNED.isdisjoint(_prev_words(text, start, 4).split()[:-1])
        if not person and (
            last_prev in _PERSON_OBJECT
            or (last_prev == "door" and _DONE_BY.search(text, max(0, start - 30), start))
        ):
            person = not _after_capital(text, start) and _VENUE_END.search(word) is None
            # "we missen Babajide", "gemaakt door Ewa"; not "we missen Zonnehoek"
        if (
            not person
            and last_prev in _INVERTED
            and not _after_capital(text, start)
            and prev.split(" ")[0] not in _SUBJECTS  # "ze neemt baklava mee": an object
        ):
            person = True  # "Gelukkig was Mulugeta er", "Gisteren heeft Oksana gekookt"
        if not person and prev.endswith(("je wel", "dankjewel", "dank je")):
            person = True
        if not person and prev.endswith(_GO_TO) and _VENUE_END.search(word) is None:
            person = True  # "kom langs bij Oyelaran", not "kom langs bij Zonnehoek"
        if not person and not _after_capital(text, start):
            of = _OF_PLACE.match(text, end)  # "Dafydd van de bakkerij", "Ilse van de overkant"
            person = of is not None and (
                of.group(1) in _OF_WORDS or public.PLACE.fullmatch(of.group(1)) is not None
            )
        nxt = caps[index + 1] if index + 1 < len(caps) else None
        pair = (
            nxt is not None
            and text[end : nxt.start()] == " "
            and (_unknown(nxt.group()) or nxt.group() in surnames())
            and free(*nxt.span())
        )
        if (
            not person
            and last_prev in _PREPOSITIONS
            and (not _after_capital(text, start) or _after_opening_word(text, start))
        ):
            # "tegen Mirwais zeggen", "met Zhivko en hij", "bij Ilunga Mbeki, die"
            person = (
                pair
                or bool(_PERSON_AFTER.match(text, end) or _AFTER_PREP.match(text, end))
                or (
                    last_prev == "met"
                    and not _WITH_VERBS.isdisjoint(_prev_words(text, start, 4).split()[:-1])
                )
                # "vraag het maar aan Mirwais", "zeg het even tegen Semhar"
                or (last_prev in {"aan", "tegen"} and prev.split(" ", 1)[0] in _ASK_BEFORE)
            )
        if (
            not person
            and pair
            and not _at_sentence_start(text, start)
            and not _after_capital(text, start)
        ):
            person = True  # "Wist je dat Ndeye Faye …": two unknown words in a row, a full name
        if not person and pair and nxt is not None and _PERSON_AFTER.match(text, nxt.end()):
            person = True  # "Abu Bakr leest voor", "Tsega Haile kookt"
        # "Søren van der Plas", "Kidus el Amrani": particles and a surname make a full name.
        particled = _THEN_PARTICLE_SURNAME.match(text, end)
        if particled is not None and (
            not (
                particled.group(2) in surnames()
                or particled.group(2) in PARTICLE_SURNAMES
                or _unknown(particled.group(2))
            )
            or particled.group(1).startswith(("De ", "Het ", "'T ", "'t "))  # "Kinderclub De Wiek"
            or _ORG_END.search(word.lower()) is not None
        ):
            particled = None
        stop = particled.end() if particled else nxt.end() if pair and nxt is not None else end
        if not person and (particled is not None or _ROLE_AFTER.match(text, stop)):
            person = not _after_capital(text, start) or _at_sentence_start(text, start)
        if person and not _in_place(text, start, end) and not _in_place_list(text, start, end):
            if particled is not None or (pair and nxt is not None):
                add(start, stop, text[start:stop])
            else:
                add(start, end, word)
    if lower_context:
        for match in _LOWER_WORD.finditer(text):
            word = match.group()
            start, end = match.span()
            if word not in lower_names() or not free(start, end):
                continue
            if word.capitalize() in _DIALECT_MY and _POSSESSED.match(text, end) is not None:
                continue  # "met mien man": "mijn" in dialect
            prev = _prev_words(text, start, 1)
            if (
                prev in _LOWER_BEFORE
                or _PERSON_AFTER.match(text, end)
                or _WHO_AFTER.match(text, end)  # "maar kees die altijd bij de aldi staat"
            ):
                add(start, end, word)  # "met joop", "ingrid neemt koek mee"
            elif (prev in _PERSON_OBJECT or prev in _THANKS_TO) or (
                prev in _INVERTED and _prev_words(text, start, 2).split(" ")[0] not in _SUBJECTS
            ):
                add(start, end, word)  # "gisteren heeft zeynep gekookt", "dankzij kees"
    return out


# A relative clause after a lowercase name that is no word: "kees die altijd bij de aldi staat".
_WHO_AFTER = re.compile(
    r"\s+die\s+(?:altijd|vaak|ook|nog|elke|iedere|vroeger|al|sinds|nu|zelf|hier|daar|op|in|bij"
    r"|naast|achter|tegenover|aan|met|van|de|het|een|ons|onze|mijn|je|m'n)(?![\w'’])"
)
# "Zarghuna uit de naaigroep", "Kidus uit onze klas": someone from a group or a place nearby.
_FROM_GROUP = re.compile(
    r"\s+uit\s+(?:de|het|'t|onze|ons|mijn|m'n)\s+[a-zà-ÿ]*(?:groep|groepje|club|clubje|klas|ploeg"
    r"|koor|team|buurt|straat|flat|portiek|wijk|galerij|kring|cursus|les|commissie|bestuur|familie"
    r"|gezin|opvang|azc|hofje|blok|complex)(?![\w'’-])"
)
# "van der Plas", "el Amrani", "ter Horst": particles and a capitalised word.
_THEN_PARTICLE_SURNAME = re.compile(r"\s+(" + _PARTICLES + r"+)(" + _CAP + r")(?![\w'’])")
# "Gebre Tesfay (taalmaatje)", "Aster Kidane, vrijwilligerscoördinator": a role in apposition.
_ROLE_AFTER = re.compile(
    r"\s*(?:\(\s*|,\s*|\s[–-]\s*)(?:de\s+|onze\s+|ons\s+|het\s+)?"
    r"(?i:[a-zà-ÿ]*?(?:" + ROLE_WORDS + r"))(?![\w])"
)
_GO_TO = ("langs bij", "terecht bij", "vraag naar", "vragen naar", "aanbellen bij", "navragen bij")
_VENUE_END = re.compile(
    r"(?:hoek|lust|oord|hof|huis|rust|zicht|stein|burg|veld|kamp|tuin|dal|hoeve|horst|wijk|heim"
    r"|haven|berg|bos|park|plein|punt|lokaal|kamer)$",
    re.IGNORECASE,
)
# "van de bakkerij", "van de overkant", "van het hoekhuis": a person known by a place nearby.
_OF_PLACE = re.compile(r"\s+van\s+(?:de|het|'t)\s+([a-z]+)(?![\w'’-])")
_OF_WORDS = words(
    """
    overkant hoek hiernaast hoekhuis bovenverdieping benedenverdieping galerij portiek flat
    bakker bakkerij slager slagerij kapper groenteboer bloemist snackbar kiosk garage overbuur
    straat buurt markt zaak
    """
)


# Words before an unknown capitalised word that may make it a person, with what follows.
_PREPOSITIONS = words("tegen met bij van dat aan voor via samen naast door namens")
_AFTER_PREP = re.compile(
    r"\s*,?\s*(?:die|en\s+(?:hij|zij|ze|ik|wij|we|haar|zijn)|zeggen|vragen|melden|geven|brengen"
    r"|afspreken|regelen|praten|gepraat|gesproken|gevraagd|gezegd|gedaan|geregeld|gebeld"
    r"|geappt|gemaild|sturen|bellen|appen|mailen|laten|zijn|is|was|heeft|had"
    r"|er(?=\s+(?:ook|weer|altijd|nog|al|bij|was|is)))(?!\w)"
)
_OWNED = words("onze ons mijn m'n jullie nieuwe")
# Thanks and greetings before a name: "dankzij Ilunga", "volgens Bogdan", "groetjes Semhar".
_THANKS = words("dank bedankt dankzij volgens groetjes liefs hoi hallo hey")
# A role (also a compound) right before a name: "bestuurslid", "vrijwilligerscoördinator".
_ROLE_TAIL = re.compile(r"(?:" + ROLE_WORDS + r"|bestuurslid|lid|aanspreekpunt)$")


_ASK_BEFORE = words("het maar even dat dit 't gerust eens")
# "Ik sprak met Gebremedhin over …": doing something with someone.
_WITH_VERBS = words(
    """
    sprak spreek spreekt praatte praat praten kletste kletsen kookte kook kookt koken wandelde
    wandel wandelen danste speelde speel spelen werkte werk werken afgesproken
    gesproken gepraat gekookt gewandeld gespeeld gewerkt getuinierd tuinierde wandelden
    kookten speelden praatten werkten dansten kletsten spraken
    """
)


def _unknown(word: str) -> bool:
    """A capitalised word that is no Dutch word, place, brand or name we know."""
    if len(word) < 3 or word.isupper() or word in NOT_NAMES or word in _FUNCTION:
        return False
    if _is_place_word(word):
        return False  # "Kerkstraat", "Lindelaan", "Werkplein"
    low = word.lower()
    base = low.replace("’", "'").split("'")[0]
    if base in dutch_words() or base in known_tokens() or _base(word) in surnames():
        return False
    return not _compound(base)


def _compound(word: str) -> bool:
    """ "kledingbank", "koffieochtend", "bewonersoverleg": two Dutch words (maybe with a linking
    s or e). Compounds are written as one word in Dutch, so most are in no word list."""
    known = dutch_words()
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if (
            tail in known
            and (len(head) >= 4 or _solid(tail))
            and (
                _solid(head)
                or (head[-1] in "se" and _solid(head[:-1]))
                or (head.endswith(("er", "en")) and _solid(head[:-2]))  # "kinderclub", "boekenkast"
            )
        ):
            return True
    return False


def _solid(part: str) -> bool:
    """A part of a compound: a frequent word, or a known word of four letters or more. Short
    rare words ("den", "lev", "sem") would make names look like compounds: "Dennis", "Levent",
    "Semhar"."""
    return part in frequent_words() or (len(part) >= 4 and part in dutch_words())


@functools.cache
def _honorific_pattern(token: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])" + re.escape(token) + r"(?![\w'’])")
