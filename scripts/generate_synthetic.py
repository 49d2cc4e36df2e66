"""Generate a large, fictional welkom site for benchmarks and scale tests.

    python scripts/generate_synthetic.py --buurten 14500 --out bench-data/site-14500

The tree looks like what volunteers write (DESIGN.md §3): ``buurten/_landelijk.yml``, about 40
buurten per gemeente, 5–10 plekken and 3–6 activities per buurt (every recurrence phrase the
parser knows, with exceptions), 0–2 stories, key figures by role and help lines.

Deterministic: no clock, and every buurt draws from its own ``random.Random`` seeded with its
position, so the same ``--buurten`` and ``--seed`` give a byte-identical tree, and buurt 17 of
gemeente 3 looks the same whatever N is. Text is plain templating (no YAML dumper) because it
is fast and the output stays readable.

Everything is fictional and stays clear of what the privacy guard flags: no names of people,
no private phone numbers or e-mail addresses, and street + number only in a plek's ``adres``.
Postcodes end in ``SA``, ``SD`` or ``SS``: letter pairs that real Dutch postcodes never use.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

BUURTEN_PER_GEMEENTE = 40
REPO = Path(__file__).resolve().parents[1]


def _list(text: str, sep: str | None = None) -> list[str]:
    """Word lists written as one string: easier to read and extend than a list literal."""
    return [w.strip() for w in text.split(sep)]


# Gemeente names: invented syllables, so no generated name is a real municipality.
G_HEAD = _list(
    "Kiem Wiek Zoer Plomp Ruig Kwak Knor Brem Lomm Drieg Hummel Grommel Rots Plunder Slenk Vonk "
    "Knotter Griend Zeug Mosk Pael Zwiebel Snoek Bunz Tjalk Dorsk Weel Gaar Sluim Kolk Wobbel"
)
G_TAIL = _list("hoven dam werd lo rade oord wolde mere horst kerke bergen veen drecht")

B_BASE = _list(
    "De Kiem|Het Veld|De Wiek|De Brink|Het Hofje|De Kade|De Weiden|Het Laantje|De Akker|"
    "De Molenhoek|Het Gemaal|De Vaart|De Boomgaard|Het Plein|De Sluis|De Dreef|Het Water|"
    "De Heuvel|De Polder|Het Bos|De Hoven|De Tuinen|Het Eiland|De Singels|De Velden|"
    "Het Spoor|De Haven|De Linten|De Beemd|Het Broek",
    "|",
)
B_SIDE = ["", "Noord", "Zuid", "Oost", "West", "Midden"]

STREETS = _list(
    "Kerkstraat Schoolstraat Molenweg Dorpsstraat Stationsweg Marktplein Havenkade Parklaan "
    "Beukenlaan Eikenlaan Wilgenstraat Vlietpad Sluisweg Brinkweg Gemaalweg Slootpad Tuinpad "
    "Rietdijk Veldpad Kadepad"
)

PLEK_KINDS: list[tuple[str, str, str]] = [
    # (soort, name pattern, description)
    ("buurthuis", "Buurthuis {x}", "Koffie, een krant en altijd iemand om mee te praten."),
    ("portiekcafe", "Portiekcafé {x}", "Koffie in de zaal van de flat. Kom gerust in je sloffen."),
    (
        "repaircafe",
        "Repair Café {b}",
        "Samen spullen repareren. Neem je kapotte lamp of fiets mee.",
    ),
    ("moestuin", "Buurtmoestuin {x}", "Een moestuin voor de hele buurt. Iedereen mag meehelpen."),
    ("kledingbank", "Kledingbank {x}", "Gratis kleding voor volwassenen en kinderen."),
    ("bibliotheek", "Bibliotheek {b}", "Boeken, kranten, computers en hulp bij formulieren."),
    ("speeltuin", "Speeltuin {x}", "Een speeltuin met bankjes voor de ouders."),
    ("inloop", "Inloop {x}", "Een rustige inloop voor wie even wil praten."),
    ("huiskamer", "Huiskamer {x}", "Een huiskamer voor de buurt. Koffie en thee zijn gratis."),
    ("wijkcentrum", "Wijkcentrum {x}", "Een groot centrum met zalen, een keuken en een bar."),
    ("park", "Park {x}", "Een park met bankjes, een vijver en veel bomen."),
    ("kringloop", "Kringloop {x}", "Tweedehands spullen. De opbrengst gaat naar de buurt."),
    ("sport", "Beweegtuin {x}", "Toestellen om buiten te bewegen, voor jong en oud."),
]
PLACE_WORDS = _list(
    "De Kiem|De Wiek|De Brug|De Molen|Het Anker|De Schakel|De Boei|De Zonnebloem|Het Baken|"
    "De Vlinder|De Eik|De Kastanje|De Vonk|Het Kompas|De Horizon|De Klaver|De Ster|De Stek",
    "|",
)
OPEN_FORMS = [
    "ma, wo, vr 09.30-16.00",
    "ma t/m vr 9.00-17.00",
    "di en do 13.00-17.00",
    "za 10.00-13.00",
    "wo 14.00-16.00",
    "ma t/m do 10.00-16.00",
    "di t/m za 10.00-17.00",
]
MEETING_PLACES = {"buurthuis", "huiskamer", "inloop", "wijkcentrum"}
TOEGANKELIJK = ["rolstoel", "invalidentoilet", "ringleiding", "lift", "gelijkvloers", "prikkelarm"]

ROLES: list[tuple[str, str | None, str]] = [
    ("huismeester", "woningcorporatie", "Vragen over je woning, de portiek of je buren."),
    ("buurtconciërge", "woningcorporatie", "Kleine klusjes en een oogje in het zeil."),
    ("wijkagent", "politie", "Zorgen over veiligheid of overlast. Bij spoed bel je 112."),
    ("buurtwerker", "welzijn", "Je wilt iets doen in de buurt, of je zoekt contact."),
    ("ervaringsdeskundige", "ggz", "Praten met iemand die weet hoe het is als het even tegenzit."),
    ("kwartiermaker", "ggz", "Helpt nieuwe bewoners hun plek in de buurt te vinden."),
    ("beheerder van het buurthuis", "welzijn", "Weet wat er te doen is en wie je kan helpen."),
    ("ouderenadviseur", "welzijn", "Vragen over wonen, zorg en meedoen als je ouder wordt."),
    ("opbouwwerker", "welzijn", "Samen met bewoners iets opzetten voor de buurt."),
]
WHEN_WORDS = [
    "dinsdag 10.00-12.00",
    "maandag en woensdag",
    "op werkdagen",
    "donderdagochtend",
    "vrijdagmiddag",
    "woensdag 13.00-16.00",
]
TIPS = [
    "Zeg gedag in de portiek. Een plantje of iets lekkers helpt.",
    "Kom eens naar de koffieochtend. Daar leer je snel je buren kennen.",
    "Kapotte lamp of fiets? Gooi hem niet weg, maar neem hem mee naar het Repair Café.",
    "Wil je iets doen voor de buurt? Een uurtje per week is al fijn.",
    "Last van geluid? Praat eerst rustig met de buren. Dat werkt vaak het best.",
    "Het grofvuil gaat op de eerste maandag van de maand naar buiten.",
    "Loop eens mee met de wandelgroep. Zo zie je de buurt en ontmoet je mensen.",
    "Stel je voor aan de buren. Iedereen was ooit nieuw.",
]
INTROS = [
    "{b} is een groene buurt met veel portiekflats. Nieuw hier? Welkom!",
    "{b} is een rustige buurt met rijtjeshuizen en een park. Er wonen veel gezinnen.",
    "In {b} wonen jong en oud door elkaar. In het buurthuis staat de koffie klaar.",
    "{b} ligt aan het water. Er zijn flats, hofjes en een paar oude pakhuizen.",
]

DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NTH = ["eerste", "tweede", "derde", "vierde"]
TIME_FORMS = [
    "{a}.00-{b}.00",
    "{a}:00 - {b}:00",
    "{a}.30 tot {b}.30 uur",
    "{a}.00 tot {b}.00 uur",
    "{a}.30-{b}.00",
]
ACTIVITIES: list[tuple[str, str, str]] = [
    # (soort, title, description)
    ("koffie", "Koffieochtend", "Gewoon binnenlopen voor koffie, de krant en een praatje."),
    ("repaircafe", "Repair Café", "Kapotte broodrooster of fiets? Samen repareren we hem."),
    ("portiekcafe", "Portiekcafé", "Een kop koffie met je buren. De huismeester schuift aan."),
    ("maaltijd", "Samen eten", "Vrijwilligers koken een verse maaltijd. Je eet met de buren."),
    ("taal", "Taalcafé", "Nederlands oefenen over gewone dingen, aan tafel met buren."),
    ("wandelen", "Wandelgroep", "Een uur wandelen door de buurt. We wachten op elkaar."),
    ("spel", "Spelletjesmiddag", "Rummikub, kaarten of dammen. Neem gerust je eigen spel mee."),
    ("tuinieren", "Tuinochtend", "Samen werken in de buurttuin. Geen ervaring nodig."),
    ("kinderen", "Kinderclub", "Knutselen, spelletjes en buiten spelen."),
    ("bewegen", "Bewegen voor ouderen", "Rustig bewegen met een begeleider."),
    ("creatief", "Naaicafé", "Een broek korter maken of iets nieuws naaien. Machines zijn er."),
    ("bijeenkomst", "Bewonersoverleg", "Denk mee over de buurt en het buurtbudget."),
]
ONE_OFF = [
    ("feest", "Buurtfeest", "Muziek, eten en spelletjes voor de hele buurt."),
    ("kinderen", "Sinterklaasmiddag", "Sinterklaas en zijn Pieten komen langs."),
    ("wandelen", "Winterwandeling", "Een wandeling door de buurt met warme chocomelk na afloop."),
    ("feest", "Nieuwjaarsborrel", "Proosten op het nieuwe jaar met de buren."),
]
KOSTEN = ["gratis", "€ 1", "€ 2,50", "betaal wat je kunt missen", "gratis, een gift mag"]
AANMELDEN = ["niet nodig", "graag, in het buurthuis", "niet nodig, kom gewoon langs"]
VOOR = ["iedereen", "volwassenen", "kinderen van 4 tot 12 jaar", "buren van alle leeftijden"]

STORY_TITLES = [
    "Een plantje voor de buren",
    "Koffie in de portiek",
    "Meer dan een broodrooster",
    "Weer een thuis",
    "Soep op de stoep",
    "Iets terugdoen",
    "Iedereen was ooit nieuw",
]
STORY_TELLERS = [
    "een nieuwe bewoner",
    "de buurvrouw van drie hoog",
    "een vrijwilliger van het repair café",
    "een vader uit de buurt",
    "een bewoner van het eerste uur",
]
STORY_PARAS = [
    "Toen ik hier kwam wonen, kende ik niemand. Ik had een zware tijd achter de rug. "
    "Ik was blij met een eigen voordeur, maar ook een beetje bang.",
    "Op een dag stond de buurvrouw van de overkant voor de deur. Ze bracht koekjes en vroeg "
    "hoe het ging. Dat had ik niet verwacht.",
    "In het buurthuis staat elke ochtend de koffie klaar. Daar ging ik een keer naar toe. "
    "Nu kom ik er bijna elke week.",
    "De huismeester nam de tijd voor mij. Hij legde uit hoe alles werkt in de flat en "
    "vertelde over het portiekcafé.",
    "Nu help ik zelf mee. Ik zet de stoelen klaar en schenk koffie in. Het voelt goed om "
    "iets terug te doen voor de buurt.",
    "Mijn tip voor nieuwe bewoners: wacht niet tot de buren naar jou komen. Een klein "
    "gebaar is genoeg.",
    "Als je elkaar kent, heb je meer geduld met elkaar. Dat merk ik elke dag.",
    "In het Repair Café maakten we samen een oude lamp. Daarna bleef ik nog een uur koffie "
    "drinken met de andere bezoekers.",
]

LANDELIJK = """\
# yaml-language-server: $schema=../schemas/landelijk.schema.json
organisaties:
  - id: politie
    naam: Politie
    soort: politie
    website: https://www.politie.nl
    telefoon: 0900-8844
  - id: stichting-113
    naam: 113 Zelfmoordpreventie
    soort: hulplijn
    website: https://www.113.nl
    telefoon: 0800-0113
