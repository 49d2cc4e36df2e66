"""The built example site: every URL of DESIGN.md §4, and what each page must show."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from welkom.check import load_site
from welkom.render.pages.urls import relative

REPO = Path(__file__).resolve().parents[2]


def read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def article(html: str) -> str:
    """The page's own content, without header, sidebars and footer."""
    return html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>")[0]


@pytest.fixture(scope="module")
def example():
    return load_site(REPO)


def test_every_url_of_the_design_exists(built_site: Path, example) -> None:
    assert example.buurten, "the example site has no buurten"
    urls = ["", "agenda/", "verhalen/", "open-data/", "welkomstgids/", "meedoen/", "privacy/"]
    for g in example.gemeenten:
        urls += [f"{g}/", f"{g}/agenda/"]
    for b in example.buurten:
        urls += [f"{b}/", f"{b}/welkom/", f"{b}/agenda/", f"{b}/embed/"]
    urls += [f"verhalen/{slug}/" for slug in example.verhalen]
    missing = [u for u in urls if not (built_site / u / "index.html").is_file()]
    assert missing == []
    assert (built_site / "open-data" / "plekken.geojson").is_file()
    assert (built_site / "open-data" / "activiteiten.json").is_file()


def test_buurt_page_shows_this_week_before_places(small_site: Path) -> None:
    html = article(read(small_site, "voorbeeldstad/kiem-noord/"))
    assert html.index('id="deze-week"') < html.index('id="plekken"') < html.index('id="hulp"')
    week = html.split('id="deze-week"', 1)[1].split('id="plekken"', 1)[0]
    assert "maandag 23 november" not in week  # no Monday activity in the fixture
    assert "woensdag 25 november" in week
    assert "zaterdag 21 november" not in week


def test_cancelled_date_says_vervalt_in_words(small_site: Path) -> None:
    html = article(read(small_site, "voorbeeldstad/kiem-noord/"))
    day = html.split('id="dag-2026-11-25"', 1)[1].split("</ul>", 1)[0]
    assert "Vervalt:" in day and "Koffieochtend" in day


def test_opening_hours_route_and_accessibility_in_words(small_site: Path) -> None:
    html = article(read(small_site, "voorbeeldstad/kiem-noord/"))
    assert "ma, wo en vr 9.30–16.00" in html
    assert (
        'href="https://www.openstreetmap.org/?mlat=52.0001&amp;mlon=5.0002#map=18/52.0001/5.0002"'
        in html
    )
    assert "25 december 2026, 26 december 2026" in html
    assert "toegankelijk met een rolstoel, invalidentoilet, ringleiding" in html
    assert "<iframe" not in html and "tile" not in html


def test_key_figures_by_role_place_and_time(small_site: Path) -> None:
    html = article(read(small_site, "voorbeeldstad/kiem-noord/"))
    assert (
        "<strong>De huismeester</strong> van Woonstichting Voorbeeld, in Buurthuis De Kiem, "
        "dinsdag 10.00-12.00." in html
    )


def test_help_lines_most_urgent_first(small_site: Path) -> None:
    html = article(read(small_site, "voorbeeldstad/kiem-noord/"))
    hulp = html.split('id="hulp"', 1)[1]
    items = re.findall(r"<li[^>]*>\s*<strong>(.*?)</strong>", hulp)
    assert items[0].startswith("Bij gevaar of een ongeluk: bel")
    assert 'href="tel:112"' in items[0]
    order = [
        hulp.index(s)
        for s in ("112", "Vragen over je woning", "Zorgen om een buurtgenoot", "0800-0113")
    ]
    assert order == sorted(order)  # spoed, then buurt, gemeente, landelijk


def test_follow_block_links_this_buurts_feeds(small_site: Path) -> None:
    html = article(read(small_site, "voorbeeldstad/kiem-noord/"))
    follow = html.split('id="volg"', 1)[1]
    for ext in ("ics", "rss", "atom", "json"):
        assert f'href="activiteiten.{ext}"' in follow


