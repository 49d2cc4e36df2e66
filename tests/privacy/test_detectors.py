"""Unit tests per detector, the allowlist, overlap handling and every message text."""

from __future__ import annotations

import itertools

import pytest

from welkom.check.privacy import (
    Allowlist,
    FieldKind,
    Finding,
    addresses,
    emails,
    names,
    numbers,
    phones,
    scan_text,
    social,
)
from welkom.problems import Severity

TEXT, CONTACT, ADDRESS, ROLE = FieldKind.TEXT, FieldKind.CONTACT, FieldKind.ADDRESS, FieldKind.ROLE


def errors(text: str, kind: FieldKind = TEXT, allow: Allowlist = Allowlist.EMPTY) -> list[str]:
    return [f.code for f in scan_text(text, kind, allow) if f.severity is Severity.ERROR]


def warnings(text: str, kind: FieldKind = TEXT) -> list[str]:
    return [f.code for f in scan_text(text, kind) if f.severity is Severity.WARNING]


# --- phones ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "06-12345678",
        "06 12 34 56 78",
        "0612345678",
        "+31 6 12345678",
        "0031 6 1234 5678",
        "+31(0)6-12345678",
        "(06) 12345678",
        "06.12.34.56.78",
        "06–12 34 56 78",
    ],
)
@pytest.mark.parametrize("kind", [TEXT, CONTACT, ROLE])
def test_mobile_numbers_are_errors_everywhere(text: str, kind: FieldKind) -> None:
    assert errors(f"Bel {text} voor info", kind) == ["privacy.mobile-phone"]


@pytest.mark.parametrize("text", ["030-1234567", "020 123 4567", "010-4123456", "0318 123456"])
def test_fixed_line_only_in_contact(text: str) -> None:
    assert errors(text, CONTACT) == []
    assert errors(f"Bel {text}.", TEXT) == ["privacy.phone"]
    assert errors(text, ROLE) == ["privacy.phone"]


@pytest.mark.parametrize(
    "text",
    ["0800-1205", "0900-8844", "14 030", "14030", "088-1234567", "112", "113", "0800-0113",
     "116 123", "144", "0900 - 0606"],
)  # fmt: skip
def test_service_numbers_are_always_allowed(text: str) -> None:
    assert scan_text(f"Bel {text}.") == []
    assert scan_text(text, CONTACT) == []


@pytest.mark.parametrize(
    "text",
    ["17-01-2026", "13.00-16.00", "1234 AB", "€ 2,50", "40 plaatsen", "sinds 1998", "1-2 keer",
     "ma t/m vr 9.00-17.00", "14-02-2026, 18-04-2026 en 20-06-2026", "KvK 12345678",
     "bus 12 stopt voor de deur", "tussen 13.00 en 16.00", "1e en 3e zaterdag", "1.250 euro"],
)  # fmt: skip
def test_no_phone_false_positives(text: str) -> None:
    assert not [c for c in errors(text) if "phone" in c]


def test_allowlisted_mobile_is_allowed_in_any_format() -> None:
    allow = Allowlist.of(["06 12 34 56 78"])
    assert errors("Bel 06-12345678", TEXT, allow) == []
    assert errors("+31 6 12345678", CONTACT, allow) == []
    assert errors("06-87654321", CONTACT, allow) == ["privacy.mobile-phone"]


def test_mobile_with_a_digit_too_many_is_a_warning() -> None:
    assert warnings("Bel 06-123456789") == ["privacy.mobile-phone"]


def test_phone_message_hides_the_number() -> None:
    (finding,) = scan_text("Bel 06-12345678")
    assert "12345678" not in finding.message
    assert "06" in finding.message
    assert "mobiel nummer" in finding.message and "voor iedereen te zien" in finding.message
    (fixed,) = scan_text("Bel 030-1234567")
    assert "organisatie, plek of hulplijn" in fixed.message
    assert "1234567" not in fixed.message


# --- e-mail ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["info@buurthuisdekiem.nl", "buurtteam-noord@voorbeeldstad.nl", "info.kiem@welzijn.nl",
     "secretariaat@wijkvereniging.nl", "repaircafe@voorbeeld.nl", "info@kpnmail.nl"],
)  # fmt: skip
def test_role_addresses_are_allowed_in_contact(address: str) -> None:
    assert scan_text(address, CONTACT) == []