hulp:
  - onderwerp: Bij gevaar
    spoed: true
    telefoon: "112"
    wanneer: dag en nacht
  - onderwerp: Denk je aan zelfmoord?
    spoed: true
    organisatie: stichting-113
    telefoon: 0800-0113
    wanneer: dag en nacht
  - onderwerp: Geen spoed, wel politie
    organisatie: politie
    telefoon: 0900-8844
  - onderwerp: Even met iemand praten
    telefoon: 088-0767000
    website: https://www.deluisterlijn.nl
    wanneer: dag en nacht
"""

# Window the dates are drawn from: the weeks around the example "today" (2026-11-23).
DATE_START = dt.date(2026, 11, 2)
DATE_DAYS = 100


def slugify(text: str) -> str:
    text = text.lower().replace("é", "e").replace("ë", "e").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


_PLAIN = re.compile(r"^[A-Za-zÀ-ÿ][^:#\[\]{}\"'\n]*$")


def q(text: str) -> str:
    """A YAML scalar that stays a string: plain when safe, as volunteers write it, else quoted."""
    if _PLAIN.match(text) and not text.endswith(":"):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True, slots=True)
class Gemeente:
    index: int
    slug: str
    naam: str
    lat: float
    lon: float


def gemeenten(count: int, seed: int) -> list[Gemeente]:
    rng = random.Random(f"{seed}:gemeenten")
    names = [h + t for h in G_HEAD for t in G_TAIL]
    rng.shuffle(names)
    out = []
    for i in range(count):
        base = names[i % len(names)]
        naam = base if i < len(names) else f"{base} {i // len(names) + 1}"
        lat = round(rng.uniform(51.3, 53.2), 4)
        lon = round(rng.uniform(4.3, 6.9), 4)
        out.append(Gemeente(i, slugify(naam), naam, lat, lon))
    return out


def gemeente_yaml(g: Gemeente) -> str:
    d = f"{g.slug}.example"
    return f"""\
