"""Social-media handles (@naam) and profile links (facebook.com/…, instagram.com/…, …).

A handle or profile points at a person unless the gemeente put it on its allowlist as the
account of an organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import ERROR, Allowlist, FieldKind, Finding

_SITES = (
    r"facebook\.com|fb\.com|fb\.me|instagram\.com|instagr\.am|x\.com|twitter\.com|tiktok\.com"
    r"|linkedin\.com/in|threads\.net|snapchat\.com/add|youtube\.com|bsky\.app/profile"
    r"|mastodon\.social|pinterest\.com|wa\.me|t\.me|telegram\.me|linktr\.ee|lnk\.bio"
    r"|beacons\.ai|snapchat\.com|signal\.me|bsky\.app|vimeo\.com|twitch\.tv|onlyfans\.com"
    # link-in-bio pages: one page with all of someone's accounts
    r"|bio\.link|solo\.to|taplink\.cc|allmylinks\.com|linkin\.bio|campsite\.bio|linkr\.bio"
    r"|msha\.ke|hoo\.be|direct\.me|koji\.to|withkoji\.com"
)
PROFILE = re.compile(
    r"(?<![\w.@-])(?:https?://)?(?:(?:www|m|mobile|nl-nl|nl)\.)?(?:" + _SITES + r")"
    r"/(@?[\w.%-]+(?:\?[\w=&.%-]*)?)/?",
    re.IGNORECASE,
)
# @name that is not part of an e-mail address.
HANDLE = re.compile(r"(?<![\w.@/+-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@-])")

# Chat and game accounts: "Discord: wesley_gamer#4471", "psn: kevin-2009", "roblox-naam: lotte12".
_GAMES = (
    r"discord|signal|roblox|steam|twitch|psn|playstation|xbox|gamertag|bereal|mastodon|kik|wechat"
    r"|skype|reddit|tumblr|pinterest|bsky|fortnite|minecraft|epic|valorant"
)
# "wesley#4471": the number Discord used to put after a name.
_TAG = r"(?:#\d{4})?"

CANDIDATE = re.compile(
    r"@|\.(?:com|net|app|me|social|am|ee|bio|ai|tv|link|to|cc|be|ke)/|(?:insta|ig|tiktok|snap|telegram|facebook"
    r"|fb|twitter|threads|bluesky|youtube|"
    + _GAMES
    + r")\w*(?:[\s-]+(?:me|mij|ons|van\s+mij|account|naam|gebruikersnaam|id|tag))?\s*"
    r"(?:is\s+|als\s+|:|=|->|→|=>|»|>|\w+#\d|[(\[\"']?\w+[._\d]|(?:\s*[a-z]{1,8}){1,4}\s+\w+[._\d]"
    r"|(?:\s*[\w'’]+){1,4}\s*:\s*@?\w+[._\d]"  # "insta van onze fotograaf: bram.foto"
    r"|[^\w\s]{1,3}\s*@?\w+[._\d])"  # "snapchat 👻 anouk2009", "ig — anouk.bakt"
    r"|[\w.]\s+(?:op|via|on)\s+(?:insta|ig|tiktok|snap|telegram|facebook|fb|twitter|threads"
    r"|bluesky|youtube|" + _GAMES + r")",
    re.IGNORECASE,
)
# "insta: sanne.bakt", "Instagram: kees_kookt", "snap: karimvdb", "mijn tiktok is lotte.kookt".
LABELLED = re.compile(
    r"(?<!\w)(?:insta(?:gram)?|ig|tiktok|snap(?:chat)?|telegram|facebook|fb|twitter|threads"
    r"|bluesky|youtube|"
    + _GAMES
    + r")(?:[\s-]+(?:me|mij|ons|van\s+mij|account|naam|gebruikersnaam|id|tag))?"
    r"\s*(?::|=|\bis\b|\bals\b)\s*@?\s?"
    r"([A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,28}[A-Za-z0-9_])" + _TAG + r")"
    r"(?![\w@-])",
    re.IGNORECASE,
)
# A few words between the platform and the colon: "Insta van onze fotograaf: bram.fotografeert",
# "tiktok van mijn dochter: lotte_2011". The handle gives itself away by a dot, an underscore
# or digits ("Insta van de bieb: kijk maar" stays).
LABELLED_FAR = re.compile(
    r"(?<!\w)(?:insta(?:gram)?|ig|tiktok|snap(?:chat)?|telegram|facebook|fb|twitter|threads"
    r"|bluesky|youtube|" + _GAMES + r")(?:\s+[\w'’]+){1,4}?(?:\s*:|\s+is|\s+heet)\s*@?\s?"
    r"((?=[A-Za-z0-9_.]*[A-Za-z]{3})[A-Za-z0-9_]+(?:[._][A-Za-z0-9_]+)+"
    + _TAG
    + r"|[A-Za-z][A-Za-z_]*\d+[A-Za-z0-9_]*)(?![\w@-]|\.\w)",
    re.IGNORECASE,
)
# Without a colon, a handle gives itself away by a dot, an underscore or digits: "volg me op
# insta lotte.bakt", "mijn tiktok lotte_bakt", "insta → sanne.kookt".
BARE = re.compile(
    r"(?<!\w)(?:insta(?:gram)?|ig|tiktok|snap(?:chat)?|telegram|facebook|fb|twitter|threads"
    r"|bluesky|youtube|"
    + _GAMES
    # an arrow, a dash or an emoji between: "insta → x", "ig — x", "snapchat 👻 x"
    + r")\s*(?:->|=>|[^\w\s@.,:;(\[\"'‘“]{1,3})?"
    r"(?:[,:]?\s+(?:onder|de|het|naam|als|is|heet|ik|ben|me|mij|mijn|je|jij|kun|kunt|ons|vind|zoek|op|account|van|staat|te|vinden)){0,4}[,:]?\s+"
    r"[(\[\"'‘“]?@?\s?"
    r"((?:(?<=@)|(?<=@ ))[A-Za-z0-9_][A-Za-z0-9_.]{1,28}[A-Za-z0-9_]"  # "insta @ lottebakt"
    r"|(?=[A-Za-z0-9_.]*[A-Za-z]{3})"
    r"[A-Za-z0-9_]+(?:[._][A-Za-z0-9_]+)+" + _TAG + r"|[A-Za-z][A-Za-z_]*\d+[A-Za-z0-9_]*"
    r"|[A-Za-z][A-Za-z0-9_.]{1,30}#\d{4})(?![\w@-]|\.\w)",
    re.IGNORECASE,
)
# Without a colon, a handle glued from a first name, a particle and a surname: "volg me op
# tiktok annevandijk", "zoek me op insta, wimvdmolen" (checked by ``emails._glued_person``).
BARE_GLUED = re.compile(
    r"(?<!\w)(?:insta(?:gram)?|ig|tiktok|snap(?:chat)?|telegram|facebook|fb|twitter|threads"
    r"|bluesky|youtube|" + _GAMES + r")[,:]?\s+([a-z]{8,30})(?![\w@.-])",
    re.IGNORECASE,
)
# The handle before the platform: "volg lotte.bakt op insta", "zoek kees_bakt op tiktok", "zoek
# anoukbakt op insta" (a lowercase word no list knows).
BEFORE = re.compile(
    r"(?<![\w@.])((?=[A-Za-z0-9_.]*[A-Za-z]{3})[A-Za-z0-9_]+(?:[._][A-Za-z0-9_]+)+"
    r"|[A-Za-z][A-Za-z_]*\d+[A-Za-z0-9_]*"
    r"|[a-z]{5,30})\s+(?:op|via|on)\s+(?:insta(?:gram)?|ig|tiktok"
    r"|snap(?:chat)?|telegram|facebook|fb|twitter|threads|bluesky|youtube|" + _GAMES + r")(?!\w)",
    re.IGNORECASE,
)
# Cheap test before ``BEFORE``: "op", "via" or "on" as a word.
_BEFORE_HINT = re.compile(r"\s(?i:op|via|on)\s")
_WEBSITE = re.compile(r"^www\.|\.(?:nl|com|org|net|be|eu|info|nu)$", re.IGNORECASE)
_NOT_HANDLE = frozenset(
    {"ons", "mij", "het", "de", "een", "volg", "leuk", "daar", "hier", "buurthuis", "organisatie"}
)

# Where an organisation's own account may stand: free text and the contact fields of a place.
_ORG_KINDS = frozenset({FieldKind.TEXT, FieldKind.CONTACT})

SOCIAL_MESSAGE = (
    "Hier staat een account of profiel op sociale media ({shown}). Dat kan van een persoon "
    "zijn, en de site is voor iedereen te zien. Zet alleen het account van een organisatie op "
    "de site, en vraag de gemeente dat account toe te staan."
)


def find(text: str, kind: FieldKind, allow: Allowlist, labelled: bool = True) -> Iterator[Finding]:
    """Profiles, handles and, when ``labelled`` (the text names a platform), "insta: naam"."""
    spans: list[tuple[int, int]] = []
    for match in PROFILE.finditer(text) if "/" in text else ():
        account = match.group(1).lstrip("@")
        spans.append(match.span())
        if allow.allows(match.group()) or allow.allows(account) or allow.allows("@" + account):
            continue
        if _organisation_page(account):
            continue  # "facebook.com/bewonersverenigingdeboog": the page of an organisation
        yield Finding(
            match.start(), match.end(), ERROR, "privacy.social",
            SOCIAL_MESSAGE.format(shown=_site(match.group())),
        )  # fmt: skip
    labels = (
        [
            *LABELLED.finditer(text),
            *BARE.finditer(text),
            *(BEFORE.finditer(text) if _BEFORE_HINT.search(text) is not None else ()),
            *(LABELLED_FAR.finditer(text) if ":" in text or " is " in text else ()),
            *(m for m in BARE_GLUED.finditer(text) if _glued_person(m.group(1))),
        ]
        if labelled
        else []
    )
    for match in labels:
        handle = match.group(1)
        if any(s <= match.start(1) < e for s, e in spans) or handle.lower() in _NOT_HANDLE:
            continue
        if handle.replace("-", "").isdigit():
            continue  # "Signal: 0612345678": a phone number, for the phone detector
        if match.re is not LABELLED and _WEBSITE.search(handle) is not None:
            continue  # "op tiktok www.voorbeeld.nl": a website, not an account
        if "_" not in handle and "." not in handle and not any(c.isdigit() for c in handle):
            from . import names

            if handle.lower() in names.dutch_words():
                continue  # "Instagram: leuk!"
            if match.re is BEFORE and (
                names._compound(handle.lower()) or handle.lower() in names.known_tokens()
            ):
                continue  # "buurtfilmpjes op tiktok": a word, no account
        spans.append(match.span(1))
        if allow.allows(handle) or allow.allows("@" + handle):
            continue
        if kind in _ORG_KINDS and _organisation(handle):
            continue
        yield Finding(
            match.start(1), match.end(1), ERROR, "privacy.social",
            SOCIAL_MESSAGE.format(shown="@…"),
        )  # fmt: skip
    for match in HANDLE.finditer(text) if "@" in text else ():
        if any(s <= match.start() < e for s, e in spans):
            continue
        if kind in _ORG_KINDS and _organisation(match.group(1)):
            continue  # "volg ons op @buurthuisdekiem": the account of a place
        if allow.allows(match.group()) or allow.allows(match.group(1)):
            continue
        yield Finding(
            match.start(), match.end(), ERROR, "privacy.social",
            SOCIAL_MESSAGE.format(shown="@…"),
        )  # fmt: skip


def _glued_person(word: str) -> bool:
    from . import emails

    return emails._glued_person(word.lower())


def _organisation(handle: str) -> bool:
    """A handle made of a role or place word and no first name: "@buurthuisdekiem",
    "@voedselbank_noord", "@repaircafe.west"."""
    from . import emails

    return emails.organisation(handle.replace("_", "."))


def _organisation_page(account: str) -> bool:
    from . import emails

    return "/" not in account.strip("/") and emails.organisation_page(account.strip("/"))


def _site(url: str) -> str:
    host = re.sub(r"^(?:https?://)?(?:www\.|m\.)?", "", url, flags=re.IGNORECASE)
    return host.split("/")[0] + "/…"
