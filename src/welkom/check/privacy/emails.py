"""E-mail addresses.

An address may only stand in a contact field, and only when its local part is a role
(``info@``, ``buurtteam-noord@``, ``info.kiem@``) or the gemeente put it on its allowlist.
Everything else is treated as personal: ``j.jansen@``, ``jan.jansen@``, ``janjansen@gmail.com``,
any free-mail address (gmail, hotmail, ziggo, …) whose local part is not a role. Unknown local
parts on an organisation's own domain (``tuinclub@voorbeeld.nl``) get a warning. A role at a
domain that is a person's name (``hoi@mariekevisser.nl``), or with a mark that it is someone's
own ("(mijn eigen adres)", "privé"), is personal too.

Addresses written to fool a robot are found as well: written out ("jan punt de vries at
gmail punt com"), with a dressed-up "@" and any separators ("kees*vos*at*xs4all*nl",
"fam.jansen @@ planet nl", "jan(a)x.nl", "rob [punt] maas [bij] x [punt] nl"), without their
top-level domain ("jan@gmail"), or named by their provider ("mijn gmail is …"). Letter-by-letter
spelling is joined by the normaliser first. An organisation's address written out like that is
as allowed as when written plainly.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from . import names, public
from .base import ERROR, WARNING, Allowlist, FieldKind, Finding, words

CANDIDATE = "@"

ROLE_WORDS = words(
    """
    info informatie contact hallo hoi welkom post mail receptie balie secretariaat
    secretaris redactie vrijwilligers vrijwilliger vrijwilligerswerk meldpunt melding
    meldingen klantenservice klantcontact service administratie bestuur voorzitter
    penningmeester communicatie planning repaircafe repaircafé buurthuis buurtcentrum
    buurtteam buurtteams wijkteam wijkteams sociaalteam buurtwerk wijkcentrum
    bewonerscommissie bewonersraad wijkraad wijkvereniging buurtvereniging
    huurdersvereniging huurders bewoners ledenadministratie leden aanmelden aanmelding
    aanmeldingen inschrijving inschrijven agenda activiteiten evenementen organisatie
    kantoor team teams coordinatie coördinatie coordinator coördinator spreekuur loket
    wijkloket formulierenhulp voedselbank kledingbank speeltuin moestuin taalcafe taalcafé
    bibliotheek bieb noreply no-reply donaties giften vacatures werkenbij pers media
    nieuwsbrief webmaster website helpdesk support hulp vragen vraag zorg jongerenwerk
    ouderenwerk opbouwwerk wijkagent huismeester huismeesters beheer beheerder verhuur
    reserveringen reserveren zaalverhuur kinderwerk tienerwerk feestcommissie klachten
    wmo jeugd jeugdzorg schuldhulp schuldhulpverlening participatie leerplicht vergunningen
    belastingen afval burgerzaken inkomen handhaving parkeren zorgloket sociaalloket ggd
    gemeente wijkzaken
    """
)

FREE_MAIL = words(
    """
    gmail.com googlemail.com hotmail.com hotmail.nl live.com live.nl msn.com outlook.com
    outlook.nl ziggo.nl kpnmail.nl kpnplanet.nl planet.nl home.nl icloud.com me.com mac.com
    yahoo.com yahoo.nl xs4all.nl hetnet.nl chello.nl casema.nl quicknet.nl upcmail.nl
    zonnet.nl telfort.nl tele2.nl online.nl versatel.nl solcon.nl caiway.nl kabelfoon.nl
    hccnet.nl onsbrabantnet.nl zeelandnet.nl freeler.nl proton.me protonmail.com gmx.net
    gmx.com gmx.de aol.com mail.com tutanota.com yandex.com
    """
)

_SPLIT = re.compile(r"[._+-]+")

IN_TEXT_MESSAGE = (
    "Hier staat een e-mailadres. In een tekst hoort geen e-mailadres: het kan van een persoon "
    "zijn, en de site is voor iedereen te zien. Zet het algemene adres van de organisatie "
    "(bijvoorbeeld info@…) bij 'email' van die organisatie of plek."
)
PERSONAL_MESSAGE = (
    "Dit e-mailadres lijkt van een persoon ({shown}). Persoonlijke adressen zetten we niet op "
    "de site: die is voor iedereen te zien. Gebruik een algemeen adres van de organisatie, "
    "zoals info@… of buurtteam@…, of vraag de gemeente het adres toe te staan."
)
UNKNOWN_MESSAGE = (
    "Controleer dit e-mailadres ({shown}): is het een algemeen adres van de organisatie, of van "
    "één persoon? Persoonlijke adressen zetten we niet op de site, want die is voor iedereen te "
    "zien. Gebruik bij twijfel een adres als info@… of vraag de gemeente het adres toe te staan."
)


def _shown(local: str, domain: str) -> str:
    return f"{local[:1]}…@{domain}"


def _token_is_role(token: str) -> bool:
    token = token.rstrip("0123456789")
    if token in ROLE_WORDS:
        return True
    return any(token.startswith(word) and len(word) >= 4 for word in ROLE_WORDS)


# A home or household as local part or domain: "thuis@", "familie-x.nl", "fam.jansen@".
_HOME = re.compile(r"(?:thuis|familie|fam|gezin|prive|privé|home|huize)(?![a-z])")


def classify(local: str, domain: str) -> str:
    """``role``, ``personal`` or ``unknown`` for a contact-field address."""
    tokens = [t for t in _SPLIT.split(local.lower()) if t]
    if not tokens:
        return "personal"
    if _HOME.match(local.lower()) or _HOME.match(domain.lower()):
        return "personal"  # "thuis@familie-dekker.nl", "gezin.bakker@…": a household
    free_mail = domain.lower() in FREE_MAIL
    has_name = any(names.is_first_name(t.capitalize(), strict=True) for t in tokens)
    if _token_is_role(tokens[0]) and not (free_mail and has_name):
        return "role"
    if free_mail or has_name:
        return "personal"
    if len(tokens) >= 2 or len(tokens[0]) <= 2 or re.match(r"[a-z]\.", local.lower()):
        return "personal"  # initial + surname, first.last
    if names.looks_like_surname(tokens[0]):
        return "personal"
    if _word_local(tokens[0]):
        return "role"  # "buurtdiner@", "ideeen@", "fietsenwerkplaats@": an activity or topic
    return "unknown"


_PARTICLES = ("vander", "vanden", "vande", "van", "der", "den", "de", "ten", "ter", "vd", "op")
_DOMAIN_LABEL = re.compile(r"[a-z]+(?:-[a-z]+)*")


@functools.lru_cache(maxsize=4096)
def personal_domain(domain: str) -> bool:
    """A domain that is a person's name: "mariekevisser.nl", "jan-de-bruin.nl",
    "annavandijk.nl", "devries-jan.nl" (a first name and a surname, or a particle and a word).
    Places named after a person ("annafrankschool.nl", "willemvanoranjecollege.nl") have a word
    for a place or an organisation in them."""
    label = domain.lower().split(".")[0]
    if _DOMAIN_LABEL.fullmatch(label) is None or ORGANISATION_PAGE.search(label) is not None:
        return False
    if _INSTITUTION.search(label) is not None:
        return False
    parts = label.split("-")
    if len(parts) >= 2:
        first, last = parts[0].capitalize(), parts[-1].capitalize()
        return (
            names.is_first_name(first)
            and (parts[1] in _PARTICLES or names.looks_like_surname(parts[-1]))
        ) or (names.is_first_name(last) and names.looks_like_surname(_without_particle(parts[0])))
    for i in range(3, min(len(label) - 2, 12)):
        if not names.is_first_name(label[:i].capitalize()):
            continue
        rest = label[i:]
        if names.looks_like_surname(rest):
            return True  # "mariekevisser"
        for particle in _PARTICLES:
            if rest.startswith(particle) and len(rest) - len(particle) >= 3:
                return True  # "jandebruin", "annavandijk"
    return False


# Local parts that name a function of an organisation. "info@pieterburen.nl" is the village's
# address even though "Pieter" + "buren" reads like a person's domain; "hoi@" or "mail@" on
# such a domain stays someone's own, and so does a domain that spells a name out with hyphens
# or a particle ("info@jan-de-bruin.nl", "info@jandebruin.nl").
_FUNCTION_LOCAL = words(
    """
    info contact secretariaat secretaris bestuur redactie administratie balie receptie
    aanmelden klantenservice vrijwilligers buurtteam wijkteam algemeen kantoor
    """
)


def own_domain(local: str, domain: str) -> bool:
    """An address on a domain that is a person's name, unless its local part is a function."""
    if not personal_domain(domain):
        return False
    if local.lower().rstrip("0123456789") not in _FUNCTION_LOCAL:
        return True
    label = domain.lower().split(".")[0]
    if "-" in label:
        return True
    return any(
        rest.startswith(particle) and names.looks_like_surname(rest[len(particle) :])
        for i in range(3, min(len(label) - 2, 12))
        if names.is_first_name(label[:i].capitalize())
        for rest in (label[i:],)
        for particle in ("vander", "vanden", "vande", "van", "de", "ter", "ten")
    )