# yaml-language-server: $schema=../../schemas/gemeente.schema.json
naam: {g.naam}
intro: {q(f"{g.naam} is een verzonnen gemeente om welkom op grote schaal te testen.")}
organisaties:
  - id: gemeente
    naam: Gemeente {g.naam}
    soort: gemeente
    website: https://{d}
    email: info@{d}
  - id: woningcorporatie
    naam: Woonstichting {g.naam}
    soort: woningcorporatie
    website: https://wonen.{d}
    email: klantenservice@wonen.{d}
  - id: welzijn
    naam: Welzijn {g.naam}
    soort: welzijn
    website: https://welzijn.{d}
    email: info@welzijn.{d}
  - id: buurtteam
    naam: Buurtteam {g.naam}
    soort: buurtteam
    email: buurtteam@{d}
  - id: ggz
    naam: GGZ-wijkteam {g.naam}
    soort: ggz
    email: aanmelden@ggz.{d}
  - id: voedselbank
    naam: Voedselbank {g.naam}
    soort: vrijwilligers
    email: vrijwilligers@voedselbank.{d}
  - id: meldpunt-zorgwekkend-gedrag
    naam: Meldpunt Zorgwekkend Gedrag
    soort: hulplijn
    telefoon: 0800-1205
hulp:
  - onderwerp: Zorgen om een buurtgenoot
    organisatie: meldpunt-zorgwekkend-gedrag
    telefoon: 0800-1205
    wanneer: dag en nacht
  - onderwerp: Hulp bij zorg, geld of wonen
    organisatie: buurtteam
    email: buurtteam@{d}
    wanneer: ma t/m vr 9.00-17.00