@pytest.mark.parametrize(
    "address",
    ["j.jansen@voorbeeld.nl", "jan.jansen@hotmail.com", "janjansen@gmail.com",
     "fatima1985@outlook.com", "henk@buurtcentrum.nl", "huismeester.ahmed@gmail.com",
     "kiemnoord@ziggo.nl"],
)  # fmt: skip
def test_personal_addresses_are_errors_in_contact(address: str) -> None:
    assert errors(address, CONTACT) == ["privacy.email"]


def test_unknown_local_part_on_own_domain_is_a_warning() -> None:
    assert warnings("tuinclub@voorbeeld.nl", CONTACT) == ["privacy.email"]


def test_any_email_in_text_is_an_error() -> None:
    assert errors("Mail info@buurthuisdekiem.nl") == ["privacy.email"]
    (finding,) = scan_text("Mail info@buurthuisdekiem.nl")
    assert "contact" not in finding.message or "organisatie" in finding.message
    assert "info@…" in finding.message


def test_allowlisted_email() -> None:
    allow = Allowlist.of(["Kees.Buurtvader@Gmail.com"])
    assert errors("kees.buurtvader@gmail.com", CONTACT, allow) == []
    assert errors("Mail kees.buurtvader@gmail.com", TEXT, allow) == []


def test_email_message_does_not_show_the_address() -> None:
    (finding,) = scan_text("jan.jansen@hotmail.com", CONTACT)
    assert "jan.jansen" not in finding.message
    assert "persoon" in finding.message and "info@" in finding.message


def test_email_classify() -> None:
    assert emails.classify("info", "voorbeeld.nl") == "role"
    assert emails.classify("p.bakker", "voorbeeld.nl") == "personal"
    assert emails.classify("henkieboy", "live.nl") == "personal"


# --- addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Kerkstraat 12, 1234 AB", "Lindelaan 14", "Kerkstraat 12a", "Dorpsweg 3-II",
     "Schoolstraat 7 hoog", "Vondelkade 102-huis", "kerkstraat 12", "Gruttostraat nummer 22",
     "2513 AA 14", "Anne Frankplein 3"],
)  # fmt: skip
def test_home_addresses(text: str) -> None:
    assert errors(f"Kom naar {text}.") == ["privacy.home-address"]
    assert errors(text, ROLE) == ["privacy.home-address"]
    assert scan_text(text, ADDRESS) == []


@pytest.mark.parametrize(
    "text",
    ["op de hoek van de Kerkstraat", "achter de Lindelaan", "Bus 12 stopt hier",
     "Groep 7 en 8", "de Marktplein-markt", "Artikel 12", "Kamer 1.23",
     "Op het Marktplein 2 keer per week markt", "Parkweg 13.00-16.00"],
)  # fmt: skip
def test_no_address_false_positives(text: str) -> None:
    assert errors(text) == []


def test_postcode_alone_is_a_warning() -> None:
    assert warnings("Voor bewoners van 1234 AB en omgeving") == ["privacy.postcode"]
    assert errors("Postbus 123, 1234 AB Voorbeeldstad") == []


def test_named_public_place_address_in_text_is_a_warning() -> None:
    assert warnings("Verzamelen bij Buurthuis De Kiem, Kerkstraat 12.") == ["privacy.home-address"]


def test_address_message() -> None:
    (finding,) = scan_text("Lindelaan 14")
    assert "adres" in finding.message and "Lindelaan" in finding.message
    assert "voor iedereen te zien" in finding.message


# --- BSN, IBAN, birth dates ----------------------------------------------------------------


def test_elfproef() -> None:
    assert numbers.elfproef("111222333")
    assert numbers.elfproef("123456782")
    assert not numbers.elfproef("123456789")
    assert not numbers.elfproef("000000000")


@pytest.mark.parametrize("text", ["123456782", "1234.56.782", "123 456 782", "123.456.782"])
def test_bsn(text: str) -> None:
    assert errors(f"BSN {text}") == ["privacy.bsn"]


def test_nine_digits_failing_elfproef_are_not_bsn() -> None:
    assert errors("Ordernummer 123456789") == []