def _without_particle(token: str) -> str:
    """ "devries" → "vries", "vandijk" → "dijk"."""
    for particle in _PARTICLES:
        if token.startswith(particle) and len(token) - len(particle) >= 3:
            return token[len(particle) :]
    return token


# Words for a place or an organisation: a domain with one of these is no one's own.
_INSTITUTION = re.compile(
    r"school|college|lyceum|academie|instituut|huis|kerk|hof|centrum|fonds|museum|park|plein"
    r"|gemeente|wijk|buurt|stichting|welzijn|wonen|zorg|vereniging"
    r"|zaal|gebouw|club|kliniek|praktijk|apotheek|theater|galerie|atelier|opvang|wijk|buurt"
    r"|tuin|salon|winkel|bakkerij|shop|cafe|restaurant|studio|markt|koor|orkest|team"
)
# A contact field that says the address is someone's own: "(mijn eigen adres)", "privé".
PRIVATE_MARK = re.compile(
    r"(?<![\w-])(?:thuis|thuisadres|priv[eé](?:-?(?:adres|mail|e-?mail))?"
    r"|eigen\s+(?:e-?mail(?:adres)?|mail(?:adres)?|adres)|van\s+mij|mijn|m'n|mij|me|ik"
    r"|persoonlijke?(?:\s+(?:e-?mail|mail|adres))?)(?![\w-])",
    re.IGNORECASE,
)
# The same in a sentence of free text, next to the address: "… is mijn prive adres".
PRIVATE_IN_TEXT = re.compile(
    r"(?<![\w-])(?:priv[eé](?:-?(?:adres|mail|e-?mail))?|thuisadres"
    r"|eigen\s+(?:e-?mail(?:adres)?|mail(?:adres)?|adres)|van\s+mij"
    r"|persoonlijke?\s+(?:e-?mail|mail|adres))(?![\w-])",
    re.IGNORECASE,
)
PRIVATE_MESSAGE = (
    "Dit e-mailadres is van een persoon ({shown}): dat staat erbij. Persoonlijke adressen "
    "zetten we niet op de site, want die is voor iedereen te zien. Gebruik een algemeen adres "
    "van de organisatie, zoals info@… of buurtteam@…, of vraag de gemeente het adres toe te "
    "staan."
)