def test_breadcrumbs_and_small_sidebar(small_site: Path) -> None:
    html = read(small_site, "voorbeeldstad/kiem-noord/")
    crumbs = html.split('aria-label="Kruimelpad"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r">([^<>]+)</a>", crumbs) == ["Home", "Voorbeeldstad", "Kiem-Noord"]
    sidebar = html.split('class="welkom-zijnav"', 1)[1].split("</nav>", 1)[0]
    assert "Oude Haven" in sidebar and "Kiem-Noord" in sidebar


def test_agenda_grouped_by_day_with_recurrence_in_words(small_site: Path) -> None:
    html = article(read(small_site, "voorbeeldstad/agenda/"))
    assert "dinsdag 24 november" in html
    assert "elke derde zaterdag van de maand" in html
    assert html.index("dinsdag 24 november") < html.index("woensdag 25 november")
    assert "Buurthuis De Kiem</a> (Kiem-Noord)" in html  # gemeente agenda names the buurt
    site_agenda = article(read(small_site, "agenda/"))
    assert "Taalcafé" in site_agenda and "Repair Café" in site_agenda
    buurt_agenda = article(read(small_site, "voorbeeldstad/oude-haven/agenda/"))
    assert "Taalcafé" in buurt_agenda and "Repair Café" not in buurt_agenda


def test_welcome_guide_has_general_text_buurt_facts_and_qr(small_site: Path) -> None:
    html = article(read(small_site, "voorbeeldstad/kiem-noord/welkom/"))
    assert "Leer je buren kennen" in html  # from docs/welkomstgids.md
    assert "Zeg gedag in de portiek" in html  # this buurt's tips
    assert "Buurthuis De Kiem" in html and "De huismeester" in html
    assert (
        '<svg role="img" aria-label="QR-code: https://welkom.example.org/voorbeeldstad/kiem-noord/"'
        in html
    )


def test_embed_page_is_small_and_opens_links_on_top(small_site: Path) -> None:
    path = small_site / "voorbeeldstad/kiem-noord/embed/index.html"
    html = path.read_text(encoding="utf-8")
    assert path.stat().st_size <= 20 * 1024
    assert '<meta name="robots" content="noindex">' in html
    assert "md-header" not in html and "md-sidebar" not in html and "<nav" not in html
    # only this site's own small files, never inline script (embed.css, embed.js)
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts == ['<script src="../../../assets/welkom/embed.js" defer>']
    assert re.findall(r'<link rel="stylesheet" href="([^"]+)">', html) == [
        "../../../assets/welkom/embed.css"
    ]
    assert "<style" not in html
    links = re.findall(r"<a [^>]*>", html)
    assert links and all('target="_top"' in a for a in links)
    assert "Koffieochtend" in html


def test_every_embed_page_of_the_example_site_is_small(built_site: Path) -> None:
    embeds = sorted(built_site.glob("*/*/embed/index.html"))
    assert embeds
    too_big = {str(p.relative_to(built_site)): p.stat().st_size for p in embeds}
    assert {k: v for k, v in too_big.items() if v > 20 * 1024} == {}


def test_search_index_is_dutch_and_skips_duplicates(small_site: Path) -> None:
    index = json.loads((small_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["nl"]
    locations = {d["location"].split("#")[0] for d in index["docs"]}
    assert "voorbeeldstad/kiem-noord/" in locations
    for left_out in ("embed/", "agenda/", "welkom/"):
        assert not any(loc.endswith(left_out) for loc in locations), left_out
    # National help lines are on every buurt page, but indexed once: on their own page.
    with_113 = {d["location"].split("#")[0] for d in index["docs"] if "0800-0113" in d["text"]}
    assert len(with_113) == 1 and with_113.pop().startswith("hulp/")
    buurt = " ".join(
        d["title"] + " " + d["text"]
        for d in index["docs"]
        if d["location"].split("#")[0] == "voorbeeldstad/kiem-noord/"
    )
    assert "groene buurt" in buurt and "Moestuin De Akker" in buurt  # intro and place names
    for left_out in ("woensdag 25 november", "Kerkstraat 12", "huismeester", "Welkomstgids"):
        assert left_out not in buurt, left_out


def test_stories_index_newest_first_and_per_buurt(small_site: Path) -> None:
    html = article(read(small_site, "verhalen/"))
    alle = html.split('id="alle"', 1)[1].split('id="per-buurt"', 1)[0]
    assert alle.index("Een plantje voor de buren") < alle.index("Samen sterk in Voorbeeldstad")
    assert 'href="#voorbeeldstad-kiem-noord"' in html and 'id="voorbeeldstad-kiem-noord"' in html
    story = article(read(small_site, "verhalen/een-plantje/"))
    assert '<em>"Kom je koffie drinken?"</em>' in story or "<em>&quot;Kom je" in story
    assert "Verteld door een nieuwe bewoner" in story


def test_structured_data_and_sharing(small_site: Path) -> None:
    html = read(small_site, "voorbeeldstad/kiem-noord/")
    assert (
        '<link rel="canonical" href="https://welkom.example.org/voorbeeldstad/kiem-noord/">' in html
    )
    assert '<meta property="og:title" content="Kiem-Noord, Voorbeeldstad">' in html
    assert '<meta name="description" content="Kiem-Noord is een groene buurt' in html
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert raw is not None
    graph = json.loads(raw.group(1))["@graph"]
    places = [n for n in graph if n["@type"] == "Place"]
    events = [n for n in graph if n["@type"] == "Event"]
    assert {p["name"] for p in places} == {"Buurthuis De Kiem", "Moestuin De Akker"}
    (koffie,) = [e for e in events if e["name"] == "Koffieochtend"]  # one Event per activity
    page = "https://welkom.example.org/voorbeeldstad/kiem-noord/activiteiten/koffie-ochtend/"
    assert koffie["@id"] == koffie["url"] == page
    # 25 November is cancelled: the next date is a week later, and the schedule says so.
    assert koffie["startDate"] == "2026-12-02T10:00:00+01:00"
    assert koffie["endDate"] == "2026-12-02T12:00:00+01:00"
    assert koffie["eventStatus"] == "https://schema.org/EventScheduled"
    kiem = next(p for p in places if p["name"] == "Buurthuis De Kiem")
    assert (
        kiem["@id"] == "https://welkom.example.org/voorbeeldstad/kiem-noord/#plek-buurthuis-de-kiem"
    )
    assert koffie["location"] == {"@id": kiem["@id"]}  # described once, on this page
    assert kiem["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Kerkstraat 12",
        "postalCode": "9999 ZZ",
        "addressLocality": "Voorbeeldstad",
        "addressCountry": "NL",
    }
    assert koffie["offers"]["price"] == "0" and koffie["offers"]["priceCurrency"] == "EUR"
    assert koffie["organizer"]["@type"] == "Organization" and koffie["organizer"]["name"]
    schedule = koffie["eventSchedule"]
    assert schedule["byDay"] == ["https://schema.org/Wednesday"]
    assert schedule["repeatFrequency"] == "P1W"
    assert schedule["exceptDate"] == ["2026-11-25"]
    assert "description" not in schedule and "FREQ=" not in raw.group(1)
    (repair,) = [e for e in events if e["name"] == "Repair Café"]
    assert repair["startDate"] == "2026-12-19T13:00:00+01:00"  # the third Saturday
    assert repair["eventStatus"] == "https://schema.org/EventScheduled"
    schedule = repair["eventSchedule"]
    assert schedule["byMonthWeek"] == [3] and schedule["byDay"] == ["https://schema.org/Saturday"]


def test_open_data_has_places_and_activities_without_people(small_site: Path) -> None:
    geo = json.loads((small_site / "open-data/plekken.geojson").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection"
    first = geo["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [5.0002, 52.0001]}
    assert set(first["properties"]) == {
        "id",
        "naam",
        "soort",
        "adres",
        "buurt",
        "gemeente",
        "toegankelijk",
        "url",
    }
    data = json.loads((small_site / "open-data/activiteiten.json").read_text(encoding="utf-8"))
    koffie = next(a for a in data["activiteiten"] if a["titel"] == "Koffieochtend")
    assert koffie["rrule"] == "FREQ=WEEKLY;BYDAY=WE"
    assert koffie["volgende"][0] == "2026-12-02T10:00:00+01:00"
    # CC0 1.0 in both files' metadata and on the page
    for meta in (geo["licentie"], data["licentie"]):
        assert meta["spdx"] == "CC0-1.0"
        assert meta["url"].startswith("https://creativecommons.org/publicdomain/zero/1.0/")
    assert koffie["url"].endswith("/voorbeeldstad/kiem-noord/activiteiten/koffie-ochtend/")
    page = article(read(small_site, "open-data/"))
    assert "CC0 1.0" in page and 'rel="license"' in page
    text = json.dumps(data, ensure_ascii=False) + json.dumps(geo, ensure_ascii=False)
    assert "huismeester" not in text


# Elements a browser fetches by itself. <a href> and <link rel="canonical|alternate"> are
# only addresses, never requests, so they may point elsewhere.
FETCHED = re.compile(r"<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>", re.I)
EXTERNAL_URL = re.compile(r"""\s(?:src|href|srcset|data)=["']?(?:https?:)?//""", re.I)
CSS_EXTERNAL = re.compile(r"""url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:https?:)?//""", re.I)
NOT_FETCHED_REL = re.compile(r"""\srel=["']?(canonical|alternate)\b""", re.I)


def external_requests(text: str) -> list[str]:
    found = [m.group(0)[:120] for m in CSS_EXTERNAL.finditer(text)]
    for tag in FETCHED.finditer(text):
        element = tag.group(0)
        if EXTERNAL_URL.search(element) and not NOT_FETCHED_REL.search(element):
            found.append(element[:120])
    return found


def test_no_page_loads_anything_from_another_host(built_site: Path) -> None:
    offenders = []
    for path in sorted(built_site.rglob("*")):
        if path.suffix in {".html", ".css"}:
            text = path.read_text(encoding="utf-8")
            offenders += [f"{path.relative_to(built_site)}: {e}" for e in external_requests(text)]
    assert offenders == []
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in home and "fonts.gstatic" not in home
    css = (built_site / "assets/welkom/welkom.css").read_text(encoding="utf-8")
    assert 'url("fonts/atkinson-hyperlegible-latin-400-normal.woff2")' in css
    assert (
        built_site / "assets/welkom/fonts/atkinson-hyperlegible-latin-400-normal.woff2"
    ).is_file()


def test_the_external_request_check_finds_what_it_should() -> None:
    assert external_requests('<script src="https://cdn.example/x.js"></script>')
    assert external_requests('<link rel="stylesheet" href="//fonts.example/css">')
    assert external_requests("@font-face{src:url(https://fonts.example/a.woff2)}")
    assert not external_requests('<link rel="canonical" href="https://welkom.example.org/">')
    assert not external_requests('<a href="https://www.openstreetmap.org/">route</a>')
    assert not external_requests('<script src="../assets/x.js"></script>')


def test_home_lists_gemeenten(built_site: Path, example) -> None:
    html = article(read(built_site, ""))
    for g in example.gemeenten.values():
        assert f'href="{g.id}/">{g.model.naam}</a>' in html
    assert "Wat is dit?" in html


@pytest.mark.parametrize(
    ("here", "to", "expected"),
    [
        ("voorbeeldstad/kiem-noord/", "voorbeeldstad/", "../"),
        ("voorbeeldstad/kiem-noord/", "", "../../"),
        ("", "voorbeeldstad/", "voorbeeldstad/"),
        ("voorbeeldstad/", "voorbeeldstad/", "./"),
        ("open-data/", "open-data/plekken.geojson", "plekken.geojson"),
    ],
)
def test_relative_links(here: str, to: str, expected: str) -> None:
    assert relative(here, to) == expected


def test_story_photos_are_served_from_the_site_without_metadata(built_site: Path, example) -> None:
    from PIL import Image

    with_photo = [v for v in example.verhalen.values() if v.model.foto is not None]
    assert with_photo, "the example site has no story with a photo"
    for story in with_photo:
        html = read(built_site, f"verhalen/{story.slug}/")
        alt = story.model.foto.alt
        assert f'alt="{alt}"' in html
        srcs = re.findall(r'src="\./([^"]+)"', html)
        assert srcs
        for name in srcs:
            path = built_site / "verhalen" / story.slug / name
            with Image.open(path) as image:
                assert not image.getexif(), name
                assert "icc_profile" not in image.info and "exif" not in image.info


def test_sitemap_lists_pages_but_not_embeds(small_site: Path) -> None:
    sitemap = (small_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://welkom.example.org/voorbeeldstad/kiem-noord/</loc>" in sitemap
    assert "/embed/" not in sitemap


def test_no_image_in_the_site_carries_metadata(built_site: Path) -> None:
    """Every image the build writes, whatever page uses it: no EXIF, XMP, IPTC, ICC or text."""
    from PIL import Image

    images = [p for p in built_site.rglob("*") if p.suffix in {".jpg", ".jpeg", ".png", ".webp"}]
    assert len(images) >= 5
    for path in images:
        with Image.open(path) as image:
            assert not image.getexif(), path
            leaked = {"exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "photoshop", "comment"}
            assert not leaked & set(image.info), (path, sorted(image.info))
            if path.suffix == ".png":
                assert not getattr(image, "text", {}), path
    # The volunteers' own files are never copied; only the re-encoded variants are published.
    assert not any(p.name in {"plantje.jpg", "werkbank.jpg"} for p in images)