def test_iban() -> None:
    assert numbers.iban_valid("NL91ABNA0417164300")
    assert not numbers.iban_valid("NL92ABNA0417164300")
    assert errors("Maak over naar NL91 ABNA 0417 1643 00.") == ["privacy.iban"]
    assert errors("nl91abna0417164300", CONTACT) == ["privacy.iban"]
    assert warnings("NL92ABNA0417164300") == ["privacy.iban"]
    allow = Allowlist.of(["NL91 ABNA 0417 1643 00"])
    assert errors("Giften: NL91ABNA0417164300", TEXT, allow) == []


@pytest.mark.parametrize(
    "text",
    ["geboren op 3 mei 1961", "geb. 03-05-1961", "Geboortedatum: 12-11-1978", "geb. 2-4-2019",
     "op 5 maart 2015 geboren"],
)  # fmt: skip
def test_birth_dates(text: str) -> None:
    assert errors(f"Onze buurvrouw, {text}, is jarig.") == ["privacy.birth-date"]


@pytest.mark.parametrize(
    "text", ["Ik ben geboren in Marokko.", "Geboren en getogen in Kiem-Noord.", "Sinds 1998."]
)
def test_not_birth_dates(text: str) -> None:
    assert errors(text) == []


def test_messages_of_numbers() -> None:
    (bsn,) = scan_text("BSN 123456782")
    assert "burgerservicenummer" in bsn.message and "123456782" not in bsn.message
    (iban,) = scan_text("NL91ABNA0417164300")
    assert "rekeningnummer" in iban.message.lower() and "toe te staan" in iban.message
    (birth,) = scan_text("geb. 03-05-1961")
    assert "geboortedatum" in birth.message and "oudste bewoner" in birth.message


# --- social media --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["@anja_bakt", "instagram.com/kees.tuiniert", "https://www.facebook.com/jan.jansen.1961",
     "tiktok.com/@oma_toos", "linkedin.com/in/fatima-el-idrissi", "x.com/pietbuurman",
     "twitter.com/mariekevd"],
)  # fmt: skip
def test_social(text: str) -> None:
    assert errors(f"Volg {text}") == ["privacy.social"]
    assert errors(text, CONTACT) == ["privacy.social"]


def test_social_allowlist_and_non_handles() -> None:
    allow = Allowlist.of(["@buurthuisdekiem"])
    assert errors("instagram.com/buurthuisdekiem", CONTACT, allow) == []
    assert errors("Volg @buurthuisdekiem", TEXT, allow) == []
    assert errors("Vergeet het @-teken niet.") == []
    assert errors("info@buurthuisdekiem.nl", CONTACT) == []
    assert errors("www.voorbeeldstad.nl/afval", CONTACT) == []


def test_social_message() -> None:
    (finding,) = scan_text("instagram.com/kees.tuiniert")
    assert "sociale media" in finding.message and "kees" not in finding.message


# --- names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Meneer Jansen helpt.", "Mevrouw De Vries bakt.", "Vraag naar dhr. Bakker.",
     "Mijn buurman Ahmed kookt.", "Oma Gerda vertelt.", "De heer Visser opent.",
     "Fatima, de huismeester, is er.", "Huismeester Kees is er.", "Bel Henk als het kan.",
     "Kees de conciërge helpt.", "Ik heet Mohammed.", "Ik ben Yasmina.",
     "Samen met Lotte Hendriks.", "Groetjes, Ingrid", "Dank aan Willem!"],
)  # fmt: skip
def test_names(text: str) -> None:
    assert "privacy.name" in errors(text)


@pytest.mark.parametrize(
    "text",
    ["Buurthuis De Roos is open.", "In januari is er een borrel.", "Mark je agenda!",
     "Roos, tulp en zonnebloem.", "Hoop doet leven.", "Sinterklaas komt.", "Zon, zee en strand.",
     "Speeltuin De Vos is open.", "Stichting Anna helpt.", "Het Anne Frankplein.",
     "De Willem Alexanderschool.", "Mevrouw de burgemeester opende.", "Opa en oma zijn welkom.",
     "Oma's kookclub kookt.", "Bij Albert Heijn staan kratten.", "Max. 20 deelnemers.",
     "Een buurvrouw bracht soep.", "Meer weten?", "Bas en gitaar."],
)  # fmt: skip
def test_no_name_false_positives(text: str) -> None:
    assert errors(text) == []