def _word_local(token: str) -> bool:
    """A local part that is an ordinary Dutch word or a compound of two ("kookavond"), and no
    name: people do not name their own mailbox "plannen@" on an organisation's domain."""
    if not token.isalpha() or len(token) < 4:
        return False
    if names.is_first_name(token.capitalize()) or names.looks_like_surname(token):
        return False
    known = names.dutch_words()
    token = token.replace("eeen", "eeën").replace("ieen", "ieën") if token not in known else token
    if token in known:
        return True
    return any(
        token[:i] in known
        and token[i:] in known
        and not names.is_first_name(token[:i].capitalize())
        and not names.looks_like_surname(token[i:])
        for i in range(3, len(token) - 2)
    )


# Words that make a glued page or account name an organisation's: "bewonersverenigingdeboog",
# "speeltuinverenigingdezon", "buurtcomitehetzuiden".
ORGANISATION_PAGE = re.compile(
    r"vereniging|stichting|comit[eé]|buurthuis|buurtcentrum|wijkcentrum|bewoners|huurders"
    r"|speeltuin|voedselbank|repaircaf|wijkraad|buurtraad|platform|buurtteam|wijkteam|moestuin"
    r"|buurttuin|dorpshuis|wijkkrant|buurtkrant|buurtpreventie|kinderboerderij"
)


def organisation_page(name: str) -> bool:
    """A page or account name glued from organisation words, starting or ending in no first
    name."""
    low = name.lower()
    if ORGANISATION_PAGE.search(low) is None:
        return False
    return not any(
        names.is_first_name(low[:i].capitalize(), strict=True)
        or names.is_first_name(low[-i:].capitalize(), strict=True)
        for i in range(4, 9)
    )  # "t.me/moestuinmarieke" ends in a name


