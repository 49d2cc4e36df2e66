"""`welkom.diff.compare` on real git repositories: the exact Dutch line for each kind of change."""

from __future__ import annotations

import pytest

from tests.diff.conftest import Repo
from welkom.diff import Action
from welkom.gitrepo import GitError

KIEM = "buurten/voorbeeldstad/kiem-noord.yml"
ACTIVITIES = "activiteiten/voorbeeldstad/kiem-noord"
REPAIR = f"{ACTIVITIES}/repair-cafe.yml"
KOFFIE = f"{ACTIVITIES}/koffieochtend.yml"
STORIES = "verhalen/voorbeeldstad/kiem-noord"

NEW_ACTIVITY = """\
titel: Boekenclub
soort: taal
plek: buurthuis-de-kiem
wanneer: elke laatste donderdag van de maand
tijd: 19.30-21.00
"""
NEW_STORY = """\
---
titel: Soep voor de hele portiek
datum: 2026-11
verteller: een buurvrouw
toestemming: true
---
Elke vrijdag kook ik te veel soep. Nu weten de buren dat.
"""


def test_new_activity(repo: Repo) -> None:
    repo.write(f"{ACTIVITIES}/boekenclub.yml", NEW_ACTIVITY)
    repo.commit()
    [found] = repo.compare()
    assert found.text == (
        "Nieuwe activiteit: Boekenclub in Kiem-Noord, elke laatste donderdag van de maand, "
        "19.30–21.00, bij Buurthuis De Kiem"
    )
    assert (found.kind, found.action, found.path) == (
        "activiteit",
        Action.ADDED,
        f"{ACTIVITIES}/boekenclub.yml",
    )
    assert found.group.label == "Kiem-Noord (Voorbeeldstad)"


def test_new_activity_says_how_welkom_reads_it(repo: Repo) -> None:
    """A reviewer sees the reading, not only the text: the day part, the time it settles and
    the months, in welkom's own words."""
    repo.write(
        f"{ACTIVITIES}/breicafe.yml",
        NEW_ACTIVITY.replace("Boekenclub", "Breicafé")
        .replace("elke laatste donderdag van de maand", "dinsdagmiddag, behalve in juli en aug")
        .replace("tijd: 19.30-21.00", "tijd: 2 tot 4"),
    )
    repo.commit()
    [found] = repo.compare()
    assert found.text == (
        "Nieuwe activiteit: Breicafé in Kiem-Noord, elke dinsdagmiddag, 14.00–16.00, niet in juli "
        "en augustus, bij Buurthuis De Kiem"
    )


def test_changed_wanneer_says_the_new_reading(repo: Repo) -> None:
    repo.replace(
        REPAIR,
        "wanneer: elke derde zaterdag van de maand",
        "wanneer: 1x per maand op de derde zaterdag, niet in juli",
    )
    repo.commit()
    lines = repo.lines()
    assert (
        "Activiteit gewijzigd: Repair Café in Kiem-Noord: welkom leest `1x per maand op de derde "
        "zaterdag, niet in juli` als elke derde zaterdag van de maand, 13.00–16.00, niet in juli"
    ) in lines


def test_changed_activity_time(repo: Repo) -> None:
    repo.replace(KOFFIE, "tijd: 9.30-11.30", "tijd: 9.30-11.00")
    repo.commit()
    assert repo.lines() == [
        "Activiteit gewijzigd: tijd van Koffieochtend in De Kiem in Kiem-Noord: was 9.30–11.30, "
        "nu 9.30–11.00"
    ]


def test_cancelled_dates_and_a_cancelled_activity(repo: Repo) -> None:
    repo.replace(REPAIR, "behalve: [2026-07-18]", "behalve: [2026-07-18, 2026-08-15]")
    repo.replace(REPAIR, "kosten:", "vervalt: 2026-09-19\nkosten:")
    repo.commit()
    repo.replace(REPAIR, "kosten:", "afgelast: true\nkosten:")
    repo.commit()
    assert repo.lines("HEAD~2", "HEAD~1") == [
        "Activiteit gewijzigd: Repair Café in Kiem-Noord gaat niet door op 15 augustus 2026",
        "Activiteit gewijzigd: Repair Café in Kiem-Noord gaat niet door op 19 september 2026 "
        "(in de agenda staat 'vervalt')",
    ]
    assert repo.lines() == [
        "Activiteit afgelast: Repair Café in Kiem-Noord gaat helemaal niet door"
    ]
    assert repo.lines("HEAD", "HEAD~2") == [
        "Activiteit gaat weer door: Repair Café in Kiem-Noord is niet meer afgelast",
        "Activiteit gewijzigd: Repair Café in Kiem-Noord gaat toch door op 15 augustus 2026",
        "Activiteit gewijzigd: Repair Café in Kiem-Noord gaat toch door op 19 september 2026",
    ]


