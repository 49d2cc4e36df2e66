"""Dutch addresses and costs as schema.org PostalAddress and Offer."""

from __future__ import annotations

import pytest

from welkom.render.jsonld import offer, postal_address


@pytest.mark.parametrize(
    ("written", "street", "postcode", "town"),
    [
        ("Kerkstraat 12, 9999 ZZ Voorbeeldstad", "Kerkstraat 12", "9999 ZZ", "Voorbeeldstad"),
        (
            "Lindelaan 40 (zaal), 9999zb Voorbeeldstad",
            "Lindelaan 40 (zaal)",
            "9999 ZB",
            "Voorbeeldstad",
        ),
        ("Marktplein, Voorbeeldstad", "Marktplein", None, "Voorbeeldstad"),
        ("Veldpad 1", "Veldpad 1", None, "Gemeentestad"),
    ],
)
def test_postal_address(written: str, street: str, postcode: str | None, town: str) -> None:
    address = postal_address(written, "Gemeentestad")
    assert address["@type"] == "PostalAddress" and address["addressCountry"] == "NL"
    assert address["streetAddress"] == street
    assert address.get("postalCode") == postcode
    assert address["addressLocality"] == town


@pytest.mark.parametrize(
    ("kosten", "price"),
    [
        ("gratis", "0"),
        ("Gratis, een vrijwillige bijdrage mag", "0"),
        ("€ 2,50", "2.50"),
        ("€2", "2.00"),
        ("€ 5,- per keer", "5.00"),
        ("koffie en thee € 0,50", "0.50"),
        ("betaal wat je kunt missen", None),
    ],
)
def test_offer_from_kosten(kosten: str, price: str | None) -> None:
    data = offer(kosten, "https://welkom.example.org/a/b/activiteiten/c/")
    assert data is not None and data["@type"] == "Offer" and data["description"] == kosten
    assert data.get("price") == price
    assert ("priceCurrency" in data) == (price is not None)


def test_no_costs_no_offer() -> None:
    assert offer(None, "https://welkom.example.org/") is None
