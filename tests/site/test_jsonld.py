"""JSON-LD read as a search engine reads it: parsed to RDF by rdflib, then checked for what
schema.org Events need. One Event per activity, identified by its page."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Namespace, URIRef

from tests.site.test_site_pages import read
from welkom.check import load_site

REPO = Path(__file__).resolve().parents[2]
SITE = "https://welkom.example.org/"
SDO = Namespace("https://schema.org/")
# The real context (https://schema.org) is a web address; tests make no request, and its
# core is this: every term is a schema.org property or type.
LOCAL_CONTEXT = {"@vocab": str(SDO)}


def graph_of(html: str) -> tuple[Graph, str]:
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert raw is not None, "no JSON-LD on the page"
    data = json.loads(raw.group(1))
    assert data["@context"] == "https://schema.org"
    data["@context"] = LOCAL_CONTEXT
    g = Graph()
    with warnings.catch_warnings():  # rdflib 7's own JSON-LD parser uses ConjunctiveGraph
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        g.parse(data=json.dumps(data), format="json-ld")
    return g, raw.group(1)


def one(g: Graph, subject: object, prop: URIRef) -> object:
    values = list(g.objects(subject, prop))
    assert len(values) == 1, f"{subject} {prop}: {values}"
    return values[0]


@pytest.fixture(scope="module")
def example():
    return load_site(REPO)


def test_one_event_per_activity_with_what_search_engines_need(built_site: Path, example) -> None:
    checked = 0
    for buurt_id, buurt in example.buurten.items():
        g, raw = graph_of(read(built_site, f"{buurt_id}/"))
        assert "FREQ=" not in raw and "RRULE" not in raw  # no raw recurrence rule
        events = set(g.subjects(RDF.type, SDO.Event))
        expected = {
            URIRef(f"{SITE}{buurt_id}/activiteiten/{example.activiteiten[a].slug}/")
            for a in buurt.activiteiten
        }
        assert events == expected, buurt_id
        for event in events:
            activity = example.activiteiten[
                f"{buurt_id}/{str(event).rstrip('/').rsplit('/', 1)[1]}"
            ]
            for prop in (SDO.name, SDO.startDate, SDO.eventStatus, SDO.url):
                one(g, event, prop)
            location = one(g, event, SDO.location)
            assert (location, RDF.type, SDO.Place) in g
            address = one(g, location, SDO.address)
            assert (address, RDF.type, SDO.PostalAddress) in g
            assert str(one(g, address, SDO.addressCountry)) == "NL"
            one(g, address, SDO.addressLocality)
            if activity.plek is not None and activity.plek.adres:
                one(g, address, SDO.streetAddress)
            organizer = one(g, event, SDO.organizer)
            assert (organizer, RDF.type, SDO.Organization) in g
            one(g, organizer, SDO.name)
            offer = one(g, event, SDO.offers)
            assert (offer, RDF.type, SDO.Offer) in g
            if "gratis" in activity.model.kosten.lower():
                assert str(one(g, offer, SDO.price)) == "0"
                assert str(one(g, offer, SDO.priceCurrency)) == "EUR"
            schedules = list(g.objects(event, SDO.eventSchedule))
            assert len(schedules) == (1 if activity.model.wanneer.is_recurring else 0)
            for schedule in schedules:
                assert str(one(g, schedule, SDO.scheduleTimezone)) == "Europe/Amsterdam"
                assert str(one(g, schedule, SDO.repeatFrequency)).startswith("P")
                assert list(g.objects(schedule, SDO.byDay))
                one(g, schedule, SDO.startTime)
                excepted = {str(d) for d in g.objects(schedule, SDO.exceptDate)}
                listed = {d.isoformat() for d in activity.model.behalve if not isinstance(d, str)}
                assert listed <= excepted
                assert not list(g.objects(schedule, SDO.description))
            checked += 1
    assert checked == len(example.activiteiten)


def test_activity_page_describes_itself(built_site: Path, example) -> None:
    for activity in example.activiteiten.values():
        url = f"{activity.buurt}/activiteiten/{activity.slug}/"
        g, _ = graph_of(read(built_site, url))
        assert set(g.subjects(RDF.type, SDO.Event)) == {URIRef(SITE + url)}


def test_costs_in_euros_become_a_price(built_site: Path, example) -> None:
    prices = {}
    for activity in example.activiteiten.values():
        url = f"{activity.buurt}/activiteiten/{activity.slug}/"
        g, _ = graph_of(read(built_site, url))
        offer = one(g, URIRef(SITE + url), SDO.offers)
        price = list(g.objects(offer, SDO.price))
        prices[activity.model.kosten] = str(price[0]) if price else None
    assert prices["€ 0,75"] == "0.75"
    assert prices["€ 3,50 voor drie gangen"] == "3.50"
    assert prices["koffie en thee € 0,50"] == "0.50"
    assert prices["betaal wat je kunt missen"] is None  # no price we can be sure of