def test_activity_fields_said_with_the_sites_words(repo: Repo) -> None:
    repo.replace(
        REPAIR, "wanneer: elke derde zaterdag van de maand", "wanneer: elke eerste zaterdag"
    )
    repo.replace(REPAIR, "plek: repair-cafe-kiem", "plek: buurthuis-de-kiem")
    repo.replace(REPAIR, "kosten: gratis, een vrijwillige bijdrage mag", "kosten: € 1")
    repo.replace(REPAIR, "titel: Repair Café", "titel: Repair Café De Kiem")
    repo.replace(REPAIR, "Samen repareren we hem.", "Samen maken we hem.")
    repo.commit()
    assert repo.lines() == [
        "Activiteit gewijzigd: Repair Café in Kiem-Noord heet nu Repair Café De Kiem",
        "Activiteit gewijzigd: dag van Repair Café De Kiem in Kiem-Noord: was elke derde "
        "zaterdag van de maand, nu elke eerste zaterdag van de maand",
        "Activiteit gewijzigd: Repair Café De Kiem in Kiem-Noord: welkom leest `elke eerste "
        "zaterdag` als elke eerste zaterdag van de maand, 13.00–16.00",
        "Activiteit gewijzigd: plek van Repair Café De Kiem in Kiem-Noord: was Repair Café "
        "Kiem-Noord, nu Buurthuis De Kiem",
        "Activiteit gewijzigd: kosten van Repair Café De Kiem in Kiem-Noord: was gratis, een "
        "vrijwillige bijdrage mag, nu € 1",
        "Activiteit gewijzigd: omschrijving van Repair Café De Kiem in Kiem-Noord",
    ]


def test_same_meaning_in_other_words(repo: Repo) -> None:
    repo.replace(REPAIR, "tijd: 13.00-16.00", "tijd: 13:00 - 16:00 # na de lunch")
    repo.commit()
    assert repo.lines() == [
        "Activiteit Repair Café in Kiem-Noord: alleen de opmaak of het commentaar is anders; op "
        "de site verandert niets"
    ]


def test_moved_activity_says_its_feed_id_changes(repo: Repo) -> None:
    repo.move(REPAIR, "activiteiten/voorbeeldstad/havenbuurt/repair-cafe.yml")
    repo.replace(
        "activiteiten/voorbeeldstad/havenbuurt/repair-cafe.yml",
        "plek: repair-cafe-kiem",
        "plek: kiem-noord/repair-cafe-kiem",
    )
    repo.commit()
    [moved] = repo.compare()  # the same plek, now named from the other buurt: nothing to say
    assert moved.text == (
        "Activiteit verplaatst: Repair Café van Kiem-Noord naar Havenbuurt. Let op: de id van "
        "deze activiteit in de feeds verandert van voorbeeldstad/kiem-noord/repair-cafe naar "
        "voorbeeldstad/havenbuurt/repair-cafe. Agenda's en websites die de feed volgen, zien "
        "haar dan als een nieuwe activiteit."
    )
    assert (moved.action, moved.old_path) == (Action.MOVED, REPAIR)


def test_plek_opening_hours_changed(repo: Repo) -> None:
    repo.replace(KIEM, "      - ma, wo, vr 09.30-16.00", "      - ma t/m vr 09.30-16.00")
    repo.commit()
    assert repo.lines() == [
        "Plek gewijzigd: openingstijden van Buurthuis De Kiem in Kiem-Noord: was ma, wo en vr "
        "9.30–16.00; do 19.00–22.00, nu ma t/m vr 9.30–16.00; do 19.00–22.00"
    ]


def test_plek_fields(repo: Repo) -> None:
    repo.replace(
        KIEM, "gesloten: [2026-12-25, 2026-12-26, 2027-01-01]", "gesloten: [2026-12-25, 2026-12-31]"
    )
    repo.replace(
        KIEM,
        "toegankelijk: [rolstoel, invalidentoilet, ringleiding]",
        "toegankelijk: [rolstoel, lift]",
    )
    repo.replace(KIEM, "adres: Kerkstraat 12, 9999 ZB", "adres: Kerkstraat 14, 9999 ZB")
    repo.replace(KIEM, "naam: Buurthuis De Kiem", "naam: Wijkcentrum De Kiem")
    repo.commit()
    assert repo.lines() == [
        "Plek gewijzigd: Buurthuis De Kiem in Kiem-Noord heet nu Wijkcentrum De Kiem",
        "Plek gewijzigd: adres van Wijkcentrum De Kiem in Kiem-Noord: was Kerkstraat 12, 9999 ZB "
        "Voorbeeldstad, nu Kerkstraat 14, 9999 ZB Voorbeeldstad",
        "Plek gewijzigd: gesloten dagen van Wijkcentrum De Kiem in Kiem-Noord: nu ook dicht op "
        "31 december 2026; niet meer dicht op 26 december 2026 en 1 januari 2027",
        "Plek gewijzigd: toegankelijkheid van Wijkcentrum De Kiem in Kiem-Noord: nu ook lift; "
        "niet meer invalidentoilet, ringleiding",
    ]