"""


def buurt_names(rng: random.Random) -> list[str]:
    names = [f"{base} {side}".strip() if side else base for side in B_SIDE for base in B_BASE]
    rng.shuffle(names)
    return names[:BUURTEN_PER_GEMEENTE]


def postcode(g: Gemeente, b_index: int) -> str:
    return f"{9000 + g.index % 1000:04d} S{'ASD'[b_index % 3]}"


def _date(rng: random.Random) -> dt.date:
    return DATE_START + dt.timedelta(days=rng.randrange(DATE_DAYS))


def _on_weekday(rng: random.Random, weekday: int) -> dt.date:
    day = _date(rng)
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _time(rng: random.Random) -> str:
    start = rng.choice([9, 10, 13, 14, 19])
    return rng.choice(TIME_FORMS).format(a=start, b=start + rng.choice([1, 2, 3]))


def _plek_for(rng: random.Random, soort: str, plekken: list[tuple[str, str, str]]) -> str:
    """A plek that fits the activity: the same kind if the buurt has one, else a meeting place."""
    same = [p for p in plekken if p[1] == soort]
    meeting = [p for p in plekken if p[1] in MEETING_PLACES]
    return rng.choice(same or meeting or plekken)[0]


def activity_yaml(
    rng: random.Random, plekken: list[tuple[str, str, str]], one_off: bool
) -> tuple[str, str]:
    """One activity file: (title, yaml). Mixes every phrase form and every kind of exception."""
    lines: list[str] = []
    if one_off:
        soort, titel, omschrijving = rng.choice(ONE_OFF)
        lines += [f"wanneer: {_date(rng).isoformat()}"]
    else:
        soort, titel, omschrijving = rng.choice(ACTIVITIES)
        day = rng.randrange(7)
        form = rng.randrange(8)
        if form == 0:
            lines.append(f"wanneer: elke {DAYS[day]}")
            extra = rng.randrange(4)
            if extra == 1:
                lines.append(f"behalve: [{_on_weekday(rng, day).isoformat()}]")
            elif extra == 2:
                lines.append(f"vervalt: [{_on_weekday(rng, day).isoformat()}]")
            elif extra == 3:
                lines.append(f"ook: [{_on_weekday(rng, (day + 1) % 7).isoformat()}]")
        elif form == 1:
            other = (day + rng.randrange(1, 6)) % 7
            a, b = sorted((day, other))
            lines.append(f"wanneer: {DAYS[a]} en {DAYS[b]}")
        elif form == 2:
            lines += ["wanneer: elke werkdag", "behalve: [feestdagen]"]
        elif form == 3:
            lines.append(f"wanneer: elke {rng.choice(NTH)} {DAYS[day]} van de maand")
        elif form == 4:
            lines.append(f"wanneer: elke eerste en derde {DAYS[day]} van de maand")
        elif form == 5:
            lines += [f"wanneer: elke laatste {DAYS[day]} van de maand", "behalve: [feestdagen]"]
        elif form == 6:
            lines.append(f"wanneer: {rng.randrange(1, 5)}e {DAYS[day]} van de maand")
        else:
            lines += [
                f"wanneer: om de week op {DAYS[day]}",
                f"vanaf: {_on_weekday(rng, day).isoformat()}",
            ]
        if rng.random() < 0.1:
            lines.append(f"tot: {(DATE_START + dt.timedelta(days=DATE_DAYS + 60)).isoformat()}")
        if rng.random() < 0.03:
            lines.append("afgelast: true")
    body = "\n".join(
        [
            "# yaml-language-server: $schema=../../../schemas/activiteit.schema.json",
            f"titel: {titel}",
            f"soort: {soort}",
            f"plek: {_plek_for(rng, soort, plekken)}",
            *lines,
            f"tijd: {_time(rng)}",
            f"kosten: {q(rng.choice(KOSTEN))}",
            f"aanmelden: {q(rng.choice(AANMELDEN))}",
            f"voor: {rng.choice(VOOR)}",
            f"omschrijving: {q(omschrijving)}",
            "",
        ]
    )
    return titel, body


def buurt_files(
    g: Gemeente, b_index: int, naam: str, seed: int
) -> tuple[str, list[tuple[str, str]], list[tuple[str, str]]]:
    """The buurt yaml, its activities [(slug, yaml)] and its stories [(title-slug, md)]."""
    rng = random.Random(f"{seed}:{g.index}:{b_index}")
    pc = postcode(g, b_index)
    lat0 = g.lat + (b_index % 8) * 0.004
    lon0 = g.lon + (b_index // 8) * 0.006

    plekken: list[tuple[str, str, str]] = []  # (id, soort, yaml)
    used: set[str] = set()
    for kind, pattern, omschrijving in rng.sample(PLEK_KINDS, rng.randint(5, 10)):
        pnaam = pattern.format(x=rng.choice(PLACE_WORDS), b=naam)
        pid = slugify(pnaam)
        if pid in used:
            pid = f"{pid}-{len(used)}"
        used.add(pid)
        street = rng.choice(STREETS)
        item = [
            f"  - id: {pid}",
            f"    naam: {pnaam}",
            f"    soort: {kind}",
            f"    adres: {street} {rng.randint(1, 120)}, {pc} {g.naam}",
            f"    geo: [{lat0 + rng.uniform(0, 0.003):.4f}, {lon0 + rng.uniform(0, 0.004):.4f}]",
        ]
        if kind not in ("park", "speeltuin", "sport"):
            item.append("    open:")
            item += [f"      - {o}" for o in rng.sample(OPEN_FORMS, rng.randint(1, 2))]
        if rng.random() < 0.5:
            item.append("    gesloten: [2026-12-25, 2026-12-26, 2027-01-01]")
        item.append(f"    toegankelijk: [{', '.join(rng.sample(TOEGANKELIJK, rng.randint(1, 3)))}]")
        if kind in MEETING_PLACES:
            item.append("    organisatie: welzijn")
        item.append(f"    omschrijving: {q(omschrijving)}")
        plekken.append((pid, kind, "\n".join(item)))

    figures = []
    for rol, org, waarvoor in rng.sample(ROLES, rng.randint(2, 4)):
        fig = [f"  - rol: {rol}"]
        if org:
            fig.append(f"    organisatie: {org}")
        fig += [
            f"    waar: {rng.choice(plekken)[0]}",
            f"    wanneer: {rng.choice(WHEN_WORDS)}",
            f"    waarvoor: {q(waarvoor)}",
        ]
        figures.append("\n".join(fig))

    hulp = [
        "  - onderwerp: Inloopspreekuur van het buurtteam\n"
        "    organisatie: buurtteam\n"
        f"    wanneer: {rng.choice(WHEN_WORDS)}"
    ]
    if rng.random() < 0.5:
        hulp.append(
            "  - onderwerp: Reparatie in je huurwoning\n"
            "    organisatie: woningcorporatie\n"
            f"    website: https://wonen.{g.slug}.example/reparatie"
        )
    if rng.random() < 0.3:
        hulp.append("  - onderwerp: Voedselpakket aanvragen\n    organisatie: voedselbank")

    tips = rng.sample(TIPS, rng.randint(2, 4))
    buurt = "\n".join(
        [
            "# yaml-language-server: $schema=../../schemas/buurt.schema.json",
            f"naam: {naam}",
            f"cbs_code: BU{9000 + g.index % 1000:04d}{b_index:04d}",
            f"intro: {q(rng.choice(INTROS).format(b=naam))}",
            "plekken:",
            *(p[2] for p in plekken),
            "sleutelfiguren:",
            *figures,
            "hulp:",
            *hulp,
            "welkom:",
            *(f"  - {q(t)}" for t in tips),
            "",
        ]
    )

    activities = []
    slugs: set[str] = set()
    for n in range(rng.randint(3, 6)):
        one_off = n == 0 and rng.random() < 0.4
        titel, text = activity_yaml(rng, plekken, one_off=one_off)
        slug = slugify(titel)
        while slug in slugs:
            slug = f"{slug}-{len(slugs)}"
        slugs.add(slug)
        activities.append((slug, text))

    stories = []
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        titel = rng.choice(STORY_TITLES)
        paras = rng.sample(STORY_PARAS, rng.randint(3, 5))
        md = "\n".join(
            [
                "---",
                f"titel: {titel}",
                f"datum: 2026-{rng.randint(1, 11):02d}",
                f"verteller: {rng.choice(STORY_TELLERS)}",
                "toestemming: true",
                "---",
                "\n\n".join(paras),
                "",
            ]
        )
        stories.append((slugify(titel), md))
    return buurt, activities, stories


# Freshness (issue 14): most entries carry a `gecontroleerd` month, mostly of the last half
# year; a few are older (up to three years), so with the benchmarks' "today" (2026-11-23) some
# entries are stale and some were never checked.
CHECKED_SHARE = 0.7
RECENT_SHARE = 0.9
CHECKED_MONTHS = [f"{2024 + m // 12}-{m % 12 + 1:02d}" for m in range(35)]


def _checked_month(rng: random.Random) -> str:
    return rng.choice(CHECKED_MONTHS[-6:] if rng.random() < RECENT_SHARE else CHECKED_MONTHS)


ENTRY_START = re.compile(r"^(  - (?:id|rol|onderwerp): |naam: )")


def add_checked(text: str, rng: random.Random, top_level: bool = False) -> str:
    """``text`` with a ``gecontroleerd:`` line for most entries (buurt, plekken, sleutelfiguren,
    hulp) or, with ``top_level``, for the file as a whole (an activity)."""
    if top_level:
        if rng.random() < CHECKED_SHARE:
            return text + f"gecontroleerd: {_checked_month(rng)}\n"
        return text
    out = []
    for line in text.split("\n"):
        out.append(line)
        found = ENTRY_START.match(line)
        if found and rng.random() < CHECKED_SHARE:
            indent = "" if line.startswith("naam: ") else "    "
            out.append(f"{indent}gecontroleerd: {_checked_month(rng)}")
    return "\n".join(out)


def redirects_yaml(moves: list[tuple[str, str]]) -> str:
    """`redirects.yml` with one line per renamed buurt: ``/g/oud-b/: /g/b/``."""
    lines = ["# Synthetic: buurten that were renamed (generate_synthetic.py --redirects)."]
    lines += [f"/{old}/: /{new}/" for old, new in moves]
    return "\n".join(lines) + "\n"


def write_mkdocs_config(work: Path, data: Path) -> Path:
    """``work/mkdocs.yml``: the repo's site settings, reading its data from ``data``. Every
    benchmark that runs `mkdocs build` on a generated site builds with this file."""
    config = work / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {REPO / 'mkdocs.yml'}\n"
        f"docs_dir: {REPO / 'docs'}\n"
        f"theme:\n  custom_dir: {REPO / 'overrides'}\n"
        "plugins:\n  - search:\n      lang: nl\n"
        f"  - welkom:\n      data_dir: {data}\n",
        encoding="utf-8",
    )
    return config


def generate(
    count: int, out: Path, seed: int = 0, *, checked: bool = False, redirects: int = 0
) -> int:
    """Write a site of ``count`` buurten under ``out``; returns the number of files written.

    ``checked`` adds `gecontroleerd` months to most entries; ``redirects`` writes that many
    lines (at most one per buurt) to `redirects.yml`, from an invented old name to a buurt.
    """
    if out.exists():
        for top in ("buurten", "activiteiten", "verhalen"):
            shutil.rmtree(out / top, ignore_errors=True)
        (out / "redirects.yml").unlink(missing_ok=True)
    moves: list[tuple[str, str]] = []
    (out / "buurten").mkdir(parents=True, exist_ok=True)
    files = 0

    def write(path: Path, text: str) -> None:
        nonlocal files
        path.write_text(text, encoding="utf-8")
        files += 1

    write(out / "buurten" / "_landelijk.yml", LANDELIJK)
    story_number = 0
    n_gemeenten = -(-count // BUURTEN_PER_GEMEENTE)
    for g in gemeenten(n_gemeenten, seed):
        g_dir = out / "buurten" / g.slug
        g_dir.mkdir()
        write(g_dir / "_gemeente.yml", gemeente_yaml(g))
        names = buurt_names(random.Random(f"{seed}:{g.index}:namen"))
        in_this = min(BUURTEN_PER_GEMEENTE, count - g.index * BUURTEN_PER_GEMEENTE)
        for b_index, naam in enumerate(names[:in_this]):
            b_slug = slugify(naam)
            buurt, activities, stories = buurt_files(g, b_index, naam, seed)
            if checked:  # its own random stream: without it, the tree is what it always was
                fresh = random.Random(f"{seed}:{g.index}:{b_index}:gecontroleerd")
                buurt = add_checked(buurt, fresh)
                activities = [(a, add_checked(t, fresh, top_level=True)) for a, t in activities]
            if len(moves) < redirects:
                moves.append((f"{g.slug}/oud-{b_slug}", f"{g.slug}/{b_slug}"))
            write(g_dir / f"{b_slug}.yml", buurt)
            a_dir = out / "activiteiten" / g.slug / b_slug
            a_dir.mkdir(parents=True)
            for slug, text in activities:
                write(a_dir / f"{slug}.yml", text)
            if stories:
                v_dir = out / "verhalen" / g.slug / b_slug
                v_dir.mkdir(parents=True)
                for slug, text in stories:
                    story_number += 1  # story slugs are site-wide: /verhalen/<slug>/
                    write(v_dir / f"{slug}-{story_number}.md", text)
    if moves:
        write(out / "redirects.yml", redirects_yaml(moves))
    files += _mkdocs(out)
    return files


def _mkdocs(out: Path) -> int:
    """Copy the project's mkdocs.yml, docs/ and overrides/ so a benchmark can build the tree."""
    source = REPO / "mkdocs.yml"
    if not source.exists():
        return 0
    shutil.copyfile(source, out / "mkdocs.yml")
    files = 1
    for folder in ("docs", "overrides"):
        shutil.rmtree(out / folder, ignore_errors=True)
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, out / folder)
            files += sum(1 for p in (out / folder).rglob("*") if p.is_file())
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--buurten", type=int, required=True, help="how many buurten")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the site into")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--gecontroleerd", action="store_true", help="add checked-on months to most entries"
    )
    parser.add_argument(
        "--redirects", type=int, default=0, help="lines in redirects.yml (renamed buurten)"
    )
    args = parser.parse_args(argv)
    if args.buurten < 1:
        parser.error("--buurten must be at least 1")
    files = generate(
        args.buurten, args.out, args.seed, checked=args.gecontroleerd, redirects=args.redirects
    )
    print(f"{args.buurten} buurten, {files} files in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