@pytest.mark.parametrize(
    "role",
    ["Fatima", "Jan de Vries", "Kees (huismeester)", "huismeester Kees", "mevrouw Bakker",
     "Henk, buurtconciërge", "Dhr. P. de Groot", "Marloes, een nieuwe bewoner"],
)  # fmt: skip
def test_names_in_role_fields(role: str) -> None:
    findings = [f for f in scan_text(role, ROLE) if f.is_error]
    assert [f.code for f in findings] == ["privacy.name"]
    assert "Schrijf een rol, geen naam" in findings[0].message or "rol" in findings[0].message


@pytest.mark.parametrize(
    "role",
    ["de huismeester", "huismeester", "een nieuwe bewoner", "Wijkverpleegkundige",
     "Jongerenwerker", "vrijwilliger van het Repair Café", "vrijwilliger bij Stichting Anna"],
)  # fmt: skip
def test_roles_are_fine(role: str) -> None:
    assert errors(role, ROLE) == []


def test_role_message() -> None:
    (finding,) = scan_text("Fatima", ROLE)
    assert finding.message.startswith("Schrijf een rol, geen naam: bijvoorbeeld 'de huismeester'")
    assert "'Fatima'" in finding.message


def test_name_message_and_bare_name_error() -> None:
    (finding,) = scan_text("Huismeester Kees is er.")
    assert "naam" in finding.message and "'de huismeester'" in finding.message
    assert "'Kees'" in finding.message
    assert errors("Toen kwam Ahmed langs met soep.") == ["privacy.name"]


def test_ambiguous_name_next_to_a_verb_is_a_warning() -> None:
    assert warnings("Bel Roos als je wilt meedoen.") == ["privacy.name"]


def test_name_lists_are_loaded_and_filtered() -> None:
    assert names.is_first_name("Fatima", strict=True)
    assert names.is_first_name("Roos") and not names.is_first_name("Roos", strict=True)
    assert not names.is_first_name("Mei")
    assert names.looks_like_surname("jansen")


# --- scanner -------------------------------------------------------------------------------


def test_findings_sorted_and_not_overlapping() -> None:
    text = "Bel Henk op 06-12345678 of mail henk@gmail.com, Lindelaan 14, NL91ABNA0417164300."
    found = scan_text(text)
    assert [f.start for f in found] == sorted(f.start for f in found)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    assert {f.code for f in found} >= {
        "privacy.name", "privacy.mobile-phone", "privacy.email", "privacy.home-address",
        "privacy.iban",
    }  # fmt: skip


def test_finding_is_frozen_and_empty_text() -> None:
    assert scan_text("") == []
    finding = scan_text("06-12345678")[0]
    assert isinstance(finding, Finding)
    with pytest.raises(AttributeError):
        finding.start = 3  # type: ignore[misc]


def test_allowlist_normalises() -> None:
    allow = Allowlist.of(["  030 - 123 45 67 ", "HTTPS://www.Instagram.com/KiemNoord/"])
    assert allow.allows("+31301234567")
    assert allow.allows("instagram.com/kiemnoord")
    assert not Allowlist.EMPTY.allows("030-1234567")
    assert not Allowlist.of([]).values


def test_every_message_names_the_risk() -> None:
    messages = [
        phones.MOBILE_MESSAGE, phones.MOBILE_LIKE_MESSAGE, phones.FIXED_MESSAGE,
        emails.IN_TEXT_MESSAGE, emails.PERSONAL_MESSAGE, emails.UNKNOWN_MESSAGE,
        addresses.ADDRESS_MESSAGE, addresses.POSTCODE_MESSAGE, addresses.PUBLIC_PLACE_MESSAGE,
        numbers.BSN_MESSAGE, numbers.IBAN_MESSAGE, numbers.IBAN_TYPO_MESSAGE, numbers.BIRTH_MESSAGE,
        social.SOCIAL_MESSAGE, names.NAME_MESSAGE, names.MAYBE_NAME_MESSAGE, names.ROLE_MESSAGE,
    ]  # fmt: skip
    for message in messages:
        assert "iedereen te zien" in message, message
        assert len(max(message.split(), key=len)) < 25, message  # no long jargon words