# Kinds of places whose name often starts an organisation's address or account: with a role
# word these make "moskee.alfath@…", "@kerkdeschakel", "@tuinclubnoord" an organisation's.
PLACE_STARTS = (
    "moskee", "kerk", "school", "basisschool", "bibliotheek", "bieb", "huisarts", "praktijk",
    "apotheek", "stichting", "vereniging", "tuinclub", "club", "sportclub", "zwembad",
    "kinderboerderij", "wijkkantoor", "gemeente", "kringloop", "dorpshuis", "clubhuis",
    "wijkhuis", "ontmoetingscentrum", "inloophuis", "kinderopvang", "bso", "jongerencentrum",
    "sporthal", "theater", "museum", "wijkkrant", "buurtkrant", "wijkbus", "buurtbus",
)  # fmt: skip


# A first name glued to a particle and a surname: "wimvdmolen", "janvanderbakker", "kimdeboer".
_GLUED_PARTICLE = re.compile(r"(?=(vd|vdr|vander|vanden|vande|van|ter|ten|de)[a-z]{3,}$)")


def _glued_person(token: str) -> bool:
    if len(token) < 8 or not token.isalpha():
        return False
    for hit in _GLUED_PARTICLE.finditer(token):
        first = token[: hit.start()]
        if not 2 <= len(first) <= 10 or not names.is_first_name(first.capitalize()):
            continue
        # "kimdeboer", not "huisdeboog": before "de" a name that is no ordinary word
        if hit.group(1).startswith("v") or first not in names.dutch_words():
            return True
    return False


def organisation(local: str, domain: str = "x.nl") -> bool:
    """A role or place address (or handle) without a first name in it: "info@", "redactie@",
    "@buurthuisdekiem", "moskee.alfath@", not "hulpje.anna@", not "@anja_bakt"."""
    tokens = [t for t in _SPLIT.split(local.lower()) if t]
    if not tokens or any(names.is_first_name(t.capitalize(), strict=True) for t in tokens):
        return False
    if any(_glued_person(t) for t in tokens):
        return False  # "@wimvdmolen_1958", "annevandijk@": a first name, a particle, a surname
    if tokens[0].startswith(PLACE_STARTS) or public.PLACE.search(tokens[0]) is not None:
        return True  # "moskee.alfath@", "kookclub@", "@wijkpunt_zuid"
    if len(tokens) == 1 and organisation_page(tokens[0]):
        return True  # "@bewonersverenigingdeboog"
    return classify(local, domain) == "role"


_LOCAL = re.compile(r"[\w.+-]{1,64}$")
_DOMAIN = re.compile(
    r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
    r"\.(?:[a-z]{2,}|c0m|n1|0rg|n3t)\b",  # (a digit for a letter: "gmail.c0m")
    re.IGNORECASE,
)