def test_new_plek(repo: Repo) -> None:
    repo.replace(
        KIEM,
        "\nsleutelfiguren:",
        "  - id: bieb-kiem\n    naam: Bibliotheek Kiem\n    soort: bibliotheek\n"
        "    adres: Kerkstraat 20, 9999 ZB Voorbeeldstad\n    open:\n      - di, do 10.00-17.00\n"
        "\nsleutelfiguren:",
    )
    repo.commit()
    assert repo.lines() == [
        "Nieuwe plek: Bibliotheek Kiem in Kiem-Noord, Kerkstraat 20, 9999 ZB Voorbeeldstad, open "
        "di en do 10.00–17.00"
    ]


def test_removed_sleutelfiguur_and_changed_time(repo: Repo) -> None:
    text = repo.read(KIEM)
    start, end = text.index("  - rol: wijkagent"), text.index("\nhulp:")
    repo.write(KIEM, text[:start] + text[end:])
    repo.replace(KIEM, "wanneer: dinsdag 10.00-12.00", "wanneer: dinsdag 9.00-12.00")
    repo.commit()
    assert repo.lines() == [
        "Sleutelfiguur gewijzigd: tijden van huismeester in Kiem-Noord: was dinsdag 10.00-12.00, "
        "nu dinsdag 9.00-12.00",
        "Sleutelfiguur verwijderd: wijkagent in Kiem-Noord",
    ]


def test_help_and_welcome_tips(repo: Repo) -> None:
    repo.replace(
        KIEM, "maandag 13.00-15.00 in Buurthuis De Kiem", "maandag 13.00-16.00 in Buurthuis De Kiem"
    )
    repo.replace(
        KIEM,
        "  - Het grofvuil gaat op de eerste maandag van de maand. Zet het pas op zondagavond "
        "buiten.\n",
        "",
    )
    repo.replace(
        KIEM,
        "  - Zeg gedag in de portiek.",
        "  - Kijk op het prikbord in de hal.\n  - Zeg gedag in de portiek.",
    )
    repo.commit()
    assert repo.lines() == [
        'Hulp gewijzigd: tijden van "Inloopspreekuur van het buurtteam" in Kiem-Noord: was '
        "maandag 13.00-15.00 in Buurthuis De Kiem, nu maandag 13.00-16.00 in Buurthuis De Kiem",
        'Nieuwe welkomsttip in Kiem-Noord: "Kijk op het prikbord in de hal."',
        'Welkomsttip verwijderd in Kiem-Noord: "Het grofvuil gaat op de eerste maandag van de '
        'maand. …"',
    ]


def test_new_story(repo: Repo) -> None:
    repo.write(f"{STORIES}/soep.md", NEW_STORY)
    repo.commit()
    assert repo.lines() == ['Nieuw verhaal: "Soep voor de hele portiek" (Kiem-Noord)']


def test_renamed_story_warns_that_its_address_changes(repo: Repo) -> None:
    repo.move(f"{STORIES}/de-broodrooster.md", f"{STORIES}/onze-broodrooster.md")
    repo.commit()
    [found] = repo.compare()
    assert found.text == (
        'Verhaal hernoemd: "Meer dan een broodrooster" (Kiem-Noord). Let op: het adres van dit '
        "verhaal verandert van /verhalen/de-broodrooster/ naar /verhalen/onze-broodrooster/. Wie "
        "de oude link heeft, vindt het verhaal dan niet meer."
    )
    assert (found.action, found.path, found.old_path) == (
        Action.MOVED,
        f"{STORIES}/onze-broodrooster.md",
        f"{STORIES}/de-broodrooster.md",
    )


def test_story_renamed_and_edited_is_still_one_story(repo: Repo) -> None:
    repo.move(f"{STORIES}/de-broodrooster.md", "verhalen/broodrooster.md")
    repo.replace("verhalen/broodrooster.md", "verteller:", "verteller: een buurman\nx:")
    repo.replace("verhalen/broodrooster.md", "x:", "#")
    repo.commit()
    lines = repo.lines()
    assert lines[0] == (
        'Verhaal verplaatst: "Meer dan een broodrooster" hoort nu bij de hele site (was '
        "Kiem-Noord). Let op: het adres van dit verhaal verandert van /verhalen/de-broodrooster/ "
        "naar /verhalen/broodrooster/. Wie de oude link heeft, vindt het verhaal dan niet meer."
    )
    assert lines[1:] == [
        'Verhaal gewijzigd: verteller van "Meer dan een broodrooster": was een vrijwilliger van '
        "het repair café, nu een buurman"
    ]