def _addresses(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, local part, domain) of every e-mail address, found from its '@'."""
    at = text.find("@")
    while at != -1:
        local = _LOCAL.search(text, max(0, at - 64), at)
        domain = _DOMAIN.match(text, at + 1)
        if local is not None and domain is not None:
            start = local.start()
            while start < at and text[start] in ".+-":
                start += 1  # "(.jan@…" → "jan@…"
            if start < at:
                yield start, domain.end(), text[start:at], domain.group()
        at = text.find("@", at + 1)


# Written-out addresses: "jan punt de vries at gmail punt com", "ruud[at]hotmail[dot]com",
# "marjan apenstaartje ziggo punt nl", "hassan.b @ outlook.com", "jolanda67 op gmail".
_AT_WORD = r"(?:at|@|ape?n?staart(?:je)?|at-teken)"
_AT = (
    r"(?:\s*[\[(<{]\s*"
    + _AT_WORD
    + r"\s*[\])>}]\s*|,?\s+(?:"
    + _AT_WORD
    + r"|AT),?\s+|\s*@\s+|@(?=[\w-]+\s+\.\s*[a-z])|\s+@(?=\w)"
    + r"|@(?=[\w-]+\s*(?:[\[(<{]\s*(?:punt|dot|\.)\s*[\])>}]|\s(?:punt|dot|PUNT|DOT)\s)))"
)
_DOT = r"(?:\s*[\[(<{]\s*(?:punt|dot|\.)\s*[\])>}]\s*|\s+(?:punt|dot|DOT|PUNT)\s+|\.)"
# "jan @ example . nl": a dot with spaces, only before a common top-level domain.
_SPACED_TLD = (
    r"\s+\.\s*(?:nl|com|net|org|be|de|eu|info|nu)\b|\s*\.\s+(?:nl|com|net|org|be|de|eu|info|nu)\b"
)
_PART = r"[\w+-]+"
_PROVIDERS = (
    r"gmail|googlemail|hotmail|outlook|live|msn|ziggo|kpnmail|kpnplanet|planet|home|icloud"
    r"|yahoo|xs4all|hetnet|casema|chello|upcmail|zonnet|telfort|tele2|online|caiway|proton"
    r"|protonmail|gmx|aol"
)
# After a written dot a surname may keep its particle apart: "jan punt de vries at gmail".
_PART_AFTER_DOT = r"(?:(?:van|de|der|den|ter|te|el|al)\s(?:de[nr]?\s)?[\w+-]+|" + _PART + r")"
WRITTEN = re.compile(
    r"(?<![\w.@])("
    + _PART
    + r"(?:(?:"
    + _DOT
    + r"|\s\.\s)"  # "fleur . de . graaf @ outlook . com": a dot with a space each side
    + _PART_AFTER_DOT
    + r"){0,3})"
    + _AT
    + r"("
    + _PART
    + r"(?:"
    + _DOT
    + r"(?:[a-z]{2,6})\b|"
    + _SPACED_TLD
    + r")+|(?:"
    + _PROVIDERS
    + r")\b)",
    re.IGNORECASE,
)
# "jolanda67 op gmail", "ilse.kok op gmail.com": a free-mail provider after "op".
ON_PROVIDER = re.compile(
    r"(?<![\w.@])([\w+-]+(?:\.[\w+-]+){0,3})\s+(?:op|bij)\s+(?:" + _PROVIDERS + r")"
    r"(?:\s*(?:\.|punt|dot)\s*(?:com|nl|net|be|de))?\b",
    re.IGNORECASE,
)
# The same with a comma, in a text about mail: "mijn mailadres is mijn naam aan elkaar, dus
# bertvanhouten, bij hotmail".
ON_PROVIDER_COMMA = re.compile(
    r"(?<![\w.@])([\w+-]+(?:\.[\w+-]+){0,3})\s*[,;:]\s*(?:op|bij|at)\s+(?:" + _PROVIDERS + r")"
    r"(?:\s*(?:\.|punt|dot)\s*(?:com|nl|net|be|de))?\b",
    re.IGNORECASE,
)
_MAIL_WORD = re.compile(r"(?<![^\W\d_])(?i:e-?mail\w*|mail\w*|adres)")
# Providers that only do mail: named near an account, they make a text about mail on their own
# ("stuur naar keesjansen en dan gmail erachter"); "ziggo" or "kpn" may be about the internet.
_MAIL_ONLY = re.compile(r"(?i:gmail|hotmail|googlemail|kpnmail|protonmail|icloud|yahoo)")
_MORE_DOMAIN = re.compile(r"\s*(?:[.\[(]|dot\b|punt\b)", re.IGNORECASE)
_AMBIGUOUS_PROVIDERS = frozenset({"home", "live", "online", "planet", "msn", "aol"})
_NOT_LOCAL = frozenset({"mail", "mailen", "email", "e-mail", "mij", "me", "ons", "mailtje", "is"})


def find_written(text: str, kind: FieldKind, allow: Allowlist) -> Iterator[Finding]:
    """E-mail addresses written out to fool a scanner (or a spam robot)."""
    patterns = [WRITTEN, ON_PROVIDER]
    if _MAIL_WORD.search(text) is not None:
        patterns.append(ON_PROVIDER_COMMA)
    for pattern in patterns:
        for match in pattern.finditer(text):
            local = match.group(1).lower()
            if local in _NOT_LOCAL or local.isdigit():
                continue
            if pattern is not WRITTEN and (
                local in names.dutch_words() or local in names.known_tokens()
            ):
                continue  # "we zitten op gmail"
            if (
                pattern is WRITTEN
                and match.group(2).lower() in _AMBIGUOUS_PROVIDERS
                and _MORE_DOMAIN.match(text, match.end()) is None
            ):
                continue  # "het formulier at home": a provider that is also a word, no domain
            if (
                pattern is WRITTEN
                and "@" in match.group()
                and re.fullmatch(r"[\w.+-]+@[\w.-]+\.[a-z]{2,}", match.group(), re.IGNORECASE)
            ):
                continue  # a plain address: `find` reports it
            domain = match.group(2).lower() if pattern is WRITTEN else ""
            if (
                pattern is WRITTEN
                and re.search(r"\s@\S", match.group())
                and domain.rsplit(".", 1)[-1].strip() not in _TLDS
                and domain not in _PROVIDER_NAMES
            ):
                continue  # "op Instagram als @tuinman.ali": a handle, not "jan @gmail.com"
            compact = re.sub(r"\s+", "", match.group())
            if pattern is WRITTEN and _organisation_address(
                _canonical(match.group(1)), _canonical(domain), text, kind
            ):
                continue  # "info [at] buurthuisdekiem [punt] nl": kept from robots, not personal
            if allow.allows(compact):
                continue
            yield Finding(match.start(), match.end(), ERROR, "privacy.email", WRITTEN_MESSAGE)


# An "@" dressed up: "@@", "(a)", "[@]", "{at}", "(apenstaartje)", or "at" between two of the
# same symbol: "*at*", "#at#", "-at-", "_at_", "|at|", "~at~".
_SYMBOLS = r"[*#_~|+=^/\\:;!$%&•·-]"
AT_MARK = re.compile(
    r"\s*(?:@{2,}|[\[({<]\s*(?:@|a|at|bij|op|ape?n?staart(?:je)?|at-teken)\s*[\])}>]"
    r"|(" + _SYMBOLS + r")\s?(?:at|@)\s?\1)\s*|(?<=\w)(?:#|%40)(?=\w)",
    re.IGNORECASE,
)
_TLDS = words("nl com net org be de eu info nu me io biz fr uk")
_PROVIDER_NAMES = frozenset(_PROVIDERS.split("|")) - {"home", "live", "online", "planet"}
# What stands left of the disguised "@" (the local part), and right of it (the domain): parts
# joined by dots, symbols, "punt"/"dot" or "(.)"; the last part of the domain may follow a space.
_LEFT = re.compile(
    r"(?<![\w.@*#~|^=+•·-])(?:[\w.+*#~|^=•·-]{1,64}(?:\s*[\[({<]\s*(?:punt|dot|\.)\s*[\])}>]\s*"
    r"|\s+(?:punt|dot)\s+))*[\w.+*#~|^=•·-]{1,64}$",
    re.IGNORECASE,
)
_DOMAIN_SEP = (
    r"(?:\s*\.\s*|\s*[\[({<]\s*(?:punt|dot|\.)\s*[\])}>]\s*|\s+(?:punt|dot)\s+|" + _SYMBOLS + r""
    r"|\s+(?=(?:nl|com|net|org|be|de|eu|info|nu)\b))"
)
_RIGHT = re.compile(r"[a-z0-9][a-z0-9-]*(?:" + _DOMAIN_SEP + r"[a-z0-9][a-z0-9-]*){0,4}", re.I)
_ALNUM = re.compile(r"[a-z0-9]+", re.IGNORECASE)
# A disguised "@" that no word of the text gives away: "_at_", "(a)", "[@]", "@@".
HINT = re.compile(r"_at_|[(\[{<]\s?[a@]\s?[)\]}>]|@@|\w#\w|\w%40\w")


_AT_CLOSED = re.compile(r"@[@)\]}>]")  # "@@", "(@)", "[@]"


def disguised_at(text: str) -> bool:
    """Cheap test (``in`` is faster than any regex) before ``HINT``. "(a)" and "[a]" make the
    scanner look for written addresses anyway ("a" is one of its words)."""
    return ("_" in text or "#" in text or "%40" in text) and (HINT.search(text) is not None)


# "jan.devries@gmail", "jan@ziggo", "jan@voorbeeld,nl": a provider without its top-level
# domain, or a comma for the dot.
AT_PROVIDER = re.compile(r"(?:" + _PROVIDERS + r")\b(?![.-]\w)", re.IGNORECASE)
AT_COMMA = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\s?,\s?(?:nl|com|net|org|be|eu|de)\b", re.I)
# "mijn gmail is jandevries1970", "hotmail: kees.vos": a mailbox named after its provider.
LABELLED = re.compile(
    r"(?<![\w@.])(?:" + _PROVIDERS + r")(?:-?(?:adres|account))?\s*(?::|=|\bis\b)\s*"
    r"([\w.+-]{3,64})(?![\w@])",
    re.IGNORECASE,
)


_WRITTEN_DOT = re.compile(
    r"\s*[\[(<{]\s*(?:punt|dot|\.)\s*[\])>}]\s*|\s+(?:punt|dot)\s+|\s*\.\s*", re.IGNORECASE
)


def _canonical(part: str) -> str:
    """ "buurthuis [punt] nl" → "buurthuis.nl"."""
    return re.sub(r"\s+", "", _WRITTEN_DOT.sub(".", part)).lower()


def _organisation_address(local: str, domain: str, text: str, kind: FieldKind) -> bool:
    """A written-out or disguised address that would be allowed written plainly: an
    organisation hides "info(at)buurthuis.nl" from spam robots, not from its neighbours."""
    if "." not in domain or domain in FREE_MAIL or domain.split(".")[0] in _PROVIDER_NAMES:
        return False
    if own_domain(local, domain):
        return False
    if kind is FieldKind.CONTACT:
        if " " in text and PRIVATE_MARK.search(text) is not None:
            return False
        return classify(local, domain) == "role"
    return organisation(local, domain) and PRIVATE_IN_TEXT.search(text) is None


def find_disguised(
    text: str, allow: Allowlist, kind: FieldKind = FieldKind.TEXT
) -> Iterator[Finding]:
    """Addresses with a dressed-up "@" and any separators: "kees*vos*at*xs4all*nl",
    "fam.jansen @@ planet nl", "fatima (a) outlook.com", "bram-at-hotmail-nl"."""
    for mark in AT_MARK.finditer(text):
        left = _LEFT.search(text, max(0, mark.start() - 64), mark.start())
        right = _RIGHT.match(text, mark.end())
        if left is None or right is None:
            continue
        local = [p for p in _ALNUM.findall(left.group()) if p.lower() not in {"punt", "dot"}]
        parts = [
            (m.group().lower(), m.end())
            for m in _ALNUM.finditer(right.group())
            if m.group().lower() not in {"punt", "dot"}
        ]
        if not local or not any(c.isalpha() for c in "".join(local)):
            continue
        if len(local) == 1 and local[0].lower() in _NOT_LOCAL:
            continue
        end = None
        for i, (part, _) in enumerate(parts):
            if i >= 1 and part in _TLDS:
                end = i
                break  # "lotte (@) gmail (.) com nu": the first top-level domain ends it
        if end is None and parts and parts[0][0] in _PROVIDER_NAMES:
            end = 0  # "kees#at#gmail"
        if end is None:
            continue  # "kies (a) koffie of (b) thee": no domain
        compact = ".".join(local) + "@" + ".".join(p for p, _ in parts[: end + 1])
        if allow.allows(compact):
            continue
        if _organisation_address(".".join(local).lower(), compact.split("@")[1], text, kind):
            continue  # "info(a)buurthuisdekiem.nl"
        yield Finding(
            left.start(), mark.end() + parts[end][1], ERROR, "privacy.email", WRITTEN_MESSAGE
        )


WRITTEN_MESSAGE = (
    "Hier staat een e-mailadres, uitgeschreven of verstopt (met 'at', 'punt' of spaties). Ook "
    "zo is het adres voor iedereen te zien en te gebruiken; het kan van een persoon zijn. Haal "
    "het weg, en zet het algemene adres van de organisatie (bijvoorbeeld info@…) bij 'email' "
    "van die organisatie of plek."
)


def find(text: str, kind: FieldKind, allow: Allowlist, written: bool = True) -> Iterator[Finding]:
    """Addresses in ``text``; ``written``: also look for written-out ones ("jan at gmail")."""
    if "@" in text:
        yield from _find_plain(text, kind, allow)
    if written or " @" in text or "@ " in text:
        yield from find_written(text, kind, allow)
    if (
        _AT_CLOSED.search(text) is not None
        or "#" in text or "_at_" in text or "%40" in text
        or (written and AT_MARK.search(text) is not None)
    ):  # fmt: skip
        yield from find_disguised(text, allow, kind)
    if "@" in text:
        at = text.find("@")
        while at != -1:
            right = AT_COMMA.match(text, at + 1) if "," in text else None
            if right is None:
                right = AT_PROVIDER.match(text, at + 1)
            local = _LOCAL.search(text, max(0, at - 64), at) if right is not None else None
            if (
                right is not None
                and local is not None
                and local.group().lower() not in _NOT_LOCAL
                and not allow.allows(text[local.start() : right.end()])
            ):
                yield Finding(local.start(), right.end(), ERROR, "privacy.email", WRITTEN_MESSAGE)
            at = text.find("@", at + 1)
    if (
        written
        and _PROVIDER_WORD.search(text) is not None
        and (_MAIL_ONLY.search(text) is not None or _MAIL_WORD.search(text) is not None)
    ):
        yield from find_nearby(text, allow)
    if written:
        for match in LABELLED.finditer(text):
            local = match.group(1)
            if local.lower() in names.dutch_words() or local.lower() in _NOT_LOCAL:
                continue  # "gmail is handig"
            if not allow.allows(local):
                yield Finding(match.start(1), match.end(1), ERROR, "privacy.email", WRITTEN_MESSAGE)


# A mail provider named near an account in a text about mail: "mijn adres: kees.jansen, gmail",
# "stuur naar keesjansen en dan gmail erachter", "mail me op keesjansen, het is een gmail adres".
_PROVIDER_WORD = re.compile(
    r"(?<![\w.@])(?:" + _PROVIDERS + r")(?:\s*(?:\.|punt|dot)\s*(?:com|nl|net|be|de))?(?![\w@])",
    re.IGNORECASE,
)
# The account: a token with a dot, underscore or digit, or a word no list knows; a local part
# written with "punt" keeps its parts ("kees punt jansen").
_ACCOUNT = re.compile(
    r"(?<![\w.@/-])([a-z0-9][\w+-]*(?:(?:\.|\s+(?:punt|dot)\s+)[\w+-]+){0,3})(?![\w@/-])",
    re.IGNORECASE,
)
_NEARBY_GAP = 40


def find_nearby(text: str, allow: Allowlist) -> Iterator[Finding]:
    """An account and its mail provider a few words apart (see ``_PROVIDER_WORD``)."""
    known = names.dutch_words()
    tokens = names.known_tokens()
    for provider in _PROVIDER_WORD.finditer(text):
        if provider.group().lower() in _AMBIGUOUS_PROVIDERS:
            continue  # "home", "live": words too
        left = max(0, provider.start() - _NEARBY_GAP)
        right = min(len(text), provider.end() + _NEARBY_GAP)
        for account in _ACCOUNT.finditer(text, left, right):
            start, end = account.span(1)
            if start < provider.end() and provider.start() < end:
                continue
            local = account.group(1).lower()
            parts = [p for p in re.split(r"\.|\s+(?:punt|dot)\s+", local) if p]
            if len(local) < 5 or local.isdigit() or local in _NOT_LOCAL:
                continue
            if _PROVIDER_WORD.fullmatch(local) is not None or local in ROLE_WORDS:
                continue
            plain = len(parts) == 1 and not any(c.isdigit() or c == "_" for c in local)
            if plain and (local in known or local in tokens or names._compound(local)):
                continue  # "adres", "gebruikt", "erachter": words, no account
            if plain and not account.group(1).islower():
                continue  # "Gmail, Outlook of Hotmail, Wojtek helpt je": a name, no account
            if len(parts) > 1 and all(p in known for p in parts):
                continue  # "info.punt", "de.buurt": words
            # "kees.jansen, gmail": the account and its provider; "gmail is kees.jansen": the
            # account alone, as the provider's label
            first, last = (start, provider.end()) if end <= provider.start() else (start, end)
            if allow.allows(text[first:last]) or allow.allows(account.group(1)):
                continue
            yield Finding(first, last, ERROR, "privacy.email", WRITTEN_MESSAGE)
            break


def _private_nearby(text: str, start: int, end: int) -> bool:
    """ "… is mijn prive adres" within a few words of the address."""
    return PRIVATE_IN_TEXT.search(text, max(0, start - 40), min(len(text), end + 40)) is not None


def _find_plain(text: str, kind: FieldKind, allow: Allowlist) -> Iterator[Finding]:
    for start, end, local, domain in _addresses(text):
        if allow.allows(text[start:end]):
            continue
        if kind is not FieldKind.CONTACT:
            if (
                domain.lower() not in FREE_MAIL
                and organisation(local, domain)
                and not own_domain(local, domain)
                and not _private_nearby(text, start, end)
            ):
                continue  # "info@buurthuisdekiem.nl", "redactie@wijkkrant.nl": an organisation
            yield Finding(start, end, ERROR, "privacy.email", IN_TEXT_MESSAGE)
            continue
        verdict = classify(local, domain)
        marked = " " in text and PRIVATE_MARK.search(text) is not None
        if verdict != "personal" and (marked or own_domain(local, domain)):
            # "(mijn eigen adres)" says so; "hoi@mariekevisser.nl" looks like it
            message = (PRIVATE_MESSAGE if marked else PERSONAL_MESSAGE).format(
                shown=_shown(local, domain)
            )
            yield Finding(start, end, ERROR, "privacy.email", message)
            continue
        if verdict == "personal":
            message = PERSONAL_MESSAGE.format(shown=_shown(local, domain))
            yield Finding(start, end, ERROR, "privacy.email", message)
        elif verdict == "unknown":
            message = UNKNOWN_MESSAGE.format(shown=_shown(local, domain))
            yield Finding(start, end, WARNING, "privacy.email", message)