def test_story_moved_to_another_folder_keeps_its_address(repo: Repo) -> None:
    repo.move(
        f"{STORIES}/de-broodrooster.md", "verhalen/voorbeeldstad/havenbuurt/de-broodrooster.md"
    )
    repo.commit()
    assert repo.lines() == [
        'Verhaal verplaatst: "Meer dan een broodrooster" hoort nu bij Havenbuurt (was Kiem-Noord). '
        "Het adres /verhalen/de-broodrooster/ blijft hetzelfde."
    ]


def test_broken_yaml_on_the_new_side(repo: Repo) -> None:
    repo.write(REPAIR, "titel: [Repair Café\n")
    repo.write(f"{ACTIVITIES}/nieuw.yml", "titel: Iets\n")  # valid YAML, but not an activity
    repo.commit()
    found = repo.compare()
    assert [(d.action, d.text) for d in found] == [
        (
            Action.UNREADABLE,
            f"Het bestand {ACTIVITIES}/nieuw.yml kon niet gelezen worden; zie de meldingen "
            "hieronder",
        ),
        (
            Action.UNREADABLE,
            f"Het bestand {REPAIR} kon niet gelezen worden; zie de meldingen hieronder",
        ),
    ]
    assert repo.lines("HEAD", "HEAD~1") == [
        f"Bestand verwijderd: {ACTIVITIES}/nieuw.yml",
        "Activiteit hersteld: Repair Café in Kiem-Noord kon eerst niet gelezen worden, nu wel",
    ]


def test_change_outside_the_data_folders(repo: Repo) -> None:
    repo.write("README.md", "# Onze buurtsite\n")
    repo.write("buurten/README.md", "Uitleg voor vrijwilligers\n")  # ignored, like welkom check
    repo.commit()
    assert repo.compare() == []


def test_unknown_revision(repo: Repo) -> None:
    with pytest.raises(GitError, match="De git-revisie 'bestaat-niet' bestaat niet"):
        repo.compare("bestaat-niet")


def test_disk_with_untracked_files(repo: Repo) -> None:
    repo.write(f"{STORIES}/soep.md", NEW_STORY)  # not added to git
    repo.replace(KOFFIE, "tijd: 9.30-11.30", "tijd: 9.30-11.00")
    assert repo.lines("HEAD", None) == [
        "Activiteit gewijzigd: tijd van Koffieochtend in De Kiem in Kiem-Noord: was 9.30–11.30, "
        "nu 9.30–11.00",
        'Nieuw verhaal: "Soep voor de hele portiek" (Kiem-Noord)',
    ]


def test_photos(repo: Repo) -> None:
    repo.move(f"{STORIES}/werkbank.jpg", f"{STORIES}/de-werkbank.jpg")
    (repo.root / f"{STORIES}/plantje.jpg").write_bytes(b"\xff\xd8 other bytes")
    repo.commit()
    assert repo.lines() == [
        "Foto hernoemd: werkbank.jpg heet nu de-werkbank.jpg (verhalen/voorbeeldstad/kiem-noord/)",
        "Foto vervangen: plantje.jpg in verhalen/voorbeeldstad/kiem-noord/",
    ]


def test_gemeente_and_national_help(repo: Repo) -> None:
    repo.replace(
        "buurten/voorbeeldstad/_gemeente.yml",
        "naam: Buurtteam Voorbeeldstad",
        "naam: Sociaal Team Voorbeeldstad",
    )
    repo.replace("buurten/_landelijk.yml", "telefoon: 0800-0113", "telefoon: 113")
    repo.commit()
    assert repo.lines() == [
        "Landelijke organisatie gewijzigd: telefoonnummer van 113 Zelfmoordpreventie: was "
        "0800-0113, nu 113",
        "Organisatie gewijzigd: Buurtteam Voorbeeldstad in Voorbeeldstad heet nu Sociaal Team "
        "Voorbeeldstad",
    ]


def test_removed_buurt_and_new_buurt(repo: Repo) -> None:
    repo.move(KIEM, "buurten/voorbeeldstad/kiem.yml")
    repo.remove("buurten/voorbeeldstad/molenkwartier.yml")
    repo.commit()
    assert repo.lines() == [
        "Buurt verplaatst: Kiem-Noord in Voorbeeldstad. Let op: het adres van deze buurt "
        "verandert van /voorbeeldstad/kiem-noord/ naar /voorbeeldstad/kiem/, en daarmee ook de "
        "adressen van de welkomstgids, de agenda en de feeds.",
        "Buurt verwijderd: Molenkwartier in Voorbeeldstad. Let op: de pagina "
        "/voorbeeldstad/molenkwartier/, de welkomstgids en de feeds van deze buurt verdwijnen.",
    ]
